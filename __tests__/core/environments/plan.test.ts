/** stackgate.yml's environment protection against GitHub's: the changes, as sentences; none when they match in any order. */
import { environmentProtectionSchema } from '../../../src/core/config/gate-schema';
import { desiredEnvironment, planEnvironment, waitTimerMinutes, type DesiredEnvironment } from '../../../src/core/environments/plan';
import type { EnvironmentReviewer, EnvironmentState } from '../../../src/core/environments/state';

const ALICE: EnvironmentReviewer = { type: 'User', id: 501, name: 'alice' };
const BOB: EnvironmentReviewer = { type: 'User', id: 502, name: 'bob' };
const RELEASE: EnvironmentReviewer = { type: 'Team', id: 77, name: 'acme/release-managers' };

function desired(protection: Record<string, unknown>, reviewers: EnvironmentReviewer[] = [], minutes = 0): DesiredEnvironment {
  return desiredEnvironment('staging', environmentProtectionSchema.parse(protection), { reviewers, waitTimerMinutes: minutes });
}

function state(overrides: Partial<EnvironmentState> = {}): EnvironmentState {
  return {
    name: 'staging',
    id: 9,
    reviewers: [],
    preventSelfReview: false,
    waitTimerMinutes: 0,
    canAdminsBypass: true,
    branchPolicy: { kind: 'all' },
    customRules: [],
    ...overrides,
  };
}

const descriptions = (d: DesiredEnvironment, s: EnvironmentState | undefined): string[] => planEnvironment(d, s).changes.map((c) => c.description);

test('a missing environment: created, with every setting that differs from GitHub defaults', () => {
  const d = desired({ reviewers: ['alice', 'acme/release-managers'], preventSelfReview: true, branches: ['main'], tags: ['v*'] }, [ALICE, RELEASE], 5);
  expect(descriptions(d, undefined)).toEqual([
    'create environment "staging"',
    'required reviewers: add alice (user), acme/release-managers (team)',
    'set the wait timer to 5 minutes (from none)',
    'turn prevent self-review on',
    'deploy from selected branches and tags (from any branch or tag)',
    'allow branch pattern "main"',
    'allow tag pattern "v*"',
  ]);
  expect(planEnvironment(d, undefined).exists).toBe(false);
});

test('a missing environment with default protection is still created', () => {
  expect(descriptions(desired({}), undefined)).toEqual(['create environment "staging"']);
});

test('equal in another order: no change', () => {
  const d = desired(
    { reviewers: ['acme/release-managers', 'alice'], preventSelfReview: true, branches: ['release/*', 'main'], tags: ['v*'] },
    [RELEASE, ALICE],
    5,
  );
  const s = state({
    reviewers: [ALICE, { ...RELEASE, name: 'ACME/Release-Managers' }],
    preventSelfReview: true,
    waitTimerMinutes: 5,
    branchPolicy: { kind: 'custom', branches: ['main', 'release/*'], tags: ['v*'] },
  });
  expect(planEnvironment(d, s)).toMatchObject({ exists: true, changes: [], notes: [] });
});

test('reviewers are compared by id: a renamed user is the same reviewer', () => {
  expect(descriptions(desired({ reviewers: ['alice'] }, [ALICE]), state({ reviewers: [{ ...ALICE, name: 'alice-old' }] }))).toEqual([]);
});

test('reviewers added and removed, in one change', () => {
  expect(descriptions(desired({ reviewers: ['alice', 'acme/release-managers'] }, [ALICE, RELEASE]), state({ reviewers: [BOB, ALICE] }))).toEqual([
    'required reviewers: add acme/release-managers (team); remove bob (user)',
  ]);
});

test('wait timer, self-review and admin bypass each differ', () => {
  const d = desired({ reviewers: ['alice'], preventSelfReview: false, canAdminsBypass: false }, [ALICE], 1);
  expect(descriptions(d, state({ reviewers: [ALICE], preventSelfReview: true, waitTimerMinutes: 30 }))).toEqual([
    'set the wait timer to 1 minute (from 30 minutes)',
    'turn prevent self-review off',
    'stop administrators bypassing the protection',
  ]);
});

test('preventSelfReview without reviewers: no perpetual drift, a note instead', () => {
  const plan = planEnvironment(desired({ preventSelfReview: true }), state());
  expect(plan.changes).toEqual([]);
  expect(plan.notes).toEqual(['preventSelfReview has no effect without reviewers: GitHub keeps it on the required-reviewers rule']);
});

test('patterns: removals before additions, per type (a branch and a tag of the same name differ)', () => {
  const d = desired({ branches: ['main', 'release/*'], tags: ['main'] });
  const s = state({ branchPolicy: { kind: 'custom', branches: ['main', 'hotfix/*'], tags: ['v*'] } });
  expect(descriptions(d, s)).toEqual([
    'stop allowing branch pattern "hotfix/*"',
    'stop allowing tag pattern "v*"',
    'allow branch pattern "release/*"',
    'allow tag pattern "main"',
  ]);
});

test('leaving selected branches: one branch-policy change, no removal of the patterns GitHub drops with it', () => {
  expect(descriptions(desired({ branches: 'protected' }), state({ branchPolicy: { kind: 'custom', branches: ['main'], tags: [] } }))).toEqual([
    'deploy from protected branches only (from selected branches and tags)',
  ]);
  expect(descriptions(desired({}), state({ branchPolicy: { kind: 'protected' } }))).toEqual(['deploy from any branch or tag (from protected branches only)']);
});

test('duplicates in stackgate.yml count once', () => {
  const d = desired({ reviewers: ['alice', 'Alice'], branches: ['main', 'main'] }, [ALICE, ALICE]);
  expect(d.reviewers).toEqual([ALICE]);
  expect(d.branchPolicy).toEqual({ kind: 'custom', branches: ['main'], tags: [] });
});

test.each([
  [undefined, { minutes: 0 }],
  ['5m', { minutes: 5 }],
  ['2h', { minutes: 120 }],
  [300_000, { minutes: 5 }],
  ['30d', { minutes: 43_200 }],
  ['90s', { problem: "GitHub's wait timer counts whole minutes, got 90s" }],
  ['31d', { problem: "GitHub's wait timer is at most 30 days (43200 minutes), got 31d" }],
])('waitTimer %j -> %j', (value, expected) => {
  expect(waitTimerMinutes(value)).toEqual(expected);
});
