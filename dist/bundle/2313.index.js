"use strict";
exports.id = 2313;
exports.ids = [2313];
exports.modules = {

/***/ 33513:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RedirectRefusedError = void 0;
exports.boundedFetch = boundedFetch;
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
const transport_js_1 = __webpack_require__(66537);
const channel_budgets_1 = __webpack_require__(4882);
const template_1 = __webpack_require__(78187);
const message_limit_1 = __webpack_require__(66664);
/** A redirect not followed: to another origin, or one too many. */
class RedirectRefusedError extends Error {
    constructor(from, to) {
        const origin = new URL(from);
        const target = (0, channel_budgets_1.clipText)((0, template_1.displayUrl)(to), 200);
        super(URL.canParse(to) && new URL(to).origin === origin.origin
            ? `redirected to ${target}: not followed (more than 5 redirects, or one that would turn the request into another method)`
            : `redirected to ${target}, another origin than ${origin.origin}: not followed, so the configured headers do not leave ${origin.host}`);
        this.name = 'RedirectRefusedError';
    }
}
exports.RedirectRefusedError = RedirectRefusedError;
function boundedFetch(base = fetch, onOverflow) {
    const withinOrigin = (0, transport_js_1.fetchWithinOrigin)(base);
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
const isRedirect = (status) => [301, 302, 303, 307, 308].includes(status);
/** The response with its body read through the message limit. */
function meterBody(response, onOverflow) {
    // Statuses that cannot carry a body in a Response object (and nothing to read).
    if (!response.body || response.status < 200 || response.status > 599 || [204, 205, 304].includes(response.status))
        return response;
    const isEventStream = /^\s*text\/event-stream/i.test(response.headers.get('content-type') ?? '');
    const fits = isEventStream ? eventMeter(message_limit_1.MAX_MESSAGE_BYTES) : totalMeter(message_limit_1.MAX_MESSAGE_BYTES);
    const body = response.body.pipeThrough(new TransformStream({
        transform(chunk, controller) {
            if (fits(chunk))
                return controller.enqueue(chunk);
            const error = new message_limit_1.MessageTooLargeError(isEventStream ? 'in one SSE event (a line or an event that does not end)' : 'in one HTTP body');
            onOverflow?.(error);
            // Errors the reader; the source is cancelled, which closes the connection.
            controller.error(error);
        },
    }));
    const metered = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    // The SDK names redirect targets by the response's URL.
    Object.defineProperties(metered, { url: { value: response.url }, redirected: { value: response.redirected } });
    return metered;
}
function totalMeter(limit) {
    let total = 0;
    return (chunk) => (total += chunk.byteLength) <= limit;
}
const LF = 0x0a;
const CR = 0x0d;
/** Bytes of the current SSE event: an event ends at an empty line (line ends LF, CR or CRLF). */
function eventMeter(limit) {
    let eventBytes = 0;
    let lineBytes = 0;
    let afterCr = false;
    return (chunk) => {
        for (const byte of chunk) {
            const wasCr = afterCr;
            afterCr = byte === CR;
            if (byte === LF && wasCr)
                continue;
            if (byte === LF || byte === CR) {
                if (lineBytes === 0)
                    eventBytes = 0;
                lineBytes = 0;
                continue;
            }
            lineBytes++;
            if (++eventBytes > limit)
                return false;
        }
        return true;
    };
}


/***/ }),

