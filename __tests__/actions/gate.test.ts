/**
 * actions/gate as the runner runs it (INPUT_*, GITHUB_OUTPUT, the job summary), end to end: dev is
 * deployed by actions/deploy (the webhook driver against a signed hook on 127.0.0.1, smoke against
 * the MCP reference server on stdio), which writes the ledger in the fake GitHub (every request
 * checked against GitHub's OpenAPI description); then the staging job's gate reads that ledger,
 * the environment's protection and the run's approvals.
 */
import { run as runDeployAction } from '../../src/actions/deploy';
import { run as runGateAction } from '../../src/actions/gate';
import type { GateAudit } from '../../src/core/gate/audit';
import { DeployHook } from '../helpers/deploy-hook';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { githubToken } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { FakeDeployments } from '../helpers/github-deployments';
import { FakeEnvironments } from '../helpers/github-environments';
import { OCTOCAT, type FakeUser } from '../helpers/github-payloads';
import { FakeRuns } from '../helpers/github-runs';
import { everythingStdio } from '../helpers/mcp-fixtures';
import { runActionInProcess } from '../helpers/run-action';
import { runnerEnv } from '../helpers/runner';

const TOKEN = githubToken(89, 'ghs_');
const HOOK_SECRET = 'whsec-Qm7Tz2Lw9Pc4Xv8Rb1Nd';
const OWNER = 'octo-org';
const REPO = 'mcp-stacks';
const DEPLOY_RUN = 6100;
const PROMOTE_RUN = 6200;
const ALICE: FakeUser = { login: 'alice', id: 5_550_001, type: 'User' };

let fake: FakeGitHub;
let ledger: FakeDeployments;
let environments: FakeEnvironments;
let runs: FakeRuns;
let hook: DeployHook;
let repo: GitRepo;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  fake.state.seedRepository({ owner: OWNER, repo: REPO });
  ledger = new FakeDeployments(fake, OWNER, REPO);
  environments = new FakeEnvironments(fake, OWNER, REPO);
  runs = new FakeRuns(fake, OWNER, REPO);
  environments.addUser(ALICE.login, ALICE.id);
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

function commitStack(gate: string): string {
  const server = everythingStdio();
  return repo.commit('stack', {
    'docker-compose.yml': 'services:\n  mcp-everything:\n    image: ghcr.io/acme/mcp-everything:1.4\n',
    'stackgate.yml': [
      'environments:',
      '  dev:',
      '    deploy:',
      '      webhook:',
      `        url: ${hook.url('/hook')}`,
      '      timeout: 30s',
      '  staging:',
      '    gate:',
      ...gate.split('\n').map((l) => `      ${l}`),
      'smoke:',
      '  waitTimeout: 5s',
      '  environments:',
      '    dev:',
      '      everything:',
      `        command: ${JSON.stringify([server.command, ...server.args])}`,
      '        tools: [echo]',
      '',
    ].join('\n'),
  });
}

const runner = (inputs: Record<string, string>, runId: number, sha: string) => {
  const r = runnerEnv(repo.root, inputs, {
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: String(runId),
  });
  cleanups.push(() => r.cleanup());
  return r;
};

async function deployDev(sha: string): Promise<string> {
  const r = runner({ environment: 'dev', 'github-token': TOKEN, 'webhook-secret': HOOK_SECRET, 'dry-run': 'false', force: 'false' }, DEPLOY_RUN, sha);
  await runActionInProcess(runDeployAction, r.env);
  const outputs = r.outputs();
  expect(outputs.status).toBe('success');
  return outputs['deployment-id'];
}

async function runGate(sha: string, inputs: Record<string, string> = {}) {
  const r = runner({ environment: 'staging', 'github-token': TOKEN, 'dry-run': 'false', ...inputs }, PROMOTE_RUN, sha);
  const result = await runActionInProcess(runGateAction, r.env);
  const outputs = r.outputs();
  return { ...result, outputs, summary: r.summary(), audit: outputs['audit-json'] ? (JSON.parse(outputs['audit-json']) as GateAudit) : undefined };
}

