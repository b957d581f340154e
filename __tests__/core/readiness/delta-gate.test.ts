import { compareReadiness } from '../../../src/core/readiness/delta';
import { evaluateReadiness, parseFailUnder, parseMinimums, readinessThresholds } from '../../../src/core/readiness/gate';
import type { CheckResult, ReadinessReport } from '../../../src/core/readiness/report-schema';
import { READINESS_CATEGORIES } from '../../../src/core/checks/types';
import { computeReadiness } from '../../../src/core/readiness/score';
import { defineCheck, type AnyCheck } from '../../../src/core/checks/types';
import { configSchema } from '../../../src/core/config/schema';
import { resolveCheckSettings } from '../../../src/core/validate/settings';
import type { Finding } from '../../../src/core/findings';

const checks: AnyCheck[] = ['compose/a', 'compose/b', 'dockerfile/c', 'docs/d'].map(
  (id) =>
    defineCheck({
      id,
      target: 'repository',
      meta: { title: id, category: 'reliability', severity: 'warning', rationale: 'r', remediation: 'f', messages: { m: 'm' } },
      check() {},
    }) as AnyCheck,
);
const fail = (checkId: string): Finding => ({
  checkId,
  severity: 'warning',
  category: 'reliability',
  message: `${checkId} fails`,
  file: 'x.yml',
  line: 1,
  column: 1,
});
function report(failing: string[], evaluated = checks.map((c) => c.id)): ReadinessReport {
  return computeReadiness({
    checks,
    settings: resolveCheckSettings(checks, configSchema.parse({})),
    evaluated: new Set(evaluated),
    findings: failing.map(fail),
    domainsWithFiles: new Set(),
    toolVersion: 't',
    generatedAt: 'now',
    commit: 'a'.repeat(40),
  });
}

describe('compareReadiness', () => {
  test('overall and per-category change, newly failing and newly fixed checks', () => {
    const base = report(['compose/a', 'dockerfile/c']);
    const head = report(['compose/b', 'dockerfile/c']);
    const delta = compareReadiness(head, base);
    expect(delta.delta).toBe(0);
    expect(delta.newlyFailing.map((c: CheckResult) => c.id)).toEqual(['compose/b']);
    expect(delta.newlyFixed.map((c: CheckResult) => c.id)).toEqual(['compose/a']);
    expect(delta.categories.find((c) => c.id === 'compose')).toMatchObject({ from: 50, to: 50, delta: 0 });
    expect(delta.categories.find((c) => c.id === 'kubernetes')).toMatchObject({ from: null, to: null, delta: null });
  });

  test('a check that did not apply at the base and fails now is newly failing; the score drops', () => {
    const base = report([], ['compose/a', 'compose/b', 'dockerfile/c']);
    const head = report(['docs/d']);
    const delta = compareReadiness(head, base);
    expect(delta.newlyFailing.map((c) => c.id)).toEqual(['docs/d']);
    expect(delta.delta).toBe(-25);
    expect(delta.categories.find((c) => c.id === 'docs')).toMatchObject({ from: null, to: 0, delta: null });
  });
});

describe('evaluateReadiness', () => {
  test('passes without blockers above the thresholds', () => {
    expect(evaluateReadiness(report(['compose/a']), { failUnder: 75, minimums: {} })).toEqual({ passed: true, reasons: [] });
  });
  test('fails under fail-under and under a category minimum, with one reason each', () => {
    const verdict = evaluateReadiness(report(['compose/a', 'compose/b']), { failUnder: 60, minimums: { compose: 10, dockerfile: 10 } as never });
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons).toEqual(['score 50 is under fail-under 60', 'Compose resilience scores 0, under its minimum 10']);
  });
  test('blockers fail whatever the score', () => {
    const r = report([]);
    const verdict = evaluateReadiness(
      { ...r, blockers: [{ checkId: 'secrets/committed-secrets', file: '.env', line: 1, message: 'x' }] },
      { failUnder: 0, minimums: {} },
    );
    expect(verdict).toEqual({ passed: false, reasons: ['1 blocker (1 secret) fail the check whatever the score'] });
  });
});

describe('parseMinimums', () => {
  test('reads category=score lists separated by commas or lines', () => {
    expect(parseMinimums('secrets=100, monitoring: 70\ncicd=50.5', READINESS_CATEGORIES)).toEqual({
      minimums: { secrets: 100, monitoring: 70, cicd: 50.5 },
      errors: [],
    });
  });
  test('names every bad entry', () => {
    const { errors } = parseMinimums('secret=100,monitoring=170,oops', READINESS_CATEGORIES);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('unknown category');
    expect(errors[1]).toContain('between 0 and 100');
    expect(errors[2]).toContain('expected <category>=<score>');
  });
});

describe('parseFailUnder', () => {
  test('a score from 0 to 100; not given is undefined', () => {
    expect(parseFailUnder('80', '--fail-under')).toBe(80);
    expect(parseFailUnder('0', '--fail-under')).toBe(0);
    expect(parseFailUnder(undefined, '--fail-under')).toBeUndefined();
  });
  test.each(['eighty', '120', '-1', 'Infinity'])('"%s" is an error naming the input', (text) => {
    expect(() => parseFailUnder(text, 'input "fail-under"')).toThrow(`input "fail-under": expected a score from 0 to 100, got "${text}"`);
  });
});

describe('readinessThresholds', () => {
  test("what the input or flag gives replaces stackgate.yml's, minimum by minimum", () => {
    const configured = { failUnder: 70, minimums: { secrets: 100, monitoring: 50 } };
    expect(readinessThresholds(configured)).toEqual(configured);
    expect(readinessThresholds(configured, { minimums: { monitoring: 80 } })).toEqual({ failUnder: 70, minimums: { secrets: 100, monitoring: 80 } });
    expect(readinessThresholds(configured, { failUnder: 0, minimums: {} })).toEqual({ failUnder: 0, minimums: { secrets: 100, monitoring: 50 } });
  });
});
