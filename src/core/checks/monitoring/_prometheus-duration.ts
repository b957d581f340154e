/** Prometheus durations (`1h30m`, `15s`, `500ms`) in milliseconds; undefined when not a valid duration. */
const UNITS: [string, number][] = [
  ['y', 365 * 24 * 3600_000],
  ['w', 7 * 24 * 3600_000],
  ['d', 24 * 3600_000],
  ['h', 3600_000],
  ['m', 60_000],
  ['s', 1000],
  ['ms', 1],
];
const DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;

export function parsePrometheusDurationMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (value === '0') return 0;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  let total = 0;
  UNITS.forEach(([, ms], i) => {
    if (m[i + 1]) total += Number(m[i + 1]) * ms;
  });
  return total;
}
