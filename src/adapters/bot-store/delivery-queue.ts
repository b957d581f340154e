/**
 * The durable queue of webhook deliveries, in SQL. A delivery id is stored once (a redelivery is
 * a duplicate); workers claim the oldest due job with `FOR UPDATE SKIP LOCKED`, so two replicas
 * never hold the same job, and hold it for a lease: a job whose lease expired (its worker crashed)
 * is claimed again. Every time comes from the database's clock, so replicas agree on it.
 */
import type { Logger } from '../../core/logger';
import type { SqlQueryable } from './sql-database';

export type JobState = 'queued' | 'running' | 'done' | 'dead';

export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'dead'];

export interface NewDelivery {
  deliveryId: string;
  event: string;
  action?: string;
  installationId?: number;
  repository?: string;
  payload: unknown;
}

export interface Job extends NewDelivery {
  id: number;
  /** Claims so far, this one included. */
  attempts: number;
  receivedAt: Date;
  claimedAt: Date;
}

/** A delivery's job as stored, whatever its state. */
export interface DeliveryRecord extends Omit<Job, 'claimedAt'> {
  state: JobState;
  /** When it is (or was) due: received, or after a retry's delay. */
  dueAt: Date;
  /** The last claim, and the worker that made it; none while the job was never claimed. */
  claimedAt?: Date;
  workerId?: string;
  leaseUntil?: Date;
  /** What complete() recorded. */
  outcome?: string;
  /** The last failure, from fail(): kept when a retry then succeeds. */
  error?: string;
  /** When it ended, done or dead. */
  finishedAt?: Date;
}

export interface DeliveryQueue {
  /** 'queued', or 'duplicate' when that delivery id was received before (whatever its state). */
  enqueue(d: NewDelivery): Promise<'queued' | 'duplicate'>;
  /** Claims the oldest job that is queued and due, or running with an expired lease (a crashed worker); undefined when none. Increments attempts. */
  claim(workerId: string, leaseMs: number): Promise<Job | undefined>;
  /** Extends the lease of a job this worker holds (long gate evaluations). false when the worker no longer holds it. */
  extend(jobId: number, workerId: string, leaseMs: number): Promise<boolean>;
  /** Marks the job done. A worker that no longer holds it (its lease expired and another worker claimed it) changes nothing: a warning says so. */
  complete(jobId: number, workerId: string, outcome: string): Promise<void>;
  /** Retry after `retryInMs` (due later), or give up ('dead') when retryInMs is undefined. Like complete(), only from the worker that holds it. */
  fail(jobId: number, workerId: string, error: string, retryInMs?: number): Promise<void>;
  /** Jobs per state (queued, running, done, dead), for /metrics. */
  depth(): Promise<Record<JobState, number>>;
  /** The job of a delivery (tests and the audit link). */
  get(deliveryId: string): Promise<DeliveryRecord | undefined>;
}

interface JobRow {
  id: number | string;
  delivery_id: string;
  event: string;
  action: string | null;
  installation_id: number | string | null;
  repository: string | null;
  payload: unknown;
  state: JobState;
  attempts: number;
  received_at: Date;
  due_at: Date;
  worker_id: string | null;
  claimed_at: Date | null;
  lease_until: Date | null;
  finished_at: Date | null;
  outcome: string | null;
  error: string | null;
}

const COLUMNS =
  'id, delivery_id, event, action, installation_id, repository, payload, state, attempts, received_at, due_at, worker_id, claimed_at, lease_until, finished_at, outcome, error';

/** `now()` plus a parameter in milliseconds. */
const later = (param: string): string => `now() + ${param}::double precision * interval '1 millisecond'`;

