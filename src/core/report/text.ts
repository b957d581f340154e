/**
 * Terminal output in the style of ESLint's "stylish" formatter: findings grouped under their file,
 * aligned `line:col  severity` columns followed by the message and the check id, a rollup of the
 * checks that fired (count, first location), and a closing summary line.
 *
 * With a `width` (the terminal's columns) a long message wraps under itself; without one (output
 * to a pipe or a file) every finding stays on one line, so grep and diff see whole findings.
 */
import { styleText } from 'node:util';
import { isAtLeast, severityRank, type Finding, type Severity } from '../findings';
import { wrapWords } from './wrap-words';
import { describeCoverage, describeProblems, plural, sortFindings, visibleEnvironments, type ValidateSummary } from './summary';

export interface TextOptions {
  color: boolean;
  summary: ValidateSummary;
  /** Findings below this severity are left out of the listing and the rollup (still counted in the summary line). */
  minSeverity?: Severity;
  /** Columns to wrap at (a terminal's width); none: one line per finding, however long. */
  width?: number;
}

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

export function renderText(findings: Finding[], options: TextOptions): string {
  const paint = (style: Style, text: string): string =>
    // validateStream: false: the caller decided about colour (TTY, NO_COLOR, --color); don't re-check stdout here.
    options.color && text ? styleText(style, text, { validateStream: false }) : text;
  const sorted = sortFindings(findings);
  const min = options.minSeverity;
  const shown = min ? sorted.filter((f) => isAtLeast(f.severity, min)) : sorted;
  const out: string[] = [];

  const byFile = new Map<string, Finding[]>();
  for (const f of shown) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }

  for (const [file, list] of byFile) {
    out.push(paint('underline', printable(file)));
    const rows = list.map((f) => {
      const envs = visibleEnvironments(f, options.summary);
      return {
        severity: f.severity,
        line: String(f.line),
        column: String(f.column),
        message: printable(f.message) + (envs.length ? ` [${envs.map(printable).join(', ')}]` : ''),
        checkId: printable(f.checkId),
      };
    });
    const lineWidth = Math.max(...rows.map((r) => r.line.length));
    const columnWidth = Math.max(...rows.map((r) => r.column.length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    // `  line:col  severity  `: continuation lines of a wrapped message start under the message.
    const indent = 2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2;
    for (const r of rows) {
      const position = paint('dim', `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`);
      const severity = paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(severityWidth));
      const lines = wrapWords(`${r.message}  ${r.checkId}`, options.width === undefined ? undefined : options.width - indent);
      const last = lines.length - 1;
      // The check id ends the last line, whole.
      lines[last] = `${lines[last].slice(0, lines[last].length - r.checkId.length)}${paint('dim', r.checkId)}`;
      out.push(`  ${position}  ${severity}  ${lines[0]}`, ...lines.slice(1).map((l) => `${' '.repeat(indent)}${l}`));
    }
    out.push('');
  }

  if (shown.length) out.push(...renderRollup(shown, paint), '');

  const coverage = describeCoverage(options.summary);
  const problems = describeProblems(sorted);
  const hidden = sorted.length - shown.length;
  const notShown = hidden && min ? `, ${hidden} below ${min} not shown` : '';
  if (problems) {
    const hasErrors = sorted.some((f) => f.severity === 'error');
    const hasWarnings = sorted.some((f) => f.severity === 'warning');
    const style: Style = hasErrors ? ['red', 'bold'] : hasWarnings ? ['yellow', 'bold'] : ['blue', 'bold'];
    out.push(`${paint(style, `✖ ${problems}`)}${notShown} — ${coverage}`);
  } else {
    out.push(`${paint(['green', 'bold'], '✔ no problems')} — ${coverage}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * "Findings by check": each check that fired, most severe first and then the most frequent, with its count
 * and its first location (the order of the listing above).
 */
function renderRollup(findings: readonly Finding[], paint: (style: Style, text: string) => string): string[] {
  const byCheck = new Map<string, { checkId: string; count: number; severity: Severity; first: Finding }>();
  for (const f of findings) {
    const entry = byCheck.get(f.checkId);
    if (!entry) byCheck.set(f.checkId, { checkId: f.checkId, count: 1, severity: f.severity, first: f });
    else {
      entry.count++;
      if (isAtLeast(f.severity, entry.severity)) entry.severity = f.severity;
    }
  }
  const entries = [...byCheck.values()].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || b.count - a.count || a.checkId.localeCompare(b.checkId),
  );
  const countWidth = Math.max(...entries.map((e) => String(e.count).length));
  const severityWidth = Math.max(...entries.map((e) => e.severity.length));
  const idWidth = Math.max(...entries.map((e) => printable(e.checkId).length));
  return [
    `Findings by check (${plural(entries.length, 'check')}; count, first location)`,
    ...entries.map(
      (e) =>
        `  ${String(e.count).padStart(countWidth)}  ${paint(SEVERITY_STYLE[e.severity], e.severity.padEnd(severityWidth))}  ${printable(e.checkId).padEnd(idWidth)}  ${paint('dim', `${printable(e.first.file)}:${e.first.line}:${e.first.column}`)}`,
    ),
  ];
}

/**
 * One terminal-safe line: newlines and tabs become spaces, other control characters and
 * bidirectional overrides become visible escapes, so a file's content can't drive the terminal.
 */
export function printable(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
