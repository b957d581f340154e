/**
 * The environments use case (`stackgate environments sync|check`, actions/environments): the
 * environments of stackgate.yml that have a `protection:` section, compared with GitHub, and in sync
 * mode brought in line.
 *
 * 1. Every reviewer is resolved to its GitHub id and every wait timer to whole minutes before
 *    anything is read or written: a reviewer GitHub does not know is a UserError at its line of
 *    stackgate.yml, and nothing has been changed.
 * 2. Per environment: read it, plan (core/environments/plan.ts), and in sync mode apply: one PUT of
 *    the environment when any of its settings differs, then its branch and tag patterns, removals
 *    first (a half-done switch allows fewer refs, never more), from a fresh list of what GitHub has.
 * 3. A read or write that fails ends that environment as `failed` with what was applied and what was
 *    not; the other environments still run. check never writes.
 *
 * Environments stackgate.yml does not name, and those without `protection:`, are never read or
 * changed, and nothing is ever deleted but a branch or tag pattern of a managed environment.
 */
import { GitHubApiError } from '../adapters/github/api-error';
import { createGitHubClient } from '../adapters/github/client';
import { GitHubEnvironments, type EnvironmentWrite } from '../adapters/github/environments';
import type { ProxySettings } from '../adapters/github/proxy';
import type { EnvironmentProtection } from '../core/config/gate-schema';
import { readConfig } from '../core/config/read';
import { configSchema } from '../core/config/schema';
import {
  desiredEnvironment,
  isEnvironmentWrite,
  patternChanges,
  patternsOf,
  planEnvironment,
  waitTimerMinutes,
  type DesiredEnvironment,
  type EnvironmentPlan,
} from '../core/environments/plan';
import { environmentsReport, type EnvironmentOutcome, type EnvironmentsMode, type EnvironmentsReport } from '../core/environments/report';
import type { EnvironmentReviewer } from '../core/environments/state';
import { UserError } from '../core/errors';
import type { Logger } from '../core/logger';
import { formatPath, locateValue, type TreeNode } from '../core/source/yaml-tree';
import type { GitHubClientTuning } from './post-readiness-comment';

export interface SyncEnvironmentsOptions {
  mode: EnvironmentsMode;
  /** The repository's directory (where stackgate.yml is found). */
  root: string;
  config?: string;
  /** The GitHub repository whose environments these are. */
  repository: { owner: string; repo: string };
  token: string;
  /** GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string;
  proxy?: ProxySettings;
  /** Tests: back-off unit, retries, write pacing. */
  tuning?: Omit<GitHubClientTuning, 'deadlineMs'>;
  log: Logger;
}

interface Managed {
  name: string;
  protection: EnvironmentProtection;
}

export async function syncEnvironments(options: SyncEnvironmentsOptions): Promise<EnvironmentsReport> {
  const { log, mode } = options;
  const { config, file, tree } = readConfig(configSchema, options.root, options.config);
  const repository = `${options.repository.owner}/${options.repository.repo}`;
  const managed: Managed[] = [];
  const unmanaged: string[] = [];
  for (const [name, env] of Object.entries(config.environments)) {
    if (env.protection) managed.push({ name, protection: env.protection });
    else unmanaged.push(name);
  }
  if (managed.length === 0) return environmentsReport(mode, repository, [], unmanaged);

  const github = new GitHubEnvironments(
    createGitHubClient({ token: options.token, baseUrl: options.apiUrl, log, proxy: options.proxy, ...options.tuning }),
    options.repository,
    (message) => log.debug(message),
  );
  const where = new ConfigPlace(file ?? 'stackgate.yml', tree ?? null);
  const resolve = reviewerResolver(github, where);
  const wanted: DesiredEnvironment[] = [];
  for (const { name, protection } of managed) {
    const timer = waitTimerMinutes(protection.waitTimer);
    if ('problem' in timer) throw where.error(['environments', name, 'protection', 'waitTimer'], timer.problem, 'e.g. waitTimer: 5m');
    const reviewers: EnvironmentReviewer[] = [];
    for (const [i, reviewer] of protection.reviewers.entries()) reviewers.push(await resolve(reviewer, ['environments', name, 'protection', 'reviewers', i]));
    wanted.push(desiredEnvironment(name, protection, { reviewers, waitTimerMinutes: timer.minutes }));
  }

  const outcomes: EnvironmentOutcome[] = [];
  for (const desired of wanted) {
    let plan: EnvironmentPlan;
    try {
      plan = planEnvironment(desired, await github.readEnvironment(desired.name));
    } catch (e) {
      if (!(e instanceof GitHubApiError)) throw e;
      outcomes.push({ name: desired.name, status: 'failed', changes: [], applied: [], notApplied: [], error: e.message, notes: [] });
      log.error(`${desired.name}: ${e.message}`);
      continue;
    }
    const outcome = mode === 'check' || plan.changes.length === 0 ? judge(plan) : await apply(plan, github);
    log.info(
      `${desired.name}: ${outcome.status}${outcome.changes.length ? ` (${outcome.changes.length} change${outcome.changes.length === 1 ? '' : 's'})` : ''}`,
    );
    outcomes.push(outcome);
  }
  return environmentsReport(mode, repository, outcomes, unmanaged);
}

