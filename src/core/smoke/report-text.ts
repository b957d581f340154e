/**
 * Text a server chose, or a message quoting it, as a smoke report keeps it: secrets redacted, on
 * one line, and clipped with a counted note. In this order, so a secret is never cut in half
 * before it is redacted, and no line break or control character from a server reaches a
 * terminal, a log the runner reads for workflow commands, a Markdown table or an annotation.
 */
import { clipText } from '../report/channel-budgets';
import { redact } from './template';

export function reportText(text: string, secrets: readonly string[], maxChars: number): string {
  const oneLine = redact(text, secrets).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return clipText(oneLine, maxChars);
}
