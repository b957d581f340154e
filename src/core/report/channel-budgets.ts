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
