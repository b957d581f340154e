/**
 * The actions' log: the Logger port over @actions/core, safe for text that comes from the
 * repository, a server or the event payload.
 *
 * The runner reads every line an action prints for workflow commands: `::name::data` at the start of
 * a line (after leading whitespace) and the legacy `##[name]data` anywhere in a line, where a line
 * also ends at a lone carriage return. @actions/core escapes the data of the commands it issues
 * (annotations, groups, masks), but `core.info` writes its text as is, so a file named
 * `::add-mask::x` or a message holding `##[stop-commands]t` would be obeyed. Text that could be
 * read as a command is therefore printed between `::stop-commands::<token>` and `::<token>::`, with
 * a fresh random token nobody can predict, as GitHub documents for logging untrusted output.
 */
import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import type { Logger } from '../core/logger';

/** Whether the runner could read part of `text` as a workflow command (a superset: `::` anywhere). */
export function couldBeCommand(text: string): boolean {
  return text.includes('::') || text.includes('##[') || text.includes('\r');
}

/** `text` as the lines to print: as is, or fenced so that the runner obeys nothing inside it. */
export function fenceUntrusted(text: string, token: string = randomBytes(16).toString('hex')): string {
  if (!couldBeCommand(text)) return text;
  // A lone CR ends a line for the runner: make every line break visible as one.
  const body = text.replace(/\r\n?/g, '\n');
  return `::stop-commands::${token}\n${body}\n::${token}::`;
}

/** Prints text that may hold repository-controlled content. */
export function info(text: string): void {
  core.info(fenceUntrusted(text));
}

/** The Logger port for actions: info is fenced, the other levels are commands whose data @actions/core escapes. */
export const actionLog: Logger = {
  debug: (message) => core.debug(message),
  info,
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  group: (name, fn) => core.group(name, fn),
};
