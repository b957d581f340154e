/**
 * The bot's HTTP server: `POST /webhook` (every delivery's X-Hub-Signature-256 verified with the
 * App's webhook secret by @octokit/webhooks; the delivery is stored in the durable queue before the
 * answer, so an answer of 202 means it will be worked on, and a redelivered id is answered as a
 * duplicate), `GET /healthz`, `GET /readyz`, `GET /metrics` and `GET /audits/<id>`.
 *
 * GitHub gives a delivery 10 seconds and does not redeliver on its own: the handler only verifies,
 * stores and answers. Bodies over GitHub's 25 MB cap are refused without being read.
 */
import http from 'node:http';
import { Webhooks } from '@octokit/webhooks';
import type { AuditStore, DeliveryQueue } from '../adapters/bot-store/store';
import { toError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { BotMetrics } from './metrics';

/** GitHub caps webhook payloads at 25 MB. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

/** The events and actions the bot works on; other deliveries are acknowledged and dropped. */
const HANDLED: Record<string, readonly string[]> = {
  deployment_protection_rule: ['requested'],
  pull_request: ['opened', 'synchronize', 'reopened'],
};

export interface ServerOptions {
  webhookSecret: string;
  queue: DeliveryQueue;
  audits: AuditStore;
  metrics: BotMetrics;
  log: Logger;
  /** Database reachable and key loaded. */
  ready(): Promise<boolean>;
  /** A delivery was queued (wakes this process's idle workers). */
  onQueued(): void;
}

type Reply = { status: number; body: unknown; type?: string };

export function createBotServer(options: ServerOptions): http.Server {
  const webhooks = new Webhooks({ secret: options.webhookSecret });
  const send = (res: http.ServerResponse, reply: Reply) => {
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': reply.type ?? (typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json') });
    res.end(text);
  };

  const webhook = async (req: http.IncomingMessage, body: Buffer): Promise<Reply> => {
    const event = header(req, 'x-github-event');
    const signature = header(req, 'x-hub-signature-256');
    const deliveryId = header(req, 'x-github-delivery');
    const count = (outcome: string) => options.metrics.deliveries.inc({ event: event && /^[a-z_]{1,64}$/.test(event) ? event : 'unknown', outcome });
    if (!signature) {
      count('rejected');
      return { status: 401, body: { error: 'missing X-Hub-Signature-256: deliveries must be signed with the webhook secret' } };
    }
    const text = body.toString('utf8');
    let valid = false;
    try {
      valid = await webhooks.verify(text, signature);
    } catch {
      valid = false;
    }
    if (!valid) {
      count('rejected');
      return { status: 401, body: { error: 'X-Hub-Signature-256 does not match the body: wrong secret, or the body was changed' } };
    }
    if (!event || !deliveryId) {
      count('rejected');
      return { status: 400, body: { error: 'missing X-GitHub-Event or X-GitHub-Delivery' } };
    }
    let payload: { action?: unknown; installation?: { id?: unknown }; repository?: { full_name?: unknown } };
    try {
      payload = JSON.parse(text) as typeof payload;
    } catch {
      count('rejected');
      return { status: 400, body: { error: 'the body is not JSON' } };
    }
    if (event === 'ping') {
      count('ignored');
      return { status: 200, body: { pong: true } };
    }
    const action = typeof payload.action === 'string' ? payload.action : undefined;
    if (!HANDLED[event]?.includes(action ?? '')) {
      count('ignored');
      return { status: 202, body: { ignored: `${event}${action ? `.${action}` : ''}` } };
    }
    const installationId = Number(payload.installation?.id);
    const result = await options.queue.enqueue({
      deliveryId,
      event,
      action,
      ...(Number.isSafeInteger(installationId) ? { installationId } : {}),
      ...(typeof payload.repository?.full_name === 'string' ? { repository: payload.repository.full_name } : {}),
      payload,
    });
    count(result);
    if (result === 'queued') options.onQueued();
    return result === 'queued' ? { status: 202, body: { queued: deliveryId } } : { status: 200, body: { duplicate: deliveryId } };
  };

  const route = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<Reply | undefined> => {
    const url = new URL(req.url ?? '/', 'http://bot');
    if (url.pathname === '/webhook') {
      if (req.method !== 'POST') return { status: 405, body: { error: 'POST deliveries here' } };
      const length = Number(req.headers['content-length']);
      if (Number.isFinite(length) && length > MAX_BODY_BYTES) {
        res.setHeader('connection', 'close');
        return { status: 413, body: { error: `over GitHub's ${MAX_BODY_BYTES} bytes` } };
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      if (!body) {
        res.setHeader('connection', 'close');
        return { status: 413, body: { error: `over GitHub's ${MAX_BODY_BYTES} bytes` } };
      }
      return webhook(req, body);
    }
    if (req.method !== 'GET') return { status: 405, body: { error: 'not allowed' } };
    if (url.pathname === '/healthz') return { status: 200, body: 'ok\n' };
    if (url.pathname === '/readyz') return (await options.ready()) ? { status: 200, body: 'ready\n' } : { status: 503, body: 'not ready\n' };
    if (url.pathname === '/metrics') return { status: 200, body: await options.metrics.registry.metrics(), type: options.metrics.registry.contentType };
    const audit = /^\/audits\/([A-Za-z0-9_-]{16,64})$/.exec(url.pathname);
    if (audit) {
      const record = await options.audits.get(audit[1]);
      return record === undefined ? { status: 404, body: { error: 'no such audit record' } } : { status: 200, body: record };
    }
    return { status: 404, body: { error: 'not found' } };
  };

  return http.createServer((req, res) => {
    route(req, res)
      .then((reply) => reply && send(res, reply))
      .catch((e: unknown) => {
        options.log.error(`${req.method} ${req.url}: ${toError(e).message}`);
        if (!res.headersSent) send(res, { status: 503, body: { error: 'the delivery could not be stored; GitHub can redeliver it' } });
        else res.destroy();
      });
  });
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The body, or undefined once it passes `limit` bytes (the rest is not read). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
