/**
 * Proves that the MCP fixtures in __tests__/helpers behave as their docs say, with the SDK client and raw
 * fetch: the real server-everything / memory / filesystem servers, every in-process fixture kind, the
 * loopback preload, and that every close() really stops what it started.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { LATEST_PROTOCOL_VERSION, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import Ajv2020 from 'ajv/dist/2020';
import {
  BIND_LOOPBACK,
  everythingStdio,
  filesystemStdio,
  FIXTURE_KINDS,
  freePortUrl,
  memoryStdio,
  README_TEXT,
  README_URI,
  startEverything,
  startFixtureServer,
  type EverythingMode,
  type FixtureKind,
  type RecordedRequest,
} from '../helpers/mcp-fixtures';

const execFileAsync = promisify(execFile);

// ---------------------------------------------------------------------------------------------------------
// Everything a test opens is closed after it, newest first (clients before their servers).

const open: { close(): Promise<unknown> }[] = [];
function track<T extends { close(): Promise<unknown> }>(thing: T): T {
  open.push(thing);
  return thing;
}
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close().catch(() => undefined);
});

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-mcp-selftest-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const newClient = (): Client => track(new Client({ name: 'stackgate-selftest', version: '0.0.0' }));

async function connectHttp(url: string, options: { sessionId?: string } = {}) {
  const client = newClient();
  const transport = new StreamableHTTPClientTransport(new URL(url), options);
  await client.connect(transport);
  return { client, transport };
}

function textOf(result: unknown): string {
  return (result as CallToolResult).content.map((item) => (item.type === 'text' ? item.text : `[${item.type}]`)).join('\n');
}

// Raw HTTP, the way a gateway or a hand-written client sees the server.
const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'raw', version: '0.0.0' } },
};
const TOOLS_LIST = { jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} };

async function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { ...MCP_HEADERS, ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const postedMethods = (requests: RecordedRequest[]): unknown[] =>
  requests.filter((request) => request.method === 'POST').map((request) => (request.body as { method?: unknown }).method);

/** The cause of undici's `TypeError: fetch failed`. */
async function fetchFailure(promise: Promise<unknown>): Promise<{ message: string; cause?: { code?: string; message?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as { message: string; cause?: { code?: string; message?: string } };
  }
  throw new Error('expected the request to fail');
}

/** The error code of a fresh TCP connection to 127.0.0.1:port (undefined when it connects). */
function tcpConnectError(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code));
  });
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// ---------------------------------------------------------------------------------------------------------

describe('bind-loopback.cjs', () => {
  it('binds every bare-port listen to 127.0.0.1 and reports each port in SG_LISTEN_REPORT', async () => {
    const report = path.join(tempDir(), 'report');
    const script = `
      const net = require('node:net');
      const forms = [[0], ['0'], [{ port: 0 }], [], [{ port: 0, host: '127.0.0.1' }]];
      (async () => {
        const out = [];
        for (const form of forms) {
          const server = net.createServer();
          await new Promise((resolve) => { server.once('listening', resolve); server.listen(...form); });
          out.push(server.address());
          await new Promise((resolve) => server.close(resolve));
        }
        process.stdout.write(JSON.stringify(out));
      })();`;
    const { stdout } = await execFileAsync(process.execPath, ['-r', BIND_LOOPBACK, '-e', script], {
      env: { ...process.env, SG_LISTEN_REPORT: report },
    });
    const addresses = JSON.parse(stdout) as { address: string; port: number }[];
    expect(addresses.map((a) => a.address)).toEqual(Array(5).fill('127.0.0.1'));
    expect(addresses.every((a) => a.port > 0)).toBe(true);
    expect(fs.readFileSync(report, 'utf8')).toBe(addresses.map((a) => `listening ${a.port}\n`).join(''));
  });
});

