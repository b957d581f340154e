/**
 * verifyGitHubToken against a loopback server that plays GitHub. Every request the server gets is
 * checked against GitHub's own OpenAPI description (@octokit/openapi): the operation must exist,
 * and what the server answers must be what GitHub documents for it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Ajv from 'ajv';
import { UserError } from '../../../src/core/errors';
import { verifyGitHubToken } from '../../../src/adapters/github/verify-token';
import { githubToken } from '../../helpers/fake-secrets';

// The non-dereferenced description (13 MB); only GET /user and the schemas it refers to are used.
const spec = require('@octokit/openapi/generated/api.github.com.json') as OpenApi;

interface OpenApiOperation {
  operationId: string;
  parameters?: { in: string; name: string; required?: boolean }[];
  responses: Record<string, unknown>;
}
interface OpenApi {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown> };
}

const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ components: spec.components }, 'github');
const validatePublicUser = ajv.getSchema('github#/components/schemas/public-user')!;

const TOKEN = githubToken(11);
/** GitHub Enterprise Server serves the REST API under /api/v3: the client must keep that prefix. */
const API_PREFIX = '/api/v3';

/** A minimal `public-user` as GET /user returns it (every field the schema marks required). */
function minimalUser(): Record<string, unknown> {
  const api = 'https://api.github.com/users/octocat';
  return {
    login: 'octocat',
    id: 583231,
    node_id: 'MDQ6VXNlcjU4MzIzMQ==',
    avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
    gravatar_id: '',
    url: api,
    html_url: 'https://github.com/octocat',
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: 'User',
    site_admin: false,
    name: 'The Octocat',
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 8,
    public_gists: 8,
    followers: 1,
    following: 9,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: '2024-01-01T00:00:00Z',
  };
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
type Behaviour = Reply | 'never-answer';

interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

/** Checks one request against the OpenAPI description and the headers GitHub asks clients to send. */
function specProblems(req: RecordedRequest): string[] {
  const problems: string[] = [];
  if (!req.path.startsWith(`${API_PREFIX}/`)) problems.push(`path ${req.path} lost the API prefix ${API_PREFIX}`);
  const specPath = req.path.slice(API_PREFIX.length).split('?')[0];
  const operation = spec.paths[specPath]?.[req.method.toLowerCase()];
  if (!operation) return [...problems, `no operation ${req.method} ${specPath} in GitHub's OpenAPI description`];
  for (const p of operation.parameters ?? []) {
    if (p.required && p.in === 'header' && req.headers[p.name.toLowerCase()] === undefined) problems.push(`missing required header ${p.name}`);
  }
  // https://docs.github.com/rest/about-the-rest-api/api-versions and .../getting-started#user-agent-required
  const expected: Record<string, string> = {
    authorization: `Bearer ${TOKEN}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'stackgate',
  };
  for (const [name, value] of Object.entries(expected)) {
    if (req.headers[name] !== value) problems.push(`header ${name}: expected the documented value`);
  }
  return problems;
}

/** What the fake answers must itself satisfy: a status GitHub documents for the operation, and a 200 body of the documented schema. */
function replyProblems(req: RecordedRequest, reply: Reply): string[] {
  const operation = spec.paths[req.path.slice(API_PREFIX.length)]?.[req.method.toLowerCase()];
  if (!operation) return [];
  const problems: string[] = [];
  if (reply.status < 500 && !(String(reply.status) in operation.responses)) problems.push(`status ${reply.status} is not documented for ${operation.operationId}`);
  if (reply.status === 200 && !validatePublicUser(reply.body)) problems.push(`200 body: ${ajv.errorsText(validatePublicUser.errors)}`);
  return problems;
}

interface FakeGitHub {
  apiUrl: string;
  requests: RecordedRequest[];
  problems: string[];
  close(): Promise<void>;
}

async function startFakeGitHub(behaviour: Behaviour): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const server = http.createServer((req, res) => {
    const recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers };
    requests.push(recorded);
    problems.push(...specProblems(recorded));
    if (behaviour === 'never-answer') return; // The client must give up on its own.
    problems.push(...replyProblems(recorded, behaviour));
    res.writeHead(behaviour.status, { 'content-type': 'application/json; charset=utf-8', ...behaviour.headers });
    res.end(behaviour.body === undefined ? '' : JSON.stringify(behaviour.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}${API_PREFIX}`,
    requests,
    problems,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const UNAUTHORIZED = { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' };
const RATE_LIMITED: Reply = {
  status: 403,
  headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '60', 'x-ratelimit-reset': '1700000000', 'x-ratelimit-resource': 'core' },
  body: { message: 'API rate limit exceeded for 127.0.0.1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
};

describe('verifyGitHubToken', () => {
  test('the fake answers with what GitHub documents (the checks can fail)', () => {
    expect(validatePublicUser(minimalUser())).toBe(true);
    const { login: _login, ...withoutLogin } = minimalUser();
    expect(validatePublicUser(withoutLogin)).toBe(false);
    expect(specProblems({ method: 'GET', path: `${API_PREFIX}/users`, headers: {} })).toEqual(expect.arrayContaining([expect.stringContaining('header authorization')]));
    expect(specProblems({ method: 'DELETE', path: `${API_PREFIX}/user`, headers: {} })).toEqual([`no operation DELETE /user in GitHub's OpenAPI description`]);
  });

  test.each<[string, Reply, string]>([
    ['200: the token works', { status: 200, body: minimalUser() }, 'valid'],
    ['401: GitHub rejects the token', { status: 401, body: UNAUTHORIZED }, 'invalid'],
    ['403 with rate-limit headers: not known', RATE_LIMITED, 'unknown'],
    ['500: not known', { status: 500, body: { message: 'Server Error' } }, 'unknown'],
    ['502 without a body: not known', { status: 502 }, 'unknown'],
  ])('%s', async (_name, reply, verdict) => {
    fake = await startFakeGitHub(reply);
    await expect(verifyGitHubToken(TOKEN, { apiUrl: fake.apiUrl })).resolves.toBe(verdict);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${API_PREFIX}/user`]);
    expect(fake.problems).toEqual([]);
  });

  test('a trailing slash on apiUrl does not double the slash', async () => {
    fake = await startFakeGitHub({ status: 200, body: minimalUser() });
    await expect(verifyGitHubToken(TOKEN, { apiUrl: `${fake.apiUrl}/` })).resolves.toBe('valid');
    expect(fake.requests.map((r) => r.path)).toEqual([`${API_PREFIX}/user`]);
  });

  test('a server that never answers: unknown after timeoutMs', async () => {
    fake = await startFakeGitHub('never-answer');
    await expect(verifyGitHubToken(TOKEN, { apiUrl: fake.apiUrl, timeoutMs: 50 })).resolves.toBe('unknown');
    expect(fake.requests).toHaveLength(1);
    expect(fake.problems).toEqual([]);
  });

  test('connection refused: unknown', async () => {
    const closed = await startFakeGitHub({ status: 200, body: minimalUser() });
    await closed.close(); // Nothing listens on that port any more.
    await expect(verifyGitHubToken(TOKEN, { apiUrl: closed.apiUrl, timeoutMs: 2_000 })).resolves.toBe('unknown');
    expect(closed.requests).toEqual([]);
  });

  test('uses the injected fetch; a rejecting fetch means unknown', async () => {
    const calls: string[] = [];
    const fetchImpl = (async (input: string | URL | Request) => {
      calls.push(String(input));
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(verifyGitHubToken(TOKEN, { apiUrl: 'https://api.github.com', fetchImpl })).resolves.toBe('unknown');
    expect(calls).toEqual(['https://api.github.com/user']);
  });

  test('a malformed apiUrl is a UserError that never contains the token', async () => {
    const error = await verifyGitHubToken(TOKEN, { apiUrl: 'not a url' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('GET /user');
    expect((error as Error).message).not.toContain(TOKEN);
  });
});
