/**
 * One MCP session through the official TypeScript SDK client, over streamable HTTP, the older
 * HTTP+SSE transport or stdio. Every operation is bounded by the request timeout (the SDK's own,
 * plus an outer deadline that closes the transport, so a server that never answers cannot hang
 * the run), and what the transport saw (negotiated protocol version, session id, the last
 * transport error, a stdio server's stderr) is kept for the report and for clear messages.
 *
 * What a server sends is bounded too (message-limit.ts): HTTP goes through boundedFetch, a stdio
 * server runs in its own process group (stdio-transport.ts). When a server oversteps a limit, the
 * session is closed and the operation in flight, and every later one, fails with that reason.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport as SdkTransport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { PlannedTarget } from '../../core/smoke/plan';
import { boundedFetch } from './bounded-fetch';
import { MAX_MESSAGE_BYTES, STDERR_TAIL_CHARS, type MessageTooLargeError, type OnOverflow } from './message-limit';
import { ProcessGroupStdioTransport } from './stdio-transport';
import { withTimeout } from '../timeout';

export const CLIENT_INFO = { name: 'stackgate-smoke', version: '1' };
/** Pages of tools/list (or resources, prompts) followed before a cursor loop is assumed. */
export const MAX_PAGES = 100;

export interface McpTool {
  name: string;
  inputSchema?: unknown;
}

export interface McpCallResult {
  isError?: boolean;
  content?: unknown[];
  structuredContent?: unknown;
}

/** Records what passes through the SDK transport without changing it. */
class ObservedTransport implements SdkTransport {
  protocolVersion?: string;
  lastError?: Error;
  closed = false;
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  constructor(readonly inner: SdkTransport) {
    inner.onmessage = (m) => {
      const result = (m as { result?: { protocolVersion?: unknown } }).result;
      if (!this.protocolVersion && typeof result?.protocolVersion === 'string') this.protocolVersion = result.protocolVersion;
      this.onmessage?.(m);
    };
    inner.onerror = (e) => {
      this.lastError = e;
      this.onerror?.(e);
    };
    inner.onclose = () => {
      this.closed = true;
      this.onclose?.();
    };
  }
  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }
  start(): Promise<void> {
    return this.inner.start();
  }
  send(message: JSONRPCMessage, options?: Parameters<SdkTransport['send']>[1]): Promise<void> {
    return this.inner.send(message, options);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }
}

export interface Paged<T> {
  items: T[];
  pages: number;
}

export interface McpConnection {
  readonly server?: { name: string; version: string };
  readonly protocolVersion?: string;
  /** Streamable HTTP session id (undefined for stateless servers, SSE and stdio). */
  readonly sessionId?: string;
  ping(): Promise<void>;
  /** Every page of tools/list (resource URIs, prompt names); `pages` counts the requests. */
  listTools(): Promise<Paged<McpTool>>;
  listResources(): Promise<Paged<string>>;
  listPrompts(): Promise<Paged<string>>;
  callTool(name: string, args: Record<string, unknown>): Promise<McpCallResult>;
  /** Why the transport last failed, for messages (an invalid answer, a dropped stream). */
  lastTransportError(): string | undefined;
  /** The last lines a stdio server wrote to stderr. */
  stderrTail(): string;
  close(): Promise<void>;
}

/** initialize failed; carries what the transport and a stdio server's stderr said. */
export class McpConnectError extends Error {
  constructor(
    readonly original: unknown,
    readonly stderrTail: string,
    readonly transportError?: string,
  ) {
    super(original instanceof Error ? original.message : String(original));
    this.name = 'McpConnectError';
  }
}

export interface ConnectOptions {
  timeoutMs: number;
  fetch?: typeof fetch;
}