describe('server-everything', () => {
  it('streamableHttp: lists echo, echoes, and answers an unknown session with 400 (not 404)', async () => {
    const server = track(await startEverything('streamableHttp'));
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/mcp`);
    const { client } = await connectHttp(server.url);
    expect(client.getServerVersion()?.name).toBe('mcp-servers/everything');
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['echo', 'get-sum']));
    expect(names).not.toContain('add');
    expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');

    // server-everything has the "session-400" behaviour itself (express route, not the SDK transport).
    const unknown = await raw(server.url, { headers: { 'mcp-session-id': 'no-such-session' }, body: TOOLS_LIST });
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text)).toEqual({ jsonrpc: '2.0', error: { code: -32000, message: 'Bad Request: No valid session ID provided' } });
    expect(server.requests).toEqual([]);

    await server.close();
    expect(await tcpConnectError(server.port)).toBe('ECONNREFUSED');
  });

  it('sse: serves /sse and echoes over the SSE transport', async () => {
    const server = track(await startEverything('sse'));
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/sse`);
    const client = newClient();
    await client.connect(new SSEClientTransport(new URL(server.url)));
    expect((await client.listTools()).tools.map((tool) => tool.name)).toContain('echo');
    expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');

    await server.close();
    expect(await tcpConnectError(server.port)).toBe('ECONNREFUSED');
  });

  it('rejects with the child stderr when server-everything exits before listening', async () => {
    await expect(startEverything('bogus' as EverythingMode)).rejects.toThrow(/exited \(code 1[^]*Unknown transport: bogus/);
  });

  it('stdio: echoes', async () => {
    const client = newClient();
    await client.connect(new StdioClientTransport({ ...everythingStdio(), stderr: 'ignore' }));
    expect(client.getServerVersion()?.name).toBe('mcp-servers/everything');
    expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');
  });
});

describe('server-memory and server-filesystem (stdio)', () => {
  it('memory keeps its graph in MEMORY_FILE_PATH and read_graph returns it', async () => {
    const memoryFile = path.join(tempDir(), 'memory.jsonl');
    const client = newClient();
    await client.connect(new StdioClientTransport({ ...memoryStdio(memoryFile), stderr: 'ignore' }));
    expect(textOf(await client.callTool({ name: 'read_graph', arguments: {} }))).not.toContain('stackgate');
    await client.callTool({
      name: 'create_entities',
      arguments: { entities: [{ name: 'stackgate', entityType: 'project', observations: ['gates MCP deployments'] }] },
    });
    expect(textOf(await client.callTool({ name: 'read_graph', arguments: {} }))).toContain('gates MCP deployments');
    expect(fs.readFileSync(memoryFile, 'utf8')).toContain('"name":"stackgate"');
  });

  it('filesystem lists its one allowed directory and reads files in it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'hello.txt'), 'hi\n');
    const client = newClient();
    await client.connect(new StdioClientTransport({ ...filesystemStdio(dir), stderr: 'ignore' }));
    expect(textOf(await client.callTool({ name: 'list_allowed_directories', arguments: {} }))).toContain(fs.realpathSync(dir));
    expect(textOf(await client.callTool({ name: 'read_text_file', arguments: { path: path.join(dir, 'hello.txt') } }))).toBe('hi\n');
  });
});

