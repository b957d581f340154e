/**
 * `stackgate gate` from the command line, against the fake GitHub: exit codes (0 allowed or
 * --dry-run, 1 not allowed, 2 usage), the text and JSON formats, the token and repository from the
 * environment, approvals judged with --run-id only, and usage errors as one line.
 */
import type { GateAudit } from '../../src/core/gate/audit';
import { runCli } from '../helpers/cli';
import { githubToken } from '../helpers/fake-secret';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { FakeDeployments } from '../helpers/github-deployments';
import { FakeEnvironments } from '../helpers/github-environments';
import { GITHUB_ACTIONS_BOT, OCTOCAT } from '../helpers/github-payloads';
import { FakeRuns } from '../helpers/github-runs';

const TOKEN = githubToken(64, 'github_pat_');
const YML = 'environments:\n  dev: {}\n  staging:\n    gate:\n      requires: dev\n      minScore: 80\n';
let fake: FakeGitHub;
let deployments: FakeDeployments;
let environments: FakeEnvironments;
let runs: FakeRuns;
let repo: GitRepo;
let sha: string;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN, user: OCTOCAT });
  fake.state.seedRepository({ owner: 'acme', repo: 'mcp-stacks' });
  deployments = new FakeDeployments(fake, 'acme', 'mcp-stacks', GITHUB_ACTIONS_BOT);
  environments = new FakeEnvironments(fake, 'acme', 'mcp-stacks');
  runs = new FakeRuns(fake, 'acme', 'mcp-stacks');
  repo = gitRepo();
  sha = repo.commit('stack', { 'stackgate.yml': YML });
});
afterEach(async () => {
  repo.cleanup();
  await fake.close();
  expect(fake.violations).toEqual([]);
});

const env = (extra: Record<string, string> = {}) => ({ GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'acme/mcp-stacks', GITHUB_API_URL: fake.url, ...extra });

/** dev verified the commit (deployed by the workflows' GITHUB_TOKEN, read here with a personal token), with a score of `score`. */
function seedDev(score: number): void {
  deployments.seed({
    sha,
    environment: 'dev',
    states: ['in_progress', 'success'],
    payload: {
      stackgate: { version: '0.1.0' },
      driver: 'webhook',
      environment: 'dev',
      sha,
      images: [],
      readiness: { score, grade: score >= 80 ? 'B' : 'D' },
      startedAt: '2026-12-01T10:00:00Z',
      timeoutMs: 300_000,
      smoke: 'on',
    },
  });
  environments.seed('staging', { reviewers: ['alice'] });
}

test('allowed: exit 0, one line per rule; deployments by github-actions[bot] count for a personal token', async () => {
  seedDev(91);
  const r = await runCli(['gate', '-e', 'staging'], repo.root, env());
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  expect(r.stdout.split('\n')[0]).toBe(`${sha.slice(0, 7)} to staging: allowed`);
  expect(r.stdout).toContain('  pass previous-deployment: deployment ');
  expect(r.stdout).toContain('  pass score: readiness score 91 (B) clears the bar of 80');
  expect(r.stdout).toContain("  skip approval: not inside a workflow run: whether staging's reviewers approved is checked by the run itself");
});

test('not allowed: exit 1; --dry-run exits 0 with the same verdict; json is the audit record', async () => {
  seedDev(62);
  const r = await runCli(['gate', '-e', 'staging', '--sha', sha], repo.root, env());
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toContain('  fail score: readiness score 62 (D) is below the bar of 80');
  const dry = await runCli(['gate', '-e', 'staging', '--dry-run', '-f', 'json'], repo.root, env());
  expect(dry.exitCode).toBe(0);
  const audit = JSON.parse(dry.stdout) as GateAudit;
  expect(audit).toMatchObject({
    schema: 'stackgate/gate-audit@1',
    allowed: false,
    dryRun: true,
    reasons: ['score: readiness score 62 (D) is below the bar of 80'],
  });
});

test('--run-id judges the approvals of that run', async () => {
  seedDev(91);
  runs.seedRun(4242, OCTOCAT, []);
  const r = await runCli(['gate', '-e', 'staging', '--run-id', '4242', '--repo', 'acme/mcp-stacks'], repo.root, env({ GITHUB_REPOSITORY: '' }));
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toContain('  fail approval: staging lists required reviewers but nobody approved this run: the protection is not enforced');
});

test('without a token it fails closed and says why on stderr', async () => {
  seedDev(91);
  const r = await runCli(['gate', '-e', 'staging'], repo.root, { GITHUB_REPOSITORY: 'acme/mcp-stacks', GITHUB_TOKEN: '', GH_TOKEN: '' });
  expect(r.exitCode).toBe(1);
  expect(r.stderr).toContain('no GITHUB_TOKEN (or GH_TOKEN) and repository: every rule that reads GitHub fails closed');
  expect(r.stdout).toContain('  fail previous-deployment: no GitHub token');
});

test.each([
  [['gate'], 'stackgate: gate needs an environment'],
  [['gate', '-e', 'staging', '--sha', 'main'], 'stackgate: gate needs the commit to promote: "main" is not a full commit SHA'],
  [['gate', '-e', 'staging', '--run-id', 'x'], 'stackgate: --run-id: expected a workflow run id (a positive integer), got "x"'],
  [['gate', '-e', 'staging', '--repo', 'acme'], 'stackgate: --repo: expected owner/name, got "acme"'],
  [['gate', '-e', 'qa'], 'stackgate: stackgate.yml: environment "qa" is not in stackgate.yml (environments: dev, staging)'],
])('usage errors exit 2 with one line: %j', async (argv, message) => {
  const r = await runCli(argv, repo.root, env());
  expect(r.exitCode).toBe(2);
  expect(r.stderr.split('\n')[0]).toContain(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});
