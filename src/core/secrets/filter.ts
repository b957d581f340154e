/** What remains of the scanner's findings after config allowlists and the baseline. */
import { UserError } from '../errors';
import type { StackgateConfig } from '../config/schema';
import { isInBaseline, type Baseline } from './baseline';
import type { SourceFinding } from './scan-source';

export interface FilterResult {
  reported: SourceFinding[];
  allowlisted: number;
  baselined: number;
}

export function compileAllowPatterns(config: StackgateConfig, configFile = 'stackgate.yml'): RegExp[] {
  return config.secrets.allow.patterns.map((p, i) => {
    try {
      return new RegExp(p);
    } catch (e) {
      throw new UserError(`secrets.allow.patterns[${i}]: invalid regular expression: ${(e as Error).message}`, { file: configFile });
    }
  });
}

export function filterFindings(findings: readonly SourceFinding[], config: StackgateConfig, patterns: readonly RegExp[], baseline?: Baseline): FilterResult {
  const allowRules = new Set(config.secrets.allow.rules);
  let allowlisted = 0;
  let baselined = 0;
  const reported: SourceFinding[] = [];
  for (const f of findings) {
    if (allowRules.has(f.ruleId) || patterns.some((p) => p.test(f.value))) {
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
