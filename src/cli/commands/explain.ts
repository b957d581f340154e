import { CHECKS } from '../../core/checks/index';
import { explainCheck } from '../../core/checks/explain';
import { suggest } from '../../core/did-you-mean';
import { UserError } from '../../core/errors';
import type { CliIo } from '../io';
import { BASE_OPTIONS, parseCommandArgs, type CommandOptions } from '../command-args';

export const EXPLAIN_HELP = `stackgate explain <check-id> — what a check looks for, why it matters and how to fix it

Prints the check's title, default severity and category, its rationale and remediation, what its
findings say, its options with their defaults, how to configure or turn it off in stackgate.yml,
and its section in docs/checks.md. The ids: stackgate checks.

      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 explained, 2 unknown check id or usage error.
`;

export const EXPLAIN_OPTIONS = BASE_OPTIONS satisfies CommandOptions;

/** The ids `stackgate explain` takes (for shell completion). */
export const EXPLAIN_IDS: readonly string[] = CHECKS.map((c) => c.id);

export function runExplainCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, EXPLAIN_OPTIONS);
  if (values.help) {
    io.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UserError(`explain takes one check id, got ${positionals.length}`, { hint: 'stackgate explain <check-id>; the ids: stackgate checks' });
  const id = positionals[0];
  const check = CHECKS.find((c) => c.id === id);
  if (!check) {
    const guess = suggest(id, EXPLAIN_IDS);
    throw new UserError(`explain: unknown check "${id}"${guess ? `; did you mean "${guess}"?` : ''}`, {
      hint: 'run "stackgate checks" for the list of check ids',
    });
  }
  io.stdout.write(explainCheck(check, { width: io.columns }));
  return 0;
}
