/**
 * runSmoke against servers that attack the client: a redirect that would carry the configured
 * headers to another origin, stdio servers whose children outlive them, floods on every transport
 * (endless stdout, endless lines, a line or SSE event that never ends, huge JSON-RPC messages,
 * endless stderr) and names of megabytes. Each run ends with a failing check that says what the
 * server did (a warning, for the session probes without strict), nothing reaches the other origin,
 * nothing is left running, and memory stays bounded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSmoke } from '../../src/app/run-smoke';
import { CHECK_MESSAGE_LIMIT, SERVER_NAME_LIMIT } from '../../src/core/report/channel-budgets';
import { smokeReportSchema, type SmokeCheck, type SmokeReport } from '../../src/core/smoke/report-schema';
import { flood, proxyTo, recorder, redirectAll, sameOriginRedirect, startHttpServer, type FloodKind, type HttpServer } from '../helpers/hostile-http';
import { startFixtureServer, type RunningServer } from '../helpers/mcp-fixtures';
import { planFor, type PlanFor } from '../helpers/smoke-plan';

jest.setTimeout(60_000);

const HOSTILE_STDIO = path.join(__dirname, '../helpers/hostile-stdio-server.cjs');
const KEY = 'sg-hostile-test-key-5e1f0c2b9a';
const TOKEN = 'sg-hostile-test-token-77d3a1';
/** RSS a run may add: the limits are 4 MiB per message; without them these servers add hundreds of MB. */
const RSS_BOUND = 200 * 1024 * 1024;

const servers: (HttpServer | RunningServer)[] = [];
const cleanups: (() => void)[] = [];
afterEach(async () => {
  cleanups.splice(0).forEach((c) => c());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function http(handler: Parameters<typeof startHttpServer>[0]): Promise<HttpServer> {
  const s = await startHttpServer(handler);
  servers.push(s);
  return s;
}

/** The run, and the most its process's RSS grew while it ran (sampled every 10 ms, and at the end). */
async function smoke(target: Record<string, unknown>, options: PlanFor = {}): Promise<{ report: SmokeReport; rssGrowth: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const report = await runSmoke(planFor({ svc: target }, { waitTimeout: '2s', timeout: '3s', env: { KEY, TOKEN }, ...options }), { toolVersion: 'test' });
    expect(smokeReportSchema.safeParse(report).success).toBe(true);
    return { report, rssGrowth: Math.max(peak, process.memoryUsage().rss) - before };
  } finally {
    clearInterval(sample);
  }
}

const check = (report: SmokeReport, id: string): SmokeCheck => {
  const found = report.targets[0].checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}; checks: ${report.targets[0].checks.map((c) => `${c.id}=${c.status}`).join(', ')}`);
  return found;
};
const stdio = (mode: string, env: Record<string, string> = {}) => ({ command: [process.execPath, HOSTILE_STDIO, mode], env });
const headersSeen = (s: HttpServer) => s.requests.map((r) => JSON.stringify(r.headers)).join('\n');
const configured = { 'X-Api-Key': '${KEY}', Authorization: 'Bearer ${TOKEN}' };

describe('a redirect to another origin never carries the configured headers there', () => {
  it('health: refused, the check names where it pointed, the other origin gets nothing', async () => {
    const elsewhere = await http(recorder);
    const redirector = await http(redirectAll(elsewhere.origin, 302));
    const { report } = await smoke({ url: `${redirector.origin}/mcp`, headers: configured, health: { url: `${redirector.origin}/health` } });
    expect(elsewhere.requests).toEqual([]);
    expect(check(report, 'health')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(`redirected to ${elsewhere.origin}/health, another origin than ${redirector.origin}: not followed`),
    });
    expect(report.passed).toBe(false);
    // It did reach the configured origin, with the headers.
    expect(redirector.requests[0].headers['x-api-key']).toBe(KEY);
  });

  it('health: a redirect within the origin is followed, with the headers', async () => {
    const same = await http(sameOriginRedirect('/healthz', '/health'));
    const { report } = await smoke({ url: `${same.origin}/mcp`, headers: configured, health: { url: `${same.origin}/healthz` } }, { waitTimeout: '1s' });
    expect(check(report, 'health')).toMatchObject({ status: 'pass' });
    expect(same.requests.map((r) => [r.path, r.headers['x-api-key']])).toContainEqual(['/health', KEY]);
  });

  it.each(['streamable-http', 'sse'] as const)(
    '%s: the MCP endpoint redirecting elsewhere fails initialize, the other origin gets nothing',
    async (transport) => {
      const elsewhere = await http(recorder);
      const redirector = await http(redirectAll(elsewhere.origin));
      const { report } = await smoke({ url: `${redirector.origin}/${transport === 'sse' ? 'sse' : 'mcp'}`, transport, headers: configured });
      expect(headersSeen(elsewhere)).not.toContain(KEY);
      expect(headersSeen(elsewhere)).not.toContain(TOKEN);
      expect(elsewhere.requests).toEqual([]);
      expect(report.passed).toBe(false);
      expect(
        report.targets[0].checks
          .filter((c) => c.status === 'fail')
          .map((c) => c.message)
          .join(' '),
      ).toContain(`${elsewhere.origin}/`);
    },
  );

  it.each([
    [true, 'fail'],
    [false, 'warn'],
  ] as const)(
    'session probes: the unknown-session request and the DELETE redirected elsewhere are refused, and reported by their checks (strict %s: %s)',
    async (strict, status) => {
      const good = await startFixtureServer('good');
      servers.push(good);
      const elsewhere = await http(recorder);
      const probe = (req: { method?: string; headers: Record<string, unknown> }) =>
        req.method === 'DELETE' || String(req.headers['mcp-session-id'] ?? '').startsWith('stackgate-unknown-');
      const proxy = await http(proxyTo(`http://127.0.0.1:${good.port}`, probe, elsewhere.origin));
      const { report } = await smoke({ url: `${proxy.origin}/mcp`, headers: configured }, { strict });
      expect(elsewhere.requests).toEqual([]);
      expect(check(report, 'session-unknown')).toMatchObject({ status, message: expect.stringContaining(`redirected to ${elsewhere.origin}/mcp`) });
      expect(check(report, 'session-close')).toMatchObject({ status, message: expect.stringContaining('not followed') });
      // The session itself went through the proxy to the server, with the headers.
      expect(good.requests.some((r) => r.headers['x-api-key'] === KEY)).toBe(true);
    },
  );
});

