/**
 * The workflows users copy: each parses, every stackgate step passes only inputs its action.yml
 * declares, and stackgate's own CI/CD checks find nothing wrong with them.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { runCli } from '../helpers/cli';
import { tempRepo } from '../helpers/temp-repo';

const ROOT = path.join(__dirname, '../..');
const DIR = path.join(ROOT, 'workflows-templates');
const TEMPLATES = fs.readdirSync(DIR).filter((f) => f.endsWith('.yml'));

const REPOSITORY_LEVEL = ['ci/workflows-present', 'ci/validate-on-pull-request', 'ci/secret-scan', 'ci/deploy-on-merge', 'ci/promotion-gated'];

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function actionInputs(uses: string): string[] {
  const m = /^stackgate\/stackgate(\/actions\/[a-z-]+)?@v1$/.exec(uses);
  if (!m) throw new Error(`unexpected stackgate reference ${uses}`);
  const file = path.join(ROOT, m[1] ? `${m[1].slice(1)}/action.yml` : 'action.yml');
  return Object.keys((YAML.parse(fs.readFileSync(file, 'utf8')) as { inputs?: object }).inputs ?? {});
}

it('there are templates', () => {
  expect(TEMPLATES).toEqual(expect.arrayContaining(['stackgate-pr.yml', 'pr-readiness.yml', 'readiness-comment.yml', 'smoke.yml']));
});

describe.each(TEMPLATES)('%s', (template) => {
  const doc = YAML.parse(fs.readFileSync(path.join(DIR, template), 'utf8')) as { jobs: Record<string, { steps?: Step[] }> };
  const steps = Object.values(doc.jobs).flatMap((j) => j.steps ?? []);

  it('uses stackgate actions with declared inputs only', () => {
    const ours = steps.filter((s) => s.uses?.startsWith('stackgate/stackgate'));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      const declared = actionInputs(step.uses!);
      expect(Object.keys(step.with ?? {}).filter((k) => !declared.includes(k))).toEqual([]);
    }
  });

  it('passes stackgate\'s CI/CD checks on its jobs', async () => {
    const repo = tempRepo({ [`.github/workflows/${template}`]: fs.readFileSync(path.join(DIR, template), 'utf8') });
    try {
      const r = await runCli(['score', '.', '-f', 'json'], repo.root);
      const report = JSON.parse(r.stdout) as { checks: { id: string; status: string; locations: { line: number; message: string }[] }[] };
      const ci = report.checks.filter((c) => c.id.startsWith('ci/'));
      // The checks ran on the workflow (some apply to every template).
      expect(ci.filter((c) => c.status === 'pass').map((c) => c.id)).toEqual(expect.arrayContaining(['ci/permissions', 'ci/script-injection', 'ci/untrusted-checkout']));
      // Repository-level checks ask for workflows one template alone does not have (deploy on merge, ...).
      const perJob = ci.filter((c) => !REPOSITORY_LEVEL.includes(c.id));
      const problems = perJob
        .filter((c) => c.status === 'fail')
        .flatMap((c) => c.locations.map((l) => `${l.line}: ${c.id}: ${l.message}`))
        // Templates name stackgate by its release tag, for users to pin (Dependabot keeps a pinned SHA current).
        .filter((p) => !/ci\/actions-pinned: .* uses stackgate\/stackgate[^ ]*@v1, a movable reference/.test(p));
      expect(problems).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});
