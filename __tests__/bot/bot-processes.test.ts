/**
 * stackgate bot as real processes: one killed between receiving a delivery and answering it (the
 * verdict is still delivered once it restarts on the same data directory), a SIGTERM that drains,
 * and two bots sharing one real PostgreSQL (Debian's, started on a private port and data directory):
 * 200 deliveries sent to both, each processed exactly once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LedgerPayload } from '../../src/adapters/github/deployments';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { FakeGitHubApp } from '../helpers/github-app';
import { FakeDeployments } from '../helpers/github-deployments';
import { FakeEnvironments } from '../helpers/github-environments';
import { APP_BOT, GITHUB_ACTIONS_BOT } from '../helpers/github-payloads';
import { describeWithPostgres, startPostgres, type PostgresServer } from '../helpers/postgres-server';
import { deliver } from '../helpers/webhook-deliveries';

const OWNER = 'acme';
const REPO = 'mcp-stacks';
const INSTALLATION = 7001;
const SECRET = 'whsec-bot-Zt5Qm1Xc8Lp3Wv6Rn0';
const SHA = 'de1e7ede1e7ede1e7ede1e7ede1e7ede1e7ede1e';

let fake: FakeGitHub;
let app: FakeGitHubApp;
const bots: BotProcess[] = [];
const dirs: string[] = [];

beforeEach(async () => {
  fake = await startFakeGitHub({ user: APP_BOT });
  fake.state.seedRepository({ owner: OWNER, repo: REPO });
  app = new FakeGitHubApp(fake, {
    installations: [{ id: INSTALLATION, account: { login: OWNER, id: 9001, type: 'Organization' }, repositories: [REPO] }],
  });
  new FakeEnvironments(fake, OWNER, REPO).seed('staging', { reviewers: ['alice'] });
});
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  await fake.close();
});

function botEnv(extra: Record<string, string>): Record<string, string> {
  return {
    STACKGATE_APP_ID: String(app.appId),
    STACKGATE_APP_PRIVATE_KEY: app.privateKey,
    STACKGATE_WEBHOOK_SECRET: SECRET,
    GITHUB_API_URL: fake.url,
    STACKGATE_BOT_CONCURRENCY: '4',
    ...extra,
  };
}

async function start(extra: Record<string, string>): Promise<BotProcess> {
  const bot = await startBotProcess(botEnv(extra));
  bots.push(bot);
  return bot;
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-bot-proc-'));
  dirs.push(dir);
  return dir;
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const request = (runId: number, sha = SHA) =>
  app.requestProtectionRule({ owner: OWNER, repo: REPO, sha, environment: 'staging', runId, installationId: INSTALLATION });

it('a bot killed between receiving and answering: the verdict is delivered once it restarts', async () => {
  const deployments = new FakeDeployments(fake, OWNER, REPO, GITHUB_ACTIONS_BOT);
  const payload: LedgerPayload = {
    stackgate: { version: '0.1.0' },
    driver: 'webhook',
    environment: 'dev',
    sha: SHA,
    images: [],
    readiness: { score: 90, grade: 'A' },
    startedAt: '2026-12-01T10:00:00Z',
    timeoutMs: 300_000,
    smoke: 'on',
  };
  deployments.seed({ sha: SHA, environment: 'dev', payload, states: ['in_progress', 'success'] });
  app.seedCommit(OWNER, REPO, SHA, { 'stackgate.yml': 'environments:\n  dev: {}\n  staging:\n    gate: { requires: dev, minScore: 80 }\n' }, ['main']);
  // The first read of stackgate.yml never gets an answer: the job is in the middle of its work.
  fake.failNext('repos/get-content', { hang: true });
  const dataDir = tempDir();
  const first = await start({ STACKGATE_DATA_DIR: dataDir, STACKGATE_BOT_LEASE_MS: '3000' });
  const result = await deliver(`${first.url}/webhook`, { event: 'deployment_protection_rule', body: request(8_800_000_001), secret: SECRET });
  expect(result.status).toBe(202);
  await until('the job to be working', () => (fake.requestsFor('repos/get-content').length > 0 ? true : undefined));
  expect(await first.kill('SIGKILL')).toBeNull();
  expect(app.reviews).toEqual([]);

  const second = await start({ STACKGATE_DATA_DIR: dataDir, STACKGATE_BOT_LEASE_MS: '3000' });
  const review = await until('the verdict', () => app.reviews.find((r) => r.runId === 8_800_000_001));
  expect(review.state).toBe('approved');
  await new Promise((r) => setTimeout(r, 500));
  expect(app.reviews).toHaveLength(1);
  expect(await second.kill('SIGTERM')).toBe(0);
  expect(second.stderr()).toContain('stackgate bot: SIGTERM: finishing the jobs in hand');
  expect(fake.violations).toEqual([]);
}, 120_000);

it('refuses to start without its configuration, naming what is missing', async () => {
  await expect(startBotProcess({ STACKGATE_APP_ID: 'abc' }, 20_000)).rejects.toThrow(
    /exited with 2 before listening:\nstackgate: STACKGATE_APP_ID: expected the App's numeric id, got "abc"/,
  );
  await expect(startBotProcess({ STACKGATE_APP_ID: '12', STACKGATE_APP_PRIVATE_KEY: 'not a key', STACKGATE_WEBHOOK_SECRET: 's' }, 20_000)).rejects.toThrow(
    /STACKGATE_APP_PRIVATE_KEY: not a private key in PEM format/,
  );
}, 60_000);

describeWithPostgres('__tests__/bot/bot-processes.test.ts')('two bots sharing one PostgreSQL', () => {
  let postgres: PostgresServer;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await postgres?.stop();
  });

  it('200 deliveries sent to both bots (some twice, to each): every one processed exactly once', async () => {
    // 20 organisations have the App installed (GitHub paces each installation's writes on its own).
    // No stackgate.yml at the commit: each verdict is a quick rejection (fails closed).
    const TENANTS = 20;
    for (let t = 0; t < TENANTS; t++) {
      app.addInstallation({ id: 7100 + t, account: { login: `org-${t}`, id: 9100 + t, type: 'Organization' }, repositories: [REPO] });
      app.seedCommit(`org-${t}`, REPO, SHA, { 'README.md': '# no gate here\n' }, ['main']);
    }
    const env = { DATABASE_URL: postgres.url };
    const [a, b] = [await start(env), await start(env)];
    const runs = Array.from({ length: 200 }, (_, i) => 8_900_000_000 + i);
    const statuses: number[] = [];
    await Promise.all(
      runs.map(async (runId, i) => {
        const id = `00000000-0000-4000-8000-${String(runId).padStart(12, '0')}`;
        const t = i % TENANTS;
        const body = app.requestProtectionRule({ owner: `org-${t}`, repo: REPO, sha: SHA, environment: 'staging', runId, installationId: 7100 + t });
        const first = await deliver(`${(i % 2 ? a : b).url}/webhook`, { event: 'deployment_protection_rule', body, secret: SECRET, id });
        statuses.push(first.status);
        // Every tenth delivery comes again, to the other bot: a redelivery.
        if (i % 10 === 0)
          statuses.push((await deliver(`${(i % 2 ? b : a).url}/webhook`, { event: 'deployment_protection_rule', body, secret: SECRET, id })).status);
      }),
    );
    expect(statuses.filter((s) => s === 202)).toHaveLength(200);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    await until('200 verdicts', () => (app.reviews.length >= 200 ? true : undefined), 180_000);
    await new Promise((r) => setTimeout(r, 1000));
    const perRun = new Map<number, number>();
    for (const r of app.reviews) perRun.set(r.runId, (perRun.get(r.runId) ?? 0) + 1);
    expect([...perRun.keys()].sort()).toEqual(runs);
    expect([...perRun.values()].every((n) => n === 1)).toBe(true);
    expect(app.reviews.every((r) => r.state === 'rejected')).toBe(true);
    // Both bots worked on the queue.
    const worked = (bot: BotProcess) => (bot.stderr().match(/: rejected de1e7ed for staging/g) ?? []).length;
    expect(worked(a) + worked(b)).toBe(200);
    expect(worked(a)).toBeGreaterThan(0);
    expect(worked(b)).toBeGreaterThan(0);
    expect(fake.violations).toEqual([]);
  }, 300_000);
});
