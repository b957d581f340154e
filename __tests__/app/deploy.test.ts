/**
 * The deploy use case with the real ledger adapter (Octokit against the fake GitHub, which checks
 * every request and answer against GitHub's OpenAPI description), real smoke runs against the MCP
 * reference server on stdio, and a scripted driver (the drivers have their own suites against fakes
 * of Portainer, the Kubernetes API and a real Docker engine).
 */
import { deploy, type DeployPorts, type DeployRequest } from '../../src/app/deploy';
import { runSmoke } from '../../src/app/run-smoke';
import { createGitHubClient } from '../../src/adapters/github/client';
import { DeploymentLedger, type LedgerPayload } from '../../src/adapters/github/deployments';
import { deploySchema } from '../../src/core/config/deploy-schema';
import { smokeSection } from '../../src/core/config/smoke-schema';
import { DeployFailure, type DeployDriver, type DriverContext, type RestorePoint } from '../../src/core/deploy/driver';
import { planSmoke } from '../../src/core/smoke/plan';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { FakeDeployments } from '../helpers/github-deployments';
import { GITHUB_ACTIONS_BOT, MALLORY } from '../helpers/github-payloads';
import { githubToken } from '../helpers/fake-secret';
import { everythingStdio } from '../helpers/mcp-fixtures';
import { RecordingLogger } from '../helpers/recording-logger';

const TOKEN = githubToken(77, 'ghs_');
const API_KEY = 'ptr_Q2x9VfL7mR4tZk8sW3nB6yH1cJ5dE0aG';
const OWNER = 'octo-org';
const REPO = 'mcp-stacks';
const SHA = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const COMPOSE = 'services:\n  mcp-memory:\n    image: ghcr.io/acme/mcp-memory:1.4\n  gateway:\n    image: ghcr.io/acme/gateway@sha256:' + 'c'.repeat(64) + '\n';

let fake: FakeGitHub;
let ledgerState: FakeDeployments;
let lines: string[];

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  ledgerState = new FakeDeployments(fake, OWNER, REPO);
  lines = [];
});
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
});

function ledger() {
  const octokit = createGitHubClient({ token: TOKEN, baseUrl: fake.url, log: new RecordingLogger(), waitUnitMs: 1, paceWrites: false, retries: 0 });
  return new DeploymentLedger(octokit, { owner: OWNER, repo: REPO }, { id: GITHUB_ACTIONS_BOT.id, login: GITHUB_ACTIONS_BOT.login });
}

/** A driver that records what it was asked and does what the test scripts. */
class ScriptedDriver implements DeployDriver {
  readonly kind = 'portainer' as const;
  readonly calls: string[] = [];
  constructor(
    private readonly script: {
      capture?: RestorePoint;
      deploy?: (ctx: DriverContext) => Promise<void>;
      restore?: (ctx: DriverContext) => Promise<void>;
    } = {},
  ) {}
  async plan() {
    this.calls.push('plan');
    return {
      driver: this.kind,
      target: 'portainer https://portainer.test endpoint 1 stack mcp-dev',
      items: [{ name: 'mcp-memory', action: 'update' as const, detail: 'image 1.3 -> 1.4' }],
      notes: [],
    };
  }
  async capture(ctx: DriverContext) {
    this.calls.push(`capture previous=${ctx.previous?.sha.slice(0, 7) ?? 'none'}`);
    return this.script.capture;
  }
  async deploy(ctx: DriverContext) {
    this.calls.push('deploy');
    await this.script.deploy?.(ctx);
    return { items: [{ name: 'mcp-memory', action: 'deployed' as const, image: 'ghcr.io/acme/mcp-memory:1.4', detail: 'running, healthy' }], notes: [] };
  }
  async restore(ctx: DriverContext, point: RestorePoint) {
    this.calls.push(`restore ${point.description}`);
    await this.script.restore?.(ctx);
    return { items: [], notes: [] };
  }
}

const CAPTURE: RestorePoint = { driver: 'portainer', description: 'stack mcp-dev as it ran before', file: 'services: {}' };

