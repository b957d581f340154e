/**
 * A deploy system's webhook on 127.0.0.1, for the webhook driver and actions/deploy: POST /hook and
 * GET /status answered by scripts, every request recorded with its signature verified as a receiver
 * should (HMAC-SHA256 of the raw bytes, compared with crypto.timingSafeEqual).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpServer, type HttpServer } from './hostile-http';

export interface Received {
  method: string;
  path: string;
  body: string;
  delivery: string | undefined;
  contentType: string | undefined;
  /** The signature verified against the secret over the raw body, in constant time. */
  isSigned: boolean;
}

export type Answer = { status: number; json?: unknown; text?: string } | 'hang';

/** The deploy system: POST /hook and GET /status answered by the scripts, every request recorded and verified. */
export class DeployHook {
  readonly received: Received[] = [];
  hook: (n: number) => Answer = () => ({ status: 202, json: { accepted: true } });
  status: (n: number) => Answer = () => ({ status: 200, json: { status: 'success' } });
  server!: HttpServer;

  constructor(private readonly secret: string) {}

  async start(): Promise<this> {
    this.server = await startHttpServer((req, res) => void this.handle(req, res));
    return this;
  }

  url(path: string): string {
    return `${this.server.origin}${path}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const delivery = req.headers['x-stackgate-delivery'];
    this.received.push({
      method: req.method ?? '',
      path,
      body: raw.toString('utf8'),
      delivery: typeof delivery === 'string' ? delivery : undefined,
      contentType: req.headers['content-type'],
      isSigned: verify(raw, req.headers['x-stackgate-signature-256'], this.secret),
    });
    const n = this.received.filter((r) => r.path === path).length;
    const answer = path === '/hook' ? this.hook(n) : path === '/status' ? this.status(n) : { status: 404, text: 'no such path' };
    if (answer === 'hang') return;
    res.writeHead(answer.status, { 'content-type': answer.json === undefined ? 'text/plain' : 'application/json' });
    res.end(answer.json === undefined ? (answer.text ?? '') : JSON.stringify(answer.json));
  }
}

/** What a receiver does: HMAC of the bytes received, compared in constant time. */
function verify(raw: Buffer, header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(raw).digest('hex'), 'utf8');
  const got = Buffer.from(header.slice('sha256='.length), 'utf8');
  return got.length === expected.length && timingSafeEqual(got, expected);
}