/***/ 41661:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.McpConnectError = exports.MAX_PAGES = exports.CLIENT_INFO = void 0;
exports.connectMcp = connectMcp;
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
const index_js_1 = __webpack_require__(49874);
const sse_js_1 = __webpack_require__(73131);
const stdio_js_1 = __webpack_require__(55387);
const streamableHttp_js_1 = __webpack_require__(41772);
const bounded_fetch_1 = __webpack_require__(33513);
const message_limit_1 = __webpack_require__(66664);
const stdio_transport_1 = __webpack_require__(41664);
const timeout_1 = __webpack_require__(97855);
exports.CLIENT_INFO = { name: 'stackgate-smoke', version: '1' };
/** Pages of tools/list (or resources, prompts) followed before a cursor loop is assumed. */
exports.MAX_PAGES = 100;
/** Records what passes through the SDK transport without changing it. */
class ObservedTransport {
    inner;
    protocolVersion;
    lastError;
    closed = false;
    onclose;
    onerror;
    onmessage;
    constructor(inner) {
        this.inner = inner;
        inner.onmessage = (m) => {
            const result = m.result;
            if (!this.protocolVersion && typeof result?.protocolVersion === 'string')
                this.protocolVersion = result.protocolVersion;
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
    get sessionId() {
        return this.inner.sessionId;
    }
    start() {
        return this.inner.start();
    }
    send(message, options) {
        return this.inner.send(message, options);
    }
    close() {
        return this.inner.close();
    }
    setProtocolVersion(version) {
        this.inner.setProtocolVersion?.(version);
    }
}
/** initialize failed; carries what the transport and a stdio server's stderr said. */
class McpConnectError extends Error {
    original;
    stderrTail;
    transportError;
    constructor(original, stderrTail, transportError) {
        super(original instanceof Error ? original.message : String(original));
        this.original = original;
        this.stderrTail = stderrTail;
        this.transportError = transportError;
        this.name = 'McpConnectError';
    }
}
exports.McpConnectError = McpConnectError;
async function connectMcp(target, options) {
    let stderr = '';
    // A limit overstepped: the session ends, and what is in flight or comes later fails with it.
    let overflow;
    let failInFlight = () => undefined;
    const overflowed = new Promise((_, reject) => (failInFlight = reject));
    overflowed.catch(() => undefined); // raced by every operation below; nothing else waits for it
    const onOverflow = (error) => {
        if (overflow)
            return;
        overflow = error;
        failInFlight(error);
        void transport.close().catch(() => undefined);
    };
    const inner = createTransport(target, options, onOverflow, (chunk) => {
        stderr = (stderr + chunk).slice(-message_limit_1.STDERR_TAIL_CHARS);
    });
    const transport = new ObservedTransport(inner);
    const client = new index_js_1.Client(exports.CLIENT_INFO, { capabilities: {} });
    const limit = options.timeoutMs;
    const bounded = (what, run) => (0, timeout_1.withTimeout)(Promise.race([run(), overflowed]), limit + 250, what, () => void transport.close().catch(() => undefined));
    const request = { timeout: limit, maxTotalTimeout: limit };
    const transportError = () => overflow?.message ?? transport.lastError?.message;
    try {
        await bounded('initialize', () => client.connect(transport, request));
    }
    catch (e) {
        await transport.close().catch(() => undefined);
        throw new McpConnectError(e, stderr.trim(), transportError());
    }
    const paged = async (what, page) => {
        const items = [];
        const seen = new Set();
        let cursor;
        for (let pages = 1;; pages++) {
            const r = await bounded(what, () => page(cursor));
            items.push(...r.items);
            if (!r.nextCursor)
                return { items, pages };
            if (seen.has(r.nextCursor) || pages >= exports.MAX_PAGES)
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
        listTools: () => paged('tools/list', async (cursor) => {
            const res = await client.listTools(cursor ? { cursor } : undefined, request);
            return { items: res.tools.map((t) => ({ name: t.name, inputSchema: t.inputSchema })), nextCursor: res.nextCursor };
        }),
        listResources: () => paged('resources/list', async (cursor) => {
            const res = await client.listResources(cursor ? { cursor } : undefined, request);
            return { items: res.resources.map((x) => x.uri), nextCursor: res.nextCursor };
        }),
        listPrompts: () => paged('prompts/list', async (cursor) => {
            const res = await client.listPrompts(cursor ? { cursor } : undefined, request);
            return { items: res.prompts.map((x) => x.name), nextCursor: res.nextCursor };
        }),
        callTool: (name, args) => bounded(`tools/call ${name}`, async () => (await client.callTool({ name, arguments: args }, undefined, request))),
        lastTransportError: transportError,
        stderrTail: () => stderr.trim(),
        close: async () => {
            await (0, timeout_1.withTimeout)(client.close(), 2000, 'close').catch(() => undefined);
        },
    };
}
function createTransport(target, options, onOverflow, onStderr) {
    const headers = target.headers;
    const requestInit = { headers };
    // Redirects stay within the origin (the SDK's default, redirectPolicy 'same-origin'); bodies are metered.
    const metered = (0, bounded_fetch_1.boundedFetch)(options.fetch, onOverflow);
    switch (target.transport) {
        case 'streamable-http':
            return new streamableHttp_js_1.StreamableHTTPClientTransport(new URL(target.url), {
                requestInit,
                fetch: metered,
                // A dropped stream is resumed a few times, quickly; the request timeout bounds the rest.
                reconnectionOptions: { initialReconnectionDelay: 200, maxReconnectionDelay: 2000, reconnectionDelayGrowFactor: 2, maxRetries: 2 },
            });
        case 'sse':
            return new sse_js_1.SSEClientTransport(new URL(target.url), { requestInit, fetch: metered });
        case 'stdio': {
            const c = target.command;
            const server = { command: c.command, args: c.args, env: { ...(0, stdio_js_1.getDefaultEnvironment)(), ...c.env }, ...(c.cwd ? { cwd: c.cwd } : {}) };
            if (process.platform !== 'win32')
                return new stdio_transport_1.ProcessGroupStdioTransport(server, { onStderr, onOverflow });
            // Windows: no process groups, and cross-spawn finds `npx.cmd`; the SDK's ReadBuffer keeps the line limit.
            const transport = new stdio_js_1.StdioClientTransport({ ...server, stderr: 'pipe', maxBufferSize: message_limit_1.MAX_MESSAGE_BYTES });
            transport.stderr?.on('data', (d) => onStderr(d.toString('utf8')));
            return transport;
        }
    }
}


/***/ }),

/***/ 94879:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isNotReady = isNotReady;
exports.withContext = withContext;
exports.describeError = describeError;
/** Statuses a proxy or a starting server answers before the MCP server is up. */
const NOT_READY = new Set([404, 408, 425, 429, 500, 502, 503, 504]);
/** Whether an HTTP status may change by waiting (warm-up retries it). */
function isNotReady(status) {
    return NOT_READY.has(status);
}
/**
 * A failure's sentence with what the SDK does not put in its errors: why the transport failed (an
 * answer that is not JSON-RPC, a dropped stream) and the last stderr of a stdio server.
 */
function withContext(message, transportError, stderrTail) {
    const transport = transportError ? describeError(new Error(transportError)).message : undefined;
    return [message, transport && !message.includes(transport) ? `transport: ${transport}` : '', stderrTail ? `stderr: ${stderrTail.slice(-300)}` : '']
        .filter(Boolean)
        .join('; ');
}
const NETWORK = {
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
function describeError(e) {
    // Wrappers (McpConnectError) keep the SDK's error as `original`.
    if (e && typeof e === 'object' && 'original' in e)
        return describeError(e.original);
    const err = e;
    // Limits stackgate enforces (bounded-fetch, message-limit): their sentences say it all, and waiting does not help.
    if (err?.name === 'MessageTooLargeError' || err?.name === 'RedirectRefusedError')
        return { message: err.message, retryable: false };
    const causeCode = err?.cause?.code ?? (typeof err?.code === 'string' ? err.code : undefined);
    if (causeCode && NETWORK[causeCode])
        return { message: NETWORK[causeCode], retryable: causeCode !== 'ENOENT' && causeCode !== 'EACCES' };
    const message = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim();
    if (err?.name === 'ZodError')
        return { message: `the answer is not a valid MCP (JSON-RPC 2.0) message${zodDetail(e)}`, retryable: false };
    if (err?.name === 'TimeoutError')
        return { message: message.replace(/^.*?: /, ''), retryable: true };
    // StreamableHTTPError / SseError carry the HTTP status as a number.
    if (typeof err?.code === 'number' && err.code >= 100 && err.code < 600) {
        return { message: `HTTP ${err.code}${bodyOf(message) ? `: ${bodyOf(message)}` : ''}`, retryable: NOT_READY.has(err.code) };
    }
    const status = /\b(?:HTTP|status code|Non-200 status code \()\s*(\d{3})/i.exec(message);
    if (status)
        return { message: `HTTP ${status[1]}`, retryable: NOT_READY.has(Number(status[1])) };
    if (err?.code === -32001 || /timed out/i.test(message))
        return { message: 'no answer before the timeout', retryable: true };
    if (/fetch failed|other side closed|socket hang up|terminated/i.test(message))
        return { message: 'the server closed the connection', retryable: true };
    if (err?.code === -32000 && /Connection closed/i.test(message))
        return { message: 'the connection closed before the server answered', retryable: false };
    return { message: shorten(message), retryable: false };
}
/** The part after the SDK's prefix (`Streamable HTTP error: Error POSTing to endpoint: <body>`), HTML reduced to its text. */
function bodyOf(message) {
    const body = message.replace(/^.*?endpoint(?: \(HTTP \d+\))?:\s*/i, '').replace(/^(Streamable HTTP error|SSE error):\s*/i, '');
    const text = body
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return shorten(text === message ? '' : text);
}
function shorten(text) {
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
/** `: jsonrpc: expected "2.0"`, from the first issue of a zod error. */
function zodDetail(e) {
    const issue = e.issues?.[0];
    const inner = issue?.errors?.flat()[0] ?? issue;
    if (!inner?.message)
        return '';
    const path = inner.path?.length ? `${inner.path.join('.')}: ` : '';
    return ` (${path}${inner.message})`;
}


/***/ }),

/***/ 87635:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkHealth = checkHealth;
exports.valueAt = valueAt;
const duration_1 = __webpack_require__(38169);
const expect_1 = __webpack_require__(56952);
const template_1 = __webpack_require__(78187);
const bounded_fetch_1 = __webpack_require__(33513);
const describe_error_1 = __webpack_require__(94879);
async function checkHealth(health, headers, timeoutMs, fetchImpl = fetch) {
    const started = performance.now();
    const id = 'health';
    const where = (0, template_1.displayUrl)(health.url);
    let response;
    let body;
    try {
        response = await (0, bounded_fetch_1.boundedFetch)(fetchImpl)(health.url, { headers, signal: AbortSignal.timeout(timeoutMs) });
        body = await response.text();
    }
    catch (e) {
        const d = (0, describe_error_1.describeError)(e);
        return { check: { id, status: 'fail', message: `GET ${where}: ${d.message}`, durationMs: performance.now() - started }, unreachable: d };
    }
    const durationMs = performance.now() - started;
    const problems = [];
    if (response.status !== health.status)
        problems.push(`answered HTTP ${response.status}, expected ${health.status}`);
    if (health.json) {
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            problems.push('the body is not JSON');
        }
        if (parsed !== undefined) {
            for (const [path, expected] of Object.entries(health.json)) {
                const actual = valueAt(parsed, path);
                const mismatch = actual === undefined ? `${path}: missing` : (0, expect_1.subsetMismatch)(actual, expected, path);
                if (mismatch)
                    problems.push(mismatch);
            }
        }
    }
    if (health.budgetMs !== undefined && durationMs > health.budgetMs)
        problems.push(`took ${(0, duration_1.formatMs)(durationMs)}, over its ${(0, duration_1.formatMs)(health.budgetMs)} budget`);
    const check = problems.length
        ? { id, status: 'fail', message: `GET ${where} ${problems.join('; ')}`, durationMs }
        : { id, status: 'pass', message: `GET ${where}: HTTP ${response.status} in ${(0, duration_1.formatMs)(durationMs)}`, durationMs };
    // A starting server or its proxy answers 503 (and the like) before it is up: keep waiting during warm-up.
    return { check, ...((0, describe_error_1.isNotReady)(response.status) ? { unreachable: { message: `HTTP ${response.status}`, retryable: true } } : {}) };
}
/** `checks.db.status` or `items[0].name` in a JSON value. */
function valueAt(value, path) {
    let cur = value;
    for (const part of path.split('.').flatMap((p) => p.split(/\[(\d+)\]/).filter(Boolean))) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = Array.isArray(cur) && /^\d+$/.test(part) ? cur[Number(part)] : cur[part];
    }
    return cur;
}


/***/ }),

/***/ 66664:
/***/ ((__unused_webpack_module, exports) => {


/**
 * How much one MCP server may send stackgate in one piece, whatever the transport. A server that
 * sends more fails the check that was waiting, with MessageTooLargeError's sentence, instead of
 * growing the run's memory until the machine runs out (a `yes`-like stdout, an SSE line that never
 * ends, a JSON body of gigabytes). The limits are documented in docs/smoke.md ("Limits").
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MessageTooLargeError = exports.STDERR_TAIL_CHARS = exports.MAX_STDOUT_NOISE_BYTES = exports.MAX_MESSAGE_BYTES = void 0;
/** One JSON-RPC message (a stdio line, an HTTP JSON body, one SSE event), and a health check's body. */
exports.MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** stdout lines of a stdio server that are not JSON-RPC (log lines by mistake) tolerated per session. */
exports.MAX_STDOUT_NOISE_BYTES = exports.MAX_MESSAGE_BYTES;
/** The end of a stdio server's stderr that is kept for messages; the rest is read and dropped. */
exports.STDERR_TAIL_CHARS = 2000;
/** The server sent more than a limit allows; the session is closed and nothing more is read. */
class MessageTooLargeError extends Error {
    /** `what`: "in one HTTP body", "of stdout lines that are not JSON-RPC". */
    constructor(what, limitBytes = exports.MAX_MESSAGE_BYTES) {
        super(`the server sent more than ${limitBytes / (1024 * 1024)} MiB ${what}, stackgate's limit; nothing more was read`);
        this.name = 'MessageTooLargeError';
    }
}
exports.MessageTooLargeError = MessageTooLargeError;


/***/ }),

