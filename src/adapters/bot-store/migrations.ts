/**
 * The bot's schema, as numbered migrations run the same way on the embedded database and on a
 * server. They run in one transaction under an advisory lock, so replicas that start together
 * apply each migration once and the others wait, then find nothing to do. A migration, once
 * released, never changes: a change is a new migration at the end of the list.
 */
import type { Logger } from '../../core/logger';
import type { SqlDatabase } from './sql-database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'deliveries queue and audit records',
    sql: `
      CREATE TABLE stackgate_jobs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        delivery_id text NOT NULL UNIQUE,
        event text NOT NULL,
        action text,
        installation_id bigint,
        repository text,
        payload json NOT NULL,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        received_at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz NOT NULL DEFAULT now(),
        worker_id text,
        claimed_at timestamptz,
        lease_until timestamptz,
        finished_at timestamptz,
        outcome text,
        error text
      );
      CREATE INDEX stackgate_jobs_due ON stackgate_jobs (due_at, id) WHERE state = 'queued';
      CREATE INDEX stackgate_jobs_lease ON stackgate_jobs (lease_until) WHERE state = 'running';
      CREATE INDEX stackgate_jobs_state ON stackgate_jobs (state);
      CREATE TABLE stackgate_audits (
        id text PRIMARY KEY,
        record json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];

/** Any number, the same in every replica: the key of the advisory lock migrations hold. */
const MIGRATION_LOCK = 7_315_201_611;

/** Applies the migrations the database lacks; returns the versions it applied. */
export async function migrate(db: SqlDatabase, log: Logger, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const done = await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS stackgate_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM stackgate_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    const known = new Set(migrations.map((m) => m.version));
    const newer = [...applied].filter((v) => !known.has(v));
    if (newer.length) log.warning(`${db.description} has migrations this stackgate does not know (${newer.join(', ')}): a newer version migrated it`);
    const done: Migration[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO stackgate_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      done.push(m);
    }
    return done;
  });
  for (const m of done) log.info(`${db.description}: applied migration ${m.version} (${m.name})`);
  return done.map((m) => m.version);
}
