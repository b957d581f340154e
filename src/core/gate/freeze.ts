/**
 * Freeze windows: is an instant inside one, and when does the next one open.
 *
 * A recurring window opens at every occurrence of its cron pattern in its time zone (so "0 16 * * 5"
 * in Europe/Berlin is 16:00 Berlin time in winter and in summer) and lasts its duration in elapsed
 * time (64h after a Friday 16:00 is Monday 08:00, or 09:00 / 07:00 when the clocks change that
 * weekend), as Argo CD's sync windows do. A dated window runs from `from` (inclusive) to `to`
 * (exclusive). The instant is injected: nothing here reads the clock.
 */
import { Cron } from 'croner';
import type { FreezeWindow } from '../config/gate-schema';
import { parseDurationMs } from '../smoke/duration';

export interface OpenWindow {
  /** Index in gate.freeze. */
  index: number;
  start: Date;
  end: Date;
  /** "cron 0 16 * * 5 (Europe/Berlin) for 64h" or "2026-12-20T00:00:00Z to 2027-01-04T00:00:00Z". */
  description: string;
  reason?: string;
}

export function describeWindow(w: FreezeWindow): string {
  return 'cron' in w ? `cron "${w.cron}" (${w.timezone}) for ${w.duration}` : `${w.from} to ${w.to}`;
}

/** The window occurrence that contains `now`, or that opens next (within a year) when `next` is set. */
function occurrence(w: FreezeWindow, index: number, now: Date, where: string): { open?: OpenWindow; next?: Date } {
  const base = { index, description: describeWindow(w), ...(w.reason ? { reason: w.reason } : {}) };
  if (!('cron' in w)) {
    const start = new Date(w.from);
    const end = new Date(w.to);
    if (now >= start && now < end) return { open: { ...base, start, end } };
    return now < start ? { next: start } : {};
  }
  const durationMs = parseDurationMs(w.duration, `${where}.duration`);
  const cron = new Cron(w.cron, { timezone: w.timezone, paused: true });
  // The latest start at or before now: if it has ended, every earlier one has too.
  const last = cron.previousRuns(1, new Date(now.getTime() + 1))[0];
  if (last && now.getTime() < last.getTime() + durationMs) return { open: { ...base, start: last, end: new Date(last.getTime() + durationMs) } };
  return { next: cron.nextRun(now) ?? undefined };
}

/** Every window open at `now` (overlapping windows are all listed), and the next one to open. */
export function evaluateFreeze(
  windows: readonly FreezeWindow[],
  now: Date,
  where = 'gate.freeze',
): { open: OpenWindow[]; nextStart?: { index: number; at: Date; description: string } } {
  const open: OpenWindow[] = [];
  let nextStart: { index: number; at: Date; description: string } | undefined;
  windows.forEach((w, i) => {
    const o = occurrence(w, i, now, `${where}[${i}]`);
    if (o.open) open.push(o.open);
    else if (o.next && (!nextStart || o.next < nextStart.at)) nextStart = { index: i, at: o.next, description: describeWindow(w) };
  });
  return { open, ...(nextStart ? { nextStart } : {}) };
}
