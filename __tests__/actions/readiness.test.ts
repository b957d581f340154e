/**
 * actions/readiness as the runner runs it: a real git repository as the workspace, a real
 * `pull_request.opened` payload (@octokit/webhooks-examples) as GITHUB_EVENT_PATH, and the fake
 * GitHub, which checks every request against GitHub's OpenAPI description. The last tests run the
 * bundle we ship (dist/readiness/index.js) in child processes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { run } from '../../src/actions/readiness';
import { startConnectProxy } from '../helpers/connect-proxy';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { faults, MALLORY, pullRequestEvent, validationFailed } from '../helpers/github-payloads';
import { githubToken } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { runActionInProcess, spawnCollect, type Collected } from '../helpers/run-action';
import { parseAnnotations, runnerEnv, type RunnerFiles } from '../helpers/runner';
import { obeyedCommands } from '../helpers/runner-commands';
import type { GitHubClientTuning } from '../../src/app/post-readiness-comment';

const BUNDLE = path.join(__dirname, '../../dist/readiness/index.js');
const TOKEN = githubToken(51, 'ghs_');
const LEAKED = githubToken(52);
const OWNER = 'octo-org';
const REPO = 'mcp-stacks';
const PR = 7;
const MARKER = '<!-- stackgate:readiness -->';

const HEALTHY = `services:
  mcp-memory:
    image: ghcr.io/acme/mcp-memory:1.2.3
    restart: unless-stopped
    user: "1000:1000"
    healthcheck:
      test: ["CMD", "wget", "-q", "-O-", "http://127.0.0.1:8503/health"]
      interval: 30s
      timeout: 5s
      retries: 3
`;
const REGRESSED = HEALTHY.replace(/ {4}healthcheck:[\s\S]*$/, '');

let fake: FakeGitHub;
let repo: GitRepo;
let baseSha: string;
let headSha: string;
const runners: RunnerFiles[] = [];

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  repo = gitRepo();
  baseSha = repo.commit('base', { 'docker-compose.yml': HEALTHY, '.gitignore': '.env\n' });
});
afterEach(async () => {
  for (const r of runners.splice(0)) r.cleanup();
  repo.cleanup();
  await fake.close();
  expect(fake.violations).toEqual([]);
});

/** Commits the head of the pull request and seeds it in the fake; returns the runner for it. */
function openPullRequest(files: Record<string, string>, inputs: Record<string, string> = {}, seed: { forkOwner?: string } = {}): RunnerFiles {
  repo.git('checkout', '-q', '-b', 'feature');
  headSha = repo.commit('the change', files);
  const pr = fake.state.seedPullRequest({ owner: OWNER, repo: REPO, number: PR, headSha, baseSha, headRef: 'feature', ...seed });
  const runner = runnerEnv(
    repo.root,
    { path: '.', 'github-token': TOKEN, secrets: 'true', ...inputs },
    {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_SHA: headSha,
    },
  );
  const eventPath = path.join(runner.dir, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(pullRequestEvent(pr)));
  runner.env.GITHUB_EVENT_PATH = eventPath;
  // The runner's temporary directory, apart from the workspace, holds the report (as on GitHub).
  runner.env.RUNNER_TEMP = runner.dir;
  runner.env['INPUT_REPORT-DIR'] = runner.dir;
  runners.push(runner);
  return runner;
}

const fast: GitHubClientTuning = { waitUnitMs: 1, paceWrites: false };
const runInProcess = (runner: RunnerFiles, github: GitHubClientTuning = fast) => runActionInProcess((env) => run(env, { github }), runner.env);
const stickyComments = () => fake.state.comments(OWNER, REPO, PR).filter((c) => String(c.body).startsWith(MARKER));

