/**
 * The score model on hand-made checks and findings: weights, applicability, blockers, grades and
 * categories, then on a real repository through the whole pipeline.
 */
import { defineCheck, defineEngineCheck, type AnyCheck, type Domain } from '../../../src/core/checks/types';
import { configSchema } from '../../../src/core/config/schema';
import type { Finding } from '../../../src/core/findings';
import { readinessReportSchema } from '../../../src/core/readiness/report-schema';
import { scoreRepository } from '../../../src/core/readiness/run';
import { computeReadiness, gradeOf, SECRETS_CHECK_ID, type ReadinessInput } from '../../../src/core/readiness/score';
import { resolveCheckSettings } from '../../../src/core/validate/settings';
import { tempRepo } from '../../helpers/temp-repo';

const meta = (severity: 'error' | 'warning' | 'info', category: 'security' | 'reliability' = 'reliability') => ({
  title: 'A check',
  category,
  severity,
  rationale: 'r',
  remediation: 'f',
  messages: { m: 'm' },
});
/** A check run on its targets, or (`'engine'`) one whose findings the engine reports itself. */
const check = (id: string, severity: 'error' | 'warning' | 'info', target: 'compose-service' | 'engine' | 'repository' = 'compose-service'): AnyCheck =>
  target === 'engine'
    ? defineEngineCheck({ id, engine: 'file-problem', meta: meta(severity) })
    : (defineCheck({ id, target, meta: meta(severity), check() {} }) as AnyCheck);
const finding = (checkId: string, severity: Finding['severity'], line = 1): Finding => ({
  checkId,
  severity,
  category: 'reliability',
  message: `${checkId} failed`,
  file: 'docker-compose.yml',
  line,
  column: 1,
});

