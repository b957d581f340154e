/**
 * The readiness report for people: a terminal text form and one Markdown form that serves the PR
 * comment (65,536 characters) and the job summary (1 MiB), where each check id links to its section
 * in docs/checks.md. Whatever a budget cannot hold is counted and pointed to, never dropped silently.
 */
import { READINESS_CATEGORIES } from './categories';
import { severityRank } from '../findings';
import { checkIdMarkdown, escapeCell, escapeInline } from '../report/markdown';
import type { ReadinessDelta } from './delta';
import type { GateVerdict } from './gate';
import type { CheckResult, ReadinessReport } from './report-schema';

import { COMMENT_LIMIT } from '../report/channel-budgets';

export function commentMarker(key: string): string {
  return `<!-- stackgate:${key} -->`;
}

export interface MarkdownOptions {
  delta?: ReadinessDelta;
  verdict?: GateVerdict;
  /** `https://github.com/<owner>/<repo>/blob/<head-sha>/`: file links; plain paths without it. */
  linkBase?: string;
  /** Hidden marker first line (the sticky comment). */
  marker?: string;
  /** Characters the output may use. */
  maxChars?: number;
  /** Where the complete report is (the job summary, an artifact): named in truncation notes. */
  fullReportHint?: string;
  /** Lines shown under the headline (e.g. why the base score is missing). */
  notes?: readonly string[];
}

const BLOCKERS_SHOWN = 25;

export function renderReadinessMarkdown(report: ReadinessReport, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? COMMENT_LIMIT;
  const hint = options.fullReportHint ?? 'the job summary and the JSON report (`stackgate score --format json`)';
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  head.push(
    `### ${statusIcon(report, options.verdict)} stackgate readiness: ${report.score}% · grade ${report.grade}${options.delta ? ` · ${arrow(options.delta.delta)} since ${commitRef(options.delta.baseCommit)}` : ''}`,
    '',
  );
  head.push(
    `**${report.passed} of ${report.total}** applicable checks pass · **${report.blockers.length} blocker${report.blockers.length === 1 ? '' : 's'}** · ${report.failed} failing · ${report.notApplicable} not applicable${report.secretsScanned ? '' : ' · secrets not scanned'}`,
    '',
  );
  if (options.verdict) {
    head.push(options.verdict.passed ? '✅ The readiness check passes.' : `❌ The readiness check fails: ${options.verdict.reasons.join('; ')}.`, '');
  }
  for (const note of options.notes ?? []) head.push(`> ${escapeInline(note)}`, '');

  if (report.blockers.length) {
    head.push('**Blockers** (they fail the check whatever the score):', '');
    for (const b of report.blockers.slice(0, BLOCKERS_SHOWN))
      head.push(`- ${checkIdMarkdown(b.checkId)} ${link(b.file, b.line, options.linkBase)}: ${escapeInline(b.message)}`);
    if (report.blockers.length > BLOCKERS_SHOWN) head.push(`- … and ${report.blockers.length - BLOCKERS_SHOWN} more blockers, listed in ${hint}`);
    head.push('');
  }

  head.push(
    `| Category | Score | ${options.delta ? 'Change | ' : ''}Passing | Failing | N/A |`,
    `| --- | ---: | ${options.delta ? '---: | ' : ''}---: | ---: | ---: |`,
  );
  for (const c of report.categories) {
    const d = options.delta?.categories.find((x) => x.id === c.id);
    const change = options.delta ? `${d?.delta === null || d?.delta === undefined ? '–' : arrow(d.delta)} | ` : '';
    head.push(`| ${c.title} | ${c.score === null ? '–' : `${c.score}% (${c.grade})`} | ${change}${c.passed} | ${c.failed} | ${c.notApplicable} |`);
  }
  head.push('');
  if (options.delta) {
    const { newlyFailing, newlyFixed } = options.delta;
    const ids = (list: readonly CheckResult[]): string =>
      list.length
        ? list
            .slice(0, 30)
            .map((c) => checkIdMarkdown(c.id))
            .join(', ') + (list.length > 30 ? `, … ${list.length - 30} more` : '')
        : 'none';
    head.push(`**Newly failing** (${newlyFailing.length}): ${ids(newlyFailing)}<br>**Newly fixed** (${newlyFixed.length}): ${ids(newlyFixed)}`, '');
  }

  const footer = [
    '',
    `<sub>stackgate ${report.tool.version}${report.commit ? ` · computed for ${report.commit.slice(0, 12)}` : ''} · score = weighted share of applicable checks that pass (error 3, warning 2, info 1)</sub>`,
    '',
  ];
  const headText = head.join('\n');
  const footText = footer.join('\n');

  // Failing checks, most severe first, grouped by category; as many rows as the budget holds.
  const failing = report.checks.filter((c) => c.status === 'fail');
  const newly = new Set(options.delta?.newlyFailing.map((c) => c.id) ?? []);
  const ranked = [...failing].sort(
    (a, b) => Number(newly.has(b.id)) - Number(newly.has(a.id)) || severityRank(b.severity) - severityRank(a.severity) || (a.id < b.id ? -1 : 1),
  );
  const noteReserve = 400;
  let budget = maxChars - headText.length - footText.length - noteReserve;
  const shown = new Set<string>();
  const rows = new Map<string, string>();
  for (const c of ranked) {
    const row = checkRow(c, options.linkBase, newly.has(c.id));
    // Each category section adds its summary and table header once (~200 characters).
    const cost = row.length + 1 + ([...shown].some((id) => failing.find((f) => f.id === id)?.category === c.category) ? 0 : 220);
    if (cost > budget) continue;
    budget -= cost;
    shown.add(c.id);
    rows.set(c.id, row);
  }
  const sections: string[] = [];
  for (const category of READINESS_CATEGORIES) {
    const inCategory = failing
      .filter((c) => c.category === category && shown.has(c.id))
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.id < b.id ? -1 : 1));
    if (!inCategory.length) continue;
    const title = report.categories.find((c) => c.id === category)?.title ?? category;
    const total = failing.filter((c) => c.category === category).length;
    sections.push(
      `<details><summary><b>${title}</b>: ${total} failing check${total === 1 ? '' : 's'}</summary>`,
      '',
      '| Check | Severity | Where | Finding |',
      '| --- | --- | --- | --- |',
      ...inCategory.map((c) => rows.get(c.id)!),
      '',
      '</details>',
      '',
    );
  }
  const omitted = failing.length - shown.size;
  if (omitted > 0)
    sections.push(
      `> ${omitted} failing check${omitted === 1 ? ' is' : 's are'} not shown here (this text is limited to ${maxChars.toLocaleString('en-US')} characters); ${hint} list${hint.includes(' and ') ? '' : 's'} every one.`,
      '',
    );
  const out = `${headText}\n${sections.join('\n')}${footText}`;
  return out.length <= maxChars ? out : `${out.slice(0, maxChars - 120)}\n\n> Truncated at ${maxChars.toLocaleString('en-US')} characters; see ${hint}.\n`;
}

