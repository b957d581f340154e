/**
 * HTTP servers that attack the smoke client, on 127.0.0.1 with port 0, each recording the requests it
 * gets (method, path, headers) in `requests`. Two servers are two origins (the ports differ).
 *
 * - `startHttpServer(handle)`: any handler; `close()` ends every connection, live streams included.
 * - `recorder`: answers everything 200 `{"status":"ok"}`; the server a redirect should never reach.
 * - `redirectAll(to, status)`: every request is redirected to `to` + its path.
 * - `sameOriginRedirect(from, to)`: `from` redirects to `to` on the same server, `to` is a healthy health URL.
 * - `proxyTo(upstream, redirectIf, to)`: a reverse proxy to `upstream` that redirects the requests
 *   `redirectIf` picks to `to` + their path instead.
 * - `flood(kind)`: one endless or huge answer per request, by kind (see FloodKind); at most
 *   FLOOD_CAP_BYTES are sent, so a client without limits fails its memory bound without taking the
 *   machine down, and every stream stops when the client goes away.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface HttpServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  requests: SeenRequest[];
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startHttpServer(handle: Handler): Promise<HttpServer> {
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://x').pathname, headers: req.headers });
    handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

export const recorder: Handler = (req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
};

export const redirectAll =
  (to: string, status = 307): Handler =>
  (req, res) => {
    req.resume();
    res.writeHead(status, { location: `${to}${req.url ?? '/'}` }).end();
  };

export const sameOriginRedirect =
  (from: string, to: string): Handler =>
  (req, res) => {
    req.resume();
    if (req.url === from) res.writeHead(302, { location: to }).end();
    else if (req.url === to) res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    else res.writeHead(404).end();
  };

export const proxyTo =
  (upstream: string, redirectIf: (req: IncomingMessage) => boolean, to: string): Handler =>
  (req, res) => {
    if (redirectIf(req)) {
      req.resume();
      res.writeHead(307, { location: `${to}${req.url ?? '/'}` }).end();
      return;
    }
    const forward = http.request(
      `${upstream}${req.url ?? '/'}`,
      { method: req.method, headers: { ...req.headers, host: new URL(upstream).host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  };

/** The most a flood sends: well over any limit of the client, well under what would hurt the machine. */
export const FLOOD_CAP_BYTES = 256 * 1024 * 1024;

/**
 * - `sse-endless-line`: GET (the HTTP+SSE transport's stream) answers `text/event-stream` with one
 *   `data:` line that never ends.
 * - `sse-endless-event`: the same stream, with `data:` lines that never reach the empty line ending an event.
 * - `json-huge`: POST (streamable HTTP) answers `application/json`: one JSON-RPC response to the
 *   request, whose serverInfo name is 128 MiB long.
 * - `post-sse-endless-line`: POST answers `text/event-stream` with one line that never ends.
 * - `body-endless`: GET answers `application/json` with a body that never ends (a health URL).
 */
export type FloodKind = 'sse-endless-line' | 'sse-endless-event' | 'json-huge' | 'post-sse-endless-line' | 'body-endless';

export const flood =
  (kind: FloodKind): Handler =>
  (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = req.method === 'POST' ? (JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { id?: unknown }).id : undefined;
      switch (kind) {
        case 'sse-endless-line':
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          return pump(res, 'data: ', 'x'.repeat(65536));
        case 'sse-endless-event':
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          return pump(res, 'event: message\n', 'data: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n'.repeat(1024));
        case 'json-huge':
          res.writeHead(200, { 'content-type': 'application/json' });
          return pump(
            res,
            `{"jsonrpc":"2.0","id":${JSON.stringify(id ?? null)},"result":{"protocolVersion":"2025-06-18","capabilities":{},"serverInfo":{"version":"1","name":"`,
            'x'.repeat(65536),
            128 * 1024 * 1024,
            '"}}}',
          );
        case 'post-sse-endless-line':
          if (req.method !== 'POST') return void res.writeHead(405).end();
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          return pump(res, 'event: message\ndata: ', 'x'.repeat(65536));
        case 'body-endless':
          res.writeHead(200, { 'content-type': 'application/json' });
          return pump(res, '{"status":"', 'x'.repeat(65536));
      }
    });
  };

/** Writes `head`, then `chunk` until `total` bytes (or the client leaves), then `tail`; with backpressure. */
function pump(res: ServerResponse, head: string, chunk: string, total = FLOOD_CAP_BYTES, tail = ''): void {
  let sent = 0;
  let gone = false;
  res.on('close', () => (gone = true));
  res.write(head);
  const go = (): void => {
    while (!gone && sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', go);
    }
    if (!gone) res.end(tail);
  };
  go();
}
