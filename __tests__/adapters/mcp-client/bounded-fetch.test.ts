/**
 * boundedFetch against loopback servers: where the message limit lies exactly (a body of the limit
 * passes, one byte more does not), that it is per SSE event and not per stream (a long stream of
 * small events is read to its end, whatever its line ends), and that callers asking for
 * `redirect: 'manual'` (the SDK transports) get the redirect itself.
 */
import type { ServerResponse } from 'node:http';
import { boundedFetch, RedirectRefusedError } from '../../../src/adapters/mcp-client/bounded-fetch';
import { MAX_MESSAGE_BYTES, MessageTooLargeError } from '../../../src/adapters/mcp-client/message-limit';
import { recorder, redirectAll, startHttpServer, type HttpServer } from '../../helpers/hostile-http';

const servers: HttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(answer: (res: ServerResponse) => void): Promise<HttpServer> {
  const s = await startHttpServer((req, res) => {
    req.resume();
    answer(res);
  });
  servers.push(s);
  return s;
}

describe('the message limit', () => {
  it('a JSON body of exactly MAX_MESSAGE_BYTES is read; one byte more errors the body, and the overflow is told once', async () => {
    const exact = await serve((res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(MAX_MESSAGE_BYTES - 2)}"`));
    const over = await serve((res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(MAX_MESSAGE_BYTES - 1)}"`));
    const told: Error[] = [];
    const fetch = boundedFetch(undefined, (e) => told.push(e));
    expect(((await (await fetch(`${exact.origin}/`)).json()) as string).length).toBe(MAX_MESSAGE_BYTES - 2);
    expect(told).toEqual([]);
    const error = await (await fetch(`${over.origin}/`)).text().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageTooLargeError);
    expect((error as Error).message).toBe("the server sent more than 4 MiB in one HTTP body, stackgate's limit; nothing more was read");
    expect(told).toEqual([error]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('an event stream of small events (%s line ends) longer than the limit in total is read to its end', async (_name, eol) => {
    const event = `event: message${eol}data: ${'y'.repeat(1000)}${eol}${eol}`;
    const count = Math.ceil((2 * MAX_MESSAGE_BYTES) / event.length);
    const stream = await serve((res) => res.writeHead(200, { 'content-type': 'text/event-stream' }).end(event.repeat(count)));
    const text = await (await boundedFetch()(`${stream.origin}/`)).text();
    expect(text.length).toBe(event.length * count);
  });

  it('one event of data lines over the limit errors the stream, though no line is long', async () => {
    const stream = await serve((res) =>
      res.writeHead(200, { 'content-type': 'text/event-stream' }).end(`data: ${'y'.repeat(1000)}\n`.repeat(Math.ceil(MAX_MESSAGE_BYTES / 1000) + 1)),
    );
    await expect((await boundedFetch()(`${stream.origin}/`)).text()).rejects.toThrow('in one SSE event (a line or an event that does not end)');
  });
});

describe('redirects', () => {
  it('one to another origin is refused before anything is sent there; with redirect: manual the caller gets it', async () => {
    const elsewhere = await startHttpServer(recorder);
    servers.push(elsewhere);
    const redirector = await startHttpServer(redirectAll(elsewhere.origin, 308));
    servers.push(redirector);
    const refused = await boundedFetch()(`${redirector.origin}/health?token=secret-query-value`, { headers: { 'x-api-key': 'k' } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RedirectRefusedError);
    expect((refused as Error).message).toBe(
      `redirected to ${elsewhere.origin}/health?token=***, another origin than ${redirector.origin}: not followed, so the configured headers do not leave 127.0.0.1:${redirector.port}`,
    );
    const manual = await boundedFetch()(`${redirector.origin}/mcp`, { redirect: 'manual' });
    expect(manual.status).toBe(308);
    expect(elsewhere.requests).toEqual([]);
  });

  it('within the origin, at most 5 are followed; a loop is refused as such', async () => {
    const loop = await startHttpServer((req, res) => {
      req.resume();
      res.writeHead(302, { location: `/hop-${Number(/\d+/.exec(req.url ?? '')?.[0] ?? 0) + 1}` }).end();
    });
    servers.push(loop);
    await expect(boundedFetch()(`${loop.origin}/hop-0`)).rejects.toThrow(
      `redirected to ${loop.origin}/hop-6: not followed (more than 5 redirects, or one that would turn the request into another method)`,
    );
    expect(loop.requests.map((r) => r.path)).toEqual(['/hop-0', '/hop-1', '/hop-2', '/hop-3', '/hop-4', '/hop-5']);
  });
});
