/**
 * The top-level action.yml, the all-in-one PR check: its composite steps run as the runner runs
 * them (bash, INPUT_* through env, GITHUB_ACTION_PATH) with the shipped bundles, on a real git
 * repository and a real `pull_request.opened` payload, against the fake GitHub.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runComposite } from '../helpers/composite';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { pullRequestEvent } from '../helpers/github-payloads';
import { githubToken } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { parseAnnotations, runnerEnv, type RunnerFiles } from '../helpers/runner';

const ROOT = path.join(__dirname, '../..');
const TOKEN = githubToken(81, 'ghs_');
const LEAKED = githubToken(82);
const OWNER = 'octo-org';
const REPO = 'mcp-stacks';
const PR = 3;
const COMPOSE = `services:
  mcp-github:
    image: ghcr.io/acme/mcp-github:1.4.0
    restart: unless-stopped
    healthcheck:
      test: ["CMD", "true"]
`;

let fake: FakeGitHub;
let repo: GitRepo;
let runner: RunnerFiles;
let headSha: string;

beforeAll(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  repo = gitRepo();
  const baseSha = repo.commit('base', { 'stacks/common/docker-compose.yml': COMPOSE });
  repo.git('checkout', '-q', '-b', 'add-token');
  headSha = repo.commit('hard-code the token', { 'stacks/common/docker-compose.yml': `${COMPOSE}    environment:\n      GITHUB_TOKEN: ${LEAKED}\n` });
  const pr = fake.state.seedPullRequest({ owner: OWNER, repo: REPO, number: PR, headSha, baseSha, headRef: 'add-token' });
  runner = runnerEnv(
    repo.root,
    {},
    {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: fake.url,
      GITHUB_SHA: headSha,
      PATH: process.env.PATH ?? '',
      HOME: repo.root,
    },
  );
  runner.env.RUNNER_TEMP = runner.dir;
  runner.env.GITHUB_EVENT_PATH = path.join(runner.dir, 'event.json');
  fs.writeFileSync(runner.env.GITHUB_EVENT_PATH, JSON.stringify(pullRequestEvent(pr)));
});
afterAll(async () => {
  runner.cleanup();
  repo.cleanup();
  await fake.close();
  expect(fake.violations).toEqual([]);
});

test('validate, secrets on what the PR adds, readiness with the comment, the report artifact; outputs from each', async () => {
  const result = await runComposite(ROOT, { 'fail-under': '10', 'sarif-file': 'stackgate.sarif' }, runner.env, TOKEN);

  expect(result.steps.map((s) => `${s.id ?? s.uses}${s.skipped ? ' (skipped)' : ''}`)).toEqual([
    'validate',
    'secrets',
    'readiness',
    expect.stringMatching(/^actions\/upload-artifact@[0-9a-f]{40}$/),
  ]);
  // The hard-coded token fails validate and secrets; readiness still ran, and failed on the blocker.
  expect(result.steps.slice(0, 3).map((s) => s.exitCode)).toEqual([1, 1, 1]);
  expect(result.exitCode).toBe(1);

  expect(Number(result.outputs.errors)).toBeGreaterThanOrEqual(1);
  expect(Number(result.outputs.warnings)).toBeGreaterThanOrEqual(0);
  expect(result.outputs.secrets).toBe('1');
  // The pass state of each part.
  expect([result.outputs['validate-passed'], result.outputs['secrets-passed'], result.outputs.passed]).toEqual(['false', 'false', 'false']);
  expect(Number(result.outputs.score)).toBeGreaterThan(0);
  expect(result.outputs.grade).toMatch(/^[A-F]$/);
  expect(fs.existsSync(path.join(repo.root, 'stackgate.sarif'))).toBe(true);

  const comments = fake.state.comments(OWNER, REPO, PR);
  expect(comments).toHaveLength(1);
  expect(result.outputs['comment-id']).toBe(String(comments[0].id));
  expect(String(comments[0].body)).toContain('secrets/committed-secrets');

  const upload = result.steps[3];
  expect(upload.with).toMatchObject({ name: 'stackgate-readiness', path: result.outputs['report-json'] });
  expect(JSON.parse(fs.readFileSync(result.outputs['report-json'], 'utf8')).pullRequest).toEqual({ number: PR, headSha });

  // Every step masked the token before printing; it appears in no output but the mask commands.
  const leaks = (result.stdout + result.stderr).split('\n').filter((l) => l.includes(LEAKED));
  expect(leaks.length).toBeGreaterThan(0);
  expect(leaks.every((l) => l === `::add-mask::${LEAKED}`)).toBe(true);
  for (const text of [String(comments[0].body), runner.summary(), fs.readFileSync(path.join(repo.root, 'stackgate.sarif'), 'utf8')])
    expect(text).not.toContain(LEAKED);
});

describe('config reaches every step', () => {
  // Accepts the hard-coded token's file for the secret scan, and fails validate on nothing.
  const CONFIG = 'failOn: never\nsecrets:\n  allow:\n    paths: ["**/common/**"]\n';

  test.each([
    ['config given, relative to path', { config: 'ci/stackgate.yml' }, 'ci/stackgate.yml'],
    ['the default file of path', { path: 'stacks' }, 'stacks/stackgate.yml'],
  ])('%s: validate, secrets and readiness all read it', async (_, inputs, file) => {
    fs.mkdirSync(path.dirname(path.join(repo.root, file)), { recursive: true });
    fs.writeFileSync(path.join(repo.root, file), CONFIG);
    try {
      const result = await runComposite(ROOT, { ...inputs, comment: 'off', 'upload-report': 'false' }, runner.env, TOKEN);
      expect(result.outputs['validate-passed']).toBe('true'); // failOn: never
      expect(result.outputs.secrets).toBe('0'); // the allowlisted path
      expect(result.outputs['secrets-passed']).toBe('true');
      // Readiness read it too: no secret among its blockers; the error finding still blocks.
      const report = JSON.parse(fs.readFileSync(result.outputs['report-json'], 'utf8'));
      expect(report.report.blockers.map((b: { checkId: string }) => b.checkId)).not.toContain('secrets/committed-secrets');
      expect(result.outputs.passed).toBe('false');
    } finally {
      fs.rmSync(path.join(repo.root, file));
    }
  });
});

describe('the composite wired to the sources (src/actions/<name>.ts in place of the bundles)', () => {
  test('each annotation once: the readiness step annotates no blocker that validate or secrets annotated', async () => {
    const result = await runComposite(ROOT, { comment: 'off' }, runner.env, TOKEN, { bundles: 'sources' });
    // Annotations on a file (the step's failure message is one without).
    const [validate, secrets, readiness] = result.steps.slice(0, 3).map((s) => parseAnnotations(s.stdout ?? '').filter((a) => a.props.file));
    const place = (a: { props: Record<string, string> }) => `${a.props.file}:${a.props.line}`;
    // The hard-coded token: validate (compose/hardcoded-secret) and secrets annotate it on its line ...
    expect(validate.filter((a) => a.level === 'error').map(place)).toContain('stacks/common/docker-compose.yml:8');
    expect(secrets.map(place)).toEqual(['stacks/common/docker-compose.yml:8']);
    // ... and readiness, whose blockers are those two, annotates neither again; it still fails on them.
    expect(readiness).toEqual([]);
    expect(result.steps.slice(0, 3).map((s) => s.exitCode)).toEqual([1, 1, 1]);
    expect(result.outputs.secrets).toBe('1');
  });
});
