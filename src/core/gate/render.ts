/** The gate's audit record as a terminal reads it and as a job summary (or the App's check run) shows it. */
import { fitBytes, SUMMARY_LIMIT } from '../report/channel-budgets';
import { escapeCell as cell, escapeCode as code, escapeInline } from '../report/markdown';
import type { GateAudit, RuleVerdict } from './audit';

const MARK: Record<RuleVerdict, string> = { pass: '✅', fail: '❌', skip: '➖' };

function verdictLine(audit: GateAudit): string {
  const verdict = audit.allowed ? 'allowed' : 'not allowed';
  return `${audit.sha.slice(0, 7)} to ${audit.environment}: ${verdict}${audit.dryRun && !audit.allowed ? ' (dry run: the step does not fail)' : ''}`;
}

export function renderGateText(audit: GateAudit): string {
  const out = [verdictLine(audit)];
  for (const r of audit.rules) out.push(`  ${r.verdict.padEnd(4)} ${r.rule}: ${r.summary}`);
  if (audit.approvals.length) out.push(`approvals: ${audit.approvals.map((a) => `${a.user} ${a.state}${a.comment ? ` ("${a.comment}")` : ''}`).join(', ')}`);
  if (audit.images.length) out.push(`images: ${audit.images.map((i) => `${i.service}=${i.image}`).join(', ')}`);
  return `${out.join('\n')}\n`;
}

export function renderGateMarkdown(audit: GateAudit): string {
  const title = `${audit.allowed ? '✅' : '❌'} stackgate gate for \`${code(audit.environment)}\`: ${audit.allowed ? 'allowed' : 'not allowed'}${audit.dryRun ? ' (dry run)' : ''}`;
  const out = [`### ${title}`, '', `Commit \`${code(audit.sha)}\` in ${escapeInline(audit.repository)}, evaluated at ${audit.evaluatedAt}.`, ''];
  out.push('| Rule | Verdict | Evidence |', '| --- | --- | --- |');
  for (const r of audit.rules) out.push(`| ${r.rule} | ${MARK[r.verdict]} ${r.verdict} | ${cell(r.summary)} |`);
  out.push('');
  if (audit.previous) {
    const p = audit.previous;
    out.push(
      `Previous deployment: ${p.deploymentId} to \`${code(p.environment)}\` by ${escapeInline(p.createdBy)} at ${p.createdAt}, ${p.state}${
        p.verifiedAt ? ` (verified ${p.verifiedAt})` : ''
      }${p.run ? `, [run ${p.run.id}](${p.run.url})` : ''}.`,
      '',
    );
  }
  if (audit.approvals.length) {
    out.push('| Approver | Decision | Comment |', '| --- | --- | --- |');
    for (const a of audit.approvals) out.push(`| ${cell(a.user)} | ${a.state} | ${cell(a.comment)} |`);
    out.push('', `Approvals were given before ${audit.evaluatedAt} (GitHub records no time for them).`, '');
  } else if (audit.run) out.push('No approval is recorded for this run and environment.', '');
  if (audit.images.length) {
    out.push('| Service | Image |', '| --- | --- |');
    for (const i of audit.images) out.push(`| \`${code(i.service)}\` | \`${code(i.digest && !i.image.includes('@') ? `${i.image}@${i.digest}` : i.image)}\` |`);
    out.push('');
  }
  return fitBytes(`${out.join('\n')}\n`, SUMMARY_LIMIT, 'the audit record (audit-json, `stackgate gate --format json`) has everything');
}
