/**
 * GitHub environments as stackgate reads and writes them: an environment's protection, normalised
 * to EnvironmentState (required reviewers, prevent self-review, wait timer, admin bypass, the
 * deployment branch policy with its branch and tag patterns, the custom protection rules' apps),
 * the PUT that creates or updates it, its branch and tag patterns, and reviewers resolved to ids.
 *
 * Failures are GitHubApiErrors naming the operation, the request and the status; a 403 (or a 404
 * on a write) also names the token permission the operation needs, as GitHub documents it for
 * fine-grained tokens and GitHub Apps:
 * - reading an environment, its branch policies and its protection rules: Actions (read);
 * - creating or updating an environment, adding or removing a pattern: Administration (write),
 *   which the workflow's GITHUB_TOKEN never has;
 * - looking up a team: Members (read) on the organization; a user needs nothing.
 *
 * `can_admins_bypass` is not in GitHub's OpenAPI description, though GitHub answers it with the
 * environment and takes it in the PUT: it is read when present (absent means GitHub's default, true)
 * and sent only when it has to change, so an environment that keeps the default never depends on it.
 */
import { GitHubApiError, UnexpectedResponseError, withPermissionHint } from './api-error';
import type { GitHubClient } from './client';
import type { NamePattern } from '../../core/environments/plan';
import type { BranchPolicyState, EnvironmentReviewer, EnvironmentState } from '../../core/environments/state';

/** What the PUT of an environment sets. */
export interface EnvironmentWrite {
  reviewers: Pick<EnvironmentReviewer, 'type' | 'id'>[];
  preventSelfReview: boolean;
  waitTimerMinutes: number;
  branchPolicy: BranchPolicyState['kind'];
  /** Sent only when given (see the notes above). */
  canAdminsBypass?: boolean;
}

export interface BranchPolicy extends NamePattern {
  id: number;
}

/** A token permission, as GitHub's documentation names it. */
const ACTIONS_READ = 'the token needs the Actions repository permission (read)';
const ADMINISTRATION_WRITE =
  'the token needs the Administration repository permission (write), which the workflow GITHUB_TOKEN never has: use a fine-grained personal access token or a GitHub App token with it (a classic token needs the repo scope and an admin of the repository)';
const MEMBERS_READ = 'the token needs the Members organization permission (read) to look up teams';

const POLICY_PAGE = 100;
/** Pages of branch policies read at most (1,000 patterns). */
const MAX_POLICY_PAGES = 10;

