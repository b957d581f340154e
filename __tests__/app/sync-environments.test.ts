/**
 * syncEnvironments against the fake GitHub (every request and answer checked against GitHub's
 * OpenAPI description): what sync writes, that a second sync writes nothing, that check never
 * writes, and what the report says when a reviewer is unknown or a write fails halfway.
 */
import { syncEnvironments, type SyncEnvironmentsOptions } from '../../src/app/sync-environments';
import { UserError } from '../../src/core/errors';
import { githubToken } from '../helpers/fake-secret';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { FakeEnvironments } from '../helpers/github-environments';
import { RecordingLogger } from '../helpers/recording-logger';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const TOKEN = githubToken(62, 'github_pat_');
const OWNER = 'acme';
const REPO = 'mcp-stacks';
let fake: FakeGitHub;
let gh: FakeEnvironments;
let repo: TempRepo;

const STACKGATE_YML = [
  'environments:',
  '  dev: {}',
  '  staging:',
  '    protection:',
  '      reviewers: [alice, acme/release-managers]',
  '      waitTimer: 5m',
  '      preventSelfReview: true',
  "      branches: [main, 'release/*']",
  "      tags: ['v*']",
  '  prod:',
  '    protection:',
  '      reviewers: [acme/release-managers]',
  '      branches: protected',
  '',
].join('\n');

/** What staging of STACKGATE_YML needs on a GitHub without it, in the order sync applies it. */
const STAGING_FROM_NOTHING = [
  'create environment "staging"',
  'required reviewers: add alice (user), acme/release-managers (team)',
  'set the wait timer to 5 minutes (from none)',
  'turn prevent self-review on',
  'deploy from selected branches and tags (from any branch or tag)',
  'allow branch pattern "main"',
  'allow branch pattern "release/*"',
  'allow tag pattern "v*"',
];

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  gh = new FakeEnvironments(fake, OWNER, REPO);
  gh.addUser('alice', 501);
  gh.addTeam('acme/release-managers', 77);
  repo = tempRepo({ 'stackgate.yml': STACKGATE_YML });
});
afterEach(async () => {
  repo.cleanup();
  await fake.close();
  expect(fake.violations).toEqual([]);
});

function sync(mode: 'sync' | 'check', options: Partial<SyncEnvironmentsOptions> = {}) {
  return syncEnvironments({
    mode,
    root: repo.root,
    repository: { owner: OWNER, repo: REPO },
    token: TOKEN,
    apiUrl: fake.url,
    tuning: { waitUnitMs: 1, paceWrites: false, retries: 0 },
    log: new RecordingLogger(),
    ...options,
  });
}

const writes = (): string[] => fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

test('sync from nothing creates both environments with their protection; dev (no protection:) is not touched', async () => {
  const report = await sync('sync');
  expect(report).toMatchObject({ mode: 'sync', repository: 'acme/mcp-stacks', status: 'synced', unmanaged: ['dev'] });
  expect(report.environments.map((e) => [e.name, e.status])).toEqual([
    ['staging', 'created'],
    ['prod', 'created'],
  ]);
  expect(report.environments[0].applied).toEqual(STAGING_FROM_NOTHING);
  const staging = gh.environment('staging')!;
  expect(staging).toMatchObject({
    waitTimer: 5,
    preventSelfReview: true,
    reviewers: [
      { type: 'User', id: 501 },
      { type: 'Team', id: 77 },
    ],
    branchPolicy: { protected_branches: false, custom_branch_policies: true },
  });
  expect(gh.patterns('staging')).toEqual(['branch:main', 'branch:release/*', 'tag:v*']);
  expect(gh.environment('prod')).toMatchObject({
    reviewers: [{ type: 'Team', id: 77 }],
    branchPolicy: { protected_branches: true, custom_branch_policies: false },
  });
  expect(gh.environment('dev')).toBeUndefined();
  expect(fake.requests.some((r) => r.path.includes('/environments/dev'))).toBe(false);
  // The team is looked up once although two environments name it.
  expect(fake.requestsFor('teams/get-by-name')).toHaveLength(1);
});

