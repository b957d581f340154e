/**
 * MCP servers for smoke-test and adapter tests, all on 127.0.0.1 with port 0.
 *
 * - `startEverything(mode)` spawns the real `@modelcontextprotocol/server-everything` over streamable HTTP
 *   (`/mcp`) or SSE (`/sse` + `POST /message?sessionId=`). The child runs with bind-loopback.cjs preloaded,
 *   `PORT=0` and `SG_LISTEN_REPORT`, so it binds loopback only and tells us its real port.
 * - `everythingStdio()`, `memoryStdio(file)`, `filesystemStdio(dir)` give the command line of the real stdio
 *   servers (for `StdioClientTransport` or a child process of the code under test).
 * - `startFixtureServer(kind)` runs an in-process node:http server built on the SDK's server side
 *   (`StreamableHTTPServerTransport`, one per session), recording every request, with one kind per fault a
 *   smoke test must recognise (see `FixtureKind`). Every fixture also serves `GET /health` → 200 `{"status":"ok"}`.
 * - `freePortUrl()` is a `/mcp` URL on which nothing listens.
 *
 * Every `close()` kills the child / closes the HTTP server and all its connections (live SSE streams included).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  isInitializeRequest,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type CallToolResult,
  type GetPromptResult,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const MCP_PACKAGES = path.join(REPO_ROOT, 'node_modules', '@modelcontextprotocol');

/** The preload that forces 127.0.0.1 and reports the listening port (see the file). */
export const BIND_LOOPBACK = path.join(__dirname, 'bind-loopback.cjs');
export const EVERYTHING_ENTRY = path.join(MCP_PACKAGES, 'server-everything', 'dist', 'index.js');
export const MEMORY_ENTRY = path.join(MCP_PACKAGES, 'server-memory', 'dist', 'index.js');
export const FILESYSTEM_ENTRY = path.join(MCP_PACKAGES, 'server-filesystem', 'dist', 'index.js');

/** A request as a fixture server received it. */
export interface RecordedRequest {
  method: string;
  /** Without the query string. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, the raw text when it is not JSON; absent when the request had no body. */
  body?: unknown;
}

export interface RunningServer {
  /** The MCP endpoint: `http://127.0.0.1:<port>/mcp` (`/sse` for server-everything in SSE mode). */
  url: string;
  port: number;
  /** Every request in arrival order (always empty for the spawned server-everything). */
  requests: RecordedRequest[];
  /** Idempotent. */
  close(): Promise<void>;
}