/***/ 21698:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.probeUnknownSession = probeUnknownSession;
exports.endSession = endSession;
/**
 * Session hygiene of a streamable HTTP server, with plain HTTP requests (the SDK hides statuses):
 * - a request with an unknown `mcp-session-id` must get 404, which tells clients to start a new
 *   session (a gateway that answers 400 leaves them stuck on a dead session);
 * - DELETE with the session id ends the session, and afterwards the id is refused (no leaked session).
 *   A server may refuse client-ended sessions with 405; that is allowed and reported as such.
 * Through boundedFetch, like the session itself: a redirect to another origin is refused, so the
 * headers and the session id stay with the server.
 */
const node_crypto_1 = __webpack_require__(77598);
const bounded_fetch_1 = __webpack_require__(33513);
const describe_error_1 = __webpack_require__(94879);
const PING = JSON.stringify({ jsonrpc: '2.0', id: 'stackgate-session-probe', method: 'ping' });
async function send(options, method, sessionId) {
    const response = await (0, bounded_fetch_1.boundedFetch)(options.fetch)(options.url, {
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
async function probeUnknownSession(options) {
    const started = performance.now();
    const id = 'session-unknown';
    try {
        const status = await send(options, 'POST', `stackgate-unknown-${(0, node_crypto_1.randomUUID)()}`);
        const durationMs = performance.now() - started;
        if (status === 404)
            return { id, status: 'pass', message: 'a request with an unknown mcp-session-id gets 404, so clients re-initialise', durationMs };
        return {
            id,
            status: 'fail',
            message: `a request with an unknown mcp-session-id got HTTP ${status}; the MCP specification requires 404, the signal for clients to start a new session (on ${status} they keep using the dead one)`,
            durationMs,
        };
    }
    catch (e) {
        return { id, status: 'fail', message: `the unknown-session request failed: ${(0, describe_error_1.describeError)(e).message}`, durationMs: performance.now() - started };
    }
}
async function endSession(options, sessionId) {
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
    }
    catch (e) {
        return { id, status: 'fail', message: `ending the session failed: ${(0, describe_error_1.describeError)(e).message}`, durationMs: performance.now() - started };
    }
}


/***/ }),

/***/ 41664:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProcessGroupStdioTransport = void 0;
/**
 * The stdio transport of a smoke run: the server command in its own process group, JSON-RPC one
 * message per line on stdin/stdout, within the message limits.
 *
 * - The server is the leader of a new process group (`detached`), and the whole group is killed
 *   when the session ends or the server exits, so what it started (`sh -c 'sleep 60 & exec node
 *   server.js'`, a grandchild that keeps stdout open) does not keep the run waiting nor outlive it.
 *   Ending follows the MCP specification: close stdin, wait for the server to exit, then SIGTERM,
 *   then SIGKILL. A server that overflows a limit is killed at once.
 * - A stdout line over MAX_MESSAGE_BYTES, or more than MAX_STDOUT_NOISE_BYTES of lines that are
 *   not JSON-RPC, is a MessageTooLargeError: `onOverflow` is told and the server is killed.
 * - stderr is read and passed on in chunks (the connection keeps its tail).
 *
 * Windows has no process groups to kill this way, and its commands (`npx.cmd`) need cross-spawn:
 * there the SDK's StdioClientTransport is used instead (see connection.ts).
 */
const node_child_process_1 = __webpack_require__(31421);
const stdio_js_1 = __webpack_require__(63265);
const message_limit_1 = __webpack_require__(66664);
const LINE = 'in one stdout line (one JSON-RPC message)';
/** How long a server may take to exit after stdin closes, and after SIGTERM. */
const EXIT_GRACE_MS = 2000;
/** Process groups still running, killed if this process exits first (a crash, Ctrl-C). */
const running = new Set();
const killAllOnExit = () => running.forEach((pgid) => signalGroup(pgid, 'SIGKILL'));
class ProcessGroupStdioTransport {
    server;
    hooks;
    onclose;
    onerror;
    onmessage;
    child;
    exited;
    streamsClosed;
    closing;
    ending;
    isClosed = false;
    /** Nothing more is read: a limit was overstepped, or the transport closed. */
    isDeaf = false;
    pending = [];
    pendingBytes = 0;
    noiseBytes = 0;
    constructor(server, hooks) {
        this.server = server;
        this.hooks = hooks;
    }
    start() {
        if (this.child)
            throw new Error('ProcessGroupStdioTransport already started');
        return new Promise((resolve, reject) => {
            const child = (0, node_child_process_1.spawn)(this.server.command, this.server.args, {
                env: this.server.env,
                cwd: this.server.cwd,
                stdio: ['pipe', 'pipe', 'pipe'],
                // Its own process group (setsid): the group id is the server's pid.
                detached: true,
                windowsHide: true,
            });
            this.child = child;
            this.exited = new Promise((done) => child.once('exit', () => done()));
            this.streamsClosed = new Promise((done) => child.once('close', () => done()));
            child.once('error', (error) => {
                reject(error);
                this.onerror?.(error);
                this.finish();
            });
            child.once('spawn', () => {
                if (running.size === 0)
                    process.once('exit', killAllOnExit);
                running.add(child.pid);
                resolve();
            });
            // The server is gone: so is whatever it started, which lets go of the pipes it held.
            child.once('exit', () => void this.endGroup(true).then(() => this.afterStreams()));
            child.stdin.on('error', (error) => this.onerror?.(error));
            child.stdout.on('data', (chunk) => this.read(chunk));
            child.stdout.on('error', (error) => this.onerror?.(error));
            child.stderr.setEncoding('utf8');
            child.stderr.on('data', (chunk) => this.hooks.onStderr(chunk));
        });
    }
    send(message) {
        return new Promise((resolve, reject) => {
            const stdin = this.child?.stdin;
            if (!stdin || this.isClosed || stdin.destroyed)
                return reject(new Error('Not connected'));
            if (stdin.write((0, stdio_js_1.serializeMessage)(message)))
                resolve();
            else
                stdin.once('drain', resolve);
        });
    }
    /** Closes stdin, waits for the server to exit, then ends its process group. */
    close() {
        return (this.closing ??= (async () => {
            const child = this.child;
            if (!child || child.pid === undefined)
                return this.finish();
            child.stdin?.end();
            await Promise.race([this.exited, delay(EXIT_GRACE_MS)]);
            await this.endGroup(true);
            await this.afterStreams();
        })());
    }
    /**
     * Ends the process group: SIGTERM and a grace period for the server (when `gently`), then SIGKILL
     * to every process left in the group. Killed orphans may stay zombies until their new parent
     * reaps them; they hold nothing.
     */
    endGroup(gently) {
        return (this.ending ??= (async () => {
            const pgid = this.child?.pid;
            if (pgid === undefined || !running.has(pgid))
                return;
            if (gently && signalGroup(pgid, 'SIGTERM'))
                await Promise.race([this.exited, delay(EXIT_GRACE_MS)]);
            signalGroup(pgid, 'SIGKILL');
            running.delete(pgid);
            if (running.size === 0)
                process.removeListener('exit', killAllOnExit);
        })());
    }
    /** The last output is read once the pipes close; a process outside the group (it called setsid) may hold them: not waited for long. */
    async afterStreams() {
        await Promise.race([this.streamsClosed, delay(EXIT_GRACE_MS)]);
        this.finish();
    }
    read(chunk) {
        let start = 0;
        for (let end = chunk.indexOf(0x0a); end !== -1 && !this.isDeaf; end = chunk.indexOf(0x0a, start)) {
            if (this.pendingBytes + end - start > message_limit_1.MAX_MESSAGE_BYTES)
                return this.overflow(new message_limit_1.MessageTooLargeError(LINE));
            if (this.pending.length) {
                const line = Buffer.concat([...this.pending, chunk.subarray(start, end)]);
                this.pending = [];
                this.pendingBytes = 0;
                this.handleLine(line, 0, line.length);
            }
            else
                this.handleLine(chunk, start, end);
            start = end + 1;
        }
        if (start >= chunk.length || this.isDeaf)
            return;
        this.pending.push(chunk.subarray(start));
        this.pendingBytes += chunk.length - start;
        if (this.pendingBytes > message_limit_1.MAX_MESSAGE_BYTES)
            this.overflow(new message_limit_1.MessageTooLargeError(LINE));
    }
    /** The line `buf[start, end)`, without its line feed. */
    handleLine(buf, start, end) {
        let first = start;
        while (first < end && (buf[first] === 0x20 || buf[first] === 0x09 || buf[first] === 0x0d))
            first++;
        if (first === end)
            return;
        let problem;
        // A JSON-RPC message is an object: a line that does not start like one is not parsed at all.
        if (buf[first] === 0x7b) {
            try {
                return this.onmessage?.((0, stdio_js_1.deserializeMessage)(buf.toString('utf8', start, end)));
            }
            catch (error) {
                problem = error;
            }
        }
        // A log line on stdout by mistake: skipped and counted; the first is reported.
        if (this.noiseBytes === 0)
            this.onerror?.(problem instanceof Error ? problem : new Error(`not a JSON-RPC message: ${JSON.stringify(buf.toString('utf8', start, Math.min(end, start + 80)))}`));
        this.noiseBytes += end - start + 1;
        if (this.noiseBytes > message_limit_1.MAX_STDOUT_NOISE_BYTES)
            this.overflow(new message_limit_1.MessageTooLargeError('of stdout lines that are not JSON-RPC', message_limit_1.MAX_STDOUT_NOISE_BYTES));
    }
    overflow(error) {
        if (this.isDeaf)
            return;
        this.isDeaf = true;
        this.pending = [];
        this.pendingBytes = 0;
        // Killed before anyone hears of it, so a close() it prompts does not wait on a flooding server.
        this.closing ??= this.endGroup(false).then(() => this.finish());
        this.hooks.onOverflow(error);
        this.onerror?.(error);
    }
    finish() {
        if (this.isClosed)
            return;
        this.isClosed = true;
        this.isDeaf = true;
        this.child?.stdout?.destroy();
        this.child?.stderr?.destroy();
        this.child?.stdin?.destroy();
        this.onclose?.();
    }
}
exports.ProcessGroupStdioTransport = ProcessGroupStdioTransport;
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        // ESRCH: nothing is left in the group.
        return false;
    }
}
const delay = (ms) => new Promise((resolve) => {
    setTimeout(resolve, ms).unref();
});


