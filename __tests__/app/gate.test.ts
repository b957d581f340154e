/**
 * The promotion gate against the fake GitHub (every request and answer checked against GitHub's
 * OpenAPI description), seeded with deployments, statuses, environments, protection rules and
 * approvals for each verdict; Prometheus is the real one from Debian, scraping a metrics endpoint
 * whose error rate and latency the test sets. The clock is injected.
 */
import type { LedgerPayload } from '../../src/adapters/github/deployments';
import { evaluateGate } from '../../src/app/gate';
import { prepareGate } from '../../src/app/prepare-gate';
import type { GateAudit, GateRuleId } from '../../src/core/gate/audit';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { githubToken } from '../helpers/fake-secret';
import { FakeDeployments, type StoredDeployment } from '../helpers/github-deployments';
import { FakeEnvironments } from '../helpers/github-environments';
import { GITHUB_ACTIONS_BOT, MALLORY, OCTOCAT, type FakeUser } from '../helpers/github-payloads';
import { FakeRuns } from '../helpers/github-runs';
import {
  describeWithPrometheus,
  startMetricsEndpoint,
  startPrometheus,
  waitForValue,
  type MetricsEndpoint,
  type PrometheusServer,
} from '../helpers/prometheus-server';
import { RecordingLogger } from '../helpers/recording-logger';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const TOKEN = githubToken(71, 'ghs_');
const OWNER = 'octo-org';
const REPO = 'mcp-stacks';
const SHA = '3f1c2a9b8e7d6c5b4a3928171605f4e3d2c1b0a9';
const OTHER_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';
const RUN_ID = 7_123_456_789;
/** Wednesday 2026-12-09 10:00Z: no freeze window open. */
const VERIFIED_AT = '2026-12-09T10:00:00Z';
const ONE_HOUR_LATER = '2026-12-09T11:00:00Z';
const ALICE: FakeUser = { login: 'alice', id: 5_550_001, type: 'User' };

const GATE = `
environments:
  dev: {}
  staging:
    gate:
      requires: dev
      minScore: 80
      soak: 30m
      freeze:
        - { cron: "0 16 * * 5", duration: 64h, timezone: Europe/Berlin, reason: weekend }
        - { from: 2026-12-20T00:00:00Z, to: 2027-01-04T00:00:00Z, reason: holidays }
      protection: { requiredReviewers: 1, preventSelfReview: true, branches: [main] }
`;

let fake: FakeGitHub;
let deployments: FakeDeployments;
let environments: FakeEnvironments;
let runs: FakeRuns;
let repo: TempRepo;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  fake.state.seedRepository({ owner: OWNER, repo: REPO });
  deployments = new FakeDeployments(fake, OWNER, REPO);
  environments = new FakeEnvironments(fake, OWNER, REPO);
  runs = new FakeRuns(fake, OWNER, REPO);
  environments.addUser(ALICE.login, ALICE.id);
  repo = tempRepo({ 'stackgate.yml': GATE });
});
afterEach(async () => {
  repo.cleanup();
  await fake.close();
  expect(fake.violations).toEqual([]);
});

function payload(over: Partial<LedgerPayload> = {}, sha = SHA): LedgerPayload {
  return {
    stackgate: { version: '0.1.0' },
    driver: 'webhook',
    environment: 'dev',
    sha,
    images: [{ service: 'mcp-everything', image: 'ghcr.io/acme/mcp-everything:1.4' }],
    readiness: { score: 91, grade: 'A' },
    run: { id: 7_000_000_001, url: `https://github.com/${OWNER}/${REPO}/actions/runs/7000000001` },
    startedAt: '2026-12-09T09:59:00Z',
    timeoutMs: 300_000,
    smoke: 'on',
    ...over,
  };
}

/** A dev deployment as actions/deploy leaves it: in_progress, then the final state at VERIFIED_AT. */
function seedDev(options: { states?: string[]; payload?: Partial<LedgerPayload>; sha?: string; user?: FakeUser; at?: string } = {}): StoredDeployment {
  const states = options.states ?? ['success'];
  // The deployment is created states.length seconds before its last status, which lands at `at`.
  deployments.setClock(new Date(Date.parse(options.at ?? VERIFIED_AT) - states.length * 1000).toISOString());
  const sha = options.sha ?? SHA;
  return deployments.seed({ sha, environment: 'dev', payload: payload(options.payload, sha), states, user: options.user });
}

