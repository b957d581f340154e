/**
 * actions/environments as the runner runs it (INPUT_*, GITHUB_OUTPUT, the job summary, masks),
 * against the fake GitHub (every request checked against GitHub's OpenAPI description).
 */
import { run } from '../../src/actions/environments';
import type { EnvironmentsReport } from '../../src/core/environments/report';
import { githubToken } from '../helpers/fake-secret';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { FakeEnvironments } from '../helpers/github-environments';
import { runActionInProcess } from '../helpers/run-action';
import { parseAnnotations, runnerEnv, type RunnerFiles } from '../helpers/runner';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const TOKEN = githubToken(64, 'github_pat_');
let fake: FakeGitHub;
let gh: FakeEnvironments;
let repo: TempRepo;
const cleanups: (() => void)[] = [];

const YML = [
  'environments:',
  '  staging:',
  '    protection:',
  '      reviewers: [alice]',
  '      waitTimer: 10m',
  '      branches: [main]',
  '  prod:',
  '    protection:',
  '      reviewers: [acme/release-managers]',
  '      preventSelfReview: true',
  '      branches: protected',
  '',
].join('\n');

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  gh = new FakeEnvironments(fake, 'acme', 'mcp-stacks');
  gh.addUser('alice', 501);
  gh.addTeam('acme/release-managers', 77);
  repo = tempRepo({ 'stackgate.yml': YML });
  cleanups.push(() => repo.cleanup());
});
afterEach(async () => {
  cleanups.splice(0).forEach((c) => c());
  await fake.close();
  expect(fake.violations).toEqual([]);
});

async function runEnvironments(inputs: Record<string, string>) {
  const r: RunnerFiles = runnerEnv(
    repo.root,
    { mode: 'check', path: '.', config: '', 'github-token': TOKEN, ...inputs },
    {
      GITHUB_REPOSITORY: 'acme/mcp-stacks',
      GITHUB_API_URL: fake.url,
    },
  );
  cleanups.push(() => r.cleanup());
  const result = await runActionInProcess((env) => run(env, { waitUnitMs: 1, paceWrites: false, retries: 0 }), r.env);
  const outputs = r.outputs();
  return { ...result, outputs, summary: r.summary(), report: outputs['report-json'] ? (JSON.parse(outputs['report-json']) as EnvironmentsReport) : undefined };
}

const writes = (): string[] => fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

test('check with drift: the step fails, drift=true, the summary lists the changes, nothing is written; the token is masked', async () => {
  gh.seed('prod', { reviewers: ['acme/release-managers'], preventSelfReview: true, branchPolicy: 'protected' });
  const { exitCode, outputs, summary, report, stdout } = await runEnvironments({ mode: 'check' });
  expect(exitCode).toBe(1);
  expect(outputs.drift).toBe('true');
  expect(report?.environments.map((e) => [e.name, e.status])).toEqual([
    ['staging', 'drift'],
    ['prod', 'in-sync'],
  ]);
  expect(summary).toContain('### stackgate environments check: acme/mcp-stacks');
  expect(summary).toContain(
    '| `staging` | drift | - create environment "staging"<br>- required reviewers: add alice (user)<br>- set the wait timer to 10 minutes (from none)',
  );
  expect(stdout).toContain('::error::environments check: staging differ from stackgate.yml (run mode: sync to apply it)');
  expect(stdout).toContain(`::add-mask::${TOKEN}`);
  expect(writes()).toEqual([]);
});

test('sync applies, then a second sync writes nothing and check passes with drift=false', async () => {
  const first = await runEnvironments({ mode: 'sync' });
  expect(first.exitCode).toBeUndefined();
  expect(first.outputs.drift).toBe('true');
  expect(first.report?.status).toBe('synced');
  expect(gh.environment('staging')).toMatchObject({ waitTimer: 10, reviewers: [{ type: 'User', id: 501 }] });
  expect(gh.patterns('staging')).toEqual(['branch:main']);
  expect(gh.environment('prod')).toMatchObject({ preventSelfReview: true, branchPolicy: { protected_branches: true, custom_branch_policies: false } });

  fake.requests.length = 0;
  const second = await runEnvironments({ mode: 'sync' });
  expect(second.exitCode).toBeUndefined();
  expect(second.outputs.drift).toBe('false');
  expect(writes()).toEqual([]);
  const check = await runEnvironments({ mode: 'check' });
  expect(check).toMatchObject({ exitCode: undefined, outputs: { drift: 'false' } });
});

test('sync with the default GITHUB_TOKEN (no Administration: write): the step fails naming the permission', async () => {
  gh.denyWrites();
  const { exitCode, summary, report } = await runEnvironments({ mode: 'sync' });
  expect(exitCode).toBe(1);
  expect(report?.status).toBe('error');
  expect(summary).toContain('FAILED');
  expect(report?.environments[0].error).toContain(
    'the token needs the Administration repository permission (write), which the workflow GITHUB_TOKEN never has',
  );
  expect(gh.environments.size).toBe(0);
});

test('an unknown reviewer: a configuration error annotated on stackgate.yml at its line', async () => {
  repo.write('stackgate.yml', YML.replace('[alice]', '[alcie]'));
  const { exitCode, stdout, outputs } = await runEnvironments({ mode: 'sync' });
  expect(exitCode).toBe(1);
  expect(outputs.drift).toBe('false');
  const annotation = parseAnnotations(stdout).find((a) => a.level === 'error' && a.props.file);
  expect(annotation).toMatchObject({ props: { file: 'stackgate.yml', line: '4', col: '19', title: 'stackgate configuration' } });
  expect(annotation?.message).toContain('environments.staging.protection.reviewers[0]: no GitHub user "alcie"');
  expect(writes()).toEqual([]);
});

test('an unknown mode is a usage error', async () => {
  const { exitCode, stdout } = await runEnvironments({ mode: 'apply' });
  expect(exitCode).toBe(1);
  expect(stdout).toContain('::error::input "mode": expected sync or check, got "apply"');
  expect(fake.requests).toEqual([]);
});
