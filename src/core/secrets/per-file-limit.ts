/**
 * At most MAX_FINDINGS_PER_FILE findings of one file are listed; the rest of that file become one
 * counted note, listed with the findings so that every output shows it (text, JSON, SARIF, JUnit,
 * Markdown, annotations, the readiness report). A generated or hostile file (a credentials dump, a
 * fixture of 100,000 fake tokens) then costs every output the same few lines, and the count keeps
 * the verdict honest: the file still fails, and the note says how much more there is.
 */
import type { SecretFinding } from './scan';

export const MAX_FINDINGS_PER_FILE = 1000;

/** The rule id of the note (not a detector: nothing matches it, and it cannot be suppressed). */
export const FINDINGS_LIMIT_ID = 'findings-per-file-limit';

export interface OmittedFindings {
  file: string;
  /** Findings of the file past the limit. */
  count: number;
  limit: number;
}

/** The first `limit` findings of each file (in the order given), and how many each file had beyond. */
export function limitPerFile<T extends { file: string }>(findings: readonly T[], limit = MAX_FINDINGS_PER_FILE): { listed: T[]; omitted: OmittedFindings[] } {
  const perFile = new Map<string, number>();
  const listed: T[] = [];
  for (const f of findings) {
    const n = (perFile.get(f.file) ?? 0) + 1;
    perFile.set(f.file, n);
    if (n <= limit) listed.push(f);
  }
  const omitted = [...perFile].filter(([, n]) => n > limit).map(([file, n]) => ({ file, count: n - limit, limit }));
  return { listed, omitted };
}

export function describeOmitted(o: OmittedFindings): string {
  return `${o.count} more finding${o.count === 1 ? '' : 's'} in ${o.file} not listed (limit ${o.limit} per file)`;
}

/** The note as an entry of the findings list: the file's line 1, no value, the count in its message. */
export function omittedNote(o: OmittedFindings): SecretFinding {
  return {
    ruleId: FINDINGS_LIMIT_ID,
    provider: 'stackgate',
    description: describeOmitted(o),
    file: o.file,
    line: 1,
    column: 1,
    endColumn: 1,
    redacted: '',
    omitted: o.count,
  };
}
