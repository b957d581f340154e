/** Shared finding types: what every check reports and every output renders. */

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = Severity | 'off';

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

export interface SourcePosition {
  /** Repository-relative path with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding extends SourcePosition {
  checkId: string;
  /** Which of the check's messages this is (stable, for tests and integrations). */
  messageId?: string;
  severity: Severity;
  category: string;
  message: string;
  /** Environments whose effective stack produced this finding (Compose layering). */
  environments?: string[];
  /** Compose stack or Kubernetes object the finding belongs to. */
  subject?: string;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Stable order: file, line, column, check id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
