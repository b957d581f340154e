/**
 * SARIF 2.1.0 (`--format sarif`) for GitHub code scanning and other SARIF viewers. Every known check
 * is listed as a rule (so code scanning can show its help for any alert), results point at
 * repository-relative URIs under %SRCROOT%, and partial fingerprints leave the line out so an alert
 * follows its finding when lines above it move.
 */
import { createHash } from 'node:crypto';
import type { Log, Region, ReportingDescriptor, Result } from 'sarif';
import { anchorOf } from '../checks/catalogue';
import { domainOf, type AnyCheck } from '../checks/types';
import type { Finding, Severity } from '../findings';
import { SARIF_RESULT_LIMIT, selectMostSevere } from './channel-budgets';
import { sortFindings } from './summary';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key; bump the version if the hashed fields ever change. */
export const FINGERPRINT_KEY = 'stackgate/v1';

/**
 * `runs[].automationDetails.id` of each kind of run. Code scanning keeps one analysis per tool and
 * category, and rejects an upload holding two runs of the same tool and category: validate and
 * secrets runs differ by theirs. The trailing `/` makes the whole id the category (no run id after it).
 */
export const SARIF_CATEGORY = { validate: 'stackgate/validate/', secrets: 'stackgate/secrets/' } as const;

export interface SarifOptions {
  toolVersion: string;
  /** The run's `automationDetails.id`: one of SARIF_CATEGORY. */
  category: string;
  informationUri?: string;
  /** docs/checks.md on the project repository; each rule's helpUri is this plus `#<anchor>`. */
  helpUriBase?: string;
  /** Absolute `file:` URI of the repository root, ending in `/`, for %SRCROOT% (optional). */
  srcRootUri?: string;
  /** Results kept in the run (code scanning accepts 25,000); the most severe stay, the rest are counted in a notification. */
  maxResults?: number;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning shows rules with a `security-severity` as security alerts, ranked by it. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

export function renderSarif(findings: Finding[], checks: readonly AnyCheck[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(findings, checks, options), null, 2)}\n`;
}

export function buildSarif(findings: readonly Finding[], checks: readonly AnyCheck[], options: SarifOptions): Log {
  const kept = selectMostSevere(findings, options.maxResults ?? SARIF_RESULT_LIMIT);
  const sorted = sortFindings(kept.shown);
  const known = [...checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rules: ReportingDescriptor[] = known.map((c) => ruleOf(c, options));
  const ruleIndex = new Map(known.map((c, i) => [c.id, i]));
  // A finding from a check missing from the list (an alias, a plugin) still needs a rule to point at.
  for (const f of sorted) {
    if (ruleIndex.has(f.checkId)) continue;
    ruleIndex.set(f.checkId, rules.length);
    rules.push(unknownRuleOf(f));
  }

  const occurrences = new Map<string, number>();
  const results: Result[] = sorted.map((f) => {
    const identity = [f.checkId, normalizeUri(f.file), f.message].join('\u0000');
    const n = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, n);
    return resultOf(f, ruleIndex.get(f.checkId) as number, `${sha256(identity)}:${n}`);
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stackgate',
            version: options.toolVersion,
            semanticVersion: /^\d+\.\d+\.\d+/.test(options.toolVersion) ? options.toolVersion : undefined,
            informationUri: options.informationUri,
            rules,
          },
        },
        automationDetails: { id: options.category },
        originalUriBaseIds: {
          '%SRCROOT%': options.srcRootUri
            ? { uri: options.srcRootUri.endsWith('/') ? options.srcRootUri : `${options.srcRootUri}/` }
            : { description: { text: 'The root of the repository that was validated.' } },
        },
        columnKind: 'utf16CodeUnits',
        ...(kept.omitted
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [
                    {
                      level: 'warning' as const,
                      descriptor: { id: 'stackgate/results-omitted' },
                      message: {
                        text: `${kept.omitted} of ${findings.length} results were left out of this run (at most ${options.maxResults ?? SARIF_RESULT_LIMIT}, the most severe kept); run stackgate with --format json for all of them.`,
                      },
                    },
                  ],
                },
              ],
            }
          : {}),
        results,
      },
    ],
  };
}

function ruleOf(check: AnyCheck, options: SarifOptions): ReportingDescriptor {
  const { title, rationale, remediation, category, severity } = check.meta;
  const helpUri = options.helpUriBase ? `${options.helpUriBase}#${anchorOf(check.id)}` : undefined;
  const tags: string[] = [category, domainOf(check.id)];
  if (check.meta.productionOnly) tags.push('production');
  return {
    id: check.id,
    name: pascalCase(check.id),
    shortDescription: { text: title },
    fullDescription: { text: rationale },
    help: {
      text: `${rationale}\n\nHow to fix: ${remediation}`,
      markdown: `${rationale}\n\n**How to fix:** ${remediation}${helpUri ? `\n\n[Documentation](${helpUri})` : ''}`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      category,
      tags,
      ...(category === 'security' ? { 'security-severity': SECURITY_SEVERITY[severity] } : {}),
    },
  };
}

function unknownRuleOf(f: Finding): ReportingDescriptor {
  return {
    id: f.checkId,
    name: pascalCase(f.checkId),
    shortDescription: { text: f.checkId },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { category: f.category, tags: [f.category] },
  };
}

function resultOf(f: Finding, ruleIndex: number, fingerprint: string): Result {
  const startLine = Math.max(1, Math.trunc(f.line) || 1);
  const startColumn = Math.max(1, Math.trunc(f.column) || 1);
  const region: Region = { startLine, startColumn };
  if (typeof f.endLine === 'number' && f.endLine >= startLine) region.endLine = f.endLine;
  if (typeof f.endColumn === 'number' && f.endColumn >= 1 && ((region.endLine ?? startLine) > startLine || f.endColumn >= startColumn)) {
    region.endColumn = f.endColumn;
  }
  const properties: Record<string, unknown> = {};
  if (f.environments?.length) properties.environments = [...f.environments];
  if (f.subject) properties.subject = f.subject;
  return {
    ruleId: f.checkId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: normalizeUri(f.file), uriBaseId: '%SRCROOT%' }, region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(Object.keys(properties).length ? { properties } : {}),
  };
}

/** `compose/healthcheck-missing` -> `ComposeHealthcheckMissing` */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/**
 * A repository-relative path as a relative URI reference: forward slashes, no leading `./` or `/`,
 * and each segment percent-encoded (spaces, `#`, `?`, `%` and non-ASCII would otherwise break it).
 */
export function normalizeUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%(40|2B|3D|2C|3B|24|26)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    .join('/');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
