/**
 * Secret findings in the shared report formats. Only the redacted form of a value reaches a
 * renderer: everything here takes `SecretFinding`, which has no value field.
 */
import type { AnyCheck, EngineCheck } from '../checks/types';
import type { Finding } from '../findings';
import { withIndefiniteArticle } from '../indefinite-article';
import { GENERIC_RULE_IDS } from './ids';
import { FINDINGS_LIMIT_ID, MAX_FINDINGS_PER_FILE } from './per-file-limit';
import { SECRET_RULES } from './rules/index';
import type { SecretFinding } from './scan';
import type { SkippedFile } from './skipped';

export const SECRET_CHECK_PREFIX = 'secrets/';

export function toFinding(f: SecretFinding): Finding {
  // The per-file limit's note: its description is the whole message ("N more findings in … not listed").
  if (f.omitted !== undefined)
    return {
      checkId: `${SECRET_CHECK_PREFIX}${f.ruleId}`,
      severity: 'error',
      category: 'security',
      message: f.description,
      file: f.file,
      line: f.line,
      column: f.column,
    };
  const where = [f.encoding ? `${f.encoding}-encoded` : '', f.commit ? `in commit ${f.commit.slice(0, 12)}` : ''].filter(Boolean).join(', ');
  return {
    checkId: `${SECRET_CHECK_PREFIX}${f.ruleId}`,
    severity: 'error',
    category: 'security',
    message: `${f.description}: ${f.redacted}${where ? ` (${where})` : ''}`,
    file: f.file,
    line: f.line,
    column: f.column,
    endColumn: f.endColumn,
  };
}

const REMEDIATION =
  'Revoke the credential at its provider first (it is in the git history now), then remove it from the file and load it from the platform: a Portainer stack variable, a Kubernetes Secret created by External Secrets, or a GitHub Actions secret.';

/** The secret rules as catalogue entries, for SARIF rule metadata. */
export function secretChecks(): AnyCheck[] {
  const generic: Record<string, string> = {
    'generic-secret-assignment': 'Literal secret assigned to a secret-like key',
    'generic-url-credentials': 'Password inside a URL',
    'kubernetes-secret-data': 'Kubernetes Secret data holds a secret literal',
  };
  const entries: [string, string, string][] = [
    ...SECRET_RULES.map((r): [string, string, string] => [r.id, r.description, r.provider]),
    ...GENERIC_RULE_IDS.map((id): [string, string, string] => [id, generic[id], 'generic']),
  ];
  return [
    ...entries.map(([id, title, provider]) =>
      secretCheck(
        id,
        title,
        `${withIndefiniteArticle(provider === 'generic' ? 'credential' : `${provider} credential`, true)} committed to a repository is readable by everyone who can clone it, forever, and is the first thing attackers search for.`,
        REMEDIATION,
      ),
    ),
    secretCheck(
      FINDINGS_LIMIT_ID,
      'More findings in one file than are listed',
      `A file with more than ${MAX_FINDINGS_PER_FILE} findings (a credentials dump, generated fixtures) lists the first ${MAX_FINDINGS_PER_FILE}; this note counts the rest, which fail the run like the listed ones.`,
      'Revoke and remove the listed findings, then scan again to list the next ones; if the file only holds test values, allowlist its path (`secrets.allow.paths`).',
    ),
  ];
}

function secretCheck(id: string, title: string, rationale: string, remediation: string): EngineCheck {
  return {
    id: `${SECRET_CHECK_PREFIX}${id}`,
    engine: 'secret-scan',
    meta: { title, category: 'security', severity: 'error', rationale, remediation, messages: { found: '{{detail}}' } },
  };
}

export interface SecretsSummary {
  /** Findings reported, including those past the per-file limit (see `omitted`). */
  findings: number;
  /** Findings past the per-file limit: counted, not listed. */
  omitted?: number;
  files: number;
  bytes: number;
  mode: string;
  allowlisted: number;
  baselined: number;
  range?: { base: string; head: string };
  /** Files not scanned (binary, too large, unreadable), with the reason; absent when there are none. */
  skipped?: SkippedFile[];
}

export function renderSecretsJson(findings: readonly SecretFinding[], summary: SecretsSummary): string {
  const notes = findings.filter((f) => f.omitted !== undefined).map((f) => ({ file: f.file, omitted: f.omitted, message: f.description }));
  const ordered = findings
    .filter((f) => f.omitted === undefined)
    .map((f) => ({
      ruleId: f.ruleId,
      provider: f.provider,
      description: f.description,
      file: f.file,
      line: f.line,
      column: f.column,
      endColumn: f.endColumn,
      redacted: f.redacted,
      ...(f.encoding ? { encoding: f.encoding } : {}),
      ...(f.commit ? { commit: f.commit } : {}),
      ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
      ...(f.verified ? { verified: f.verified } : {}),
    }));
  return `${JSON.stringify({ version: 1, summary, findings: ordered, ...(notes.length ? { notes } : {}) }, null, 2)}\n`;
}
