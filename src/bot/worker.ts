/**
 * The bot's workers: `concurrency` loops per process that claim jobs from the shared queue (FOR
 * UPDATE SKIP LOCKED: replicas never get the same job), hold their lease while they work (extended
 * every third of it), and record the outcome. A job that fails in a way GitHub may get over is
 * retried with exponential backoff and jitter, up to `maxAttempts`; then it is given up on (dead),
 * and so is a job that failed otherwise. A process that dies mid-job loses nothing: its lease runs
 * out and another worker (or this one, restarted) claims the job again.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { GitHubApiError } from '../adapters/github/api-error';
import type { DeliveryQueue, Job } from '../adapters/bot-store/store';
import { retryDelayMs } from '../core/bot/backoff';
import { isUserError, toError } from '../core/errors';
import type { Logger } from '../core/logger';
import { RetryableJobError } from './jobs';
import type { BotMetrics } from './metrics';

export interface WorkerOptions {
  queue: DeliveryQueue;
  concurrency: number;
  leaseMs: number;
  run(job: Job): Promise<string>;
  /** Called once when a job is given up on (the protection rule is rejected, saying why). */
  onGiveUp(job: Job, why: string): Promise<void>;
  metrics: BotMetrics;
  log: Logger;
  /** How often an idle worker looks for work (a delivery received by this process wakes it at once). */
  pollMs?: number;
  maxAttempts?: number;
  /** Backoff base and cap (tests shorten them). */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

export interface Workers {
  readonly workerId: string;
  /** Wakes idle workers (a delivery was just queued). */
  kick(): void;
  /** Stops claiming, waits for the jobs in hand (at most `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export function startWorkers(options: WorkerOptions): Workers {
  const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 500;
  const maxAttempts = options.maxAttempts ?? 8;
  let stopping = false;
  const wakers = new Set<() => void>();
  const idle = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      wakers.add(done);
    });

  const work = async (job: Job): Promise<void> => {
    const { queue, metrics, log } = options;
    const lease = setInterval(
      () => {
        queue
          .extend(job.id, workerId, options.leaseMs)
          .catch((e: unknown) => log.warning(`could not extend the lease of job ${job.id}: ${toError(e).message}`));
      },
      Math.max(1000, Math.floor(options.leaseMs / 3)),
    );
    const finish = (result: string) => {
      metrics.jobs.inc({ event: job.event, result });
      metrics.jobDuration.observe({ event: job.event }, Math.max(0, Date.now() - job.receivedAt.getTime()) / 1000);
    };
    try {
      const outcome = await options.run(job);
      await queue.complete(job.id, workerId, outcome);
      finish('done');
      log.debug(`job ${job.id} (${job.event} ${job.deliveryId}): ${outcome}`);
    } catch (e) {
      const message = toError(e).message;
      const retryable = e instanceof RetryableJobError || !(isUserError(e) || (e instanceof GitHubApiError && e.status !== undefined && e.status < 500));
      if (retryable && job.attempts < maxAttempts) {
        const delay = retryDelayMs(job.attempts, options.retryBaseMs, options.retryMaxMs);
        await queue.fail(job.id, workerId, message, delay);
        finish('retry');
        log.warning(
          `job ${job.id} (${job.event} ${job.deliveryId}) failed, attempt ${job.attempts} of ${maxAttempts}; retrying in ${Math.round(delay / 1000)} s: ${message}`,
        );
      } else {
        await queue.fail(job.id, workerId, message);
        finish('dead');
        log.error(`job ${job.id} (${job.event} ${job.deliveryId}) given up after ${job.attempts} attempt(s): ${message}`);
        await options.onGiveUp(job, message);
      }
    } finally {
      clearInterval(lease);
    }
  };

  const loop = async (): Promise<void> => {
    while (!stopping) {
      let job: Job | undefined;
      try {
        job = await options.queue.claim(workerId, options.leaseMs);
      } catch (e) {
        options.log.warning(`could not claim a job: ${toError(e).message}`);
      }
      if (!job) {
        await idle();
        continue;
      }
      try {
        if (job.attempts > maxAttempts) {
          // Claimed again and again without ever reaching fail(): each attempt ended with its process (a crash it causes).
          const why = `claimed ${job.attempts} times without finishing: the process working on it ended each time`;
          await options.queue.fail(job.id, workerId, why);
          options.metrics.jobs.inc({ event: job.event, result: 'dead' });
          options.log.error(`job ${job.id} (${job.event} ${job.deliveryId}) given up: ${why}`);
          await options.onGiveUp(job, why);
          continue;
        }
        await work(job);
      } catch (e) {
        // The queue itself failed (the database went away): the lease expires and the job comes back.
        options.log.warning(`job ${job.id}: ${toError(e).message}`);
      }
    }
  };
  const loops = Array.from({ length: options.concurrency }, () => loop());

  return {
    workerId,
    kick: () => {
      for (const wake of [...wakers]) wake();
    },
    async stop(graceMs = 30_000) {
      stopping = true;
      for (const wake of [...wakers]) wake();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(loops), new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
      clearTimeout(timer);
    },
  };
}
