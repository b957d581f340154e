/**
 * Which stackgate.yml governs a directory, so that results do not depend on the working directory:
 * the nearest one at or above it. The search stops at the top level of the git work tree the
 * directory is in (the nearest directory with a `.git`), so nothing outside the repository is read;
 * outside git it goes up to the filesystem root. Below the directory, a stackgate.yml of its own
 * makes a subdirectory a tree of its own (nestedConfigDirectories).
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILES } from './read';

/** The directory at or above `dir` whose stackgate.yml (or .github/stackgate.yml) governs it; undefined when none does. */
export function nearestConfigDirectory(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (CONFIG_FILES.some((f) => isFile(path.join(at, f)))) return at;
    // The top level of the work tree: what lies above is not the repository's.
    if (fs.existsSync(path.join(at, '.git')) || path.dirname(at) === at) return undefined;
  }
}

const NESTED_CONFIG = /^(.+?)\/(?:\.github\/)?stackgate\.ya?ml$/;

/**
 * The directories among a tree's files (`paths`: relative, `/`-separated, not git-ignored; a
 * workspace's paths) that hold a stackgate.yml of their own, within the outer config's `include`
 * and outside its `exclude`, sorted: only the outermost ones (a tree inside one of them is that
 * tree's business).
 */
export function nestedConfigDirectories(paths: readonly string[], globs: { include?: readonly string[]; exclude?: readonly string[] } = {}): string[] {
  const isIncluded = globs.include?.length ? picomatch([...globs.include], { dot: true }) : () => true;
  const isExcluded = globs.exclude?.length ? picomatch([...globs.exclude], { dot: true }) : () => false;
  const dirs = new Set<string>();
  for (const file of paths) {
    const dir = NESTED_CONFIG.exec(file)?.[1];
    if (dir && !dir.split('/').includes('.github') && isIncluded(file) && !isExcluded(file)) dirs.add(dir);
  }
  const sorted = [...dirs].sort();
  return sorted.filter((dir) => !sorted.some((outer) => outer !== dir && dir.startsWith(`${outer}/`)));
}

function isFile(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false; // Missing or unreadable: not a config this directory has.
  }
}
