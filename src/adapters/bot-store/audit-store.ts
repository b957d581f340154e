/**
 * Audit records of the bot's verdicts, as JSON, under random ids: an id ends up in a public link
 * (the protection rule's comment), so it is 144 random bits, not a sequence number.
 */
import { randomBytes } from 'node:crypto';
import type { SqlQueryable } from './sql-database';

export interface AuditStore {
  /** Stores an audit record (JSON), returns its id (a random, unguessable string: it ends up in a public URL). */
  save(record: unknown): Promise<string>;
  get(id: string): Promise<unknown | undefined>;
}

/** 24 characters of base64url. */
export const newAuditId = (): string => randomBytes(18).toString('base64url');

export function sqlAuditStore(db: SqlQueryable): AuditStore {
  return {
    async save(record) {
      const id = newAuditId();
      await db.query('INSERT INTO stackgate_audits (id, record) VALUES ($1, $2::json)', [id, JSON.stringify(record) ?? 'null']);
      return id;
    },
    async get(id) {
      const rows = await db.query<{ record: unknown }>('SELECT record FROM stackgate_audits WHERE id = $1', [id]);
      return rows.length ? rows[0].record : undefined;
    },
  };
}
