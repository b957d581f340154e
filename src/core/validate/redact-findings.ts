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

/** The source text a finding at `loc` may quote, or undefined when the file is not readable text. */
export function findingContext(ws: Workspace, loc: Loc): string | undefined {
  const lines = linesOf(ws, loc.file);
  if (!lines || loc.line < 1 || loc.line > lines.length) return undefined;
  const last = Math.min(lines.length, loc.line + MAX_CONTEXT_LINES - 1);
  let end = Math.max(loc.line, Math.min(loc.endLine ?? loc.line, last));
  while (end < last && /\\\s*$/.test(lines[end - 1])) end++;
  return lines.slice(loc.line - 1, end).join('\n');
}

/** Learns the secrets of every finding's context and message in one pass of the scanner. */
export function learnFindingSecrets(redactor: SecretRedactor, ws: Workspace, reports: readonly { loc: Loc; message: string; subject?: string }[]): void {
  const texts = new Set<string>();
  for (const r of reports) {
    const context = findingContext(ws, r.loc);
    if (context) texts.add(context);
    texts.add(r.message);
    if (r.subject) texts.add(r.subject);
  }
  redactor.learn(texts);
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
