/**
 * fetchTokenIdentity through the real client against the fake GitHub, whose /graphql validates the
 * query against GitHub's GraphQL schema.
 */
import { GitHubApiError } from '../../../src/adapters/github/api-error';
import { createGitHubClient, type GitHubClientOptions } from '../../../src/adapters/github/client';
import { fetchTokenIdentity } from '../../../src/adapters/github/token-identity';
import { RecordingLogger } from '../../helpers/recording-logger';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github';
import { APP_BOT, OCTOCAT, type FakeUser } from '../../helpers/github-payloads';
import { githubToken } from '../../helpers/fake-secret';

const TOKEN = githubToken(44, 'ghs_');
let fake: FakeGitHub;
let log: RecordingLogger;

async function start(user?: FakeUser, prefix = ''): Promise<void> {
  fake = await startFakeGitHub({ token: TOKEN, prefix, user });
  log = new RecordingLogger();
}
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
});
const identity = (options: Partial<GitHubClientOptions> = {}) =>
  fetchTokenIdentity(createGitHubClient({ token: TOKEN, baseUrl: fake.url, log, waitUnitMs: 1, paceWrites: false, ...options }), (m) => log.debug(m));

test.each([
  ['GITHUB_TOKEN', undefined, { id: 41898282, login: 'github-actions[bot]' }],
  ["an App's installation token", APP_BOT, { id: APP_BOT.id, login: APP_BOT.login }],
  ['a personal token', OCTOCAT, { id: OCTOCAT.id, login: OCTOCAT.login }],
])('%s: the viewer, by its REST user id', async (_kind, user, expected) => {
  await start(user);
  expect(await identity()).toEqual(expected);
  expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql']);
});

test('GitHub Enterprise Server: /api/graphql, beside the /api/v3 REST root', async () => {
  await start(undefined, '/api/v3');
  expect(await identity()).toEqual({ id: 41898282, login: 'github-actions[bot]' });
  expect(fake.requests.map((r) => r.path)).toEqual(['/api/graphql']);
});

test('no answer: a GitHubApiError naming the query and the timeout, and no stray warning', async () => {
  await start();
  fake.failNext('graphql', { hang: true, times: 3 });
  const error = await identity({ timeoutMs: 30 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GitHubApiError);
  expect((error as Error).message).toBe(
    `learn which account the token acts as: POST 127.0.0.1:${new URL(fake.url).port}/graphql got no answer within 30 ms, on every attempt: GitHub or the network is too slow; re-run the job later`,
  );
  expect(log.lines.filter((l) => l.level === 'warning')).toEqual([]);
});