/***/ }),

/***/ 97855:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeoutError = void 0;
exports.withTimeout = withTimeout;
/**
 * A bounded wait: a promise that does not settle in time rejects with a TimeoutError. The MCP
 * client bounds every wait of a smoke run with it, the readiness comment its whole run.
 */
class TimeoutError extends Error {
    constructor(what, ms) {
        super(`${what}: no answer within ${ms} ms`);
        this.name = 'TimeoutError';
    }
}
exports.TimeoutError = TimeoutError;
async function withTimeout(promise, ms, what, onTimeout) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            onTimeout?.();
            reject(new TimeoutError(what, ms));
        }, ms);
        timer.unref?.();
    });
    try {
        return await Promise.race([promise, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 43522:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runSmoke = runSmoke;
/**
 * The smoke use case: every target of the plan, `concurrency` at a time. Each target is first waited for
 * (retrying with exponential backoff within the wait timeout while nothing answers), then checked:
 * health, initialize, ping, tools/list (with pagination) and the input schemas, resources and
 * prompts when asked, the tool calls (repeated for latency percentiles and the error rate),
 * session hygiene (warnings unless the plan is strict), and the tool surface against the previous
 * environment's report. Every check ends in a status and a sentence; nothing waits without a
 * bound; secrets never reach a message.
 * What a server sends is bounded (message-limit.ts), and what the report keeps of it is too:
 * names to SERVER_NAME_LIMIT characters, messages to CHECK_MESSAGE_LIMIT (reportText).
 */
const channel_budgets_1 = __webpack_require__(4882);
const drift_1 = __webpack_require__(27338);
const duration_1 = __webpack_require__(38169);
const expect_1 = __webpack_require__(56952);
const latency_1 = __webpack_require__(56403);
const outcome_1 = __webpack_require__(41197);
const report_schema_1 = __webpack_require__(48919);
const schema_validity_1 = __webpack_require__(90569);
const report_text_1 = __webpack_require__(55711);
const connection_1 = __webpack_require__(41661);
const describe_error_1 = __webpack_require__(94879);
const health_1 = __webpack_require__(87635);
const session_probe_1 = __webpack_require__(21698);
const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 4000;
/** Consecutive failed calls after which the repetitions stop: the server is gone, not slow. */
const MAX_CONSECUTIVE_CALL_FAILURES = 3;
async function runSmoke(plan, options, ports = {}) {
    const world = {
        now: ports.now ?? (() => performance.now()),
        sleep: ports.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        fetch: ports.fetch,
    };
    const now = world.now;
    const started = now();
    const targets = await mapWithConcurrency(plan.targets, plan.concurrency, async (t) => {
        const report = await smokeOne(t, plan, options, world);
        options.onTarget?.(report);
        return report;
    });
    return {
        schema: report_schema_1.SMOKE_REPORT_SCHEMA_ID,
        tool: { name: 'stackgate', version: options.toolVersion },
        environment: plan.environment,
        commit: options.commit ?? null,
        generatedAt: new Date().toISOString(),
        durationMs: Math.round(now() - started),
        passed: targets.every((t) => t.passed),
        strict: plan.strict,
        summary: (0, outcome_1.summarize)(targets),
        ...(options.compareWith && plan.drift !== 'off'
            ? { comparedWith: { environment: options.compareWith.environment, commit: options.compareWith.commit, generatedAt: options.compareWith.generatedAt } }
            : {}),
        targets,
    };
}
async function smokeOne(target, plan, options, world) {
    const { now } = world;
    const started = now();
    const checks = [];
    const timed = async (id, run) => {
        const t0 = now();
        const r = await run();
        checks.push({ id, ...r, durationMs: round(now() - t0) });
    };
    // Warm-up: wait for the target to answer, with exponential backoff, within the wait timeout.
    const warm = await warmUp(target, plan, world);
    if (warm.health)
        checks.push(warm.health);
    const c = warm.connection;
    const shown = (name) => (0, report_text_1.reportText)(name, plan.secrets, channel_budgets_1.SERVER_NAME_LIMIT);
    const server = c?.server && { name: shown(c.server.name), version: shown(c.server.version) };
    const protocolVersion = c?.protocolVersion === undefined ? undefined : shown(c.protocolVersion);
    let tools;
    let latency;
    const skip = (ids, why) => ids.forEach((id) => checks.push({ id, status: 'skipped', message: why }));
    const mcpCheckIds = [
        'ping',
        'tools-list',
        'tool-schemas',
        ...(target.resources ? ['resources-list'] : []),
        ...(target.prompts ? ['prompts-list'] : []),
        ...target.calls.map((c) => c.id),
        ...(hasLatencyCheck(target) ? ['latency'] : []),
        ...(target.budgets.errorRate !== undefined ? ['error-rate'] : []),
        ...(target.transport === 'streamable-http' && target.sessionChecks ? ['session-unknown', 'session-close'] : []),
    ];
    if (!c) {
        if (warm.neverAnswered) {
            checks.push({
                id: 'reachable',
                status: 'fail',
                message: `nothing answered within the wait timeout of ${(0, duration_1.formatMs)(plan.waitTimeoutMs)} (${warm.attempts} attempts; last: ${warm.error.message})`,
            });
            skip(['initialize', ...mcpCheckIds], 'not run: the target never answered');
        }
        else {
            checks.push({ id: 'reachable', status: 'pass', message: `answered (attempt ${warm.attempts})` });
            checks.push({ id: 'initialize', status: 'fail', message: `initialize failed: ${warm.error.message}` });
            skip(mcpCheckIds, 'not run: initialize failed');
        }
    }
    else {
        try {
            checks.push({
                id: 'reachable',
                status: 'pass',
                message: `answered after ${warm.attempts} attempt${warm.attempts === 1 ? '' : 's'} in ${(0, duration_1.formatMs)(warm.waitedMs)}`,
            });
            checks.push({
                id: 'initialize',
                status: 'pass',
                message: `protocol ${protocolVersion ?? 'unknown'}, server ${server ? `${server.name} ${server.version}` : 'without serverInfo'}${c.sessionId ? ', session id issued' : ''}`,
                durationMs: warm.initializeMs,
            });
            await timed('ping', async () => {
                try {
                    await c.ping();
                    return { status: 'pass', message: 'ping answered' };
                }
                catch (e) {
                    return { status: 'fail', message: `ping failed: ${failure(e, c)}` };
                }
            });
            const listStarted = now();
            await timed('tools-list', async () => {
                try {
                    const r = await c.listTools();
                    tools = r.items.map((t) => ({ ...t, name: shown(t.name) }));
                    return toolsListVerdict(target, tools, r.pages);
                }
                catch (e) {
                    return { status: 'fail', message: `tools/list failed: ${failure(e, c)}` };
                }
            });
            const listMs = now() - listStarted;
            if (tools) {
                const problems = tools.flatMap((t) => {
                    const p = (0, schema_validity_1.inputSchemaProblem)(t.inputSchema);
                    return p ? [`${t.name}: ${p}`] : [];
                });
                checks.push(problems.length
                    ? { id: 'tool-schemas', status: 'fail', message: problems.join('; ') }
                    : { id: 'tool-schemas', status: 'pass', message: `all ${tools.length} input schemas are valid JSON Schema` });
            }
            else
                skip(['tool-schemas'], 'not run: tools/list failed');
            // resources/list and prompts/list: the expected URIs or names among those listed.
            const listed = async (id, method, kind, expected, list) => {
                if (!expected)
                    return;
                await timed(id, async () => {
                    try {
                        const found = await list();
                        const missing = expected.filter((x) => !found.includes(x));
                        return missing.length
                            ? { status: 'fail', message: `missing ${kind}: ${missing.join(', ')} (listed ${found.length})` }
                            : { status: 'pass', message: `${found.length} ${kind} listed, the ${expected.length} expected among them` };
                    }
                    catch (e) {
                        return { status: 'fail', message: `${method} failed: ${failure(e, c)}` };
                    }
                });
            };
            await listed('resources-list', 'resources/list', 'resources', target.resources, async () => (await c.listResources()).items);
            await listed('prompts-list', 'prompts/list', 'prompts', target.prompts, async () => (await c.listPrompts()).items);
            latency = await runCalls(target, c, checks, now, tools ? listMs : undefined);
            if (target.transport === 'streamable-http' && target.sessionChecks) {
                if (!c.sessionId)
                    skip(['session-unknown', 'session-close'], 'stateless server (no mcp-session-id): no session to end or leak');
                else {
                    const probe = { url: target.url, headers: target.headers, protocolVersion: c.protocolVersion, timeoutMs: plan.timeoutMs, fetch: world.fetch };
                    checks.push(await (0, session_probe_1.probeUnknownSession)(probe));
                    checks.push(await (0, session_probe_1.endSession)(probe, c.sessionId));
                }
            }
        }
        finally {
            await c.close();
        }
    }
    const surface = tools ? (0, drift_1.toolSurface)(tools) : undefined;
    if (options.compareWith && plan.drift !== 'off')
        checks.push((0, drift_1.compareSurface)({ service: target.service, tools: surface }, options.compareWith, plan.drift));
    const unknown = (0, outcome_1.unknownExpectedFailures)(checks, target.expectedFailures);
    if (unknown.length)
        checks.push({
            id: 'expected-failures',
            status: 'warn',
            message: `expectedFailures names no check of this target: ${unknown.join(', ')} (check ids are listed in docs/smoke.md)`,
        });
    const reported = (0, outcome_1.applyProtocolHygiene)((0, outcome_1.applyExpectedFailures)(checks, target.expectedFailures), plan.strict).map((x) => ({
        ...x,
        message: (0, report_text_1.reportText)(x.message, plan.secrets, channel_budgets_1.CHECK_MESSAGE_LIMIT),
    }));
    return {
        service: target.service,
        transport: target.transport,
        endpoint: target.endpoint,
        passed: (0, outcome_1.targetPassed)(reported),
        durationMs: round(now() - started),
        attempts: warm.attempts,
        ...(server ? { server } : {}),
        ...(protocolVersion ? { protocolVersion } : {}),
        checks: reported,
        ...(latency ? { latency } : {}),
        ...(surface ? { tools: surface } : {}),
    };
}
async function warmUp(target, plan, { now, sleep, fetch }) {
    const started = now();
    const deadline = started + plan.waitTimeoutMs;
    let delay = FIRST_RETRY_MS;
    let attempts = 0;
    let health;
    for (;;) {
        attempts++;
        let error;
        if (target.health) {
            const h = await (0, health_1.checkHealth)(target.health, target.headers, plan.timeoutMs, fetch);
            health = h.check;
            error = h.unreachable;
        }
        if (!error) {
            const t0 = now();
            try {
                const connection = await (0, connection_1.connectMcp)(target, { timeoutMs: plan.timeoutMs, fetch });
                return { connection, health, attempts, waitedMs: now() - started, initializeMs: round(now() - t0), neverAnswered: false };
            }
            catch (e) {
                error = (0, describe_error_1.describeError)(e);
                if (target.transport === 'stdio')
                    error = { ...error, retryable: false };
                // The SDK reports some failures only to the transport (an answer that is not JSON-RPC).
                if ((!error.retryable || error.message === 'no answer before the timeout') && e instanceof connection_1.McpConnectError)
                    error = { ...error, message: (0, describe_error_1.withContext)(error.message, e.transportError, e.stderrTail) };
            }
        }
        if (!error.retryable || now() + delay > deadline)
            return { health, attempts, waitedMs: now() - started, neverAnswered: error.retryable, error };
        await sleep(delay);
        delay = Math.min(delay * 2, MAX_RETRY_MS);
    }
}
function toolsListVerdict(target, tools, pages) {
    const names = tools.map((t) => t.name);
    const missing = target.tools.filter((t) => !names.includes(t));
    const listed = `the server lists ${names.length} tool${names.length === 1 ? '' : 's'}${pages > 1 ? ` over ${pages} pages` : ''}`;
    const problems = [];
    if (missing.length)
        problems.push(`missing tool${missing.length === 1 ? '' : 's'} ${missing.join(', ')} (${listed}: ${preview(names)})`);
    if (target.minTools !== undefined && names.length < target.minTools)
        problems.push(`${listed}, expected at least ${target.minTools}`);
    if (problems.length)
        return { status: 'fail', message: problems.join('; ') };
    return { status: 'pass', message: `${listed}${target.tools.length ? `, the ${target.tools.length} expected among them` : ''}` };
}
function hasLatencyCheck(target) {
    const b = target.budgets;
    return b.p50Ms !== undefined || b.p95Ms !== undefined || b.p99Ms !== undefined || target.repetitions > 1;
}
/** The tool calls, `repetitions` times: one check per call, latency percentiles and the error rate. */
async function runCalls(target, c, checks, now, listMs) {
    const samples = [];
    let errors = 0;
    let attempted = 0;
    let consecutive = 0;
    let stoppedAt;
    const outcome = new Map(target.calls.map((call) => [call.id, { failures: 0, first: undefined, ms: [] }]));
    for (let rep = 1; rep <= target.repetitions && stoppedAt === undefined; rep++) {
        for (const call of target.calls) {
            attempted++;
            const t0 = now();
            let problem;
            try {
                const result = await c.callTool(call.tool, call.arguments);
                const problems = (0, expect_1.checkCallResult)(result, call.expect);
                if (problems.length)
                    problem = problems.join('; ');
                consecutive = 0;
            }
            catch (e) {
                problem = `tools/call failed: ${failure(e, c)}`;
                consecutive++;
            }
            const ms = now() - t0;
            const o = outcome.get(call.id);
            o.ms.push(ms);
            if (problem) {
                errors++;
                o.failures++;
                o.first ??= problem;
            }
            else
                samples.push(ms);
            if (consecutive >= MAX_CONSECUTIVE_CALL_FAILURES) {
                stoppedAt = rep;
                break;
            }
        }
    }
    const reps = stoppedAt ?? target.repetitions;
    for (const call of target.calls) {
        const o = outcome.get(call.id);
        const runs = o.ms.length;
        const times = runs > 1 ? ` (${runs - o.failures} of ${runs} runs passed)` : '';
        const stopped = stoppedAt !== undefined ? `; repetitions stopped after ${MAX_CONSECUTIVE_CALL_FAILURES} consecutive failures` : '';
        checks.push(!runs
            ? { id: call.id, status: 'skipped', message: `not run: repetitions stopped after ${MAX_CONSECUTIVE_CALL_FAILURES} consecutive failures` }
            : o.failures
                ? { id: call.id, status: 'fail', message: `${call.tool}: ${o.first}${times}${stopped}`, durationMs: round(o.ms[0]) }
                : { id: call.id, status: 'pass', message: `${call.tool} answered as expected in ${(0, duration_1.formatMs)(o.ms[0])}${times}`, durationMs: round(o.ms[0]) });
    }
    // Without calls, tools/list is what repetitions and budgets measure.
    const basis = target.calls.length ? 'tools/call' : 'tools/list';
    if (basis === 'tools/list' && listMs !== undefined) {
        samples.push(listMs);
        for (let rep = 2; rep <= target.repetitions; rep++) {
            const t0 = now();
            try {
                await c.listTools();
                samples.push(now() - t0);
            }
            catch {
                errors++;
            }
            attempted++;
        }
        attempted++;
    }
    const stats = (0, latency_1.latencyStats)(samples);
    const latency = stats || errors
        ? { basis, ...(stats ?? { samples: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 }), errors, errorRate: attempted ? round4(errors / attempted) : 0 }
        : undefined;
    if (hasLatencyCheck(target))
        checks.push(latencyCheck(target, latency, reps));
    if (target.budgets.errorRate !== undefined) {
        const rate = latency?.errorRate ?? 0;
        checks.push(rate > target.budgets.errorRate
            ? {
                id: 'error-rate',
                status: 'fail',
                message: `${errors} of ${attempted} ${basis} requests failed (${pct(rate)}), over the ${pct(target.budgets.errorRate)} budget`,
            }
            : {
                id: 'error-rate',
                status: 'pass',
                message: `${errors} of ${attempted} ${basis} requests failed (${pct(rate)}), within the ${pct(target.budgets.errorRate)} budget`,
            });
    }
    return latency;
}
function latencyCheck(target, latency, reps) {
    if (!latency || !latency.samples)
        return { id: 'latency', status: 'fail', message: 'no successful request to measure' };
    const b = target.budgets;
    const over = [
        b.p50Ms !== undefined && latency.p50Ms > b.p50Ms ? `p50 ${(0, duration_1.formatMs)(latency.p50Ms)} > ${(0, duration_1.formatMs)(b.p50Ms)}` : '',
        b.p95Ms !== undefined && latency.p95Ms > b.p95Ms ? `p95 ${(0, duration_1.formatMs)(latency.p95Ms)} > ${(0, duration_1.formatMs)(b.p95Ms)}` : '',
        b.p99Ms !== undefined && latency.p99Ms > b.p99Ms ? `p99 ${(0, duration_1.formatMs)(latency.p99Ms)} > ${(0, duration_1.formatMs)(b.p99Ms)}` : '',
    ].filter(Boolean);
    const stats = `${latency.basis} over ${latency.samples} samples (${reps} repetition${reps === 1 ? '' : 's'}): p50 ${(0, duration_1.formatMs)(latency.p50Ms)}, p95 ${(0, duration_1.formatMs)(latency.p95Ms)}, p99 ${(0, duration_1.formatMs)(latency.p99Ms)}`;
    return over.length
        ? { id: 'latency', status: 'fail', message: `over budget: ${over.join(', ')}; ${stats}` }
        : { id: 'latency', status: 'pass', message: stats };
}
/** A failure in words, with what the transport saw when the SDK only timed out. */
function failure(e, c) {
    return (0, describe_error_1.withContext)((0, describe_error_1.describeError)(e).message, c.lastTransportError(), c.stderrTail());
}
async function mapWithConcurrency(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    });
    await Promise.all(workers);
    return out;
}
const round = (n) => Math.round(n * 100) / 100;
const round4 = (n) => Math.round(n * 10000) / 10000;
const pct = (n) => `${(n * 100).toFixed(n < 0.01 && n > 0 ? 2 : 1)}%`;
const preview = (names) => (names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', '));


