/**
 * GitHubEnvironments through the real client against the fake GitHub, which checks every request
 * and its own answers against GitHub's OpenAPI description: an environment read back normalised,
 * written, its patterns listed, added and removed, reviewers resolved, and each failure naming the
 * operation and the token permission it needs.
 */
import { GitHubApiError } from '../../../src/adapters/github/api-error';
import { createGitHubClient } from '../../../src/adapters/github/client';
import { GitHubEnvironments } from '../../../src/adapters/github/environments';
import { githubToken } from '../../helpers/fake-secret';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github';
import { FakeEnvironments } from '../../helpers/github-environments';
import { faults } from '../../helpers/github-payloads';
import { RecordingLogger } from '../../helpers/recording-logger';

const TOKEN = githubToken(61, 'github_pat_');
const OWNER = 'acme';
const REPO = 'mcp-stacks';
let fake: FakeGitHub;
let gh: FakeEnvironments;
let environments: GitHubEnvironments;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  gh = new FakeEnvironments(fake, OWNER, REPO);
  const log = new RecordingLogger();
  const octokit = createGitHubClient({ token: TOKEN, baseUrl: fake.url, log, waitUnitMs: 1, paceWrites: false, retries: 0 });
  environments = new GitHubEnvironments(octokit, { owner: OWNER, repo: REPO }, (m) => log.debug(m));
});
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
});

const failure = (p: Promise<unknown>): Promise<GitHubApiError> =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(GitHubApiError);
      return e as GitHubApiError;
    },
  );

describe('readEnvironment', () => {
  test('normalises reviewers (users and teams), self-review, wait timer, bypass, patterns and custom rules', async () => {
    const alice = gh.addUser('alice', 501);
    const team = gh.addTeam('acme/release-managers', 77);
    gh.seed('staging', {
      reviewers: ['alice', 'acme/release-managers'],
      preventSelfReview: true,
      waitTimer: 5,
      canAdminsBypass: false,
      branchPolicy: { branches: ['main', 'release/*'], tags: ['v*'] },
      customRules: ['datadog-gate'],
    });
    const state = await environments.readEnvironment('staging');
    expect(state).toEqual({
      name: 'staging',
      id: gh.environment('staging')!.id,
      reviewers: [
        { type: 'User', id: alice.id, name: 'alice' },
        { type: 'Team', id: team.id, name: 'acme/release-managers' },
      ],
      preventSelfReview: true,
      waitTimerMinutes: 5,
      canAdminsBypass: false,
      branchPolicy: { kind: 'custom', branches: ['main', 'release/*'], tags: ['v*'] },
      customRules: ['datadog-gate'],
    });
  });

  test('an environment without protection: no reviewers, no timer, any branch, admins may bypass', async () => {
    gh.seed('dev');
    expect(await environments.readEnvironment('dev')).toMatchObject({
      reviewers: [],
      preventSelfReview: false,
      waitTimerMinutes: 0,
      canAdminsBypass: true,
      branchPolicy: { kind: 'all' },
      customRules: [],
    });
    // Not deploying from selected branches: the patterns are not asked for.
    expect(fake.requestsFor('repos/list-deployment-branch-policies')).toEqual([]);
  });

  test('protected branches only', async () => {
    gh.seed('prod', { branchPolicy: 'protected' });
    expect((await environments.readEnvironment('prod'))?.branchPolicy).toEqual({ kind: 'protected' });
  });

  test('no such environment: undefined', async () => {
    expect(await environments.readEnvironment('qa')).toBeUndefined();
  });

  test('more than one page of patterns are all read', async () => {
    const branches = Array.from({ length: 130 }, (_, i) => `feature-${i}`);
    gh.seed('preview', { branchPolicy: { branches } });
    const state = await environments.readEnvironment('preview');
    expect(state?.branchPolicy).toEqual({ kind: 'custom', branches, tags: [] });
    expect(fake.requestsFor('repos/list-deployment-branch-policies').map((r) => r.query.page)).toEqual(['1', '2']);
  });

  test('403: names the operation and the Actions (read) permission', async () => {
    gh.seed('staging');
    gh.denyReads();
    const e = await failure(environments.readEnvironment('staging'));
    expect(e.status).toBe(403);
    expect(e.message).toBe(
      `read environment "staging": GET 127.0.0.1:${new URL(fake.url).port}/repos/acme/mcp-stacks/environments/staging answered 403 (Resource not accessible by integration): the token needs the Actions repository permission (read)`,
    );
  });

  test('a rate limit is not blamed on a permission', async () => {
    gh.seed('staging');
    fake.failNext('repos/get-environment', faults.primaryRateLimit(Math.floor(Date.now() / 1000) + 3600));
    const e = await failure(environments.readEnvironment('staging'));
    expect(e.isRateLimit).toBe(true);
    expect(e.message).not.toContain('permission');
  });
});

