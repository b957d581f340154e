/**
 * The workflows users copy: each parses, every stackgate step passes only inputs its action.yml
 * declares, stackgate's own CI/CD checks find nothing wrong with them, they follow GitHub's current
 * hardening advice, and each has the `.properties.json` metadata GitHub's template picker reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { runCli } from '../helpers/cli';
import { exampleCaller } from '../helpers/example-caller';
import { tempRepo } from '../helpers/temp-repo';

const ROOT = path.join(__dirname, '../..');
const DIR = path.join(ROOT, 'workflows-templates');
const TEMPLATES = fs.readdirSync(DIR).filter((f) => f.endsWith('.yml'));

const REPOSITORY_LEVEL = ['ci/workflows-present', 'ci/validate-on-pull-request', 'ci/secret-scan', 'ci/deploy-on-merge', 'ci/promotion-gated'];

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Concurrency {
  group?: string;
  'cancel-in-progress'?: unknown;
}
interface Job {
  permissions?: Record<string, string>;
  environment?: string | { name: string; url?: string };
  concurrency?: Concurrency;
  steps?: Step[];
}
interface Template {
  permissions?: Record<string, string>;
  concurrency?: Concurrency;
  jobs: Record<string, Job>;
}

function actionInputs(uses: string): string[] {
  const m = /^stackgate\/stackgate(\/actions\/[a-z-]+)?@v1$/.exec(uses);
  if (!m) throw new Error(`unexpected stackgate reference ${uses}`);
  const file = path.join(ROOT, m[1] ? `${m[1].slice(1)}/action.yml` : 'action.yml');
  return Object.keys((YAML.parse(fs.readFileSync(file, 'utf8')) as { inputs?: object }).inputs ?? {});
}

it('there are templates', () => {
  expect(TEMPLATES).toEqual(
    expect.arrayContaining([
      'stackgate-pr.yml',
      'pr-readiness.yml',
      'readiness-comment.yml',
      'smoke.yml',
      'deploy-dev.yml',
      'deploy-reusable.yml',
      'promote.yml',
      'promote-reusable.yml',
    ]),
  );
});

it('every .properties.json belongs to a template, and names are unique', () => {
  const properties = fs.readdirSync(DIR).filter((f) => f.endsWith('.properties.json'));
  expect(properties.map((f) => f.replace(/\.properties\.json$/, '.yml')).sort()).toEqual([...TEMPLATES].sort());
  const names = properties.map((f) => (JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as { name: string }).name);
  expect(new Set(names).size).toBe(names.length);
});

describe.each(TEMPLATES)('%s', (template) => {
  const doc = YAML.parse(fs.readFileSync(path.join(DIR, template), 'utf8')) as Template;
  const steps = Object.values(doc.jobs).flatMap((j) => j.steps ?? []);

  it('checks out without leaving the token in the git config', () => {
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });

  it('grants upload-sarif what it needs, private repositories included', () => {
    for (const [name, job] of Object.entries(doc.jobs)) {
      if (!(job.steps ?? []).some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))) continue;
      const permissions = { ...doc.permissions, ...job.permissions };
      expect({ job: name, ...permissions }).toMatchObject({ job: name, 'security-events': 'write', actions: 'read', contents: 'read' });
    }
  });

  it("has a concurrency group: the workflow's, or one on each job that deploys (runs under an environment)", () => {
    const deploying = Object.entries(doc.jobs).filter(([, job]) => job.environment !== undefined);
    const groups = doc.concurrency ? [doc.concurrency] : deploying.map(([, job]) => job.concurrency);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(typeof group?.group).toBe('string');
      expect(group?.group).toMatch(/\$\{\{.+\}\}/);
      expect(group).toHaveProperty('cancel-in-progress');
    }
    // A deploy in progress is never cancelled halfway.
    for (const [, job] of deploying) expect((job.concurrency ?? doc.concurrency)?.['cancel-in-progress']).toBe(false);
  });

  it('grants write scopes to no job that does not need them (no write-all; deployments: write only where stackgate deploys)', () => {
    const all: unknown[] = [doc.permissions, ...Object.values(doc.jobs).map((j) => j.permissions)];
    expect(all).not.toContain('write-all');
    expect(doc.permissions?.deployments).not.toBe('write');
    for (const [name, job] of Object.entries(doc.jobs)) {
      const deploys = (job.steps ?? []).some((s) => /^stackgate\/stackgate\/actions\/deploy@/.test(s.uses ?? ''));
      expect({ job: name, deployments: job.permissions?.deployments === 'write' }).toEqual({ job: name, deployments: deploys });
    }
  });

  it('passes values to scripts through env, never as expressions in the script', () => {
    expect(steps.filter((s) => s.run?.includes('${{')).map((s) => s.run)).toEqual([]);
  });

  it('has the metadata of a workflow template (name, description, icon, categories, file patterns)', () => {
    const file = path.join(DIR, template.replace(/\.yml$/, '.properties.json'));
    const properties = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(properties).filter((k) => !['name', 'description', 'creator', 'iconName', 'categories', 'filePatterns', 'labels'].includes(k))).toEqual(
      [],
    );
    expect(properties.name).toEqual(expect.stringMatching(/\S/));
    expect(properties.description).toEqual(expect.stringMatching(/\S/));
    expect(properties.iconName).toMatch(/^octicon [a-z0-9-]+$/);
    expect(properties.categories).toEqual(expect.arrayContaining([expect.any(String)]));
    // Regular expressions GitHub matches against the names of files at the repository's root.
    const patterns = properties.filePatterns as string[];
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.some((p) => new RegExp(p).test('stackgate.yml'))).toBe(true);
    expect(patterns.some((p) => new RegExp(p).test('README.md'))).toBe(false);
  });

  it('uses stackgate actions with declared inputs only', () => {
    const ours = steps.filter((s) => s.uses?.startsWith('stackgate/stackgate'));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      const declared = actionInputs(step.uses!);
      expect(Object.keys(step.with ?? {}).filter((k) => !declared.includes(k))).toEqual([]);
    }
  });

  it("passes stackgate's CI/CD checks on its jobs", async () => {
    expect(await ciProblems({ [`.github/workflows/${template}`]: fs.readFileSync(path.join(DIR, template), 'utf8') })).toEqual([]);
  });

  const caller = exampleCaller(fs.readFileSync(path.join(DIR, template), 'utf8'));
  if (caller)
    it("shows an example caller that passes stackgate's CI/CD checks with the template beside it", async () => {
      const files = {
        '.github/workflows/caller.yml': caller,
        [`.github/workflows/${template}`]: fs.readFileSync(path.join(DIR, template), 'utf8'),
      };
      expect(await ciProblems(files)).toEqual([]);
    });
});

/** What stackgate's per-job ci/* checks find in a repository of these workflow files ("file:line: id: message"). */
async function ciProblems(files: Record<string, string>): Promise<string[]> {
  const repo = tempRepo(files);
  try {
    const r = await runCli(['score', '.', '-f', 'json'], repo.root);
    const report = JSON.parse(r.stdout) as { checks: { id: string; status: string; locations: { file: string; line: number; message: string }[] }[] };
    const ci = report.checks.filter((c) => c.id.startsWith('ci/'));
    // The checks ran on the workflow (some apply to every template).
    expect(ci.filter((c) => c.status === 'pass').map((c) => c.id)).toEqual(
      expect.arrayContaining(['ci/permissions', 'ci/script-injection', 'ci/untrusted-checkout']),
    );
    // Repository-level checks ask for workflows one template alone does not have (deploy on merge, ...).
    const perJob = ci.filter((c) => !REPOSITORY_LEVEL.includes(c.id));
    return (
      perJob
        .filter((c) => c.status === 'fail')
        .flatMap((c) => c.locations.map((l) => `${l.file}:${l.line}: ${c.id}: ${l.message}`))
        // Templates name stackgate by its release tag, for users to pin (Dependabot keeps a pinned SHA current).
        .filter((p) => !/ci\/actions-pinned: .* uses stackgate\/stackgate[^ ]*@v1, a movable reference/.test(p))
    );
  } finally {
    repo.cleanup();
  }
}
