/**
 * actions/deploy as the runner runs it (INPUT_*, GITHUB_OUTPUT, the job summary, masks), end to end
 * with real parts: the webhook driver against a signed deploy hook on 127.0.0.1, the ledger against
 * the fake GitHub (every request checked against GitHub's OpenAPI description), and smoke against
 * the MCP reference server on stdio, in a real git repository.
 */
import { run } from '../../src/actions/deploy';
import type { DeployReport } from '../../src/core/deploy/report';
import { DeployHook } from '../helpers/deploy-hook';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { FakeDeployments } from '../helpers/github-deployments';
import { githubToken } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { everythingStdio } from '../helpers/mcp-fixtures';
import { runActionInProcess } from '../helpers/run-action';
import { runnerEnv, type RunnerFiles } from '../helpers/runner';

const TOKEN = githubToken(88, 'ghs_');
const HOOK_SECRET = 'whsec-Zp4Lq8Vt2Nx6Rb0Km3';
const OWNER = 'octo-org';
const REPO = 'mcp-stacks';

let fake: FakeGitHub;
let ledger: FakeDeployments;
let hook: DeployHook;
let repo: GitRepo;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  ledger = new FakeDeployments(fake, OWNER, REPO);
  hook = await new DeployHook(HOOK_SECRET).start();
  repo = gitRepo();
  cleanups.push(() => repo.cleanup());
});
afterEach(async () => {
  cleanups.splice(0).forEach((c) => c());
  await hook.server.close();
  await fake.close();
  expect(fake.violations).toEqual([]);
});

function commitStack(smokeBroken = false): string {
  const server = everythingStdio();
  const command = smokeBroken ? [process.execPath, '-e', 'process.exit(3)'] : [server.command, ...server.args];
  return repo.commit('stack', {
    'docker-compose.yml': 'services:\n  mcp-everything:\n    image: ghcr.io/acme/mcp-everything:1.4\n',
    'stackgate.yml': [
      'environments:',
      '  dev:',
      '    url: https://mcp-dev.example.com',
      '    deploy:',
      '      webhook:',
      `        url: ${hook.url('/hook')}`,
      `        statusUrl: ${hook.url('/status')}`,
      '        pollInterval: 10ms',
      '      timeout: 30s',
      'smoke:',
      '  waitTimeout: 5s',
      '  environments:',
      '    dev:',
      '      everything:',
      `        command: ${JSON.stringify(command)}`,
      '        tools: [echo]',
      '',
    ].join('\n'),
  });
}

async function runDeploy(sha: string, inputs: Record<string, string> = {}) {
  const r: RunnerFiles = runnerEnv(
    repo.root,
    { environment: 'dev', 'github-token': TOKEN, 'webhook-secret': HOOK_SECRET, 'dry-run': 'false', force: 'false', ...inputs },
    { GITHUB_SHA: sha, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '5150' },
  );
  cleanups.push(() => r.cleanup());
  const result = await runActionInProcess(run, r.env);
  const outputs = r.outputs();
  return { ...result, outputs, summary: r.summary(), report: outputs['report-json'] ? (JSON.parse(outputs['report-json']) as DeployReport) : undefined };
}

