/**
 * createGitHubClient against the fake GitHub (every request and answer checked against GitHub's
 * OpenAPI description): base URL with the GHES prefix, headers, retries of server errors,
 * rate limits (primary and secondary, 403 and 429) and per-attempt timeouts.
 */
import { UnexpectedResponseError } from '../../../src/adapters/github/api-error';
import { createGitHubClient, DEFAULT_API_URL, type GitHubClientOptions } from '../../../src/adapters/github/client';
import { VERSION } from '../../../src/core/version';
import { RecordingLogger } from '../../helpers/recording-logger';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github';
import { faults } from '../../helpers/github-payloads';
import { githubToken } from '../../helpers/fake-secret';

const TOKEN = githubToken(41, 'ghs_');
let fake: FakeGitHub;
let log: RecordingLogger;

beforeEach(async () => {
  fake = await startFakeGitHub({ prefix: '/api/v3', token: TOKEN });
  fake.state.seedPullRequest({ owner: 'octo-org', repo: 'stacks', number: 3, headSha: 'b'.repeat(40) });
  log = new RecordingLogger();
});
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
  expect(JSON.stringify(log.lines)).not.toContain(TOKEN);
});

const client = (options: Partial<GitHubClientOptions> = {}) =>
  createGitHubClient({ token: TOKEN, baseUrl: fake.url, log, waitUnitMs: 1, paceWrites: false, ...options });
const getPull = (options: Partial<GitHubClientOptions> = {}) => client(options).rest.pulls.get({ owner: 'octo-org', repo: 'stacks', pull_number: 3 });
const nowSeconds = () => Math.floor(Date.now() / 1000);

test('keeps the GHES /api/v3 prefix and sends the token, the user agent and the API version', async () => {
  const { data } = await getPull({ baseUrl: `${fake.url}/` });
  expect(data.head.sha).toBe('b'.repeat(40));
  const [request] = fake.requests;
  expect(request.path).toBe('/api/v3/repos/octo-org/stacks/pulls/3');
  expect(request.headers).toMatchObject({ authorization: `token ${TOKEN}`, 'x-github-api-version': '2022-11-28' });
  expect(request.headers['user-agent']).toMatch(new RegExp(`^stackgate/${VERSION.replace(/\./g, '\\.')} octokit-rest\\.js/`));
});

test('without a base URL it talks to api.github.com', () => {
  expect(DEFAULT_API_URL).toBe('https://api.github.com');
  for (const baseUrl of [undefined, '', '  ']) {
    expect(createGitHubClient({ token: TOKEN, baseUrl, log }).request.endpoint.DEFAULTS.baseUrl).toBe(DEFAULT_API_URL);
  }
});

test('a 5xx is retried (twice by default) and then succeeds', async () => {
  fake.failNext('pulls/get', { ...faults.serverError(502), times: 2 });
  await expect(getPull()).resolves.toMatchObject({ status: 200 });
  expect(fake.requestsFor('pulls/get')).toHaveLength(3);
});

test('5xx past the retries: the error of the last attempt', async () => {
  fake.failNext('pulls/get', { ...faults.serverError(500), times: 5 });
  await expect(getPull({ retries: 1 })).rejects.toMatchObject({ status: 500 });
  expect(fake.requestsFor('pulls/get')).toHaveLength(2);
});

test.each([404, 422])('a %i is not retried', async (status) => {
  fake.failNext('issues/create-comment', { status, body: { message: 'nope', documentation_url: 'https://docs.github.com/rest' } });
  await expect(client().rest.issues.createComment({ owner: 'octo-org', repo: 'stacks', issue_number: 3, body: 'hi' })).rejects.toMatchObject({ status });
  expect(fake.requestsFor('issues/create-comment')).toHaveLength(1);
});

test.each([403, 429] as const)('primary rate limit (%i, x-ratelimit-remaining: 0): one retry after the reset, with a warning', async (status) => {
  fake.failNext('pulls/get', faults.primaryRateLimit(nowSeconds() + 2, status));
  await expect(getPull()).resolves.toMatchObject({ status: 200 });
  expect(fake.requestsFor('pulls/get')).toHaveLength(2);
  expect(log.lines).toContainEqual({
    level: 'warning',
    message: expect.stringMatching(/^GitHub rate limit reached for GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}: retrying once in \d+s$/),
  });
});

