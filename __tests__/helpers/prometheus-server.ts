/**
 * A real Prometheus (Debian's `prometheus`, installed in CI by .ci/run) for the tests of the query
 * API adapter, scraping a metrics endpoint the test controls, all on 127.0.0.1.
 *
 * - `startMetricsEndpoint(services)`: a node:http server on port 0 serving Prometheus text format for
 *   each service: `mcp_requests_total{service,status}` and the histogram
 *   `mcp_request_duration_seconds{service}`. Every scrape adds one scrape's traffic of the service's
 *   profile (requests, errors, latency), so rate() over a few seconds gives errors / requests and the
 *   quantiles give about the latency. Every status a service answers is exposed from the first scrape,
 *   at 0 when none came (as a client library does), so `sum(rate(5xx)) / sum(rate(all))` is 0, not empty.
 * - `startPrometheus({ targets, routePrefix })`: Prometheus on a free port, scraping the targets
 *   every second, with its TSDB and log in a temporary directory; `url` includes the route prefix.
 *   `stop()` sends SIGTERM, then SIGKILL after 5 s, waits for the exit and removes the directory; a
 *   Prometheus still running when the test process exits is killed then.
 * - `waitForValue(url, query)`: polls the query API until the query gives one number (generous bound).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHttpServer, type HttpServer } from './hostile-http';
import { freePortUrl } from './mcp-fixtures';
import { describeWithTool } from './required-tool';

export interface TrafficProfile {
  /** Requests per scrape, errors included. */
  requests: number;
  /** Requests per scrape answered 500. */
  errors: number;
  /** Seconds every request takes (all observations land in one bucket). */
  latencySeconds: number;
}

export const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface MetricsEndpoint {
  /** `127.0.0.1:<port>`, a scrape target. */
  target: string;
  /** Scrapes so far. */
  scrapes(): number;
  close(): Promise<void>;
}

export async function startMetricsEndpoint(services: Record<string, TrafficProfile>): Promise<MetricsEndpoint> {
  const totals = Object.fromEntries(Object.keys(services).map((s) => [s, { ok: 0, errors: 0, buckets: BUCKETS.map(() => 0), count: 0, sum: 0 }]));
  let scrapes = 0;
  const server: HttpServer = await startHttpServer((req, res) => {
    req.resume();
    if (req.url !== '/metrics') return void res.writeHead(404).end();
    scrapes++;
    const lines = ['# TYPE mcp_requests_total counter'];
    const histogram = ['# TYPE mcp_request_duration_seconds histogram'];
    for (const [service, profile] of Object.entries(services)) {
      const t = totals[service];
      t.ok += profile.requests - profile.errors;
      t.errors += profile.errors;
      t.count += profile.requests;
      t.sum += profile.requests * profile.latencySeconds;
      BUCKETS.forEach((le, i) => {
        if (profile.latencySeconds <= le) t.buckets[i] += profile.requests;
      });
      lines.push(`mcp_requests_total{service="${service}",status="200"} ${t.ok}`, `mcp_requests_total{service="${service}",status="500"} ${t.errors}`);
      BUCKETS.forEach((le, i) => histogram.push(`mcp_request_duration_seconds_bucket{service="${service}",le="${le}"} ${t.buckets[i]}`));
      histogram.push(
        `mcp_request_duration_seconds_bucket{service="${service}",le="+Inf"} ${t.count}`,
        `mcp_request_duration_seconds_sum{service="${service}"} ${t.sum}`,
        `mcp_request_duration_seconds_count{service="${service}"} ${t.count}`,
      );
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(`${[...lines, ...histogram].join('\n')}\n`);
  });
  return { target: `127.0.0.1:${server.port}`, scrapes: () => scrapes, close: () => server.close() };
}

export interface PrometheusServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The origin with the route prefix: the base URL a user configures. */
  url: string;
  stop(): Promise<void>;
}

export const PROMETHEUS_INSTALL = 'apt-get install prometheus (Debian), or a release binary on PATH';

/** `describe` where `prometheus` runs; in CI a missing binary fails the suite (required-tool.ts). */
export const describeWithPrometheus = (suite: string): jest.Describe =>
  describeWithTool({ command: 'prometheus', probeArgs: ['--version'], install: PROMETHEUS_INSTALL, suite });

const READY_TIMEOUT_MS = 60_000;
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startPrometheus(options: { targets: string[]; routePrefix?: string }): Promise<PrometheusServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-prometheus-'));
  const config = path.join(dir, 'prometheus.yml');
  const targets = options.targets.map((t) => `'${t}'`).join(', ');
  fs.writeFileSync(
    config,
    `global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: [${targets}]\n`,
  );
  const prefix = (options.routePrefix ?? '').replace(/\/+$/, '');
  // A free port can be taken between the probe and Prometheus's listen: try another one then.
  for (let attempt = 1; ; attempt++) {
    const port = new URL(await freePortUrl()).port;
    const origin = `http://127.0.0.1:${port}`;
    const logFile = path.join(dir, `prometheus-${attempt}.log`);
    const log = fs.openSync(logFile, 'a');
    const args = [
      `--config.file=${config}`,
      `--web.listen-address=127.0.0.1:${port}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      ...(prefix ? [`--web.route-prefix=${prefix}`, `--web.external-url=${origin}${prefix}`] : []),
      '--log.level=warn',
    ];
    const child = spawn('prometheus', args, { stdio: ['ignore', log, log] });
    fs.closeSync(log);
    running.add(child);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const stop = stopOnce(child, exited, dir);
    const url = `${origin}${prefix}`;
    try {
      await waitForReady(url, child, logFile);
      return { origin, url, stop };
    } catch (e) {
      await stop();
      const inUse = /address already in use/.test(readLog(logFile));
      if (!inUse || attempt >= 3) throw e;
    }
  }
}

function stopOnce(child: ChildProcess, exited: Promise<void>, dir: string): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(child);
      fs.rmSync(dir, { recursive: true, force: true });
    })());
}

const readLog = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

async function waitForReady(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`prometheus exited with ${child.exitCode ?? child.signalCode}: ${readLog(logFile).slice(-2000)}`);
    try {
      if ((await fetch(`${url}/-/ready`)).ok) return;
    } catch {
      // Not listening yet: Prometheus takes about a second to open its TSDB.
    }
    if (Date.now() - started > READY_TIMEOUT_MS) throw new Error(`prometheus was not ready within ${READY_TIMEOUT_MS} ms: ${readLog(logFile).slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Polls `{url}/api/v1/query` until `query` gives one sample with a number (scrapes start at a random
 * offset within the first interval, and rate() needs two samples in its window).
 */
export async function waitForValue(url: string, query: string, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  let last = '';
  for (;;) {
    const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`);
    last = await response.text();
    const body = JSON.parse(last) as { data?: { resultType: string; result: { value: [number, string] }[] } };
    const sample = body.data?.resultType === 'vector' && body.data.result.length === 1 ? Number(body.data.result[0].value[1]) : NaN;
    if (!Number.isNaN(sample)) return sample;
    if (Date.now() - started > timeoutMs) throw new Error(`no value of ${query} within ${timeoutMs} ms; last answer: ${last.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