describe('actions/readiness run()', () => {
  test('a regressing pull request: outputs, one comment with the delta and links, summary, report, blockers annotated, the step fails', async () => {
    const runner = openPullRequest({ 'docker-compose.yml': `${REGRESSED}    environment:\n      GITHUB_TOKEN: ${LEAKED}\n` });
    const { stdout, exitCode } = await runInProcess(runner);

    expect(exitCode).toBe(1);
    const outputs = runner.outputs();
    expect(Number(outputs.score)).toBeGreaterThan(0);
    expect(outputs.grade).toMatch(/^[A-F]$/);
    expect(outputs.passed).toBe('false');
    const report = JSON.parse(fs.readFileSync(outputs['report-json'], 'utf8'));
    expect(report.report.commit).toBe(headSha);
    expect(report.delta.baseCommit).toBe(baseSha);
    expect(report.delta.newlyFailing.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining(['compose/healthcheck-missing', 'secrets/committed-secrets']),
    );
    expect(report.pullRequest).toEqual({ number: PR, headSha });

    const [comment] = stickyComments();
    expect(stickyComments()).toHaveLength(1);
    expect(outputs['comment-id']).toBe(String(comment.id));
    const body = String(comment.body);
    expect(body).toContain(`${report.report.score}`);
    expect(body).toContain(`▼ ${report.delta.delta}`); // the change against the base, as the report has it
    // Failing checks link to the line at the head commit.
    const links = [...body.matchAll(/\]\((https:\/\/github\.example\/[^)]+)\)/g)].map((m) => m[1]);
    expect(links).toContain(`https://github.example/${OWNER}/${REPO}/blob/${headSha}/docker-compose.yml#L2`);
    expect(marked.lexer(body).some((t) => t.type === 'table')).toBe(true);

    // Blockers become error annotations on their file and line.
    const blockers = parseAnnotations(stdout).filter((a) => a.props.title?.startsWith('stackgate readiness blocker'));
    expect(blockers).toContainEqual(expect.objectContaining({ level: 'error', props: expect.objectContaining({ file: 'docker-compose.yml', line: '7' }) }));
    expect(runner.summary()).toContain('compose/healthcheck-missing');

    // The token is registered for masking before anything else mentions it, and appears nowhere else.
    const lines = stdout.split('\n');
    expect(lines.filter((l) => l.includes(LEAKED))).toEqual([`::add-mask::${LEAKED}`]);
    for (const text of [body, runner.summary(), fs.readFileSync(outputs['report-json'], 'utf8')]) expect(text).not.toContain(LEAKED);
  });

  test('run twice on the same pull request: the second run updates the one comment', async () => {
    const runner = openPullRequest({ 'README.md': '# fleet\n' });
    await runInProcess(runner);
    const first = stickyComments();
    await runInProcess(runner);
    expect(stickyComments()).toHaveLength(1);
    expect(stickyComments()[0].id).toBe(first[0].id);
    expect(fake.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(fake.requestsFor('issues/update-comment')).toHaveLength(1);
  });

  test('a 5xx from GitHub is retried and the comment is still written once', async () => {
    const runner = openPullRequest({ 'README.md': '# fleet\n' });
    fake.failNext('issues/create-comment', faults.badGateway());
    const { exitCode } = await runInProcess(runner);
    expect(exitCode).toBeUndefined();
    expect(fake.requestsFor('issues/create-comment')).toHaveLength(2);
    expect(stickyComments()).toHaveLength(1);
  });

  test('a pull request from a fork (read-only token): no comment, the summary and report instead, and the step does not fail for that', async () => {
    fake.state.seedRepository({ owner: OWNER, repo: REPO, isReadOnly: true });
    const runner = openPullRequest({ 'README.md': '# fleet\n' }, {}, { forkOwner: 'contributor' });
    const { stdout, exitCode } = await runInProcess(runner);
    expect(exitCode).toBeUndefined();
    expect(stickyComments()).toHaveLength(0);
    expect(fake.requestsFor('issues/create-comment')).toHaveLength(1); // tried once, not retried
    const warning = parseAnnotations(stdout).find((a) => a.level === 'warning' && a.message.includes('cannot comment'));
    expect(warning?.message).toMatch(/answered 403.*pull requests from forks/);
    expect(runner.summary()).toMatch(/cannot comment on pull request #7/);
    expect(fs.existsSync(runner.outputs()['report-json'])).toBe(true);
    expect(runner.outputs()['comment-id']).toBeUndefined();
  });

  test('fail-under and category minimums fail a clean change; comment off makes no request', async () => {
    const runner = openPullRequest({ 'README.md': '# fleet\n' }, { 'fail-under': '99.9', 'category-minimums': 'compose=100', comment: 'off' });
    const { stdout, exitCode } = await runInProcess(runner);
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(
      /::error::readiness [\d.]+%25 \(grade [A-F]\): score [\d.]+ is under fail-under 99\.9; Compose resilience scores [\d.]+, under its minimum 100/,
    );
    expect(fake.requests).toEqual([]);
  });

  test.each([
    [{ 'fail-under': 'eighty' }, 'input "fail-under": expected a score from 0 to 100, got "eighty"'],
    [{ 'category-minimums': 'secretz=100' }, 'input "category-minimums":'],
    [{ comment: 'sometimes' }, 'input "comment": expected one of update, recreate, skip-unchanged, off'],
    // actions/comment would refuse the artifact of a key the envelope cannot hold: checked before scoring.
    [{ 'comment-key': 'x'.repeat(51) }, `input "comment-key": comment key "${'x'.repeat(51)}" may only contain`],
  ])('bad input %j is a one-line error, before any request', async (inputs, message) => {
    const runner = openPullRequest({ 'README.md': '# fleet\n' }, inputs);
    const { stdout, exitCode } = await runInProcess(runner);
    expect(exitCode).toBe(1);
    expect(stdout).toContain(`::error::${message}`);
    expect(stdout).not.toMatch(/\n\s+at /);
    expect(fake.requests).toEqual([]);
  });
});

