/**
 * runSmoke against the MCP reference servers from npm, started on 127.0.0.1 (or over stdio) by the
 * test: server-everything in each of its transports, server-memory and server-filesystem.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSmoke } from '../../../src/app/run-smoke';
import { smokeReportSchema, type SmokeReport } from '../../../src/core/smoke/report-schema';
import { everythingStdio, filesystemStdio, memoryStdio, startEverything, type RunningServer } from '../../helpers/mcp-fixtures';
import { planFor } from '../../helpers/smoke-plan';

jest.setTimeout(60_000);

const servers: RunningServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function smoke(target: Record<string, unknown>, options: { strict?: boolean } = {}): Promise<SmokeReport> {
  const report = await runSmoke(planFor({ svc: target }, { waitTimeout: '10s', timeout: '10s', ...options }), { toolVersion: 'test' });
  expect(smokeReportSchema.safeParse(report).success).toBe(true);
  return report;
}
const statuses = (report: SmokeReport): Record<string, string> => Object.fromEntries(report.targets[0].checks.map((c) => [c.id, c.status]));
const tmp = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-smoke-real-'));
  dirs.push(d);
  return d;
};

const EVERYTHING_CALLS = [
  { tool: 'echo', arguments: { message: 'hello from stackgate' }, expect: { contains: 'hello from stackgate' } },
  { tool: 'get-sum', arguments: { a: 2, b: 3 }, expect: { regex: '\\b5\\b' } },
];

describe('server-everything', () => {
  it('streamable HTTP: every check passes but session-unknown (it answers 400, not 404), accepted as an expected failure', async () => {
    const server = await startEverything('streamableHttp');
    servers.push(server);
    const report = await smoke({ url: server.url, tools: ['echo', 'get-sum'], minTools: 5, calls: EVERYTHING_CALLS, expectedFailures: ['session-unknown'] });
    expect(statuses(report)).toMatchObject({
      reachable: 'pass',
      initialize: 'pass',
      ping: 'pass',
      'tools-list': 'pass',
      'tool-schemas': 'pass',
      'call:echo': 'pass',
      'call:get-sum': 'pass',
      'session-close': 'pass',
      'session-unknown': 'expected-failure',
    });
    expect(report.passed).toBe(true);
    expect(report.targets[0].transport).toBe('streamable-http');
    expect(report.targets[0].server?.name).toMatch(/everything/);
    expect(report.targets[0].protocolVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('streamable HTTP with the defaults: passes, session-unknown a warning with the status it got', async () => {
    const server = await startEverything('streamableHttp');
    servers.push(server);
    const report = await smoke({ url: server.url, tools: ['echo'], calls: [{ tool: 'echo', arguments: { message: 'hi' } }] });
    expect(report.passed).toBe(true);
    expect(report.strict).toBe(false);
    expect(report.targets[0].checks.filter((c) => c.status !== 'pass').map((c) => [c.id, c.status])).toEqual([['session-unknown', 'warn']]);
    expect(report.targets[0].checks.find((c) => c.id === 'session-unknown')?.message).toMatch(/HTTP 400.*protocol hygiene/);
    expect(report.summary).toMatchObject({ failedChecks: 0, warnings: 1 });
  });

  it('streamable HTTP with strict: fails session-unknown with the status it got', async () => {
    const server = await startEverything('streamableHttp');
    servers.push(server);
    const report = await smoke({ url: server.url }, { strict: true });
    expect(report.passed).toBe(false);
    expect(report.strict).toBe(true);
    expect(report.targets[0].checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['session-unknown']);
    expect(report.targets[0].checks.find((c) => c.id === 'session-unknown')?.message).toMatch(/HTTP 400/);
  });

  it('HTTP+SSE (the older transport): connects to /sse and passes, no session checks', async () => {
    const server = await startEverything('sse');
    servers.push(server);
    const report = await smoke({ url: server.url, tools: ['echo'], calls: EVERYTHING_CALLS, repetitions: 3, budgets: { p95: '5s', errorRate: 0 } });
    expect(report.targets[0].transport).toBe('sse');
    expect(statuses(report)).toMatchObject({ initialize: 'pass', 'call:echo': 'pass', 'call:get-sum': 'pass', latency: 'pass', 'error-rate': 'pass' });
    expect(statuses(report)['session-unknown']).toBeUndefined();
    expect(report.targets[0].latency).toMatchObject({ basis: 'tools/call', samples: 6, errors: 0 });
    expect(report.passed).toBe(true);
  });

  it('stdio: starts the command and passes', async () => {
    const { command, args } = everythingStdio();
    const report = await smoke({ command: [command, ...args], tools: ['echo', 'get-sum'], calls: EVERYTHING_CALLS });
    expect(report.targets[0].transport).toBe('stdio');
    expect(report.passed).toBe(true);
  });
});

describe('server-memory (stdio)', () => {
  it('creates an entity with one call and finds it with the next, in its own memory file', async () => {
    const file = path.join(tmp(), 'memory.jsonl');
    const { command, args, env } = memoryStdio(file);
    const report = await smoke({
      command: [command, ...args],
      env,
      tools: ['create_entities', 'read_graph', 'search_nodes'],
      calls: [
        { tool: 'create_entities', arguments: { entities: [{ name: 'stackgate', entityType: 'tool', observations: ['smoke-tested'] }] } },
        { tool: 'search_nodes', arguments: { query: 'stackgate' }, expect: { contains: 'smoke-tested' } },
      ],
    });
    expect(statuses(report)).toMatchObject({ 'call:create_entities': 'pass', 'call:search_nodes': 'pass' });
    expect(report.passed).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toContain('stackgate');
  });
});

describe('server-filesystem (stdio)', () => {
  it('lists and reads the allowed directory; reading outside it is the error the call expects', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'hello.txt'), 'hello, smoke\n');
    const { command, args } = filesystemStdio(dir);
    const report = await smoke({
      command: [command, ...args],
      tools: ['list_directory', 'read_text_file'],
      calls: [
        { tool: 'list_directory', arguments: { path: dir }, expect: { contains: 'hello.txt' } },
        { tool: 'read_text_file', arguments: { path: path.join(dir, 'hello.txt') }, expect: { contains: 'hello, smoke' } },
        { tool: 'read_text_file', arguments: { path: '/etc/hostname' }, expect: { isError: true } },
      ],
    });
    expect(statuses(report)).toMatchObject({ 'call:list_directory': 'pass', 'call:read_text_file': 'pass', 'call:read_text_file#2': 'pass' });
    expect(report.passed).toBe(true);
  });

  it('a stdio command that exits at once fails initialize with its stderr, not a hang', async () => {
    const report = await smoke({ command: [process.execPath, '-e', 'console.error("boom: missing ALLOWED_DIR"); process.exit(3)'] });
    expect(report.passed).toBe(false);
    const messages = report.targets[0].checks
      .filter((c) => c.status === 'fail')
      .map((c) => c.message)
      .join(' ');
    expect(messages).toMatch(/boom: missing ALLOWED_DIR/);
  });
});
