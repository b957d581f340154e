/**
 * Walks a repository for files stackgate may read: honours .gitignore (root and nested) and
 * include/exclude globs, never follows a symlink out of the repository (nor into a directory it walks anyway), skips binary files and
 * caps file size. Text is decoded by decodeText (UTF-8, or UTF-16 with a byte-order mark). Problems become findings, never crashes.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { decodeText } from './decode-text';
import { isInside } from './regular-file';

export interface DiscoverOptions {
  root: string;
  include?: string[];
  exclude?: string[];
  maxFileBytes?: number;
  /** Which file names to read (default: the names stackgate validates). */
  acceptName?: (name: string) => boolean;
  /**
   * Leave out directories of vendored third-party code (isVendoredDependencies): validate reports on
   * the repository's own configuration, not on its dependencies'. The secret scanner keeps them.
   */
  skipVendoredDependencies?: boolean;
}

/**
 * A `vendor/` directory that a package manager filled with dependencies: Go modules (`go mod vendor`
 * writes `vendor/modules.txt`) or Composer (`vendor/autoload.php`).
 */
export function isVendoredDependencies(name: string, absDir: string): boolean {
  return name === 'vendor' && (fs.existsSync(path.join(absDir, 'modules.txt')) || fs.existsSync(path.join(absDir, 'autoload.php')));
}

export interface DiscoveredFile {
  /** Repository-relative, forward slashes. */
  path: string;
  absPath: string;
  text: string;
}

export interface DiscoveryProblem {
  path: string;
  code: 'too-large' | 'unreadable' | 'symlink-outside' | 'binary';
  message: string;
}

export interface DiscoveryResult {
  files: DiscoveredFile[];
  problems: DiscoveryProblem[];
  /** Every regular file not ignored by .gitignore, whatever its name or the include/exclude globs (repository checks look for documents, scripts, workflows). */
  paths: string[];
}

const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** File names stackgate can recognise; everything else is never read. */
export function isCandidateName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    /\.(ya?ml|json)$/.test(lower) ||
    lower.startsWith('dockerfile') ||
    lower.endsWith('.dockerfile') ||
    lower.startsWith('containerfile') ||
    lower === '.env' ||
    lower.endsWith('.env')
  );
}

export function discoverFiles(options: DiscoverOptions): DiscoveryResult {
  const root = fs.realpathSync(path.resolve(options.root));
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const includes = options.include?.length ? picomatch(options.include, { dot: true }) : () => true;
  const excludes = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : () => false;
  const files: DiscoveredFile[] = [];
  const problems: DiscoveryProblem[] = [];
  const paths: string[] = [];
  const seenDirs = new Set<string>();
  const acceptName = options.acceptName ?? isCandidateName;

  const walk = (absDir: string, relDir: string, rules: { base: string; ig: Ignore }[]): void => {
    const real = safeRealpath(absDir);
    if (!real || seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absDir, { withFileTypes: true });
    } catch (e) {
      problems.push({
        path: relDir || '.',
        code: 'unreadable',
        message: `cannot read directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      });
      return;
    }
    const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
    const scoped = gitignore ? [...rules, { base: relDir, ig: readIgnore(path.join(absDir, '.gitignore')) }] : rules;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const abs = path.join(absDir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = safeRealpath(abs);
        if (!target || !isInside(root, target)) {
          problems.push({ path: rel, code: 'symlink-outside', message: 'symbolic link points outside the repository; not followed' });
          continue;
        }
        const st = safeStat(target);
        // A linked directory inside the repository is walked under its real path, not twice.
        if (st?.isDirectory()) continue;
        isDir = false;
        isFile = !!st?.isFile();
      }
      if (isDir) {
        if (ALWAYS_SKIPPED_DIRS.has(entry.name) || isIgnored(scoped, rel, true)) continue;
        if (options.skipVendoredDependencies && isVendoredDependencies(entry.name, abs)) continue;
        walk(abs, rel, scoped);
        continue;
      }
      if (!isFile || isIgnored(scoped, rel, false)) continue;
      paths.push(rel);
      if (!acceptName(entry.name) || !includes(rel) || excludes(rel)) continue;
      const st = safeStat(abs);
      if (!st) {
        problems.push({ path: rel, code: 'unreadable', message: 'cannot stat file' });
        continue;
      }
      if (st.size > maxBytes) {
        problems.push({ path: rel, code: 'too-large', message: `file is ${st.size} bytes, over the ${maxBytes}-byte limit; not validated` });
        continue;
      }
      let buf: Buffer;
      try {
        buf = fs.readFileSync(abs);
      } catch (e) {
        problems.push({ path: rel, code: 'unreadable', message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
        continue;
      }
      const text = decodeText(buf);
      if (text === undefined) {
        problems.push({ path: rel, code: 'binary', message: 'binary file skipped' });
        continue;
      }
      files.push({ path: rel, absPath: abs, text });
    }
  };
  walk(root, '', []);
  return { files, problems, paths };
}

function readIgnore(file: string): Ignore {
  const ig = ignore();
  try {
    ig.add(fs.readFileSync(file, 'utf8'));
  } catch {
    // An unreadable .gitignore ignores nothing; the walk itself reports unreadable paths.
  }
  return ig;
}

/** The rules of one .gitignore: its directory (`''` at the root) and its patterns. */
export interface IgnoreRules {
  base: string;
  ig: Ignore;
}

/** Whether any .gitignore's rules ignore a repository-relative path, as git reads them. */
export function isIgnored(rules: readonly IgnoreRules[], rel: string, isDir: boolean): boolean {
  for (const { base, ig } of rules) {
    const sub = base ? (rel.startsWith(`${base}/`) ? rel.slice(base.length + 1) : null) : rel;
    if (sub && ig.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}

/**
 * Whether git would ignore the directory `rel` (relative to `root`, `/`-separated): the .gitignore
 * files of root and of each directory on the way are read, and a directory under an ignored one is
 * ignored too, as git reads them.
 */
export function isDirectoryIgnored(root: string, rel: string): boolean {
  const segments = rel.split('/').filter(Boolean);
  const rules: IgnoreRules[] = [];
  for (let i = 0; i < segments.length; i++) {
    const parent = segments.slice(0, i).join('/');
    const gitignore = path.join(root, parent, '.gitignore');
    if (fs.existsSync(gitignore)) rules.push({ base: parent, ig: readIgnore(gitignore) });
    if (isIgnored(rules, segments.slice(0, i + 1).join('/'), true)) return true;
  }
  return false;
}

function safeRealpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

function safeStat(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