/** staging protected as required, and this run approved by alice (triggered by octocat). */
function seedStaging(options: { approvals?: 'approved' | 'rejected' | 'none' | 'self'; environment?: Parameters<FakeEnvironments['seed']>[1] } = {}): void {
  const env = environments.seed('staging', options.environment ?? { reviewers: ['alice'], preventSelfReview: true, branchPolicy: { branches: ['main'] } });
  const kind = options.approvals ?? 'approved';
  const approver = kind === 'self' ? OCTOCAT : ALICE;
  runs.seedRun(
    RUN_ID,
    OCTOCAT,
    kind === 'none'
      ? []
      : [{ user: approver, state: kind === 'rejected' ? 'rejected' : 'approved', environments: [{ id: env.id, name: 'staging' }], comment: 'ship it' }],
  );
}

async function gate(
  options: { now?: string; run?: boolean; token?: boolean; environment?: string; sha?: string; prometheusToken?: string } = {},
): Promise<GateAudit> {
  const log = new RecordingLogger();
  const { request, ports } = await prepareGate({
    root: repo.root,
    environment: options.environment ?? 'staging',
    sha: options.sha ?? SHA,
    dryRun: false,
    github: options.token === false ? undefined : { token: TOKEN, apiUrl: fake.url, repository: { owner: OWNER, repo: REPO } },
    repository: `${OWNER}/${REPO}`,
    run: options.run === false ? undefined : { id: RUN_ID, url: `https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}` },
    prometheusToken: options.prometheusToken,
    log,
    now: () => Date.parse(options.now ?? ONE_HOUR_LATER),
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))),
    // GitHub's pacing of writes, which Octokit applies to GraphQL queries too, would add a second per evaluation.
    tuning: { paceWrites: false, waitUnitMs: 1 },
  });
  return evaluateGate(request, ports);
}

const verdicts = (audit: GateAudit): Partial<Record<GateRuleId, string>> => Object.fromEntries(audit.rules.map((r) => [r.rule, r.verdict]));
const summaryOf = (audit: GateAudit, rule: GateRuleId): string => audit.rules.find((r) => r.rule === rule)?.summary ?? '';

describe('allowed', () => {
  it('allows a commit verified in dev with passed smoke tests, a score over the bar, soaked, outside freezes, with protection on and an approval', async () => {
    const dev = seedDev({ states: ['in_progress', 'success'] });
    seedStaging();
    const audit = await gate();
    expect(verdicts(audit)).toEqual({
      'previous-deployment': 'pass',
      smoke: 'pass',
      score: 'pass',
      soak: 'pass',
      freeze: 'pass',
      protection: 'pass',
      approval: 'pass',
      prometheus: 'skip',
    });
    expect(audit).toMatchObject({
      schema: 'stackgate/gate-audit@1',
      allowed: true,
      reasons: [],
      repository: `${OWNER}/${REPO}`,
      environment: 'staging',
      sha: SHA,
      evaluatedAt: '2026-12-09T11:00:00.000Z',
      images: [{ service: 'mcp-everything', image: 'ghcr.io/acme/mcp-everything:1.4' }],
      previous: { environment: 'dev', deploymentId: dev.id, createdBy: GITHUB_ACTIONS_BOT.login, state: 'success', verifiedAt: VERIFIED_AT },
      approvals: [{ user: 'alice', state: 'approved', comment: 'ship it' }],
      run: { id: RUN_ID, triggeredBy: 'octocat' },
    });
    expect(summaryOf(audit, 'score')).toBe('readiness score 91 (A) clears the bar of 80');
    expect(summaryOf(audit, 'soak')).toMatch(/^soaked 1 h 0 m in dev/);
    expect(summaryOf(audit, 'freeze')).toBe('no freeze window is open; the next opens at 2026-12-11T15:00:00.000Z');
  });

  it('reads only: every request is a GET (and the viewer query)', async () => {
    seedDev();
    seedStaging();
    await gate();
    const calls = fake.requests.map((r) => `${r.method} ${r.operationId}`);
    expect(calls.filter((c) => !c.startsWith('GET ') && c !== 'POST graphql')).toEqual([]);
    expect(calls).toEqual(
      expect.arrayContaining([
        'GET repos/list-deployments',
        'GET repos/list-deployment-statuses',
        'GET repos/get-environment',
        'GET actions/get-reviews-for-run',
      ]),
    );
    const list = fake.requests.find((r) => r.operationId === 'repos/list-deployments');
    expect(list?.query).toMatchObject({ environment: 'dev', sha: SHA });
  });

  it('counts a verified deployment that a newer one replaced (inactive after its success)', async () => {
    seedDev({ states: ['in_progress', 'success', 'inactive'] });
    seedStaging();
    const audit = await gate();
    expect(audit.allowed).toBe(true);
    expect(summaryOf(audit, 'previous-deployment')).toMatch(/a newer deployment replaced it/);
  });

  it('takes the newest of several deployments of the commit', async () => {
    seedDev({ states: ['failure'], at: '2026-12-09T08:00:00Z' });
    seedDev({ states: ['success'] });
    seedStaging();
    expect((await gate()).allowed).toBe(true);
  });
});

