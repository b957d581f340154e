/**
 * `stackgate <command>`: argv in, exit code out. stdout carries results only; diagnostics go to
 * stderr. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, input or config error.
 */
import { dispatch, type CommandTable } from './dispatch';
import type { CliIo } from './io';
import { VERSION } from './version';

export const HELP = `stackgate ${VERSION} — production-readiness gates for MCP-server deployments

Usage:
  stackgate validate [path] [options]   Validate Compose, Kubernetes, Dockerfiles and monitoring config
  stackgate secrets [path] [--mode tree|diff|history|staged] [--base REF] [--format text|json|sarif]
                                        Find committed credentials (never printed; see stackgate secrets --help)
  stackgate score [path] [--base REF] [--format text|json|markdown] [--fail-under N]
                                        Production-readiness score, blockers and the change since REF (see stackgate score --help)
  stackgate smoke [path] [--environment ENV | --url URL | --command CMD] [--format text|json|junit|markdown]
                                        Smoke-test deployed MCP servers over streamable HTTP, SSE or stdio (see stackgate smoke --help)
  stackgate checks [--format text|json|markdown]
                                        List the check catalogue
  stackgate schema [config|readiness-report|smoke-report]
                                        Print the JSON Schema of stackgate.yml, the readiness report or the smoke report
  stackgate --version | --help

validate options:
  -c, --config <file>        stackgate.yml to use (default: stackgate.yml or .github/stackgate.yml in path)
  -f, --format <format>      text (default), json, sarif, junit or markdown on stdout
  -o, --output <fmt=file>    also write a format to a file; repeatable (e.g. -o sarif=out.sarif)
      --fail-on <severity>   error (default), warning, info or never: lowest severity that exits 1
      --check <id>           run only this check; repeatable
      --changed <file>       report only findings in these repository-relative files; repeatable
      --promtool <mode>      auto (default: use promtool when installed), always or never
      --no-color             no colours in text output (default: colours on a TTY unless NO_COLOR is set)
      --debug                print stack traces of internal errors

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or config error.
`;

/** Every command, each loading its own modules when it runs. */
export const COMMANDS: CommandTable = {
  validate: async (args, io) => (await import('./commands/validate')).runValidateCommand(args, io),
  checks: async (args, io) => (await import('./commands/checks')).runChecksCommand(args, io),
  secrets: async (args, io) => (await import('./commands/secrets')).runSecretsCommand(args, io),
  score: async (args, io) => (await import('./commands/score')).runScoreCommand(args, io),
  smoke: async (args, io) => (await import('./commands/smoke')).runSmokeCommand(args, io),
  schema: async (args, io) => (await import('./commands/schema')).runSchemaCommand(args, io),
};

export function main(argv: readonly string[], io: CliIo): Promise<number> {
  return dispatch(argv, io, COMMANDS, HELP);
}
