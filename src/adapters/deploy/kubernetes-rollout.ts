/**
 * `kubectl rollout status` of workloads, one after the other, each with the time left before the
 * deadline as its `--timeout` (a second short of it, so kubectl says so itself) — and killed at the
 * deadline all the same: on a watch that never answers, kubectl ignores its own timeout.
 */
import { DeployFailure, type DeployItem, type DriverContext } from '../../core/deploy/driver';
import { formatMs } from '../../core/smoke/duration';
import type { KubectlSession } from './kubernetes-kubectl';
import { describeObject, errorLines, refOf, type ObjectState } from './kubernetes-objects';

/** Left between kubectl's own --timeout and the deadline. */
const TIMEOUT_MARGIN_MS = 1000;

/**
 * Waits for each workload's rollout; the items of those that rolled out come back. The first that
 * does not roll out throws a DeployFailure naming it with kubectl's error (`verify`), or `timeout`.
 */
export async function verifyRollouts(
  k: KubectlSession,
  ctx: DriverContext,
  workloads: ObjectState[],
  /** The report's item for a workload; `isRolledOut` false for the one that failed. */
  itemFor: (o: ObjectState, detail: string, isRolledOut: boolean) => DeployItem,
  opts: { checked: DeployItem[]; changed: boolean },
): Promise<DeployItem[]> {
  const items: DeployItem[] = [];
  for (const w of workloads) {
    const leftMs = ctx.deadline - ctx.now();
    const fail = (message: string, phase: DeployFailure['phase']) =>
      new DeployFailure(message, phase, [...opts.checked, ...items, itemFor(w, 'not rolled out', false)], opts.changed);
    if (leftMs <= 0) throw fail(`${describeObject(w)}: no time left to wait for its rollout`, 'timeout');
    const timeoutS = Math.max(1, Math.floor((leftMs - TIMEOUT_MARGIN_MS) / 1000));
    const started = ctx.now();
    const res = await k.run(['rollout', 'status', refOf(w), ...(w.namespace ? ['--namespace', w.namespace] : []), `--timeout=${timeoutS}s`]);
    // kubectl's progress line names what the API server said: shown only through the session's redaction, as stderr is.
    const waiting = k.redact(lastLine(res.stdout));
    if (res.killed) {
      const why = res.killed === 'deadline' ? 'no answer from the API server before the deadline' : 'cancelled';
      throw fail(`${describeObject(w)}: kubectl rollout status was killed (${why})${waiting ? `; last seen: ${waiting}` : ''}`, 'timeout');
    }
    if (res.code !== 0) {
      const error = errorLines(res.stderr).join('; ') || `kubectl rollout status exited with status ${res.code}`;
      const isTimeout = /timed out waiting for the condition/.test(error);
      throw fail(`${describeObject(w)}: ${error}${isTimeout && waiting ? ` (${waiting})` : ''}`, isTimeout ? 'timeout' : 'verify');
    }
    items.push(itemFor(w, `rolled out in ${formatMs(ctx.now() - started)}`, true));
  }
  return items;
}

function lastLine(stdout: string): string {
  const lines = stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}