/** staging requires one reviewer; the promote run was approved by alice. */
function protectStaging(): void {
  const env = environments.seed('staging', { reviewers: ['alice'], preventSelfReview: true, branchPolicy: { branches: ['main'] } });
  runs.seedRun(PROMOTE_RUN, OCTOCAT, [{ user: ALICE, state: 'approved', environments: [{ id: env.id, name: 'staging' }], comment: 'LGTM' }]);
}

describe('actions/gate', () => {
  test('after actions/deploy verified the commit in dev, the approved staging job may promote it: outputs, audit, summary', async () => {
    const sha = commitStack('requires: dev\nminScore: 0\nprotection: { requiredReviewers: 1, preventSelfReview: true, branches: [main] }');
    const deploymentId = await deployDev(sha);
    protectStaging();
    const { outputs, audit, summary, exitCode, stdout } = await runGate(sha);
    expect(exitCode).toBeUndefined();
    expect(outputs.allowed).toBe('true');
    expect(JSON.parse(outputs.reasons)).toEqual([]);
    expect(audit).toMatchObject({
      allowed: true,
      sha,
      environment: 'staging',
      previous: { environment: 'dev', deploymentId: Number(deploymentId), state: 'success' },
      approvals: [{ user: 'alice', state: 'approved', comment: 'LGTM' }],
      run: { id: PROMOTE_RUN, url: `https://github.com/${OWNER}/${REPO}/actions/runs/${PROMOTE_RUN}`, triggeredBy: 'octocat' },
    });
    expect(Number(deploymentId)).toBe(ledger.deployments[0].id);
    expect(audit?.rules.find((r) => r.rule === 'smoke')?.verdict).toBe('pass');
    expect(summary).toContain('stackgate gate for `staging`: allowed');
    expect(summary).toContain('| alice | approved | LGTM |');
    expect(stdout).toContain(`::add-mask::${TOKEN}`);
    // The gate wrote nothing: the only writes are the deploy's.
    const writes = fake.requests.filter((r) => r.method !== 'GET' && r.operationId !== 'graphql').map((r) => r.operationId);
    expect(new Set(writes)).toEqual(new Set(['repos/create-deployment', 'repos/create-deployment-status']));
  });

  test('a commit dev never saw is not promoted: the step fails with the reasons', async () => {
    const deployed = commitStack('requires: dev');
    await deployDev(deployed);
    const next = repo.commit('bump', { 'docker-compose.yml': 'services:\n  mcp-everything:\n    image: ghcr.io/acme/mcp-everything:1.5\n' });
    protectStaging();
    const { outputs, exitCode, stdout, summary } = await runGate(next);
    expect(exitCode).toBe(1);
    expect(outputs.allowed).toBe('false');
    const reasons = JSON.parse(outputs.reasons) as string[];
    expect(reasons[0]).toMatch(new RegExp(`^previous-deployment: ${next.slice(0, 7)} has no stackgate deployment in dev`));
    expect(stdout).toMatch(new RegExp(`::error::promotion of ${next.slice(0, 7)} to staging is not allowed: previous-deployment: `));
    expect(summary).toContain('stackgate gate for `staging`: not allowed');
  });

  test('dry-run reports the verdict without failing the step', async () => {
    const sha = commitStack('requires: dev\nfreeze:\n  - { from: 2000-01-01T00:00:00Z, to: 2999-01-01T00:00:00Z, reason: forever }');
    await deployDev(sha);
    protectStaging();
    const { outputs, exitCode, stdout } = await runGate(sha, { 'dry-run': 'true' });
    expect(exitCode).toBeUndefined();
    expect(outputs.allowed).toBe('false');
    expect(JSON.parse(outputs.reasons)).toEqual([expect.stringMatching(/^freeze: inside a freeze window until 2999-01-01T00:00:00.000Z: forever/)]);
    expect(stdout).toMatch(/::warning::dry run: promotion of .* is not allowed/);
  });

  test('a bad sha input is a clear error, not a stack trace', async () => {
    const sha = commitStack('requires: dev');
    const { outputs, exitCode, stdout } = await runGate(sha, { sha: 'main' });
    expect(exitCode).toBe(1);
    expect(outputs.allowed).toBe('false');
    expect(stdout).toContain('::error::input "sha": expected a full commit SHA (40 hex digits), got "main"');
    expect(stdout).not.toMatch(/\n\s+at /);
  });
});