/***/ }),

/***/ 27338:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.schemaHash = schemaHash;
exports.toolSurface = toolSurface;
exports.compareSurface = compareSurface;
/**
 * Tool-surface drift: the tools (names and input schemas) a service exposes here, compared with
 * what it exposed in the previous environment's report, so staging and prod are known to serve
 * the same surface.
 */
const node_crypto_1 = __webpack_require__(77598);
const canonical_json_1 = __webpack_require__(60484);
/** sha256 of JSON with object keys sorted: the same schema always hashes the same. */
function schemaHash(schema) {
    return (0, node_crypto_1.createHash)('sha256').update((0, canonical_json_1.canonicalJson)(schema)).digest('hex').slice(0, 16);
}
function toolSurface(tools) {
    return tools
        .map((t) => ({ name: t.name, schemaHash: schemaHash(t.inputSchema ?? null), inputSchema: t.inputSchema }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function compareSurface(target, previous, mode) {
    const where = previous.environment ?? 'the previous report';
    const before = previous.targets.find((t) => t.service === target.service);
    if (!before?.tools)
        return { id: 'tool-surface', status: 'skipped', message: `${target.service} has no tool list in ${where}'s report` };
    if (!target.tools)
        return { id: 'tool-surface', status: 'skipped', message: 'no tool list here (tools/list did not run)' };
    const old = new Map(before.tools.map((t) => [t.name, t]));
    const now = new Map(target.tools.map((t) => [t.name, t]));
    const added = [...now.keys()].filter((n) => !old.has(n));
    const removed = [...old.keys()].filter((n) => !now.has(n));
    const changed = [...now.values()]
        .filter((t) => old.has(t.name) && old.get(t.name).schemaHash !== t.schemaHash)
        .map((t) => `${t.name} (${schemaChange(old.get(t.name).inputSchema, t.inputSchema)})`);
    if (!added.length && !removed.length && !changed.length)
        return { id: 'tool-surface', status: 'pass', message: `same ${now.size} tools and input schemas as ${where}` };
    const parts = [
        added.length ? `added ${added.join(', ')}` : '',
        removed.length ? `missing ${removed.join(', ')}` : '',
        changed.length ? `input schema changed: ${changed.join(', ')}` : '',
    ].filter(Boolean);
    return { id: 'tool-surface', status: mode, message: `tool surface differs from ${where}: ${parts.join('; ')}` };
}
/** Which properties an input schema gained, lost or made required. */
function schemaChange(before, after) {
    const props = (s) => new Set(Object.keys((s?.properties ?? {})));
    const required = (s) => {
        const r = s?.required;
        return new Set(Array.isArray(r) ? r : []);
    };
    const [pb, pa, rb, ra] = [props(before), props(after), required(before), required(after)];
    const out = [
        ...[...pa].filter((p) => !pb.has(p)).map((p) => `+${p}`),
        ...[...pb].filter((p) => !pa.has(p)).map((p) => `-${p}`),
        ...[...ra].filter((p) => !rb.has(p) && pb.has(p)).map((p) => `${p} now required`),
    ];
    return out.length ? out.join(' ') : 'types or descriptions';
}


/***/ }),

/***/ 56952:
/***/ ((__unused_webpack_module, exports) => {


/** Expectations on a tools/call result: the error flag, text, a regular expression, a JSON subset. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.textOf = textOf;
exports.checkCallResult = checkCallResult;
exports.subsetMismatch = subsetMismatch;
const MAX_SHOWN = 160;
/** The text of a result: its text content items, one per line. */
function textOf(result) {
    return (result.content ?? [])
        .flatMap((c) => c && typeof c === 'object' && c.type === 'text' && typeof c.text === 'string'
        ? [c.text]
        : [])
        .join('\n');
}
/** What is wrong with the result, one sentence each; empty when it meets the expectation. */
function checkCallResult(result, expect) {
    const problems = [];
    const text = textOf(result);
    const isError = result.isError === true;
    if (isError !== expect.isError) {
        problems.push(isError ? `returned isError: true (${quote(text) || 'no text'})` : 'returned a result, but an error (isError: true) was expected');
        // The other expectations describe the expected outcome; they do not apply to the wrong one.
        return problems;
    }
    if (expect.contains !== undefined && !text.includes(expect.contains))
        problems.push(`expected the text to contain ${JSON.stringify(expect.contains)}, got ${quote(text) || 'no text'}`);
    if (expect.regex !== undefined && !new RegExp(expect.regex).test(text))
        problems.push(`expected the text to match /${expect.regex}/, got ${quote(text) || 'no text'}`);
    if (expect.json !== undefined) {
        const actual = result.structuredContent ?? parseJson(text);
        if (actual === undefined)
            problems.push('expected JSON, but the result has no structured content and its text is not JSON');
        else {
            const mismatch = subsetMismatch(actual, expect.json, '$');
            if (mismatch)
                problems.push(`the JSON result does not contain the expected values: ${mismatch}`);
        }
    }
    return problems;
}
/**
 * Whether `expected` is contained in `actual`: objects by key (extra keys allowed), arrays by item
 * (each expected item matched by a different actual item, in any order), other values equal.
 * Returns where the first difference is, or undefined.
 */
function subsetMismatch(actual, expected, at) {
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual))
            return `${at}: expected an array, got ${kind(actual)}`;
        // A matching by augmenting paths: a greedy first pick can take the one item a later expected item needs.
        const fits = expected.map((e) => actual.flatMap((a, k) => (subsetMismatch(a, e, at) === undefined ? [k] : [])));
        const owner = new Map();
        const assign = (i, seen) => fits[i].some((k) => {
            if (seen.has(k))
                return false;
            seen.add(k);
            const o = owner.get(k);
            if (o !== undefined && !assign(o, seen))
                return false;
            owner.set(k, i);
            return true;
        });
        for (let i = 0; i < expected.length; i++)
            if (!assign(i, new Set()))
                return `${at}[${i}]: no item matches ${short(expected[i])}`;
        return undefined;
    }
    if (expected && typeof expected === 'object') {
        if (!actual || typeof actual !== 'object' || Array.isArray(actual))
            return `${at}: expected an object, got ${kind(actual)}`;
        for (const [k, v] of Object.entries(expected)) {
            if (!(k in actual))
                return `${at}.${k}: missing`;
            const m = subsetMismatch(actual[k], v, `${at}.${k}`);
            if (m)
                return m;
        }
        return undefined;
    }
    return Object.is(actual, expected) ? undefined : `${at}: expected ${short(expected)}, got ${short(actual)}`;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function kind(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : short(v);
}
function short(v) {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
function quote(text) {
    if (!text)
        return '';
    const flat = text.replace(/\s+/g, ' ').trim();
    return JSON.stringify(flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat);
}


/***/ }),

