/** How many threads a run uses; apart from thread-pool.ts, so that deciding loads no worker code. */
import os from 'node:os';

/** The cores this process may use. */
export function coreCount(): number {
  return os.availableParallelism?.() ?? os.cpus().length;
}

/** Threads to use: `requested`, else one per core; at least one, at most one per item. */
export function threadCount(requested: number | undefined, items: number): number {
  return Math.max(1, Math.min(requested ?? coreCount(), items));
}
