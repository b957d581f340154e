/**
 * stackgate bot, in process, against the fake GitHub (every request checked against GitHub's OpenAPI
 * description, extended with App authentication, the contents API, tarballs and the protection-rule
 * callback), with the embedded database (pglite) in a temporary directory. Deliveries are signed as
 * GitHub signs them; the deployment_protection_rule payload is built from GitHub's webhook schema,
 * the pull_request ones come from @octokit/webhooks-examples.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LedgerPayload } from '../../src/adapters/github/deployments';
import type { BotConfig } from '../../src/bot/config';
import { startBot, type RunningBot } from '../../src/bot/index';
import type { GateAudit } from '../../src/core/gate/audit';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { FakeGitHubApp } from '../helpers/github-app';
import { FakeDeployments } from '../helpers/github-deployments';
import { FakeEnvironments } from '../helpers/github-environments';
import { APP_BOT, GITHUB_ACTIONS_BOT } from '../helpers/github-payloads';
import { RecordingLogger } from '../helpers/recording-logger';
import { deliver, pullRequestEvent } from '../helpers/webhook-deliveries';

const OWNER = 'acme';
const REPO = 'mcp-stacks';
const INSTALLATION = 7001;
const SECRET = 'whsec-bot-Hq3Ls8Nw2Vx7Rc4Kp9';
const SHA = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
const STACKGATE_YML = `environments:
  dev: {}
  staging:
    gate:
      requires: dev
      minScore: 70
      protection: { requiredReviewers: 1 }
`;

let fake: FakeGitHub;
let app: FakeGitHubApp;
let deployments: FakeDeployments;
let environments: FakeEnvironments;
let bot: RunningBot;
let dataDir: string;
let log: RecordingLogger;
let nextRun = 9_100_000_001;

function config(): BotConfig {
  return {
    appId: app.appId,
    privateKey: app.privateKey,
    webhookSecret: SECRET,
    apiUrl: fake.url,
    dataDir,
    publicUrl: 'https://stackgate-bot.example.com',
    concurrency: 2,
    leaseMs: 30_000,
  };
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-bot-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

beforeEach(async () => {
  fake = await startFakeGitHub({ user: APP_BOT });
  fake.state.seedRepository({ owner: OWNER, repo: REPO });
  app = new FakeGitHubApp(fake, {
    installations: [{ id: INSTALLATION, account: { login: OWNER, id: 9001, type: 'Organization' }, repositories: [REPO] }],
  });
  deployments = new FakeDeployments(fake, OWNER, REPO, GITHUB_ACTIONS_BOT);
  environments = new FakeEnvironments(fake, OWNER, REPO);
  environments.seed('staging', { reviewers: ['alice'] });
  log = new RecordingLogger();
  bot = await startBot({
    config: config(),
    port: 0,
    host: '127.0.0.1',
    log,
    tuning: { pollMs: 50, retryBaseMs: 50, retryMaxMs: 200, clientTuning: { waitUnitMs: 1, retries: 1 } },
  });
}, 60_000);
afterEach(async () => {
  await bot.close(5_000);
  await fake.close();
  expect(fake.violations).toEqual([]);
});

function seedDev(score: number, sha = SHA): void {
  const payload: LedgerPayload = {
    stackgate: { version: '0.1.0' },
    driver: 'webhook',
    environment: 'dev',
    sha,
    images: [],
    readiness: { score, grade: 'B' },
    startedAt: '2026-12-01T10:00:00Z',
    timeoutMs: 300_000,
    smoke: 'on',
  };
  deployments.seed({ sha, environment: 'dev', payload, states: ['in_progress', 'success'] });
}

/** GitHub asks the App about a run that deploys `sha` to staging; returns the delivery's answer and the run id. */
async function requestVerdict(options: { sha?: string; id?: string; signature?: string | null; secret?: string } = {}) {
  const runId = nextRun++;
  const body = app.requestProtectionRule({ owner: OWNER, repo: REPO, sha: options.sha ?? SHA, environment: 'staging', runId, installationId: INSTALLATION });
  const result = await deliver(`${bot.url}/webhook`, {
    event: 'deployment_protection_rule',
    body,
    secret: options.secret ?? SECRET,
    ...(options.signature !== undefined ? { signature: options.signature } : {}),
    ...(options.id ? { id: options.id } : {}),
  });
  return { ...result, runId };
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const reviewOf = (runId: number) => until(`the verdict on run ${runId}`, () => app.reviews.find((r) => r.runId === runId));

describe('deployment_protection_rule', () => {
  it('approves a commit whose gate holds, with a comment that links to the audit record', async () => {
    app.seedCommit(OWNER, REPO, SHA, { 'stackgate.yml': STACKGATE_YML }, ['main']);
    seedDev(91);
    const { status, runId } = await requestVerdict();
    expect(status).toBe(202);
    const review = await reviewOf(runId);
    expect(review).toMatchObject({ owner: OWNER, repo: REPO, environmentName: 'staging', state: 'approved', installationId: INSTALLATION });
    const link = /Audit record: (https:\/\/stackgate-bot\.example\.com\/audits\/([\w-]+))$/.exec(review.comment ?? '');
    expect(link).not.toBeNull();
    const response = await fetch(`${bot.url}/audits/${link![2]}`);
    expect(response.status).toBe(200);
    const audit = (await response.json()) as GateAudit;
    expect(audit).toMatchObject({ allowed: true, sha: SHA, environment: 'staging', run: { id: runId } });
    expect(audit.rules.find((r) => r.rule === 'approval')).toMatchObject({ verdict: 'skip' });
  });

  it('rejects a commit dev never verified, saying why', async () => {
    app.seedCommit(OWNER, REPO, SHA, { 'stackgate.yml': STACKGATE_YML }, ['main']);
    const { runId } = await requestVerdict();
    const review = await reviewOf(runId);
    expect(review.state).toBe('rejected');
    expect(review.comment).toMatch(/^stackgate gate: c0ffee0 to staging not allowed\n- previous-deployment: c0ffee0 has no stackgate deployment in dev/);
  });

  it('rejects when stackgate.yml at the commit does not parse, naming the line (the gate fails closed)', async () => {
    app.seedCommit(OWNER, REPO, SHA, { 'stackgate.yml': 'environments:\n  staging:\n    gate:\n      minScor: 80\n' }, ['main']);
    const { runId } = await requestVerdict();
    const review = await reviewOf(runId);
    expect(review.state).toBe('rejected');
    expect(review.comment).toMatch(/stackgate\.yml at c0ffee0 is not valid: stackgate\.yml:4:7/);
  });

  it('processes a redelivered delivery id once', async () => {
    app.seedCommit(OWNER, REPO, SHA, { 'stackgate.yml': STACKGATE_YML }, ['main']);
    seedDev(91);
    const first = await requestVerdict({ id: '72d3162e-cc78-11e3-81ab-4c9367dc0958' });
    expect(first.status).toBe(202);
    await reviewOf(first.runId);
    const again = await deliver(`${bot.url}/webhook`, {
      event: 'deployment_protection_rule',
      body: app.requestProtectionRule({ owner: OWNER, repo: REPO, sha: SHA, environment: 'staging', runId: first.runId, installationId: INSTALLATION }),
      secret: SECRET,
      id: '72d3162e-cc78-11e3-81ab-4c9367dc0958',
    });
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body as string)).toEqual({ duplicate: '72d3162e-cc78-11e3-81ab-4c9367dc0958' });
    await new Promise((r) => setTimeout(r, 300));
    expect(app.reviews.filter((r) => r.runId === first.runId)).toHaveLength(1);
  });

  it('retries through GitHub errors and rate limits, then delivers the verdict', async () => {
    app.seedCommit(OWNER, REPO, SHA, { 'stackgate.yml': STACKGATE_YML }, ['main']);
    seedDev(91);
    fake.failNext('repos/get-content', { status: 502, body: { message: 'Server Error' }, times: 3 });
    fake.failNext('repos/list-deployments', {
      status: 403,
      body: {
        message: 'API rate limit exceeded for installation ID 7001.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) },
      times: 2,
    });
    const { runId } = await requestVerdict();
    const review = await reviewOf(runId);
    expect(review.state).toBe('approved');
    expect(log.lines.some((l) => l.level === 'warning' && /retrying in/.test(l.message))).toBe(true);
  });
});

