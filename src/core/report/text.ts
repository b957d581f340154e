/**
 * Terminal output in the style of ESLint's "stylish" formatter: findings grouped under their file,
 * aligned `line:col  severity  message  check-id` columns, and a closing summary line.
 */
import { styleText } from 'node:util';
import type { Finding, Severity } from '../findings';
import { describeCoverage, describeProblems, sortFindings, visibleEnvironments, type ValidateSummary } from './summary';

export interface TextOptions {
  color: boolean;
  summary: ValidateSummary;
}

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

export function renderText(findings: Finding[], options: TextOptions): string {
  const paint = (style: Style, text: string): string =>
    // validateStream: false: the caller decided about colour (TTY, NO_COLOR, --color); don't re-check stdout here.
    options.color && text ? styleText(style, text, { validateStream: false }) : text;
  const sorted = sortFindings(findings);
  const out: string[] = [];

  const byFile = new Map<string, Finding[]>();
  for (const f of sorted) {
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
    const messageWidth = Math.max(...rows.map((r) => r.message.length));
    for (const r of rows) {
      const position = paint('dim', `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`);
      const severity = paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(severityWidth));
      const message = r.message.padEnd(messageWidth);
      out.push(`  ${position}  ${severity}  ${message}  ${paint('dim', r.checkId)}`);
    }
    out.push('');
  }

  const coverage = describeCoverage(options.summary);
  const problems = describeProblems(sorted);
  if (problems) {
    const hasErrors = sorted.some((f) => f.severity === 'error');
    const hasWarnings = sorted.some((f) => f.severity === 'warning');
    const style: Style = hasErrors ? ['red', 'bold'] : hasWarnings ? ['yellow', 'bold'] : ['blue', 'bold'];
    out.push(`${paint(style, `✖ ${problems}`)} — ${coverage}`);
  } else {
    out.push(`${paint(['green', 'bold'], '✔ no problems')} — ${coverage}`);
  }
  return `${out.join('\n')}\n`;
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
