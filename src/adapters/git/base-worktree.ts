/**
 * The temporary worktree `score --base` checks the base out into. It never outlives the run:
 *
 * - it is locked with the owning process id (`git worktree add --lock --reason "stackgate pid N"`);
 * - SIGINT, SIGTERM and SIGHUP remove it before the process ends with the signal;
 * - a run that was killed outright (SIGKILL, a lost runner) leaves it behind, so every new one
 *   first removes the stackgate worktrees whose process is gone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { git } from './run-git';
import { isProcessAlive } from '../process-alive';

const PREFIX = 'stackgate-base-';
const REASON = /^stackgate pid (\d+)$/;
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface BaseWorktree {
  dir: string;
  /**
   * Removes the worktree and its directory (safe to call more than once), then lets the event loop
   * turn once: a signal that arrived during synchronous work (scoring) is dispatched then, and ends
   * the process, instead of being lost when nothing else keeps the loop running.
   */
  remove(): Promise<void>;
}

/** Worktrees of this process that exist now (repository top level -> directories). */
const live = new Map<string, string>();
let listening = false;

/**
 * From the first worktree on, SIGINT, SIGTERM and SIGHUP remove the live worktrees and then end the
 * process by the same signal. The listener stays: a signal that arrives while synchronous work runs
 * is handled after that work, possibly after the worktree is gone, and must still end the process.
 */
function listenForSignals(): void {
  if (listening) return;
  listening = true;
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const [dir, top] of [...live]) removeWorktree(top, dir);
    live.clear();
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    listening = false;
    process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

export function addBaseWorktree(top: string, commit: string): BaseWorktree {
  pruneStaleWorktrees(top);
  listenForSignals();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
  live.set(dir, top);
  const removeNow = (): void => {
    if (live.delete(dir)) removeWorktree(top, dir);
  };
  try {
    git(top, ['worktree', 'add', '--detach', '--force', '--lock', '--reason', `stackgate pid ${process.pid}`, '--', dir, commit]);
  } catch (e) {
    removeNow();
    throw e;
  }
  return {
    dir,
    remove: async () => {
      removeNow();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

function removeWorktree(top: string, dir: string): void {
  try {
    // Twice --force: the worktree is locked.
    git(top, ['worktree', 'remove', '--force', '--force', '--', dir]);
  } catch {
    // Removing the directory below and pruning is enough when git no longer knows the worktree.
  }
  fs.rmSync(dir, { recursive: true, force: true });
  try {
    git(top, ['worktree', 'prune']);
  } catch {
    // Nothing to prune.
  }
}

/** Removes the stackgate worktrees of processes that no longer run (killed before they could clean up). */
export function pruneStaleWorktrees(top: string): string[] {
  let listing: string;
  try {
    listing = git(top, ['worktree', 'list', '--porcelain']);
  } catch {
    return []; // Not a git repository any more, or no worktree support: nothing of ours to prune.
  }
  const stale: string[] = [];
  for (const block of listing.split('\n\n')) {
    const dir = /^worktree (.+)$/m.exec(block)?.[1];
    const pid = REASON.exec(/^locked (.+)$/m.exec(block)?.[1] ?? '')?.[1];
    if (!dir || !pid || !path.basename(dir).startsWith(PREFIX) || isProcessAlive(Number(pid))) continue;
    removeWorktree(top, dir);
    stale.push(dir);
  }
  return stale;
}
