/**
 * The secrets use case, a whole run over a repository: collect sources for the mode, scan them on every core,
 * apply allowlists and the baseline, optionally verify GitHub tokens. Raw values stay here: the
 * caller gets redacted findings plus the list of values to mask.
 */
import picomatch from 'picomatch';
import { MAX_CONFIG_BYTES } from '../core/config/read';
import type { StackgateConfig } from '../core/config/schema';
import { UserError } from '../core/errors';
import { locateValue, parseYaml } from '../core/source/yaml-tree';
import { readRegularFile, writeRegularFile } from '../core/source/regular-file';
import { baselineOf, fingerprintOf, parseBaseline, renderBaseline, type Baseline } from '../core/secrets/baseline';
import { acceptedValues, compileAllowPatterns, type PatternLocator } from '../core/secrets/allow-patterns';
import { filterFindings } from '../core/secrets/filter';
import { limitPerFile, omittedNote } from '../core/secrets/per-file-limit';
import type { SecretsSummary } from '../core/secrets/report';
import type { SkippedFile } from '../core/secrets/skipped';
import { toPublicFinding, type SecretFinding } from '../core/secrets/scan';
import type { InvalidSecretSuppression, SourceFinding } from '../core/secrets/scan-source';
import type { ProxySettings } from '../adapters/github/proxy';
import { verifyGitHubToken } from '../adapters/github/verify-token';
import { collectSources, type ScanMode } from '../adapters/git/secret-sources';
import { scanSources } from '../adapters/secrets/scan-pool';

/** A baseline holds a fingerprint per accepted finding: 16 MiB is hundreds of thousands of them. */
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

export interface ScanSecretsOptions {
  root: string;
  config: StackgateConfig;
  configFile?: string;
  mode: ScanMode;
  base?: string;
  head?: string;
  /** Baseline file, relative to root (default from config). */
  baselineFile?: string;
  /** Write the baseline of current findings instead of reporting them. */
  updateBaseline?: boolean;
  /** Ask the GitHub API whether GitHub tokens are live (overrides config). */
  verifyGitHub?: boolean;
  workerEntry?: string;
  workers?: number;
  /** Proxies for the GitHub API (verification), as the entry point read them from the environment. */
  proxy?: ProxySettings;
  /** Accept a tree or history run that scans no file (otherwise a UserError: a wrong path, everything allowlisted). */
  allowEmpty?: boolean;
}

/** What the scan talks to besides git and the file system. */
export interface ScanSecretsPorts {
  /** How GitHub is asked whether a token is live (secrets.verify.github); default fetch, through `proxy` where one applies. */
  fetch?: typeof fetch;
}

export interface ScanSecretsResult {
  /** Redacted findings, at most MAX_FINDINGS_PER_FILE per file, plus one counted note per file past it. */
  findings: SecretFinding[];
  /** Every raw value found (before allowlists), for `::add-mask::`. Never print these. */
  valuesToMask: string[];
  invalidSuppressions: InvalidSecretSuppression[];
  skipped: { file: string; reason: string }[];
  summary: SecretsSummary;
  /** Set when --update-baseline wrote a file. */
  baselineWritten?: { file: string; entries: number };
}