/***/ 56403:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.percentile = percentile;
exports.latencyStats = latencyStats;
function percentile(sorted, p) {
    if (!sorted.length)
        return 0;
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
function latencyStats(samplesMs) {
    if (!samplesMs.length)
        return undefined;
    const sorted = [...samplesMs].sort((a, b) => a - b);
    const round = (n) => Math.round(n * 100) / 100;
    return {
        samples: sorted.length,
        p50Ms: round(percentile(sorted, 50)),
        p95Ms: round(percentile(sorted, 95)),
        p99Ms: round(percentile(sorted, 99)),
        maxMs: round(sorted[sorted.length - 1]),
    };
}


/***/ }),

/***/ 41197:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PROTOCOL_HYGIENE_CHECKS = void 0;
exports.isProtocolHygiene = isProtocolHygiene;
exports.applyProtocolHygiene = applyProtocolHygiene;
exports.applyExpectedFailures = applyExpectedFailures;
exports.unknownExpectedFailures = unknownExpectedFailures;
exports.targetPassed = targetPassed;
exports.summarize = summarize;
/**
 * Protocol-hygiene checks: how a server follows the specification's session rules, which a client
 * that lists and calls tools does not need today. Without strict (smoke.strict, --strict, input
 * strict) their failures are warnings; docs/smoke.md says which checks are which, and why.
 */