describe('a stdio server in its own process group', () => {
  /** Whether a process runs; a killed orphan its new parent has not reaped yet (a zombie) does not. */
  function isRunning(pid: number): boolean {
    try {
      return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
    } catch {
      try {
        process.kill(pid, 0);
        return process.platform !== 'linux';
      } catch {
        return false;
      }
    }
  }

  it('a grandchild that keeps stdout open is killed with the server when the target ends', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-grandchild-'));
    const pidFile = path.join(dir, 'pid');
    cleanups.push(() => {
      // Only if the test failed: the grandchild must not outlive it.
      if (fs.existsSync(pidFile) && isRunning(Number(fs.readFileSync(pidFile, 'utf8')))) process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const { report } = await smoke({
      ...stdio('grandchild', { SG_PID_FILE: pidFile }),
      calls: [{ tool: 'echo', arguments: { message: 'hi' }, expect: { contains: 'Echo: hi' } }],
    });
    expect(report.passed).toBe(true);
    const grandchild = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(grandchild).toBeGreaterThan(0);
    expect(isRunning(grandchild)).toBe(false);
  });
});

describe('floods end in a failing check that names the limit, with bounded memory', () => {
  const FLOOD_CALL = { calls: [{ tool: 'echo', arguments: { message: 'hi' } }] };

  it.each([
    ['stdout without a newline (yes-like)', 'flood-no-newline', 'initialize', 'in one stdout line'],
    ['endless stdout lines that are not JSON-RPC', 'flood-lines', 'initialize', 'of stdout lines that are not JSON-RPC'],
    ['a 64 MiB JSON-RPC message', 'huge-message', 'tools-list', 'in one stdout line'],
  ])('stdio: %s', async (_what, mode, failing, limit) => {
    const { report, rssGrowth } = await smoke({ ...stdio(mode), ...FLOOD_CALL });
    expect(check(report, failing)).toMatchObject({ status: 'fail', message: expect.stringContaining(`the server sent more than 4 MiB ${limit}`) });
    expect(report.passed).toBe(false);
    expect(rssGrowth).toBeLessThan(RSS_BOUND);
  });

  it('stdio: endless stderr is read and dropped; the server still passes, its tail is what messages quote', async () => {
    const { report, rssGrowth } = await smoke({
      ...stdio('stderr-flood'),
      calls: [{ tool: 'echo', arguments: { message: 'hi' }, expect: { contains: 'Echo: hi' } }],
    });
    expect(report.passed).toBe(true);
    expect(rssGrowth).toBeLessThan(RSS_BOUND);
  });

  it.each<[string, FloodKind, 'sse' | 'streamable-http', string]>([
    ['HTTP+SSE: a data line that never ends', 'sse-endless-line', 'sse', 'in one SSE event'],
    ['HTTP+SSE: data lines that never end the event', 'sse-endless-event', 'sse', 'in one SSE event'],
    ['streamable HTTP: a 128 MiB JSON-RPC response', 'json-huge', 'streamable-http', 'in one HTTP body'],
    ['streamable HTTP: an SSE answer whose line never ends', 'post-sse-endless-line', 'streamable-http', 'in one SSE event'],
  ])('%s', async (_what, kind, transport, limit) => {
    const hostile = await http(flood(kind));
    const { report, rssGrowth } = await smoke({ url: `${hostile.origin}/${transport === 'sse' ? 'sse' : 'mcp'}`, transport });
    expect(check(report, 'initialize')).toMatchObject({ status: 'fail', message: expect.stringContaining(`the server sent more than 4 MiB ${limit}`) });
    expect(rssGrowth).toBeLessThan(RSS_BOUND);
  });

  it('health: a body that never ends', async () => {
    const hostile = await http(flood('body-endless'));
    const { report, rssGrowth } = await smoke({ url: `${hostile.origin}/mcp`, health: { url: `${hostile.origin}/health`, json: { status: 'ok' } } });
    expect(check(report, 'health')).toMatchObject({ status: 'fail', message: expect.stringContaining('the server sent more than 4 MiB in one HTTP body') });
    expect(rssGrowth).toBeLessThan(RSS_BOUND);
  });
});

describe('what a report keeps of a server that chose megabyte names', () => {
  it('names are cut to SERVER_NAME_LIMIT and messages to CHECK_MESSAGE_LIMIT characters, each with a counted note, on one line', async () => {
    const { report } = await smoke({ ...stdio('long-names'), tools: ['echo'], calls: [{ tool: 'echo', arguments: { message: 'hi' } }] });
    const t = report.targets[0];
    for (const name of [t.server!.name, t.server!.version])
      expect(name).toMatch(/^S{100,}… \(1,048,\d{3} more characters not shown\)$|^V{100,}… \(1,048,\d{3} more characters not shown\)$/);
    expect(t.tools).toHaveLength(12);
    for (const name of [t.server!.name, t.server!.version, ...t.tools!.map((x) => x.name)]) expect(name.length).toBeLessThanOrEqual(SERVER_NAME_LIMIT);
    expect(t.tools![0].name).toMatch(/^tool-0-t+… \(65,\d{3} more characters not shown\)$/);
    // "missing tool echo (the server lists 12 tools: <12 names>)": over the message limit.
    const list = check(report, 'tools-list');
    expect(list).toMatchObject({ status: 'fail', message: expect.stringMatching(/^missing tool echo \(the server lists 12 tools: tool-0-t+/) });
    expect(list.message).toMatch(/… \(\d[\d,]* more characters not shown\)$/);
    expect(check(report, 'call:echo')).toMatchObject({ status: 'fail', message: expect.stringContaining('returned isError: true ("Errrr') });
    for (const c of t.checks) {
      expect(c.message.length).toBeLessThanOrEqual(CHECK_MESSAGE_LIMIT);
      expect(c.message).not.toMatch(/[\r\n]/);
    }
  });
});
