/**
 * Session hygiene of a streamable HTTP server, with plain HTTP requests (the SDK hides statuses):
 * - a request with an unknown `mcp-session-id` must get 404, which tells clients to start a new
 *   session (a gateway that answers 400 leaves them stuck on a dead session);
 * - DELETE with the session id ends the session, and afterwards the id is refused (no leaked session).
 *   A server may refuse client-ended sessions with 405; that is allowed and reported as such.
 * Through boundedFetch, like the session itself: a redirect to another origin is refused, so the
 * headers and the session id stay with the server.
 */
import { randomUUID } from 'node:crypto';
import type { SmokeCheck } from '../../core/smoke/report-schema';
import { boundedFetch } from './bounded-fetch';
import { describeError } from './describe-error';

export interface ProbeOptions {
  url: string;
  headers: Record<string, string>;
  protocolVersion?: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

const PING = JSON.stringify({ jsonrpc: '2.0', id: 'stackgate-session-probe', method: 'ping' });

async function send(options: ProbeOptions, method: 'POST' | 'DELETE', sessionId: string): Promise<number> {
  const response = await boundedFetch(options.fetch)(options.url, {
    method,
    headers: {
      ...options.headers,
      accept: 'application/json, text/event-stream',
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      'mcp-session-id': sessionId,
      ...(options.protocolVersion ? { 'mcp-protocol-version': options.protocolVersion } : {}),
    },
    ...(method === 'POST' ? { body: PING } : {}),
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  await response.body?.cancel().catch(() => undefined);
  return response.status;
}

export async function probeUnknownSession(options: ProbeOptions): Promise<SmokeCheck> {
  const started = performance.now();
  const id = 'session-unknown';
  try {
    const status = await send(options, 'POST', `stackgate-unknown-${randomUUID()}`);
    const durationMs = performance.now() - started;
    if (status === 404) return { id, status: 'pass', message: 'a request with an unknown mcp-session-id gets 404, so clients re-initialise', durationMs };
    return {
      id,
      status: 'fail',
      message: `a request with an unknown mcp-session-id got HTTP ${status}; the MCP specification requires 404, the signal for clients to start a new session (on ${status} they keep using the dead one)`,
      durationMs,
    };
  } catch (e) {
    return { id, status: 'fail', message: `the unknown-session request failed: ${describeError(e).message}`, durationMs: performance.now() - started };
  }
}

export async function endSession(options: ProbeOptions, sessionId: string): Promise<SmokeCheck> {
  const started = performance.now();
  const id = 'session-close';
  try {
    const deleted = await send(options, 'DELETE', sessionId);
    if (deleted === 405)
      return {
        id,
        status: 'pass',
        message: 'the server does not let clients end sessions (DELETE answered 405, which the specification allows); it ends them itself',
        durationMs: performance.now() - started,
      };
    if (deleted < 200 || deleted > 299)
      return {
        id,
        status: 'fail',
        message: `DELETE of the session answered HTTP ${deleted}: the session may stay open (a leak)`,
        durationMs: performance.now() - started,
      };
    const after = await send(options, 'POST', sessionId);
    const durationMs = performance.now() - started;
    // Whether the status is the right one is session-unknown's question; here: is the session gone?
    if (after >= 400 && after < 500 && after !== 401 && after !== 403)
      return { id, status: 'pass', message: `the session ended (DELETE ${deleted}, then HTTP ${after} for its id)`, durationMs };
    if (after >= 200 && after < 300)
      return {
        id,
        status: 'fail',
        message: `after DELETE answered ${deleted}, the session still answers (HTTP ${after}): it was not ended, a leak`,
        durationMs,
      };
    return {
      id,
      status: 'fail',
      message: `after DELETE answered ${deleted}, a request with the session id got HTTP ${after}: cannot tell whether the session ended`,
      durationMs,
    };
  } catch (e) {
    return { id, status: 'fail', message: `ending the session failed: ${describeError(e).message}`, durationMs: performance.now() - started };
  }
}