function checkRow(c: CheckResult, linkBase: string | undefined, isNew: boolean): string {
  const where = c.file && c.line ? `${link(c.file, c.line, linkBase)}${c.findings > 1 ? ` (+${c.findings - 1} more)` : ''}` : '–';
  return `| ${checkIdMarkdown(c.id)}${isNew ? ' 🆕' : ''}<br>${escapeCell(c.title)} | ${c.severity} | ${where} | ${escapeCell(c.message ?? '')} |`;
}

function link(file: string, line: number, linkBase: string | undefined): string {
  const label = `${escapeCell(file)}#L${line}`;
  if (!linkBase || file === '.') return `\`${label}\``;
  return `[${label}](${linkBase}${file.split('/').map(encodeURIComponent).join('/')}#L${line})`;
}

function statusIcon(report: ReadinessReport, verdict: GateVerdict | undefined): string {
  if (verdict ? !verdict.passed : report.blockers.length > 0) return '🔴';
  return report.grade === 'A' || report.grade === 'B' ? '🟢' : '🟡';
}

function arrow(delta: number): string {
  if (delta > 0) return `▲ +${delta}`;
  if (delta < 0) return `▼ ${delta}`;
  return '± 0';
}

function commitRef(commit: string | null): string {
  return commit ? `base \`${commit.slice(0, 7)}\`` : 'the base';
}

export function renderReadinessText(report: ReadinessReport, options: { delta?: ReadinessDelta; verdict?: GateVerdict } = {}): string {
  const out: string[] = [];
  const delta = options.delta ? ` (${options.delta.delta >= 0 ? '+' : ''}${options.delta.delta} since ${options.delta.baseCommit?.slice(0, 7) ?? 'base'})` : '';
  out.push(
    `Readiness ${report.score}% grade ${report.grade}${delta}: ${report.passed}/${report.total} applicable checks pass, ${report.failed} failing, ${report.notApplicable} not applicable, ${report.blockers.length} blockers`,
  );
  if (!report.secretsScanned) out.push('(secrets were not scanned)');
  out.push('');
  const width = Math.max(...report.categories.map((c) => c.title.length));
  for (const c of report.categories) {
    const d = options.delta?.categories.find((x) => x.id === c.id)?.delta;
    out.push(
      `  ${c.title.padEnd(width)}  ${c.score === null ? '    n/a' : `${c.score.toFixed(1).padStart(5)}% ${c.grade}`}  ${c.passed}/${c.total}${d !== undefined && d !== null && d !== 0 ? `  (${d > 0 ? '+' : ''}${d})` : ''}`,
    );
  }
  if (report.blockers.length) {
    out.push('', 'Blockers:');
    for (const b of report.blockers) out.push(`  ${b.file}:${b.line}  ${b.checkId}  ${b.message}`);
  }
  const failing = report.checks.filter((c) => c.status === 'fail');
  if (failing.length) {
    out.push('', 'Failing checks:');
    for (const c of [...failing].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.id < b.id ? -1 : 1))) {
      out.push(`  ${c.severity.padEnd(7)} ${c.id}  ${c.file}:${c.line}${c.findings > 1 ? ` (+${c.findings - 1})` : ''}  ${c.message ?? ''}`);
    }
  }
  if (options.delta) {
    if (options.delta.newlyFailing.length) out.push('', `Newly failing: ${options.delta.newlyFailing.map((c) => c.id).join(', ')}`);
    if (options.delta.newlyFixed.length) out.push(`Newly fixed: ${options.delta.newlyFixed.map((c) => c.id).join(', ')}`);
  }
  if (options.verdict) out.push('', options.verdict.passed ? 'PASS' : `FAIL: ${options.verdict.reasons.join('; ')}`);
  return `${out.join('\n')}\n`;
}
