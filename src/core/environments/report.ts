/**
 * What `stackgate environments sync|check` and actions/environments report: per environment of
 * stackgate.yml with a `protection:` section, whether GitHub matches it, what differs, and in sync
 * mode what was applied and what was not (a write that fails stops the environment there, and the
 * report says which changes went through before it).
 */
import { escapeCell, escapeCode, escapeInline } from '../report/markdown';

export type EnvironmentsMode = 'sync' | 'check';

export type EnvironmentOutcomeStatus =
  /** GitHub already has what stackgate.yml says. */
  | 'in-sync'
  /** check: GitHub differs (nothing was written). */
  | 'drift'
  /** sync: the environment did not exist and was created with its protection. */
  | 'created'
  /** sync: the environment existed and was brought in line. */
  | 'updated'
  /** Reading or writing failed; `applied` and `notApplied` say how far sync got. */
  | 'failed';

export interface EnvironmentOutcome {
  name: string;
  status: EnvironmentOutcomeStatus;
  /** Every difference found, as sentences (check: the drift; sync: what was to be done). */
  changes: string[];
  /** sync: the changes GitHub accepted. */
  applied: string[];
  /** sync: the changes not made because a write failed (including the one that failed). */
  notApplied: string[];
  error?: string;
  notes: string[];
}

export interface EnvironmentsReport {
  schema: 'stackgate/environments-report@1';
  mode: EnvironmentsMode;
  repository: string;
  /** error: some environment failed; drift: check found differences; synced: sync changed something; in-sync: nothing to do. */
  status: 'in-sync' | 'drift' | 'synced' | 'error';
  environments: EnvironmentOutcome[];
  /** Environments of stackgate.yml without a `protection:` section: not read, not touched. */
  unmanaged: string[];
}

export function environmentsReport(mode: EnvironmentsMode, repository: string, environments: EnvironmentOutcome[], unmanaged: string[]): EnvironmentsReport {
  const has = (status: EnvironmentOutcomeStatus): boolean => environments.some((e) => e.status === status);
  const status = has('failed') ? 'error' : has('drift') ? 'drift' : has('created') || has('updated') ? 'synced' : 'in-sync';
  return { schema: 'stackgate/environments-report@1', mode, repository, status, environments, unmanaged };
}

/** Whether GitHub differed from stackgate.yml when the run read it (check: drift; sync: something was or was to be changed). */
export function hasDrift(report: EnvironmentsReport): boolean {
  return report.environments.some(
    (e) => e.status === 'drift' || e.status === 'created' || e.status === 'updated' || (e.status === 'failed' && e.changes.length > 0),
  );
}

/** 0 in sync (or synced), 1 drift found by check, 2 a read or write failed. */
export function exitCodeOf(report: EnvironmentsReport): number {
  return report.status === 'error' ? 2 : report.status === 'drift' ? 1 : 0;
}

const HEADLINE: Record<EnvironmentOutcomeStatus, string> = {
  'in-sync': 'in sync',
  drift: 'drift',
  created: 'created',
  updated: 'updated',
  failed: 'FAILED',
};

export function renderEnvironmentsText(report: EnvironmentsReport): string {
  const lines: string[] = [];
  for (const e of report.environments) lines.push(`${e.name}: ${HEADLINE[e.status]}`, ...details(e).map((d) => `  ${d}`));
  if (report.environments.length === 0) lines.push('no environment of stackgate.yml has a protection: section: nothing to do');
  if (report.unmanaged.length) lines.push(`not managed (no protection: section): ${report.unmanaged.join(', ')}`);
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

export function renderEnvironmentsMarkdown(report: EnvironmentsReport): string {
  const out = [`### stackgate environments ${report.mode}: ${escapeInline(report.repository)}`, '', summaryLine(report), ''];
  if (report.environments.length) {
    out.push('| Environment | Status | Changes |', '| --- | --- | --- |');
    for (const e of report.environments) out.push(`| \`${escapeCode(e.name)}\` | ${HEADLINE[e.status]} | ${details(e).map(escapeCell).join('<br>') || '-'} |`);
    out.push('');
  }
  if (report.unmanaged.length) out.push(`Not managed (no \`protection:\` section): ${report.unmanaged.map((n) => `\`${escapeCode(n)}\``).join(', ')}`, '');
  return `${out.join('\n')}\n`;
}

/** An environment's lines under its status: the changes, or after a failed write what was and was not applied; the error; the notes. */
function details(e: EnvironmentOutcome): string[] {
  const isPartial = e.status === 'failed' && (e.applied.length > 0 || e.notApplied.length > 0);
  const changes =
    e.status === 'in-sync'
      ? []
      : isPartial
        ? [...e.applied.map((c) => `applied: ${c}`), ...e.notApplied.map((c) => `not applied: ${c}`)]
        : e.changes.map((c) => `- ${c}`);
  return [...changes, ...(e.error ? [`error: ${e.error}`] : []), ...e.notes.map((n) => `note: ${n}`)];
}

function summaryLine(report: EnvironmentsReport): string {
  const count = (status: EnvironmentOutcomeStatus): number => report.environments.filter((e) => e.status === status).length;
  const n = report.environments.length;
  const envs = `${n} environment${n === 1 ? '' : 's'}`;
  switch (report.status) {
    case 'error':
      return `${count('failed')} of ${envs} failed (see above)`;
    case 'drift':
      return `drift in ${count('drift')} of ${envs}: run stackgate environments sync to apply stackgate.yml`;
    case 'synced':
      return `synced ${envs}: ${count('created')} created, ${count('updated')} updated, ${count('in-sync')} already in sync`;
    default:
      return `${envs} in sync with stackgate.yml`;
  }
}