test('a second sync makes no write request at all', async () => {
  await sync('sync');
  fake.requests.length = 0;
  const report = await sync('sync');
  expect(report.status).toBe('in-sync');
  expect(report.environments.map((e) => e.status)).toEqual(['in-sync', 'in-sync']);
  expect(fake.requests.length).toBeGreaterThan(0);
  expect(writes()).toEqual([]);
});

test('check reports the drift and writes nothing', async () => {
  gh.seed('staging', {
    reviewers: ['alice', 'acme/release-managers'],
    waitTimer: 5,
    preventSelfReview: true,
    branchPolicy: { branches: ['main', 'hotfix/*'], tags: ['v*'] },
  });
  gh.seed('prod', { reviewers: ['acme/release-managers'], branchPolicy: 'protected' });
  const report = await sync('check');
  expect(report.status).toBe('drift');
  expect(report.environments).toEqual([
    {
      name: 'staging',
      status: 'drift',
      changes: ['stop allowing branch pattern "hotfix/*"', 'allow branch pattern "release/*"'],
      applied: [],
      notApplied: [],
      notes: [],
    },
    { name: 'prod', status: 'in-sync', changes: [], applied: [], notApplied: [], notes: [] },
  ]);
  expect(writes()).toEqual([]);
  expect(gh.patterns('staging')).toEqual(['branch:hotfix/*', 'branch:main', 'tag:v*']);
});

test('check of a missing environment: drift "create", nothing created', async () => {
  const report = await sync('check');
  expect(report.environments[0].changes[0]).toBe('create environment "staging"');
  expect(writes()).toEqual([]);
  expect(gh.environments.size).toBe(0);
});

test('sync updates only what differs, and leaves environments stackgate.yml does not name alone', async () => {
  gh.seed('staging', { reviewers: ['alice', 'bob'], waitTimer: 5, preventSelfReview: true, branchPolicy: { branches: ['main', 'hotfix/*'], tags: ['v*'] } });
  gh.seed('prod', { reviewers: ['acme/release-managers'], branchPolicy: 'protected' });
  const other = gh.seed('sandbox', { reviewers: ['bob'], waitTimer: 60 });
  const report = await sync('sync');
  expect(report.environments.map((e) => [e.name, e.status, e.applied])).toEqual([
    [
      'staging',
      'updated',
      [
        'required reviewers: add acme/release-managers (team); remove bob (user)',
        'stop allowing branch pattern "hotfix/*"',
        'allow branch pattern "release/*"',
      ],
    ],
    ['prod', 'in-sync', []],
  ]);
  expect(gh.environment('sandbox')).toEqual(other);
  expect(writes().every((w) => w.includes('/environments/staging'))).toBe(true);
});

test('an unknown user: a UserError at its line of stackgate.yml, before anything is written', async () => {
  repo.write('stackgate.yml', STACKGATE_YML.replace('[alice, acme/release-managers]', '[alice, alcie]'));
  const error = await sync('sync').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).format()).toBe(
    'stackgate.yml:5:26: environments.staging.protection.reviewers[1]: no GitHub user "alcie"\n  hint: a user is written as their login; a team as org/team-slug',
  );
  expect(writes()).toEqual([]);
});

test('an unknown team names the permission that lets the token see teams', async () => {
  repo.write('stackgate.yml', STACKGATE_YML.replace('      reviewers: [acme/release-managers]', '      reviewers: [acme/releasers]'));
  const error = (await sync('check').catch((e: unknown) => e)) as UserError;
  expect(error.format()).toMatch(
    /^stackgate\.yml:12:19: environments\.prod\.protection\.reviewers\[0\]: no team "acme\/releasers" on GitHub, or the token cannot see it\n/,
  );
  expect(error.hint).toContain('Members organization permission (read)');
});

