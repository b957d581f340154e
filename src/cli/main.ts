/**
 * `stackgate <command>`: argv in, exit code out. stdout carries results only; diagnostics go to
 * stderr. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, input or config error.
 */
import { COMMAND_LIST } from './command-list';
import { dispatch, type CommandTable } from './dispatch';
import type { CliIo } from './io';
import { VERSION } from '../core/version';

export const HELP = `stackgate ${VERSION} — production-readiness gates for MCP-server deployments

Usage:
${COMMAND_LIST.map((c) => `  stackgate ${c.name} ${c.usage}\n      ${c.summary}`).join('\n')}
  stackgate help <command>
      A command's options and output formats (the same as stackgate <command> --help)
  stackgate --version | --help

Exit codes: 0 nothing at or above the threshold (smoke: no check failed), 1 findings at or above it
(smoke: a check failed; score: blockers or a score under the thresholds; deploy: it failed or was
rolled back; gate: the promotion is not allowed), 2 usage, input or config error.
`;

/** Every command, each loading its own modules when it runs. */
export const COMMANDS: CommandTable = {
  validate: async (args, io) => (await import('./commands/validate')).runValidateCommand(args, io),
  checks: async (args, io) => (await import('./commands/checks')).runChecksCommand(args, io),
  explain: async (args, io) => (await import('./commands/explain')).runExplainCommand(args, io),
  secrets: async (args, io) => (await import('./commands/secrets')).runSecretsCommand(args, io),
  score: async (args, io) => (await import('./commands/score')).runScoreCommand(args, io),
  smoke: async (args, io) => (await import('./commands/smoke')).runSmokeCommand(args, io),
  deploy: async (args, io) => (await import('./commands/deploy')).runDeployCommand(args, io),
  gate: async (args, io) => (await import('./commands/gate')).runGateCommand(args, io),
  environments: async (args, io) => (await import('./commands/environments')).runEnvironmentsCommand(args, io),
  bot: async (args, io) => (await import('./commands/bot')).runBotCommand(args, io),
  schema: async (args, io) => (await import('./commands/schema')).runSchemaCommand(args, io),
  completion: async (args, io) => (await import('./commands/completion')).runCompletionCommand(args, io),
};

export function main(argv: readonly string[], io: CliIo): Promise<number> {
  return dispatch(argv, io, COMMANDS, HELP);
}
