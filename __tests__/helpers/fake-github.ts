/**
 * A loopback server (127.0.0.1, port 0) that plays the GitHub REST and GraphQL APIs for adapter tests.
 *
 * Every request is checked against GitHub's OpenAPI description (github-openapi.ts): the operation
 * must exist for the method + path (after the optional `/api/v3` prefix), path and query parameters
 * and the JSON body must match their schemas, and what the fake answers must be a status GitHub
 * documents for the operation with a body of the documented schema. Every mismatch lands in
 * `violations` (and an invalid request gets the 404/422 GitHub would send): tests assert it is empty.
 *
 * `POST /graphql` (`/api/graphql` on GitHub Enterprise Server) is checked against GitHub's GraphQL
 * schema (github-graphql.ts): the query must parse and validate, or it is a violation and gets the
 * errors GitHub would send. It is served as the operation `graphql` (handle, failNext, requestsFor),
 * by default by executing the query against the fake's state (`viewer` is the token's user).
 *
 * Operations are served by handlers registered per operationId (`handle`); the built-in ones keep
 * issue comments, pull requests and repositories in memory. `failNext` injects faults (5xx, 403,
 * rate limits, a request that never gets an answer) before the handler runs.
 *
 * Credentials: `options.token` accepts one fixed token; `authorize` lets a helper decide per request
 * instead (github-app.ts: App JWTs and installation tokens).
 *
 * One exception to "every path is an API operation": `/_codeload/...` plays codeload.github.com,
 * where GitHub redirects archive downloads (`repos/download-tarball-archive` answers 302). It is
 * served raw by the handler registered with `codeload()`, recorded as the operation `codeload`, and
 * not checked against the API description (it is not part of the API).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkGraphqlRequest, checkGraphqlResponse, type GraphqlRequest } from './github-graphql';
import { checkRequest, checkResponse, findOperation } from './github-openapi';
import { basicError, GITHUB_ACTIONS_BOT, type FakeUser, type FaultReply } from './github-payloads';
import { FakeReplyError, GitHubState } from './github-state';

export { FakeReplyError };

/** The operationId the fake gives GraphQL requests. */
export const GRAPHQL = 'graphql';
/** The operationId the fake gives downloads from its codeload path (not an API operation). */
export const CODELOAD = 'codeload';
const CODELOAD_PATH = '/_codeload';

export interface FakeGitHubOptions {
  /** `''` for api.github.com, `'/api/v3'` for GitHub Enterprise Server. */
  prefix?: string;
  /** The only token the fake accepts (`Authorization: Bearer|token <token>`); others get 401. Default: any. */
  token?: string;
  /** Whom the token belongs to (author of the comments it creates). Default github-actions[bot]. */
  user?: FakeUser;
  now?: () => Date;
}

/** A request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Path with the API prefix, without the query string. */
  path: string;
  /** Undefined when GitHub has no such operation. */
  operationId?: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, the raw text when it is not JSON, or undefined. */
  body: unknown;
}

/** What a handler gets: the request after validation, with parameters coerced to their schema types. */
export interface FakeRequest {
  operationId: string;
  method: string;
  /** The full URL as received (with the fake's origin and the API prefix). */
  url: URL;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** The parsed and validated query, for `graphql` requests. */
  graphql?: GraphqlRequest;
}

