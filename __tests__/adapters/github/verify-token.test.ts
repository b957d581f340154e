/**
 * verifyGitHubToken against a loopback server that plays GitHub. Every request the server gets is
 * checked against GitHub's own OpenAPI description (@octokit/openapi): the operation must exist,
 * and what the server answers must be what GitHub documents for it.
 */
import { startFakeGitHub, type Fault, type FakeGitHub, type RecordedRequest } from '../../helpers/fake-github';
import { faults, OCTOCAT } from '../../helpers/github-payloads';
import { UserError } from '../../../src/core/errors';
import { verifyGitHubToken } from '../../../src/adapters/github/verify-token';
import { githubToken } from '../../helpers/fake-secret';

const TOKEN = githubToken(11);
/** GitHub Enterprise Server serves the REST API under /api/v3: the client must keep that prefix. */
const API_PREFIX = '/api/v3';

/** The fake checks the request against the OpenAPI description; these are the headers GitHub asks clients to send. */
function expectDocumentedHeaders(request: RecordedRequest): void {
  // https://docs.github.com/rest/about-the-rest-api/api-versions and .../getting-started#user-agent-required
  expect(request.headers).toMatchObject({
    authorization: `Bearer ${TOKEN}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'stackgate',
  });
}

/** A fake GitHub Enterprise Server where the token belongs to octocat (a user: GET /user answers). */
function startFake(): Promise<FakeGitHub> {
  return startFakeGitHub({ prefix: API_PREFIX, token: TOKEN, user: OCTOCAT });
}

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  expect(fake?.violations ?? []).toEqual([]);
  fake = undefined;
});

describe('verifyGitHubToken', () => {
  test('200: the token works', async () => {
    fake = await startFake();
    await expect(verifyGitHubToken(TOKEN, { apiUrl: fake.url })).resolves.toBe('valid');
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.operationId}`)).toEqual([`GET ${API_PREFIX}/user users/get-authenticated`]);
    expectDocumentedHeaders(fake.requests[0]);
  });

  test('401: GitHub rejects the token', async () => {
    fake = await startFakeGitHub({ prefix: API_PREFIX, token: githubToken(12), user: OCTOCAT });
    await expect(verifyGitHubToken(TOKEN, { apiUrl: fake.url })).resolves.toBe('invalid');
    expect(fake.requests).toHaveLength(1);
  });

  test.each<[string, Fault]>([
    ['403 with rate-limit headers', faults.primaryRateLimit(1_700_000_000)],
    ['403 for an installation token (GET /user is not for apps)', faults.notAccessibleByIntegration()],
    ['500', faults.serverError(500)],
    ['502 without a body', { status: 502 }],
    ['502 HTML from the load balancer', faults.badGateway()],
  ])('%s: not known', async (_name, fault) => {
    fake = await startFake();
    fake.failNext('users/get-authenticated', fault);
    await expect(verifyGitHubToken(TOKEN, { apiUrl: fake.url })).resolves.toBe('unknown');
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${API_PREFIX}/user`]);
    expectDocumentedHeaders(fake.requests[0]);
  });

  test('a trailing slash on apiUrl does not double the slash', async () => {
    fake = await startFake();
    await expect(verifyGitHubToken(TOKEN, { apiUrl: `${fake.url}/` })).resolves.toBe('valid');
    expect(fake.requests.map((r) => r.path)).toEqual([`${API_PREFIX}/user`]);
  });

  test('a server that never answers: unknown after timeoutMs', async () => {
    fake = await startFake();
    fake.failNext('users/get-authenticated', { hang: true });
    await expect(verifyGitHubToken(TOKEN, { apiUrl: fake.url, timeoutMs: 50 })).resolves.toBe('unknown');
    expect(fake.requests).toHaveLength(1);
  });

  test('connection refused: unknown', async () => {
    const closed = await startFake();
    await closed.close(); // Nothing listens on that port any more.
    await expect(verifyGitHubToken(TOKEN, { apiUrl: closed.url, timeoutMs: 2_000 })).resolves.toBe('unknown');
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
