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
import { discoverFiles } from '../source/discover';
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
 * The directories below `root` (relative to it, `/`-separated, sorted) that hold a stackgate.yml of
 * their own and are not git-ignored or excluded by `exclude`: only the outermost ones (a tree
 * inside one of them is that tree's business).
 */
export function nestedConfigDirectories(root: string, exclude: readonly string[] = []): string[] {
  const isExcluded = exclude.length ? picomatch([...exclude], { dot: true }) : () => false;
  const { paths } = discoverFiles({ root, acceptName: () => false });
  const dirs = new Set<string>();
  for (const file of paths) {
    const dir = NESTED_CONFIG.exec(file)?.[1];
    if (dir && !dir.split('/').includes('.github') && !isExcluded(file)) dirs.add(dir);
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
