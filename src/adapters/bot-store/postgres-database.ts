/**
 * A PostgreSQL server (DATABASE_URL) through the `pg` driver's connection pool, for replicas that
 * share one queue. The package is loaded when the bot starts, not bundled.
 */
import type { Pool, PoolClient } from 'pg';
import { UserError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import { importOptional, type SqlDatabase, type SqlQueryable } from './sql-database';

export async function openPostgresDatabase(databaseUrl: string, log: Logger): Promise<SqlDatabase> {
  const pg = await importOptional('pg', 'a PostgreSQL server (DATABASE_URL)', () => import('pg'));
  const PoolClass = pg.Pool ?? (pg as unknown as { default: typeof pg }).default.Pool;
  const description = `PostgreSQL at ${describeUrl(databaseUrl)}`;
  const pool: Pool = new PoolClass({ connectionString: databaseUrl });
  // An idle connection that breaks (a server restart) is dropped by the pool; without a listener
  // the 'error' event would end the process.
  pool.on('error', (e) => log.warning(`${description}: an idle connection failed: ${e.message}`));
  const started = Date.now();
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end();
    throw new UserError(`cannot connect to ${description}: ${e instanceof Error ? e.message : String(e)}`, {
      hint: 'check DATABASE_URL (postgresql://user:password@host:port/database) and that the server accepts connections from here',
    });
  }
  log.debug(`connected to ${description} in ${Date.now() - started} ms`);
  const queryable = (q: Pool | PoolClient): SqlQueryable => ({
    query: async <Row>(text: string, params?: readonly unknown[]) => (await q.query(text, params ? [...params] : undefined)).rows as Row[],
    exec: async (text) => void (await q.query(text)),
  });
  let closing: Promise<void> | undefined;
  return {
    ...queryable(pool),
    description,
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch((rollback: Error) => {
          // The connection is unusable: the pool discards it on release.
          broken = rollback;
          log.debug(`${description}: ROLLBACK failed (${rollback.message}); dropping the connection`);
        });
        throw e;
      } finally {
        client.release(broken);
      }
    },
    close: () => (closing ??= pool.end()),
  };
}

/** `host:port/database` of a connection string, without the user and password. */
export function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.host || 'localhost'}${url.pathname}`;
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}
