import type { GatePrometheus } from '../../../src/core/config/gate-schema';
import { formatValue, runCanary, type CanaryCheck, type CanaryPorts, type Measurement } from '../../../src/core/gate/canary';
import { RecordingLogger } from '../../helpers/recording-logger';

const START = Date.parse('2026-12-07T14:00:00Z');
const ERRORS = 'sum(rate(mcp_requests_total{status=~"5.."}[5m])) / sum(rate(mcp_requests_total[5m]))';
const P95 = 'histogram_quantile(0.95, sum by (le) (rate(mcp_request_duration_seconds_bucket[5m])))';

const config = (over: Partial<GatePrometheus> = {}): GatePrometheus => ({
  url: 'https://prometheus.example.com',
  checks: [
    { name: 'error-rate', query: ERRORS, max: 0.001 },
    { name: 'p95-latency', query: P95, max: 0.1 },
  ],
  interval: '1m',
  count: 5,
  failureLimit: 1,
  timeout: '10s',
  ...over,
});

const value = (v: number): Measurement => ({ kind: 'value', value: v });
const NO_DATA: Measurement = { kind: 'no-data', detail: 'empty result (no series matched)' };
type Answer = Measurement | Error;

/**
 * Fake ports: `answers` scripts each check's answer per round (by check name); a query beyond the
 * script throws, naming the check and round, so a test sees any round measured after the stop. The
 * clock starts at START; sleep advances it by what it was asked to wait; each query takes `queryMs`.
 */