export type FakeReply = FaultReply;
export type OperationHandler = (request: FakeRequest) => FakeReply | Promise<FakeReply>;
/** A reply to send instead of the handler's, `times` times (default 1); `hang` never answers. */
export type Fault = (FakeReply | { hang: true }) & { times?: number };
export type RequestMatcher = string | ((request: FakeRequest) => boolean);
/** Accepts a request's credentials (`true`) or returns the reply GitHub would send instead (a 401). */
export type Authorizer = (request: FakeRequest) => true | FakeReply;
/** A download from the codeload path; the body is sent as is. */
export type CodeloadHandler = (request: { url: URL; headers: http.IncomingHttpHeaders }) => {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
};

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** In-memory repositories, pull requests and issue comments. */
  readonly state: GitHubState;
  private readonly handlers = new Map<string, OperationHandler>();
  private readonly faults: { match: RequestMatcher; fault: Fault; remaining: number }[] = [];
  private authorizer?: Authorizer;
  private codeloadHandler?: CodeloadHandler;
  private readonly server: http.Server;
  private origin = '';

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.server = http.createServer((req, res) => void this.serve(req, res));
    this.state = new GitHubState({ apiUrl: () => this.url, user: options.user ?? GITHUB_ACTIONS_BOT, now: options.now ?? (() => new Date()) });
    this.state.registerHandlers(this);
  }

  /** The REST API root, what GITHUB_API_URL would be (with the prefix). */
  get url(): string {
    return `${this.origin}${this.options.prefix ?? ''}`;
  }

  /** The GraphQL endpoint: `/graphql`, or `/api/graphql` beside GitHub Enterprise Server's `/api/v3`. */
  get graphqlUrl(): string {
    return `${this.origin}${this.graphqlPath}`;
  }

  /** Where the fake serves downloads the API redirects to, as GitHub's codeload.github.com. */
  get codeloadUrl(): string {
    return `${this.origin}${CODELOAD_PATH}`;
  }

  private get graphqlPath(): string {
    const prefix = this.options.prefix ?? '';
    return prefix === '' ? '/graphql' : prefix.replace(/\/v3$/, '/graphql');
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Serves an operation; replaces the built-in handler if there is one. */
  handle(operationId: string, handler: OperationHandler): void {
    this.handlers.set(operationId, handler);
  }

  /** Decides per request which credentials are accepted; replaces `options.token`. */
  authorize(authorizer: Authorizer): void {
    this.authorizer = authorizer;
  }

  /** Serves `codeloadUrl` (the only non-API path besides GraphQL). */
  codeload(handler: CodeloadHandler): void {
    this.codeloadHandler = handler;
  }

  /** The next `times` requests that match (an operationId or a predicate) get `fault` instead of the handler's reply. */
  failNext(match: RequestMatcher, fault: Fault): void {
    this.faults.push({ match, fault, remaining: fault.times ?? 1 });
  }

  /** Recorded requests of one operation. */
  requestsFor(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.origin);
    const method = req.method ?? 'GET';
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parseBody(rawBody),
    };
    this.requests.push(recorded);
    const label = `${method} ${url.pathname}`;
    try {
      if (url.pathname === this.graphqlPath) return await this.serveGraphql(req, res, recorded, url, label);
      if (url.pathname.startsWith(`${CODELOAD_PATH}/`)) return this.serveCodeload(req, res, recorded, url, label);
      const prefix = this.options.prefix ?? '';
      if (!url.pathname.startsWith(`${prefix}/`)) {
        this.violations.push(`${label}: the path lost the API prefix ${prefix}`);
        return send(res, { status: 404, body: basicError(404, 'Not Found') });
      }
      const match = findOperation(method, url.pathname.slice(prefix.length));
      if (!match) {
        this.violations.push(`${label}: no such operation in GitHub's OpenAPI description`);
        return send(res, { status: 404, body: basicError(404, 'Not Found') });
      }
      recorded.operationId = match.operationId;
      const check = checkRequest(match, { query: url.searchParams, headers: req.headers, rawBody });
      recorded.body = check.body;
      if (check.problems.length > 0) {
        this.violations.push(...check.problems.map((p) => `${label} (${match.operationId}): ${p}`));
        // GitHub answers 404 for a path it cannot route and 422 for a request it cannot accept.
        return send(
          res,
          check.isPathProblem
            ? { status: 404, body: basicError(404, 'Not Found') }
            : { status: 422, body: { message: 'Invalid request.', documentation_url: 'https://docs.github.com/rest', status: '422' } },
        );
      }
      const request: FakeRequest = {
        operationId: match.operationId,
        method,
        url,
        params: check.params,
        query: check.query,
        headers: req.headers,
        body: check.body,
      };
      await this.dispatch(res, label, request, (status, body) => checkResponse(match, status, body));
    } catch (e) {
      this.violations.push(`${label}: the fake failed: ${(e as Error).stack ?? String(e)}`);
      send(res, { status: 500, body: { message: 'fake GitHub failed' } });
    }
  }

  /** POST /graphql: a JSON body whose query validates against GitHub's GraphQL schema. */
  private async serveGraphql(req: http.IncomingMessage, res: http.ServerResponse, recorded: RecordedRequest, url: URL, label: string): Promise<void> {
    recorded.operationId = GRAPHQL;
    if (recorded.method !== 'POST') {
      this.violations.push(`${label}: GitHub's GraphQL API takes POST only`);
      return send(res, { status: 404, body: basicError(404, 'Not Found') });
    }
    const problems: string[] = [];
    if (!req.headers['user-agent']) problems.push('missing User-Agent header (GitHub rejects requests without one)');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
      problems.push(`request body content-type ${JSON.stringify(req.headers['content-type'] ?? '')} is not application/json`);
    const check = checkGraphqlRequest(recorded.body);
    problems.push(...check.problems);
    if (problems.length > 0 || !check.request) {
      this.violations.push(...problems.map((p) => `${label} (${GRAPHQL}): ${p}`));
      // GitHub answers an invalid query with 200 and its errors.
      return send(res, { status: 200, body: check.errorBody ?? { errors: problems.map((message) => ({ message })) } });
    }
    const request: FakeRequest = {
      operationId: GRAPHQL,
      method: recorded.method,
      url,
      params: {},
      query: {},
      headers: req.headers,
      body: recorded.body,
      graphql: check.request,
    };
    await this.dispatch(res, label, request, checkGraphqlResponse);
  }

  private serveCodeload(req: http.IncomingMessage, res: http.ServerResponse, recorded: RecordedRequest, url: URL, label: string): void {
    recorded.operationId = CODELOAD;
    if (!this.codeloadHandler) {
      this.violations.push(`${label}: the fake serves no downloads (register a handler with codeload())`);
      return send(res, { status: 404, body: basicError(404, 'Not Found') });
    }
    const reply = this.codeloadHandler({ url, headers: req.headers });
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body);
  }

  /** Token check, injected faults, then the handler; every reply is checked with `checkReply` unless it is off-spec on purpose. */
  private async dispatch(
    res: http.ServerResponse,
    label: string,
    request: FakeRequest,
    checkReply: (status: number, body: unknown) => string[],
  ): Promise<void> {
    const reply = (r: FakeReply): void => {
      if (!r.isOffSpec) this.violations.push(...checkReply(r.status, r.body).map((p) => `${label}: ${p}`));
      send(res, r);
    };
    if (this.authorizer) {
      const verdict = this.authorizer(request);
      if (verdict !== true) return reply(verdict);
    } else if (this.options.token !== undefined && !isAuthorized(request.headers.authorization, this.options.token)) {
      return reply({ status: 401, body: basicError(401, 'Bad credentials') });
    }
    const fault = this.takeFault(request);
    if (fault) {
      if ('hang' in fault) return; // Never answered: the client has to give up on its own.
      return reply(fault);
    }
    const handler = this.handlers.get(request.operationId);
    if (!handler) {
      this.violations.push(`${label}: the fake has no handler for ${request.operationId} (register one with handle())`);
      return send(res, { status: 404, body: basicError(404, `fake GitHub: ${request.operationId} is not implemented`) });
    }
    try {
      reply(await handler(request));
    } catch (e) {
      if (!(e instanceof FakeReplyError)) throw e;
      reply(e.reply);
    }
  }

  private takeFault(request: FakeRequest): Fault | undefined {
    const entry = this.faults.find((f) => (typeof f.match === 'string' ? f.match === request.operationId : f.match(request)));
    if (!entry) return undefined;
    if (--entry.remaining <= 0) this.faults.splice(this.faults.indexOf(entry), 1);
    return entry.fault;
  }
}

function isAuthorized(header: string | undefined, token: string): boolean {
  return header === `Bearer ${token}` || header === `token ${token}`;
}

function parseBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

let requestCounter = 0;
function send(res: http.ServerResponse, reply: FakeReply): void {
  const headers: Record<string, string> = {
    'x-github-request-id': `F4KE:${(++requestCounter).toString(16).toUpperCase()}`,
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
  };
  const hasBody = reply.body !== undefined && reply.status !== 204 && reply.status !== 304;
  if (hasBody) headers['content-type'] = 'application/json; charset=utf-8';
  Object.assign(headers, reply.headers);
  res.writeHead(reply.status, headers);
  const isRaw = typeof reply.body === 'string' && (reply.isOffSpec === true || !headers['content-type'].includes('json'));
  res.end(hasBody ? (isRaw ? reply.body : JSON.stringify(reply.body)) : undefined);
}

/** Starts a fake GitHub on 127.0.0.1 with a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(options).listen();
}
