/** Durations of stackgate.yml and CLI flags: milliseconds, or `500ms`, `10s`, `2m`. */
import { UserError } from '../errors';

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m)$/;

export function parseDurationMs(value: number | string, where: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  const m = typeof value === 'string' ? DURATION.exec(value.trim()) : null;
  if (!m) throw new UserError(`${where}: expected a duration such as 500ms, 10s or 2m, got "${String(value)}"`);
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60_000);
}

/** `850 ms`, `1.2 s`, `2 m 5 s`: for messages. */
export function formatMs(ms: number): string {
  // Each unit's threshold is where its rounding would carry into the next (no `1000 ms`, `60.0 s`, `1 m 60 s`).
  if (ms < 999.5) return `${ms < 9.95 ? ms.toFixed(1) : Math.round(ms)} ms`;
  if (ms < 59_950) return `${(ms / 1000).toFixed(ms < 9_995 ? 2 : 1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} m ${s % 60} s`;
}
