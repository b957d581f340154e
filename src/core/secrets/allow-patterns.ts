/**
 * `secrets.allow.patterns`: the user's regular expressions, run over the values the scanner found.
 * JavaScript's engine backtracks, so a pattern such as `(a+)+$` can run for hours on a value the
 * repository chose. Every test of one value by one pattern therefore has a time budget: node:vm's
 * watchdog interrupts an expression that overruns it, and the pattern is refused with a UserError
 * at its stackgate.yml line. A static ReDoS check was the alternative; recheck (the rule tests'
 * checker) adds 2.9 MB to a bundle and fails to load once bundled, and no checker covers every
 * pattern JavaScript accepts, while a budget holds for all of them.
 *
 * The tests run in batches, one watchdog per batch. When a batch times out, the test that was
 * running is blamed only if it was the batch's first (it had the whole budget to itself);
 * otherwise the next batch starts with it. So each test gets at least the full budget, and a run
 * of fast tests costs one watchdog however many values there are.
 */
import vm from 'node:vm';
import { UserError } from '../errors';

/** Time one pattern may spend on one value. Real patterns need microseconds; catastrophic ones never finish. */
export const ALLOW_PATTERN_BUDGET_MS = 1000;

/** Where pattern `index` sits in the config, for errors (stackgate.yml:line:column). */
export type PatternLocator = (index: number) => { file?: string; line?: number; column?: number };

export interface AllowPatternOptions {
  locate?: PatternLocator;
  budgetMs?: number;
}

/** The patterns as regular expressions; an invalid one is a UserError at its line. */
export function compileAllowPatterns(patterns: readonly string[], locate: PatternLocator = () => ({})): RegExp[] {
  return patterns.map((p, i) => {
    try {
      return new RegExp(p);
    } catch (e) {
      throw new UserError(`secrets.allow.patterns[${i}]: invalid regular expression: ${(e as Error).message}`, locate(i));
    }
  });
}

interface Batch {
  patterns: readonly RegExp[];
  values: readonly string[];
  /** Where the batch starts and, when it stops, which test was running. */
  value: number;
  pattern: number;
  accepted: number[];
}

// Runs in its own context so that the watchdog's timeout applies; the patterns are the caller's objects.
const RUN_BATCH = new vm.Script(`
  for (let v = batch.value, p = batch.pattern; v < batch.values.length; v++, p = 0) {
    for (; p < batch.patterns.length; p++) {
      batch.value = v;
      batch.pattern = p;
      if (batch.patterns[p].test(batch.values[v])) {
        batch.accepted.push(v);
        break;
      }
    }
  }
`);

/** The values at least one pattern matches. Throws a UserError naming a pattern that overruns the budget on one value. */
export function acceptedValues(patterns: readonly RegExp[], values: readonly string[], options: AllowPatternOptions = {}): Set<string> {
  if (!patterns.length || !values.length) return new Set();
  const budgetMs = options.budgetMs ?? ALLOW_PATTERN_BUDGET_MS;
  const batch: Batch = { patterns, values, value: 0, pattern: 0, accepted: [] };
  const context = vm.createContext({ batch });
  for (;;) {
    const first = { value: batch.value, pattern: batch.pattern };
    try {
      RUN_BATCH.runInContext(context, { timeout: budgetMs });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw e;
      if (batch.value !== first.value || batch.pattern !== first.pattern) continue; // Earlier tests used the budget: resume at this one.
      const i = batch.pattern;
      throw new UserError(
        `secrets.allow.patterns[${i}]: ${JSON.stringify(patterns[i].source)} ran for more than ${budgetMs} ms on one value (catastrophic backtracking), so it is refused`,
        {
          ...options.locate?.(i),
          hint: 'rewrite it without nested or overlapping repeats such as (a+)+ or (\\w+\\s?)*, e.g. anchor it on a fixed prefix: ^sk_test_',
        },
      );
    }
  }
  return new Set(batch.accepted.map((v) => values[v]));
}
