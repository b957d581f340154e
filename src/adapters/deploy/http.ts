/**
 * One JSON request of a deploy driver, bounded: it ends by the deploy's deadline (or sooner, with
 * `timeoutMs`) and when the deploy's signal aborts, so a server that never answers cannot hang a
 * deploy. Redirects are not followed (a driver's credentials travel in headers, and fetch would
 * carry a custom header such as X-API-Key to wherever a redirect points); a redirect is an error
 * that says where it pointed. Bodies larger than MAX_BODY_BYTES are refused.
 *
 * Errors name the method, host and path only: never the query string, the headers or the body.
 */
export interface RequestBounds {
  fetch: typeof fetch;
  /** Epoch milliseconds (on the `now` clock) by which the request must have ended. */
  deadline: number;
  now: () => number;
  signal: AbortSignal;
}

export interface JsonRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** At most this long, even when the deadline is further away. */
  timeoutMs?: number;
}

export interface JsonResponse {
  status: number;
  contentType: string;
  /** The parsed JSON body; undefined when the body is empty or not JSON (see `text`). */
  json: unknown;
  text: string;
}

export type HttpFailureKind = 'timeout' | 'cancelled' | 'network' | 'redirect' | 'too-large';

/** No usable answer: none in time, the deploy was cancelled, the connection failed, a redirect, a body too large. */
export class HttpRequestError extends Error {
  constructor(
    message: string,
    readonly kind: HttpFailureKind,
  ) {
    super(message);
    this.name = 'HttpRequestError';
  }
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** `portainer.example.com/api/stacks`: what a message may show of a URL (no credentials, no query). */
export function hostAndPath(url: string): string {
  if (!URL.canParse(url)) return '(an invalid URL)';
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

/** `GET portainer.example.com/api/stacks` */
export const describeTarget = (method: string, url: string): string => `${method} ${hostAndPath(url)}`;

export async function requestJson(bounds: RequestBounds, request: JsonRequest): Promise<JsonResponse> {
  const target = describeTarget(request.method, request.url);
  const remainingMs = Math.floor(bounds.deadline - bounds.now());
  if (bounds.signal.aborted) throw new HttpRequestError(`${target}: not sent, the deploy was cancelled`, 'cancelled');
  if (remainingMs <= 0) throw new HttpRequestError(`${target}: not sent, the deploy's time is up`, 'timeout');
  const timeoutMs = Math.min(remainingMs, request.timeoutMs ?? remainingMs);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([bounds.signal, timeout]);
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await bounds.fetch(request.url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      redirect: 'manual',
      signal,
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      const to = location && URL.canParse(location, request.url) ? hostAndPath(new URL(location, request.url).href) : 'nowhere';
      throw new HttpRequestError(`${target} answered ${response.status}, a redirect to ${to}: not followed; configure the URL it points to`, 'redirect');
    }
    const text = await readText(response, target);
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', json: parseJson(text), text };
  } catch (e) {
    if (e instanceof HttpRequestError) throw e;
    if (bounds.signal.aborted) throw new HttpRequestError(`${target}: cancelled`, 'cancelled');
    if (timeout.aborted) throw new HttpRequestError(`${target}: no answer within ${timeoutMs} ms`, 'timeout');
    throw new HttpRequestError(`${target} failed before an answer came (${networkReason(e)})`, 'network');
  }
}

async function readText(response: Response, target: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw new HttpRequestError(`${target}: the answer is larger than ${MAX_BODY_BYTES} bytes`, 'too-large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON (a proxy's page, a cut-off body): the caller sees json undefined and decides with `text`.
    return undefined;
  }
}

/** The system error code (ECONNREFUSED, ENOTFOUND…) when there is one, else the first line of the message. */
function networkReason(e: unknown): string {
  for (let current: unknown = e, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);
}
