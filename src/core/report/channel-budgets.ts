/**
 * What each GitHub channel can hold, and how a report is cut to fit it. Whatever does not fit is
 * counted, so the channel can say how much more there is and where it is.
 */
import { compareFindings, SEVERITIES, severityRank, type Finding, type Severity } from '../findings';

/**
 * GitHub shows this many annotations of each level of a step: 10 errors, 10 warnings and 10 notices
 * (and 50 of a job). A step that prints more of a level loses the rest of that level only.
 */
export const ANNOTATION_LIMIT = 10;
/** Results of one SARIF run that code scanning accepts. */
export const SARIF_RESULT_LIMIT = 25_000;
/** GitHub rejects issue comments longer than this. */
export const COMMENT_LIMIT = 65_536;
/** GitHub drops a step's job summary larger than 1 MiB whole; leave room for other steps' output. */
export const SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;
/**
 * Characters (UTF-16 code units) of one step output. GitHub allows 1 MB for all outputs of a job,
 * counted in UTF-16 (2 bytes a unit): one output takes at most half of that, ~500 KB.
 */
export const OUTPUT_LIMIT = 250_000;
/** Characters of a name a server chose (a tool, resource or prompt, its own name and version) in a report. */
export const SERVER_NAME_LIMIT = 200;
/** Characters of one check message in a smoke report; messages quote server answers and errors. */
export const CHECK_MESSAGE_LIMIT = 2000;

/**
 * `text` in at most `maxChars` characters (for `maxChars` of 50 and more): the start, then a
 * counted note of what was left out. Never splits a surrogate pair.
 */
export function clipText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const note = (n: number) => `… (${n.toLocaleString('en-US')} more characters not shown)`;
  const kept = startOf(text, maxChars - note(text.length).length);
  return `${kept}${note(text.length - kept.length)}`;
}

/**
 * `text` in at most `maxBytes` UTF-8 bytes, cut at a line end, with a counted note of the lines
 * and characters left out and `whereTheRestIs` (a job summary: "the step log").
 */
export function fitBytes(text: string, maxBytes: number, whereTheRestIs: string): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - 500;
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  let used = 0;
  let kept = 0;
  while (kept < lines.length && used + Buffer.byteLength(lines[kept], 'utf8') + 1 <= budget) used += Buffer.byteLength(lines[kept++], 'utf8') + 1;
  // A first line longer than the budget: its start (a UTF-16 unit is at most 3 UTF-8 bytes).
  const shown = kept ? lines.slice(0, kept).join('\n') : startOf(lines[0], Math.floor(budget / 3));
  const left = text.length - shown.length;
  const omittedLines = lines.length - Math.max(kept, 1);
  return `${shown}\n\n> … ${omittedLines.toLocaleString('en-US')} more line${omittedLines === 1 ? '' : 's'} (${left.toLocaleString('en-US')} characters) not shown: this text is limited to ${maxBytes.toLocaleString('en-US')} bytes; ${whereTheRestIs}.\n`;
}

/** The first `chars` characters of `text`, one fewer rather than half a surrogate pair. */
function startOf(text: string, chars: number): string {
  const keep = Math.max(0, chars);
  const code = text.charCodeAt(keep - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? keep - 1 : keep);
}

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

export interface AnnotationSelection extends Selection<Finding> {
  /** How many of each severity were left out. */
  omittedBySeverity: Record<Severity, number>;
}

/**
 * The findings a step annotates: up to `perLevel` of each severity (GitHub counts errors, warnings
 * and notices apart), each level chosen as `selectMostSevere` chooses (changed lines first, then
 * file order). Errors come first, then warnings, then notices.
 */
export function selectAnnotations(findings: readonly Finding[], perLevel = ANNOTATION_LIMIT, changeRank?: (f: Finding) => number): AnnotationSelection {
  const shown: Finding[] = [];
  const omittedBySeverity = { error: 0, warning: 0, info: 0 } as Record<Severity, number>;
  for (const severity of [...SEVERITIES].sort((a, b) => severityRank(b) - severityRank(a))) {
    const level = selectMostSevere(
      findings.filter((f) => f.severity === severity),
      perLevel,
      changeRank,
    );
    shown.push(...level.shown);
    omittedBySeverity[severity] = level.omitted;
  }
  return { shown, omitted: findings.length - shown.length, omittedBySeverity };
}

/** Whether some severity has more findings than a step can annotate. */
export function exceedsAnnotationLimit(findings: readonly Finding[], perLevel = ANNOTATION_LIMIT): boolean {
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return [...counts.values()].some((n) => n > perLevel);
}
