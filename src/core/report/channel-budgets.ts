/**
 * What each GitHub channel can hold, and how a report is cut to fit it. Whatever does not fit is
 * counted, so the channel can say how much more there is and where it is.
 */
import { compareFindings, severityRank, type Finding } from '../findings';

/** GitHub shows this many annotations (workflow-command errors, warnings and notices) of a step. */
export const ANNOTATION_LIMIT = 10;
/** Results of one SARIF run that code scanning accepts. */
export const SARIF_RESULT_LIMIT = 25_000;
/** GitHub rejects issue comments longer than this. */
export const COMMENT_LIMIT = 65_536;
/** GitHub drops a step's job summary larger than 1 MiB whole; leave room for other steps' output. */
export const SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;

export interface Selection<T> {
  shown: T[];
  /** How many were left out. */
  omitted: number;
}

/**
 * The findings worth a channel's few places: those the change touched first (`changeRank`: 2 on a
 * changed line, 1 in a changed file, 0 elsewhere), then by severity, then in file order.
 */
export function selectMostSevere(findings: readonly Finding[], limit: number, changeRank?: (f: Finding) => number): Selection<Finding> {
  const rank = (f: Finding): number => (changeRank?.(f) ?? 0) * 10 + severityRank(f.severity);
  const ordered = [...findings].sort((a, b) => rank(b) - rank(a) || compareFindings(a, b));
  const shown = ordered.slice(0, Math.max(0, limit));
  return { shown, omitted: findings.length - shown.length };
}
