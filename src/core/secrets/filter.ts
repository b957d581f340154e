/** What remains of the scanner's findings after config allowlists and the baseline. */
import type { StackgateConfig } from '../config/schema';
import { isInBaseline, type Baseline } from './baseline';
import type { SourceFinding } from './scan-source';

export interface FilterResult {
  reported: SourceFinding[];
  allowlisted: number;
  baselined: number;
}

/** @param allowedValues the found values `secrets.allow.patterns` accept (allow-patterns.ts) */
export function filterFindings(
  findings: readonly SourceFinding[],
  config: StackgateConfig,
  allowedValues: ReadonlySet<string>,
  baseline?: Baseline,
): FilterResult {
  const allowRules = new Set(config.secrets.allow.rules);
  let allowlisted = 0;
  let baselined = 0;
  const reported: SourceFinding[] = [];
  for (const f of findings) {
    if (allowRules.has(f.ruleId) || allowedValues.has(f.value)) {
      allowlisted++;
      continue;
    }
    if (baseline && isInBaseline(baseline, f)) {
      baselined++;
      continue;
    }
    reported.push(f);
  }
  return { reported, allowlisted, baselined };
}
