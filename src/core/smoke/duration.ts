/**
 * Durations of stackgate.yml and CLI flags: milliseconds, or `500ms`, `10s`, `2m`, `64h`, `2d`, and
 * compounds from the largest unit down (`1h30m`, `2d16h`). A day is 24 hours of elapsed time.
 */
import { UserError } from '../errors';

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;
/** One or more `<number><unit>`, units in decreasing order, each once (checked by parseDurationMs). */
export const DURATION_PATTERN = /^(\d+(\.\d+)?(ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
export const DURATION_EXAMPLES = '500ms, 10s, 2m, 64h or 1h30m';

export function parseDurationMs(value: number | string, where: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  const text = typeof value === 'string' ? value.trim() : '';
  const ms = DURATION_PATTERN.test(text) ? sumParts(text) : undefined;
  if (ms === undefined) throw new UserError(`${where}: expected a duration such as ${DURATION_EXAMPLES}, got "${String(value)}"`);
  return ms;
}

/** Whether a duration string is well formed (units from the largest down, each once). */
export function isDuration(text: string): boolean {
  return DURATION_PATTERN.test(text) && sumParts(text) !== undefined;
}

function sumParts(text: string): number | undefined {
  const order = Object.keys(UNIT_MS);
  let last = -1;
  let total = 0;
  for (const [, n, unit] of text.matchAll(PART)) {
    const rank = order.indexOf(unit);
    if (rank <= last) return undefined;
    last = rank;
    total += Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS];
  }
  return total;
}

/** `850 ms`, `1.2 s`, `2 m 5 s`: for messages. */
export function formatMs(ms: number): string {
  // Each unit's threshold is where its rounding would carry into the next (no `1000 ms`, `60.0 s`, `1 m 60 s`).
  if (ms < 999.5) return `${ms < 9.95 ? ms.toFixed(1) : Math.round(ms)} ms`;
  if (ms < 59_950) return `${(ms / 1000).toFixed(ms < 9_995 ? 2 : 1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)} m ${s % 60} s`;
  const m = Math.round(ms / 60_000);
  if (m < 1440) return `${Math.floor(m / 60)} h ${m % 60} m`;
  const h = Math.round(ms / 3_600_000);
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}
