// @ts-check
// The GitHub App part of `npm run bench`: `stackgate bot` (the built bin/stackgate.js) as processes
// against the fake GitHub of bench/bot-github.mjs, in four configurations: one replica on a real
// PostgreSQL (Debian's, started here on a private port and data directory), two replicas on that
// PostgreSQL (a fresh database each configuration), one replica on the embedded store (pglite), and
// one replica on PostgreSQL with 16 workers instead of the bot's default 4.
// Each gets a warm-up until each replica has decided a run of each installation, then ALONE
// deliveries one at a time (each waits for its verdict: the latency of an idle bot), then a burst of
// `deliveries` deployment_protection_rule deliveries, signed with the webhook secret, from `senders`
// concurrent senders, spread over the installations and the replicas in turn. Measured: the deliveries
// answered 202 per second while sending and the answer time; per delivery, the time from its send
// to the fake recording the verdict; the drain (first send to last verdict). Every run must get
// exactly one review, approved. Everything started here is stopped whatever happens: bots
// SIGKILLed, PostgreSQL stopped (the helpers do both on exit too), the fake closed.
/// <reference types="jest" />
// (postgres-server.ts, shared with the tests, also exports a jest `describe`.)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startBotProcess } from '../__tests__/helpers/bot-process.ts';
import { POSTGRES_INSTALL, postgresBinDir, startPostgres } from '../__tests__/helpers/postgres-server.ts';
import { deliver } from '../__tests__/helpers/webhook-deliveries.ts';
import { ENVIRONMENT, REPO, SHA, startGatedGitHub } from './bot-github.mjs';
import { MeasureError } from './measure.mjs';

export const BOT_DEFAULTS = { deliveries: 300, installations: 20, senders: 16 };
/** The bot's own default of STACKGATE_BOT_CONCURRENCY (src/bot/config.ts). */
export const BOT_DEFAULT_CONCURRENCY = 4;
/** @type {BotConfiguration[]} */
export const BOT_CONFIGURATIONS = [
  { key: 'postgres-1', name: 'one replica, PostgreSQL', store: 'PostgreSQL', replicas: 1 },
  { key: 'postgres-2', name: 'two replicas, one PostgreSQL', store: 'PostgreSQL', replicas: 2 },
  { key: 'pglite-1', name: 'one replica, embedded store', store: 'pglite', replicas: 1 },
  // More workers than the default: where the bound moves from the workers to GitHub's pacing.
  { key: 'postgres-1-c16', name: 'one replica, PostgreSQL, 16 workers', store: 'PostgreSQL', replicas: 1, concurrency: 16 },
];
const SECRET = 'whsec-bench-Lx2Nq8Vr5Tz1Mk7Pw4';
const EVENT = 'deployment_protection_rule';
/** A configuration fails when no verdict arrives for this long. */
const STALL_MS = 30_000;
const START_TIMEOUT_MS = 60_000;
/** Deliveries sent one at a time (each waits for its verdict) before the burst. */
export const ALONE = 5;
const WARM_UP_ROUNDS = 10;

/**
 * @typedef {import('../__tests__/helpers/bot-process.ts').BotProcess} BotProcess
 * @typedef {{ runId: number, replica: number, body: Record<string, unknown> }} Planned
 * @typedef {{ runId: number, replica: number, sentAt: number, answeredAt: number, status: number | string }} Sent
 * @typedef {{ key: string, name: string, store: string, replicas: number, concurrency?: number }} BotConfiguration
 * @typedef {BotConfiguration & { result?: any, skipped?: string, failed?: string }} BotRow
 */

/**
 * opts: { root, stackgateCli (bin/stackgate.js), stackgateMissing, deliveries, installations,
 *         senders, concurrency (undefined: the bot's default), log }
 * Returns { rows, notes, facts } where a row is a configuration with `result`, `skipped` or `failed`.
 */
