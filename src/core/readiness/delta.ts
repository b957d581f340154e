/** What a change does to readiness: the head's report against its merge base's. */
import type { CategoryScore, CheckResult, Grade, ReadinessReport } from './report-schema';

export interface CategoryDelta {
  id: CategoryScore['id'];
  title: string;
  from: number | null;
  to: number | null;
  /** to - from, one decimal; null when either side has no applicable check. */
  delta: number | null;
}

export interface ReadinessDelta {
  baseCommit: string | null;
  baseScore: number;
  baseGrade: Grade;
  /** Head score minus base score, one decimal. */
  delta: number;
  categories: CategoryDelta[];
  /** Failing at head, not failing at the base (passing, not applicable or new). */
  newlyFailing: CheckResult[];
  /** Failing at the base, passing at head. */
  newlyFixed: CheckResult[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function compareReadiness(head: ReadinessReport, base: ReadinessReport): ReadinessDelta {
  const baseChecks = new Map(base.checks.map((c) => [c.id, c]));
  const baseCategories = new Map(base.categories.map((c) => [c.id, c]));
  return {
    baseCommit: base.commit,
    baseScore: base.score,
    baseGrade: base.grade,
    delta: round1(head.score - base.score),
    categories: head.categories.map((c) => {
      const from = baseCategories.get(c.id)?.score ?? null;
      return { id: c.id, title: c.title, from, to: c.score, delta: from === null || c.score === null ? null : round1(c.score - from) };
    }),
    newlyFailing: head.checks.filter((c) => c.status === 'fail' && baseChecks.get(c.id)?.status !== 'fail'),
    newlyFixed: head.checks.filter((c) => c.status === 'pass' && baseChecks.get(c.id)?.status === 'fail'),
  };
}