export async function connectMcp(target: PlannedTarget, options: ConnectOptions): Promise<McpConnection> {
  let stderr = '';
  // A limit overstepped: the session ends, and what is in flight or comes later fails with it.
  let overflow: MessageTooLargeError | undefined;
  let failInFlight: (error: Error) => void = () => undefined;
  const overflowed = new Promise<never>((_, reject) => (failInFlight = reject));
  overflowed.catch(() => undefined); // raced by every operation below; nothing else waits for it
  const onOverflow: OnOverflow = (error) => {
    if (overflow) return;
    overflow = error;
    failInFlight(error);
    void transport.close().catch(() => undefined);
  };
  const inner = createTransport(target, options, onOverflow, (chunk) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS);
  });
  const transport = new ObservedTransport(inner);
  const client = new Client(CLIENT_INFO, { capabilities: {} });
  const limit = options.timeoutMs;
  const bounded = <T>(what: string, run: () => Promise<T>): Promise<T> =>
    withTimeout(Promise.race([run(), overflowed]), limit + 250, what, () => void transport.close().catch(() => undefined));
  const request = { timeout: limit, maxTotalTimeout: limit };
  const transportError = () => overflow?.message ?? transport.lastError?.message;
  try {
    await bounded('initialize', () => client.connect(transport, request));
  } catch (e) {
    await transport.close().catch(() => undefined);
    throw new McpConnectError(e, stderr.trim(), transportError());
  }
  const paged = async <T>(what: string, page: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>): Promise<Paged<T>> => {
    const items: T[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let pages = 1; ; pages++) {
      const r = await bounded(what, () => page(cursor));
      items.push(...r.items);
      if (!r.nextCursor) return { items, pages };
      if (seen.has(r.nextCursor) || pages >= MAX_PAGES)
        throw new Error(`${what}: the server keeps returning nextCursor (${pages} pages); pagination never ends`);
      seen.add(r.nextCursor);
      cursor = r.nextCursor;
    }
  };
  const server = client.getServerVersion();
  return {
    server: server ? { name: server.name, version: server.version } : undefined,
    protocolVersion: transport.protocolVersion,
    get sessionId() {
      return transport.sessionId;
    },
    ping: async () => {
      await bounded('ping', () => client.ping(request));
    },
    listTools: () =>
      paged('tools/list', async (cursor) => {
        const res = await client.listTools(cursor ? { cursor } : undefined, request);
        return { items: res.tools.map((t) => ({ name: t.name, inputSchema: t.inputSchema })), nextCursor: res.nextCursor };
      }),
    listResources: () =>
      paged('resources/list', async (cursor) => {
        const res = await client.listResources(cursor ? { cursor } : undefined, request);
        return { items: res.resources.map((x) => x.uri), nextCursor: res.nextCursor };
      }),
    listPrompts: () =>
      paged('prompts/list', async (cursor) => {
        const res = await client.listPrompts(cursor ? { cursor } : undefined, request);
        return { items: res.prompts.map((x) => x.name), nextCursor: res.nextCursor };
      }),
    callTool: (name, args) =>
      bounded(`tools/call ${name}`, async () => (await client.callTool({ name, arguments: args }, undefined, request)) as McpCallResult),
    lastTransportError: transportError,
    stderrTail: () => stderr.trim(),
    close: async () => {
      await withTimeout(client.close(), 2000, 'close').catch(() => undefined);
    },
  };
}

function createTransport(target: PlannedTarget, options: ConnectOptions, onOverflow: OnOverflow, onStderr: (chunk: string) => void): SdkTransport {
  const headers = target.headers;
  const requestInit: RequestInit = { headers };
  // Redirects stay within the origin (the SDK's default, redirectPolicy 'same-origin'); bodies are metered.
  const metered = boundedFetch(options.fetch, onOverflow);
  switch (target.transport) {
    case 'streamable-http':
      return new StreamableHTTPClientTransport(new URL(target.url!), {
        requestInit,
        fetch: metered,
        // A dropped stream is resumed a few times, quickly; the request timeout bounds the rest.
        reconnectionOptions: { initialReconnectionDelay: 200, maxReconnectionDelay: 2000, reconnectionDelayGrowFactor: 2, maxRetries: 2 },
      });
    case 'sse':
      return new SSEClientTransport(new URL(target.url!), { requestInit, fetch: metered });
    case 'stdio': {
      const c = target.command!;
      const server = { command: c.command, args: c.args, env: { ...getDefaultEnvironment(), ...c.env }, ...(c.cwd ? { cwd: c.cwd } : {}) };
      if (process.platform !== 'win32') return new ProcessGroupStdioTransport(server, { onStderr, onOverflow });
      // Windows: no process groups, and cross-spawn finds `npx.cmd`; the SDK's ReadBuffer keeps the line limit.
      const transport = new StdioClientTransport({ ...server, stderr: 'pipe', maxBufferSize: MAX_MESSAGE_BYTES });
      transport.stderr?.on('data', (d: Buffer) => onStderr(d.toString('utf8')));
      return transport;
    }
  }
}
