/**
 * runSmoke against small local MCP servers that misbehave in one way each: every failure ends in a
 * failing check with a sentence that says what went wrong, within bounded time.
 */
import { runSmoke } from '../../src/app/run-smoke';
import { smokeReportSchema, type SmokeCheck, type SmokeReport } from '../../src/core/smoke/report-schema';
import { freePortUrl, startFixtureServer, type FixtureKind, type FixtureOptions, type RunningServer } from '../helpers/mcp-fixtures';
import { planFor, type PlanFor } from '../helpers/smoke-plan';

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(kind: FixtureKind, options?: FixtureOptions): Promise<RunningServer> {
  const server = await startFixtureServer(kind, options);
  servers.push(server);
  return server;
}

async function smoke(target: Record<string, unknown>, options?: PlanFor): Promise<SmokeReport> {
  const report = await runSmoke(planFor({ svc: target }, options), { toolVersion: 'test' });
  // Every report, failing or not, is a valid report.
  expect(smokeReportSchema.safeParse(report).success).toBe(true);
  return report;
}

const check = (report: SmokeReport, id: string): SmokeCheck => {
  const found = report.targets[0].checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}; checks: ${report.targets[0].checks.map((c) => `${c.id}=${c.status}`).join(', ')}`);
  return found;
};
const failing = (report: SmokeReport): string[] => report.targets[0].checks.filter((c) => c.status === 'fail').map((c) => c.id);

const ECHO = { tool: 'echo', arguments: { message: 'hi' }, expect: { contains: 'Echo: hi' } };

describe('a healthy server', () => {
  it('passes every check and records the negotiated protocol, server and tool surface', async () => {
    const server = await serve('good');
    const report = await smoke({
      url: server.url,
      health: { url: server.url.replace('/mcp', '/health'), json: { status: 'ok' } },
      tools: ['echo', 'add'],
      minTools: 2,
      resources: ['memo://readme'],
      prompts: ['greeting'],
      calls: [ECHO, { tool: 'add', arguments: { a: 2, b: 3 }, expect: { json: { sum: 5 } } }],
    });
    expect(failing(report)).toEqual([]);
    expect(report.passed).toBe(true);
    const t = report.targets[0];
    expect(t.checks.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'health',
        'reachable',
        'initialize',
        'ping',
        'tools-list',
        'tool-schemas',
        'resources-list',
        'prompts-list',
        'call:echo',
        'call:add',
        'session-unknown',
        'session-close',
      ]),
    );
    expect(t.server).toEqual({ name: 'stackgate-fixture-good', version: '1.0.0' });
    expect(t.protocolVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(check(report, 'initialize').message).toContain(t.protocolVersion!);
    expect(t.tools?.map((x) => x.name).sort()).toEqual(['add', 'echo']);
    // The session was ended with DELETE and the server forgot it.
    expect(server.requests.some((r) => r.method === 'DELETE')).toBe(true);
  });

  it('follows tools/list pages to the last one', async () => {
    const server = await serve('paginated');
    const report = await smoke({ url: server.url, tools: ['echo', 'add', 'third'], minTools: 3 });
    expect(failing(report)).toEqual([]);
    expect(report.targets[0].tools?.map((x) => x.name).sort()).toEqual(['add', 'echo', 'third']);
    expect(server.requests.filter((r) => (r.body as { method?: string } | undefined)?.method === 'tools/list').length).toBe(3);
  });

  it('waits for a server that answers 503 while it starts, with backoff, then checks it', async () => {
    const server = await serve('flaky-start', { failFirstMs: 700 });
    const report = await smoke({ url: server.url, calls: [ECHO] }, { waitTimeout: '10s' });
    expect(failing(report)).toEqual([]);
    expect(report.targets[0].attempts).toBeGreaterThan(1);
    expect(check(report, 'reachable').message).toMatch(/after \d+ attempts/);
  });

  it('skips the session checks of a stateless server instead of failing them', async () => {
    const server = await serve('stateless');
    const report = await smoke({ url: server.url, calls: [ECHO] });
    expect(report.passed).toBe(true);
    expect(check(report, 'session-unknown').status).toBe('skipped');
    expect(check(report, 'session-close').message).toMatch(/stateless/);
  });
});

describe('each failure is a failing check with a clear message', () => {
  it('nothing listening: reachable fails after the wait timeout, naming the cause', async () => {
    const url = await freePortUrl();
    const started = Date.now();
    const report = await smoke({ url, calls: [ECHO] }, { waitTimeout: '1s' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(failing(report)).toEqual(['reachable']);
    expect(check(report, 'reachable').message).toMatch(/connection refused/);
    expect(check(report, 'call:echo').status).toBe('skipped');
    expect(report.passed).toBe(false);
  });

  it('health 200 but /mcp broken behind a proxy: initialize fails with the HTTP status, not HTML', async () => {
    const server = await serve('health-only');
    const report = await smoke({ url: server.url, health: { url: server.url.replace('/mcp', '/health') } }, { waitTimeout: '1s' });
    expect(check(report, 'health').status).toBe('pass');
    expect(report.passed).toBe(false);
    const failed = report.targets[0].checks.filter((c) => c.status === 'fail');
    expect(failed.map((c) => c.message).join(' ')).toMatch(/502/);
    expect(failed.map((c) => c.message).join(' ')).not.toMatch(/<html>|<center>/);
  });

  it('a missing tool fails tools-list and names it', async () => {
    const server = await serve('missing-tool');
    const report = await smoke({ url: server.url, tools: ['echo', 'add'] });
    expect(failing(report)).toEqual(['tools-list']);
    expect(check(report, 'tools-list').message).toMatch(/add/);
  });

  it('a missing resource or prompt fails its list check and names it', async () => {
    const server = await serve('good');
    const report = await smoke({ url: server.url, resources: ['memo://readme', 'memo://missing'], prompts: ['farewell'] });
    expect(failing(report).sort()).toEqual(['prompts-list', 'resources-list']);
    expect(check(report, 'resources-list').message).toMatch(/missing resources: memo:\/\/missing/);
    expect(check(report, 'prompts-list').message).toMatch(/missing prompts: farewell/);
  });

  it('too few tools fails tools-list with the count', async () => {
    const server = await serve('missing-tool');
    const report = await smoke({ url: server.url, minTools: 3 });
    expect(failing(report)).toEqual(['tools-list']);
    expect(check(report, 'tools-list').message).toBe('the server lists 1 tool, expected at least 3');
  });

  it('a tool answering isError fails its call with the tool text; expecting the error passes', async () => {
    const server = await serve('tool-error');
    const report = await smoke({ url: server.url, calls: [{ tool: 'echo', arguments: { message: 'hi' } }] });
    expect(failing(report)).toEqual(['call:echo']);
    expect(check(report, 'call:echo').message).toMatch(/upstream API returned 503/);
    const expected = await smoke({ url: server.url, calls: [{ tool: 'echo', arguments: { message: 'hi' }, expect: { isError: true } }] });
    expect(failing(expected)).toEqual([]);
  });

  it('a call result that does not match the expectation fails with what was expected', async () => {
    const server = await serve('good');
    const report = await smoke({
      url: server.url,
      calls: [
        { tool: 'echo', arguments: { message: 'hi' }, expect: { contains: 'goodbye' } },
        { tool: 'add', arguments: { a: 1, b: 1 }, expect: { regex: 'is 3$' } },
      ],
    });
    expect(failing(report).sort()).toEqual(['call:add', 'call:echo']);
    expect(check(report, 'call:echo').message).toMatch(/goodbye/);
    expect(check(report, 'call:add').message).toMatch(/is 3\$/);
  });

  it('calling a tool the server does not have fails that call', async () => {
    const server = await serve('missing-tool');
    const report = await smoke({ url: server.url, calls: [{ tool: 'add', arguments: { a: 1, b: 2 } }] });
    expect(failing(report)).toContain('call:add');
  });

  it('an invalid input schema fails tool-schemas and names the tool', async () => {
    const server = await serve('invalid-schema');
    const report = await smoke({ url: server.url });
    expect(failing(report)).toEqual(['tool-schemas']);
    expect(check(report, 'tool-schemas').message).toMatch(/broken/);
  });

  it('a server that drops the connection mid-call fails the call, bounded by the timeout', async () => {
    const server = await serve('drop-session');
    const started = Date.now();
    const report = await smoke({ url: server.url, calls: [ECHO] }, { timeout: '2s' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(failing(report)).toContain('call:echo');
    expect(check(report, 'call:echo').message).toBe('echo: tools/call failed: the server closed the connection');
  });

  it('invalid JSON-RPC fails initialize as a protocol error', async () => {
    const server = await serve('invalid-jsonrpc');
    const report = await smoke({ url: server.url }, { waitTimeout: '1s' });
    expect(report.passed).toBe(false);
    expect(failing(report)).toContain('initialize');
    expect(check(report, 'initialize').message).toMatch(/JSON-RPC|not an MCP|invalid/i);
  });

  it('a slow server over the latency budget fails latency with the percentiles', async () => {
    const server = await serve('slow', { delayMs: 150 });
    const report = await smoke({ url: server.url, calls: [ECHO], repetitions: 3, budgets: { p95: '50ms' } });
    expect(failing(report)).toEqual(['latency']);
    expect(check(report, 'latency').message).toMatch(/p95/);
    expect(report.targets[0].latency?.samples).toBe(3);
    expect(report.targets[0].latency!.p95Ms).toBeGreaterThanOrEqual(150);
  });

  it('a call slower than the request timeout fails it as a timeout, not a hang', async () => {
    const server = await serve('slow', { delayMs: 5_000 });
    const started = Date.now();
    const report = await smoke({ url: server.url, calls: [ECHO] }, { timeout: '500ms' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(check(report, 'call:echo').status).toBe('fail');
    expect(check(report, 'call:echo').message).toMatch(/tim(ed|e) ?out/i);
  });

  it('400 for an unknown session id is a session-unknown warning by default, citing the 404 the specification requires', async () => {
    const server = await serve('session-400');
    const report = await smoke({ url: server.url, calls: [ECHO] });
    expect(failing(report)).toEqual([]);
    expect(check(report, 'session-unknown')).toMatchObject({ status: 'warn', message: expect.stringMatching(/400.*404.*protocol hygiene: a warning/) });
    expect(report.passed).toBe(true);
  });

  it('with strict, 400 for an unknown session id fails session-unknown', async () => {
    const server = await serve('session-400');
    const report = await smoke({ url: server.url, calls: [ECHO] }, { strict: true });
    expect(failing(report)).toEqual(['session-unknown']);
    expect(check(report, 'session-unknown').message).toMatch(/400.*404/);
    expect(check(report, 'session-unknown').message).not.toMatch(/protocol hygiene/);
    expect(report.passed).toBe(false);
  });

  it('with strict, a server that follows the session rules still passes every check', async () => {
    const server = await serve('good');
    const report = await smoke({ url: server.url, calls: [ECHO] }, { strict: true });
    expect(report.targets[0].checks.every((c) => c.status === 'pass')).toBe(true);
    expect(report.passed).toBe(true);
  });

  it('an accepted expected failure is visible and does not fail the target; an unknown id is a warning', async () => {
    const server = await serve('session-400');
    const report = await smoke({ url: server.url, expectedFailures: ['session-unknown', 'call:nothing'] });
    expect(report.passed).toBe(true);
    expect(check(report, 'session-unknown').status).toBe('expected-failure');
    expect(check(report, 'expected-failures')).toMatchObject({ status: 'warn' });
    expect(check(report, 'expected-failures').message).toContain('call:nothing');
    expect(report.summary.expectedFailures).toBe(1);
  });

  it('an expected failure that now passes is reported, so the list does not rot', async () => {
    const server = await serve('good');
    const report = await smoke({ url: server.url, expectedFailures: ['session-unknown'] });
    expect(check(report, 'session-unknown')).toMatchObject({ status: 'warn', message: expect.stringMatching(/listed in expectedFailures but passed/) });
    expect(report.passed).toBe(true);
  });
});

describe('many services', () => {
  /** The most sessions a server had open at once, from its request log: initialize opens one, DELETE ends it. */
  function maxOpenSessions(server: RunningServer): number {
    let open = 0;
    let max = 0;
    for (const r of server.requests) {
      if (r.method === 'POST' && (r.body as { method?: string } | undefined)?.method === 'initialize') max = Math.max(max, ++open);
      if (r.method === 'DELETE') open--;
    }
    return max;
  }

  it('checks every target, at most `concurrency` at once, and keeps the configured order', async () => {
    const good = await serve('good');
    const bad = await serve('missing-tool');
    const targets: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < 6; i++)
      targets[`svc-${i}`] = { url: (i === 3 ? bad : good).url, tools: ['echo'], calls: [ECHO], ...(i === 3 ? { tools: ['add'] } : {}) };
    const report = await runSmoke(planFor(targets, { concurrency: 2 }), { toolVersion: 'test' });
    expect(report.targets.map((t) => t.service)).toEqual(['svc-0', 'svc-1', 'svc-2', 'svc-3', 'svc-4', 'svc-5']);
    expect(report.targets.map((t) => t.passed)).toEqual([true, true, true, false, true, true]);
    expect(report.summary).toMatchObject({ targets: 6, passedTargets: 5, failedTargets: 1 });
    expect(report.passed).toBe(false);
    // Five targets on one server, two at a time: two sessions overlapped, never three.
    expect(maxOpenSessions(good)).toBe(2);
  });

  it('with concurrency 1, one target after the other', async () => {
    const good = await serve('good');
    const targets = Object.fromEntries([0, 1, 2].map((i) => [`svc-${i}`, { url: good.url, calls: [ECHO] }]));
    const report = await runSmoke(planFor(targets, { concurrency: 1 }), { toolVersion: 'test' });
    expect(report.passed).toBe(true);
    expect(maxOpenSessions(good)).toBe(1);
  });
});
