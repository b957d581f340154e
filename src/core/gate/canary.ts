/**
 * Canary analysis of `environments.<env>.gate.prometheus` (as Argo Rollouts' analysis runs): every
 * check is measured `count` times, `interval` apart, all checks in the same round, with no wait
 * after the last round. A measurement passes when its value lies within the check's min/max; no
 * data (an empty result, NaN) and an unusable result (several series) are failed measurements. A
 * check fails when its failed measurements exceed `failureLimit`; the analysis stops after the
 * round in which that happens, since the outcome is then certain.
 *
 * Fails closed: when a query throws (Prometheus unreachable, the query rejected) or the signal
 * aborts, the analysis stops, does not pass, and `error` says why.
 */
import { toError } from '../errors';
import type { Logger } from '../logger';
import type { GatePrometheus } from '../config/gate-schema';
import { parseDurationMs } from '../smoke/duration';

/** One answer of Prometheus to a check's query. */
export type Measurement =
  | { kind: 'value'; value: number }
  /** An empty result or NaN: what the data is missing, e.g. "empty result (no series matched)". */
  | { kind: 'no-data'; detail: string }
  /** An answer that is not one number (several series, a range vector, a string). */
  | { kind: 'invalid'; detail: string };

export type CanaryCheck = GatePrometheus['checks'][number];

export interface CanaryPorts {
  /** Runs the check's query once. Throws when there is no answer to judge (fail closed). */
  query(check: CanaryCheck, signal?: AbortSignal): Promise<Measurement>;
  /** Waits `ms`; ends early (resolving or rejecting) when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Epoch milliseconds. */
  now(): number;
  log?: Logger;
}

export interface CanaryMeasurement {
  /** ISO 8601 instant the query was sent. */
  at: string;
  value?: number;
  noData?: string;
  invalid?: string;
  passed: boolean;
}

export interface CanaryCheckResult {
  name: string;
  query: string;
  min?: number;
  max?: number;
  measurements: CanaryMeasurement[];
  /** Failed measurements. */
  failures: number;
  /** failures <= failureLimit, and the analysis was not stopped by an error. */
  passed: boolean;
}

export interface CanaryResult {
  passed: boolean;
  /** One line for a release manager. */
  summary: string;
  checks: CanaryCheckResult[];
  /** Rounds measured (fewer than count when a check failed early or the analysis stopped). */
  rounds: number;
  count: number;
  failureLimit: number;
  intervalMs: number;
  /** Why the analysis stopped without a verdict from the metrics (fail closed). */
  error?: string;
}

export async function runCanary(config: GatePrometheus, ports: CanaryPorts, signal?: AbortSignal): Promise<CanaryResult> {
  const intervalMs = parseDurationMs(config.interval, 'prometheus.interval');
  const { count, failureLimit } = config;
  const checks: CanaryCheckResult[] = config.checks.map((c) => ({
    name: c.name,
    query: c.query,
    ...(c.min !== undefined && { min: c.min }),
    ...(c.max !== undefined && { max: c.max }),
    measurements: [],
    failures: 0,
    passed: true,
  }));
  const start = ports.now();
  let rounds = 0;
  let error: string | undefined;
  try {
    for (let round = 0; round < count; round++) {
      if (round > 0) {
        await ports.sleep(Math.max(0, start + round * intervalMs - ports.now()), signal);
        throwIfAborted(signal);
      }
      for (const [i, check] of config.checks.entries()) {
        throwIfAborted(signal);
        const at = new Date(ports.now()).toISOString();
        const measurement = judge(await ports.query(check, signal), check, at);
        record(checks[i], measurement, failureLimit);
        ports.log?.[measurement.passed ? 'info' : 'warning'](`${check.name} (round ${round + 1} of ${count}): ${describeMeasurement(measurement, check)}`);
      }
      rounds = round + 1;
      if (checks.some((c) => !c.passed)) break;
    }
  } catch (e) {
    error = signal?.aborted ? 'cancelled' : toError(e).message;
    for (const c of checks) c.passed = false;
  }
  const passed = error === undefined && checks.every((c) => c.passed);
  const result: CanaryResult = { passed, summary: '', checks, rounds, count, failureLimit, intervalMs, ...(error !== undefined && { error }) };
  result.summary = summarize(result);
  ports.log?.[passed ? 'info' : 'error'](`canary analysis ${passed ? 'passed' : 'failed'}: ${result.summary}`);
  return result;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Error('cancelled');
}