exports.PROTOCOL_HYGIENE_CHECKS = ['session-unknown', 'session-close'];
function isProtocolHygiene(id) {
    return exports.PROTOCOL_HYGIENE_CHECKS.includes(id);
}
/**
 * Without strict, a failing protocol-hygiene check becomes a warning that says so; with strict it
 * stays a failure. Runs after applyExpectedFailures: a listed hygiene check is an expected failure either way.
 */
function applyProtocolHygiene(checks, strict) {
    if (strict)
        return [...checks];
    return checks.map((c) => c.status === 'fail' && isProtocolHygiene(c.id) ? { ...c, status: 'warn', message: `${c.message}; protocol hygiene: a warning, a failure with strict` } : c);
}
/** A failing check listed in expectedFailures is accepted, visibly; a listed check that passes says so. */
function applyExpectedFailures(checks, expected) {
    const listed = new Set(expected);
    return checks.map((c) => {
        if (!listed.has(c.id))
            return c;
        if (c.status === 'fail')
            return { ...c, status: 'expected-failure', message: `${c.message} (expected failure)` };
        if (c.status === 'pass')
            return { ...c, status: 'warn', message: `${c.message}; it is listed in expectedFailures but passed: remove it from the list` };
        return c;
    });
}
/** Expected failures that name no check of the target: a typo would otherwise accept nothing, silently. */
function unknownExpectedFailures(checks, expected) {
    const ids = new Set(checks.map((c) => c.id));
    return expected.filter((e) => !ids.has(e));
}
function targetPassed(checks) {
    return checks.every((c) => c.status !== 'fail');
}
function summarize(targets) {
    const checks = targets.flatMap((t) => t.checks);
    return {
        targets: targets.length,
        passedTargets: targets.filter((t) => t.passed).length,
        failedTargets: targets.filter((t) => !t.passed).length,
        checks: checks.length,
        failedChecks: checks.filter((c) => c.status === 'fail').length,
        expectedFailures: checks.filter((c) => c.status === 'expected-failure').length,
        warnings: checks.filter((c) => c.status === 'warn').length,
        skippedChecks: checks.filter((c) => c.status === 'skipped').length,
    };
}


/***/ }),

/***/ 35554:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planSmoke = planSmoke;
exports.planTarget = planTarget;
const errors_1 = __webpack_require__(74296);
const duration_1 = __webpack_require__(38169);
const template_1 = __webpack_require__(78187);
function planSmoke(smoke, environment, options) {
    const configured = options.targets ?? (environment ? smoke.environments[environment] : undefined);
    if (!configured || !Object.keys(configured).length) {
        const known = Object.keys(smoke.environments);
        throw new errors_1.UserError(environment
            ? `no smoke targets for environment "${environment}" in stackgate.yml`
            : 'no smoke targets: pass --environment, or --url / --command for a one-off check', {
            hint: known.length
                ? `environments with smoke targets: ${known.join(', ')}`
                : 'add smoke.environments.<env>.<service> to stackgate.yml (see docs/smoke.md)',
        });
    }
    const unknown = (options.services ?? []).filter((s) => !(s in configured));
    if (unknown.length)
        throw new errors_1.UserError(`no smoke target ${unknown.map((s) => `"${s}"`).join(', ')} in ${environment ? `environment "${environment}"` : 'the targets given'}`, {
            hint: `targets: ${Object.keys(configured).join(', ')}`,
        });
    const secrets = [];
    const targets = Object.entries(configured)
        .filter(([service]) => !options.services?.length || options.services.includes(service))
        .map(([service, t]) => planTarget(service, t, options, secrets, environment && !options.targets ? ['smoke', 'environments', environment, service] : undefined));
    const concurrency = options.concurrency ?? smoke.concurrency;
    if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new errors_1.UserError(`concurrency: expected a whole number of at least 1, got ${concurrency}`);
    return {
        environment,
        // A command line or URL may hold an expanded secret: endpoints are shown redacted.
        targets: targets.map((t) => ({ ...t, endpoint: (0, template_1.redact)(t.endpoint, secrets) })),
        waitTimeoutMs: (0, duration_1.parseDurationMs)(options.waitTimeout ?? smoke.waitTimeout, 'wait-timeout'),
        timeoutMs: (0, duration_1.parseDurationMs)(options.timeout ?? smoke.timeout, 'timeout'),
        concurrency,
        drift: smoke.drift,
        strict: options.strict ?? smoke.strict,
        secrets: [...new Set(secrets)],
    };
}
function planTarget(service, t, options, secrets, configPath) {
    const where = configPath ? configPath.join('.') : service;
    const expand = (text, field, mode) => {
        const r = (0, template_1.expandTemplate)(text, options.env, `${where}.${field}`, mode);
        secrets.push(...r.secrets);
        return r.value;
    };
    if (t.url && t.command)
        throw new errors_1.UserError(`${where}: give either url or command, not both`);
    if (!t.url && !t.command)
        throw new errors_1.UserError(`${where}: needs a url (streamable-http, sse) or a command (stdio)`);
    let url;
    if (t.url) {
        url = expand(t.url, 'url', 'url');
        checkHttpUrl(url, `${where}.url`, secrets);
    }
    // Decided from the expanded URL: `url: ${MCP_URL}` ending in /sse is SSE too.
    const transport = t.transport ?? (t.command ? 'stdio' : /\/sse\/?(\?.*)?$/.test(url) ? 'sse' : 'streamable-http');
    if (transport === 'stdio' && !t.command)
        throw new errors_1.UserError(`${where}: transport stdio needs a command`);
    if (transport !== 'stdio' && !t.url)
        throw new errors_1.UserError(`${where}: transport ${transport} needs a url`);
    const command = t.command
        ? {
            command: expand(t.command[0], 'command', 'url'),
            args: t.command.slice(1).map((a, i) => expand(a, `command[${i + 1}]`, 'url')),
            env: Object.fromEntries(Object.entries(t.env).map(([k, v]) => [k, expand(v, `env.${k}`, 'secret')])),
            ...(t.cwd ? { cwd: options.resolveCwd ? options.resolveCwd(t.cwd) : t.cwd } : {}),
        }
        : undefined;
    const headers = Object.fromEntries(Object.entries(t.headers).map(([k, v]) => [k, expand(v, `headers.${k}`, 'secret')]));
    const health = t.health
        ? {
            url: expand(t.health.url, 'health.url', 'url'),
            status: t.health.status,
            ...(t.health.json ? { json: t.health.json } : {}),
            ...(t.health.budget !== undefined ? { budgetMs: (0, duration_1.parseDurationMs)(t.health.budget, `${where}.health.budget`) } : {}),
        }
        : undefined;
    if (health)
        checkHttpUrl(health.url, `${where}.health.url`, secrets);
    const seen = new Map();
    const calls = t.calls.map((c) => {
        const n = (seen.get(c.tool) ?? 0) + 1;
        seen.set(c.tool, n);
        if (c.expect.regex !== undefined) {
            try {
                new RegExp(c.expect.regex);
            }
            catch (e) {
                throw new errors_1.UserError(`${where}.calls: expect.regex of ${c.tool} is not a regular expression: ${e.message}`);
            }
        }
        return { id: n === 1 ? `call:${c.tool}` : `call:${c.tool}#${n}`, tool: c.tool, arguments: c.arguments, expect: c.expect };
    });
    const ms = (v, field) => (v === undefined ? undefined : (0, duration_1.parseDurationMs)(v, `${where}.budgets.${field}`));
    return {
        service,
        transport,
        ...(url ? { url } : {}),
        ...(command ? { command } : {}),
        endpoint: url ? (0, template_1.displayUrl)(url) : [command.command, ...command.args].join(' '),
        headers,
        ...(health ? { health } : {}),
        tools: t.tools,
        ...(t.minTools !== undefined ? { minTools: t.minTools } : {}),
        ...(t.resources ? { resources: t.resources } : {}),
        ...(t.prompts ? { prompts: t.prompts } : {}),
        calls,
        repetitions: t.repetitions,
        budgets: { p50Ms: ms(t.budgets.p50, 'p50'), p95Ms: ms(t.budgets.p95, 'p95'), p99Ms: ms(t.budgets.p99, 'p99'), errorRate: t.budgets.errorRate },
        sessionChecks: t.sessionChecks,
        expectedFailures: t.expectedFailures,
        ...(configPath ? { configPath } : {}),
    };
}
function checkHttpUrl(url, where, secrets) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        // The plan, and so its secrets, never reaches the caller: the message is redacted here.
        throw new errors_1.UserError(`${where}: not a URL: ${(0, template_1.redact)((0, template_1.displayUrl)(url), secrets)}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new errors_1.UserError(`${where}: expected an http:// or https:// URL, got ${parsed.protocol}`);
}


