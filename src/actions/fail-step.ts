/**
 * The one place an action turns a thrown value into the step's failure: a UserError is its
 * message (plus an annotation on its file and line), anything else an internal error whose stack
 * goes to the debug log only.
 */
import * as core from '@actions/core';
import { isUserError, toError } from '../core/errors';
import { SecretRedactor } from '../core/secrets/redactor';

export function failStep(e: unknown, toWorkspace: (file: string) => string = (file) => file): void {
  // An error may quote a file (a YAML excerpt, a value): mask and redact what it holds before printing.
  const redactor = new SecretRedactor();
  const show = (text: string): string => {
    const shown = redactor.redact(text);
    for (const value of redactor.values) core.setSecret(value);
    return shown;
  };
  if (isUserError(e)) {
    if (e.file) core.error(show(e.message), { file: toWorkspace(e.file), startLine: e.line, startColumn: e.column, title: 'stackgate configuration' });
    core.setFailed(show(e.format()));
    return;
  }
  const err = toError(e);
  core.debug(show(err.stack ?? ''));
  core.setFailed(`internal error: ${show(err.message)}, please report it`);
}