describe('giving up', () => {
  it('a protection rule GitHub keeps failing for is rejected after the last attempt, saying why (fail closed)', async () => {
    await bot.close(5_000);
    bot = await startBot({
      config: config(),
      port: 0,
      host: '127.0.0.1',
      log,
      tuning: { pollMs: 50, retryBaseMs: 20, retryMaxMs: 50, maxAttempts: 3, clientTuning: { waitUnitMs: 1, retries: 0 } },
    });
    app.seedCommit(OWNER, REPO, SHA, { 'stackgate.yml': STACKGATE_YML }, ['main']);
    fake.failNext('repos/get-content', { status: 503, body: { message: 'Service Unavailable' }, times: 1000 });
    const { runId, id } = await requestVerdict();
    const review = await reviewOf(runId);
    expect(review.state).toBe('rejected');
    expect(review.comment).toMatch(
      /^stackgate gate: could not be evaluated, so c0ffee0 may not go to staging: read stackgate\.yml at c0ffee0: GET .* answered 503/,
    );
    const job = await bot.store.queue.get(id);
    expect(job).toMatchObject({ state: 'dead', attempts: 3 });
  });
});

describe('deliveries that are not GitHub', () => {
  it.each([
    ['no signature', null, 401, /missing X-Hub-Signature-256/],
    ['a signature made with another secret', undefined, 401, /does not match/],
    ['a malformed signature', 'sha256=zz', 401, /does not match/],
  ] as const)('%s is refused and queues nothing', async (_name, signature, status, message) => {
    app.seedCommit(OWNER, REPO, SHA, { 'stackgate.yml': STACKGATE_YML }, ['main']);
    const result = await requestVerdict({ signature, ...(signature === undefined ? { secret: 'not-the-secret' } : {}) });
    expect(result.status).toBe(status);
    expect(JSON.stringify(result.body)).toMatch(message);
    expect(await bot.store.queue.get(result.id)).toBeUndefined();
    expect((await bot.store.queue.depth()).queued).toBe(0);
  });

  it('a body changed after signing is refused', async () => {
    const body = JSON.stringify(
      app.requestProtectionRule({ owner: OWNER, repo: REPO, sha: SHA, environment: 'staging', runId: nextRun++, installationId: INSTALLATION }),
    );
    const good = await deliver(`${bot.url}/webhook`, { event: 'ping', body: '{"zen":"hi"}', secret: SECRET });
    expect(good.status).toBe(200);
    const { createHmac } = await import('node:crypto');
    const signature = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
    const tampered = await deliver(`${bot.url}/webhook`, { event: 'deployment_protection_rule', body: body.replace('"staging"', '"prod"'), signature });
    expect(tampered.status).toBe(401);
  });
});

