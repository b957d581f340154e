/**
 * `stackgate environments sync|check` from the command line, against the fake GitHub: exit codes
 * (0 in sync, 1 drift, 2 errors), formats, the token and repository from the environment, and
 * errors as one line naming stackgate.yml's line, never a stack trace.
 */
import type { EnvironmentsReport } from '../../src/core/environments/report';
import { runCli } from '../helpers/cli';
import { githubToken } from '../helpers/fake-secret';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { FakeEnvironments } from '../helpers/github-environments';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const TOKEN = githubToken(63, 'github_pat_');
let fake: FakeGitHub;
let gh: FakeEnvironments;
let repo: TempRepo;

const YML = 'environments:\n  dev: {}\n  prod:\n    protection:\n      reviewers: [alice, acme/release-managers]\n      branches: protected\n';

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  gh = new FakeEnvironments(fake, 'acme', 'mcp-stacks');
  gh.addUser('alice', 501);
  gh.addTeam('acme/release-managers', 77);
  repo = tempRepo({ 'stackgate.yml': YML });
});
afterEach(async () => {
  repo.cleanup();
  await fake.close();
  expect(fake.violations).toEqual([]);
});

const env = (extra: Record<string, string> = {}) => ({ GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'acme/mcp-stacks', GITHUB_API_URL: fake.url, ...extra });
const writes = (): string[] => fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

test('check finds drift: exit 1, the changes on stdout, nothing written', async () => {
  gh.seed('prod', { reviewers: ['alice'] });
  const r = await runCli(['environments', 'check'], repo.root, env());
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toBe(
    [
      'prod: drift',
      '  - required reviewers: add acme/release-managers (team)',
      '  - deploy from protected branches only (from any branch or tag)',
      'not managed (no protection: section): dev',
      'drift in 1 of 1 environment: run stackgate environments sync to apply stackgate.yml',
      '',
    ].join('\n'),
  );
  expect(writes()).toEqual([]);
});

test('sync creates the environment (exit 0); then sync writes nothing and check exits 0 (JSON)', async () => {
  const first = await runCli(['environments', 'sync'], repo.root, env());
  expect(first.exitCode).toBe(0);
  expect(first.stdout).toContain('prod: created\n');
  expect(writes()).toEqual(['PUT /repos/acme/mcp-stacks/environments/prod']);
  expect(gh.environment('prod')).toMatchObject({
    reviewers: [
      { type: 'User', id: 501 },
      { type: 'Team', id: 77 },
    ],
  });

  fake.requests.length = 0;
  const second = await runCli(['environments', 'sync', '.', '--repo', 'acme/mcp-stacks'], repo.root, env({ GITHUB_REPOSITORY: '' }));
  expect(second.exitCode).toBe(0);
  expect(writes()).toEqual([]);

  const check = await runCli(['environments', 'check', '-f', 'json'], repo.root, env());
  expect(check.exitCode).toBe(0);
  const report = JSON.parse(check.stdout) as EnvironmentsReport;
  expect(report).toMatchObject({ schema: 'stackgate/environments-report@1', mode: 'check', status: 'in-sync', unmanaged: ['dev'] });
  expect(check.stdout + check.stderr).not.toContain(TOKEN);
});

test('GH_TOKEN is used when GITHUB_TOKEN is not set', async () => {
  gh.seed('prod', { reviewers: ['alice', 'acme/release-managers'], branchPolicy: 'protected' });
  const r = await runCli(['environments', 'check'], repo.root, env({ GITHUB_TOKEN: '', GH_TOKEN: TOKEN }));
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toContain('1 environment in sync with stackgate.yml');
});

test('an unknown reviewer: exit 2, stackgate.yml:line on stderr, no stack trace, nothing written', async () => {
  repo.write('stackgate.yml', YML.replace('alice,', 'alcie,'));
  const r = await runCli(['environments', 'sync'], repo.root, env());
  expect(r.exitCode).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(
    'stackgate: stackgate.yml:5:19: environments.prod.protection.reviewers[0]: no GitHub user "alcie"\n  hint: a user is written as their login; a team as org/team-slug\n',
  );
  expect(writes()).toEqual([]);
});

test('a 403 on the write: exit 2, the report names the permission the token lacks', async () => {
  gh.denyWrites();
  const r = await runCli(['environments', 'sync', '--format', 'markdown'], repo.root, env());
  expect(r.exitCode).toBe(2);
  expect(r.stdout).toContain('| `prod` | FAILED |');
  expect(r.stdout).toContain('not applied: create environment "prod"');
  expect(r.stdout).toContain('the token needs the Administration repository permission (write), which the workflow GITHUB_TOKEN never has');
  expect(r.stderr).not.toContain('internal error');
});

test.each([
  [['environments'], {}, 'stackgate: environments needs sync or check\n  hint: stackgate environments check\n'],
  [['environments', 'apply'], {}, 'stackgate: environments: unknown mode "apply"\n  hint: use sync or check\n'],
  [
    ['environments', 'check'],
    { GITHUB_REPOSITORY: '' },
    'stackgate: environments check needs the GitHub repository\n  hint: --repo owner/name, or set GITHUB_REPOSITORY\n',
  ],
  [['environments', 'check', '--repo', 'acme'], {}, 'stackgate: --repo: expected owner/name, got "acme"\n'],
  [
    ['environments', 'sync'],
    { GITHUB_TOKEN: '' },
    'stackgate: environments sync needs a GitHub token: set GITHUB_TOKEN (or GH_TOKEN)\n  hint: a token with the Administration repository permission (write)\n',
  ],
])('%j: exit 2 with a usage message', async (argv, extra, stderr) => {
  const r = await runCli(argv, repo.root, env(extra));
  expect(r).toMatchObject({ exitCode: 2, stdout: '', stderr });
  expect(fake.requests).toEqual([]);
});
