/**
 * The smoke report as a text table (CLI, step log), a Markdown job summary and JUnit XML. Names and
 * messages from servers arrive already cut to size (reportText); the job summary as a whole is
 * kept within what GitHub accepts for a step (SUMMARY_LIMIT bytes), with a counted note.
 */
import { fitBytes, SUMMARY_LIMIT } from '../report/channel-budgets';
import { escapeXmlAttribute, escapeXmlText } from '../report/junit';
import { escapeCell as cell, escapeCode as code, escapeInline } from '../report/markdown';
import { formatMs } from './duration';
import type { SmokeCheck, SmokeReport, TargetReport } from './report-schema';

const MARK: Record<SmokeCheck['status'], string> = { pass: 'ok', fail: 'FAIL', warn: 'warn', skipped: 'skip', 'expected-failure': 'xfail' };

function headline(report: SmokeReport): string {
  const s = report.summary;
  const env = report.environment ? ` ${report.environment}` : '';
  const extras = [
    s.expectedFailures ? `${s.expectedFailures} expected failure${s.expectedFailures === 1 ? '' : 's'}` : '',
    s.warnings ? `${s.warnings} warning${s.warnings === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `smoke${env}: ${s.passedTargets} of ${s.targets} service${s.targets === 1 ? '' : 's'} pass, ${s.failedChecks} failed check${s.failedChecks === 1 ? '' : 's'} of ${s.checks}${extras.length ? ` (${extras.join(', ')})` : ''} in ${formatMs(report.durationMs)}`;
}

function counted(t: TargetReport): string {
  const run = t.checks.filter((c) => c.status !== 'skipped');
  return `${run.filter((c) => c.status !== 'fail').length}/${run.length}`;
}

const p95 = (t: TargetReport) => (t.latency?.samples ? formatMs(t.latency.p95Ms) : '–');

export function renderSmokeText(report: SmokeReport): string {
  const rows = report.targets.map((t) => [t.service, t.transport, counted(t), p95(t), t.passed ? 'pass' : 'FAIL']);
  const header = ['SERVICE', 'TRANSPORT', 'CHECKS', 'P95', 'RESULT'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const out = [headline(report), '', line(header), ...rows.map(line)];
  const notable = report.targets.flatMap((t) =>
    t.checks.filter((c) => c.status === 'fail' || c.status === 'expected-failure' || c.status === 'warn').map((c) => ({ t, c })),
  );
  if (notable.length) {
    out.push('', 'Checks to look at:');
    for (const { t, c } of notable) out.push(`  ${MARK[c.status].padEnd(5)} ${t.service}  ${c.id}  ${c.message}`);
  }
  out.push('', report.passed ? 'PASS' : `FAIL: ${report.summary.failedTargets} service${report.summary.failedTargets === 1 ? '' : 's'} failed`);
  return `${out.join('\n')}\n`;
}

export interface SmokeMarkdownOptions {
  /** Lines shown under the headline (what an output left out). */
  notes?: readonly string[];
  /** Bytes the Markdown may take; default SUMMARY_LIMIT. */
  maxBytes?: number;
  /** Where the checks a cut summary leaves out can be read. */
  whereTheRestIs?: string;
}

export function renderSmokeMarkdown(report: SmokeReport, options: SmokeMarkdownOptions = {}): string {
  const out = [`### ${report.passed ? '✅' : '❌'} stackgate ${cell(headline(report))}`, ''];
  for (const note of options.notes ?? []) out.push(`> ${escapeInline(note)}`, '');
  out.push('| Service | Transport | Server | Checks | p95 | Result |', '| --- | --- | --- | ---: | ---: | --- |');
  for (const t of report.targets) {
    out.push(
      `| \`${code(t.service)}\` | ${t.transport} | ${t.server ? cell(`${t.server.name} ${t.server.version}`) : '–'} | ${counted(t)} | ${p95(t)} | ${t.passed ? 'pass' : '**FAIL**'} |`,
    );
  }
  for (const t of report.targets) {
    const notable = t.checks.filter((c) => c.status !== 'pass');
    if (!notable.length) continue;
    out.push(
      '',
      `<details${t.passed ? '' : ' open'}><summary><code>${cell(t.service)}</code>: ${notable.length} check${notable.length === 1 ? '' : 's'} to look at</summary>`,
      '',
      '| Check | Status | Message |',
      '| --- | --- | --- |',
    );
    for (const c of notable) out.push(`| \`${code(c.id)}\` | ${MARK[c.status]} | ${cell(c.message)} |`);
    out.push('', '</details>');
  }
  return fitBytes(
    `${out.join('\n')}\n`,
    options.maxBytes ?? SUMMARY_LIMIT,
    options.whereTheRestIs ?? 'the JSON report (`stackgate smoke -f json`) has every check',
  );
}

export function renderSmokeJunit(report: SmokeReport): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const s = report.summary;
  out.push(
    `<testsuites name="stackgate smoke${report.environment ? ` ${escapeXmlAttribute(report.environment)}` : ''}" tests="${s.checks}" failures="${s.failedChecks}" errors="0" skipped="${s.skippedChecks + s.expectedFailures}" time="${(report.durationMs / 1000).toFixed(3)}">`,
  );
  for (const t of report.targets) {
    const failures = t.checks.filter((c) => c.status === 'fail').length;
    const skipped = t.checks.filter((c) => c.status === 'skipped' || c.status === 'expected-failure').length;
    out.push(
      `  <testsuite name="${escapeXmlAttribute(t.service)}" tests="${t.checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${(t.durationMs / 1000).toFixed(3)}">`,
    );
    for (const c of t.checks) {
      const open = `    <testcase name="${escapeXmlAttribute(c.id)}" classname="${escapeXmlAttribute(`smoke.${t.service}`)}" time="${((c.durationMs ?? 0) / 1000).toFixed(3)}"`;
      if (c.status === 'pass') out.push(`${open}/>`);
      else if (c.status === 'fail')
        out.push(`${open}>`, `      <failure message="${escapeXmlAttribute(c.message)}" type="smoke">${escapeXmlText(c.message)}</failure>`, '    </testcase>');
      else if (c.status === 'warn') out.push(`${open}>`, `      <system-out>${escapeXmlText(`warning: ${c.message}`)}</system-out>`, '    </testcase>');
      else out.push(`${open}>`, `      <skipped message="${escapeXmlAttribute(c.message)}"/>`, '    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