describe('actions/readiness run(): which blockers become annotations', () => {
  // Three kinds of blocker: an error of a validate check and a secret (compose/hardcoded-secret and
  // secrets/committed-secrets on line 7), and an error of a repository-level check (ci/script-injection).
  const WORKFLOW = `name: greet
on: pull_request
permissions: { contents: read }
jobs:
  greet:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
`;
  const blockerAnnotations = (stdout: string) =>
    parseAnnotations(stdout)
      .filter((a) => a.props.title?.startsWith('stackgate readiness blocker'))
      .map((a) => `${a.level} ${a.props.title!.replace('stackgate readiness blocker: ', '')} ${a.props.file}:${a.props.line}`);

  test('all (the default): every blocker', async () => {
    const runner = openPullRequest(
      { 'docker-compose.yml': `${REGRESSED}    environment:\n      GITHUB_TOKEN: ${LEAKED}\n`, '.github/workflows/greet.yml': WORKFLOW },
      { comment: 'off' },
    );
    const { stdout } = await runInProcess(runner);
    expect(blockerAnnotations(stdout)).toEqual(
      expect.arrayContaining([
        'error ci/script-injection .github/workflows/greet.yml:9',
        'error secrets/committed-secrets docker-compose.yml:7',
        expect.stringMatching(/^error compose\/.* docker-compose\.yml:7$/),
      ]),
    );
  });

  test('repository-checks (the all-in-one action): only blockers that validate and secrets do not report', async () => {
    const runner = openPullRequest(
      { 'docker-compose.yml': `${REGRESSED}    environment:\n      GITHUB_TOKEN: ${LEAKED}\n`, '.github/workflows/greet.yml': WORKFLOW },
      { comment: 'off', annotate: 'repository-checks' },
    );
    const { stdout, exitCode } = await runInProcess(runner);
    expect(blockerAnnotations(stdout)).toEqual(['error ci/script-injection .github/workflows/greet.yml:9']);
    // The others still fail the step, and are in the report and the summary.
    expect(exitCode).toBe(1);
    const report = JSON.parse(fs.readFileSync(runner.outputs()['report-json'], 'utf8'));
    expect(report.report.blockers.map((b: { checkId: string }) => b.checkId)).toEqual(
      expect.arrayContaining(['secrets/committed-secrets', 'ci/script-injection']),
    );
    expect(runner.summary()).toContain('secrets/committed-secrets');
  });

  test('none: no annotation; an unknown mode is an input error', async () => {
    const runner = openPullRequest({ '.github/workflows/greet.yml': WORKFLOW }, { comment: 'off', annotate: 'none' });
    expect(blockerAnnotations((await runInProcess(runner)).stdout)).toEqual([]);
    runner.env.INPUT_ANNOTATE = 'some';
    const { stdout, exitCode } = await runInProcess(runner);
    expect(exitCode).toBe(1);
    expect(stdout).toContain('input "annotate": expected one of all, repository-checks, none, got "some"');
  });
});