/** check (or nothing to do): the plan as drift. */
function judge(plan: EnvironmentPlan): EnvironmentOutcome {
  const changes = plan.changes.map((c) => c.description);
  return { name: plan.name, status: changes.length ? 'drift' : 'in-sync', changes, applied: [], notApplied: [], notes: plan.notes };
}

/** sync: the PUT of the environment, then its patterns; a failure stops there and the outcome says what went through. */
async function apply(plan: EnvironmentPlan, github: GitHubEnvironments): Promise<EnvironmentOutcome> {
  const { desired } = plan;
  const applied: string[] = [];
  const environmentChanges = plan.changes.filter(isEnvironmentWrite).map((c) => c.description);
  let patternTodo = plan.changes.filter((c) => !isEnvironmentWrite(c)).map((c) => c.description);
  const outcome = (extra: Partial<EnvironmentOutcome> = {}): EnvironmentOutcome => {
    const notApplied = [...environmentChanges.filter((c) => !applied.includes(c)), ...patternTodo];
    return {
      name: plan.name,
      status: plan.exists ? 'updated' : 'created',
      changes: [...applied, ...notApplied],
      applied,
      notApplied,
      notes: plan.notes,
      ...extra,
    };
  };
  try {
    if (environmentChanges.length) {
      await github.writeEnvironment(plan.name, environmentWrite(plan));
      applied.push(...environmentChanges);
    }
    if (desired.branchPolicy.kind === 'custom') {
      // What GitHub has now (the PUT may have just switched to selected branches), not what the plan read.
      const current = await github.listBranchPolicies(plan.name);
      const changes = patternChanges(patternsOf(desired.branchPolicy), current);
      patternTodo = changes.map((c) => c.description);
      for (const change of changes) {
        if (change.kind === 'remove-pattern') {
          const policy = current.find((p) => p.type === change.pattern.type && p.name === change.pattern.name)!;
          await github.deleteBranchPolicy(plan.name, policy);
        } else if (change.kind === 'add-pattern') await github.createBranchPolicy(plan.name, change.pattern);
        applied.push(change.description);
        patternTodo.shift();
      }
    }
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    return outcome({ status: 'failed', error: e.message });
  }
  return outcome();
}

function environmentWrite(plan: EnvironmentPlan): EnvironmentWrite {
  const { desired } = plan;
  const bypass = plan.changes.find((c) => c.kind === 'admins-bypass');
  return {
    reviewers: desired.reviewers,
    preventSelfReview: desired.preventSelfReview && desired.reviewers.length > 0,
    waitTimerMinutes: desired.waitTimerMinutes,
    branchPolicy: desired.branchPolicy.kind,
    ...(bypass ? { canAdminsBypass: desired.canAdminsBypass } : {}),
  };
}

/** Reviewers of stackgate.yml (`alice`, `acme/release-managers`) to GitHub ids, each looked up once. */
function reviewerResolver(github: GitHubEnvironments, where: ConfigPlace) {
  const known = new Map<string, Promise<EnvironmentReviewer | undefined>>();
  return async (reviewer: string, at: (string | number)[]): Promise<EnvironmentReviewer> => {
    const slash = reviewer.indexOf('/');
    const isTeam = slash > 0;
    const key = reviewer.toLowerCase();
    if (!known.has(key)) known.set(key, isTeam ? github.resolveTeam(reviewer.slice(0, slash), reviewer.slice(slash + 1)) : github.resolveUser(reviewer));
    let found: EnvironmentReviewer | undefined;
    try {
      found = await known.get(key);
    } catch (e) {
      if (!(e instanceof GitHubApiError)) throw e;
      throw where.error(at, `cannot look up reviewer "${reviewer}": ${e.message}`);
    }
    if (found) return found;
    throw isTeam
      ? where.error(
          at,
          `no team "${reviewer}" on GitHub, or the token cannot see it`,
          'a team is written org/team-slug (the slug is in the team URL); looking teams up needs a token with the Members organization permission (read)',
        )
      : where.error(at, `no GitHub user "${reviewer}"`, 'a user is written as their login; a team as org/team-slug');
  };
}

/** Where a setting is in stackgate.yml, for errors that name its line. */
class ConfigPlace {
  constructor(
    readonly file: string,
    private readonly tree: TreeNode | null,
  ) {}

  error(path: (string | number)[], message: string, hint?: string): UserError {
    const at = locateValue(this.tree, path, { file: this.file, line: 1, column: 1 });
    return new UserError(`${formatPath(path)}: ${message}`, { file: this.file, line: at.line, column: at.column, hint });
  }
}
