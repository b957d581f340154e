/** Whether a readiness report passes: no blockers, the score clears the bar, every category its minimum. */
import { UserError } from '../errors';
import type { ReadinessCategory } from './categories';
import type { ReadinessReport } from './report-schema';

export interface ReadinessThresholds {
  failUnder: number;
  minimums: Partial<Record<ReadinessCategory, number>>;
}

export interface GateVerdict {
  passed: boolean;
  /** Why it failed, one sentence each. */
  reasons: string[];
}

/** A fail-under as an input or flag gives it (undefined: not given); `name` is how errors call it (`--fail-under`). */
export function parseFailUnder(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const failUnder = Number(text);
  if (!Number.isFinite(failUnder) || failUnder < 0 || failUnder > 100) throw new UserError(`${name}: expected a score from 0 to 100, got "${text}"`);
  return failUnder;
}

/** The bar of a run: a fail-under and category minimums given as inputs or flags override stackgate.yml's readiness settings. */
export function readinessThresholds(configured: ReadinessThresholds, given: Partial<ReadinessThresholds> = {}): ReadinessThresholds {
  return { failUnder: given.failUnder ?? configured.failUnder, minimums: { ...configured.minimums, ...given.minimums } };
}

export function evaluateReadiness(report: ReadinessReport, thresholds: ReadinessThresholds): GateVerdict {
  const reasons: string[] = [];
  if (report.blockers.length) {
    const secrets = report.blockers.filter((b) => b.checkId === 'secrets/committed-secrets').length;
    const parts = [
      secrets ? `${secrets} secret${secrets === 1 ? '' : 's'}` : '',
      report.blockers.length - secrets ? `${report.blockers.length - secrets} error finding${report.blockers.length - secrets === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    reasons.push(`${report.blockers.length} blocker${report.blockers.length === 1 ? '' : 's'} (${parts.join(', ')}) fail the check whatever the score`);
  }
  if (report.score < thresholds.failUnder) reasons.push(`score ${report.score} is under fail-under ${thresholds.failUnder}`);
  for (const [id, min] of Object.entries(thresholds.minimums) as [ReadinessCategory, number][]) {
    const category = report.categories.find((c) => c.id === id);
    if (category?.score !== null && category?.score !== undefined && category.score < min)
      reasons.push(`${category.title} scores ${category.score}, under its minimum ${min}`);
  }
  return { passed: reasons.length === 0, reasons };
}

/** `containerization=80,secrets=100` (action input / CLI flag) -> minimums. */
export function parseMinimums(text: string, knownCategories: readonly string[]): { minimums: Partial<Record<ReadinessCategory, number>>; errors: string[] } {
  const minimums: Partial<Record<ReadinessCategory, number>> = {};
  const errors: string[] = [];
  for (const part of text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z-]+)\s*[=:]\s*(\d+(?:\.\d+)?)$/.exec(part);
    if (!m) {
      errors.push(`"${part}": expected <category>=<score>`);
      continue;
    }
    if (!knownCategories.includes(m[1])) {
      errors.push(`"${m[1]}": unknown category (known: ${knownCategories.join(', ')})`);
      continue;
    }
    const value = Number(m[2]);
    if (value > 100) errors.push(`"${part}": a score is between 0 and 100`);
    else minimums[m[1] as ReadinessCategory] = value;
  }
  return { minimums, errors };
}
