/**
 * The one place an action turns a thrown value into the step's failure: a UserError is its
 * message (plus an annotation on its file and line), anything else an internal error whose stack
 * goes to the debug log only.
 */
import * as core from '@actions/core';
import { isUserError, toError } from '../core/errors';

export function failStep(e: unknown, toWorkspace: (file: string) => string = (file) => file): void {
  if (isUserError(e)) {
    if (e.file) core.error(e.message, { file: toWorkspace(e.file), startLine: e.line, startColumn: e.column, title: 'stackgate configuration' });
    core.setFailed(e.format());
    return;
  }
  const err = toError(e);
  core.debug(err.stack ?? '');
  core.setFailed(`internal error: ${err.message}, please report it`);
}