function request(overrides: Partial<DeployRequest> = {}, deployConfig: Record<string, unknown> = {}): DeployRequest {
  return {
    environment: 'dev',
    sha: SHA,
    deploy: deploySchema.parse({ portainer: { url: 'https://portainer.test', endpoint: 1, stack: 'mcp-dev' }, timeout: '20s', ...deployConfig }),
    environmentUrl: 'https://mcp-dev.example.com',
    production: false,
    source: {
      environment: 'dev',
      sha: SHA,
      root: '/repo',
      variables: {},
      composeFile: { text: COMPOSE, files: ['docker-compose.yml'], stack: 'mcp', projectDirectory: '.' },
    },
    secrets: { portainerApiKey: API_KEY },
    dryRun: false,
    force: false,
    toolVersion: '0.1.0',
    run: { id: 9001, url: `https://github.com/${OWNER}/${REPO}/actions/runs/9001` },
    ...overrides,
  };
}

function ports(driver: DeployDriver, extra: Partial<DeployPorts> = {}): DeployPorts {
  return { driver, ledger: ledger(), log: (l) => lines.push(l), ...extra };
}

/** Smoke of the MCP reference server on stdio: passes, or fails when `broken` (a command that is no MCP server). */
function smoke(broken = false): DeployPorts['smoke'] {
  const server = everythingStdio();
  const section = smokeSection.parse({
    waitTimeout: '5s',
    environments: {
      dev: { everything: broken ? { command: [process.execPath, '-e', 'process.exit(3)'] } : { command: [server.command, ...server.args], tools: ['echo'] } },
    },
  });
  return async () => runSmoke(planSmoke(section, 'dev', { env: {} }), { toolVersion: '0.1.0' });
}

function ourPayload(sha: string, extra: Partial<LedgerPayload> = {}): LedgerPayload {
  return {
    stackgate: { version: '0.1.0' },
    driver: 'portainer',
    environment: 'dev',
    sha,
    images: [],
    startedAt: '2026-12-01T09:00:00.000Z',
    timeoutMs: 300_000,
    ...extra,
  };
}

