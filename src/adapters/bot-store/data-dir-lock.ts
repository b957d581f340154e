/**
 * One process per embedded database: pglite is PostgreSQL in a single process, and two of them on
 * one data directory corrupt it (pglite itself does not refuse). The lock is a file in the
 * directory naming the process and host that hold it. A lock whose process is gone (a crash, a
 * restarted container) is taken over; a live holder on this host, or this process itself, is refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import { isProcessAlive } from '../process-alive';

export const LOCK_FILE = 'stackgate-bot.lock';

interface Holder {
  pid: number;
  host: string;
}

/** Data directories this process holds (by real path). */
const heldHere = new Set<string>();

/** Takes the lock of `dir` (which must exist) and returns the function that releases it. */
export function lockDataDir(dir: string, log: Logger): () => void {
  const key = fs.realpathSync(dir);
  const file = path.join(key, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: os.hostname() };
  const inUse = (who: string): UserError =>
    new UserError(`the bot's data directory ${dir} is in use by ${who}`, {
      hint: 'run one bot process per data directory (STACKGATE_DATA_DIR), or share a PostgreSQL server between replicas (DATABASE_URL)',
    });
  if (heldHere.has(key)) throw inUse('this process');
  for (let attempt = 1; ; attempt++) {
    try {
      fs.writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw e;
    }
    const holder = readHolder(file);
    if (holder && holder.host === me.host && holder.pid !== me.pid && isProcessAlive(holder.pid)) throw inUse(`process ${holder.pid}`);
    log.warning(
      holder
        ? `${dir}: taking over the lock of process ${holder.pid} on ${holder.host}, which is gone (it stopped without releasing it)`
        : `${dir}: replacing an unreadable lock file ${LOCK_FILE}`,
    );
    fs.rmSync(file, { force: true });
  }
  heldHere.add(key);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    heldHere.delete(key);
    const holder = readHolder(file);
    if (holder?.pid === me.pid && holder.host === me.host) fs.rmSync(file, { force: true });
  };
}

function readHolder(file: string): Holder | undefined {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' ? { pid: value.pid, host: value.host } : undefined;
  } catch {
    // Gone or half written: the caller treats it as no holder, and says so.
    return undefined;
  }
}
