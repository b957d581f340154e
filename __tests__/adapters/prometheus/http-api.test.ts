/**
 * The query API adapter against a real Prometheus (Debian's package, installed in CI; a missing
 * binary fails the suite in CI, see helpers/required-tool.ts) that scrapes a metrics endpoint of the
 * test every second. Prometheus serves under the route prefix /prometheus, so every query also
 * proves the base URL's path is kept. Failures Prometheus cannot be made to produce (a hang, a 503,
 * a proxy's HTML page, a 401) come from node:http servers on 127.0.0.1.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createPrometheusQuery, PrometheusQueryError, PrometheusUnreachableError, queryEndpoint } from '../../../src/adapters/prometheus/http-api';
import { UserError } from '../../../src/core/errors';
import type { GatePrometheus } from '../../../src/core/config/gate-schema';
import { runCanary } from '../../../src/core/gate/canary';
import { proxyTo, startHttpServer, type HttpServer } from '../../helpers/hostile-http';
import { freePortUrl } from '../../helpers/mcp-fixtures';
import {
  describeWithPrometheus,
  startMetricsEndpoint,
  startPrometheus,
  waitForValue,
  type MetricsEndpoint,
  type PrometheusServer,
} from '../../helpers/prometheus-server';

const errorRate = (service: string): string =>
  `sum(rate(mcp_requests_total{service="${service}",status=~"5.."}[5s])) / sum(rate(mcp_requests_total{service="${service}"}[5s]))`;
const p95 = (service: string): string => `histogram_quantile(0.95, sum by (le) (rate(mcp_request_duration_seconds_bucket{service="${service}"}[5s])))`;

/** Letters and digits only, so Prometheus's parser quotes it back as an identifier. */
const TOKEN = 'sgTok3nVeryS3cret';

describe('queryEndpoint', () => {
  test.each([
    ['https://prom.example.com', 'https://prom.example.com/api/v1/query'],
    ['https://prom.example.com/', 'https://prom.example.com/api/v1/query'],
    ['https://host/prometheus', 'https://host/prometheus/api/v1/query'],
    ['https://host/prometheus//', 'https://host/prometheus/api/v1/query'],
  ])('%s -> %s', (base, endpoint) => expect(queryEndpoint(base).href).toBe(endpoint));

  test('credentials in the URL are refused without quoting them', () => {
    expect(() => createPrometheusQuery({ url: 'https://admin:hunter22@prom.example.com', timeoutMs: 1000 })).toThrow(
      new UserError('prometheus.url: credentials in the URL are not supported; give a bearer token instead'),
    );
  });
});

