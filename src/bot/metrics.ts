/**
 * The bot's Prometheus metrics (prom-client), in a registry of its own per server: deliveries by
 * event and outcome, verdicts, queue depth (read from the database at scrape time, so every replica
 * reports the shared queue), job duration, and the GitHub rate limit left.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type QueueDepth = () => Promise<Record<string, number>>;

export function createBotMetrics(queueDepth: QueueDepth) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'stackgate_bot_' });
  const deliveries = new Counter({
    name: 'stackgate_bot_deliveries_total',
    help: 'Webhook deliveries received, by event and outcome (queued, duplicate, ignored, rejected).',
    labelNames: ['event', 'outcome'] as const,
    registers: [registry],
  });
  const verdicts = new Counter({
    name: 'stackgate_bot_verdicts_total',
    help: 'Deployment protection rule verdicts sent to GitHub, by state (approved, rejected).',
    labelNames: ['state'] as const,
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'stackgate_bot_jobs_total',
    help: 'Jobs worked on, by event and result (done, retry, dead).',
    labelNames: ['event', 'result'] as const,
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'stackgate_bot_job_duration_seconds',
    help: 'Time from a delivery being received to its job finishing, by event.',
    labelNames: ['event'] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  });
  const rateLimit = new Gauge({
    name: 'stackgate_bot_github_rate_limit_remaining',
    help: 'Requests left in the current GitHub rate-limit window, as the last API answer said.',
    registers: [registry],
  });
  new Gauge({
    name: 'stackgate_bot_queue_depth',
    help: 'Jobs in the shared queue, by state.',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      for (const [state, n] of Object.entries(await queueDepth())) this.set({ state }, n);
    },
  });
  return { registry, deliveries, verdicts, jobs, jobDuration, rateLimit };
}

export type BotMetrics = ReturnType<typeof createBotMetrics>;