test.each([403, 429] as const)('secondary rate limit (%i, retry-after): one retry after retry-after', async (status) => {
  fake.failNext('issues/create-comment', faults.secondaryRateLimit(2, status));
  const { data } = await client().rest.issues.createComment({ owner: 'octo-org', repo: 'stacks', issue_number: 3, body: 'hi' });
  expect(data.body).toBe('hi');
  expect(fake.requestsFor('issues/create-comment')).toHaveLength(2);
  expect(log.lines).toContainEqual({
    level: 'warning',
    message: expect.stringContaining('GitHub secondary rate limit reached for POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying once in 2s'),
  });
});

test('a rate limit hit again after the retry: the error propagates', async () => {
  fake.failNext('pulls/get', { ...faults.secondaryRateLimit(1), times: 3 });
  await expect(getPull()).rejects.toMatchObject({ status: 403 });
  expect(fake.requestsFor('pulls/get')).toHaveLength(2);
  expect(log.lines).toContainEqual({ level: 'warning', message: expect.stringContaining('giving up (already retried once)') });
});

test('a reset too far away is not waited for', async () => {
  fake.failNext('pulls/get', faults.primaryRateLimit(nowSeconds() + 3600));
  await expect(getPull({ maxRateLimitWaitSeconds: 60 })).rejects.toMatchObject({ status: 403 });
  expect(fake.requestsFor('pulls/get')).toHaveLength(1);
  expect(log.lines).toContainEqual({ level: 'warning', message: expect.stringMatching(/giving up \(GitHub asks to wait \d+s, more than 60s\)/) });
});

test('an attempt that gets no answer times out and is retried', async () => {
  fake.failNext('pulls/get', { hang: true });
  await expect(getPull({ timeoutMs: 100 })).resolves.toMatchObject({ status: 200 });
  expect(fake.requestsFor('pulls/get')).toHaveLength(2);
});

test('request details go to debug only, without the request options', async () => {
  await getPull();
  expect(log.lines.filter((l) => l.level !== 'debug')).toEqual([]);
  expect(log.lines).toContainEqual({ level: 'debug', message: expect.stringMatching(/^GET \/repos\/octo-org\/stacks\/pulls\/3 - 200 with id F4KE:/) });
});

test("a 200 whose body is not JSON (a proxy's page) is an UnexpectedResponseError, not data", async () => {
  fake.failNext('pulls/get', faults.htmlPage());
  const error = await getPull().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnexpectedResponseError);
  expect(error).toMatchObject({ method: 'GET', status: 200, contentType: 'text/html; charset=utf-8', url: `${fake.url}/repos/octo-org/stacks/pulls/3` });
  expect(fake.requestsFor('pulls/get')).toHaveLength(1);
});

test('the deadline aborts the request in flight, and the retries that follow are never sent', async () => {
  fake.failNext('pulls/get', { hang: true, times: 5 });
  const phase = new AbortController();
  const pending = getPull({ deadline: { signal: phase.signal, endsAtMs: Date.now() + 60_000 } }).catch((e: unknown) => e);
  while (fake.requestsFor('pulls/get').length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  phase.abort();
  expect(await pending).toMatchObject({ status: 500 });
  expect(fake.requestsFor('pulls/get')).toHaveLength(1);
});

test('a rate-limit wait that would end past the deadline is not taken', async () => {
  fake.failNext('pulls/get', faults.secondaryRateLimit(30));
  const deadline = { signal: new AbortController().signal, endsAtMs: Date.now() + 5 };
  await expect(getPull({ deadline })).rejects.toMatchObject({ status: 403 });
  expect(fake.requestsFor('pulls/get')).toHaveLength(1);
  expect(log.lines).toContainEqual({ level: 'warning', message: expect.stringContaining('giving up (GitHub asks to wait 30s, past the deadline)') });
});
