/**
 * `stackgate deploy` from the command line: credentials from the environment (never flags), exit
 * codes, formats, and a run against a signed deploy hook on 127.0.0.1 without a GitHub ledger.
 */
import type { DeployReport } from '../../src/core/deploy/report';
import { runCli } from '../helpers/cli';
import { DeployHook } from '../helpers/deploy-hook';
import { gitRepo, type GitRepo } from '../helpers/git-repo';

const SECRET = 'whsec-cli-4Kp9Qz2Lm7Xv';
let hook: DeployHook;
let repo: GitRepo;
let sha: string;

beforeEach(async () => {
  hook = await new DeployHook(SECRET).start();
  repo = gitRepo();
  sha = repo.commit('stack', {
    'docker-compose.yml': 'services:\n  mcp-memory:\n    image: ghcr.io/acme/mcp-memory:1.4\n',
    'stackgate.yml': `environments:\n  dev:\n    url: https://mcp-dev.example.com\n    deploy:\n      webhook:\n        url: ${hook.url('/hook')}\n        statusUrl: ${hook.url('/status')}\n        pollInterval: 10ms\n      smoke: false\n  staging: {}\n`,
  });
});
afterEach(async () => {
  repo.cleanup();
  await hook.server.close();
});

test('deploys HEAD with the secret from STACKGATE_WEBHOOK_SECRET; JSON report; exit 0', async () => {
  const r = await runCli(['deploy', '-e', 'dev', '--format', 'json'], repo.root, { STACKGATE_WEBHOOK_SECRET: SECRET });
  expect(r.exitCode).toBe(0);
  const report = JSON.parse(r.stdout) as DeployReport;
  expect(report).toMatchObject({ status: 'success', environment: 'dev', sha, driver: 'webhook', environmentUrl: 'https://mcp-dev.example.com' });
  expect(report.deploymentId).toBeUndefined();
  expect(hook.received.filter((h) => h.path === '/hook' && h.isSigned)).toHaveLength(1);
  expect(r.stdout + r.stderr).not.toContain(SECRET);
});

test('a failed deploy without an earlier one exits 1 and says there is nothing to roll back to', async () => {
  hook.status = () => ({ status: 200, json: { status: 'failure' } });
  const r = await runCli(['deploy', '-e', 'dev'], repo.root, { STACKGATE_WEBHOOK_SECRET: SECRET });
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(/^failure: .*no earlier deployment of dev to roll back to/m);
});

test('--dry-run prints the plan, sends nothing, exit 0', async () => {
  const r = await runCli(['deploy', '-e', 'dev', '--dry-run'], repo.root, { STACKGATE_WEBHOOK_SECRET: SECRET });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/^success: dry run: webhook to /);
  expect(hook.received).toEqual([]);
});

test.each([
  [['deploy'], 'deploy needs an environment'],
  [['deploy', '-e', 'staging'], 'environment "staging" has no deploy section in stackgate.yml'],
  [['deploy', '-e', 'prod'], 'environment "prod" is not in stackgate.yml (environments: dev, staging)'],
  [['deploy', '-e', 'dev'], 'environment "dev" deploys with webhook, which needs a credential: input "webhook-secret" (CLI: STACKGATE_WEBHOOK_SECRET)'],
  [['deploy', '-e', 'dev', '--sha', 'main'], '"main" is not a full commit SHA'],
])('%j: exit 2, %s', async (argv, message) => {
  const r = await runCli(argv, repo.root, {});
  expect(r.exitCode).toBe(2);
  expect(r.stderr).toContain(message);
  expect(hook.received).toEqual([]);
});
