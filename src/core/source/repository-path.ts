/**
 * Paths that name a file of the repository: relative to a directory of it, and staying inside
 * after `..` segments are resolved. Absolute paths (POSIX, Windows drive or UNC) and paths that
 * climb out name files of whatever machine runs stackgate or deploys the stack.
 */
import path from 'node:path';

/** The repository-relative form of `file` (relative to `fromDir`, itself repository-relative), or undefined when it leaves the repository. */
export function resolveInRepository(fromDir: string, file: string): string | undefined {
  if (!file || file.includes('\0') || path.posix.isAbsolute(file) || /^[A-Za-z]:[\\/]|^\\\\/.test(file)) return undefined;
  const joined = path.posix.normalize(path.posix.join(fromDir || '.', file.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '.' ? '' : joined.replace(/^\.\//, '');
}

export function isRepositoryPath(file: string): boolean {
  return resolveInRepository('.', file) !== undefined;
}

export const REPOSITORY_PATH_MESSAGE = 'expected a path inside the repository, relative to its root (not absolute, not leading out with "..")';