export function sqlDeliveryQueue(db: SqlQueryable, log: Logger): DeliveryQueue {
  /** Ends the job's lease with `set` (a SET list; $3 and on are `params`) while `workerId` holds it; warns when it does not. */
  const whileHeld = async (what: string, jobId: number, workerId: string, set: string, params: unknown[]): Promise<void> => {
    const rows = await db.query(
      `UPDATE stackgate_jobs SET ${set}, lease_until = NULL
       WHERE id = $1 AND worker_id = $2 AND state = 'running'
       RETURNING id`,
      [jobId, workerId, ...params],
    );
    if (rows.length === 0)
      log.warning(`job ${jobId}: not ${what}, worker ${workerId} no longer holds it (its lease expired and another worker claimed it, or it ended)`);
  };
  return {
    async enqueue(d) {
      const rows = await db.query(
        `INSERT INTO stackgate_jobs (delivery_id, event, action, installation_id, repository, payload)
         VALUES ($1, $2, $3, $4, $5, $6::json)
         ON CONFLICT (delivery_id) DO NOTHING
         RETURNING id`,
        [d.deliveryId, d.event, d.action ?? null, d.installationId ?? null, d.repository ?? null, JSON.stringify(d.payload) ?? 'null'],
      );
      return rows.length ? 'queued' : 'duplicate';
    },

    async claim(workerId, leaseMs) {
      const rows = await db.query<JobRow>(
        `UPDATE stackgate_jobs
         SET state = 'running', worker_id = $1, attempts = attempts + 1, claimed_at = now(), lease_until = ${later('$2')}
         WHERE id = (
           SELECT id FROM stackgate_jobs
           WHERE (state = 'queued' AND due_at <= now()) OR (state = 'running' AND lease_until <= now())
           ORDER BY due_at, id
           LIMIT 1
           FOR UPDATE SKIP LOCKED
         )
         RETURNING ${COLUMNS}`,
        [workerId, leaseMs],
      );
      if (!rows.length) return undefined;
      return { ...toJobFields(rows[0]), claimedAt: rows[0].claimed_at! };
    },

    async extend(jobId, workerId, leaseMs) {
      const rows = await db.query(
        `UPDATE stackgate_jobs SET lease_until = ${later('$3')}
         WHERE id = $1 AND worker_id = $2 AND state = 'running'
         RETURNING id`,
        [jobId, workerId, leaseMs],
      );
      return rows.length > 0;
    },

    complete: (jobId, workerId, outcome) => whileHeld('completed', jobId, workerId, "state = 'done', outcome = $3, finished_at = now()", [outcome]),

    fail: (jobId, workerId, error, retryInMs) =>
      retryInMs === undefined
        ? whileHeld('given up', jobId, workerId, "state = 'dead', error = $3, finished_at = now()", [error])
        : whileHeld('queued for a retry', jobId, workerId, `state = 'queued', error = $3, due_at = ${later('$4')}`, [error, Math.max(0, retryInMs)]),

    async depth() {
      const rows = await db.query<{ state: JobState; jobs: number | string }>('SELECT state, count(*) AS jobs FROM stackgate_jobs GROUP BY state');
      const depth = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
      for (const r of rows) depth[r.state] = Number(r.jobs);
      return depth;
    },

    async get(deliveryId) {
      const rows = await db.query<JobRow>(`SELECT ${COLUMNS} FROM stackgate_jobs WHERE delivery_id = $1`, [deliveryId]);
      return rows.length ? toRecord(rows[0]) : undefined;
    },
  };
}

const optional = <K extends string, V>(key: K, value: V | null): { [P in K]?: V } => (value === null ? {} : ({ [key]: value } as { [P in K]?: V }));

/** The fields of a Job but claimedAt: bigint columns (strings from `pg`) as numbers, NULL as absent. */
function toJobFields(row: JobRow): Omit<Job, 'claimedAt'> {
  return {
    id: Number(row.id),
    deliveryId: row.delivery_id,
    event: row.event,
    ...optional('action', row.action),
    ...optional('installationId', row.installation_id === null ? null : Number(row.installation_id)),
    ...optional('repository', row.repository),
    payload: row.payload,
    attempts: Number(row.attempts),
    receivedAt: row.received_at,
  };
}

function toRecord(row: JobRow): DeliveryRecord {
  return {
    ...toJobFields(row),
    state: row.state,
    dueAt: row.due_at,
    ...optional('claimedAt', row.claimed_at),
    ...optional('workerId', row.worker_id),
    ...optional('leaseUntil', row.lease_until),
    ...optional('outcome', row.outcome),
    ...optional('error', row.error),
    ...optional('finishedAt', row.finished_at),
  };
}
