/**
 * What went wrong talking to an MCP server, in one sentence a reviewer understands, and whether
 * waiting could help (warm-up retries: nothing listening, a gateway without an upstream yet).
 */
export interface DescribedError {
  message: string;
  /** The server is not there yet: retry during warm-up. */
  retryable: boolean;
}

/** Statuses a proxy or a starting server answers before the MCP server is up. */
const NOT_READY = new Set([404, 408, 425, 429, 500, 502, 503, 504]);

/** Whether an HTTP status may change by waiting (warm-up retries it). */
export function isNotReady(status: number): boolean {
  return NOT_READY.has(status);
}

/**
 * A failure's sentence with what the SDK does not put in its errors: why the transport failed (an
 * answer that is not JSON-RPC, a dropped stream) and the last stderr of a stdio server.
 */
export function withContext(message: string, transportError: string | undefined, stderrTail: string | undefined): string {
  const transport = transportError ? describeError(new Error(transportError)).message : undefined;
  return [message, transport && !message.includes(transport) ? `transport: ${transport}` : '', stderrTail ? `stderr: ${stderrTail.slice(-300)}` : '']
    .filter(Boolean)
    .join('; ');
}
const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused (nothing listening)',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'the server closed the connection',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  ENOENT: 'command not found',
  EACCES: 'permission denied',
};

export function describeError(e: unknown): DescribedError {
  // Wrappers (McpConnectError) keep the SDK's error as `original`.
  if (e && typeof e === 'object' && 'original' in e) return describeError((e as { original: unknown }).original);
  const err = e as { name?: string; message?: string; code?: unknown; cause?: { code?: string; message?: string } };
  // Limits stackgate enforces (bounded-fetch, message-limit): their sentences say it all, and waiting does not help.
  if (err?.name === 'MessageTooLargeError' || err?.name === 'RedirectRefusedError') return { message: err.message!, retryable: false };
  const causeCode = err?.cause?.code ?? (typeof err?.code === 'string' ? err.code : undefined);
  if (causeCode && NETWORK[causeCode]) return { message: NETWORK[causeCode], retryable: causeCode !== 'ENOENT' && causeCode !== 'EACCES' };
  const message = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim();
  if (err?.name === 'ZodError') return { message: `the answer is not a valid MCP (JSON-RPC 2.0) message${zodDetail(e)}`, retryable: false };
  if (err?.name === 'TimeoutError') return { message: message.replace(/^.*?: /, ''), retryable: true };
  // StreamableHTTPError / SseError carry the HTTP status as a number.
  if (typeof err?.code === 'number' && err.code >= 100 && err.code < 600) {
    return { message: `HTTP ${err.code}${bodyOf(message) ? `: ${bodyOf(message)}` : ''}`, retryable: NOT_READY.has(err.code) };
  }
  const status = /\b(?:HTTP|status code|Non-200 status code \()\s*(\d{3})/i.exec(message);
  if (status) return { message: `HTTP ${status[1]}`, retryable: NOT_READY.has(Number(status[1])) };
  if (err?.code === -32001 || /timed out/i.test(message)) return { message: 'no answer before the timeout', retryable: true };
  if (/fetch failed|other side closed|socket hang up|terminated/i.test(message)) return { message: 'the server closed the connection', retryable: true };
  if (err?.code === -32000 && /Connection closed/i.test(message)) return { message: 'the connection closed before the server answered', retryable: false };
  return { message: shorten(message), retryable: false };
}

/** The part after the SDK's prefix (`Streamable HTTP error: Error POSTing to endpoint: <body>`), HTML reduced to its text. */
function bodyOf(message: string): string {
  const body = message.replace(/^.*?endpoint(?: \(HTTP \d+\))?:\s*/i, '').replace(/^(Streamable HTTP error|SSE error):\s*/i, '');
  const text = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return shorten(text === message ? '' : text);
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** `: jsonrpc: expected "2.0"`, from the first issue of a zod error. */
function zodDetail(e: unknown): string {
  const issue = (e as { issues?: { path?: unknown[]; message?: string; errors?: { path?: unknown[]; message?: string }[][] }[] }).issues?.[0];
  const inner = issue?.errors?.flat()[0] ?? issue;
  if (!inner?.message) return '';
  const path = inner.path?.length ? `${inner.path.join('.')}: ` : '';
  return ` (${path}${inner.message})`;
}
