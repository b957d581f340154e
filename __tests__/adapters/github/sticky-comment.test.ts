/**
 * upsertStickyComment through the real Octokit client against the fake GitHub, which checks every
 * request and answer against GitHub's OpenAPI description.
 */
import { createGitHubClient } from '../../../src/adapters/github/client';
import { GitHubApiError } from '../../../src/adapters/github/api-error';
import { CommentPermissionError, upsertStickyComment, type UpsertStickyCommentOptions } from '../../../src/adapters/github/sticky-comment';
import { RecordingLogger } from '../../helpers/recording-logger';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github';
import { APP_BOT, faults, GITHUB_ACTIONS_BOT, MALLORY, OCTOCAT, type FakeUser } from '../../helpers/github-payloads';
import { githubToken } from '../../helpers/fake-secret';

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
  expect(first).toEqual({
    commentId: expect.any(Number),
    action: 'created',
    url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${first.commentId}`,
  });
  const second = await upsert('## Readiness 88/100');
  expect(second).toEqual({ ...first, action: 'updated' });
  expect(comments()).toEqual([
    expect.objectContaining({ id: first.commentId, body: `${MARKER}\n## Readiness 88/100`, user: expect.objectContaining({ login: 'github-actions[bot]' }) }),
  ]);
  // Who the token is, is asked only once a comment with the marker shows up.
  expect(calls()).toEqual([
    'issues/list-comments',
    'issues/create-comment',
    'issues/list-comments',
    'issues/list-comments',
    'graphql',
    'issues/update-comment',
  ]);
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
  expect(calls()).toEqual(['issues/list-comments', 'issues/list-comments 2', 'graphql', 'issues/update-comment']);
});

