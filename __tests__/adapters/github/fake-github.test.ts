/**
 * The fake GitHub itself: it must reject what GitHub's OpenAPI description rejects (so tests that
 * assert `violations` is empty can fail), keep realistic state, paginate like GitHub and inject faults.
 */
import http from 'node:http';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github';
import { APP_BOT, faults, OCTOCAT } from '../../helpers/github-payloads';
import { schemaProblems } from '../../helpers/github-openapi';

const HEADERS = { 'user-agent': 'fake-github-test', accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
const TOKEN = 'test-token';
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeGitHub({ prefix: '/api/v3', token: TOKEN });
  fake.state.seedPullRequest({ owner: 'octo-org', repo: 'stacks', number: 7, headSha: 'a'.repeat(40) });
});
afterEach(async () => {
  await fake.close();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  url = `${fake.url}${path}`,
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(url, {
    method,
    headers: { ...HEADERS, authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('the fake rejects requests GitHub would not accept', () => {
  test('create-comment without a body: 422 and a violation', async () => {
    const response = await call('POST', '/repos/octo-org/stacks/issues/7/comments', { text: 'hi' });
    expect(response.status).toBe(422);
    expect(fake.violations).toEqual([expect.stringMatching(/issues\/create-comment.*request body: body must have required property 'body'/)]);
    expect(fake.state.comments('octo-org', 'stacks', 7)).toEqual([]);
  });

  test('create-comment with no JSON at all: a violation', async () => {
    await call('POST', '/repos/octo-org/stacks/issues/7/comments');
    expect(fake.violations).toEqual([expect.stringContaining('requires a JSON request body')]);
  });

  test("per_page 'abc' is not an integer", async () => {
    const response = await call('GET', '/repos/octo-org/stacks/issues/7/comments?per_page=abc');
    expect(response.status).toBe(422);
    expect(fake.violations).toEqual([expect.stringMatching(/query parameter per_page="abc": per_page must be integer/)]);
  });

  test('an unknown query parameter, a non-numeric issue number, an unknown operation, a lost prefix', async () => {
    await call('GET', '/repos/octo-org/stacks/issues/7/comments?perpage=100');
    expect((await call('GET', '/repos/octo-org/stacks/issues/seven/comments')).status).toBe(404);
    expect((await call('DELETE', '/repos/octo-org/stacks/issues/7/comments')).status).toBe(404);
    await fetch(`${fake.url.replace('/api/v3', '')}/repos/octo-org/stacks`, { headers: HEADERS });
    expect(fake.violations).toEqual([
      expect.stringContaining('unknown query parameter perpage'),
      expect.stringMatching(/path parameter issue_number="seven": issue_number must be integer/),
      expect.stringContaining("DELETE /api/v3/repos/octo-org/stacks/issues/7/comments: no such operation in GitHub's OpenAPI description"),
      expect.stringContaining('lost the API prefix /api/v3'),
    ]);
  });

  test('a request without User-Agent or with an unknown API version', async () => {
    await call('GET', '/repos/octo-org/stacks', undefined, { 'x-github-api-version': '2019-01-01' });
    // fetch always sends a User-Agent; node:http sends none unless told.
    await new Promise<void>((resolve, reject) => {
      http
        .get(`${fake.url}/repos/octo-org/stacks`, { headers: { authorization: `Bearer ${TOKEN}` } }, (res) => res.resume().on('end', resolve))
        .on('error', reject);
    });
    expect(fake.violations).toEqual([
      expect.stringContaining('unsupported X-GitHub-Api-Version 2019-01-01'),
      expect.stringContaining('missing User-Agent header'),
    ]);
  });

  test('a wrong token gets 401 Bad credentials, which is not a violation', async () => {
    const response = await call('GET', '/repos/octo-org/stacks', undefined, { authorization: 'Bearer nope' });
    expect(response).toMatchObject({ status: 401, body: { message: 'Bad credentials' } });
    expect(fake.violations).toEqual([]);
  });
});

describe('the fake checks its own answers', () => {
  test('a handler that answers a body of the wrong shape', async () => {
    fake.handle('repos/get', () => ({ status: 200, body: { id: 'one' } }));
    await call('GET', '/repos/octo-org/stacks');
    expect(fake.violations).toEqual([expect.stringMatching(/response 200 of repos\/get: body must have required property/)]);
  });

  test('a status GitHub does not document for the operation', async () => {
    fake.failNext('issues/delete-comment', { status: 200, body: {} });
    await call('DELETE', '/repos/octo-org/stacks/issues/comments/1');
    expect(fake.violations).toEqual([expect.stringContaining('response 200 of issues/delete-comment: status not documented (documented: 204)')]);
  });

  test('an operation without a handler is a violation naming it', async () => {
    await call('GET', '/repos/octo-org/stacks/deployments');
    expect(fake.violations).toEqual([expect.stringContaining('the fake has no handler for repos/list-deployments')]);
  });
});

describe('state', () => {
  test('comments carry every field issue-comment requires, by the token user', async () => {
    const created = await call('POST', '/repos/octo-org/stacks/issues/7/comments', { body: 'hello' });
    expect(created.status).toBe(201);
    expect(schemaProblems('issue-comment', created.body)).toEqual([]);
    expect(created.body).toMatchObject({
      body: 'hello',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      author_association: 'NONE',
      html_url: expect.stringMatching(/^https:\/\/github\.com\/octo-org\/stacks\/pull\/7#issuecomment-\d+$/),
      url: expect.stringContaining(`${fake.url}/repos/octo-org/stacks/issues/comments/`),
    });
    expect(created.headers.get('location')).toBe((created.body as { url: string }).url);
    const id = (created.body as { id: number }).id;
    expect((await call('PATCH', `/repos/octo-org/stacks/issues/comments/${id}`, { body: 'edited' })).body).toMatchObject({ id, body: 'edited' });
    expect((await call('GET', `/repos/octo-org/stacks/issues/comments/${id}`)).body).toMatchObject({ id, body: 'edited' });
    expect((await call('DELETE', `/repos/octo-org/stacks/issues/comments/${id}`)).status).toBe(204);
    expect((await call('GET', `/repos/octo-org/stacks/issues/comments/${id}`)).status).toBe(404);
    expect((await call('POST', '/repos/octo-org/stacks/issues/8/comments', { body: 'no such PR' })).status).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  test('pagination: per_page, page and the Link header', async () => {
    for (let i = 0; i < 5; i++) fake.state.seedComment({ owner: 'octo-org', repo: 'stacks', issueNumber: 7, body: `c${i}`, user: OCTOCAT });
    const first = await call('GET', '/repos/octo-org/stacks/issues/7/comments?per_page=2');
    expect((first.body as { body: string }[]).map((c) => c.body)).toEqual(['c0', 'c1']);
    const base = `${fake.url}/repos/octo-org/stacks/issues/7/comments?per_page=2`;
    expect(first.headers.get('link')).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);
    const last = await call('GET', '/repos/octo-org/stacks/issues/7/comments?per_page=2&page=3');
    expect((last.body as { body: string }[]).map((c) => c.body)).toEqual(['c4']);
    expect(last.headers.get('link')).toBe(`<${base}&page=2>; rel="prev", <${base}&page=1>; rel="first"`);
    const single = await call('GET', '/repos/octo-org/stacks/issues/7/comments');
    expect(single.headers.get('link')).toBeNull();
    expect(fake.violations).toEqual([]);
  });

  test('pulls/get and repos/get answer valid documents; a read-only repository refuses writes', async () => {
    const pr = await call('GET', '/repos/octo-org/stacks/pulls/7');
    expect(pr.body).toMatchObject({ number: 7, state: 'open', head: { sha: 'a'.repeat(40) }, base: { repo: { full_name: 'octo-org/stacks' } } });
    fake.state.seedRepository({ owner: 'octo-org', repo: 'stacks', isReadOnly: true, permissions: { admin: false, push: false, pull: true } });
    expect((await call('GET', '/repos/octo-org/stacks')).body).toMatchObject({ full_name: 'octo-org/stacks', permissions: { push: false, pull: true } });
    const refused = await call('POST', '/repos/octo-org/stacks/issues/7/comments', { body: 'x' });
    expect(refused).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });
    expect(fake.violations).toEqual([]);
  });

  test('failNext: by operationId or predicate, `times` times, then normal service', async () => {
    fake.failNext('repos/get', { ...faults.serverError(503), times: 2 });
    fake.failNext((r) => r.operationId === 'pulls/get' && r.params.pull_number === 7, faults.secondaryRateLimit(3));
    expect((await call('GET', '/repos/octo-org/stacks')).status).toBe(503);
    expect((await call('GET', '/repos/octo-org/stacks')).status).toBe(503);
    expect((await call('GET', '/repos/octo-org/stacks')).status).toBe(200);
    const limited = await call('GET', '/repos/octo-org/stacks/pulls/7');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await call('GET', '/repos/octo-org/stacks/pulls/7')).status).toBe(200);
    expect(fake.requestsFor('repos/get')).toHaveLength(3);
    expect(fake.violations).toEqual([]);
  });
});

describe("POST /graphql is checked against GitHub's GraphQL schema", () => {
  const graphql = (body: unknown, headers: Record<string, string> = {}, method = 'POST') => call(method, '', body, headers, fake.graphqlUrl);

  test("on GitHub Enterprise Server it is /api/graphql, beside /api/v3; viewer is the token's user", async () => {
    expect(fake.graphqlUrl).toBe(fake.url.replace(/\/api\/v3$/, '/api/graphql'));
    const response = await graphql({ query: 'query { viewer { login databaseId } }' });
    expect(response).toMatchObject({ status: 200, body: { data: { viewer: { login: 'github-actions[bot]', databaseId: 41898282 } } } });
    expect(fake.requestsFor('graphql')).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/graphql', body: { query: 'query { viewer { login databaseId } }' } }),
    ]);
    expect(fake.violations).toEqual([]);
  });

  test('a field GitHub does not have: a violation, and the errors GitHub would answer with 200', async () => {
    const response = await graphql({ query: '{ viewer { login userId } }' });
    expect(response).toMatchObject({ status: 200, body: { errors: [{ message: 'Cannot query field "userId" on type "User".' }] } });
    expect(fake.violations).toEqual([
      expect.stringContaining('(graphql): the query does not validate against GitHub\'s schema: Cannot query field "userId" on type "User".'),
    ]);
  });

  test('a query that does not parse, a body without a query, an unknown key, and a GET', async () => {
    await graphql({ query: '{ viewer { login ' });
    await graphql({ variables: {} });
    await graphql({ query: '{ viewer { login } }', extensions: {} });
    expect((await graphql(undefined, {}, 'GET')).status).toBe(404);
    expect(fake.violations).toEqual([
      expect.stringMatching(/the query does not parse: Syntax Error/),
      expect.stringContaining('the request has no "query" string'),
      expect.stringContaining('unknown key "extensions" in the GraphQL request'),
      expect.stringContaining("GitHub's GraphQL API takes POST only"),
    ]);
  });

  test('a wrong token gets 401; failNext works on graphql; data the fake does not hold is a violation, not an answer', async () => {
    expect(await graphql({ query: '{ viewer { login } }' }, { authorization: 'Bearer nope' })).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    });
    fake.failNext('graphql', faults.serverError(502));
    expect((await graphql({ query: '{ viewer { login } }' })).status).toBe(502);
    expect(fake.violations).toEqual([]);
    await graphql({ query: '{ viewer { email } }' });
    expect(fake.violations).toEqual([expect.stringContaining('the fake cannot answer this query')]);
  });

  test("an App's installation token is its bot user", async () => {
    const app = await startFakeGitHub({ user: APP_BOT });
    try {
      const response = await fetch(app.graphqlUrl, {
        method: 'POST',
        headers: { ...HEADERS, 'content-type': 'application/json', authorization: 'Bearer x' },
        body: JSON.stringify({ query: '{ viewer { login databaseId } }' }),
      });
      expect(await response.json()).toEqual({ data: { viewer: { login: 'stackgate-app[bot]', databaseId: APP_BOT.id } } });
      expect(app.violations).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