export interface StdioCommand {
  command: string;
  args: string[];
  env?: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------------------
// Real servers (child processes)

export type EverythingMode = 'streamableHttp' | 'sse';

export interface StartEverythingOptions {
  /** How long to wait for the port report. Default 15 s. */
  timeoutMs?: number;
}

/** Spawn server-everything on 127.0.0.1 with a free port; resolves once it listens. */
export async function startEverything(mode: EverythingMode, options: StartEverythingOptions = {}): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-everything-'));
  const report = path.join(dir, 'listen-report');
  const child = spawn(process.execPath, ['-r', BIND_LOOPBACK, EVERYTHING_ENTRY, mode], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', SG_LISTEN_REPORT: report },
    // stdout gets a line per request in streamableHttp mode: discard it so the pipe never fills.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-16_384);
  });
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    });
    child.once('error', (error) => {
      spawnError = error;
      if (child.pid === undefined) resolve();
    });
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      if (exit === undefined && spawnError === undefined) {
        child.kill('SIGTERM');
        const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
        await exited;
        clearTimeout(force);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    })());

  const describe = `server-everything ${mode}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const port = readReportedPort(report);
    if (port !== undefined) {
      const endpoint = mode === 'sse' ? '/sse' : '/mcp';
      return { url: `http://127.0.0.1:${port}${endpoint}`, port, requests: [], close };
    }
    if (spawnError !== undefined || exit !== undefined) {
      await close();
      const how = spawnError ? `failed to start (${spawnError.message})` : `exited (code ${exit?.code}, signal ${exit?.signal}) before listening`;
      throw new Error(`${describe} ${how}; stderr:\n${stderr}`);
    }
    if (Date.now() >= deadline) {
      await close();
      throw new Error(`${describe} did not report a listening port within ${timeoutMs} ms; stderr:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function readReportedPort(file: string): number | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const match = /^listening (\d+)$/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** server-everything over stdio. */
export function everythingStdio(): { command: string; args: string[] } {
  return { command: process.execPath, args: [EVERYTHING_ENTRY, 'stdio'] };
}

/** server-memory (stdio only) keeping its knowledge graph in `memoryFile` (JSON lines; absolute path). */
export function memoryStdio(memoryFile: string): { command: string; args: string[]; env: Record<string, string> } {
  return { command: process.execPath, args: [MEMORY_ENTRY], env: { MEMORY_FILE_PATH: path.resolve(memoryFile) } };
}

/** server-filesystem (stdio only) allowed to access `dir` only. */
export function filesystemStdio(dir: string): { command: string; args: string[] } {
  return { command: process.execPath, args: [FILESYSTEM_ENTRY, path.resolve(dir)] };
}

// ---------------------------------------------------------------------------------------------------------
// In-process fixture servers

/**
 * - `good`: tools `echo {message}` → "Echo: <message>", `add {a,b}` → "The sum of a and b is N" +
 *   `structuredContent {sum}`; resource `memo://readme`; prompt `greeting`. Stateful sessions.
 * - `paginated`: like good, but tools/list pages one tool at a time (`echo`, `add`, `third`) with `nextCursor`.
 * - `health-only`: `/health` is fine, `/mcp` answers 502 with an HTML body to every method.
 * - `missing-tool`: the only tool is `echo`.
 * - `tool-error`: `echo` returns `isError: true` "upstream API returned 503".
 * - `invalid-schema`: tool `broken` with `properties.a.type = 'not-a-type'`, plus a valid `echo`.
 * - `drop-session`: on tools/call the socket is destroyed without an answer and the session is forgotten.
 * - `invalid-jsonrpc`: every POST → 200 `{"hello":"world"}`; GET/DELETE /mcp → 405.
 * - `slow`: like good, tools/call answers are delayed `delayMs` (default 300).
 * - `session-400`: like good, but an unknown `mcp-session-id` gets 400 instead of 404.
 * - `stateless`: good's features without sessions (fresh server + transport per POST; GET/DELETE → 405).
 * - `flaky-start`: like good, but every request in the first `failFirstMs` (default 400) gets 503.
 */
export type FixtureKind =
  | 'good'
  | 'paginated'
  | 'health-only'
  | 'missing-tool'
  | 'tool-error'
  | 'invalid-schema'
  | 'drop-session'
  | 'invalid-jsonrpc'
  | 'slow'
  | 'session-400'
  | 'stateless'
  | 'flaky-start';

export const FIXTURE_KINDS: readonly FixtureKind[] = [
  'good',
  'paginated',
  'health-only',
  'missing-tool',
  'tool-error',
  'invalid-schema',
  'drop-session',
  'invalid-jsonrpc',
  'slow',
  'session-400',
  'stateless',
  'flaky-start',
];

export interface FixtureOptions {
  /** `slow`: delay of every tools/call answer. Default 300 ms. */
  delayMs?: number;
  /** `flaky-start`: how long after start every request gets 503. Default 400 ms. */
  failFirstMs?: number;
}

export const README_URI = 'memo://readme';
export const README_TEXT = '# Fixture\n\nA readme served by the stackgate MCP fixture.\n';
export const HEALTH_BODY = { status: 'ok' } as const;
export const PROXY_502_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

type SdkServer = McpServer | Server;

interface Session {
  transport: StreamableHTTPServerTransport;
  server: SdkServer;
}

const echoText = (message: unknown): string => `Echo: ${String(message)}`;
const sumText = (a: number, b: number): string => `The sum of ${a} and ${b} is ${a + b}`;
const greeting = (name: string | undefined): GetPromptResult => ({
  description: 'A friendly greeting',
  messages: [{ role: 'user', content: { type: 'text', text: `Please greet ${name ?? 'the user'} warmly.` } }],
});

/** McpServer-based servers: good and its one-tool variants. */
function buildMcpServer(kind: FixtureKind): McpServer {
  const server = new McpServer({ name: `stackgate-fixture-${kind}`, version: '1.0.0' });
  server.registerTool('echo', { description: 'Echoes the message back', inputSchema: { message: z.string() } }, async ({ message }) =>
    kind === 'tool-error'
      ? { isError: true, content: [{ type: 'text', text: 'upstream API returned 503' }] }
      : { content: [{ type: 'text', text: echoText(message) }] },
  );
  if (kind !== 'missing-tool' && kind !== 'tool-error') {
    server.registerTool(
      'add',
      { description: 'Adds two numbers', inputSchema: { a: z.number(), b: z.number() }, outputSchema: { sum: z.number() } },
      async ({ a, b }) => ({ content: [{ type: 'text', text: sumText(a, b) }], structuredContent: { sum: a + b } }),
    );
  }
  server.registerResource('readme', README_URI, { description: 'The fixture readme', mimeType: 'text/markdown' }, async (uri) => ({
    contents: [{ uri: uri.href, mimeType: 'text/markdown', text: README_TEXT }],
  }));
  server.registerPrompt('greeting', { description: 'A friendly greeting', argsSchema: { name: z.string().optional() } }, ({ name }) => greeting(name));
  return server;
}

const ECHO_TOOL: Tool = {
  name: 'echo',
  description: 'Echoes the message back',
  inputSchema: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
};
const ADD_TOOL: Tool = {
  name: 'add',
  description: 'Adds two numbers',
  inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'] },
  outputSchema: { type: 'object', properties: { sum: { type: 'number' } }, required: ['sum'] },
};
const THIRD_TOOL: Tool = { name: 'third', description: 'The tool on the third page', inputSchema: { type: 'object', properties: {} } };
const BROKEN_TOOL: Tool = {
  name: 'broken',
  description: 'A tool whose input schema is not valid JSON Schema',
  // 'not-a-type' is not a JSON Schema type: the low-level Server passes it through unchecked.
  inputSchema: { type: 'object', properties: { a: { type: 'not-a-type' } } },
};

/** Low-level Server (no SDK validation of tool definitions) for `paginated` and `invalid-schema`. */
function buildLowLevelServer(kind: 'paginated' | 'invalid-schema'): Server {
  const tools = kind === 'paginated' ? [ECHO_TOOL, ADD_TOOL, THIRD_TOOL] : [BROKEN_TOOL, ECHO_TOOL];
  const pageSize = kind === 'paginated' ? 1 : tools.length;
  const server = new Server({ name: `stackgate-fixture-${kind}`, version: '1.0.0' }, { capabilities: { tools: {}, resources: {}, prompts: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async (request) => {
    const cursor = request.params?.cursor;
    const start = cursor === undefined ? 0 : Number(/^page-(\d+)$/.exec(cursor)?.[1] ?? NaN);
    if (!Number.isInteger(start) || start < 0 || start >= tools.length) {
      throw new McpError(ErrorCode.InvalidParams, `Invalid cursor: ${cursor}`);
    }
    const end = start + pageSize;
    return { tools: tools.slice(start, end), ...(end < tools.length ? { nextCursor: `page-${end}` } : {}) };
  });
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const args = (request.params.arguments ?? {}) as Record<string, unknown>;
    switch (tools.some((tool) => tool.name === request.params.name) ? request.params.name : undefined) {
      case 'echo':
        return { content: [{ type: 'text', text: echoText(args.message) }] };
      case 'add': {
        const a = Number(args.a);
        const b = Number(args.b);
        return { content: [{ type: 'text', text: sumText(a, b) }], structuredContent: { sum: a + b } };
      }
      case 'third':
        return { content: [{ type: 'text', text: 'third tool called' }] };
      case 'broken':
        return { content: [{ type: 'text', text: `broken called with ${JSON.stringify(args)}` }] };
      default:
        // The text McpServer gives an unknown tool.
        return { isError: true, content: [{ type: 'text', text: `MCP error -32602: Tool ${request.params.name} not found` }] };
    }
  });
  server.setRequestHandler(ListResourcesRequestSchema, async () => ({
    resources: [{ uri: README_URI, name: 'readme', description: 'The fixture readme', mimeType: 'text/markdown' }],
  }));
  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    if (request.params.uri !== README_URI) throw new McpError(ErrorCode.InvalidParams, `Resource ${request.params.uri} not found`);
    return { contents: [{ uri: README_URI, mimeType: 'text/markdown', text: README_TEXT }] };
  });
  server.setRequestHandler(ListPromptsRequestSchema, async () => ({
    prompts: [{ name: 'greeting', description: 'A friendly greeting', arguments: [{ name: 'name', required: false }] }],
  }));
  server.setRequestHandler(GetPromptRequestSchema, async (request) => {
    if (request.params.name !== 'greeting') throw new McpError(ErrorCode.InvalidParams, `Prompt ${request.params.name} not found`);
    return greeting(request.params.arguments?.name);
  });
  return server;
}