describe('writeEnvironment', () => {
  test('creates the environment with its protection; can_admins_bypass is not sent unless asked', async () => {
    const alice = gh.addUser('alice');
    await environments.writeEnvironment('staging', {
      reviewers: [{ type: 'User', id: alice.id }],
      preventSelfReview: true,
      waitTimerMinutes: 10,
      branchPolicy: 'custom',
    });
    const [put] = fake.requestsFor('repos/create-or-update-environment');
    expect(put.body).toEqual({
      wait_timer: 10,
      prevent_self_review: true,
      reviewers: [{ type: 'User', id: alice.id }],
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    });
    expect(await environments.readEnvironment('staging')).toMatchObject({
      reviewers: [{ type: 'User', id: alice.id, name: 'alice' }],
      preventSelfReview: true,
      waitTimerMinutes: 10,
      branchPolicy: { kind: 'custom', branches: [], tags: [] },
    });
  });

  test('any branch is deployment_branch_policy null; protected is protected_branches', async () => {
    gh.seed('prod', { branchPolicy: 'protected' });
    await environments.writeEnvironment('prod', { reviewers: [], preventSelfReview: false, waitTimerMinutes: 0, branchPolicy: 'all' });
    await environments.writeEnvironment('dev', { reviewers: [], preventSelfReview: false, waitTimerMinutes: 0, branchPolicy: 'protected' });
    expect(
      fake.requestsFor('repos/create-or-update-environment').map((r) => (r.body as { deployment_branch_policy: unknown }).deployment_branch_policy),
    ).toEqual([null, { protected_branches: true, custom_branch_policies: false }]);
  });

  test('403 names the Administration (write) permission and says GITHUB_TOKEN never has it', async () => {
    gh.denyWrites();
    const e = await failure(environments.writeEnvironment('staging', { reviewers: [], preventSelfReview: false, waitTimerMinutes: 0, branchPolicy: 'all' }));
    expect(e.status).toBe(403);
    expect(e.message).toMatch(
      /^write environment "staging": PUT 127\.0\.0\.1:\d+\/repos\/acme\/mcp-stacks\/environments\/staging answered 403 \(Resource not accessible by integration\)/,
    );
    expect(e.message).toContain('the token needs the Administration repository permission (write), which the workflow GITHUB_TOKEN never has');
    expect(e.message).not.toContain(TOKEN);
  });

  test('422 (a reviewer GitHub refuses) says what GitHub requires of reviewers', async () => {
    const e = await failure(
      environments.writeEnvironment('staging', { reviewers: [{ type: 'User', id: 4242 }], preventSelfReview: false, waitTimerMinutes: 0, branchPolicy: 'all' }),
    );
    expect(e.status).toBe(422);
    expect(e.message).toContain('answered 422 (Validation Failed)');
    expect(e.message).toContain('each reviewer needs read access to the repository');
  });
});

describe('branch policies', () => {
  test('list, add a branch and a tag pattern, remove one', async () => {
    gh.seed('staging', { branchPolicy: { branches: ['main'] } });
    await environments.createBranchPolicy('staging', { type: 'branch', name: 'release/*' });
    await environments.createBranchPolicy('staging', { type: 'tag', name: 'v*' });
    const listed = await environments.listBranchPolicies('staging');
    expect(listed.map(({ type, name }) => `${type}:${name}`)).toEqual(['branch:main', 'branch:release/*', 'tag:v*']);
    await environments.deleteBranchPolicy('staging', listed[0]);
    expect(gh.patterns('staging')).toEqual(['branch:release/*', 'tag:v*']);
    expect(fake.requestsFor('repos/create-deployment-branch-policy').map((r) => r.body)).toEqual([
      { name: 'release/*', type: 'branch' },
      { name: 'v*', type: 'tag' },
    ]);
  });

  test('adding a pattern GitHub has (303) is not an error', async () => {
    gh.seed('staging', { branchPolicy: { branches: ['main'] } });
    await environments.createBranchPolicy('staging', { type: 'branch', name: 'main' });
    expect(gh.patterns('staging')).toEqual(['branch:main']);
  });

  test('adding a pattern to an environment that does not deploy from selected branches: 404 says so', async () => {
    gh.seed('dev');
    const e = await failure(environments.createBranchPolicy('dev', { type: 'branch', name: 'main' }));
    expect(e.message).toContain('environment "dev" does not deploy from selected branches and tags, or the token cannot see it');
  });

  test('403 on removing a pattern names Administration (write)', async () => {
    gh.seed('staging', { branchPolicy: { branches: ['main'] } });
    const [main] = await environments.listBranchPolicies('staging');
    gh.denyWrites();
    const e = await failure(environments.deleteBranchPolicy('staging', main));
    expect(e.message).toMatch(/^remove branch pattern "main" from "staging": DELETE .* answered 403 .*Administration repository permission \(write\)/);
  });
});

describe('reviewers', () => {
  test('a user and a team by their ids; unknown ones are undefined', async () => {
    gh.addUser('Alice', 501);
    gh.addTeam('acme/release-managers', 77);
    expect(await environments.resolveUser('alice')).toEqual({ type: 'User', id: 501, name: 'Alice' });
    expect(await environments.resolveTeam('acme', 'release-managers')).toEqual({ type: 'Team', id: 77, name: 'acme/release-managers' });
    expect(await environments.resolveUser('nobody')).toBeUndefined();
    expect(await environments.resolveTeam('acme', 'nobody')).toBeUndefined();
  });

  test('a 403 on a team names the Members (read) permission', async () => {
    fake.failNext('teams/get-by-name', faults.notAccessibleByIntegration());
    const e = await failure(environments.resolveTeam('acme', 'release-managers'));
    expect(e.message).toMatch(/^look up team acme\/release-managers: GET .* answered 403 .*: the token needs the Members organization permission \(read\)/);
  });
});
