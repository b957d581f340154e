/**
 * Inline suppressions: `# stackgate-ignore <check-id>: <reason>` on the line of a finding or on
 * its own line just above it; `# stackgate-ignore-file <check-id>: <reason>` for a whole file.
 * Secret findings use `secrets:<rule-id>` as the id (`# stackgate-ignore secrets:generic-url-credentials test fixture`).
 * `//`, `<!-- -->` and `/* *\/` comments work too.
 * A reason is required: a suppression without one, or naming an unknown check, suppresses nothing
 * and is itself reported.
 */
export interface Suppression {
  checkId: string;
  reason: string;
  /** The comment's own line. */
  line: number;
  column: number;
  /** The lines it applies to; empty for file-wide. */
  appliesTo: number[];
  fileWide: boolean;
}

export interface InvalidSuppression {
  line: number;
  column: number;
  problem: 'missing-reason' | 'unknown-check';
  checkId: string;
}

// `stackgate-ignore <check-id>: <reason>` or, for the secret scanner, `stackgate-ignore secrets:<rule-id> <reason>`.
const DIRECTIVE = /(?:#|\/\/|<!--|\/\*)\s*stackgate-ignore(-file)?\b[ \t]*(secrets:[A-Za-z0-9-]+|[^\s:]*)[ \t]*:?[ \t]*(.*?)\s*(?:-->|\*\/)?$/;

/**
 * @param knownIds ids a suppression may name (check ids, and `secrets:<rule-id>`)
 * @param prefix only directives whose id starts with it are considered (the secret scanner passes `secrets:`)
 */
export function parseSuppressions(text: string, knownIds: ReadonlySet<string>, prefix = ''): { suppressions: Suppression[]; invalid: InvalidSuppression[] } {
  const suppressions: Suppression[] = [];
  const invalid: InvalidSuppression[] = [];
  if (!text.includes('stackgate-ignore')) return { suppressions, invalid };
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    const lineNo = i + 1;
    const column = (m.index ?? 0) + 1;
    const fileWide = !!m[1];
    const checkId = m[2] ?? '';
    if (prefix && !checkId.startsWith(prefix)) return;
    const reason = (m[3] ?? '').trim();
    if (!checkId || !knownIds.has(checkId)) {
      invalid.push({ line: lineNo, column, problem: 'unknown-check', checkId });
      return;
    }
    if (!reason) {
      invalid.push({ line: lineNo, column, problem: 'missing-reason', checkId });
      return;
    }
    const ownLine = raw.slice(0, m.index).trim() === '';
    let appliesTo: number[] = [lineNo];
    if (ownLine && !fileWide) {
      // A comment on its own line covers the next line that is not a comment or blank.
      let j = i + 1;
      while (j < lines.length && /^\s*(#|\/\/|$)/.test(lines[j])) j++;
      appliesTo = j < lines.length ? [lineNo, j + 1] : [lineNo];
    }
    suppressions.push({ checkId, reason, line: lineNo, column, appliesTo: fileWide ? [] : appliesTo, fileWide });
  });
  return { suppressions, invalid };
}

export function isSuppressed(suppressions: readonly Suppression[], checkId: string, line: number): boolean {
  return suppressions.some((s) => s.checkId === checkId && (s.fileWide || s.appliesTo.includes(line)));
}