test('absent among 250 comments: every page is read once, then one comment is created', async () => {
  seedOthers(250);
  await upsert('first');
  expect(
    fake
      .requestsFor('issues/list-comments')
      .filter((r) => !r.query.since)
      .map((r) => r.query.page ?? '1'),
  ).toEqual(['1', '2', '3']);
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
  // Not ours, so not the comment a recreate replaces: ours is created.
  expect(result.action).toBe('created');
  expect(log.lines).toContainEqual({
    level: 'info',
    message: `comments ${copy.id} on #${PR} start with the marker but are not by the token's account: left alone`,
  });
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
  expect(message).toContain(
    `POST 127.0.0.1:${new URL(fake.url).port}/repos/${OWNER}/${REPO}/issues/${PR}/comments answered 403 (Resource not accessible by integration)`,
  );
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
  const error = await upsertStickyComment(octokit, { owner: OWNER, repo: REPO, issueNumber: 404, key: KEY, body: 'x', mode: 'update' }, log).catch(
    (e: unknown) => e,
  );
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

describe('a comment by anyone else that starts with the marker is never edited or deleted', () => {
  /** What an attacker posts: our marker, then a score that makes the pull request look ready. */
  const FORGED = `${MARKER}\n## Readiness 100/100 (A), no blockers`;
  const forge = (user: FakeUser = MALLORY, body = FORGED) => fake.state.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body, user });
  const ours = (body: string, user: FakeUser = GITHUB_ACTIONS_BOT) =>
    fake.state.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `${MARKER}\n${body}`, user });
  /** PATCH and DELETE requests that touched `id`. */
  const writesTo = (id: number) =>
    [...fake.requestsFor('issues/update-comment'), ...fake.requestsFor('issues/delete-comment')].filter((r) => r.path.endsWith(`/comments/${id}`));
  const byBot = () => comments().filter((c) => c.user.id === GITHUB_ACTIONS_BOT.id);
  /** An upsert in mode update creates ours below the forged comment, which stays as it was. */
  const expectCreatedBelow = async (forged: { id: number }, body: string) => {
    expect(await upsert(body)).toMatchObject({ action: 'created' });
    expect(comments().map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', FORGED],
      ['github-actions[bot]', `${MARKER}\n${body}`],
    ]);
    expect(writesTo(forged.id)).toEqual([]);
  };

  test('update: the forged comment comes first; ours, after it, is the one updated', async () => {
    const forged = forge();
    const mine = ours('score 40');
    const result = await upsert('score 41');
    expect(result).toMatchObject({ commentId: mine.id, action: 'updated' });
    expect(comments()).toEqual([
      expect.objectContaining({ id: forged.id, body: FORGED }),
      expect.objectContaining({ id: mine.id, body: `${MARKER}\nscore 41` }),
    ]);
    expect(writesTo(forged.id)).toEqual([]);
  });

  test('update with no comment of ours: ours is created below the forged one, which stays as it was', async () => {
    const forged = forge();
    await expectCreatedBelow(forged, 'score 41');
  });

  test('skip-unchanged: a forged copy of our exact body does not pass for ours, which is updated', async () => {
    const forged = forge(MALLORY, `${MARKER}\nscore 41`);
    const mine = ours('score 40');
    expect(await upsert('score 41', 'skip-unchanged')).toMatchObject({ action: 'updated', commentId: mine.id });
    expect(comments().find((c) => c.id === mine.id)?.body).toBe(`${MARKER}\nscore 41`);
    expect(writesTo(forged.id)).toEqual([]);
  });

  test('skip-unchanged with none of ours: a forged copy of our exact body does not block the comment', async () => {
    const forged = forge(MALLORY, `${MARKER}\nscore 41`);
    const result = await upsert('score 41', 'skip-unchanged');
    expect(result.action).toBe('created');
    expect(byBot()).toEqual([expect.objectContaining({ id: result.commentId, body: `${MARKER}\nscore 41` })]);
    expect(writesTo(forged.id)).toEqual([]);
  });

  test('recreate: ours is replaced, the forged one before it is neither deleted nor edited', async () => {
    const forged = forge();
    const old = ours('score 40');
    const result = await upsert('score 41', 'recreate');
    expect(result.action).toBe('recreated');
    expect(comments().map((c) => c.id)).toEqual([forged.id, result.commentId]);
    expect(fake.requestsFor('issues/delete-comment').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${old.id}`]);
    expect(writesTo(forged.id)).toEqual([]);
  });

  test('three runs racing past a forged comment leave one comment of ours, and the forged one untouched', async () => {
    const forged = forge();
    await Promise.all(['run 0', 'run 1', 'run 2'].map((b) => upsert(b)));
    expect(byBot()).toHaveLength(1);
    expect(comments().find((c) => c.id === forged.id)?.body).toBe(FORGED);
    expect(writesTo(forged.id)).toEqual([]);
  });

  test('a forged comment posted in the middle of a race (newer than ours) is not taken for a duplicate', async () => {
    const old = ours('score 40');
    const forged = forge();
    await Promise.all([upsert('score 41', 'recreate'), upsert('score 42', 'recreate')]);
    expect(byBot()).toHaveLength(1);
    expect(byBot()[0].id).not.toBe(old.id);
    expect(writesTo(forged.id)).toEqual([]);
  });

  test('ours is found on page 2 behind 150 forged comments on page 1, and only page 1 and 2 are read', async () => {
    for (let i = 0; i < 150; i++) forge();
    const mine = ours('score 40');
    expect(await upsert('score 41')).toMatchObject({ commentId: mine.id, action: 'updated' });
    expect(fake.requestsFor('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(fake.requestsFor('graphql')).toHaveLength(1); // asked once, not once per page
    expect(fake.requestsFor('issues/update-comment')).toHaveLength(1);
  });

  test.each([
    ['GITHUB_TOKEN (github-actions[bot])', GITHUB_ACTIONS_BOT, APP_BOT],
    ["a GitHub App's installation token (its bot user)", APP_BOT, GITHUB_ACTIONS_BOT],
    ['a personal token (its user)', OCTOCAT, GITHUB_ACTIONS_BOT],
  ])("%s: the token's own comment is the one updated, another account's marker comment is not", async (_kind, tokenUser, other) => {
    await fake.close();
    fake = await startFakeGitHub({ token: TOKEN, user: tokenUser });
    fake.state.seedPullRequest({ owner: OWNER, repo: REPO, number: PR });
    const foreign = forge(other);
    const mine = ours('score 40', tokenUser);
    expect(await upsert('score 41')).toMatchObject({ commentId: mine.id, action: 'updated' });
    expect(comments().map((c) => [c.user.login, c.body])).toEqual([
      [other.login, FORGED],
      [tokenUser.login, `${MARKER}\nscore 41`],
    ]);
    expect(writesTo(foreign.id)).toEqual([]);
    // The identity came from GraphQL's viewer (REST GET /user refuses installation tokens).
    expect(fake.requestsFor('graphql').map((r) => r.body)).toEqual([{ query: 'query { viewer { login databaseId } }' }]);
  });

  test.each([
    ['a 502 on every attempt', () => fake.failNext('graphql', { ...faults.serverError(502), times: 3 }), /answered 502 \(Bad Gateway\)/],
    [
      'GraphQL errors',
      () => fake.failNext('graphql', { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] } }),
      /answered with GraphQL errors \(FORBIDDEN\)/,
    ],
    [
      'a viewer without a databaseId',
      () => fake.handle('graphql', () => ({ status: 200, body: { data: { viewer: { login: 'github-actions[bot]', databaseId: null } } } })),
      /answered without the viewer's login and databaseId/,
    ],
  ])('when GitHub does not say who the token is (%s), no existing comment is touched: a new one is posted', async (_name, failIdentity, reason) => {
    const forged = forge();
    failIdentity();
    await expectCreatedBelow(forged, 'score 41');
    expect(log.lines).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(
        new RegExp(
          `^sticky comment "readiness" on #42: learn which account the token acts as: POST 127\\.0\\.0\\.1:\\d+/graphql ${reason.source}.*; so no existing comment is edited or deleted: posting a new one$`,
        ),
      ),
    });
  });

  test('identity unknown, but ours is there: the new comment proves who we are, and the older copy of ours goes', async () => {
    const forged = forge();
    ours('score 40');
    fake.failNext('graphql', { ...faults.serverError(503), times: 3 });
    await upsert('score 41');
    expect(byBot().map((c) => c.body)).toEqual([`${MARKER}\nscore 41`]);
    expect(writesTo(forged.id)).toEqual([]);
  });
});

