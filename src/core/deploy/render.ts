/** The deploy report as a terminal reads it and as a job summary shows it. */
import { fitBytes, SUMMARY_LIMIT } from '../report/channel-budgets';
import { escapeCell as cell, escapeCode as code, escapeInline } from '../report/markdown';
import { formatMs } from '../smoke/duration';
import type { DeployItem } from './driver';
import type { DeployReport } from './report';

const MARK: Record<DeployReport['status'], string> = { success: '✅', failure: '❌', 'rolled-back': '↩️', error: '❌' };

function itemLine(i: DeployItem): string {
  return `${i.action} ${i.name}${i.image ? ` (${i.image}${i.digest && !i.image?.includes('@') ? `@${i.digest.slice(0, 19)}…` : ''})` : ''}${i.detail ? `: ${i.detail}` : ''}`;
}

export function renderDeployText(report: DeployReport): string {
  const out = [`${report.status}: ${report.message}`];
  if (report.plan) {
    out.push(`plan (${report.plan.driver}, ${report.plan.target}):`);
    for (const i of report.plan.items) out.push(`  ${itemLine(i)}`);
    for (const n of report.plan.notes) out.push(`  note: ${n}`);
  }
  for (const i of report.items) out.push(`  ${itemLine(i)}`);
  if (report.smoke) out.push(`smoke: ${report.smoke.summary}`);
  if (report.rollback) out.push(`rollback: ${report.rollback.status}: ${report.rollback.message}`);
  for (const n of report.notes) out.push(`note: ${n}`);
  if (report.abandoned.length) out.push(`marked error (left in progress by runs that ended): deployment ${report.abandoned.join(', ')}`);
  if (report.deploymentId !== undefined)
    out.push(`deployment ${report.deploymentId}${report.environmentUrl ? `, ${report.environmentUrl}` : ''}, ${formatMs(report.durationMs)}`);
  return `${out.join('\n')}\n`;
}

export function renderDeployMarkdown(report: DeployReport): string {
  const title = `${MARK[report.status]} stackgate deploy to \`${code(report.environment)}\`: ${report.dryRun ? 'dry run' : report.status}`;
  const out = [`### ${title}`, '', escapeInline(report.message), ''];
  const items = report.plan?.items ?? report.items;
  if (items.length) {
    out.push('| Item | Action | Image | Detail |', '| --- | --- | --- | --- |');
    for (const i of items) out.push(`| \`${code(i.name)}\` | ${i.action} | ${i.image ? `\`${code(i.image)}\`` : '–'} | ${i.detail ? cell(i.detail) : ''} |`);
    out.push('');
  }
  const facts: string[] = [`driver ${report.driver}`, `commit \`${report.sha.slice(0, 7)}\``];
  if (report.deploymentId !== undefined) facts.push(`deployment ${report.deploymentId}`);
  if (report.environmentUrl) facts.push(escapeInline(report.environmentUrl));
  if (report.smoke) facts.push(`smoke: ${escapeInline(report.smoke.summary)}`);
  if (report.rollback) facts.push(`rollback ${report.rollback.status}: ${escapeInline(report.rollback.message)}`);
  facts.push(formatMs(report.durationMs));
  out.push(facts.join(' · '), '');
  for (const n of [...(report.plan?.notes ?? []), ...report.notes]) out.push(`> ${escapeInline(n)}`, '');
  return fitBytes(`${out.join('\n')}\n`, SUMMARY_LIMIT, 'the JSON report (report-json, `stackgate deploy --format json`) has everything');
}