function fakePorts(
  answers: Record<string, Answer[]>,
  options: { queryMs?: number; onSleep?: (ms: number) => void; onQuery?: (check: CanaryCheck) => void } = {},
) {
  let clock = START;
  const sleeps: number[] = [];
  const asked: string[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const served = new Map<string, number>();
  const ports: CanaryPorts = {
    async query(check, signal) {
      signals.push(signal);
      const round = served.get(check.name) ?? 0;
      served.set(check.name, round + 1);
      asked.push(`${check.name}@${new Date(clock).toISOString().slice(11, 19)}`);
      options.onQuery?.(check);
      clock += options.queryMs ?? 0;
      const answer = answers[check.name]?.[round];
      if (answer === undefined) throw new Error(`fake query: no answer scripted for ${check.name} in round ${round + 1}`);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    async sleep(ms, signal) {
      signals.push(signal);
      sleeps.push(ms);
      clock += ms;
      options.onSleep?.(ms);
    },
    now: () => clock,
  };
  return { ports, sleeps, asked, signals };
}

const repeat = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

describe('runCanary', () => {
  test('all measurements within bounds: passes after count rounds, interval apart, with no wait after the last', async () => {
    const { ports, sleeps, asked } = fakePorts({ 'error-rate': repeat(5, value(0.0004)), 'p95-latency': repeat(5, value(0.05)) });
    const result = await runCanary(config(), ports);
    expect(result.passed).toBe(true);
    expect(result.error).toBeUndefined();
    expect(result.rounds).toBe(5);
    expect(sleeps).toEqual([60_000, 60_000, 60_000, 60_000]);
    expect(asked.slice(0, 4)).toEqual(['error-rate@14:00:00', 'p95-latency@14:00:00', 'error-rate@14:01:00', 'p95-latency@14:01:00']);
    expect(result.checks[0]).toEqual({
      name: 'error-rate',
      query: ERRORS,
      max: 0.001,
      failures: 0,
      passed: true,
      measurements: [0, 1, 2, 3, 4].map((i) => ({ at: new Date(START + i * 60_000).toISOString(), value: 0.0004, passed: true })),
    });
    expect(result.summary).toBe('error-rate: 5 of 5 measurements within max 0.001; p95-latency: 5 of 5 measurements within max 0.1');
  });

  test('a value above max fails the measurement; with failureLimit 0 the check fails in that round and the analysis stops', async () => {
    const { ports, sleeps } = fakePorts({ 'error-rate': [value(0.0004), value(0.0123456)], 'p95-latency': [value(0.05), value(0.05)] });
    const result = await runCanary(config({ failureLimit: 0 }), ports);
    expect(result.passed).toBe(false);
    expect(result.rounds).toBe(2);
    expect(sleeps).toEqual([60_000]);
    expect(result.checks[0]).toMatchObject({ failures: 1, passed: false });
    expect(result.checks[0].measurements[1]).toEqual({ at: '2026-12-07T14:01:00.000Z', value: 0.0123456, passed: false });
    expect(result.checks[1]).toMatchObject({ failures: 0, passed: true });
    expect(result.summary).toBe(
      'stopped early after round 2 of 5; error-rate: 1 of 2 failed (0.01235 above max 0.001 at 14:01:00Z), limit 0; p95-latency: 2 of 2 measurements within max 0.1',
    );
  });

  test('a value below min fails; min and max both bound', async () => {
    const checks = [
      { name: 'throughput', query: 'sum(rate(mcp_requests_total[5m]))', min: 5 },
      { name: 'availability', query: 'avg(up)', min: 0.99, max: 1 },
    ];
    const { ports } = fakePorts({ throughput: [value(12), value(4.5)], availability: [value(1), value(1)] });
    const result = await runCanary(config({ checks, failureLimit: 0 }), ports);
    expect(result.passed).toBe(false);
    expect(result.checks.map((c) => [c.name, c.min, c.max, c.failures])).toEqual([
      ['throughput', 5, undefined, 1],
      ['availability', 0.99, 1, 0],
    ]);
    expect(result.summary).toBe(
      'stopped early after round 2 of 5; throughput: 1 of 2 failed (4.5 below min 5 at 14:01:00Z), limit 0; availability: 2 of 2 measurements within min 0.99 and max 1',
    );
  });

  test('an exact bound passes; +Inf is above any max', async () => {
    const { ports } = fakePorts({ 'error-rate': [value(0.001), value(Infinity)], 'p95-latency': [value(0.1), value(0.1)] });
    const result = await runCanary(config({ failureLimit: 0 }), ports);
    expect(result.checks[0].measurements.map((m) => m.passed)).toEqual([true, false]);
    expect(result.checks[1].measurements.map((m) => m.passed)).toEqual([true, true]);
    expect(result.summary).toContain('error-rate: 1 of 2 failed (+Inf above max 0.001 at 14:01:00Z), limit 0');
  });

  test('no data is a failed measurement (an empty result, and a NaN value)', async () => {
    const { ports } = fakePorts({ 'error-rate': [NO_DATA, value(NaN)], 'p95-latency': [value(0.05), value(0.05)] });
    const result = await runCanary(config({ failureLimit: 1 }), ports);
    expect(result.passed).toBe(false);
    expect(result.rounds).toBe(2);
    expect(result.checks[0].measurements).toEqual([
      { at: '2026-12-07T14:00:00.000Z', noData: 'empty result (no series matched)', passed: false },
      { at: '2026-12-07T14:01:00.000Z', noData: 'NaN', passed: false },
    ]);
    expect(result.summary).toContain('error-rate: 2 of 2 failed (no data at 14:00:00Z, no data at 14:01:00Z), limit 1');
  });

  test('several series (invalid) is a failed measurement', async () => {
    const invalid: Measurement = { kind: 'invalid', detail: '2 series ({status="200"}, {status="500"}): aggregate the query to one number (sum, max)' };
    const { ports } = fakePorts({ 'error-rate': [invalid], 'p95-latency': [value(0.05)] });
    const result = await runCanary(config({ failureLimit: 0 }), ports);
    expect(result.passed).toBe(false);
    expect(result.checks[0].measurements[0]).toEqual({ at: '2026-12-07T14:00:00.000Z', invalid: invalid.detail, passed: false });
    expect(result.summary).toContain('error-rate: 1 of 1 failed (not one number at 14:00:00Z), limit 0');
  });

  test('failureLimit boundary: exactly failureLimit failures pass, one more fails', async () => {
    const two = fakePorts({ 'error-rate': [value(0), NO_DATA, value(0), value(0.5), value(0)], 'p95-latency': repeat(5, value(0.05)) });
    const atLimit = await runCanary(config({ failureLimit: 2 }), two.ports);
    expect(atLimit.passed).toBe(true);
    expect(atLimit.rounds).toBe(5);
    expect(atLimit.checks[0]).toMatchObject({ failures: 2, passed: true });
    expect(atLimit.summary).toBe(
      'error-rate: 3 of 5 measurements within max 0.001, 2 failed (no data at 14:01:00Z, 0.5 above max 0.001 at 14:03:00Z), limit 2; p95-latency: 5 of 5 measurements within max 0.1',
    );

    const three = fakePorts({ 'error-rate': [value(0), NO_DATA, value(0), value(0.5), NO_DATA], 'p95-latency': repeat(5, value(0.05)) });
    const overLimit = await runCanary(config({ failureLimit: 2 }), three.ports);
    expect(overLimit.passed).toBe(false);
    expect(overLimit.checks[0]).toMatchObject({ failures: 3, passed: false });
    expect(overLimit.summary).toBe(
      'error-rate: 3 of 5 failed (no data at 14:01:00Z, 0.5 above max 0.001 at 14:03:00Z, no data at 14:04:00Z), limit 2; p95-latency: 5 of 5 measurements within max 0.1',
    );
  });

  test('stops as soon as a check has failed: no later round is measured or waited for', async () => {
    // The script ends at round 3: a fourth query would throw and turn up as `error`.
    const { ports, sleeps, asked } = fakePorts({ 'error-rate': repeat(3, value(0)), 'p95-latency': [value(0.05), value(0.3), value(0.4)] });
    const result = await runCanary(config({ count: 10, failureLimit: 1 }), ports);
    expect(result.error).toBeUndefined();
    expect(result.passed).toBe(false);
    expect(result.rounds).toBe(3);
    expect(sleeps).toHaveLength(2);
    expect(asked).toHaveLength(6);
    expect(result.checks[1]).toMatchObject({ failures: 2, passed: false });
    expect(result.summary).toMatch(/^stopped early after round 3 of 10; error-rate: 3 of 3 measurements within max 0\.001; p95-latency: 2 of 3 failed/);
  });

  test('rounds keep to the interval: the time queries take is not waited again', async () => {
    const slow = fakePorts({ 'error-rate': repeat(3, value(0)), 'p95-latency': repeat(3, value(0.05)) }, { queryMs: 5_000 });
    await runCanary(config({ count: 3 }), slow.ports);
    expect(slow.sleeps).toEqual([50_000, 50_000]);
    expect(slow.asked).toEqual([
      'error-rate@14:00:00',
      'p95-latency@14:00:05',
      'error-rate@14:01:00',
      'p95-latency@14:01:05',
      'error-rate@14:02:00',
      'p95-latency@14:02:05',
    ]);

    const slower = fakePorts({ 'error-rate': repeat(2, value(0)), 'p95-latency': repeat(2, value(0.05)) }, { queryMs: 40_000 });
    await runCanary(config({ count: 2 }), slower.ports);
    expect(slower.sleeps).toEqual([0]);
  });

  test('an unreachable Prometheus fails closed: stops at once, keeps what was measured, says why', async () => {
    const unreachable = new Error('Prometheus unreachable: GET prometheus.example.com/api/v1/query failed before an answer came (ECONNREFUSED)');
    const { ports, asked } = fakePorts({ 'error-rate': [value(0), unreachable], 'p95-latency': [value(0.05), value(0.05)] });
    const result = await runCanary(config(), ports);
    expect(result.passed).toBe(false);
    expect(result.error).toBe(unreachable.message);
    expect(result.rounds).toBe(1);
    expect(asked).toEqual(['error-rate@14:00:00', 'p95-latency@14:00:00', 'error-rate@14:01:00']);
    expect(result.checks.map((c) => [c.measurements.length, c.failures, c.passed])).toEqual([
      [1, 0, false],
      [1, 0, false],
    ]);
    expect(result.summary).toBe(
      `stopped after 1 of 5 rounds: ${unreachable.message}; error-rate: 1 of 1 measurements within max 0.001; p95-latency: 1 of 1 measurements within max 0.1`,
    );
  });

  test('unreachable from the first query: nothing measured, not passed', async () => {
    const { ports } = fakePorts({ 'error-rate': [new Error('Prometheus unreachable: no answer within 10000 ms')] });
    const result = await runCanary(config(), ports);
    expect(result).toMatchObject({ passed: false, rounds: 0, error: 'Prometheus unreachable: no answer within 10000 ms' });
    expect(result.summary).toBe(
      'stopped after 0 of 5 rounds: Prometheus unreachable: no answer within 10000 ms; error-rate: not measured; p95-latency: not measured',
    );
  });

  test('an abort while waiting for the next round cancels the analysis: not passed', async () => {
    const controller = new AbortController();
    const { ports, asked, signals } = fakePorts(
      { 'error-rate': repeat(5, value(0)), 'p95-latency': repeat(5, value(0.05)) },
      { onSleep: () => controller.abort() },
    );
    const result = await runCanary(config(), ports, controller.signal);
    expect(result).toMatchObject({ passed: false, rounds: 1, error: 'cancelled' });
    expect(asked).toHaveLength(2);
    expect(signals.every((s) => s === controller.signal)).toBe(true);
    expect(result.summary).toMatch(/^stopped after 1 of 5 rounds: cancelled; /);
  });

  test('an abort during a query (the query throws) is reported as cancelled, not as its error', async () => {
    const controller = new AbortController();
    const { ports } = fakePorts({ 'error-rate': [new Error('GET prometheus.example.com/api/v1/query: cancelled')] }, { onQuery: () => controller.abort() });
    const result = await runCanary(config(), ports, controller.signal);
    expect(result).toMatchObject({ passed: false, rounds: 0, error: 'cancelled' });
  });

  test('an already aborted signal measures nothing', async () => {
    const { ports, asked } = fakePorts({});
    const result = await runCanary(config(), ports, AbortSignal.abort());
    expect(result).toMatchObject({ passed: false, rounds: 0, error: 'cancelled' });
    expect(asked).toEqual([]);
  });

  test('many failures: the summary names the first three and counts the rest', async () => {
    const { ports } = fakePorts({ 'error-rate': repeat(5, NO_DATA), 'p95-latency': repeat(5, value(0.05)) });
    const result = await runCanary(config({ failureLimit: 4 }), ports);
    expect(result.passed).toBe(false);
    expect(result.summary).toContain('error-rate: 5 of 5 failed (no data at 14:00:00Z, no data at 14:01:00Z, no data at 14:02:00Z, 2 more), limit 4');
  });

  test('logs every measurement and the decision', async () => {
    const log = new RecordingLogger();
    const { ports } = fakePorts({ 'error-rate': [value(0.0004), value(0.002)], 'p95-latency': [value(0.05), NO_DATA] });
    await runCanary(config({ failureLimit: 0 }), { ...ports, log });
    expect(log.lines).toEqual([
      { level: 'info', message: 'error-rate (round 1 of 5): 0.0004 within max 0.001' },
      { level: 'info', message: 'p95-latency (round 1 of 5): 0.05 within max 0.1' },
      { level: 'warning', message: 'error-rate (round 2 of 5): 0.002 above max 0.001' },
      { level: 'warning', message: 'p95-latency (round 2 of 5): no data (empty result (no series matched))' },
      { level: 'error', message: expect.stringMatching(/^canary analysis failed: stopped early after round 2 of 5; /) },
    ]);
  });
});

describe('formatValue', () => {
  test.each([
    [0, '0'],
    [42, '42'],
    [0.0123456, '0.01235'],
    [1234.5678, '1235'],
    [0.1 + 0.2, '0.3'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
  ])('%p -> %s', (v, text) => expect(formatValue(v)).toBe(text));
});