function record(check: CanaryCheckResult, measurement: CanaryMeasurement, failureLimit: number): void {
  check.measurements.push(measurement);
  if (!measurement.passed) check.failures++;
  check.passed = check.failures <= failureLimit;
}

function judge(m: Measurement, check: CanaryCheck, at: string): CanaryMeasurement {
  if (m.kind === 'no-data') return { at, noData: m.detail, passed: false };
  if (m.kind === 'invalid') return { at, invalid: m.detail, passed: false };
  if (Number.isNaN(m.value)) return { at, noData: 'NaN', passed: false };
  const passed = (check.min === undefined || m.value >= check.min) && (check.max === undefined || m.value <= check.max);
  return { at, value: m.value, passed };
}

/**
 * `0.0004 within max 0.001`, `0.0023 above max 0.001`, `no data (empty result)`; short (for the
 * summary) without the detail of no data or an unusable answer.
 */
function describeMeasurement(m: CanaryMeasurement, check: { min?: number; max?: number }, short = false): string {
  if (m.noData !== undefined) return short ? 'no data' : `no data (${m.noData})`;
  if (m.invalid !== undefined) return short ? 'not one number' : `not one number (${m.invalid})`;
  const value = formatValue(m.value!);
  if (check.max !== undefined && m.value! > check.max) return `${value} above max ${formatValue(check.max)}`;
  if (check.min !== undefined && m.value! < check.min) return `${value} below min ${formatValue(check.min)}`;
  return `${value} within ${bounds(check)}`;
}

/** `max 0.001`, `min 5`, `min 1 and max 5`. */
function bounds(check: { min?: number; max?: number }): string {
  return [check.min !== undefined && `min ${formatValue(check.min)}`, check.max !== undefined && `max ${formatValue(check.max)}`].filter(Boolean).join(' and ');
}

/** Four significant digits at most (`0.001235`, `1235`, `+Inf`). */
export function formatValue(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

/** `14:03:00Z` of an ISO instant. */
const clockTime = (iso: string): string => `${iso.slice(11, 19)}Z`;

const MAX_REASONS = 3;

function summarize(result: CanaryResult): string {
  const parts = result.checks.map((c) => {
    const taken = c.measurements.length;
    const failed = c.measurements.filter((m) => !m.passed);
    const reasons = failed.slice(0, MAX_REASONS).map((m) => `${describeMeasurement(m, c, true)} at ${clockTime(m.at)}`);
    if (failed.length > MAX_REASONS) reasons.push(`${failed.length - MAX_REASONS} more`);
    const why = reasons.length ? ` (${reasons.join(', ')})` : '';
    if (taken === 0) return `${c.name}: not measured`;
    if (c.failures === 0) return `${c.name}: ${taken} of ${taken} measurements within ${bounds(c)}`;
    if (c.failures <= result.failureLimit)
      return `${c.name}: ${taken - c.failures} of ${taken} measurements within ${bounds(c)}, ${c.failures} failed${why}, limit ${result.failureLimit}`;
    return `${c.name}: ${c.failures} of ${taken} failed${why}, limit ${result.failureLimit}`;
  });
  const stopped =
    result.error !== undefined
      ? `stopped after ${result.rounds} of ${result.count} rounds: ${result.error}; `
      : result.rounds < result.count
        ? `stopped early after round ${result.rounds} of ${result.count}; `
        : '';
  return `${stopped}${parts.join('; ')}`;
}
