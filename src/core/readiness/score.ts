/**
 * The readiness score: every check passes, fails or is not applicable; passing weight over
 * applicable weight, overall and per category; blockers listed beside the number.
 * Documented in docs/readiness.md; the JSON shape is `ReadinessReport` (report-schema.ts).
 */
import { domainOf, isEngineCheck, type AnyCheck, type Domain } from '../checks/types';
import { compareFindings, severityRank, type Finding, type Severity } from '../findings';
import type { CheckSettings } from '../validate/settings';
import { READINESS_CATEGORIES, READINESS_TITLES, type ReadinessCategory } from './categories';
import { readinessCategoryOf } from './check-category';
import type { Blocker, CategoryScore, CheckResult, Grade, ReadinessReport } from './report-schema';

export const SEVERITY_WEIGHTS: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
export const SECRETS_CHECK_ID = 'secrets/committed-secrets';
/** Locations kept per failing check in the report (the count is always exact). */
export const MAX_LOCATIONS = 50;

export function gradeOf(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 80) return 'B';
  if (score >= 70) return 'C';
  if (score >= 60) return 'D';
  return 'F';
}

export interface ReadinessInput {
  checks: readonly AnyCheck[];
  settings: CheckSettings;
  /** Checks that looked at something (validate's `evaluated`). */
  evaluated: ReadonlySet<string>;
  /** Findings of validate in repository scope. */
  findings: readonly Finding[];
  /** Domains with files in the repository: checks the engine reports itself apply to these. */
  domainsWithFiles: ReadonlySet<Domain>;
  /** The secret scanner's findings over the tree (already redacted); undefined when it did not run. */
  secrets?: readonly Finding[];
  commit?: string;
  toolVersion: string;
  generatedAt: string;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function computeReadiness(input: ReadinessInput): ReadinessReport {
  const byCheck = new Map<string, Finding[]>();
  for (const f of input.findings) byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
  if (input.secrets?.length) {
    byCheck.set(
      SECRETS_CHECK_ID,
      input.secrets.map((f) => ({ ...f, checkId: SECRETS_CHECK_ID, messageId: 'found', severity: 'error' as const })),
    );
  }

  const results: CheckResult[] = [];
  const blockers: Blocker[] = [];
  for (const check of input.checks) {
    const setting = input.settings.get(check.id);
    if (!setting?.enabled) continue;
    const category = readinessCategoryOf(check);
    const findings = (byCheck.get(check.id) ?? []).slice().sort(compareFindings);
    // Blockers come from every check, scored or not (a file that does not parse blocks).
    for (const f of findings) {
      if (f.severity === 'error' || check.id === SECRETS_CHECK_ID) blockers.push({ checkId: check.id, file: f.file, line: f.line, message: f.message });
    }
    if (!category) continue;
    const applicable = findings.length > 0 || isApplicable(check, input);
    const severity = findings.length
      ? findings.reduce<Severity>((s, f) => (severityRank(f.severity) > severityRank(s) ? f.severity : s), 'info')
      : effectiveSeverity(check, setting.severity);
    const first = findings[0];
    results.push({
      id: check.id,
      title: check.meta.title,
      category,
      severity,
      weight: SEVERITY_WEIGHTS[severity],
      status: !applicable ? 'not-applicable' : findings.length ? 'fail' : 'pass',
      findings: findings.length,
      ...(first ? { file: first.file, line: first.line, message: first.message } : {}),
      locations: findings.slice(0, MAX_LOCATIONS).map((f) => ({ file: f.file, line: f.line, message: f.message, severity: f.severity })),
    });
  }

  const categories: CategoryScore[] = READINESS_CATEGORIES.map((id) =>
    summarize(
      id,
      results.filter((r) => r.category === id),
    ),
  );
  const overall = summarize(undefined, results);
  return {
    schema: 'https://stackgate.dev/schemas/readiness-report/v1',
    tool: { name: 'stackgate', version: input.toolVersion },
    commit: input.commit ?? null,
    generatedAt: input.generatedAt,
    score: overall.score ?? 100,
    grade: gradeOf(overall.score ?? 100),
    passed: overall.passed,
    failed: overall.failed,
    notApplicable: overall.notApplicable,
    total: overall.total,
    categories,
    blockers: blockers.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
    secretsScanned: input.secrets !== undefined,
    checks: results,
  };
}

function effectiveSeverity(check: AnyCheck, configured: Severity | 'off'): Severity {
  return configured === 'off' ? check.meta.severity : configured;
}

function isApplicable(check: AnyCheck, input: ReadinessInput): boolean {
  if (check.id === SECRETS_CHECK_ID) return input.secrets !== undefined;
  if (isEngineCheck(check)) return input.domainsWithFiles.has(domainOf(check.id));
  return input.evaluated.has(check.id);
}

function summarize(id: ReadinessCategory | undefined, results: readonly CheckResult[]): CategoryScore {
  const applicable = results.filter((r) => r.status !== 'not-applicable');
  const weight = applicable.reduce((n, r) => n + r.weight, 0);
  const passedWeight = applicable.filter((r) => r.status === 'pass').reduce((n, r) => n + r.weight, 0);
  const score = weight ? round1((100 * passedWeight) / weight) : null;
  return {
    id: id ?? 'overall',
    title: id ? READINESS_TITLES[id] : 'Overall',
    score,
    grade: score === null ? null : gradeOf(score),
    passed: applicable.filter((r) => r.status === 'pass').length,
    failed: applicable.filter((r) => r.status === 'fail').length,
    notApplicable: results.length - applicable.length,
    total: applicable.length,
  };
}