describe('deploy', () => {
  test('success: a deployment of the commit, in_progress then success with the environment and log URLs; smoke on the real server', async () => {
    const driver = new ScriptedDriver({ capture: CAPTURE });
    const report = await deploy(request(), ports(driver, { smoke: smoke() }));
    expect(report).toMatchObject({ status: 'success', rolledBack: false, environmentUrl: 'https://mcp-dev.example.com', smoke: { passed: true, targets: 1 } });
    expect(report.message).toBe(`deployed ${SHA.slice(0, 7)} to dev with portainer; 1 of 1 smoke targets passed`);
    const [created] = fake.requestsFor('repos/create-deployment');
    expect(created.body).toMatchObject({
      ref: SHA,
      environment: 'dev',
      auto_merge: false,
      required_contexts: [],
      task: 'deploy',
      production_environment: false,
    });
    expect((created.body as { payload: LedgerPayload }).payload).toMatchObject({
      stackgate: { version: '0.1.0' },
      driver: 'portainer',
      sha: SHA,
      images: [
        { service: 'mcp-memory', image: 'ghcr.io/acme/mcp-memory:1.4' },
        { service: 'gateway', image: `ghcr.io/acme/gateway@sha256:${'c'.repeat(64)}`, digest: `sha256:${'c'.repeat(64)}` },
      ],
      run: { id: 9001 },
    });
    expect(ledgerState.states(report.deploymentId!)).toEqual(['in_progress', 'success']);
    const statuses = fake.requestsFor('repos/create-deployment-status').map((r) => r.body);
    expect(statuses.at(-1)).toMatchObject({
      state: 'success',
      environment_url: 'https://mcp-dev.example.com',
      log_url: `https://github.com/${OWNER}/${REPO}/actions/runs/9001`,
    });
    expect(driver.calls).toEqual(['capture previous=none', 'deploy']);
  });

  test('verification fails: failure recorded, the capture restored, the last good deployment marked success as a rollback', async () => {
    const good = ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['in_progress', 'success'] });
    const driver = new ScriptedDriver({
      capture: CAPTURE,
      deploy: async () => {
        throw new DeployFailure('service mcp-memory exited with code 1 (image ghcr.io/acme/mcp-memory:1.4)', 'verify');
      },
    });
    const report = await deploy(request(), ports(driver));
    expect(report.status).toBe('rolled-back');
    expect(report.rolledBack).toBe(true);
    expect(report.message).toBe(
      `verification failed: service mcp-memory exited with code 1 (image ghcr.io/acme/mcp-memory:1.4); rolled back to ${OLD.slice(0, 7)} (deployment ${good.id})`,
    );
    expect(driver.calls).toEqual([`capture previous=${OLD.slice(0, 7)}`, 'deploy', 'restore stack mcp-dev as it ran before']);
    expect(ledgerState.states(report.deploymentId!)).toEqual(['in_progress', 'failure']);
    expect(ledgerState.states(good.id)).toEqual(['in_progress', 'success', 'success']);
    expect(ledgerState.deployments.find((d) => d.id === good.id)!.statuses.at(-1)!.description).toBe(`rollback: restored after ${SHA.slice(0, 7)} failed`);
  });

  test('smoke fails (a real smoke run against a command that is no MCP server): rolled back', async () => {
    ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['success'] });
    const driver = new ScriptedDriver({ capture: CAPTURE });
    const report = await deploy(request(), ports(driver, { smoke: smoke(true) }));
    expect(report.status).toBe('rolled-back');
    expect(report.smoke).toMatchObject({ passed: false, failedTargets: 1 });
    expect(report.message).toMatch(/^smoke failed: 0 of 1 smoke targets passed.*\(everything\); rolled back to bbbbbbb/);
  });

  test('no earlier deployment: the failure says so and nothing else is touched', async () => {
    const driver = new ScriptedDriver({
      deploy: async () => {
        throw new DeployFailure('stack mcp-dev: container mcp-memory never became healthy', 'verify');
      },
    });
    const report = await deploy(request(), ports(driver));
    expect(report).toMatchObject({ status: 'failure', rolledBack: false, rollback: { status: 'not-possible' } });
    expect(report.message).toMatch(/; no earlier deployment of dev to roll back to$/);
    expect(driver.calls).not.toContain(expect.stringMatching(/^restore/));
  });

  test('a deploy refused before it changed anything is not rolled back', async () => {
    ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['success'] });
    const driver = new ScriptedDriver({
      capture: CAPTURE,
      deploy: async () => {
        throw new DeployFailure('Portainer answered 404: stack mcp-dev not found on endpoint 1', 'deploy', [], false);
      },
    });
    const report = await deploy(request(), ports(driver));
    expect(report).toMatchObject({ status: 'failure', rollback: { status: 'not-possible' } });
    expect(driver.calls.filter((c) => c.startsWith('restore'))).toEqual([]);
  });

  test('rollback off: the failure stands', async () => {
    ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['success'] });
    const driver = new ScriptedDriver({ capture: CAPTURE, deploy: async () => Promise.reject(new DeployFailure('unhealthy', 'verify')) });
    const report = await deploy(request({}, { rollback: false }), ports(driver));
    expect(report.status).toBe('failure');
    expect(report.message).toBe('verification failed: unhealthy; rollback is off for dev');
  });

  test('the rollback fails too: both are reported', async () => {
    ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['success'] });
    const driver = new ScriptedDriver({
      capture: CAPTURE,
      deploy: async () => Promise.reject(new DeployFailure('unhealthy', 'verify')),
      restore: async () => Promise.reject(new DeployFailure('Portainer answered 500 (compose up failed)', 'deploy')),
    });
    const report = await deploy(request(), ports(driver));
    expect(report).toMatchObject({ status: 'failure', rolledBack: false, rollback: { status: 'failed' } });
    expect(report.message).toBe('verification failed: unhealthy; the rollback failed too: Portainer answered 500 (compose up failed)');
  });

  test('a deploy that outlives its timeout is cut off and rolled back within a budget of its own', async () => {
    ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['success'] });
    const driver = new ScriptedDriver({
      capture: CAPTURE,
      deploy: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    });
    const report = await deploy(request({ timeoutMs: 300 }), ports(driver));
    expect(report.status).toBe('rolled-back');
    expect(report.message).toMatch(/^timed out: the deploy timeout of 300 ms ran out; rolled back/);
  });

  test('the last good commit is checked out only when a driver reads it, and once', async () => {
    ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['success'] });
    const asked: string[] = [];
    const sourceAt = (sha: string) => {
      asked.push(sha);
      return { ...request().source, sha };
    };
    await deploy(request(), ports(new ScriptedDriver({ capture: CAPTURE }), { sourceAt }));
    expect(asked).toEqual([]);
    const reading = new ScriptedDriver({
      capture: CAPTURE,
      deploy: async (ctx) => {
        // The first run above is now the last good deployment.
        if (ctx.previous?.source?.sha !== SHA || ctx.previous.source.sha !== SHA) throw new Error('not the last good commit');
      },
    });
    expect((await deploy(request({ force: true }), ports(reading, { sourceAt }))).status).toBe('success');
    expect(asked).toEqual([SHA]);
  });

  test('smoke that outlives the deploy timeout is cut off with it, and rolled back', async () => {
    ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['success'] });
    const neverEnds = () => new Promise<never>(() => undefined);
    const report = await deploy(request({ timeoutMs: 300 }), ports(new ScriptedDriver({ capture: CAPTURE }), { smoke: neverEnds }));
    expect(report.status).toBe('rolled-back');
    expect(report.message).toMatch(/^timed out: /);
  });

  test('another stackgate deployment in progress: refused, nothing created; force starts anyway', async () => {
    ledgerState.seed({
      sha: OLD,
      environment: 'dev',
      payload: ourPayload(OLD, { run: { id: 4242, url: 'https://github.com/o/r/actions/runs/4242' } }),
      states: ['in_progress'],
    });
    ledgerState.setRun(4242, 'in_progress');
    const refused = await deploy(request(), ports(new ScriptedDriver()));
    expect(refused.status).toBe('error');
    expect(refused.message).toMatch(
      /^deployment \d+ of bbbbbbb to dev is still in progress \(https:\/\/github.com\/o\/r\/actions\/runs\/4242\); wait for it, or force/,
    );
    expect(fake.requestsFor('repos/create-deployment')).toEqual([]);
    const forced = await deploy(request({ force: true }), ports(new ScriptedDriver()));
    expect(forced.status).toBe('success');
  });

  test('a deployment left in progress by a run that ended is marked error, then the deploy goes on', async () => {
    const left = ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD, { run: { id: 4243, url: 'u' } }), states: ['in_progress'] });
    ledgerState.setRun(4243, 'completed');
    const report = await deploy(request(), ports(new ScriptedDriver()));
    expect(report.status).toBe('success');
    expect(report.abandoned).toEqual([left.id]);
    expect(ledgerState.states(left.id)).toEqual(['in_progress', 'error']);
  });

  test("someone else's deployment that looks like ours is neither a record nor touched", async () => {
    const forged = ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['in_progress'], user: MALLORY });
    const driver = new ScriptedDriver({ capture: CAPTURE, deploy: async () => Promise.reject(new DeployFailure('unhealthy', 'verify')) });
    const report = await deploy(request(), ports(driver));
    // Not refused by its in_progress, not restored as the last good one, never given a status.
    expect(driver.calls[0]).toBe('capture previous=none');
    expect(report.status).toBe('rolled-back');
    expect(report.rollback).toMatchObject({ status: 'restored', deploymentId: undefined });
    expect(ledgerState.states(forged.id)).toEqual(['in_progress']);
  });

  test('dry run: the plan, and nothing written anywhere', async () => {
    const driver = new ScriptedDriver();
    const report = await deploy(request({ dryRun: true }), ports(driver));
    expect(report).toMatchObject({ status: 'success', dryRun: true, plan: { items: [{ name: 'mcp-memory', action: 'update' }] } });
    expect(report.message).toBe('dry run: portainer to portainer https://portainer.test endpoint 1 stack mcp-dev: 1 update; nothing was changed');
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(driver.calls).toEqual(['plan']);
  });

  test('credentials never reach the ledger, the report or the log, whatever a driver says', async () => {
    ledgerState.seed({ sha: OLD, environment: 'dev', payload: ourPayload(OLD), states: ['success'] });
    const driver = new ScriptedDriver({
      capture: CAPTURE,
      deploy: async (ctx) => {
        ctx.log(`calling Portainer with ${API_KEY}`);
        throw new DeployFailure(`Portainer rejected X-API-Key ${API_KEY}`, 'deploy');
      },
    });
    const report = await deploy(request(), ports(driver));
    const everything = JSON.stringify([report, lines, fake.requests.map((r) => r.body)]);
    expect(everything).not.toContain(API_KEY);
    expect(everything).not.toContain(API_KEY.slice(4, 20));
    expect(report.message).toMatch(/Portainer rejected X-API-Key ptr_…/);
  });
});
