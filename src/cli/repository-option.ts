/** `--repo owner/name`, else GITHUB_REPOSITORY: the GitHub repository a command reads or writes. */
import { UserError } from '../core/errors';
import type { CliIo } from './io';

/** The repository `--repo` (or, without it, GITHUB_REPOSITORY) names; undefined when neither is set; a UserError when it is not owner/name. */
export function repositoryOption(value: string | undefined, env: CliIo['env']): { owner: string; repo: string } | undefined {
  const given = value ?? env.GITHUB_REPOSITORY ?? '';
  if (!given) return undefined;
  const [owner, repo, extra] = given.split('/');
  if (!owner || !repo || extra !== undefined)
    throw new UserError(`${value === undefined ? 'GITHUB_REPOSITORY' : '--repo'}: expected owner/name, got "${given}"`);
  return { owner, repo };
}
