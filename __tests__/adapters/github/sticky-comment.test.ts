/**
 * upsertStickyComment through the real Octokit client against the fake GitHub, which checks every
 * request and answer against GitHub's OpenAPI description.
 */
import { createGitHubClient } from '../../../src/adapters/github/client';
import { CommentPermissionError, upsertStickyComment, type UpsertStickyCommentOptions } from '../../../src/adapters/github/sticky-comment';
import { RecordingLogger } from '../../../src/core/logger';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github';
import { faults, GITHUB_ACTIONS_BOT, OCTOCAT } from '../../helpers/github-payloads';
import { githubToken } from '../../helpers/fake-secrets';

const TOKEN = githubToken(31, 'ghs_');
const OWNER = 'octo-org';
const REPO = 'mcp-stacks';
const PR = 42;
const KEY = 'readiness';
const MARKER = '<!-- stackgate:readiness -->';

let fake: FakeGitHub;
let log: RecordingLogger;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  fake.state.seedPullRequest({ owner: OWNER, repo: REPO, number: PR });
  log = new RecordingLogger();
});
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
});

function upsert(body: string, mode: UpsertStickyCommentOptions['mode'] = 'update', key = KEY) {
  const octokit = createGitHubClient({ token: TOKEN, baseUrl: fake.url, log, waitUnitMs: 1, paceWrites: false });
  return upsertStickyComment(octokit, { owner: OWNER, repo: REPO, issueNumber: PR, key, body, mode }, log);
}
const comments = () => fake.state.comments(OWNER, REPO, PR);
const calls = () => fake.requests.map((r) => `${r.operationId} ${r.query.page ?? ''}`.trim());
const seedOthers = (count: number) => {
  for (let i = 0; i < count; i++) fake.state.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `LGTM ${i}`, user: OCTOCAT });
};

test('create, then update in place: one comment, marker first', async () => {
  const first = await upsert('## Readiness 71/100');
  expect(first).toEqual({ commentId: expect.any(Number), action: 'created', url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${first.commentId}` });
  const second = await upsert('## Readiness 88/100');
  expect(second).toEqual({ ...first, action: 'updated' });
  expect(comments()).toEqual([expect.objectContaining({ id: first.commentId, body: `${MARKER}\n## Readiness 88/100`, user: expect.objectContaining({ login: 'github-actions[bot]' }) })]);
  expect(calls()).toEqual(['issues/list-comments', 'issues/create-comment', 'issues/list-comments', 'issues/list-comments', 'issues/update-comment']);
  // The second listing only asks for what changed around the new comment.
  expect(fake.requestsFor('issues/list-comments')[1].query).toEqual({ per_page: '100', since: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
  expect(fake.requestsFor('issues/create-comment')[0].body).toEqual({ body: `${MARKER}\n## Readiness 71/100` });
});

test('a body that already starts with the marker is not marked twice; other keys are other comments', async () => {
  await upsert(`${MARKER}\nscore 80`);
  await upsert('deploy plan', 'update', 'deploy');
  expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nscore 80`, '<!-- stackgate:deploy -->\ndeploy plan']);
});

test('recreate: a new comment at the bottom, the old one deleted', async () => {
  const old = await upsert('score 60');
  seedOthers(2);
  const result = await upsert('score 70', 'recreate');
  expect(result.action).toBe('recreated');
  expect(result.commentId).toBeGreaterThan(old.commentId);
  expect(comments().map((c) => c.body)).toEqual(['LGTM 0', 'LGTM 1', `${MARKER}\nscore 70`]);
  expect(fake.requestsFor('issues/delete-comment').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${old.commentId}`]);
});

test('skip-unchanged: no PATCH when the body is the same, a PATCH when it differs', async () => {
  const first = await upsert('score 75', 'skip-unchanged');
  expect(await upsert('score 75', 'skip-unchanged')).toEqual({ ...first, action: 'unchanged' });
  expect(fake.requestsFor('issues/update-comment')).toHaveLength(0);
  expect(await upsert('score 76', 'skip-unchanged')).toEqual({ ...first, action: 'updated' });
  expect(fake.requestsFor('issues/update-comment')).toHaveLength(1);
  // mode update always writes, even the same text
  await upsert('score 76', 'update');
  expect(fake.requestsFor('issues/update-comment')).toHaveLength(2);
});

test('listing stops at the page with the marker: 250 other comments, ours on page 2, page 3 never asked for', async () => {
  seedOthers(150);
  const ours = fake.state.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `${MARKER}\nold`, user: GITHUB_ACTIONS_BOT });
  seedOthers(100);
  expect(comments()).toHaveLength(251);
  const result = await upsert('new');
  expect(result).toMatchObject({ commentId: ours.id, action: 'updated' });
  expect(fake.requestsFor('issues/list-comments').map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }]);
  expect(calls()).toEqual(['issues/list-comments', 'issues/list-comments 2', 'issues/update-comment']);
});