test('a wait timer GitHub cannot take is a UserError at its line', async () => {
  repo.write('stackgate.yml', STACKGATE_YML.replace('waitTimer: 5m', 'waitTimer: 90s'));
  const error = (await sync('check').catch((e: unknown) => e)) as UserError;
  expect(error.format()).toMatch(/^stackgate\.yml:6:18: environments\.staging\.protection\.waitTimer: GitHub's wait timer counts whole minutes, got 90s/);
});

test('a 403 on the PUT: the environment fails with the permission named, nothing counted as applied; the next environment still runs', async () => {
  gh.denyWrites(1, (r) => r.operationId === 'repos/create-or-update-environment' && r.params.environment_name === 'staging');
  const report = await sync('sync');
  expect(report.status).toBe('error');
  const [staging, prod] = report.environments;
  expect(staging).toMatchObject({ status: 'failed', applied: [] });
  expect(staging.notApplied[0]).toBe('create environment "staging"');
  expect(staging.notApplied).toHaveLength(8);
  expect(staging.error).toContain('answered 403 (Resource not accessible by integration): the token needs the Administration repository permission (write)');
  expect(prod.status).toBe('created');
  expect(gh.environment('staging')).toBeUndefined();
});

test('a write that fails midway: the report lists exactly what was applied and what was not', async () => {
  let posts = 0;
  gh.denyWrites(1, (r) => r.operationId === 'repos/create-deployment-branch-policy' && ++posts === 2);
  const report = await sync('sync');
  const staging = report.environments[0];
  expect(staging.status).toBe('failed');
  expect(staging.applied).toEqual(STAGING_FROM_NOTHING.slice(0, 6));
  expect(staging.notApplied).toEqual(STAGING_FROM_NOTHING.slice(6));
  expect(staging.notApplied).toEqual(['allow branch pattern "release/*"', 'allow tag pattern "v*"']);
  expect(staging.error).toMatch(/^allow branch pattern "release\/\*" in "staging": POST .* answered 403/);
  expect(gh.patterns('staging')).toEqual(['branch:main']);
  // What GitHub has matches the report: a second sync finishes the job.
  const again = await sync('sync');
  expect(again.environments[0]).toMatchObject({ status: 'updated', applied: ['allow branch pattern "release/*"', 'allow tag pattern "v*"'] });
});

test('reading fails (403): that environment fails, naming Actions (read); nothing is written', async () => {
  gh.denyReads();
  const report = await sync('sync');
  expect(report.status).toBe('error');
  expect(report.environments.map((e) => e.status)).toEqual(['failed', 'failed']);
  expect(report.environments[0].error).toContain('the token needs the Actions repository permission (read)');
  expect(writes()).toEqual([]);
});

test('canAdminsBypass: false is checked against what GitHub answers; equal, nothing is written', async () => {
  // GitHub answers can_admins_bypass with the environment, but its OpenAPI description has no such
  // field in the PUT, so the fake (which holds to the description) cannot take it: only the read side is exercised.
  repo.write(
    'stackgate.yml',
    'environments:\n  prod:\n    protection:\n      reviewers: [acme/release-managers]\n      branches: protected\n      canAdminsBypass: false\n',
  );
  gh.seed('prod', { reviewers: ['acme/release-managers'], branchPolicy: 'protected', canAdminsBypass: true });
  expect((await sync('check')).environments[0].changes).toEqual(['stop administrators bypassing the protection']);
  gh.seed('prod', { reviewers: ['acme/release-managers'], branchPolicy: 'protected', canAdminsBypass: false });
  expect((await sync('sync')).status).toBe('in-sync');
  expect(writes()).toEqual([]);
});

test('no environment has protection: nothing is asked of GitHub', async () => {
  repo.write('stackgate.yml', 'environments:\n  dev: {}\n');
  const report = await sync('check');
  expect(report).toMatchObject({ status: 'in-sync', environments: [], unmanaged: ['dev'] });
  expect(fake.requests).toEqual([]);
});
