/**
 * What the secret scanner reads in each mode: `tree` (tracked files, or every file outside a git
 * repository), `diff` (lines added between a base and a head commit), `history` (lines each commit
 * reachable from a ref added) and `staged` (lines added to the index, for a pre-commit hook).
 */
import { execFileSync } from 'node:child_process';
import { git, revParseCommit } from './run-git';
import fs from 'node:fs';
import path from 'node:path';
import type { SecretSource } from '../../core/secrets/scan-source';
import { addedLineNumbers, parseBinaryChanges, parseUnifiedDiff, type BinaryChange } from '../../core/secrets/unified-diff';
import { decodeText } from '../../core/source/decode-text';
import { discoverFiles } from '../../core/source/discover';
import { BINARY_REASON } from '../../core/secrets/skipped';

export const SCAN_MODES = ['diff', 'tree', 'history', 'staged'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];

export interface CollectOptions {
  root: string;
  mode: ScanMode;
  /** diff: the base commit (default: the merge base with the upstream branch, else HEAD~1). */
  base?: string;
  /** diff: the head commit (default HEAD). history: the ref whose commits are scanned (default HEAD). */
  head?: string;
  maxFileBytes: number;
  /** Files never read (allowlisted paths). */
  isAllowedPath: (file: string) => boolean;
}

export interface Collected {
  sources: SecretSource[];
  skipped: { file: string; reason: string }[];
  /** The commit range of diff mode, when there was one. */
  range?: { base: string; head: string };
  bytes: number;
}

const MAX_BUFFER = 1024 * 1024 * 1024;

function gitBuffer(root: string, args: string[]): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd: root, maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined; // The blob is gone (deleted in head): nothing to scan.
  }
}

export function isGitRepository(root: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    return true;
  } catch {
    return false;
  }
}

/** Whether git ignores the directory itself (`.gitignore`, `info/exclude`): nothing in it is tracked or listed. */
function isIgnoredByGit(root: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', '--no-index', '.'], { cwd: root, stdio: 'ignore' });
    return true;
  } catch {
    return false; // Exit 1: not ignored (the usual case), or no answer: list tracked files as before.
  }
}

export function collectSources(options: CollectOptions): Collected {
  switch (options.mode) {
    case 'tree':
      return collectTree(options);
    case 'diff':
      return collectDiff(options);
    case 'staged':
      return collectAdded(
        options,
        git(options.root, ['diff', '--cached', '--no-color', '--no-ext-diff', '--no-textconv', '-U0', '-M', '--diff-filter=AMR', '--relative']),
        {
          after: (file) => gitBuffer(options.root, ['show', '--no-textconv', `:./${file}`]),
          before: (change) => blobAt(options.root, 'HEAD', change.oldFile),
        },
      );
    case 'history':
      return collectHistory(options);
  }
}

function collectTree(options: CollectOptions): Collected {
  const skipped: Collected['skipped'] = [];
  const sources: SecretSource[] = [];
  let bytes = 0;
  // A directory named explicitly is scanned even when git ignores it (as ripgrep does): walk it.
  if (isGitRepository(options.root) && !isIgnoredByGit(options.root)) {
    const files = git(options.root, ['ls-files', '-z', '--cached', '--exclude-standard']).split('\0').filter(Boolean);
    for (const file of files) {
      if (!options.isAllowedPath(file)) continue;
      const abs = path.join(options.root, file);
      let st: fs.Stats;
      try {
        st = fs.lstatSync(abs);
      } catch {
        continue; // Deleted in the work tree but still in the index: nothing on disk to leak.
      }
      if (!st.isFile()) {
        // A link's target is a path, not content; a submodule is another repository (scan it there).
        skipped.push({
          file,
          reason: st.isSymbolicLink() ? 'symbolic link (not followed)' : st.isDirectory() ? 'submodule (scan it on its own)' : 'not a regular file',
        });
        continue;
      }
      if (st.size > options.maxFileBytes) {
        skipped.push({ file, reason: `larger than ${options.maxFileBytes} bytes` });
        continue;
      }
      // Read (and checked for binary content) by the scanning thread.
      bytes += st.size;
      sources.push({ file, absPath: abs, size: st.size });
    }
    return { sources, skipped, bytes };
  }
  const found = discoverFiles({ root: options.root, maxFileBytes: options.maxFileBytes, acceptName: () => true });
  for (const p of found.problems) skipped.push({ file: p.path, reason: p.code === 'binary' ? BINARY_REASON : p.message });
  for (const f of found.files) {
    if (!options.isAllowedPath(f.path)) continue;
    bytes += Buffer.byteLength(f.text);
    sources.push({ file: f.path, text: f.text });
  }
  return { sources, skipped, bytes };
}

function defaultBase(root: string): string {
  try {
    return git(root, ['merge-base', 'HEAD', '@{upstream}']).trim();
  } catch {
    return 'HEAD~1';
  }
}

