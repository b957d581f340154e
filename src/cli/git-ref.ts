/**
 * A ref the user named on the command line (--base, --head) must name a commit: a typo or an
 * unfetched branch is a usage error naming the ref, not a comparison quietly skipped.
 */
import { resolveCommit } from '../adapters/git/run-git';
import { isGitRepository } from '../adapters/git/secret-sources';
import { UserError } from '../core/errors';

export function assertCommit(root: string, ref: string, flag: string): void {
  if (!isGitRepository(root))
    throw new UserError(`${flag} ${ref}: the repository is not a git repository, so there is no ${ref} to compare with`, {
      hint: `run it in a git clone, or leave out ${flag}`,
    });
  if (!resolveCommit(root, ref)) {
    throw new UserError(`${flag}: "${ref}" names no commit in this repository`, {
      hint: 'check the spelling, or fetch it first (git fetch origin <branch>; in GitHub Actions, actions/checkout with fetch-depth: 0)',
    });
  }
}