describe('actions/deploy', () => {
  test('deploys, records, verifies and smoke-tests: outputs, summary, masks', async () => {
    const sha = commitStack();
    const { outputs, report, summary, stdout, exitCode } = await runDeploy(sha);
    expect(exitCode).toBeUndefined();
    expect(outputs).toMatchObject({ status: 'success', 'environment-url': 'https://mcp-dev.example.com', 'rolled-back': 'false' });
    expect(Number(outputs['deployment-id'])).toBe(ledger.deployments[0].id);
    expect(report).toMatchObject({ status: 'success', sha, smoke: { passed: true } });
    // The commit's readiness score is recorded where the promotion gates read it.
    expect(ledger.deployments[0].payload).toMatchObject({
      sha,
      driver: 'webhook',
      readiness: { score: expect.any(Number), grade: expect.stringMatching(/^[A-F]$/) },
    });
    expect(ledger.states(ledger.deployments[0].id)).toEqual(['in_progress', 'success']);
    expect(ledger.deployments[0].statuses.at(-1)).toMatchObject({
      log_url: `https://github.com/${OWNER}/${REPO}/actions/runs/5150`,
      environment_url: 'https://mcp-dev.example.com',
    });
    // The hook got one signed deploy of this commit.
    const posts = hook.received.filter((h) => h.path === '/hook');
    expect(posts).toHaveLength(1);
    expect(posts[0].isSigned).toBe(true);
    expect(JSON.parse(posts[0].body)).toMatchObject({ action: 'deploy', environment: 'dev', sha, repository: `${OWNER}/${REPO}` });
    expect(summary).toContain('stackgate deploy to `dev`: success');
    // Credentials are masked before anything is printed, and never printed otherwise.
    expect(stdout).toContain(`::add-mask::${HOOK_SECRET}`);
    expect(stdout).toContain(`::add-mask::${TOKEN}`);
    expect(
      stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(HOOK_SECRET);
    expect(summary + JSON.stringify(outputs)).not.toContain(HOOK_SECRET);
  });

  test('the deploy system reports failure: the last good commit is redeployed, the job fails', async () => {
    const good = commitStack();
    expect((await runDeploy(good)).outputs.status).toBe('success');
    const bad = repo.commit('bump', { 'docker-compose.yml': 'services:\n  mcp-everything:\n    image: ghcr.io/acme/mcp-everything:1.5\n' });
    hook.status = () => ({ status: 200, json: { status: 'failure', message: 'container mcp-everything exited with code 1' } });
    const second = await runDeploy(bad);
    // The rollback's own status poll also says failure: the hook is scripted to fail everything now.
    expect(second.outputs.status).toBe('failure');
    expect(second.exitCode).toBe(1);
    let polls = 0;
    hook.status = () => (++polls === 1 ? { status: 200, json: { status: 'failure' } } : { status: 200, json: { status: 'success' } });
    const third = await runDeploy(bad, { force: 'true' });
    expect(third.outputs).toMatchObject({ status: 'rolled-back', 'rolled-back': 'true' });
    expect(third.exitCode).toBe(1);
    const rollback = hook.received
      .filter((h) => h.path === '/hook')
      .map((h) => JSON.parse(h.body) as { action: string; sha: string })
      .at(-1);
    expect(rollback).toMatchObject({ action: 'rollback', sha: good });
    const [first] = ledger.deployments;
    expect(ledger.deployments.find((d) => d.id === first.id)!.statuses.at(-1)).toMatchObject({
      state: 'success',
      description: `rollback: restored after ${bad.slice(0, 7)} failed`,
    });
  });

  test('smoke fails: rolled back', async () => {
    const good = commitStack();
    await runDeploy(good);
    const bad = commitStack(true);
    const { outputs, report } = await runDeploy(bad);
    expect(outputs.status).toBe('rolled-back');
    expect(report!.message).toMatch(/^smoke failed: 0 of 1 smoke targets passed/);
  });

  test('dry run: the plan, no deployment, no request to the hook', async () => {
    const sha = commitStack();
    const { outputs, report } = await runDeploy(sha, { 'dry-run': 'true' });
    expect(outputs.status).toBe('success');
    expect(report).toMatchObject({ dryRun: true, plan: { driver: 'webhook' } });
    expect(ledger.deployments).toEqual([]);
    expect(hook.received).toEqual([]);
  });

  test('a missing credential is a clear error before anything is contacted', async () => {
    const sha = commitStack();
    const { outputs, stdout, exitCode } = await runDeploy(sha, { 'webhook-secret': '' });
    expect(exitCode).toBe(1);
    expect(outputs.status).toBe('error');
    expect(stdout).toContain('environment "dev" deploys with webhook, which needs a credential: input "webhook-secret" (CLI: STACKGATE_WEBHOOK_SECRET)');
    expect(fake.requests).toEqual([]);
    expect(hook.received).toEqual([]);
  });

  test('an environment without a deploy section names stackgate.yml and what to add', async () => {
    const sha = commitStack();
    const { stdout } = await runDeploy(sha, { environment: 'staging' });
    expect(stdout).toContain('environment "staging" is not in stackgate.yml (environments: dev)');
  });
});
