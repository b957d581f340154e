/**
 * `stackgate bot`: the GitHub App as one process. Opens the store (PostgreSQL at DATABASE_URL, else
 * the embedded one in STACKGATE_DATA_DIR), starts the workers and the HTTP server; close() stops
 * taking deliveries, lets the jobs in hand finish (or leaves them to the lease), and closes the store.
 */
import type { AddressInfo } from 'node:net';
import { createAppAuthenticator } from '../adapters/github/app-auth';
import { openBotStore, type BotStore } from '../adapters/bot-store/store';
import type { Logger } from '../core/logger';
import type { BotConfig } from './config';
import { rejectGivenUp, runJob, type JobContext } from './jobs';
import { createBotMetrics } from './metrics';
import { createBotServer } from './server';
import { startWorkers } from './worker';

export interface StartBotOptions {
  config: BotConfig;
  port: number;
  host: string;
  log: Logger;
  workerEntry?: string;
  /** Test tuning: GitHub client back-off, idle poll, retry delays. */
  tuning?: { clientTuning?: JobContext['clientTuning']; pollMs?: number; retryBaseMs?: number; retryMaxMs?: number; maxAttempts?: number };
}

export interface RunningBot {
  url: string;
  store: BotStore;
  workerId: string;
  close(graceMs?: number): Promise<void>;
}

export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, log } = options;
  const store = await openBotStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const metrics = createBotMetrics(() => store.queue.depth());
  const auth = createAppAuthenticator({ appId: config.appId, privateKey: config.privateKey, apiUrl: config.apiUrl });
  const ctx: JobContext = {
    auth,
    audits: store.audits,
    metrics,
    log,
    apiUrl: config.apiUrl,
    publicUrl: config.publicUrl,
    prometheusToken: config.prometheusToken,
    workerEntry: options.workerEntry,
    clientTuning: options.tuning?.clientTuning,
    identities: new Map(),
  };
  const workers = startWorkers({
    queue: store.queue,
    concurrency: config.concurrency,
    leaseMs: config.leaseMs,
    run: (job) => runJob(job, ctx),
    onGiveUp: (job, why) => rejectGivenUp(job, ctx, why),
    metrics,
    log,
    pollMs: options.tuning?.pollMs,
    retryBaseMs: options.tuning?.retryBaseMs,
    retryMaxMs: options.tuning?.retryMaxMs,
    maxAttempts: options.tuning?.maxAttempts,
  });
  const server = createBotServer({
    webhookSecret: config.webhookSecret,
    queue: store.queue,
    audits: store.audits,
    metrics,
    log,
    // The key was checked when the config was read; the store must answer.
    ready: () => store.ping().catch(() => false),
    onQueued: () => workers.kick(),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (e) {
    await workers.stop(0);
    await store.close();
    throw e;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    store,
    workerId: workers.workerId,
    async close(graceMs = 30_000) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await workers.stop(graceMs);
      await store.close();
    },
  };
}
