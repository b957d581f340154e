/** Runs git with a clear UserError (never a stack trace) when it fails. */
import { execFileSync } from 'node:child_process';
import { UserError } from '../../core/errors';

const MAX_BUFFER = 1024 * 1024 * 1024;

/** Revisions in `args` must follow `--end-of-options`, so that a ref from outside is never read as an option. */
export function git(root: string, args: string[], input?: string): string {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: MAX_BUFFER,
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const detail = (err.stderr ?? err.message).trim().split('\n')[0];
    throw new UserError(
      `git ${args
        .filter((a) => !a.startsWith('-'))
        .slice(0, 2)
        .join(' ')} failed: ${detail}`,
      {
        hint: 'run inside a git repository with the commits fetched (actions/checkout with fetch-depth: 0)',
      },
    );
  }
}

/** The commit `ref` names; a UserError when there is none. */
export function revParseCommit(root: string, ref: string): string {
  return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
}

/** The commit `ref` names, or undefined (not a git repository, no such ref). */
export function resolveCommit(root: string, ref = 'HEAD'): string | undefined {
  try {
    return revParseCommit(root, ref) || undefined;
  } catch {
    return undefined; // Outside git, or an unborn branch: there is no commit to name.
  }
}