describe('the previous environment does not prove the commit', () => {
  beforeEach(() => seedStaging());

  it('fails when the commit was never deployed to dev, and what depends on it is not proven', async () => {
    const audit = await gate();
    expect(audit.allowed).toBe(false);
    expect(verdicts(audit)).toMatchObject({ 'previous-deployment': 'fail', smoke: 'fail', score: 'fail', soak: 'fail', freeze: 'pass', protection: 'pass' });
    expect(audit.reasons[0]).toBe(
      `previous-deployment: ${SHA.slice(0, 7)} has no stackgate deployment in dev (deployments of other commits, or by other accounts, do not count)`,
    );
    expect(summaryOf(audit, 'soak')).toMatch(/^not proven/);
  });

  it('does not count a deployment of another SHA', async () => {
    seedDev({ sha: OTHER_SHA });
    const audit = await gate();
    expect(verdicts(audit)['previous-deployment']).toBe('fail');
    expect(audit.previous).toBeUndefined();
  });

  it('does not count a failed deployment', async () => {
    seedDev({ states: ['in_progress', 'failure'] });
    const audit = await gate();
    expect(summaryOf(audit, 'previous-deployment')).toMatch(/does not count: it failed: seeded failure$/);
    expect(audit.previous?.state).toBe('failure');
  });

  it('does not count a rolled-back deployment (smoke failed, the earlier one was restored)', async () => {
    const earlier = seedDev({ sha: OTHER_SHA, at: '2026-12-09T09:00:00Z' });
    const failed = seedDev({ states: ['in_progress'] });
    deployments.seedStatus(failed, 'failure', GITHUB_ACTIONS_BOT, 'smoke failed: 0 of 1 smoke targets passed (mcp-everything)');
    deployments.seedStatus(earlier, 'success', GITHUB_ACTIONS_BOT, `rollback: restored after ${SHA.slice(0, 7)} failed`);
    const audit = await gate();
    expect(audit.allowed).toBe(false);
    expect(summaryOf(audit, 'previous-deployment')).toMatch(/it failed: smoke failed: 0 of 1 smoke targets passed/);
  });

  it('does not count a deployment still in progress', async () => {
    seedDev({ states: ['in_progress'] });
    expect(summaryOf(await gate(), 'previous-deployment')).toMatch(/it is still in progress/);
  });

  it("does not count someone else's deployment, whatever its payload says", async () => {
    seedDev({ user: MALLORY });
    const audit = await gate();
    expect(verdicts(audit)['previous-deployment']).toBe('fail');
    expect(audit.previous).toBeUndefined();
  });

  it('does not count a success status someone else wrote on our deployment', async () => {
    const dev = seedDev({ states: ['in_progress'] });
    deployments.seedStatus(dev, 'success', MALLORY);
    expect(summaryOf(await gate(), 'previous-deployment')).toMatch(/its success status was written by mallory, not by stackgate's deployer/);
  });

  it('throws the read errors the caller asks for instead of failing the rule (the App retries GitHub 5xx)', async () => {
    fake.failNext('repos/list-deployments', { status: 502, body: { message: 'Server Error' }, times: 10 });
    const { request, ports } = await prepareGate({
      root: repo.root,
      environment: 'staging',
      sha: SHA,
      dryRun: false,
      github: { token: TOKEN, apiUrl: fake.url, repository: { owner: OWNER, repo: REPO } },
      log: new RecordingLogger(),
      now: () => Date.parse(ONE_HOUR_LATER),
      tuning: { paceWrites: false, waitUnitMs: 1 },
    });
    await expect(evaluateGate(request, { ...ports, rethrow: (e) => (e as { status?: number }).status === 502 })).rejects.toThrow(/answered 502/);
  });

  it('redacts a secret that a read error quotes, in the summary and the reasons', async () => {
    const leaked = githubToken(72, 'ghp_');
    const audit = await evaluateGate(
      {
        environment: 'staging',
        sha: SHA,
        gate: { requires: 'dev', smoke: 'any', freeze: [] },
        repository: `${OWNER}/${REPO}`,
        dryRun: false,
        toolVersion: '0',
      },
      {
        github: {
          trustedDeployers: new Set([GITHUB_ACTIONS_BOT.id]),
          recordOf: () => Promise.reject(new Error(`proxy said: Authorization token ${leaked} refused`)),
          readEnvironment: () => Promise.resolve(undefined),
          repository: () => Promise.resolve({ private: false, visibility: 'public' }),
          approvals: () => Promise.resolve([]),
          triggeredBy: () => Promise.resolve(undefined),
        },
        now: () => Date.parse(ONE_HOUR_LATER),
      },
    );
    expect(JSON.stringify(audit)).not.toContain(leaked);
    expect(summaryOf(audit, 'previous-deployment')).toMatch(/^cannot read the deployments of dev: proxy said: Authorization token .*refused$/);
  });

  it('fails closed when the deployments cannot be read, naming the permission', async () => {
    fake.failNext('repos/list-deployments', {
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
    });
    const audit = await gate();
    expect(summaryOf(audit, 'previous-deployment')).toMatch(
      /^cannot read the deployments of dev: .*403 \(Resource not accessible by integration\): the token needs the Deployments repository permission \(read\): permissions: deployments: read$/,
    );
  });
});

describe('smoke and score come from the deployment record', () => {
  beforeEach(() => seedStaging());

  it.each([
    ['off', /ran no smoke tests \(environments\.dev\.deploy\.smoke is off\)/],
    ['no-targets', /ran no smoke tests \(smoke\.environments\.dev has no targets\)/],
    [undefined, /does not record whether smoke tests ran/],
  ] as const)('smoke %s fails gate.smoke: passed', async (smoke, message) => {
    seedDev({ payload: { smoke } });
    const audit = await gate();
    expect(verdicts(audit).smoke).toBe('fail');
    expect(summaryOf(audit, 'smoke')).toMatch(message);
  });

  it('fails a score under minScore', async () => {
    seedDev({ payload: { readiness: { score: 74, grade: 'C' } } });
    const audit = await gate();
    expect(verdicts(audit).score).toBe('fail');
    expect(audit.reasons).toEqual(['score: readiness score 74 (C) is below the bar of 80']);
  });

  it('fails when the deployment recorded no score', async () => {
    seedDev({ payload: { readiness: undefined } });
    expect(summaryOf(await gate(), 'score')).toMatch(/records no readiness score/);
  });
});

describe('soak', () => {
  beforeEach(() => seedStaging());

  it('fails until soak has passed since the verified success, and says when it will be over', async () => {
    seedDev();
    const early = await gate({ now: '2026-12-09T10:10:00Z' });
    expect(early.reasons).toEqual(['soak: soaked only 10 m 0 s of 30m in dev; over at 2026-12-09T10:30:00.000Z']);
    expect((await gate({ now: '2026-12-09T10:30:00Z' })).allowed).toBe(true);
  });
});

describe('freeze windows (time injected)', () => {
  beforeEach(() => seedStaging());

  it.each([
    ['2026-12-11T14:59:59Z', true], // Friday 15:59:59 in Berlin (CET)
    ['2026-12-11T15:00:00Z', false], // Friday 16:00 in Berlin
    ['2026-12-14T06:59:59Z', false], // Monday 07:59:59 in Berlin
    ['2026-12-14T07:00:00Z', true], // Monday 08:00 in Berlin
    ['2026-12-24T12:00:00Z', false], // the dated holiday window
  ])('at %s allowed is %s', async (now, allowed) => {
    seedDev({ at: '2026-12-11T10:00:00Z' });
    const audit = await gate({ now });
    expect(audit.allowed).toBe(allowed);
    if (!allowed) expect(audit.reasons.join('\n')).toMatch(/^freeze: inside a freeze window until .*(weekend|holidays)/);
  });

  it('follows Berlin summer time: the window opens at 14:00Z in July', async () => {
    seedDev({ at: '2026-07-10T10:00:00Z' });
    expect((await gate({ now: '2026-07-10T13:59:00Z' })).allowed).toBe(true);
    const audit = await gate({ now: '2026-07-10T14:00:00Z' });
    expect(audit.reasons).toEqual([expect.stringMatching(/^freeze: inside a freeze window until 2026-07-13T06:00:00.000Z: weekend/)]);
  });
});

describe('protection', () => {
  beforeEach(() => {
    seedDev();
  });

  it.each([
    [{ reviewers: [] as string[], preventSelfReview: true, branchPolicy: { branches: ['main'] } }, /1 required reviewer wanted, none listed/],
    [{ reviewers: ['alice'], preventSelfReview: false, branchPolicy: { branches: ['main'] } }, /self-review is allowed/],
    [{ reviewers: ['alice'], preventSelfReview: true, branchPolicy: 'all' as const }, /any branch may deploy/],
    [{ reviewers: ['alice'], preventSelfReview: true, branchPolicy: 'protected' as const }, /every protected branch may deploy/],
    [
      { reviewers: ['alice'], preventSelfReview: true, branchPolicy: { branches: ['main', 'feature/*'], tags: ['v*'] } },
      /allows more than main: branch feature\/\*, tag v\*/,
    ],
  ])('fails weak protection %j', async (environment, message) => {
    seedStaging({ environment });
    const audit = await gate();
    expect(verdicts(audit).protection).toBe('fail');
    expect(summaryOf(audit, 'protection')).toMatch(message);
  });

  it('fails when the environment does not exist on GitHub', async () => {
    runs.seedRun(RUN_ID, OCTOCAT, []);
    expect(summaryOf(await gate(), 'protection')).toMatch(/^environment staging does not exist on GitHub/);
  });

  it('fails closed when the token cannot read the protection rules, naming the permission', async () => {
    seedStaging();
    environments.denyReads();
    const audit = await gate();
    expect(verdicts(audit).protection).toBe('fail');
    expect(summaryOf(audit, 'protection')).toMatch(
      /^cannot read the protection rules of staging: .*403 \(Resource not accessible by integration\): the token needs the Actions repository permission \(read\)$/,
    );
  });

  it('says that a private repository without required reviewers needs GitHub Enterprise, instead of passing', async () => {
    fake.state.seedRepository({ owner: OWNER, repo: REPO, isPrivate: true });
    seedStaging({ environment: { preventSelfReview: true, branchPolicy: { branches: ['main'] } }, approvals: 'none' });
    const audit = await gate();
    expect(audit.allowed).toBe(false);
    expect(summaryOf(audit, 'protection')).toMatch(
      /none listed \(on private and internal repositories GitHub enforces required reviewers only with GitHub Enterprise/,
    );
  });

  it('fails when reviewers are listed but this run carries no approval: the protection is not enforced', async () => {
    fake.state.seedRepository({ owner: OWNER, repo: REPO, isPrivate: true });
    seedStaging({ approvals: 'none' });
    const audit = await gate();
    expect(verdicts(audit)).toMatchObject({ protection: 'pass', approval: 'fail' });
    expect(summaryOf(audit, 'approval')).toMatch(/nobody approved this run: the protection is not enforced \(on private and internal repositories/);
  });

  it('fails a rejected run', async () => {
    seedStaging({ approvals: 'rejected' });
    expect(summaryOf(await gate(), 'approval')).toBe('rejected by alice');
  });

  it('fails a run approved only by whoever triggered it, when self-review is prevented', async () => {
    seedStaging({ approvals: 'self' });
    expect(summaryOf(await gate(), 'approval')).toBe('approved only by octocat, who triggered the run (self-review)');
  });

  it('outside a workflow run, approvals are not judged (the CLI on a laptop)', async () => {
    seedStaging();
    const audit = await gate({ run: false });
    expect(verdicts(audit).approval).toBe('skip');
    expect(audit.allowed).toBe(true);
    expect(fake.requestsFor('actions/get-reviews-for-run')).toEqual([]);
  });
});

describe('fails closed without what it must read', () => {
  it('without a GitHub token', async () => {
    seedDev();
    const audit = await gate({ token: false });
    expect(audit.allowed).toBe(false);
    expect(verdicts(audit)).toMatchObject({ 'previous-deployment': 'fail', protection: 'fail', approval: 'fail' });
  });

  it('without a gate section for the environment', async () => {
    repo.write('stackgate.yml', 'environments:\n  dev: {}\n  staging: {}\n');
    const audit = await gate();
    expect(audit.reasons).toEqual([
      'previous-deployment: environments.staging.gate is not in stackgate.yml: nothing says what this environment requires, so the gate stays closed',
    ]);
  });

  it('an environment that is not in stackgate.yml is a usage error naming the file', async () => {
    await expect(gate({ environment: 'prod' })).rejects.toThrow('environment "prod" is not in stackgate.yml (environments: dev, staging)');
  });
});

describeWithPrometheus('Prometheus (real, from Debian)')('Prometheus canary analysis', () => {
  let metrics: MetricsEndpoint;
  let prometheus: PrometheusServer;

  beforeAll(async () => {
    metrics = await startMetricsEndpoint({
      healthy: { requests: 100, errors: 0, latencySeconds: 0.02 },
      failing: { requests: 100, errors: 5, latencySeconds: 0.3 },
    });
    prometheus = await startPrometheus({ targets: [metrics.target] });
    await waitForValue(prometheus.url, 'sum(rate(mcp_requests_total{service="healthy"}[5s]))');
  }, 90_000);
  afterAll(async () => {
    await prometheus?.stop();
    await metrics?.close();
  });

  const errorRate = (service: string) =>
    `sum(rate(mcp_requests_total{service="${service}",status=~"5.."}[5s])) / sum(rate(mcp_requests_total{service="${service}"}[5s]))`;
  const p95 = (service: string) => `histogram_quantile(0.95, sum by (le) (rate(mcp_request_duration_seconds_bucket{service="${service}"}[5s])))`;

  function withPrometheus(url: string, service: string): void {
    repo.write(
      'stackgate.yml',
      `${GATE}      prometheus:
        url: ${url}
        interval: 200ms
        count: 3
        failureLimit: 0
        timeout: 2s
        checks:
          - { name: error-rate, query: '${errorRate(service)}', max: 0.001 }
          - { name: p95-latency, query: '${p95(service)}', max: 0.1 }
`,
    );
    seedDev();
    seedStaging();
  }

  it('allows when every measurement is within bounds', async () => {
    withPrometheus(prometheus.url, 'healthy');
    const audit = await gate();
    expect(verdicts(audit).prometheus).toBe('pass');
    expect(audit.allowed).toBe(true);
    expect(summaryOf(audit, 'prometheus')).toMatch(/error-rate: 3 of 3 measurements within max 0\.001/);
  }, 60_000);

  it('fails when the error rate and latency are above their bounds', async () => {
    withPrometheus(prometheus.url, 'failing');
    const audit = await gate();
    expect(verdicts(audit).prometheus).toBe('fail');
    expect(summaryOf(audit, 'prometheus')).toMatch(/error-rate: 1 of 1 failed \(0\.05 above max 0\.001/);
  }, 60_000);

  it('fails when a query has no data', async () => {
    withPrometheus(prometheus.url, 'absent');
    const audit = await gate();
    expect(verdicts(audit).prometheus).toBe('fail');
    expect(summaryOf(audit, 'prometheus')).toMatch(/no data/);
  }, 60_000);

  it('fails closed when Prometheus is unreachable', async () => {
    const gone = await startMetricsEndpoint({});
    const url = `http://${gone.target}`;
    await gone.close();
    withPrometheus(url, 'healthy');
    const audit = await gate();
    expect(verdicts(audit).prometheus).toBe('fail');
    expect(summaryOf(audit, 'prometheus')).toMatch(/ECONNREFUSED/);
  }, 60_000);

  it('is not measured when another rule already closed the gate', async () => {
    withPrometheus(prometheus.url, 'healthy');
    const audit = await gate({ now: '2026-12-09T10:05:00Z' });
    expect(verdicts(audit)).toMatchObject({ soak: 'fail', prometheus: 'skip' });
  });
});
