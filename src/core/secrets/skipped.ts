/**
 * Files a secrets run did not scan, and why (binary, too large, unreadable, a link): no file is
 * passed over silently. Every output lists them: text and Markdown in a closing section, JSON in
 * its summary, SARIF as tool execution notifications.
 */
import type { Log, Notification } from 'sarif';
import { escapeCode, escapeInline } from '../report/markdown';
import { normalizeUri } from '../report/sarif';

export interface SkippedFile {
  file: string;
  reason: string;
}

/** The reason every reader gives for a file that is not text. */
export const BINARY_REASON = 'binary (a NUL byte in its first 8 KB)';

/** Text output: one line per skipped file after the findings, or nothing. */
export function renderSkippedText(skipped: readonly SkippedFile[]): string {
  if (!skipped.length) return '';
  return `\nnot scanned (${skipped.length} ${skipped.length === 1 ? 'file' : 'files'}):\n${skipped.map((s) => `  ${s.file}: ${s.reason}\n`).join('')}`;
}

/** Markdown (job summary): a list of the skipped files, or nothing. */
export function renderSkippedMarkdown(skipped: readonly SkippedFile[]): string {
  if (!skipped.length) return '';
  return `\n**Not scanned** (${skipped.length} ${skipped.length === 1 ? 'file' : 'files'}):\n\n${skipped.map((s) => `- \`${escapeCode(s.file)}\`: ${escapeInline(s.reason)}\n`).join('')}`;
}

/** A SARIF log with one tool execution notification per skipped file, pointing at it (code scanning lists them under the analysis). */
export function withSkippedNotifications(log: Log, skipped: readonly SkippedFile[]): Log {
  const run = log.runs[0];
  if (!skipped.length || !run) return log;
  const notifications: Notification[] = skipped.map((s) => ({
    level: 'warning',
    descriptor: { id: 'stackgate/file-not-scanned' },
    message: { text: `${s.file} was not scanned: ${s.reason}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: normalizeUri(s.file), uriBaseId: '%SRCROOT%' } } }],
  }));
  const [first, ...rest] = run.invocations ?? [{ executionSuccessful: true }];
  const invocation = { ...first, toolExecutionNotifications: [...(first.toolExecutionNotifications ?? []), ...notifications] };
  return { ...log, runs: [{ ...run, invocations: [invocation, ...rest] }, ...log.runs.slice(1)] };
}
