/**
 * One unit of scanning: a file's text (or the lines a commit added to it), with the lines that
 * count. Runs the rules, the generic detectors, the Kubernetes Secret decoder and the Compose
 * environment judge, then applies the file's inline `stackgate-ignore secrets:<rule-id> <reason>`
 * comments. Pure: safe in worker threads.
 */
import { isSuppressed, parseSuppressions } from '../validate/suppress';
import { scanComposeEnvironment } from './compose-environment';
import { secretSuppressionIds, SUPPRESSION_PREFIX } from './ids';
import { scanKubernetesSecrets } from './kubernetes-secret';
import { SECRET_RULES } from './rules/index';
import { scanText, type RawSecretFinding } from './scan';

export interface SecretSource {
  /** Repository-relative path. */
  file: string;
  /** The content; absent for tree sources, which the scanning thread reads from `absPath`. */
  text?: string;
  absPath?: string;
  /** Size in bytes, when known before reading. */
  size?: number;
  /** Only these 1-based lines of `text` count (diff and staged modes). */
  lines?: number[];
  /** Real line numbers of the lines of `text` when it is made of a commit's added lines (history mode). */
  lineMap?: number[];
  commit?: string;
}

export interface SourceFinding extends RawSecretFinding {
  commit?: string;
}

export interface InvalidSecretSuppression {
  file: string;
  line: number;
  problem: 'missing-reason' | 'unknown-check';
  id: string;
}

let knownIds: Set<string> | undefined;

export function scanSource(
  source: SecretSource & { text: string },
  options: { generic?: boolean; maxDecodeDepth?: number } = {},
): { findings: SourceFinding[]; invalid: InvalidSecretSuppression[] } {
  const lines = source.lines ? new Set(source.lines) : undefined;
  const scanOptions = { rules: SECRET_RULES, generic: options.generic, maxDecodeDepth: options.maxDecodeDepth, lines };
  // Secret data first: its findings point at the data key, and win over the same value decoded in place.
  // Compose environment last: a rule's finding of the same value on the same line wins over it.
  const found = [
    ...scanKubernetesSecrets(source.file, source.text, scanOptions),
    ...scanText(source.file, source.text, scanOptions),
    ...scanComposeEnvironment(source.file, source.text, scanOptions),
  ];
  knownIds ??= secretSuppressionIds();
  const { suppressions, invalid } = parseSuppressions(source.text, knownIds, SUPPRESSION_PREFIX);
  const map = source.lineMap;
  const findings: SourceFinding[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    if (isSuppressed(suppressions, `${SUPPRESSION_PREFIX}${f.ruleId}`, f.line)) continue;
    const line = map ? (map[f.line - 1] ?? f.line) : f.line;
    const key = `${f.line}|${f.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ ...f, line, ...(source.commit ? { commit: source.commit } : {}) });
  }
  return {
    findings,
    invalid: invalid.map((i) => ({ file: source.file, line: map ? (map[i.line - 1] ?? i.line) : i.line, problem: i.problem, id: i.checkId })),
  };
}
