/**
 * Environments as code: what `environments.<env>.protection` of stackgate.yml asks of a GitHub
 * environment, compared with what GitHub has (EnvironmentState, or nothing when the environment does
 * not exist), as the list of changes `stackgate environments sync` makes and `check` reports.
 *
 * - Reviewers are compared by type and id (logins and slugs change case and name; ids do not), and
 *   reviewers and name patterns as sets: their order in stackgate.yml means nothing.
 * - An environment that does not exist is planned against GitHub's defaults (no reviewers, no wait
 *   timer, self-review allowed, administrators may bypass, any branch), so the plan says what the
 *   new environment gets besides being created.
 * - GitHub keeps `prevent_self_review` on the required-reviewers rule: without reviewers it cannot
 *   be set, so it is compared only when stackgate.yml names reviewers (and a note says so).
 * - Branch and tag patterns exist only while the environment deploys from selected branches; when
 *   the plan leaves that kind, GitHub drops them with it, so no removal is planned for them.
 */
import type { EnvironmentProtection } from '../config/gate-schema';
import { parseDurationMs } from '../smoke/duration';
import type { BranchPolicyState, EnvironmentReviewer, EnvironmentState } from './state';

/** GitHub's largest wait timer: 30 days, in minutes. */
export const MAX_WAIT_TIMER_MINUTES = 43_200;

/** What stackgate.yml asks of one environment, with its reviewers resolved to GitHub ids. */
export interface DesiredEnvironment {
  name: string;
  reviewers: EnvironmentReviewer[];
  preventSelfReview: boolean;
  waitTimerMinutes: number;
  canAdminsBypass: boolean;
  branchPolicy: BranchPolicyState;
}

export type PatternType = 'branch' | 'tag';

export interface NamePattern {
  type: PatternType;
  name: string;
}

/** One difference between stackgate.yml and GitHub, with the sentence that shows it. */
export type EnvironmentChange = { description: string } & (
  | { kind: 'create' }
  | { kind: 'reviewers'; add: EnvironmentReviewer[]; remove: EnvironmentReviewer[] }
  | { kind: 'wait-timer'; from: number; to: number }
  | { kind: 'prevent-self-review'; to: boolean }
  | { kind: 'admins-bypass'; to: boolean }
  | { kind: 'branch-policy'; from: BranchPolicyState['kind']; to: BranchPolicyState['kind'] }
  | { kind: 'add-pattern'; pattern: NamePattern }
  | { kind: 'remove-pattern'; pattern: NamePattern }
);

export type ChangeKind = EnvironmentChange['kind'];

export interface EnvironmentPlan {
  name: string;
  desired: DesiredEnvironment;
  /** Whether GitHub has the environment now. */
  exists: boolean;
  /** Empty when GitHub already has what stackgate.yml says. */
  changes: EnvironmentChange[];
  /** Settings of stackgate.yml that GitHub cannot hold as written. */
  notes: string[];
}

/** The changes one PUT of the environment makes; the others are branch policy writes. */
const ENVIRONMENT_WRITE: ReadonlySet<ChangeKind> = new Set(['create', 'reviewers', 'wait-timer', 'prevent-self-review', 'admins-bypass', 'branch-policy']);

export function isEnvironmentWrite(change: EnvironmentChange): boolean {
  return ENVIRONMENT_WRITE.has(change.kind);
}

/** A new environment's protection on GitHub. */
export function githubDefaults(name: string): EnvironmentState {
  return { name, id: 0, reviewers: [], preventSelfReview: false, waitTimerMinutes: 0, canAdminsBypass: true, branchPolicy: { kind: 'all' }, customRules: [] };
}

/** `waitTimer` of stackgate.yml in whole minutes, or why GitHub cannot take it. */
export function waitTimerMinutes(value: EnvironmentProtection['waitTimer']): { minutes: number } | { problem: string } {
  if (value === undefined) return { minutes: 0 };
  const ms = parseDurationMs(value, 'waitTimer');
  if (ms % 60_000 !== 0) return { problem: `GitHub's wait timer counts whole minutes, got ${String(value)}` };
  const minutes = ms / 60_000;
  if (minutes > MAX_WAIT_TIMER_MINUTES) return { problem: `GitHub's wait timer is at most 30 days (43200 minutes), got ${String(value)}` };
  return { minutes };
}

/** stackgate.yml's protection with reviewers resolved (in the order of `reviewers:`) and the wait timer in minutes. */
export function desiredEnvironment(
  name: string,
  protection: EnvironmentProtection,
  resolved: { reviewers: EnvironmentReviewer[]; waitTimerMinutes: number },
): DesiredEnvironment {
  const branches = protection.branches;
  return {
    name,
    reviewers: uniqueReviewers(resolved.reviewers),
    preventSelfReview: protection.preventSelfReview,
    waitTimerMinutes: resolved.waitTimerMinutes,
    canAdminsBypass: protection.canAdminsBypass,
    branchPolicy:
      branches === undefined
        ? { kind: 'all' }
        : branches === 'protected'
          ? { kind: 'protected' }
          : { kind: 'custom', branches: unique(branches), tags: unique(protection.tags) },
  };
}

