/**
 * The GitHub App's storage: the durable queue of webhook deliveries and the audit records of its
 * verdicts. A PostgreSQL server when `databaseUrl` is given (replicas share it), otherwise the
 * embedded PostgreSQL (pglite) in `dataDir`: the same SQL and migrations on both. Opening it runs
 * the migrations the database lacks.
 */
import type { Logger } from '../../core/logger';
import { sqlAuditStore, type AuditStore } from './audit-store';
import { sqlDeliveryQueue, type DeliveryQueue } from './delivery-queue';
import { migrate } from './migrations';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';

export type { AuditStore } from './audit-store';
export type { DeliveryQueue, DeliveryRecord, Job, JobState, NewDelivery } from './delivery-queue';

export interface BotStore {
  queue: DeliveryQueue;
  audits: AuditStore;
  /** SELECT 1 works (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface BotStoreOptions {
  /** The embedded database's directory (STACKGATE_DATA_DIR); DEFAULT_DATA_DIR when absent. */
  dataDir?: string;
  /** A PostgreSQL server (DATABASE_URL); wins over dataDir. */
  databaseUrl?: string;
  log?: Logger;
}

export const DEFAULT_DATA_DIR = './.stackgate-bot';

const quiet: Logger = { debug() {}, info() {}, warning() {}, error() {}, group: (_name, fn) => fn() };

export async function openBotStore(options: BotStoreOptions): Promise<BotStore> {
  const log = options.log ?? quiet;
  const db = options.databaseUrl ? await openPostgresDatabase(options.databaseUrl, log) : await openPgliteDatabase(options.dataDir ?? DEFAULT_DATA_DIR, log);
  try {
    await migrate(db, log);
  } catch (e) {
    await db.close();
    throw e;
  }
  log.info(`bot storage: ${db.description}`);
  return {
    queue: sqlDeliveryQueue(db, log),
    audits: sqlAuditStore(db),
    async ping() {
      try {
        return (await db.query('SELECT 1 AS ok')).length === 1;
      } catch (e) {
        log.warning(`${db.description}: SELECT 1 failed: ${e instanceof Error ? e.message : String(e)}`);
        return false;
      }
    },
    close: () => db.close(),
  };
}
