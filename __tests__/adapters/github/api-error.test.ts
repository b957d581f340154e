/**
 * toGitHubApiError on what the real client throws against the fake GitHub: every failure becomes
 * one line with the operation, the method, host and path, and the status or the reason no answer
 * came; never the token, never the response body (which goes to the debug log).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHubApiError, toGitHubApiError } from '../../../src/adapters/github/api-error';
import { createGitHubClient, type GitHubClientOptions } from '../../../src/adapters/github/client';
import { RecordingLogger } from '../../helpers/recording-logger';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github';
import { basicError, faults } from '../../helpers/github-payloads';
import { githubToken } from '../../helpers/fake-secret';

const TOKEN = githubToken(43, 'ghs_');
const SERVER_TEXT = 'text only the server chose';
let fake: FakeGitHub;
let log: RecordingLogger;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  fake.state.seedPullRequest({ owner: 'octo-org', repo: 'stacks', number: 3 });
  log = new RecordingLogger();
});
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
});

/** The GitHubApiError for a pulls/get through the real client. */
async function failedGetPull(options: Partial<GitHubClientOptions> = {}): Promise<GitHubApiError> {
  const octokit = createGitHubClient({ token: TOKEN, baseUrl: fake.url, log, waitUnitMs: 1, paceWrites: false, ...options });
  const thrown = await octokit.rest.pulls.get({ owner: 'octo-org', repo: 'stacks', pull_number: 3 }).then(
    () => undefined,
    (e: unknown) => e,
  );
  const error = toGitHubApiError(thrown, 'read pull request #3', (m) => log.debug(m));
  if (!error) throw new Error(`not a GitHub failure: ${String(thrown)}`);
  expect(error.message).not.toContain(TOKEN);
  expect(error.message).not.toContain(SERVER_TEXT);
  return error;
}
const target = () => `GET 127.0.0.1:${new URL(fake.url).port}/repos/octo-org/stacks/pulls/3`;

test('401: GitHub rejects the token', async () => {
  fake.failNext('pulls/get', { status: 401, body: basicError(401, 'Bad credentials') });
  const error = await failedGetPull();
  expect(error).toMatchObject({
    status: 401,
    isRateLimit: false,
    message: `read pull request #3: ${target()} answered 401 (Bad credentials): GitHub rejects the token (expired or revoked)`,
  });
});

test("a message that is not one of GitHub's fixed phrases is replaced by the HTTP status text; the body goes to debug", async () => {
  fake.failNext('pulls/get', { status: 403, body: basicError(403, SERVER_TEXT) });
  const error = await failedGetPull();
  expect(error.message).toBe(`read pull request #3: ${target()} answered 403 (Forbidden)`);
  expect(log.lines).toContainEqual({ level: 'debug', message: expect.stringContaining(SERVER_TEXT) });
});

test('a rate limit that outlasts the retry says so', async () => {
  fake.failNext('pulls/get', { ...faults.secondaryRateLimit(1), times: 2 });
  const error = await failedGetPull();
  expect(error).toMatchObject({ status: 403, isRateLimit: true });
  expect(error.message).toMatch(/answered 403 \(Forbidden\): GitHub rate limit; re-run the job once it resets$/);
});

test('a 502 HTML page past the retries: the status, not the page', async () => {
  fake.failNext('pulls/get', { ...faults.badGateway(), body: `<html>${SERVER_TEXT}</html>`, times: 3 });
  const error = await failedGetPull();
  expect(error.message).toBe(
    `read pull request #3: ${target()} answered 502 (Bad Gateway): a GitHub server error that outlasted the retries; re-run the job later`,
  );
});

test('no answer on any attempt: the per-attempt timeout', async () => {
  fake.failNext('pulls/get', { hang: true, times: 3 });
  const error = await failedGetPull({ timeoutMs: 30 });
  expect(error).toMatchObject({
    status: undefined,
    message: `read pull request #3: ${target()} got no answer within 30 ms, on every attempt: GitHub or the network is too slow; re-run the job later`,
  });
});

test('nobody listening: the system error code', async () => {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const error = await failedGetPull({ baseUrl: `http://127.0.0.1:${port}`, retries: 0 });
  expect(error.message).toBe(
    `read pull request #3: GET 127.0.0.1:${port}/repos/octo-org/stacks/pulls/3 failed before GitHub answered (ECONNREFUSED): check GITHUB_API_URL and the runner's network`,
  );
});

test('what did not come from the API is not a GitHub failure', () => {
  expect(toGitHubApiError(new TypeError('x is not a function'), 'anything')).toBeUndefined();
  expect(toGitHubApiError('a string', 'anything')).toBeUndefined();
});