export function planEnvironment(desired: DesiredEnvironment, actual: EnvironmentState | undefined): EnvironmentPlan {
  const now = actual ?? githubDefaults(desired.name);
  const changes: EnvironmentChange[] = [];
  const notes: string[] = [];
  if (!actual) changes.push({ kind: 'create', description: `create environment "${desired.name}"` });

  const key = (r: EnvironmentReviewer): string => `${r.type}:${r.id}`;
  const have = new Set(now.reviewers.map(key));
  const want = new Set(desired.reviewers.map(key));
  const add = desired.reviewers.filter((r) => !have.has(key(r)));
  const remove = now.reviewers.filter((r) => !want.has(key(r)));
  if (add.length || remove.length) {
    const parts = [add.length ? `add ${add.map(describeReviewer).join(', ')}` : '', remove.length ? `remove ${remove.map(describeReviewer).join(', ')}` : ''];
    changes.push({ kind: 'reviewers', add, remove, description: `required reviewers: ${parts.filter(Boolean).join('; ')}` });
  }

  if (desired.waitTimerMinutes !== now.waitTimerMinutes)
    changes.push({
      kind: 'wait-timer',
      from: now.waitTimerMinutes,
      to: desired.waitTimerMinutes,
      description: `set the wait timer to ${minutes(desired.waitTimerMinutes)} (from ${minutes(now.waitTimerMinutes)})`,
    });

  const preventSelfReview = desired.preventSelfReview && desired.reviewers.length > 0;
  if (desired.preventSelfReview && desired.reviewers.length === 0)
    notes.push('preventSelfReview has no effect without reviewers: GitHub keeps it on the required-reviewers rule');
  if (preventSelfReview !== (now.preventSelfReview && now.reviewers.length > 0) && desired.reviewers.length > 0)
    changes.push({
      kind: 'prevent-self-review',
      to: preventSelfReview,
      description: `turn prevent self-review ${preventSelfReview ? 'on' : 'off'}`,
    });

  if (desired.canAdminsBypass !== now.canAdminsBypass)
    changes.push({
      kind: 'admins-bypass',
      to: desired.canAdminsBypass,
      description: desired.canAdminsBypass ? 'let administrators bypass the protection' : 'stop administrators bypassing the protection',
    });

  if (desired.branchPolicy.kind !== now.branchPolicy.kind)
    changes.push({
      kind: 'branch-policy',
      from: now.branchPolicy.kind,
      to: desired.branchPolicy.kind,
      description: `deploy from ${BRANCH_POLICY_WORDS[desired.branchPolicy.kind]} (from ${BRANCH_POLICY_WORDS[now.branchPolicy.kind]})`,
    });
  if (desired.branchPolicy.kind === 'custom') changes.push(...patternChanges(patternsOf(desired.branchPolicy), patternsOf(now.branchPolicy)));

  return { name: desired.name, desired, exists: actual !== undefined, changes, notes };
}

/** The name patterns of a branch policy (none unless it is custom). */
export function patternsOf(policy: BranchPolicyState): NamePattern[] {
  if (policy.kind !== 'custom') return [];
  return [...policy.branches.map((name) => ({ type: 'branch' as const, name })), ...policy.tags.map((name) => ({ type: 'tag' as const, name }))];
}

/** Removals, then additions, that turn `actual` patterns into `desired` (compared as sets, per type). */
export function patternChanges(desired: readonly NamePattern[], actual: readonly NamePattern[]): EnvironmentChange[] {
  const key = (p: NamePattern): string => `${p.type}:${p.name}`;
  const want = new Set(desired.map(key));
  const have = new Set(actual.map(key));
  const removals = actual.filter((p) => !want.has(key(p)));
  const additions = desired.filter((p) => !have.has(key(p)));
  return [
    ...removals.map((pattern): EnvironmentChange => ({
      kind: 'remove-pattern',
      pattern,
      description: `stop allowing ${pattern.type} pattern "${pattern.name}"`,
    })),
    ...additions.map((pattern): EnvironmentChange => ({ kind: 'add-pattern', pattern, description: `allow ${pattern.type} pattern "${pattern.name}"` })),
  ];
}

/** `alice (user)`, `acme/release-managers (team)`. */
export function describeReviewer(r: EnvironmentReviewer): string {
  return `${r.name} (${r.type === 'Team' ? 'team' : 'user'})`;
}

const BRANCH_POLICY_WORDS: Record<BranchPolicyState['kind'], string> = {
  all: 'any branch or tag',
  protected: 'protected branches only',
  custom: 'selected branches and tags',
};

function minutes(n: number): string {
  return n === 0 ? 'none' : `${n} minute${n === 1 ? '' : 's'}`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueReviewers(reviewers: readonly EnvironmentReviewer[]): EnvironmentReviewer[] {
  const seen = new Set<string>();
  return reviewers.filter((r) => {
    const key = `${r.type}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