describe('pull_request', () => {
  it('scores the head against the base and posts the readiness comment', async () => {
    const base = 'ba5eba5eba5eba5eba5eba5eba5eba5eba5eba5e';
    const head = 'feedfacefeedfacefeedfacefeedfacefeedface';
    const compose = 'services:\n  mcp-memory:\n    image: ghcr.io/acme/mcp-memory:1.0\n';
    app.seedCommit(OWNER, REPO, base, { 'docker-compose.yml': compose }, ['main']);
    app.seedCommit(OWNER, REPO, head, { 'docker-compose.yml': `${compose}    restart: unless-stopped\n` });
    const event = pullRequestEvent({ action: 'opened', owner: OWNER, repo: REPO, headSha: head, installationId: INSTALLATION, number: 17, apiUrl: fake.url });
    (event.pull_request as { base: { sha: string } }).base.sha = base;
    fake.state.seedPullRequest({ owner: OWNER, repo: REPO, number: 17, headSha: head });
    const result = await deliver(`${bot.url}/webhook`, { event: 'pull_request', body: event, secret: SECRET });
    expect(result.status).toBe(202);
    const comment = await until('the readiness comment', () => fake.state.comments(OWNER, REPO, 17)[0]);
    expect(comment.body).toMatch(/readiness/i);
    expect(comment.user).toMatchObject({ login: APP_BOT.login });
    const job = await until('the job to finish', async () => {
      const record = await bot.store.queue.get(result.id);
      return record?.state === 'done' ? record : undefined;
    });
    expect(job.outcome).toMatch(/^comment (created|updated) on #17: score \d+/);
  }, 60_000);
});

describe('operations', () => {
  it('answers /healthz, /readyz and /metrics with the deliveries, verdicts and queue depth', async () => {
    app.seedCommit(OWNER, REPO, SHA, { 'stackgate.yml': STACKGATE_YML }, ['main']);
    seedDev(91);
    const { runId } = await requestVerdict();
    await reviewOf(runId);
    await requestVerdict({ signature: null });
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    expect(metrics).toMatch(/stackgate_bot_deliveries_total\{event="deployment_protection_rule",outcome="queued"\} 1/);
    expect(metrics).toMatch(/stackgate_bot_deliveries_total\{event="deployment_protection_rule",outcome="rejected"\} 1/);
    expect(metrics).toMatch(/stackgate_bot_verdicts_total\{state="approved"\} 1/);
    expect(metrics).toMatch(/stackgate_bot_queue_depth\{state="queued"\} 0/);
    expect(metrics).toMatch(/stackgate_bot_job_duration_seconds_count\{event="deployment_protection_rule"\} 1/);
    expect(metrics).toMatch(/stackgate_bot_github_rate_limit_remaining \d+/);
  });

  it('ignores events it does not handle, and refuses other methods', async () => {
    const issue = await deliver(`${bot.url}/webhook`, { event: 'issues', body: { action: 'opened' }, secret: SECRET });
    expect(issue.status).toBe(202);
    expect(JSON.parse(issue.body as string)).toEqual({ ignored: 'issues.opened' });
    expect((await fetch(`${bot.url}/webhook`)).status).toBe(405);
    expect((await fetch(`${bot.url}/audits/not-a-real-audit-id-000`)).status).toBe(404);
  });
});
