/**
 * The source a finding's message may quote: the lines it points at, with the lines a trailing
 * backslash continues (a Dockerfile RUN, a shell command), so the redactor sees each value with its
 * key and at full length even where the message shortens or reflows it.
 */
import type { SecretRedactor } from '../secrets/redactor';
import type { Loc } from '../source/yaml-tree';
import { readText, type Workspace } from '../source/workspace';

/** Longest stretch of lines read around one finding. */
const MAX_CONTEXT_LINES = 50;

const linesCache = new WeakMap<Workspace, Map<string, string[]>>();

export function learnFindingContext(redactor: SecretRedactor, ws: Workspace, loc: Loc): void {
  const lines = linesOf(ws, loc.file);
  if (!lines || loc.line < 1 || loc.line > lines.length) return;
  const last = Math.min(lines.length, loc.line + MAX_CONTEXT_LINES - 1);
  let end = Math.max(loc.line, Math.min(loc.endLine ?? loc.line, last));
  while (end < last && /\\\s*$/.test(lines[end - 1])) end++;
  redactor.learn(lines.slice(loc.line - 1, end).join('\n'));
}

function linesOf(ws: Workspace, file: string): string[] | undefined {
  let cache = linesCache.get(ws);
  if (!cache) linesCache.set(ws, (cache = new Map()));
  let lines = cache.get(file);
  if (!lines) {
    const text = readText(ws, file);
    if (text === undefined) return undefined;
    cache.set(file, (lines = text.split(/\r?\n/)));
  }
  return lines;
}
