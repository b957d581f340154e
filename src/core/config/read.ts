/**
 * stackgate.yml -> validated data, for any schema of it: the whole product's (load.ts) or one
 * section's (the smoke bundle reads only `smoke:`). Every problem names file:line:column; unknown
 * keys get a "did you mean" from the schema's own keys.
 */
import path from 'node:path';
import type { z } from 'zod';
import { suggest } from '../did-you-mean';
import { UserError } from '../errors';
import { formatPath, locate, locateValue, parseYaml, toPlain, type TreeNode } from '../source/yaml-tree';
import { readRegularFile } from '../source/regular-file';

export const CONFIG_FILES = ['stackgate.yml', 'stackgate.yaml', '.github/stackgate.yml', '.github/stackgate.yaml'];
/** A stackgate.yml is a few kilobytes; this bounds what a hostile one makes stackgate read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ReadConfig<T> {
  config: T;
  /** Repository-relative path of the file read, if any. */
  file?: string;
  /** The file's YAML tree (positions of its settings, for annotations), if a file was read. */
  tree?: TreeNode | null;
}

/** Finds and reads the config of a repository against a schema; with no file, the schema's defaults. */
export function readConfig<S extends z.ZodType>(schema: S, root: string, explicitPath?: string): ReadConfig<z.output<S>> {
  // A named file may be anywhere the user points; a discovered one must be the repository's own.
  const candidates = explicitPath ? [explicitPath] : CONFIG_FILES;
  for (const candidate of candidates) {
    const abs = path.resolve(root, candidate);
    const rel = path.relative(root, abs).split(path.sep).join('/') || path.basename(abs);
    const read = readRegularFile(root, abs, { maxBytes: MAX_CONFIG_BYTES, allowOutside: !!explicitPath });
    if (read.ok) return { ...parseConfigTree(schema, rel, read.text), file: rel };
    if (read.problem === 'missing' && !explicitPath) continue;
    if (read.problem === 'missing')
      throw new UserError(`config file not found: ${explicitPath}`, { hint: 'pass --config with a path relative to the repository, or omit it' });
    throw new UserError(`cannot use this config: ${read.message}`, { file: rel });
  }
  return { config: schema.parse({}) };
}

export function parseConfigWith<S extends z.ZodType>(schema: S, file: string, text: string): z.output<S> {
  return parseConfigTree(schema, file, text).config;
}

function parseConfigTree<S extends z.ZodType>(schema: S, file: string, text: string): { config: z.output<S>; tree: TreeNode | null } {
  const parsed = parseYaml(file, text);
  const problem = parsed.problems[0];
  if (problem) {
    throw new UserError(`invalid YAML: ${problem.message}`, { file, line: problem.line, column: problem.column });
  }
  if (parsed.documents.filter((d) => d.root).length > 1) {
    const second = parsed.documents.filter((d) => d.root)[1];
    throw new UserError('expected one YAML document, found several', { file, line: second.line, column: 1 });
  }
  const root = parsed.documents.find((d) => d.root)?.root ?? null;
  const data = root ? toPlain(root) : {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError('expected a mapping of settings at the top level', { file, line: root?.loc.line ?? 1, column: root?.loc.column ?? 1 });
  }
  const result = schema.safeParse(data);
  if (result.success) return { config: result.data, tree: root };
  throw configError(schema, file, root, result.error.issues);
}

function configError(schema: z.ZodType, file: string, root: TreeNode | null, issues: z.core.$ZodIssue[]): UserError {
  const fallback = { file, line: 1, column: 1 };
  const lines: { line: number; column: number; text: string }[] = [];
  for (const issue of issues) {
    const issuePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      const candidates = keysAt(schema, issuePath);
      for (const key of issue.keys) {
        const at = locate(root, [...issuePath, key], fallback);
        const suggestion = suggest(key, candidates);
        lines.push({
          line: at.line,
          column: at.column,
          text: `${formatPath([...issuePath, key])}: unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        });
      }
      continue;
    }
    const at = locateValue(root, issuePath, fallback);
    lines.push({ line: at.line, column: at.column, text: `${formatPath(issuePath) || '(top level)'}: ${describeIssue(issue)}` });
  }
  lines.sort((a, b) => a.line - b.line || a.column - b.column);
  const [first, ...rest] = lines;
  const message = [first.text, ...rest.map((l) => `${file}:${l.line}:${l.column}: ${l.text}`)].join('\n');
  return new UserError(message, { file, line: first.line, column: first.column });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') return 'expected "off", "error", "warning", "info" or a mapping with severity/options';
  return issue.message.replace(/^Invalid input: /, '');
}

/** The keys the schema allows at a path (for "did you mean"). */
function keysAt(schema: z.ZodType, p: (string | number)[]): string[] {
  let cur: unknown = schema;
  for (const seg of p) {
    cur = unwrap(cur);
    const def = defOf(cur);
    if (!def) return [];
    if (def.type === 'object') cur = (def.shape as Record<string, unknown>)[String(seg)] ?? def.catchall;
    else if (def.type === 'record') cur = def.valueType;
    else if (def.type === 'array') cur = def.element;
    else if (def.type === 'union') cur = (def.options as unknown[]).find((o) => defOf(unwrap(o))?.type === 'object');
    else return [];
    if (!cur) return [];
  }
  cur = unwrap(cur);
  const def = defOf(cur);
  if (def?.type === 'union') {
    const obj = (def.options as unknown[]).map(unwrap).find((o) => defOf(o)?.type === 'object');
    return obj ? Object.keys(defOf(obj)!.shape as object) : [];
  }
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

interface ZodDefLike {
  type: string;
  shape?: unknown;
  /** The schema of keys not in `shape` (`checks:` in config's own schema). */
  catchall?: unknown;
  valueType?: unknown;
  element?: unknown;
  options?: unknown;
  innerType?: unknown;
}

function defOf(s: unknown): ZodDefLike | undefined {
  return (s as { _zod?: { def?: ZodDefLike } })?._zod?.def;
}

function unwrap(s: unknown): unknown {
  let cur = s;
  for (let d = defOf(cur); d && (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault'); d = defOf(cur)) {
    cur = d.innerType;
  }
  return cur;
}
