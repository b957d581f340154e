/**
 * The embedded database: PostgreSQL compiled to WebAssembly (@electric-sql/pglite) keeping its
 * files in a data directory. Nothing to install or run, one process per directory (data-dir-lock.ts).
 * The package is loaded when the bot starts, not bundled (15 MB of wasm).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Logger } from '../../core/logger';
import { lockDataDir } from './data-dir-lock';
import { importOptional, type SqlDatabase, type SqlQueryable } from './sql-database';

export async function openPgliteDatabase(dataDir: string, log: Logger): Promise<SqlDatabase> {
  const pglite = await importOptional('@electric-sql/pglite', 'the embedded database (no DATABASE_URL set)', () => import('@electric-sql/pglite'));
  const PGliteClass = pglite.PGlite ?? (pglite as unknown as { default: typeof pglite }).default.PGlite;
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const release = lockDataDir(dir, log);
  const started = Date.now();
  let db: PGlite;
  try {
    db = await PGliteClass.create(dir);
  } catch (e) {
    release();
    throw e;
  }
  log.debug(`embedded database in ${dir} opened in ${Date.now() - started} ms`);
  const queryable = (q: PGlite | Transaction): SqlQueryable => ({
    query: async <Row>(text: string, params?: readonly unknown[]) => (await q.query<Row>(text, params ? [...params] : undefined)).rows,
    exec: async (text) => void (await q.exec(text)),
  });
  let closing: Promise<void> | undefined;
  return {
    ...queryable(db),
    description: `the embedded database in ${dir}`,
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    close: () =>
      (closing ??= (async () => {
        try {
          await db.close();
        } finally {
          release();
        }
      })()),
  };
}
