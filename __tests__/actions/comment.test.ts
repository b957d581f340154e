/**
 * actions/comment, the second stage of the fork-safe pattern: the first stage (actions/readiness
 * on a fork pull request, read-only token) leaves readiness.json; this stage runs on a real
 * `workflow_run` payload (@octokit/webhooks-examples) and posts it, after checking that the
 * untrusted report belongs to the pull request and commit the run tested.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run as runComment } from '../../src/actions/comment';
import { run as runReadiness } from '../../src/actions/readiness';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { faults, MALLORY, pullRequestEvent, workflowRunEvent } from '../helpers/github-payloads';
import { githubToken } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { runActionInProcess } from '../helpers/run-action';
import { parseAnnotations, runnerEnv, type RunnerFiles } from '../helpers/runner';
import { obeyedCommands } from '../helpers/runner-commands';
import type { GitHubClientTuning } from '../../src/app/post-readiness-comment';

const TOKEN = githubToken(61, 'ghs_');
const OWNER = 'octo-org';
const REPO = 'mcp-stacks';
const PR = 12;
const MARKER = '<!-- stackgate:readiness -->';
const COMPOSE = 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:2.0.1\n';
const tuning: GitHubClientTuning = { waitUnitMs: 1, paceWrites: false };

let fake: FakeGitHub;
let repo: GitRepo;
let headSha: string;
let reportFile: string;
const runners: RunnerFiles[] = [];

function runner(workspace: string, inputs: Record<string, string>, eventName: string, event: unknown): RunnerFiles {
  const r = runnerEnv(workspace, inputs, {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.example',
  });
  r.env.RUNNER_TEMP = r.dir;
  r.env.GITHUB_EVENT_PATH = path.join(r.dir, 'event.json');
  fs.writeFileSync(r.env.GITHUB_EVENT_PATH, JSON.stringify(event));
  runners.push(r);
  return r;
}

beforeAll(async () => {
  // The first stage, on a fork pull request: read-only token, so it leaves only the report.
  fake = await startFakeGitHub({ token: TOKEN });
  repo = gitRepo();
  const baseSha = repo.commit('base', { 'docker-compose.yml': COMPOSE });
  headSha = repo.commit('change', { 'docker-compose.yml': COMPOSE.replace('2.0.1', 'latest') });
  fake.state.seedRepository({ owner: OWNER, repo: REPO, isReadOnly: true });
  const pr = fake.state.seedPullRequest({ owner: OWNER, repo: REPO, number: PR, headSha, baseSha, forkOwner: 'contributor' });
  const first = runner(repo.root, { path: '.', 'github-token': TOKEN, secrets: 'true' }, 'pull_request', pullRequestEvent(pr));
  first.env['INPUT_REPORT-DIR'] = first.dir;
  await runActionInProcess((env) => runReadiness(env, { github: tuning }), first.env);
  reportFile = first.outputs()['report-json'];
  await fake.close();
});
afterAll(() => {
  for (const r of runners) r.cleanup();
  repo.cleanup();
});

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  fake.state.seedPullRequest({ owner: OWNER, repo: REPO, number: PR, headSha, forkOwner: 'contributor' });
});
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
});

const second = (
  inputs: Record<string, string>,
  event: unknown = workflowRunEvent({ owner: OWNER, repo: REPO, headSha, pullRequestNumber: PR }),
  eventName = 'workflow_run',
) => runner(repo.root, { 'github-token': TOKEN, ...inputs }, eventName, event);
const runIt = (r: RunnerFiles, github: GitHubClientTuning = tuning) => runActionInProcess((env) => runComment(env, github), r.env);
const sticky = () => fake.state.comments(OWNER, REPO, PR).filter((c) => String(c.body).startsWith(MARKER));

test('posts the first stage report as the one sticky comment, linked to the tested commit; a second run updates it', async () => {
  const r = second({ report: reportFile });
  const { exitCode } = await runIt(r);
  expect(exitCode).toBeUndefined();
  expect(sticky()).toHaveLength(1);
  expect(r.outputs()['comment-id']).toBe(String(sticky()[0].id));
  const body = String(sticky()[0].body);
  expect(body).toContain('compose/image-latest-tag');
  expect(body).toContain(`https://github.example/${OWNER}/${REPO}/blob/${headSha}/docker-compose.yml#L3`);
  // It asked GitHub which head the pull request has now, before writing.
  expect(fake.requests[0].operationId).toBe('pulls/get');

  await runIt(second({ report: reportFile }));
  expect(sticky()).toHaveLength(1);
  expect(fake.requestsFor('issues/update-comment')).toHaveLength(1);
});

test('a report for another commit than the run tested is refused, without a write', async () => {
  const other = 'f'.repeat(40);
  const { stdout, exitCode } = await runIt(
    second({ report: reportFile }, workflowRunEvent({ owner: OWNER, repo: REPO, headSha: other, pullRequestNumber: PR })),
  );
  expect(exitCode).toBe(1);
  expect(stdout).toContain(`the report is for commit ${headSha.slice(0, 12)}, but the workflow run that produced it tested ffffffffffff; not posting`);
  expect(fake.requests).toEqual([]);
});

test('a pull request that moved on since the run is left to its own run', async () => {
  fake.state.seedPullRequest({ owner: OWNER, repo: REPO, number: PR, headSha: 'a'.repeat(40), forkOwner: 'contributor' });
  const { stdout, exitCode } = await runIt(second({ report: reportFile }));
  expect(exitCode).toBeUndefined();
  expect(stdout).toContain(`has moved on to aaaaaaaaaaaa since this run tested ${headSha.slice(0, 12)}`);
  expect(fake.requestsFor('issues/create-comment')).toEqual([]);
});

test.each([
  ['not JSON', '{"report": ', /not JSON/],
  ['another shape', JSON.stringify({ report: { score: 'high' } }), /not a stackgate readiness report: report\.\w+/],
  ['over the size limit', ' '.repeat(5 * 1024 * 1024 + 1), /it is 5242881 bytes, over the 5242880-byte limit; not read/],
])('an artifact that is %s is a clear error, and nothing is posted', async (_name, text, message) => {
  const file = path.join(runners[0].dir, `bad-${_name.replace(/ /g, '-')}.json`);
  fs.writeFileSync(file, text);
  const { stdout, exitCode } = await runIt(second({ report: file }));
  expect(exitCode).toBe(1);
  expect(stdout).toMatch(new RegExp(`::error::${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ${message.source}`));
  expect(fake.requests).toEqual([]);
});

test('outside workflow_run it refuses to run', async () => {
  const { stdout, exitCode } = await runIt(second({ report: reportFile }, {}, 'pull_request_target'));
  expect(exitCode).toBe(1);
  expect(stdout).toContain('::error::actions/comment runs on workflow_run events');
  expect(fake.requests).toEqual([]);
});

test('a comment by someone else that starts with the marker is left as it is; ours is posted below it', async () => {
  const forged = fake.state.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `${MARKER}\nall green, merge away`, user: MALLORY });
  const r = second({ report: reportFile });
  expect((await runIt(r)).exitCode).toBeUndefined();
  expect(sticky().map((c) => [c.id, c.user.login])).toEqual([
    [forged.id, 'mallory'],
    [Number(r.outputs()['comment-id']), 'github-actions[bot]'],
  ]);
  expect(sticky()[0].body).toBe(forged.body);
});

test.each<[string, () => void, RegExp, GitHubClientTuning?]>([
  [
    '5xx past the retries on the pull request',
    () => fake.failNext('pulls/get', { ...faults.serverError(503), times: 3 }),
    /read pull request #12: GET \S+\/repos\/octo-org\/mcp-stacks\/pulls\/12 answered 503 \(Service Unavailable\)/,
  ],
  [
    'a pull request GitHub does not know (404)',
    () => fake.failNext('pulls/get', faults.notFound()),
    /read pull request #12: GET \S+ answered 404 \(Not Found\)/,
  ],
  [
    '422 on the post',
    () =>
      fake.failNext('issues/create-comment', {
        status: 422,
        body: { message: 'Validation Failed', errors: [], documentation_url: 'https://docs.github.com/rest', status: '422' },
      }),
    /post the comment on #12: POST \S+ answered 422 \(Validation Failed\)/,
  ],
  [
    'no answer before the deadline',
    () => fake.failNext('issues/list-comments', { hang: true, times: 3 }),
    /GitHub did not answer within the comment's deadline of 200 ms/,
    { ...tuning, timeoutMs: 60_000, deadlineMs: 200 },
  ],
])('%s: the step fails with a message naming the request and status, not an internal error', async (_name, fail, reason, github = tuning) => {
  fail();
  const { stdout, exitCode } = await runIt(second({ report: reportFile }), github);
  expect(exitCode).toBe(1);
  expect(stdout).not.toContain('internal error');
  expect(stdout).not.toContain(TOKEN);
  const errors = parseAnnotations(stdout)
    .filter((a) => a.level === 'error')
    .map((a) => decodeURIComponent(a.message));
  expect(errors).toEqual([expect.stringMatching(new RegExp(`^the readiness comment on pull request #12 was not posted: (.*: )?${reason.source}`))]);
  expect(sticky()).toEqual([]);
});

test('text from the API reaches the log fenced: a comment URL holding a workflow command is printed, not obeyed', async () => {
  fake.handle('issues/create-comment', (request) => {
    const stored = fake.state.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: (request.body as { body: string }).body });
    return { status: 201, body: { ...stored, html_url: 'https://github.com/octo-org/mcp-stacks/pull/12\n::warning title=stackgate::approved' } };
  });
  const { stdout, exitCode } = await runIt(second({ report: reportFile }));
  expect(exitCode).toBeUndefined();
  expect(stdout).toContain('::warning title=stackgate::approved');
  expect(obeyedCommands(stdout).filter((c) => c.name === 'warning' && c.data === 'approved')).toEqual([]);
});

test('an artifact path that is a FIFO is refused at once, not waited on', async () => {
  const file = path.join(runners[0].dir, 'fifo.json');
  execFileSync('mkfifo', [file]);
  const { stdout, exitCode } = await runIt(second({ report: file }));
  expect(exitCode).toBe(1);
  expect(stdout).toContain(`::error::${file}: it is not a regular file (a FIFO); not read`);
  expect(fake.requests).toEqual([]);
});