function input(checks: AnyCheck[], findings: Finding[], evaluated: string[], extra: Partial<ReadinessInput> = {}): ReadinessInput {
  return {
    checks,
    settings: resolveCheckSettings(checks, configSchema.parse({})),
    evaluated: new Set(evaluated),
    findings,
    domainsWithFiles: new Set<Domain>(['compose']),
    toolVersion: '0.0.0-test',
    generatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

describe('computeReadiness', () => {
  test('score is the passing weight over the applicable weight (error 3, warning 2, info 1)', () => {
    const checks = [check('compose/a', 'error'), check('compose/b', 'warning'), check('compose/c', 'info'), check('compose/d', 'warning')];
    // b fails (2 of 8 weight), d is not applicable: 4 of 6 pass weight.
    const report = computeReadiness(input(checks, [finding('compose/b', 'warning')], ['compose/a', 'compose/b', 'compose/c']));
    expect(report.total).toBe(3);
    expect(report.passed).toBe(2);
    expect(report.failed).toBe(1);
    expect(report.notApplicable).toBe(1);
    expect(report.score).toBe(66.7);
    expect(report.grade).toBe('D');
    expect(report.checks.find((c) => c.id === 'compose/d')?.status).toBe('not-applicable');
    expect(readinessReportSchema.parse(report)).toEqual(report);
  });

  test('a failing check weighs by its most severe finding; path overrides can lower it', () => {
    const checks = [check('compose/a', 'error'), check('compose/b', 'warning')];
    const report = computeReadiness(input(checks, [finding('compose/a', 'info', 3), finding('compose/a', 'info', 9)], ['compose/a', 'compose/b']));
    const a = report.checks.find((c) => c.id === 'compose/a')!;
    expect(a).toMatchObject({ status: 'fail', severity: 'info', weight: 1, findings: 2, line: 3 });
    expect(report.score).toBe(66.7); // 2 of 3
    expect(report.blockers).toEqual([]);
  });

  test('error findings and every secret are blockers; core checks block but are not scored', () => {
    const checks = [check('compose/a', 'error'), check('core/parse-error', 'error', 'engine'), check(SECRETS_CHECK_ID, 'error', 'engine')];
    const secret: Finding = { ...finding('secrets/github-pat', 'error', 7), file: '.env', message: 'GitHub token: ghp_…(40 chars)' };
    const report = computeReadiness(
      input(checks, [finding('compose/a', 'error', 2), finding('core/parse-error', 'error', 5)], ['compose/a'], { secrets: [secret] }),
    );
    expect(report.blockers.map((b) => `${b.checkId}@${b.file}:${b.line}`)).toEqual([
      `${SECRETS_CHECK_ID}@.env:7`,
      'compose/a@docker-compose.yml:2',
      'core/parse-error@docker-compose.yml:5',
    ]);
    expect(report.checks.map((c) => c.id)).toEqual(['compose/a', SECRETS_CHECK_ID]);
    expect(report.categories.find((c) => c.id === 'secrets')).toMatchObject({ score: 0, failed: 1, total: 1 });
  });

  test('the secrets check does not apply when the scanner did not run, and passes when it found nothing', () => {
    const checks = [check(SECRETS_CHECK_ID, 'error', 'engine')];
    expect(computeReadiness(input(checks, [], [])).checks[0].status).toBe('not-applicable');
    expect(computeReadiness(input(checks, [], [], { secrets: [] })).checks[0].status).toBe('pass');
  });

  test('checks reported by the engine apply when their domain has files', () => {
    const checks = [check('compose/interp', 'error', 'engine'), check('kubernetes/schema', 'error', 'engine')];
    const report = computeReadiness(input(checks, [], []));
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['compose/interp', 'pass'],
      ['kubernetes/schema', 'not-applicable'],
    ]);
  });

  test('checks turned off are not part of the score at all', () => {
    const checks = [check('compose/a', 'error'), check('compose/b', 'warning')];
    const settings = resolveCheckSettings(checks, configSchema.parse({}));
    settings.set('compose/b', { ...settings.get('compose/b')!, enabled: false });
    const report = computeReadiness({ ...input(checks, [finding('compose/b', 'warning')], ['compose/a', 'compose/b']), settings });
    expect(report.checks.map((c) => c.id)).toEqual(['compose/a']);
    expect(report.score).toBe(100);
  });

  test('a category with no applicable check has no score; an empty repository scores 100', () => {
    const report = computeReadiness(input([check('compose/a', 'error')], [], []));
    expect(report.categories.every((c) => c.score === null && c.grade === null)).toBe(true);
    expect(report.score).toBe(100);
  });

  test.each([
    [90, 'A'],
    [89.9, 'B'],
    [80, 'B'],
    [79.9, 'C'],
    [70, 'C'],
    [60, 'D'],
    [59.9, 'F'],
    [0, 'F'],
  ])('grade of %p is %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});

describe('scoreRepository', () => {
  test('a missing healthcheck fails its check in Compose resilience; adding one raises the score', async () => {
    const service = (extra: string) => `services:\n  mcp-memory:\n    image: ghcr.io/acme/mcp-memory:1.2.3\n    restart: unless-stopped\n${extra}`;
    const repo = tempRepo({ 'docker-compose.yml': service('') });
    try {
      const config = configSchema.parse({});
      const before = (await scoreRepository({ root: repo.root, config, secrets: [], toolVersion: 't', now: new Date(0) })).report;
      const failing = before.checks.find((c) => c.id === 'compose/healthcheck-missing')!;
      expect(failing).toMatchObject({ status: 'fail', category: 'compose', file: 'docker-compose.yml', line: 2 });
      repo.write(
        'docker-compose.yml',
        service(
          '    healthcheck:\n      test: ["CMD", "wget", "-q", "-O-", "http://127.0.0.1:8503/health"]\n      interval: 30s\n      timeout: 5s\n      retries: 3\n',
        ),
      );
      const after = (await scoreRepository({ root: repo.root, config, secrets: [], toolVersion: 't', now: new Date(0) })).report;
      expect(after.checks.find((c) => c.id === 'compose/healthcheck-missing')?.status).toBe('pass');
      expect(after.score).toBeGreaterThan(before.score);
      expect(after.categories.find((c) => c.id === 'compose')!.score!).toBeGreaterThan(before.categories.find((c) => c.id === 'compose')!.score!);
      expect(after.commit).toBeNull();
    } finally {
      repo.cleanup();
    }
  });
});
