/**
 * The one fetch every HTTP request of a smoke run goes through: the health check, the session
 * probes and both MCP HTTP transports (the SDK's `fetch` option).
 *
 * - Redirects are followed only within the origin of the URL (same scheme, host and port, or the
 *   https form of an http URL), by the MCP SDK's own rule (`fetchWithinOrigin`, which its
 *   transports apply by default), so the configured headers (`Authorization`, `X-Api-Key`, …)
 *   never reach another server. A redirect elsewhere is refused: the check fails and names where
 *   it pointed. Callers that ask for `redirect: 'manual'` (the SDK transports) get the redirect.
 * - Every body is read through a meter: an HTTP body, or one event of a `text/event-stream`, over
 *   MAX_MESSAGE_BYTES errors the stream with MessageTooLargeError and `onOverflow` is told.
 */
import { fetchWithinOrigin, type FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import { clipText } from '../../core/report/channel-budgets';
import { displayUrl } from '../../core/smoke/template';
import { MAX_MESSAGE_BYTES, MessageTooLargeError, type OnOverflow } from './message-limit';

/** A redirect not followed: to another origin, or one too many. */
export class RedirectRefusedError extends Error {
  constructor(from: string, to: string) {
    const origin = new URL(from);
    const target = clipText(displayUrl(to), 200);
    super(
      URL.canParse(to) && new URL(to).origin === origin.origin
        ? `redirected to ${target}: not followed (more than 5 redirects, or one that would turn the request into another method)`
        : `redirected to ${target}, another origin than ${origin.origin}: not followed, so the configured headers do not leave ${origin.host}`,
    );
    this.name = 'RedirectRefusedError';
  }
}

export function boundedFetch(base: FetchLike = fetch, onOverflow?: OnOverflow): FetchLike {
  const withinOrigin = fetchWithinOrigin(base);
  return async (url, init) => {
    const response = await withinOrigin(url, init);
    const location = isRedirect(response.status) ? response.headers.get('location') : null;
    if (location !== null && init?.redirect !== 'manual' && init?.redirect !== 'error') {
      await response.body?.cancel().catch(() => undefined);
      const from = response.url || String(url);
      throw new RedirectRefusedError(from, URL.canParse(location, from) ? new URL(location, from).href : location);
    }
    return meterBody(response, onOverflow);
  };
}

const isRedirect = (status: number): boolean => [301, 302, 303, 307, 308].includes(status);

/** The response with its body read through the message limit. */
function meterBody(response: Response, onOverflow: OnOverflow | undefined): Response {
  // Statuses that cannot carry a body in a Response object (and nothing to read).
  if (!response.body || response.status < 200 || response.status > 599 || [204, 205, 304].includes(response.status)) return response;
  const isEventStream = /^\s*text\/event-stream/i.test(response.headers.get('content-type') ?? '');
  const fits = isEventStream ? eventMeter(MAX_MESSAGE_BYTES) : totalMeter(MAX_MESSAGE_BYTES);
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        if (fits(chunk)) return controller.enqueue(chunk);
        const error = new MessageTooLargeError(isEventStream ? 'in one SSE event (a line or an event that does not end)' : 'in one HTTP body');
        onOverflow?.(error);
        // Errors the reader; the source is cancelled, which closes the connection.
        controller.error(error);
      },
    }),
  );
  const metered = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  // The SDK names redirect targets by the response's URL.
  Object.defineProperties(metered, { url: { value: response.url }, redirected: { value: response.redirected } });
  return metered;
}

function totalMeter(limit: number): (chunk: Uint8Array) => boolean {
  let total = 0;
  return (chunk) => (total += chunk.byteLength) <= limit;
}

const LF = 0x0a;
const CR = 0x0d;

/** Bytes of the current SSE event: an event ends at an empty line (line ends LF, CR or CRLF). */
function eventMeter(limit: number): (chunk: Uint8Array) => boolean {
  let eventBytes = 0;
  let lineBytes = 0;
  let afterCr = false;
  return (chunk) => {
    for (const byte of chunk) {
      const wasCr = afterCr;
      afterCr = byte === CR;
      if (byte === LF && wasCr) continue;
      if (byte === LF || byte === CR) {
        if (lineBytes === 0) eventBytes = 0;
        lineBytes = 0;
        continue;
      }
      lineBytes++;
      if (++eventBytes > limit) return false;
    }
    return true;
  };
}