function collectDiff(options: CollectOptions): Collected {
  const head = revParseCommit(options.root, options.head ?? 'HEAD');
  const base = revParseCommit(options.root, options.base ?? defaultBase(options.root));
  const range = { base, head };
  // Same commit (a push that changed nothing, a re-run): nothing was added.
  if (base === head) return { sources: [], skipped: [], range, bytes: 0 };
  const diff = git(options.root, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '-U0',
    '-M',
    '--diff-filter=AMR',
    '--relative',
    '--end-of-options',
    `${base}...${head}`,
  ]);
  let mergeBase: string | undefined;
  return {
    ...collectAdded(options, diff, {
      after: (file) => gitBuffer(options.root, ['show', '--no-textconv', '--end-of-options', `${head}:./${file}`]),
      // The diff is base...head: a binary file's old version is the merge base's.
      before: (change) => blobAt(options.root, (mergeBase ??= git(options.root, ['merge-base', '--end-of-options', base, head]).trim()), change.oldFile),
    }),
    range,
  };
}

/** A file's blob at a commit, or undefined (no such file there, no such commit). */
function blobAt(root: string, rev: string, file: string | undefined): Buffer | undefined {
  return file === undefined ? undefined : gitBuffer(root, ['show', '--no-textconv', '--end-of-options', `${rev}:./${file}`]);
}

/** How to read both sides of a change: the new content of a file, the old content of a binary change. */
interface Versions {
  after: (file: string) => Buffer | undefined;
  before: (change: BinaryChange) => Buffer | undefined;
}

/**
 * Whole new files with only the added lines counting: context (a Secret's kind) stays visible.
 * Files git diffed as binary are read on both sides; when they decode to text (UTF-16), the lines
 * the new version adds count.
 */
function collectAdded(options: CollectOptions, diff: string, versions: Versions): Collected {
  const sources: SecretSource[] = [];
  const skipped: Collected['skipped'] = [];
  let bytes = 0;
  const add = (file: string, lines: (text: string) => number[]) => {
    if (!options.isAllowedPath(file)) return;
    const buf = versions.after(file);
    if (!buf) return void skipped.push({ file, reason: 'unreadable: git could not read the new version' });
    const text = decodeText(buf);
    if (text === undefined) return void skipped.push({ file, reason: BINARY_REASON });
    if (buf.length > options.maxFileBytes) {
      skipped.push({ file, reason: `larger than ${options.maxFileBytes} bytes` });
      return;
    }
    bytes += buf.length;
    sources.push({ file, text, lines: lines(text) });
  };
  for (const added of parseUnifiedDiff(diff)) add(added.file, () => added.lines.map((l) => l.line));
  for (const change of parseBinaryChanges(diff)) add(change.file, (text) => addedLineNumbers(decodedOrEmpty(versions.before(change)), text));
  return { sources, skipped, bytes };
}

function decodedOrEmpty(buf: Buffer | undefined): string {
  return (buf && decodeText(buf)) ?? '';
}

function collectHistory(options: CollectOptions): Collected {
  const ref = options.head ?? 'HEAD';
  revParseCommit(options.root, ref);
  const log = git(options.root, [
    'log',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '-p',
    '-U0',
    '-M',
    '--diff-filter=AMR',
    '--relative',
    '--format=%x00commit %H',
    '--end-of-options',
    ref,
  ]);
  const sources: SecretSource[] = [];
  let bytes = 0;
  const skipped: Collected['skipped'] = [];
  for (const added of parseUnifiedDiff(log)) {
    if (!options.isAllowedPath(added.file)) continue;
    const text = added.lines.map((l) => l.text).join('\n');
    bytes += Buffer.byteLength(text);
    sources.push({ file: added.file, text, lineMap: added.lines.map((l) => l.line), commit: added.commit });
  }
  // What git shows as binary (UTF-16 files among them): both versions of the commit, decoded.
  for (const change of parseBinaryChanges(log)) {
    if (!change.commit || !options.isAllowedPath(change.file)) continue;
    const buf = blobAt(options.root, change.commit, change.file);
    const inCommit = ` (in commit ${change.commit.slice(0, 12)})`;
    if (!buf) {
      skipped.push({ file: change.file, reason: `unreadable: git could not read it${inCommit}` });
      continue;
    }
    const text = decodeText(buf);
    if (text === undefined) {
      skipped.push({ file: change.file, reason: `${BINARY_REASON}${inCommit}` });
      continue;
    }
    if (buf.length > options.maxFileBytes) {
      skipped.push({ file: change.file, reason: `larger than ${options.maxFileBytes} bytes${inCommit}` });
      continue;
    }
    bytes += buf.length;
    const lines = addedLineNumbers(decodedOrEmpty(blobAt(options.root, `${change.commit}^`, change.oldFile)), text);
    if (lines.length) sources.push({ file: change.file, text, lines, commit: change.commit });
  }
  return { sources, skipped, bytes };
}
