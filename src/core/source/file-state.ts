/**
 * Whether a file a configuration refers to (a Compose `env_file`) is in the repository, is ignored
 * by a .gitignore (so it is kept on the machine that deploys, as `.env` files usually are), or is
 * missing. Reads only the repository's .gitignore files, through the workspace.
 */
import ignore from 'ignore';
import path from 'node:path';
import { isIgnored, type IgnoreRules } from './discover';
import { readText, type Workspace } from './workspace';

export type RepositoryFileState = 'present' | 'ignored' | 'missing';

const cache = new WeakMap<Workspace, { paths: Set<string>; rules: IgnoreRules[] }>();

function indexOf(ws: Workspace): { paths: Set<string>; rules: IgnoreRules[] } {
  let index = cache.get(ws);
  if (!index) {
    const rules = ws.paths
      .filter((p) => path.posix.basename(p) === '.gitignore')
      .map((p) => ({ base: path.posix.dirname(p) === '.' ? '' : path.posix.dirname(p), ig: ignore().add(readText(ws, p) ?? '') }));
    cache.set(ws, (index = { paths: new Set(ws.paths), rules }));
  }
  return index;
}

/** The state of a repository-relative path (forward slashes, no `..`). */
export function repositoryFileState(ws: Workspace, file: string): RepositoryFileState {
  const { paths, rules } = indexOf(ws);
  const normal = path.posix.normalize(file);
  if (paths.has(normal)) return 'present';
  return isIgnored(rules, normal, false) ? 'ignored' : 'missing';
}
