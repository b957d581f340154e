/**
 * What the promotion gate reads from GitHub (app/gate.ts GateGitHub): the deploy ledger, the
 * environment's protection, the repository's visibility, and the run's approvals and trigger.
 *
 * Trusted deployers: the token's own account and `github-actions[bot]` (the GITHUB_TOKEN of this
 * repository's workflows, which is what actions/deploy records deployments with). A deployment or a
 * status written by anyone else, whatever its payload says, is not evidence.
 */
import { toGitHubApiError, withPermissionHint } from './api-error';
import type { GitHubClient } from './client';
import { DeploymentLedger } from './deployments';
import { GitHubEnvironments } from './environments';
import type { TokenIdentity } from './token-identity';

/** github-actions[bot]: the account of every workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT_ID = 41898282;

const DEPLOYMENTS_READ = 'the token needs the Deployments repository permission (read): permissions: deployments: read';
const ACTIONS_READ = 'the token needs the Actions repository permission (read): permissions: actions: read';

export interface RunApprovalRead {
  state: 'approved' | 'rejected' | 'pending';
  comment: string;
  user: string;
  environments: string[];
}

export function createGateReads(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  identity: TokenIdentity,
  debug: (message: string) => void = () => undefined,
) {
  const ledger = new DeploymentLedger(octokit, repository, identity, debug);
  const environments = new GitHubEnvironments(octokit, repository, debug);
  const call = async <T>(operation: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw toGitHubApiError(e, operation, debug) ?? e;
    }
  };
  return {
    trustedDeployers: new Set([identity.id, GITHUB_ACTIONS_BOT_ID]) as ReadonlySet<number>,
    recordOf: (environment: string, sha: string, trusted: ReadonlySet<number>) =>
      ledger.recordOf(environment, sha, trusted).catch((e: unknown) => {
        throw withPermissionHint(e, `list the deployments of ${sha.slice(0, 7)} to ${environment}`, DEPLOYMENTS_READ, debug);
      }),
    readEnvironment: (name: string) => environments.readEnvironment(name),
    repository: async () => {
      const { data } = await call('read the repository', () => octokit.rest.repos.get(repository));
      return { private: data.private, visibility: data.visibility ?? (data.private ? 'private' : 'public') };
    },
    approvals: async (runId: number): Promise<RunApprovalRead[]> => {
      let data;
      try {
        ({ data } = await octokit.rest.actions.getReviewsForRun({ ...repository, run_id: runId }));
      } catch (e) {
        throw withPermissionHint(e, `read the approvals of run ${runId}`, ACTIONS_READ, debug);
      }
      return data.map((a) => ({
        state: a.state,
        comment: a.comment,
        user: a.user.login,
        environments: a.environments.flatMap((e) => (e.name ? [e.name] : [])),
      }));
    },
    triggeredBy: async (runId: number) => {
      const { data } = await call(`read run ${runId}`, () => octokit.rest.actions.getWorkflowRun({ ...repository, run_id: runId }));
      return data.triggering_actor?.login ?? data.actor?.login;
    },
  };
}