export async function runBotBench(opts) {
  const { log } = opts;
  const out = { rows: [], notes: [], facts: botFacts(opts.root) };
  const postgresMissing = postgresBinDir() ? undefined : `PostgreSQL not found (${POSTGRES_INSTALL})`;
  const skipOf = (c) => opts.stackgateMissing ?? (c.store === 'PostgreSQL' ? postgresMissing : undefined);
  // Ctrl-C or a kill: exit, so that the helpers' exit handlers SIGKILL the bots and stop PostgreSQL.
  const onSignal = (signal) => process.exit(signal === 'SIGINT' ? 130 : 143);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let postgres;
  try {
    const loadBefore = os.loadavg()[0];
    if (BOT_CONFIGURATIONS.some((c) => !skipOf(c) && c.store === 'PostgreSQL')) {
      log('(b0) starting PostgreSQL on a private port');
      postgres = await startPostgres();
    }
    for (const [i, c] of BOT_CONFIGURATIONS.entries()) {
      /** @type {BotRow} */
      const row = { ...c };
      out.rows.push(row);
      if ((row.skipped = skipOf(c))) continue;
      log(`(b${i + 1}) ${c.name}: ${opts.deliveries} deliveries from ${opts.senders} senders, ${opts.installations} installations`);
      try {
        const databaseUrl = postgres ? await createDatabase(postgres.url, `bench_${c.key.replace(/\W/g, '_')}`) : undefined;
        row.result = await runConfiguration({
          ...opts,
          replicas: c.replicas,
          concurrency: c.concurrency ?? opts.concurrency,
          databaseUrl: c.store === 'PostgreSQL' ? databaseUrl : undefined,
        });
        const r = row.result;
        log(
          `  ${r.acceptedPerSecond.toFixed(0)} accepted/s (answer p95 ${r.answer.p95Ms.toFixed(0)} ms); verdict p50 ${(r.verdict.p50Ms / 1000).toFixed(2)} s, p95 ${(r.verdict.p95Ms / 1000).toFixed(2)} s; drained in ${(r.drainMs / 1000).toFixed(1)} s`,
        );
      } catch (e) {
        if (!(e instanceof MeasureError)) throw e;
        row.failed = e.message;
        log(`  failed: ${e.message}${e.output ? `\n    ${e.output.split('\n').slice(0, 30).join('\n    ')}` : ''}`);
        process.exitCode = 1;
      }
    }
    out.notes.push(`The 1-minute load average was ${loadBefore.toFixed(1)} on ${os.cpus().length} cores when this part started.`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await postgres?.stop();
  }
  return out;
}

/** One configuration: the fake GitHub, the replicas, the warm-up, the measured deliveries, the checks. */
async function runConfiguration(opts) {
  const github = await startGatedGitHub({ installations: opts.installations });
  const dataDir = opts.databaseUrl ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-bench-bot-'));
  /** @type {BotProcess[]} */
  const bots = [];
  try {
    const env = {
      STACKGATE_APP_ID: String(github.app.appId),
      STACKGATE_APP_PRIVATE_KEY: github.app.privateKey,
      STACKGATE_WEBHOOK_SECRET: SECRET,
      GITHUB_API_URL: github.fake.url,
      ...(opts.concurrency ? { STACKGATE_BOT_CONCURRENCY: String(opts.concurrency) } : {}),
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : { STACKGATE_DATA_DIR: dataDir }),
    };
    // One after the other: the first applies the migrations.
    for (let i = 0; i < opts.replicas; i++) bots.push(await startBotProcess(env, START_TIMEOUT_MS, [opts.stackgateCli]));
    let nextRun = 8_800_000_001;
    /** A delivery for installation `t % I`, sent to replica `r % R` (by default the same index). @returns {Planned} */
    const plan = (t, r = t) => {
      const tenant = github.tenants[t % github.tenants.length];
      const runId = nextRun++;
      const body = github.app.requestProtectionRule({ ...tenant, repo: REPO, sha: SHA, environment: ENVIRONMENT, runId });
      return { runId, replica: r % bots.length, body };
    };
    const waitForVerdicts = (planned) => verdicts(github.verdictAt, planned, bots);

    // Warm-up, not measured, until each replica has decided a run of each installation: its token
    // and the App's identity are cached per installation and process (and connections, JIT). Which
    // replica takes a job is the queue's choice, so deliveries go again where a pair is missing.
    for (let round = 1; ; round++) {
      const missing = bots.flatMap((bot, r) => {
        const seen = new Set(decided(bot).map((d) => d.owner));
        return github.tenants.flatMap((tenant, t) => (seen.has(tenant.owner) ? [] : [plan(t, r)]));
      });
      if (!missing.length) break;
      if (round > WARM_UP_ROUNDS)
        throw new MeasureError(`warm-up: after ${WARM_UP_ROUNDS} rounds, ${missing.length} replica and installation pairs without a verdict`);
      checkAnswers(await send(missing, bots, opts.senders), 'warm-up');
      await waitForVerdicts(missing);
    }
    await sleep(1100); // past the write pacing of the warm-up's last verdicts

    // One at a time, each to another installation: the time to verdict of a bot with nothing queued.
    const alone = [];
    for (let i = 0; i < Math.min(ALONE, github.tenants.length); i++) {
      const one = [plan(i)];
      const [s] = await send(one, bots, 1);
      checkAnswers([s], 'one at a time');
      await waitForVerdicts(one);
      alone.push(github.verdictAt.get(s.runId) - s.sentAt);
    }
    await sleep(1100);

    const planned = Array.from({ length: opts.deliveries }, (_, i) => plan(i)); // built (and schema-checked) before the clock starts
    const requestsBefore = github.fake.requests.length;
    const cpuBefore = { bench: process.cpuUsage(), bots: bots.map((b) => cpuMs(b.pid)) };
    const sent = await send(planned, bots, opts.senders);
    checkAnswers(sent, 'measured run');
    await waitForVerdicts(planned);
    const cpu = {
      benchMs: cpuDeltaMs(process.cpuUsage(cpuBefore.bench)),
      botsMs: bots.reduce((sum, b, i) => sum + (cpuMs(b.pid) ?? NaN) - (cpuBefore.bots[i] ?? NaN), 0),
    };
    const requests = github.fake.requests.slice(requestsBefore);
    await sleep(1000); // long enough for a second review of a run to show
    checkReviews(github.app.reviews, planned);
    if (github.fake.violations.length)
      throw new MeasureError(
        `the fake GitHub saw ${github.fake.violations.length} request(s) or answer(s) off GitHub's description`,
        github.fake.violations.slice(0, 5).join('\n'),
      );
    return {
      ...summarize({ sent, verdictAt: github.verdictAt, requests, cpu, bots, planned }),
      alone: percentiles(alone),
      concurrency: opts.concurrency ?? BOT_DEFAULT_CONCURRENCY,
    };
  } finally {
    await Promise.all(bots.map((b) => b.kill('SIGKILL')));
    await github.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Sends the deliveries from `senders` concurrent senders, each taking the next one not sent; each
 * goes to its replica's /webhook. Returns what happened to each, in plan order.
 * @param {Planned[]} planned
 * @param {BotProcess[]} bots
 * @param {number} senders
 * @returns {Promise<Sent[]>}
 */
async function send(planned, bots, senders) {
  /** @type {Sent[]} */
  const sent = [];
  let next = 0;
  const sender = async () => {
    while (next < planned.length) {
      const i = next++;
      const { runId, replica, body } = planned[i];
      const sentAt = performance.now();
      let status;
      try {
        status = (await deliver(`${bots[replica].url}/webhook`, { event: EVENT, body, secret: SECRET })).status;
      } catch (e) {
        status = `no answer (${e.message})`;
      }
      sent[i] = { runId, replica, sentAt, answeredAt: performance.now(), status };
    }
  };
  await Promise.all(Array.from({ length: Math.min(senders, planned.length) }, sender));
  return sent;
}

/** Waits until every planned run has its verdict; fails when none comes for STALL_MS (a replica that died, a job stuck). */
async function verdicts(verdictAt, planned, bots) {
  let seen = -1;
  let progressAt = Date.now();
  for (;;) {
    const count = planned.filter((p) => verdictAt.has(p.runId)).length;
    if (count === planned.length) return;
    if (count !== seen) [seen, progressAt] = [count, Date.now()];
    if (Date.now() - progressAt > STALL_MS) {
      const stderr = bots.map((b, i) => `replica ${i + 1}:\n${b.stderr().split('\n').slice(-8).join('\n')}`).join('\n');
      throw new MeasureError(`${count} of ${planned.length} verdicts, then none for ${STALL_MS / 1000} s`, stderr);
    }
    await sleep(20);
  }
}

function checkAnswers(sent, what) {
  const other = sent.filter((s) => s.status !== 202);
  if (other.length) {
    const kinds = [...new Set(other.map((s) => String(s.status)))].join(', ');
    throw new MeasureError(`${what}: ${other.length} of ${sent.length} deliveries answered other than 202 (${kinds})`);
  }
}

/** Exactly one review per run, approved (the gate holds for every commit). */
function checkReviews(reviews, planned) {
  const perRun = new Map();
  for (const r of reviews) perRun.set(r.runId, [...(perRun.get(r.runId) ?? []), r]);
  const problems = [];
  for (const { runId } of planned) {
    const mine = perRun.get(runId) ?? [];
    if (mine.length !== 1) problems.push(`run ${runId}: ${mine.length} reviews`);
    else if (mine[0].state !== 'approved') problems.push(`run ${runId}: ${mine[0].state ?? 'a comment without a state'}`);
  }
  if (problems.length)
    throw new MeasureError(`${problems.length} of ${planned.length} runs did not get exactly one approval`, problems.slice(0, 10).join('\n'));
}

function summarize({ sent, verdictAt, requests, cpu, bots, planned }) {
  const firstSend = Math.min(...sent.map((s) => s.sentAt));
  const sendingMs = Math.max(...sent.map((s) => s.answeredAt)) - firstSend;
  const toVerdict = sent.map((s) => verdictAt.get(s.runId) - s.sentAt);
  const lastVerdict = Math.max(...sent.map((s) => verdictAt.get(s.runId)));
  const measured = new Set(planned.map((p) => p.runId));
  const perReplica = bots.map((b) => decided(b).filter((d) => measured.has(d.runId)).length);
  return {
    deliveries: sent.length,
    sendingMs,
    acceptedPerSecond: sent.length / (sendingMs / 1000),
    answer: percentiles(sent.map((s) => s.answeredAt - s.sentAt)),
    verdict: percentiles(toVerdict),
    drainMs: lastVerdict - firstSend,
    verdictsPerSecond: sent.length / ((lastVerdict - firstSend) / 1000),
    perReplica,
    requestsPerVerdict: requests.length / sent.length,
    operations: perVerdict(requests, sent.length),
    // What the throttling plugin paces as writes: every method but GET and HEAD (GraphQL included), installation tokens excepted.
    paced: perVerdict(
      requests.filter((r) => !['GET', 'HEAD'].includes(r.method) && r.operationId !== 'apps/create-installation-access-token'),
      sent.length,
    ),
    cpu: { benchMsPerVerdict: cpu.benchMs / sent.length, botsMsPerVerdict: Number.isFinite(cpu.botsMs) ? cpu.botsMs / sent.length : undefined },
  };
}

/** The runs a replica decided, from its log lines "<owner>/<repo> run <id>: approved …". */
function decided(bot) {
  return [...bot.stderr().matchAll(/([\w.-]+)\/[\w.-]+ run (\d+): (?:approved|rejected) /g)].map((m) => ({ owner: m[1], runId: Number(m[2]) }));
}

/** How many of each operation the fake GitHub served per verdict, most first. */
function perVerdict(requests, verdicts) {
  const counts = new Map();
  for (const r of requests) counts.set(r.operationId ?? r.path, (counts.get(r.operationId ?? r.path) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([op, n]) => [op, n / verdicts]));
}

/** p50, p95 (nearest rank) and max of a list of milliseconds. */
export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50Ms: rank(50), p95Ms: rank(95), maxMs: sorted[sorted.length - 1] };
}

/** A fresh database on the server, so each configuration starts with an empty queue. */
async function createDatabase(url, name) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.href;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100; // getconf missing: Linux's usual USER_HZ
  }
})();

/** CPU time (user + system) a process used so far, from /proc; undefined where there is no /proc. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS; // utime, stime (fields 14 and 15)
  } catch {
    return undefined;
  }
}

const cpuDeltaMs = (usage) => (usage.user + usage.system) / 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Versions of what is measured. */
function botFacts(root) {
  const version = (p) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(root, p, 'package.json'), 'utf8')).version;
    } catch {
      return 'not installed';
    }
  };
  let postgresVersion = 'not installed';
  const bin = postgresBinDir();
  try {
    if (bin)
      postgresVersion = execFileSync(path.join(bin, 'pg_ctl'), ['--version'], { encoding: 'utf8' })
        .trim()
        .replace(/^pg_ctl \(PostgreSQL\) /, '');
  } catch {
    postgresVersion = 'unknown'; // pg_ctl found but did not answer --version: reported as such
  }
  return { pgliteVersion: version('node_modules/@electric-sql/pglite'), pgVersion: version('node_modules/pg'), postgresVersion };
}
