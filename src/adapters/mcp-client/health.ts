/**
 * The HTTP health check of a target: status, expected values in the JSON body by path, latency
 * budget. Through boundedFetch: redirects only within the URL's origin, a body of at most
 * MAX_MESSAGE_BYTES.
 */
import type { PlannedTarget } from '../../core/smoke/plan';
import type { SmokeCheck } from '../../core/smoke/report-schema';
import { formatMs } from '../../core/smoke/duration';
import { subsetMismatch } from '../../core/smoke/expect';
import { displayUrl } from '../../core/smoke/template';
import { boundedFetch } from './bounded-fetch';
import { describeError, isNotReady, type DescribedError } from './describe-error';

export interface HealthOutcome {
  check: SmokeCheck;
  /** Set when the endpoint did not answer at all (warm-up keeps waiting). */
  unreachable?: DescribedError;
}

export async function checkHealth(
  health: NonNullable<PlannedTarget['health']>,
  headers: Record<string, string>,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<HealthOutcome> {
  const started = performance.now();
  const id = 'health';
  const where = displayUrl(health.url);
  let response: Response;
  let body: string;
  try {
    response = await boundedFetch(fetchImpl)(health.url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    body = await response.text();
  } catch (e) {
    const d = describeError(e);
    return { check: { id, status: 'fail', message: `GET ${where}: ${d.message}`, durationMs: performance.now() - started }, unreachable: d };
  }
  const durationMs = performance.now() - started;
  const problems: string[] = [];
  if (response.status !== health.status) problems.push(`answered HTTP ${response.status}, expected ${health.status}`);
  if (health.json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      problems.push('the body is not JSON');
    }
    if (parsed !== undefined) {
      for (const [path, expected] of Object.entries(health.json)) {
        const actual = valueAt(parsed, path);
        const mismatch = actual === undefined ? `${path}: missing` : subsetMismatch(actual, expected, path);
        if (mismatch) problems.push(mismatch);
      }
    }
  }
  if (health.budgetMs !== undefined && durationMs > health.budgetMs)
    problems.push(`took ${formatMs(durationMs)}, over its ${formatMs(health.budgetMs)} budget`);
  const check: SmokeCheck = problems.length
    ? { id, status: 'fail', message: `GET ${where} ${problems.join('; ')}`, durationMs }
    : { id, status: 'pass', message: `GET ${where}: HTTP ${response.status} in ${formatMs(durationMs)}`, durationMs };
  // A starting server or its proxy answers 503 (and the like) before it is up: keep waiting during warm-up.
  return { check, ...(isNotReady(response.status) ? { unreachable: { message: `HTTP ${response.status}`, retryable: true } } : {}) };
}

/** `checks.db.status` or `items[0].name` in a JSON value. */
export function valueAt(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const part of path.split('.').flatMap((p) => p.split(/\[(\d+)\]/).filter(Boolean))) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) && /^\d+$/.test(part) ? cur[Number(part)] : (cur as Record<string, unknown>)[part];
  }
  return cur;
}
