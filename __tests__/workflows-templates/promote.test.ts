/**
 * The promotion templates: promote.yml (staging, then production) and promote-reusable.yml (one
 * environment a caller names). What they promise in their comments is checked here: when they start,
 * which job runs under which environment and after which, the order of the steps in each job (the
 * commit checked before anything uses it, gate before deploy), one deploy of an environment at a
 * time, and the least permissions. The two shell checks of the commit are run for real.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { gitRepo } from '../helpers/git-repo';

const DIR = path.join(__dirname, '../../workflows-templates');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  environment?: { name: string; url?: string };
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, Record<string, unknown> | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (template: string): Workflow => YAML.parse(fs.readFileSync(path.join(DIR, template), 'utf8')) as Workflow;
const promote = read('promote.yml');
const reusable = read('promote-reusable.yml');

const FULL_SHA_CHECK = /\[\[ ! "\$SHA" =~ \^\[0-9a-f\]\{40\}\$ \]\]/;
const ANCESTRY_CHECK = /git merge-base --is-ancestor "\$SHA" "origin\/\$DEFAULT_BRANCH"/;
const stackgate = (step: Step): string | undefined => /^stackgate\/stackgate\/actions\/([a-z-]+)@v1$/.exec(step.uses ?? '')?.[1];

it('starts when the dev deployment of a push to the default branch succeeded, or by hand with a commit', () => {
  const deployDev = read('deploy-dev.yml') as Workflow & { on: { push: { branches: string[] } } };
  expect(promote.on.workflow_run).toEqual({ workflows: [deployDev.name], types: ['completed'], branches: deployDev.on.push.branches });
  expect(promote.on.workflow_dispatch).toEqual({ inputs: { sha: expect.objectContaining({ required: true, type: 'string' }) } });
  expect(Object.keys(promote.on).sort()).toEqual(['workflow_dispatch', 'workflow_run']);
  // A failed or cancelled dev run, or a fork's branch named like the default branch, promotes nothing.
  expect(promote.jobs.staging.if).toContain("github.event.workflow_run.conclusion == 'success'");
  expect(promote.jobs.staging.if).toContain('github.event.workflow_run.head_repository.full_name == github.repository');
  // The commit promoted is the dev run's (or the one given), never the run's own GITHUB_SHA.
  for (const job of Object.values(promote.jobs)) expect(job.env?.SHA).toBe('${{ inputs.sha || github.event.workflow_run.head_sha }}');
});

it('promotes to staging, then production, each job under its GitHub environment', () => {
  expect(Object.keys(promote.jobs)).toEqual(['staging', 'production']);
  expect(promote.jobs.staging.environment?.name).toBe('staging');
  expect(promote.jobs.production.environment?.name).toBe('production');
  expect(promote.jobs.staging.needs).toBeUndefined();
  expect(promote.jobs.production.needs).toBe('staging');
});

it('is callable as a reusable workflow for one environment', () => {
  expect(Object.keys(reusable.on)).toEqual(['workflow_call']);
  const call = reusable.on.workflow_call as { inputs: Record<string, { required?: boolean }>; secrets: Record<string, unknown> };
  expect(call.inputs.environment.required).toBe(true);
  expect(call.inputs.sha.required).toBe(true);
  expect(Object.keys(reusable.jobs)).toEqual(['promote']);
  expect(reusable.jobs.promote.environment?.name).toBe('${{ inputs.environment }}');
  expect(reusable.jobs.promote.env).toMatchObject({ SHA: '${{ inputs.sha }}', ENVIRONMENT: '${{ inputs.environment }}' });
});

it('the reusable templates declare every input and secret they read', () => {
  for (const template of ['promote-reusable.yml', 'deploy-reusable.yml']) {
    const text = fs.readFileSync(path.join(DIR, template), 'utf8');
    const call = read(template).on.workflow_call as { inputs: object; secrets: object };
    const used = (context: string): string[] => [...new Set([...text.matchAll(new RegExp(`\\b${context}\\.([\\w-]+)`, 'g'))].map((m) => m[1]))];
    // Lines of the comments (the example caller) read the caller's own inputs and secrets.
    const code = text.replace(/^#.*$/gm, '');
    expect({ template, inputs: used('inputs').filter((i) => code.includes(`inputs.${i}`) && !(i in call.inputs)) }).toEqual({ template, inputs: [] });
    expect({ template, secrets: used('secrets').filter((s) => code.includes(`secrets.${s}`) && !(s in call.secrets)) }).toEqual({ template, secrets: [] });
  }
});

describe.each([
  { where: 'promote.yml staging', job: promote.jobs.staging, environment: 'staging' },
  { where: 'promote.yml production', job: promote.jobs.production, environment: 'production' },
  { where: 'promote-reusable.yml', job: reusable.jobs.promote, environment: '${{ inputs.environment }}' },
])('$where', ({ job, environment }) => {
  const index = (predicate: (s: Step) => boolean): number => job.steps.findIndex(predicate);
  const sameEnvironment = environment.startsWith('${{') ? '${{ env.ENVIRONMENT }}' : environment;

  it('checks the commit is a full SHA before checking it out, and on the default branch before anything uses it', () => {
    const format = index((s) => FULL_SHA_CHECK.test(s.run ?? ''));
    const checkout = index((s) => s.uses?.startsWith('actions/checkout@') ?? false);
    const ancestry = index((s) => ANCESTRY_CHECK.test(s.run ?? ''));
    const firstStackgate = index((s) => stackgate(s) !== undefined);
    expect(format).toBe(0);
    expect(checkout).toBe(1);
    expect(job.steps[checkout].with).toEqual({ ref: '${{ env.SHA }}', 'fetch-depth': 0, 'persist-credentials': false });
    expect(ancestry).toBe(2);
    expect(job.steps[ancestry].env).toEqual({ DEFAULT_BRANCH: '${{ github.event.repository.default_branch }}' });
    expect(firstStackgate).toBeGreaterThan(ancestry);
  });

  it('runs gate first, then deploy, then smoke, all for its environment and commit', () => {
    const ours = job.steps.filter((s) => stackgate(s));
    expect(ours.map(stackgate)).toEqual(['gate', 'deploy', 'smoke']);
    for (const step of ours) expect(step.with?.environment).toBe(sameEnvironment);
    expect(ours[0].with?.sha).toBe('${{ env.SHA }}');
    expect(ours[1].with?.sha).toBe('${{ env.SHA }}');
    // The deploy step's id gives the environment its URL.
    expect(ours[1].id).toBe('deploy');
    expect(job.environment).toEqual({ name: environment, url: '${{ steps.deploy.outputs.environment-url }}' });
  });

  it('keeps the smoke report as the artifact smoke-<environment>', () => {
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const name = environment.startsWith('${{') ? 'smoke-${{ env.ENVIRONMENT }}' : `smoke-${environment}`;
    expect(upload?.with?.name).toBe(name);
    expect(upload?.with?.path).toContain(`${name}.json`);
  });

  it('deploys the environment one run at a time, in the group every template uses for it, never cancelling', () => {
    const name = environment.startsWith('${{') ? '${{ inputs.environment }}' : environment;
    expect(job.concurrency).toEqual({ group: `stackgate-deploy-\${{ github.repository }}-${name}`, 'cancel-in-progress': false });
  });

  it('asks for the least permissions gate and deploy need', () => {
    expect(job.permissions).toEqual({ contents: 'read', actions: 'read', deployments: 'write' });
  });
});

it('deploy-dev.yml deploys dev in the same concurrency group as the promotion jobs use for theirs', () => {
  const deployDev = read('deploy-dev.yml') as Workflow & { concurrency: { group: string } };
  expect(deployDev.concurrency.group).toBe('stackgate-deploy-${{ github.repository }}-dev');
  expect(read('deploy-reusable.yml').jobs.deploy.concurrency?.group).toBe('stackgate-deploy-${{ github.repository }}-${{ inputs.environment }}');
});

it('production compares its tool surface with staging’s smoke report of the same run', () => {
  const steps = promote.jobs.production.steps;
  const download = steps.findIndex((s) => s.uses?.startsWith('actions/download-artifact@'));
  const smoke = steps.findIndex((s) => stackgate(s) === 'smoke');
  expect(steps[download].with).toEqual({ name: 'smoke-staging', path: '${{ runner.temp }}/smoke-staging' });
  expect(smoke).toBeGreaterThan(download);
  expect(steps[smoke].with?.['compare-with']).toBe('${{ runner.temp }}/smoke-staging/smoke-staging.json');
});

describe('the checks of the commit, run by bash', () => {
  const script = (pattern: RegExp): string => {
    const found = [...Object.values(promote.jobs), ...Object.values(reusable.jobs)].flatMap((j) => j.steps).filter((s) => pattern.test(s.run ?? ''));
    // The same script in every job (the reusable one also gives the commit as its output).
    expect(found).toHaveLength(3);
    expect(new Set(found.map((s) => s.run?.replace(/echo "sha=.*\n$/, ''))).size).toBe(1);
    return found[0].run!;
  };
  const run = (text: string, env: Record<string, string>, cwd?: string): { ok: boolean; output: string } => {
    try {
      const output = execFileSync('bash', ['-e', '-c', text], { cwd, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', stdio: 'pipe' });
      return { ok: true, output };
    } catch (e) {
      return { ok: false, output: String((e as { stdout?: string }).stdout) };
    }
  };

  it('accepts a full lower-case SHA and nothing else', () => {
    const check = script(FULL_SHA_CHECK);
    expect(run(check, { SHA: 'a'.repeat(40) }).ok).toBe(true);
    for (const bad of ['', 'main', 'A'.repeat(40), 'a'.repeat(39), 'a'.repeat(41), `${'a'.repeat(40)}\n`, '$(id)', `${'a'.repeat(40)};id`]) {
      const r = run(check, { SHA: bad });
      expect({ bad, ...r }).toEqual({ bad, ok: false, output: '::error::the commit to promote must be a full 40-character SHA in lower case\n' });
    }
  });

  it('accepts a commit of the default branch, and rejects one only on another branch', () => {
    const check = script(ANCESTRY_CHECK);
    const repo = gitRepo();
    try {
      const first = repo.commit('first');
      const head = repo.commit('second');
      repo.git('checkout', '-q', '-b', 'feature');
      const feature = repo.commit('feature');
      // What actions/checkout with fetch-depth 0 leaves: the remote's branches under origin/.
      repo.git('update-ref', 'refs/remotes/origin/main', head);
      repo.git('update-ref', 'refs/remotes/origin/feature', feature);
      expect(run(check, { SHA: first, DEFAULT_BRANCH: 'main' }, repo.root).ok).toBe(true);
      expect(run(check, { SHA: head, DEFAULT_BRANCH: 'main' }, repo.root).ok).toBe(true);
      expect(run(check, { SHA: feature, DEFAULT_BRANCH: 'main' }, repo.root)).toEqual({
        ok: false,
        output: `::error::${feature} is not on main: only commits of the default branch are promoted\n`,
      });
      // The reusable workflow's step also writes the commit checked to its outputs.
      const withOutput = reusable.jobs.promote.steps.find((s) => s.id === 'sha')!.run!;
      const output = repo.write('.output', '');
      expect(run(withOutput, { SHA: first, DEFAULT_BRANCH: 'main', GITHUB_OUTPUT: output }, repo.root).ok).toBe(true);
      expect(fs.readFileSync(output, 'utf8')).toBe(`sha=${first}\n`);
    } finally {
      repo.cleanup();
    }
  });
});