/***/ }),

/***/ 48919:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.smokeReportSchema = exports.targetReportSchema = exports.latencySchema = exports.smokeCheckSchema = exports.CHECK_STATUSES = exports.TRANSPORTS = exports.SMOKE_REPORT_SCHEMA_ID = void 0;
exports.smokeReportJsonSchema = smokeReportJsonSchema;
/**
 * The smoke report: what `stackgate smoke --format json` prints and actions/smoke writes to
 * `report-json`. The deploy ledger and promotion gates read it back, and `--compare` reads the
 * previous environment's report for tool-surface drift, so its shape is a schema
 * (schema/smoke-report.schema.json; docs/smoke.md).
 */
const zod_1 = __webpack_require__(50924);
exports.SMOKE_REPORT_SCHEMA_ID = 'https://stackgate.dev/schemas/smoke-report/v1';
exports.TRANSPORTS = ['streamable-http', 'sse', 'stdio'];
exports.CHECK_STATUSES = ['pass', 'fail', 'warn', 'skipped', 'expected-failure'];
exports.smokeCheckSchema = zod_1.z.object({
    id: zod_1.z
        .string()
        .describe('Stable id: reachable, health, initialize, ping, tools-list, tool-schemas, call:<tool>, resources-list, prompts-list, latency, error-rate, session-unknown, session-close, tool-surface, expected-failures.'),
    status: zod_1.z
        .enum(exports.CHECK_STATUSES)
        .describe('fail fails the target. warn is shown and counted but does not: a protocol-hygiene check (session-unknown, session-close) that failed without strict, tool-surface with drift: warn, an expectedFailures entry that names no check or passed.'),
    message: zod_1.z.string(),
    durationMs: zod_1.z.number().optional(),
});
const toolSurfaceSchema = zod_1.z.object({
    name: zod_1.z.string(),
    /** sha256 of the canonical JSON of the input schema. */
    schemaHash: zod_1.z.string(),
    inputSchema: zod_1.z.unknown().optional(),
});
exports.latencySchema = zod_1.z.object({
    basis: zod_1.z.enum(['tools/call', 'tools/list']),
    samples: zod_1.z.number().int(),
    p50Ms: zod_1.z.number(),
    p95Ms: zod_1.z.number(),
    p99Ms: zod_1.z.number(),
    maxMs: zod_1.z.number(),
    errors: zod_1.z.number().int(),
    errorRate: zod_1.z.number(),
});
exports.targetReportSchema = zod_1.z.object({
    service: zod_1.z.string(),
    transport: zod_1.z.enum(exports.TRANSPORTS),
    /** The URL (credentials and secret query values redacted) or the command. */
    endpoint: zod_1.z.string(),
    passed: zod_1.z.boolean(),
    durationMs: zod_1.z.number(),
    /** Connection attempts during warm-up. */
    attempts: zod_1.z.number().int(),
    server: zod_1.z.object({ name: zod_1.z.string(), version: zod_1.z.string() }).optional(),
    protocolVersion: zod_1.z.string().optional(),
    checks: zod_1.z.array(exports.smokeCheckSchema),
    latency: exports.latencySchema.optional(),
    tools: zod_1.z.array(toolSurfaceSchema).optional(),
});
exports.smokeReportSchema = zod_1.z.object({
    schema: zod_1.z.literal(exports.SMOKE_REPORT_SCHEMA_ID),
    tool: zod_1.z.object({ name: zod_1.z.literal('stackgate'), version: zod_1.z.string() }),
    environment: zod_1.z.string().nullable(),
    commit: zod_1.z.string().nullable(),
    generatedAt: zod_1.z.string(),
    durationMs: zod_1.z.number(),
    passed: zod_1.z.boolean(),
    /** Absent in reports of versions before the setting existed. */
    strict: zod_1.z
        .boolean()
        .optional()
        .describe('true: a protocol-hygiene check (session-unknown, session-close) that failed is a failure (smoke.strict, --strict, input strict); false: it is a warning.'),
    summary: zod_1.z.object({
        targets: zod_1.z.number().int(),
        passedTargets: zod_1.z.number().int(),
        failedTargets: zod_1.z.number().int(),
        checks: zod_1.z.number().int(),
        failedChecks: zod_1.z.number().int(),
        expectedFailures: zod_1.z.number().int(),
        warnings: zod_1.z.number().int(),
        skippedChecks: zod_1.z.number().int(),
    }),
    /** The report the tool surfaces were compared with (environment and commit), when --compare was given. */
    comparedWith: zod_1.z.object({ environment: zod_1.z.string().nullable(), commit: zod_1.z.string().nullable(), generatedAt: zod_1.z.string() }).optional(),
    targets: zod_1.z.array(exports.targetReportSchema),
});
function smokeReportJsonSchema() {
    return zod_1.z.toJSONSchema(exports.smokeReportSchema, { io: 'output', unrepresentable: 'any' });
}


/***/ }),

/***/ 55711:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportText = reportText;
/**
 * Text a server chose, or a message quoting it, as a smoke report keeps it: secrets redacted, on
 * one line, and clipped with a counted note. In this order, so a secret is never cut in half
 * before it is redacted, and no line break or control character from a server reaches a
 * terminal, a log the runner reads for workflow commands, a Markdown table or an annotation.
 */
const channel_budgets_1 = __webpack_require__(4882);
const template_1 = __webpack_require__(78187);
function reportText(text, secrets, maxChars) {
    const oneLine = (0, template_1.redact)(text, secrets).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
    return (0, channel_budgets_1.clipText)(oneLine, maxChars);
}


/***/ }),

/***/ 90569:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inputSchemaProblem = inputSchemaProblem;
/**
 * Whether a tool's inputSchema is a usable JSON Schema: an object schema (MCP requires
 * `type: "object"`) that compiles. The dialect is the schema's `$schema`, else JSON Schema
 * 2020-12, the MCP default since 2025-11-25 (draft-07 schemas compile under it too, as clients do).
 */
const ajv_1 = __importDefault(__webpack_require__(42463));
const _2019_1 = __importDefault(__webpack_require__(60878));
const _2020_1 = __importDefault(__webpack_require__(52210));
const json_schema_draft_06_json_1 = __importDefault(__webpack_require__(66012));
// Built on first use: a smoke run without tools/list never pays for them.
let draft7;
let draft2019;
let draft2020;
function inputSchemaProblem(schema) {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema))
        return 'inputSchema is not an object';
    const s = schema;
    if (s.type !== 'object')
        return `inputSchema has type ${JSON.stringify(s.type)}, MCP requires "object"`;
    const options = { strict: false, validateFormats: false, allErrors: false };
    const dialect = typeof s.$schema === 'string' ? s.$schema : '';
    // Ajv 8, which the MCP TypeScript SDK validates tool arguments with, has no draft-04.
    if (/draft-0[34]\b/.test(dialect))
        return `inputSchema declares JSON Schema ${/draft-03/.test(dialect) ? 'draft-03' : 'draft-04'} (${dialect}): clients on Ajv 8, the MCP TypeScript SDK's validator, cannot use it; MCP expects 2020-12 or draft-07`;
    const ajv = /draft-0[67]/.test(dialect)
        ? (draft7 ??= withDraft06(new ajv_1.default(options)))
        : /draft\/2019-09/.test(dialect)
            ? (draft2019 ??= new _2019_1.default(options))
            : (draft2020 ??= new _2020_1.default(options));
    try {
        if (!ajv.validateSchema(s))
            return `inputSchema is not a valid JSON Schema: ${ajv.errorsText(ajv.errors, { dataVar: 'inputSchema' })}`;
        ajv.compile(s);
        return undefined;
    }
    catch (e) {
        return `inputSchema does not compile: ${e.message}`;
    }
    finally {
        ajv.removeSchema(s);
    }
}
function withDraft06(ajv) {
    ajv.addMetaSchema(json_schema_draft_06_json_1.default);
    return ajv;
}


/***/ })

};
;