function buildSdkServer(kind: FixtureKind): SdkServer {
  return kind === 'paginated' || kind === 'invalid-schema' ? buildLowLevelServer(kind) : buildMcpServer(kind);
}

const jsonRpcError = (code: number, message: string, id: unknown = null) => ({ jsonrpc: '2.0', error: { code, message }, id });

function send(res: ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const contentType = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  res.writeHead(status, { 'content-type': contentType, ...headers, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string): { value?: unknown; json: boolean } {
  if (text === '') return { json: false };
  try {
    return { value: JSON.parse(text), json: true };
  } catch {
    return { value: text, json: false };
  }
}

const messagesOf = (body: unknown): unknown[] => (Array.isArray(body) ? body : [body]);
const hasMethod = (body: unknown, method: string): boolean =>
  messagesOf(body).some((message) => typeof message === 'object' && message !== null && (message as { method?: unknown }).method === method);

/** Start an in-process MCP fixture on 127.0.0.1:0. */
export async function startFixtureServer(kind: FixtureKind, options: FixtureOptions = {}): Promise<RunningServer> {
  if (!FIXTURE_KINDS.includes(kind)) throw new Error(`unknown fixture kind: ${String(kind)}`);
  const delayMs = options.delayMs ?? 300;
  const failFirstMs = options.failFirstMs ?? 400;
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Session>();
  /** Servers not (or no longer) in `sessions`: stateless ones and sessions still initialising. */
  const loose = new Set<SdkServer>();
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let closed = false;
  let startedAt = Date.now();

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const entry = { timer: setTimeout(() => (timers.delete(entry), resolve()), ms), resolve };
      timers.add(entry);
    });

  const unknownSession = (res: ServerResponse): void =>
    kind === 'session-400'
      ? send(res, 400, jsonRpcError(-32000, 'Bad Request: No valid session ID provided'))
      : send(res, 404, jsonRpcError(-32001, 'Session not found'));

  async function serveStateful(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const header = req.headers['mcp-session-id'];
    const sessionId = Array.isArray(header) ? header[0] : header;
    if (req.method !== 'POST' && req.method !== 'GET' && req.method !== 'DELETE') {
      send(res, 405, jsonRpcError(-32000, 'Method not allowed.'), { allow: 'GET, POST, DELETE' });
      return;
    }
    if (sessionId !== undefined) {
      const session = sessions.get(sessionId);
      if (!session) return unknownSession(res);
      if (kind === 'drop-session' && req.method === 'POST' && hasMethod(body, 'tools/call')) {
        sessions.delete(sessionId);
        req.socket.destroy();
        await session.server.close().catch(() => undefined);
        return;
      }
      if (kind === 'slow' && req.method === 'POST' && hasMethod(body, 'tools/call')) {
        await sleep(delayMs);
        if (closed) return;
      }
      await session.transport.handleRequest(req, res, body);
      return;
    }
    if (req.method === 'POST' && messagesOf(body).some((message) => isInitializeRequest(message))) {
      const server = buildSdkServer(kind);
      loose.add(server);
      const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => {
          loose.delete(server);
          sessions.set(id, { transport, server });
        },
      });
      // Set before connect(): Protocol.connect chains the handler that is already there.
      transport.onclose = () => {
        loose.delete(server);
        const id = transport.sessionId;
        if (id !== undefined && sessions.get(id)?.transport === transport) sessions.delete(id);
      };
      await server.connect(transport);
      await transport.handleRequest(req, res, body);
      return;
    }
    send(res, 400, jsonRpcError(-32000, 'Bad Request: No valid session ID provided'));
  }

  async function serveStateless(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    if (req.method !== 'POST') {
      send(res, 405, jsonRpcError(-32000, 'Method not allowed.'), { allow: 'POST' });
      return;
    }
    const server = buildSdkServer('good');
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    loose.add(server);
    res.on('close', () => {
      loose.delete(server);
      void server.close().catch(() => undefined);
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const text = await readBody(req);
    const parsed = parseBody(text);
    requests.push({ method, path: url.pathname, headers: req.headers, ...(text === '' ? {} : { body: parsed.value }) });

    if (kind === 'flaky-start' && Date.now() - startedAt < failFirstMs) {
      send(res, 503, 'Service Unavailable: warming up\n', { 'retry-after': '1' });
      return;
    }
    if (url.pathname === '/health') {
      if (method === 'GET' || method === 'HEAD') send(res, 200, HEALTH_BODY);
      else send(res, 405, 'Method Not Allowed\n', { allow: 'GET, HEAD' });
      return;
    }
    if (kind === 'invalid-jsonrpc' && method === 'POST') {
      send(res, 200, { hello: 'world' });
      return;
    }
    if (url.pathname !== '/mcp') {
      send(res, 404, 'Not Found\n');
      return;
    }
    switch (kind) {
      case 'health-only':
        send(res, 502, PROXY_502_HTML, { 'content-type': 'text/html', server: 'nginx' });
        return;
      case 'invalid-jsonrpc':
        send(res, 405, 'Method Not Allowed\n', { allow: 'POST' });
        return;
      default:
    }
    if (method === 'POST' && !parsed.json) {
      send(res, 400, jsonRpcError(-32700, 'Parse error: Invalid JSON'));
      return;
    }
    if (kind === 'stateless') await serveStateless(req, res, parsed.value);
    else await serveStateful(req, res, parsed.value);
  }

  const httpServer = http.createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (closed || res.headersSent) {
        res.destroy();
        return;
      }
      send(res, 500, jsonRpcError(-32603, `fixture error: ${error instanceof Error ? error.message : String(error)}`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  startedAt = Date.now();
  const { port } = httpServer.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      closed = true;
      for (const entry of timers) {
        clearTimeout(entry.timer);
        entry.resolve();
      }
      timers.clear();
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      const servers = [...[...sessions.values()].map((session) => session.server), ...loose];
      sessions.clear();
      loose.clear();
      await Promise.all(servers.map((server) => server.close().catch(() => undefined)));
      httpServer.closeAllConnections();
      await stopped;
    })());

  return { url: `http://127.0.0.1:${port}/mcp`, port, requests, close };
}

/** A `/mcp` URL on 127.0.0.1 where nothing listens (the port was free a moment ago). */
export async function freePortUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/mcp`;
}