export async function scanSecrets(options: ScanSecretsOptions, ports: ScanSecretsPorts = {}): Promise<ScanSecretsResult> {
  const { config } = options;
  const locate = allowPatternLocator(options.root, options.configFile);
  const patterns = compileAllowPatterns(config.secrets.allow.patterns, locate);
  const allowPaths = config.secrets.allow.paths.length ? picomatch(config.secrets.allow.paths, { dot: true }) : () => false;
  const baselineRel = options.baselineFile ?? config.secrets.baseline;
  const collected = collectSources({
    root: options.root,
    mode: options.mode,
    base: options.base,
    head: options.head,
    maxFileBytes: config.secrets.maxFileSizeKb * 1024,
    // The baseline holds fingerprints only, but never scan it or allowlisted paths.
    isAllowedPath: (file) => !allowPaths(file) && file !== baselineRel,
  });
  const scanned = await scanSources(collected.sources, { workerEntry: options.workerEntry, workers: options.workers });
  const skipped = [...collected.skipped, ...scanned.skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const files = new Set(collected.sources.map((s) => s.file)).size - scanned.skipped.length;
  if (files <= 0 && !options.allowEmpty && (options.mode === 'tree' || options.mode === 'history')) throw emptyRunError(options, skipped);
  const allowedValues = acceptedValues(patterns, [...new Set(scanned.findings.map((f) => f.value))], { locate });

  // The baseline is the repository's own file: a link out of it, a FIFO or a huge file is refused.
  const read = readRegularFile(options.root, baselineRel, { maxBytes: MAX_BASELINE_BYTES });
  if (!read.ok && read.problem !== 'missing') throw new UserError(`cannot use the secrets baseline: ${read.message}`, { file: baselineRel });
  const baseline: Baseline | undefined = read.ok ? parseBaseline(baselineRel, read.text) : undefined;

  if (options.updateBaseline) {
    const { reported } = filterFindings(scanned.findings, config, allowedValues);
    const next = baselineOf(reported, baseline);
    const written = writeRegularFile(options.root, baselineRel, renderBaseline(next));
    if (!written.ok) throw new UserError(`cannot write the secrets baseline: ${written.message}`, { file: baselineRel });
    return {
      findings: [],
      valuesToMask: [], // Nothing is listed: the baseline holds fingerprints only.
      invalidSuppressions: scanned.invalid,
      skipped,
      summary: summaryOf(options.mode, collected, files, skipped, { findings: 0, baselined: 0, allowlisted: scanned.findings.length - reported.length }),
      baselineWritten: { file: baselineRel, entries: next.findings.length },
    };
  }

  const { reported, allowlisted, baselined } = filterFindings(scanned.findings, config, allowedValues, baseline);
  const { listed, omitted } = limitPerFile(sortFindings(reported));
  const verify = options.verifyGitHub ?? config.secrets.verify.github;
  const findings: SecretFinding[] = omitted.map(omittedNote);
  for (const f of listed) {
    const verified =
      verify && f.ruleId.startsWith('github-')
        ? await verifyGitHubToken(f.value, { apiUrl: config.secrets.verify.apiUrl, fetchImpl: ports.fetch, proxy: options.proxy })
        : undefined;
    findings.push(toPublicFinding(f, { fingerprint: baseline ? fingerprintOf(baseline.salt, f) : undefined, ...(verified ? { verified } : {}) }));
  }
  const omittedCount = omitted.reduce((n, o) => n + o.count, 0);
  return {
    findings,
    // Masks for what can reach an output at all: the listed findings (a dump of 100,000 values would
    // otherwise become 100,000 ::add-mask:: lines).
    valuesToMask: [...new Set(listed.map((f) => f.value))],
    invalidSuppressions: scanned.invalid,
    skipped,
    summary: summaryOf(options.mode, collected, files, skipped, {
      findings: reported.length,
      baselined,
      allowlisted,
      ...(omittedCount ? { omitted: omittedCount } : {}),
    }),
  };
}

/** Where `secrets.allow.patterns[i]` is in the config file, for errors about it. */
function allowPatternLocator(root: string, configFile: string | undefined): PatternLocator {
  const file = configFile ?? 'stackgate.yml';
  let doc: ReturnType<typeof parseYaml>['documents'][number] | undefined;
  return (index) => {
    if (!configFile) return { file };
    if (!doc) {
      const read = readRegularFile(root, configFile, { maxBytes: MAX_CONFIG_BYTES, allowOutside: true });
      // The file was read and parsed moments ago; without it, the message still names the setting.
      if (!read.ok) return { file };
      doc = parseYaml(file, read.text).documents.find((d) => d.root);
    }
    const at = locateValue(doc?.root, ['secrets', 'allow', 'patterns', index], { file, line: 1, column: 1 });
    return { file, line: at.line, column: at.column };
  };
}

function summaryOf(
  mode: ScanMode,
  collected: ReturnType<typeof collectSources>,
  files: number,
  skipped: SkippedFile[],
  counts: { findings: number; baselined: number; allowlisted: number; omitted?: number },
): SecretsSummary {
  return {
    ...counts,
    files,
    bytes: collected.bytes,
    mode,
    ...(collected.range ? { range: collected.range } : {}),
    ...(skipped.length ? { skipped } : {}),
  };
}

/**
 * A tree or history run that scanned nothing proves nothing: a path git ignores or that holds no
 * text, every file allowlisted, a repository with no commits. Diff and staged runs may add no line.
 */
function emptyRunError(options: ScanSecretsOptions, skipped: readonly SkippedFile[]): UserError {
  const listed = skipped
    .slice(0, 3)
    .map((s) => `${s.file}: ${s.reason}`)
    .join('; ');
  const why = skipped.length ? ` (not scanned: ${listed}${skipped.length > 3 ? `; ${skipped.length - 3} more` : ''})` : '';
  return new UserError(`nothing to scan: ${options.mode} mode found 0 files to check in ${options.root}${why}`, {
    hint: 'check the path and secrets.allow.paths; pass --allow-empty (action input allow-empty: true) when an empty run is expected',
  });
}

function sortFindings(findings: SourceFinding[]): SourceFinding[] {
  return [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
}

export function assertMode(mode: string, where: string): ScanMode {
  if (['diff', 'tree', 'history', 'staged'].includes(mode)) return mode as ScanMode;
  throw new UserError(`${where}: unknown mode "${mode}"`, { hint: 'use diff, tree, history or staged' });
}