describe('actions/readiness run(): behind a proxy', () => {
  test('HTTP_PROXY from the environment carries the comment requests; NO_PROXY hosts are reached directly', async () => {
    const proxy = await startConnectProxy();
    try {
      const runner = openPullRequest({ 'README.md': '# fleet\n' });
      runner.env.HTTP_PROXY = proxy.url;
      await runInProcess(runner);
      expect(stickyComments()).toHaveLength(1);
      expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(fake.url).host]));
      const tunnelled = proxy.tunnels.length;
      runner.env.NO_PROXY = '127.0.0.1';
      await runInProcess(runner);
      expect(fake.requestsFor('issues/update-comment')).toHaveLength(1);
      expect(proxy.tunnels).toHaveLength(tunnelled);
    } finally {
      await proxy.close();
    }
  });
});

describe('actions/readiness run(): an attacker on the pull request', () => {
  test('a comment by someone else that starts with the marker keeps its text; ours is posted below it', async () => {
    const runner = openPullRequest({ 'README.md': '# fleet\n' });
    const forged = fake.state.seedComment({
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      body: `${MARKER}\n## stackgate readiness: 100% (A), no blockers`,
      user: MALLORY,
    });
    const { exitCode } = await runInProcess(runner);
    expect(exitCode).toBeUndefined();
    const [theirs, ours] = stickyComments();
    expect(theirs).toMatchObject({ id: forged.id, body: forged.body });
    expect(ours.user.login).toBe('github-actions[bot]');
    expect(runner.outputs()['comment-id']).toBe(String(ours.id));
    expect(
      [...fake.requestsFor('issues/update-comment'), ...fake.requestsFor('issues/delete-comment')].filter((r) => r.path.endsWith(`/${forged.id}`)),
    ).toEqual([]);
  });

  test('a directory named like a workflow command is printed, not obeyed', async () => {
    const forgedDir = '::warning title=stackgate::all checks pass';
    const runner = openPullRequest({ [`${forgedDir}/docker-compose.yml`]: `${REGRESSED}    environment:\n      GITHUB_TOKEN: ${LEAKED}\n` });
    const { stdout } = await runInProcess(runner);
    expect(stdout).toContain(`${forgedDir}/docker-compose.yml`); // the blocker is listed…
    expect(obeyedCommands(stdout).filter((c) => c.name === 'warning' && c.props.title === 'stackgate')).toEqual([]); // …but no forged warning
  });
});