describe('startFixtureServer', () => {
  it.each(FIXTURE_KINDS)('%s: listens on 127.0.0.1, serves /health and 404s unknown paths', async (kind) => {
    const server = track(await startFixtureServer(kind, { failFirstMs: 0 }));
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/mcp`);
    const health = await fetch(new URL('/health', server.url));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(new URL('/nowhere', server.url))).status).toBe(404);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /health', 'GET /nowhere']);
  });

  it('rejects an unknown kind', async () => {
    await expect(startFixtureServer('nope' as FixtureKind)).rejects.toThrow('unknown fixture kind: nope');
  });

  it('good: tools, structured content, resource and prompt work; the log records every request', async () => {
    const server = track(await startFixtureServer('good'));
    const { client, transport } = await connectHttp(server.url);
    expect(client.getServerVersion()).toEqual({ name: 'stackgate-fixture-good', version: '1.0.0' });
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual(['echo', 'add']);
    expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');
    const sum = await client.callTool({ name: 'add', arguments: { a: 2, b: 3 } });
    expect(textOf(sum)).toBe('The sum of 2 and 3 is 5');
    expect(sum.structuredContent).toEqual({ sum: 5 });
    expect((await client.listResources()).resources.map((r) => r.uri)).toEqual([README_URI]);
    expect((await client.readResource({ uri: README_URI })).contents).toEqual([{ uri: README_URI, mimeType: 'text/markdown', text: README_TEXT }]);
    expect((await client.listPrompts()).prompts.map((p) => p.name)).toEqual(['greeting']);
    expect((await client.getPrompt({ name: 'greeting', arguments: { name: 'Ada' } })).messages[0]?.content).toEqual({
      type: 'text',
      text: 'Please greet Ada warmly.',
    });

    expect(postedMethods(server.requests)).toEqual([
      'initialize',
      'notifications/initialized',
      'tools/list',
      'tools/call',
      'tools/call',
      'resources/list',
      'resources/read',
      'prompts/list',
      'prompts/get',
    ]);
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts.every((r) => r.path === '/mcp')).toBe(true);
    expect(posts[0]?.headers['mcp-session-id']).toBeUndefined();
    expect(posts.slice(1).every((r) => r.headers['mcp-session-id'] === transport.sessionId)).toBe(true);
    expect(posts[3]?.body).toMatchObject({ method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' } } });
  });

  it('good: sessions follow the spec (404 for unknown or deleted sessions, 400 without one)', async () => {
    const server = track(await startFixtureServer('good'));
    const init = await raw(server.url, { body: INITIALIZE });
    expect(init.status).toBe(200);
    expect(init.headers.get('content-type')).toBe('text/event-stream');
    expect(init.text).toContain('"serverInfo":{"name":"stackgate-fixture-good"');
    const sessionId = init.headers.get('mcp-session-id') ?? '';
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const session = { 'mcp-session-id': sessionId };

    const listed = await raw(server.url, { headers: session, body: TOOLS_LIST });
    expect(listed.status).toBe(200);
    expect(listed.text).toContain('"name":"echo"');

    const sessionNotFound = { jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' }, id: null };
    const unknown = await raw(server.url, { headers: { 'mcp-session-id': 'no-such-session' }, body: TOOLS_LIST });
    expect([unknown.status, JSON.parse(unknown.text)]).toEqual([404, sessionNotFound]);
    expect((await raw(server.url, { method: 'GET', headers: { 'mcp-session-id': 'no-such-session' } })).status).toBe(404);
    const missing = await raw(server.url, { body: TOOLS_LIST });
    expect([missing.status, JSON.parse(missing.text).error.code]).toEqual([400, -32000]);
    expect((await raw(server.url, { method: 'PUT', body: TOOLS_LIST })).status).toBe(405);

    expect((await raw(server.url, { method: 'DELETE', headers: session })).status).toBe(200);
    const afterDelete = await raw(server.url, { headers: session, body: TOOLS_LIST });
    expect([afterDelete.status, JSON.parse(afterDelete.text)]).toEqual([404, sessionNotFound]);

    // The SDK client given a stale session id skips initialize, then gets the 404 as a StreamableHTTPError.
    const { client } = await connectHttp(server.url, { sessionId });
    const error = await client.listTools().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamableHTTPError);
    expect(error).toMatchObject({ code: 404, message: expect.stringContaining('Session not found') });
  });

  it('session-400: an unknown session gets 400 while known sessions work', async () => {
    const server = track(await startFixtureServer('session-400'));
    const { client } = await connectHttp(server.url);
    expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');

    const unknown = await raw(server.url, { headers: { 'mcp-session-id': 'no-such-session' }, body: TOOLS_LIST });
    expect([unknown.status, JSON.parse(unknown.text).error]).toEqual([400, { code: -32000, message: 'Bad Request: No valid session ID provided' }]);
    const stale = await connectHttp(server.url, { sessionId: 'no-such-session' });
    await expect(stale.client.listTools()).rejects.toMatchObject({ code: 400 });
  });

  it('paginated: tools/list takes three pages of one tool', async () => {
    const server = track(await startFixtureServer('paginated'));
    const { client } = await connectHttp(server.url);
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor === undefined ? {} : { cursor });
      pages.push(page.tools.map((tool) => tool.name));
      cursor = page.nextCursor;
    } while (cursor !== undefined && pages.length < 10);
    expect(pages).toEqual([['echo'], ['add'], ['third']]);
    const cursors = server.requests
      .filter((r) => (r.body as { method?: string } | undefined)?.method === 'tools/list')
      .map((r) => (r.body as { params?: { cursor?: string } }).params?.cursor);
    expect(cursors).toEqual([undefined, 'page-1', 'page-2']);

    await expect(client.listTools({ cursor: 'bogus' })).rejects.toThrow(McpError);
    expect(await client.callTool({ name: 'add', arguments: { a: 1, b: 2 } })).toMatchObject({ structuredContent: { sum: 3 } });
    expect(textOf(await client.callTool({ name: 'third', arguments: {} }))).toBe('third tool called');
  });

  it('health-only: /mcp answers 502 HTML to every method, so connect fails', async () => {
    const server = track(await startFixtureServer('health-only'));
    for (const method of ['POST', 'GET', 'DELETE']) {
      const response = await raw(server.url, { method, ...(method === 'POST' ? { body: INITIALIZE } : {}) });
      expect([method, response.status, response.headers.get('content-type')]).toEqual([method, 502, 'text/html']);
      expect(response.text).toContain('<h1>502 Bad Gateway</h1>');
    }
    const client = newClient();
    const error = await client.connect(new StreamableHTTPClientTransport(new URL(server.url))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamableHTTPError);
    expect(error).toMatchObject({ code: 502, message: expect.stringContaining('502 Bad Gateway') });
  });

  it('missing-tool: echo is the only tool; calling add is an isError result', async () => {
    const server = track(await startFixtureServer('missing-tool'));
    const { client } = await connectHttp(server.url);
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual(['echo']);
    const result = await client.callTool({ name: 'add', arguments: { a: 1, b: 2 } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe('MCP error -32602: Tool add not found');
  });

  it('tool-error: echo returns isError with the upstream message', async () => {
    const server = track(await startFixtureServer('tool-error'));
    const { client } = await connectHttp(server.url);
    const result = await client.callTool({ name: 'echo', arguments: { message: 'hi' } });
    expect(result).toEqual({ isError: true, content: [{ type: 'text', text: 'upstream API returned 503' }] });
  });

  it('invalid-schema: lists broken with a schema JSON Schema rejects, next to a valid echo', async () => {
    const server = track(await startFixtureServer('invalid-schema'));
    const { client } = await connectHttp(server.url);
    const tools = (await client.listTools()).tools;
    expect(tools.map((tool) => tool.name)).toEqual(['broken', 'echo']);
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(tools[0]?.inputSchema as object)).toBe(false);
    expect(ajv.errorsText(ajv.errors)).toContain('/properties/a/type');
    expect(ajv.validateSchema(tools[1]?.inputSchema as object)).toBe(true);
    expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');
  });

  it('drop-session: tools/call loses the connection and the session is gone afterwards', async () => {
    const server = track(await startFixtureServer('drop-session'));
    const { client, transport } = await connectHttp(server.url);
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual(['echo', 'add']);
    const sessionId = transport.sessionId ?? '';
    const error = await fetchFailure(client.callTool({ name: 'echo', arguments: { message: 'hi' } }));
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'UND_ERR_SOCKET', message: 'other side closed' } });
    expect(postedMethods(server.requests)).toContain('tools/call');

    const after = await raw(server.url, { headers: { 'mcp-session-id': sessionId }, body: TOOLS_LIST });
    expect(after.status).toBe(404);
    await expect(client.listTools()).rejects.toMatchObject({ code: 404 });
  });

  it('invalid-jsonrpc: POSTs get 200 {"hello":"world"}, GET/DELETE 405, and connect rejects', async () => {
    const server = track(await startFixtureServer('invalid-jsonrpc'));
    const posted = await raw(server.url, { body: INITIALIZE });
    expect([posted.status, posted.headers.get('content-type'), posted.text]).toEqual([200, 'application/json', '{"hello":"world"}']);
    expect((await raw(server.url, { method: 'GET' })).status).toBe(405);
    expect((await raw(server.url, { method: 'DELETE' })).status).toBe(405);

    const client = newClient();
    const error = await client.connect(new StreamableHTTPClientTransport(new URL(server.url))).catch((e: unknown) => e);
    // The SDK client's JSON-RPC schema (zod) rejects the body: a ZodError whose message is the issue list.
    expect(error).toMatchObject({ name: 'ZodError', message: expect.stringContaining('"jsonrpc"') });
    expect(postedMethods(server.requests)).toEqual(['initialize', 'initialize']);
  });

  it('slow: tools/call answers after delayMs, so a shorter request timeout fires', async () => {
    const server = track(await startFixtureServer('slow', { delayMs: 150 }));
    const { client } = await connectHttp(server.url);
    const started = Date.now();
    expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await expect(client.callTool({ name: 'echo', arguments: { message: 'hi' } }, undefined, { timeout: 40 })).rejects.toMatchObject({
      code: -32001,
      message: 'MCP error -32001: Request timed out',
    });
  });

  it('stateless: no session ids, a fresh server per POST, GET is 405', async () => {
    const server = track(await startFixtureServer('stateless'));
    const init = await raw(server.url, { body: INITIALIZE });
    expect(init.status).toBe(200);
    expect(init.headers.get('mcp-session-id')).toBeNull();
    const { client, transport } = await connectHttp(server.url);
    expect(transport.sessionId).toBeUndefined();
    expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');
    expect((await client.callTool({ name: 'add', arguments: { a: 2, b: 2 } })).structuredContent).toEqual({ sum: 4 });
    expect((await raw(server.url, { method: 'GET' })).status).toBe(405);
    expect(server.requests.every((r) => r.headers['mcp-session-id'] === undefined)).toBe(true);
  });

  it('flaky-start: 503 for failFirstMs, then a working server', async () => {
    const started = Date.now();
    const server = track(await startFixtureServer('flaky-start', { failFirstMs: 250 }));
    expect((await fetch(new URL('/health', server.url))).status).toBe(503);
    const early = newClient();
    await expect(early.connect(new StreamableHTTPClientTransport(new URL(server.url)))).rejects.toMatchObject({ code: 503 });

    let healthy = false;
    const poll = async (): Promise<void> => {
      while (!healthy && Date.now() - started < 3_000) {
        healthy = (await fetch(new URL('/health', server.url))).status === 200;
        if (!healthy) await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await poll();
    expect(healthy).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const { client } = await connectHttp(server.url);
    expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');
  });

  it('close() ends live SSE streams and stops the server', async () => {
    const server = await startFixtureServer('good');
    track(server);
    const { client } = await connectHttp(server.url);
    await waitFor(() => server.requests.some((r) => r.method === 'GET' && r.path === '/mcp'), 'the GET /mcp SSE stream');
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    await server.close(); // idempotent
    expect(await tcpConnectError(server.port)).toBe('ECONNREFUSED');
    // A pooled keep-alive socket may still be reused once (UND_ERR_SOCKET); either way the request fails.
    await expect(client.listTools()).rejects.toThrow('fetch failed');
  });
});

describe('freePortUrl', () => {
  it('is a loopback /mcp URL that refuses connections', async () => {
    const url = await freePortUrl();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    expect((await fetchFailure(fetch(url))).cause?.code).toBe('ECONNREFUSED');
    const client = newClient();
    const error = await fetchFailure(client.connect(new StreamableHTTPClientTransport(new URL(url))));
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });
});
