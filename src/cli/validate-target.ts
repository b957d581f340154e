/**
 * What `stackgate validate [path | file]` looks at: a directory is a repository; a file is validated
 * inside its own repository (the nearest directory above it with a stackgate.yml or a .git), so that
 * the repository's config and the rest of its Compose layers apply, and only its findings are shown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILES } from '../core/config/load';
import { UserError } from '../core/errors';

export interface ValidateTarget {
  /** The repository to load. */
  root: string;
  /** A single file: its repository-relative path, and the path the user gave (findings show that one). */
  file?: { rel: string; given: string };
}

export function resolveValidateTarget(positionals: readonly string[], cwd: string): ValidateTarget {
  if (positionals.length > 1) throw new UserError(`validate takes one path, got ${positionals.length}`, { hint: 'stackgate validate [path | file]' });
  const given = positionals[0] ?? '.';
  const abs = path.resolve(cwd, given);
  const stat = statOf(abs);
  if (!stat) throw new UserError(`no such file or directory: ${given}`);
  if (stat.isDirectory()) return { root: abs };
  if (!stat.isFile()) throw new UserError(`not a regular file or directory: ${given}`);
  const root = repositoryOf(path.dirname(abs), cwd);
  return { root, file: { rel: path.relative(root, abs).split(path.sep).join('/'), given } };
}

/**
 * The nearest directory at or above `dir` holding a stackgate.yml (or .github/stackgate.yml) or .git;
 * without one, the working directory when the file is inside it, else the file's own directory.
 */
function repositoryOf(dir: string, cwd: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if ([...CONFIG_FILES, '.git'].some((f) => fs.existsSync(path.join(at, f)))) return at;
    if (path.dirname(at) === at) break;
  }
  const fromCwd = path.relative(path.resolve(cwd), dir);
  return fromCwd.startsWith('..') || path.isAbsolute(fromCwd) ? dir : path.resolve(cwd);
}

function statOf(abs: string): fs.Stats | undefined {
  try {
    return fs.statSync(abs);
  } catch {
    return undefined; // Missing or unreadable: reported as "no such file or directory".
  }
}
