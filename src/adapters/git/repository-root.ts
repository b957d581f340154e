/**
 * Where a directory sits in its git repository: SARIF locations are relative to the repository's
 * root (code scanning resolves them against the checkout), whatever directory was checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { git } from './run-git';

/**
 * `dir` relative to the top level of its git work tree, with `/` separators: `''` at the top level,
 * and also outside git (or outside the work tree), where there is no other root to be relative to.
 */
export function pathInRepository(dir: string): string {
  let top: string;
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return ''; // Not a git work tree: paths stay relative to the directory itself.
  }
  const relative = path.relative(fs.realpathSync(top), fs.realpathSync(dir));
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return '';
  return relative.split(path.sep).join('/');
}
