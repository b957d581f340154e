/** What a validate run covered, and the words every renderer uses to describe its findings. */
import { compareFindings, countFindings, severityRank, type Finding, type FindingCounts } from '../findings';

export interface ValidateSummary {
  filesChecked: number;
  stacks?: number;
  durationMs?: number;
  /**
   * Every environment the run validated. A finding produced in all of them is shown without an
   * environment tag; without this list every finding's environments are shown.
   */
  environments?: readonly string[];
}

/** A sorted copy: file, line, column, check id, message. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** A sorted copy with errors first, then warnings, then info; each in file order. */
export function sortFindingsBySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b));
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `3 errors, 7 warnings, 2 info` */
export function describeCounts(counts: FindingCounts): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

/** `12 problems (3 errors, 7 warnings, 2 info) in 9 files`, or undefined when there are none. */
export function describeProblems(findings: readonly Finding[]): string | undefined {
  if (!findings.length) return undefined;
  const files = new Set(findings.map((f) => f.file)).size;
  return `${plural(findings.length, 'problem')} (${describeCounts(countFindings(findings))}) in ${plural(files, 'file')}`;
}

/** `41 files and 3 stacks checked in 1.2s` */
export function describeCoverage(summary: ValidateSummary): string {
  const what =
    summary.stacks !== undefined ? `${plural(summary.filesChecked, 'file')} and ${plural(summary.stacks, 'stack')}` : plural(summary.filesChecked, 'file');
  const duration = summary.durationMs !== undefined ? ` in ${formatDuration(summary.durationMs)}` : '';
  return `${what} checked${duration}`;
}

/** `850ms`, `1.2s`, `2m 5s` */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '0ms';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}

/** The environments worth showing for a finding: none when it applies to every environment of the run. */
export function visibleEnvironments(finding: Finding, summary: Pick<ValidateSummary, 'environments'>): string[] {
  const envs = finding.environments ?? [];
  if (!envs.length) return [];
  const all = summary.environments;
  if (all && all.length && all.every((e) => envs.includes(e))) return [];
  return [...envs];
}