describeWithPrometheus('adapters/prometheus/http-api.test.ts')('createPrometheusQuery against a real Prometheus', () => {
  let metrics: MetricsEndpoint;
  let prometheus: PrometheusServer;
  let proxy: HttpServer;

  beforeAll(async () => {
    metrics = await startMetricsEndpoint({
      healthy: { requests: 100, errors: 0, latencySeconds: 0.02 },
      failing: { requests: 100, errors: 5, latencySeconds: 0.3 },
    });
    prometheus = await startPrometheus({ targets: [metrics.target], routePrefix: '/prometheus' });
    // A recording reverse proxy at / in front of Prometheus's /prometheus: sees the headers the adapter sends.
    proxy = await startHttpServer(proxyTo(prometheus.url, () => false, ''));
    // Both rates need two scrapes of every series inside their window.
    await waitForValue(prometheus.url, errorRate('healthy'));
    await waitForValue(prometheus.url, p95('failing'));
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    await prometheus?.stop();
    await metrics?.close();
  });

  const query = (url = prometheus.url, timeoutMs = 10_000) => createPrometheusQuery({ url, timeoutMs });

  test('a healthy error rate is one value, 0 (the 5xx series exist at 0)', async () => {
    await expect(query()(errorRate('healthy'))).resolves.toEqual({ kind: 'value', value: 0 });
  });

  test('a base URL with a trailing slash reaches the same API', async () => {
    await expect(query(`${prometheus.url}/`)(errorRate('healthy'))).resolves.toEqual({ kind: 'value', value: 0 });
  });

  test('the p95 latency lies in the bucket of the observations', async () => {
    const healthy = await query()(p95('healthy'));
    const failing = await query()(p95('failing'));
    expect(healthy.kind === 'value' && healthy.value > 0.01 && healthy.value <= 0.025).toBe(true);
    expect(failing.kind === 'value' && failing.value > 0.25 && failing.value <= 0.5).toBe(true);
  });

  test('an error rate of 5 in 100 is measured as 0.05', async () => {
    const measured = await query()(errorRate('failing'));
    expect(measured.kind).toBe('value');
    expect(measured.kind === 'value' && measured.value).toBeCloseTo(0.05, 6);
  });

  test('a query that matches no series is no data', async () => {
    await expect(query()(errorRate('absent'))).resolves.toEqual({ kind: 'no-data', detail: expect.stringContaining('no series matched') });
    await expect(query()('mcp_requests_total{service="absent"}')).resolves.toMatchObject({ kind: 'no-data' });
  });

  test('a scalar NaN (0/0) is no data; a scalar is a value; +Inf is a value', async () => {
    await expect(query()('0/0')).resolves.toMatchObject({ kind: 'no-data', detail: expect.stringContaining('NaN') });
    await expect(query()('2 * 3')).resolves.toEqual({ kind: 'value', value: 6 });
    await expect(query()('1/0')).resolves.toEqual({ kind: 'value', value: Infinity });
  });

  test('several series are invalid, naming them and saying to aggregate', async () => {
    const measured = await query()('sum by (service, status) (mcp_requests_total)');
    expect(measured.kind).toBe('invalid');
    const detail = measured.kind === 'invalid' ? measured.detail : '';
    expect(detail).toMatch(/^4 series \(/);
    expect(detail).toContain('service="failing"');
    expect(detail).toContain('1 more');
    expect(detail).toMatch(/aggregate .*sum, max/);
  });

  test('a range vector and a string are invalid', async () => {
    await expect(query()('mcp_requests_total{service="healthy",status="200"}[5s]')).resolves.toMatchObject({
      kind: 'invalid',
      detail: expect.stringContaining('range vector'),
    });
    await expect(query()('"text"')).resolves.toMatchObject({ kind: 'invalid', detail: expect.stringContaining('a string') });
  });

  test('PromQL that does not parse is a PrometheusQueryError with Prometheus message', async () => {
    const error = await query()('sum(rate(mcp_requests_total[5m])').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrometheusQueryError);
    expect((error as PrometheusQueryError).errorType).toBe('bad_data');
    expect((error as Error).message).toMatch(/^Prometheus rejected the query \(400 bad_data\): .*parse error.*unclosed left parenthesis/);
  });

  test('a query Prometheus cannot execute (422) is a PrometheusQueryError', async () => {
    const error = await query()('mcp_requests_total + on(service) mcp_requests_total').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrometheusQueryError);
    expect((error as PrometheusQueryError).errorType).toBe('execution');
    expect((error as Error).message).toMatch(/^Prometheus rejected the query \(422 execution\): .*many-to-many/);
  });

  test('a base URL without the route prefix answers 404: unreachable, asking for the base URL', async () => {
    const error = await query(prometheus.origin)('up').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrometheusUnreachableError);
    expect((error as Error).message).toBe(
      `GET 127.0.0.1:${new URL(prometheus.origin).port}/api/v1/query answered 404: is the URL Prometheus's base URL (with its path prefix, without /api/v1)?`,
    );
  });

  test('the bearer token is sent as Authorization, and redacted from what Prometheus says back', async () => {
    const withToken = createPrometheusQuery({ url: proxy.origin, token: TOKEN, timeoutMs: 10_000 });
    await expect(withToken(errorRate('healthy'))).resolves.toEqual({ kind: 'value', value: 0 });
    expect(proxy.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/v1/query', headers: { authorization: `Bearer ${TOKEN}` } });
    // Prometheus quotes the unexpected identifier: the token, had a user pasted it into a query.
    const error = await withToken(`up ${TOKEN}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrometheusQueryError);
    expect((error as Error).message).toMatch(/parse error: unexpected identifier "\*\*\*"/);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  test('no token, no Authorization header', async () => {
    await createPrometheusQuery({ url: proxy.origin, timeoutMs: 10_000 })('1');
    expect(proxy.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  describe('runCanary with the real adapter', () => {
    const canary = (checks: GatePrometheus['checks'], failureLimit = 0): GatePrometheus => ({
      url: prometheus.url,
      checks,
      interval: '200ms',
      count: 3,
      failureLimit,
      timeout: '10s',
    });
    const portsFor = (config: GatePrometheus) => {
      const run = createPrometheusQuery({ url: config.url, timeoutMs: 10_000 });
      return {
        query: (check: { query: string }, signal?: AbortSignal) => run(check.query, signal),
        sleep: (ms: number, signal?: AbortSignal) => sleep(ms, undefined, { signal }),
        now: Date.now,
      };
    };

    test('a healthy service passes every round of both checks', async () => {
      const config = canary([
        { name: 'error-rate', query: errorRate('healthy'), max: 0.001 },
        { name: 'p95-latency', query: p95('healthy'), max: 0.1 },
      ]);
      const result = await runCanary(config, portsFor(config));
      expect(result.error).toBeUndefined();
      expect(result.passed).toBe(true);
      expect(result.rounds).toBe(3);
      expect(result.checks.map((c) => [c.name, c.measurements.length, c.failures, c.passed])).toEqual([
        ['error-rate', 3, 0, true],
        ['p95-latency', 3, 0, true],
      ]);
      expect(result.checks[0].measurements.map((m) => m.value)).toEqual([0, 0, 0]);
      expect(result.summary).toBe('error-rate: 3 of 3 measurements within max 0.001; p95-latency: 3 of 3 measurements within max 0.1');
    });

    test('a failing service fails in the first round and stops there', async () => {
      const config = canary([
        { name: 'error-rate', query: errorRate('failing'), max: 0.001 },
        { name: 'p95-latency', query: p95('healthy'), max: 0.1 },
      ]);
      const result = await runCanary(config, portsFor(config));
      expect(result.passed).toBe(false);
      expect(result.rounds).toBe(1);
      expect(result.checks[0]).toMatchObject({ name: 'error-rate', failures: 1, passed: false });
      expect(result.summary).toMatch(
        /^stopped early after round 1 of 3; error-rate: 1 of 1 failed \(0\.05 above max 0\.001 at \d\d:\d\d:\d\dZ\), limit 0; p95-latency: 1 of 1/,
      );
    });

    test('a check without data fails once its misses exceed the limit', async () => {
      const config = canary([{ name: 'absent-errors', query: errorRate('absent'), max: 0.001 }], 1);
      const result = await runCanary(config, portsFor(config));
      expect(result.passed).toBe(false);
      expect(result.rounds).toBe(2);
      expect(result.checks[0].measurements.map((m) => m.noData)).toEqual(['empty result (no series matched)', 'empty result (no series matched)']);
    });

    test('a query Prometheus rejects stops the analysis with its message', async () => {
      const config = canary([{ name: 'typo', query: 'sum(rate(x[5m])', max: 1 }]);
      const result = await runCanary(config, portsFor(config));
      expect(result.passed).toBe(false);
      expect(result.error).toMatch(/^Prometheus rejected the query \(400 bad_data\)/);
    });
  });

  describe('without a usable answer: PrometheusUnreachableError', () => {
    const servers: HttpServer[] = [];
    afterAll(async () => {
      for (const server of servers) await server.close();
    });
    const serve = async (handle: Parameters<typeof startHttpServer>[0]): Promise<HttpServer> => {
      const server = await startHttpServer(handle);
      servers.push(server);
      return server;
    };
    const failure = (promise: Promise<unknown>): Promise<Error> =>
      promise.then(
        () => {
          throw new Error('expected a failure');
        },
        (e: unknown) => e as Error,
      );

    test('nothing listening: connection refused', async () => {
      const url = new URL(await freePortUrl()).origin;
      const error = await failure(createPrometheusQuery({ url, token: TOKEN, timeoutMs: 10_000 })('up'));
      expect(error).toBeInstanceOf(PrometheusUnreachableError);
      expect(error.message).toBe(`Prometheus unreachable: GET ${new URL(url).host}/api/v1/query failed before an answer came (ECONNREFUSED)`);
    });

    test('no answer within the timeout', async () => {
      const silent = await serve(() => undefined);
      const started = Date.now();
      const error = await failure(createPrometheusQuery({ url: silent.origin, timeoutMs: 300 })('up'));
      expect(error).toBeInstanceOf(PrometheusUnreachableError);
      expect(error.message).toBe(`Prometheus unreachable: GET 127.0.0.1:${silent.port}/api/v1/query: no answer within 300 ms`);
      // Generous: shows the wait ended, not how fast.
      expect(Date.now() - started).toBeLessThan(20_000);
    });

    test("503 with Prometheus's error (its query timeout) says so", async () => {
      const busy = await serve((req, res) => {
        req.resume();
        res
          .writeHead(503, { 'content-type': 'application/json' })
          .end('{"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"}');
      });
      const error = await failure(createPrometheusQuery({ url: busy.origin, timeoutMs: 10_000 })('up'));
      expect(error).toBeInstanceOf(PrometheusUnreachableError);
      expect(error.message).toBe(`Prometheus unreachable: GET 127.0.0.1:${busy.port}/api/v1/query answered 503 (query timed out in expression evaluation)`);
    });

    test("200 with a proxy's HTML page is not Prometheus", async () => {
      const portal = await serve((req, res) => {
        req.resume();
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>');
      });
      const error = await failure(createPrometheusQuery({ url: portal.origin, timeoutMs: 10_000 })('up'));
      expect(error).toBeInstanceOf(PrometheusUnreachableError);
      expect(error.message).toBe(`GET 127.0.0.1:${portal.port}/api/v1/query answered 200 with text/html, not Prometheus's JSON: is the URL Prometheus's?`);
    });

    test('401 names the token without showing it', async () => {
      const guard = await serve((req, res) => {
        req.resume();
        res.writeHead(401, { 'content-type': 'text/plain' }).end(`bad token ${req.headers.authorization ?? ''}`);
      });
      const error = await failure(createPrometheusQuery({ url: guard.origin, token: TOKEN, timeoutMs: 10_000 })('up'));
      expect(error).toBeInstanceOf(PrometheusUnreachableError);
      expect(error.message).toBe(`GET 127.0.0.1:${guard.port}/api/v1/query answered 401: the token is missing or not accepted`);
      expect(guard.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    });

    test('an abort ends a query in flight', async () => {
      const silent = await serve(() => undefined);
      const controller = new AbortController();
      const pending = failure(createPrometheusQuery({ url: silent.origin, timeoutMs: 60_000 })('up', controller.signal));
      setTimeout(() => controller.abort(), 50);
      const error = await pending;
      expect(error).toBeInstanceOf(PrometheusUnreachableError);
      expect(error.message).toMatch(/: cancelled$/);
    });

    test('a Prometheus that stopped is unreachable, and the canary fails closed', async () => {
      await prometheus.stop();
      const error = await failure(query()('up'));
      expect(error).toBeInstanceOf(PrometheusUnreachableError);
      expect(error.message).toMatch(/failed before an answer came \(ECONNREFUSED\)$/);
      const run = createPrometheusQuery({ url: prometheus.url, timeoutMs: 10_000 });
      const result = await runCanary(
        {
          url: prometheus.url,
          checks: [{ name: 'error-rate', query: errorRate('healthy'), max: 0.001 }],
          interval: '200ms',
          count: 3,
          failureLimit: 0,
          timeout: '10s',
        },
        { query: (check, signal) => run(check.query, signal), sleep: (ms, signal) => sleep(ms, undefined, { signal }), now: Date.now },
      );
      expect(result).toMatchObject({ passed: false, rounds: 0, error: expect.stringMatching(/^Prometheus unreachable: .*ECONNREFUSED/) });
      expect(result.summary).toMatch(/^stopped after 0 of 3 rounds: Prometheus unreachable: .*; error-rate: not measured$/);
    });
  });
});