test('absent among 250 comments: every page is read once, then one comment is created', async () => {
  seedOthers(250);
  await upsert('first');
  expect(fake.requestsFor('issues/list-comments').filter((r) => !r.query.since).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  expect(comments().filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
});

test.each([2, 3])('%i runs at once leave exactly one comment', async (runs) => {
  seedOthers(3);
  const bodies = Array.from({ length: runs }, (_, i) => `run ${i}`);
  const results = await Promise.all(bodies.map((b) => upsert(b)));
  const sticky = comments().filter((c) => c.body.startsWith(MARKER));
  expect(sticky).toHaveLength(1);
  expect(bodies.map((b) => `${MARKER}\n${b}`)).toContain(sticky[0].body);
  // Every run reports the comment that survived.
  expect(new Set(results.map((r) => r.commentId))).toEqual(new Set([sticky[0].id]));
  expect(fake.requestsFor('issues/create-comment')).toHaveLength(runs);
  // The race did happen: every run created one, the extra ones were deleted again.
  expect(new Set(fake.requestsFor('issues/delete-comment').map((r) => r.path)).size).toBe(runs - 1);
});

test('two recreates at once also leave exactly one comment, and the old one is gone', async () => {
  const old = await upsert('score 1');
  await Promise.all([upsert('score 2', 'recreate'), upsert('score 3', 'recreate')]);
  const sticky = comments().filter((c) => c.body.startsWith(MARKER));
  expect(sticky).toHaveLength(1);
  expect(sticky[0].id).not.toBe(old.commentId);
});

test("someone else's comment with the marker is never deleted or edited", async () => {
  const quote = fake.state.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `> ${MARKER}\n> score 50\nwhy did it drop?`, user: OCTOCAT });
  const copy = fake.state.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `${MARKER}\ncopied by hand`, user: OCTOCAT });
  const result = await upsert('score 90', 'recreate');
  await Promise.all([upsert('score 91', 'recreate'), upsert('score 92', 'recreate')]);
  const byOctocat = comments().filter((c) => c.user.login === 'octocat');
  expect(byOctocat).toEqual([expect.objectContaining({ id: quote.id, body: quote.body }), expect.objectContaining({ id: copy.id, body: copy.body })]);
  const touched = [...fake.requestsFor('issues/delete-comment'), ...fake.requestsFor('issues/update-comment')].map((r) => r.path);
  expect(touched.filter((p) => p.endsWith(`/${quote.id}`) || p.endsWith(`/${copy.id}`))).toEqual([]);
  expect(comments().filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
  expect(result.action).toBe('recreated');
  expect(log.lines).toContainEqual({ level: 'warning', message: expect.stringContaining('is by octocat, not by github-actions[bot]: left in place') });
});

test('a 5xx is retried and the comment is still written once', async () => {
  fake.failNext('issues/list-comments', faults.serverError(500));
  fake.failNext('issues/create-comment', faults.badGateway());
  const result = await upsert('score 80');
  expect(result.action).toBe('created');
  expect(fake.requestsFor('issues/create-comment')).toHaveLength(2);
  expect(comments()).toHaveLength(1);
});

test('5xx beyond the retries propagates as the GitHub error, not as a permission error', async () => {
  fake.failNext('issues/list-comments', { ...faults.serverError(503), times: 3 });
  const error = await upsert('x').catch((e: unknown) => e);
  expect(error).not.toBeInstanceOf(CommentPermissionError);
  expect(error).toMatchObject({ status: 503 });
  expect(fake.requestsFor('issues/list-comments')).toHaveLength(3);
});

test('403 Resource not accessible by integration (fork PR, read-only token): CommentPermissionError', async () => {
  fake.state.seedRepository({ owner: OWNER, repo: REPO, isReadOnly: true });
  const error = await upsert('score 80').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CommentPermissionError);
  expect(error).toMatchObject({ status: 403 });
  const message = (error as Error).message;
  expect(message).toContain(`POST 127.0.0.1:${new URL(fake.url).port}/repos/${OWNER}/${REPO}/issues/${PR}/comments answered 403 (Resource not accessible by integration)`);
  expect(message).toContain('pull-requests: write');
  expect(message).not.toContain(TOKEN);
  expect(fake.requestsFor('issues/create-comment')).toHaveLength(1); // a 403 is not retried
});

test('403 on the update of an existing comment is a CommentPermissionError too', async () => {
  await upsert('score 1');
  fake.failNext('issues/update-comment', faults.notAccessibleByIntegration());
  await expect(upsert('score 2')).rejects.toBeInstanceOf(CommentPermissionError);
});

test('404 (no such pull request, or not visible to the token): CommentPermissionError', async () => {
  const octokit = createGitHubClient({ token: TOKEN, baseUrl: fake.url, log, waitUnitMs: 1, paceWrites: false });
  const error = await upsertStickyComment(octokit, { owner: OWNER, repo: REPO, issueNumber: 404, key: KEY, body: 'x', mode: 'update' }, log).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CommentPermissionError);
  expect(error).toMatchObject({ status: 404, message: expect.stringContaining('does not exist or the token cannot see it') });
});

test('a rate limit that outlasts the retry is not a permission error', async () => {
  fake.failNext('issues/create-comment', { ...faults.secondaryRateLimit(1), times: 2 });
  const error = await upsert('x').catch((e: unknown) => e);
  expect(error).not.toBeInstanceOf(CommentPermissionError);
  expect(error).toMatchObject({ status: 403 });
  expect(fake.requestsFor('issues/create-comment')).toHaveLength(2);
});

test('a key that could break out of the HTML comment is refused before any request', async () => {
  await expect(upsert('x', 'update', 'a --> b')).rejects.toThrow(/may only contain letters/);
  expect(fake.requests).toEqual([]);
});