export class GitHubEnvironments {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly repository: { owner: string; repo: string },
    private readonly debug: (message: string) => void = () => undefined,
  ) {}

  /** The environment's protection as it is on GitHub; undefined when there is no such environment (404). */
  async readEnvironment(name: string): Promise<EnvironmentState | undefined> {
    const where = { ...this.repository, environment_name: name };
    let data;
    try {
      ({ data } = await this.octokit.rest.repos.getEnvironment(where));
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw this.error(e, `read environment "${name}"`, ACTIONS_READ);
    }
    const rules = data.protection_rules ?? [];
    const reviewersRule = rules.find((r) => r.type === 'required_reviewers') as
      { prevent_self_review?: boolean; reviewers?: { type?: string; reviewer?: { id?: number; login?: string; slug?: string } }[] } | undefined;
    const waitRule = rules.find((r) => r.type === 'wait_timer') as { wait_timer?: number } | undefined;
    const reviewers = (reviewersRule?.reviewers ?? []).flatMap((r): EnvironmentReviewer[] => {
      const id = r.reviewer?.id;
      if (typeof id !== 'number') return [];
      return r.type === 'Team'
        ? [{ type: 'Team', id, name: `${this.repository.owner}/${r.reviewer?.slug ?? id}` }]
        : [{ type: 'User', id, name: r.reviewer?.login ?? String(id) }];
    });
    const settings = data.deployment_branch_policy;
    const branchPolicy: BranchPolicyState = !settings
      ? { kind: 'all' }
      : settings.protected_branches
        ? { kind: 'protected' }
        : customPolicy(await this.listBranchPolicies(name));
    const bypass = (data as { can_admins_bypass?: unknown }).can_admins_bypass;
    return {
      name: data.name,
      id: data.id,
      reviewers,
      preventSelfReview: reviewersRule?.prevent_self_review === true,
      waitTimerMinutes: waitRule?.wait_timer ?? 0,
      canAdminsBypass: typeof bypass === 'boolean' ? bypass : true,
      branchPolicy,
      customRules: await this.readCustomRules(name),
    };
  }

  /** Creates the environment or replaces its protection (reviewers, wait timer, self-review, branch policy kind). */
  async writeEnvironment(name: string, write: EnvironmentWrite): Promise<void> {
    const body = {
      ...this.repository,
      environment_name: name,
      wait_timer: write.waitTimerMinutes,
      prevent_self_review: write.preventSelfReview,
      reviewers: write.reviewers.map((r) => ({ type: r.type, id: r.id })),
      deployment_branch_policy:
        write.branchPolicy === 'all'
          ? null
          : { protected_branches: write.branchPolicy === 'protected', custom_branch_policies: write.branchPolicy === 'custom' },
      ...(write.canAdminsBypass === undefined ? {} : { can_admins_bypass: write.canAdminsBypass }),
    };
    try {
      await this.octokit.rest.repos.createOrUpdateEnvironment(body);
    } catch (e) {
      throw this.error(e, `write environment "${name}"`, ADMINISTRATION_WRITE, {
        404: `${this.full()} does not exist or the token cannot see it`,
        422: 'required reviewers and wait timers need a public repository, or GitHub Pro, Team or Enterprise for a private one, and each reviewer needs read access to the repository',
      });
    }
  }

  /** The environment's branch and tag patterns, with their ids. */
  async listBranchPolicies(name: string): Promise<BranchPolicy[]> {
    const out: BranchPolicy[] = [];
    for (let page = 1; page <= MAX_POLICY_PAGES; page++) {
      let data;
      try {
        ({ data } = await this.octokit.rest.repos.listDeploymentBranchPolicies({ ...this.repository, environment_name: name, per_page: POLICY_PAGE, page }));
      } catch (e) {
        throw this.error(e, `list the deployment branch policies of "${name}"`, ACTIONS_READ);
      }
      for (const p of data.branch_policies) {
        if (typeof p.id === 'number' && typeof p.name === 'string') out.push({ id: p.id, name: p.name, type: p.type === 'tag' ? 'tag' : 'branch' });
      }
      if (data.branch_policies.length < POLICY_PAGE || out.length >= data.total_count) return out;
    }
    throw new GitHubApiError(`list the deployment branch policies of "${name}": more than ${MAX_POLICY_PAGES * POLICY_PAGE} patterns`, undefined);
  }

  async createBranchPolicy(name: string, pattern: NamePattern): Promise<void> {
    try {
      await this.octokit.rest.repos.createDeploymentBranchPolicy({ ...this.repository, environment_name: name, name: pattern.name, type: pattern.type });
    } catch (e) {
      // 303: GitHub has this pattern already (someone added it since stackgate read the list).
      if (e instanceof UnexpectedResponseError && e.status === 303) return;
      throw this.error(e, `allow ${pattern.type} pattern "${pattern.name}" in "${name}"`, ADMINISTRATION_WRITE, {
        404: `environment "${name}" does not deploy from selected branches and tags, or the token cannot see it`,
      });
    }
  }

  async deleteBranchPolicy(name: string, policy: BranchPolicy): Promise<void> {
    try {
      await this.octokit.rest.repos.deleteDeploymentBranchPolicy({ ...this.repository, environment_name: name, branch_policy_id: policy.id });
    } catch (e) {
      throw this.error(e, `remove ${policy.type} pattern "${policy.name}" from "${name}"`, ADMINISTRATION_WRITE, {
        404: `the pattern is gone or the token cannot see ${this.full()}`,
      });
    }
  }

  /** A user by login (`GET /users/{username}`); undefined when GitHub has none (or the login is an organization's). */
  async resolveUser(login: string): Promise<EnvironmentReviewer | undefined> {
    try {
      const { data } = await this.octokit.rest.users.getByUsername({ username: login });
      return data.type === 'Organization' ? undefined : { type: 'User', id: data.id, name: data.login };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw this.error(e, `look up user ${login}`, '');
    }
  }

  /** A team by organization and slug (`GET /orgs/{org}/teams/{team_slug}`); undefined when the token sees none. */
  async resolveTeam(org: string, slug: string): Promise<EnvironmentReviewer | undefined> {
    try {
      const { data } = await this.octokit.rest.teams.getByName({ org, team_slug: slug });
      return { type: 'Team', id: data.id, name: `${org}/${data.slug}` };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw this.error(e, `look up team ${org}/${slug}`, MEMBERS_READ);
    }
  }

  /** Slugs of the apps whose custom deployment protection rules are enabled. */
  private async readCustomRules(name: string): Promise<string[]> {
    try {
      const { data } = await this.octokit.rest.repos.getAllDeploymentProtectionRules({ ...this.repository, environment_name: name });
      return (data.custom_deployment_protection_rules ?? []).filter((r) => r.enabled).map((r) => r.app.slug);
    } catch (e) {
      throw this.error(e, `read the custom protection rules of "${name}"`, ACTIONS_READ);
    }
  }

  private full(): string {
    return `${this.repository.owner}/${this.repository.repo}`;
  }

  /** `e` as a GitHubApiError; a 403 that is not a rate limit names `permission`, other statuses the hint given for them. */
  private error(e: unknown, operation: string, permission: string, hints: Partial<Record<number, string>> = {}): unknown {
    return withPermissionHint(e, operation, permission, this.debug, hints);
  }
}

function customPolicy(policies: readonly BranchPolicy[]): BranchPolicyState {
  return {
    kind: 'custom',
    branches: policies.filter((p) => p.type === 'branch').map((p) => p.name),
    tags: policies.filter((p) => p.type === 'tag').map((p) => p.name),
  };
}

/** GitHub answered 404 with its JSON (a proxy's page with that status is not an answer about the resource). */
function isNotFound(e: unknown): boolean {
  const error = e as { status?: unknown; response?: unknown } | null;
  return typeof error === 'object' && error !== null && !(e instanceof UnexpectedResponseError) && error.status === 404 && error.response !== undefined;
}