describe('GitHub failures name the step, the request and the status, never a body', () => {
  const SECRET_BODY = 'body text the server chose';
  const failure = (e: unknown) => {
    expect(e).toBeInstanceOf(GitHubApiError);
    expect(e).not.toBeInstanceOf(CommentPermissionError);
    const message = (e as Error).message;
    expect(message).not.toContain(SECRET_BODY);
    expect(message).not.toContain(TOKEN);
    return message;
  };

  test('422 on the post: named, not retried, the validation errors only in the debug log', async () => {
    fake.failNext('issues/create-comment', {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', field: 'body', code: 'custom', message: SECRET_BODY }],
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      },
    });
    const message = failure(await upsert('x').catch((e: unknown) => e));
    expect(message).toMatch(
      new RegExp(
        `^post the comment on #42: POST 127\\.0\\.0\\.1:\\d+/repos/${OWNER}/${REPO}/issues/42/comments answered 422 \\(Validation Failed\\): GitHub refused the request as invalid$`,
      ),
    );
    expect(fake.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(
      log.lines
        .filter((l) => l.level === 'debug')
        .map((l) => l.message)
        .join('\n'),
    ).toContain(SECRET_BODY);
  });

  test('5xx past the retries on the listing', async () => {
    fake.failNext('issues/list-comments', { ...faults.serverError(503), body: { message: SECRET_BODY }, times: 3 });
    const message = failure(await upsert('x').catch((e: unknown) => e));
    expect(message).toMatch(
      /^list the comments of #42: GET 127\.0\.0\.1:\d+\/repos\/octo-org\/mcp-stacks\/issues\/42\/comments answered 503 \(Service Unavailable\): a GitHub server error that outlasted the retries/,
    );
  });

  test.each([
    ['an HTML page', () => faults.htmlPage(`<html>${SECRET_BODY}</html>`), 'text/html; charset=utf-8'],
    ['cut-off JSON', () => faults.truncatedJson(), 'application/json; charset=utf-8'],
  ])('200 with %s instead of the list of comments', async (_name, reply, contentType) => {
    fake.failNext('issues/list-comments', reply());
    const message = failure(await upsert('x').catch((e: unknown) => e));
    expect(message).toContain(
      `list the comments of #42: GET 127.0.0.1:${new URL(fake.url).port}/repos/${OWNER}/${REPO}/issues/42/comments answered 200 with a body that is not the JSON GitHub documents (content-type ${contentType})`,
    );
    expect(fake.requestsFor('issues/create-comment')).toEqual([]);
  });

  test('200 with JSON of another shape after the post (a proxy answering {})', async () => {
    fake.failNext('issues/create-comment', { status: 201, body: {}, isOffSpec: true });
    const message = failure(await upsert('x').catch((e: unknown) => e));
    expect(message).toMatch(/^post the comment on #42: POST \S+ answered 201 with a body that is not the JSON GitHub documents/);
  });

  test('no answer on any attempt: the per-attempt timeout, named', async () => {
    fake.failNext('issues/list-comments', { hang: true, times: 3 });
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: fake.url, log, waitUnitMs: 1, paceWrites: false, timeoutMs: 50 });
    const error = await upsertStickyComment(octokit, { owner: OWNER, repo: REPO, issueNumber: PR, key: KEY, body: 'x', mode: 'update' }, log).catch(
      (e: unknown) => e,
    );
    expect(failure(error)).toMatch(
      /^list the comments of #42: GET 127\.0\.0\.1:\d+\/repos\/octo-org\/mcp-stacks\/issues\/42\/comments got no answer within 50 ms, on every attempt/,
    );
    expect(fake.requestsFor('issues/list-comments')).toHaveLength(3);
  });
});