describe('actions/readiness run(): GitHub fails during the comment', () => {
  /** Text only the server chose: it may reach the debug log, nothing above it. */
  const SERVER_TEXT = 'server-chosen text';
  test.each<[string, () => void, RegExp, GitHubClientTuning?]>([
    [
      '5xx past the retries',
      () => fake.failNext('issues/list-comments', { ...faults.serverError(503), body: { message: SERVER_TEXT }, times: 3 }),
      /list the comments of #7: GET 127\.0\.0\.1:\d+\/repos\/octo-org\/mcp-stacks\/issues\/7\/comments answered 503 \(Service Unavailable\)/,
    ],
    [
      '422 on the post',
      () =>
        fake.failNext('issues/create-comment', {
          status: 422,
          body: validationFailed([{ resource: 'IssueComment', field: 'body', code: 'custom', message: SERVER_TEXT }]),
        }),
      /post the comment on #7: POST 127\.0\.0\.1:\d+\/repos\/octo-org\/mcp-stacks\/issues\/7\/comments answered 422 \(Validation Failed\): GitHub refused the request as invalid/,
    ],
    [
      'a 200 with an HTML page',
      () => fake.failNext('issues/list-comments', faults.htmlPage(`<html>${SERVER_TEXT}</html>`)),
      /list the comments of #7: GET \S+ answered 200 with a body that is not the JSON GitHub documents \(content-type text\/html; charset=utf-8\)/,
    ],
    [
      'no answer to any attempt',
      () => fake.failNext('issues/list-comments', { hang: true, times: 3 }),
      /list the comments of #7: GET \S+ got no answer within 50 ms, on every attempt/,
      { ...fast, timeoutMs: 50 },
    ],
    [
      'no answer before the deadline',
      () => fake.failNext('issues/list-comments', { hang: true, times: 3 }),
      /GitHub did not answer within the comment's deadline of 200 ms \(requests in flight were cancelled\)/,
      { ...fast, timeoutMs: 60_000, deadlineMs: 200 },
    ],
  ])('%s: a warning naming the request and status; summary, report and outputs are still written', async (_name, fail, reason, tuning = fast) => {
    const runner = openPullRequest({ 'README.md': '# fleet\n' });
    fail();
    const { stdout, exitCode } = await runInProcess(runner, tuning);

    expect(exitCode).toBeUndefined(); // the score passes; a failed comment does not fail the step
    expect(stdout).not.toContain('internal error');
    const warnings = parseAnnotations(stdout)
      .filter((a) => a.level === 'warning')
      .map((a) => decodeURIComponent(a.message));
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^the readiness comment on pull request #7 was not posted: (.*: )?${reason.source}`))]);
    expect(runner.summary()).toContain('stackgate readiness:');
    expect(runner.summary()).toContain('the readiness comment on pull request #7 was not posted');
    const outputs = runner.outputs();
    expect(JSON.parse(fs.readFileSync(outputs['report-json'], 'utf8')).pullRequest).toEqual({ number: PR, headSha });
    expect(outputs).toMatchObject({ score: expect.stringMatching(/^\d/), grade: expect.stringMatching(/^[A-F]$/), passed: 'true' });
    expect(outputs['comment-id']).toBeUndefined();
    expect(stickyComments()).toEqual([]);
    // Neither the token anywhere, nor the server's text above the debug level.
    expect(stdout).not.toContain(TOKEN);
    expect(stdout.split('\n').filter((l) => l.includes(SERVER_TEXT) && !l.startsWith('::debug::'))).toEqual([]);
    expect(runner.summary()).not.toContain(SERVER_TEXT);
  });
});

/** Runs the shipped bundle as the runner does. */
function runBundle(runner: RunnerFiles): Promise<Collected> {
  return spawnCollect(process.execPath, [BUNDLE], { env: { PATH: process.env.PATH ?? '', HOME: repo.root, ...runner.env }, cwd: repo.root });
}

describe('dist/readiness/index.js', () => {
  test('run twice on the same pull request, then twice at once: one comment all along', async () => {
    const runner = openPullRequest({ 'docker-compose.yml': REGRESSED });
    const first = await runBundle(runner);
    expect(first.code).toBe(0);
    expect(runner.outputs()['comment-id']).toBe(String(stickyComments()[0].id));
    await runBundle(runner);
    expect(stickyComments()).toHaveLength(1);

    // A second key races: two runs at once, each creates, one comment stays.
    runner.env['INPUT_COMMENT-KEY'] = 'readiness-race';
    const raced = await Promise.all([runBundle(runner), runBundle(runner)]);
    expect(raced.map((r) => r.code)).toEqual([0, 0]);
    const race = fake.state.comments(OWNER, REPO, PR).filter((c) => String(c.body).startsWith('<!-- stackgate:readiness-race -->'));
    expect(race).toHaveLength(1);
    expect(stickyComments()).toHaveLength(1);
  });

  test('a fork pull request: the bundle degrades to the summary and exits 0', async () => {
    fake.state.seedRepository({ owner: OWNER, repo: REPO, isReadOnly: true });
    const runner = openPullRequest({ 'README.md': '# fleet\n' }, {}, { forkOwner: 'contributor' });
    const { code, stdout } = await runBundle(runner);
    expect(code).toBe(0);
    expect(stdout).toMatch(/::warning::.*cannot comment on pull request #7/);
    expect(runner.summary()).toContain('stackgate readiness:');
  });
});
