/**
 * `stackgate <command>`: argv in, exit code out. stdout carries results only; diagnostics go to
 * stderr. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, input or config error.
 */
import { parseArgs } from 'node:util';
import { UserError, isUserError, toError } from '../core/errors';
import { runChecksCommand } from './commands/checks';
import { runSchemaCommand } from './commands/schema';
import { runScoreCommand } from './commands/score';
import { runSecretsCommand } from './commands/secrets';
import { runValidateCommand } from './commands/validate';
import type { CliIo } from './io';
import { VERSION } from './version';

export const HELP = `stackgate ${VERSION} — production-readiness gates for MCP-server deployments

Usage:
  stackgate validate [path] [options]   Validate Compose, Kubernetes, Dockerfiles and monitoring config
  stackgate secrets [path] [--mode tree|diff|history|staged] [--base REF] [--format text|json|sarif]
                                        Find committed credentials (never printed; see stackgate secrets --help)
  stackgate score [path] [--base REF] [--format text|json|markdown] [--fail-under N]
                                        Production-readiness score, blockers and the change since REF (see stackgate score --help)
  stackgate checks [--format text|json|markdown]
                                        List the check catalogue
  stackgate schema [config|readiness-report]
                                        Print the JSON Schema of stackgate.yml or of the readiness report
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

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug') || io.env.RUNNER_DEBUG === '1';
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    switch (command) {
      case 'validate':
        return await runValidateCommand(rest, io);
      case 'checks':
        return runChecksCommand(rest, io);
      case 'secrets':
        return await runSecretsCommand(rest, io);
      case 'score':
        return await runScoreCommand(rest, io);
      case 'schema':
        return runSchemaCommand(rest, io);
      default:
        throw new UserError(`unknown command "${command}"`, { hint: 'run "stackgate --help" for the list of commands' });
    }
  } catch (e) {
    if (isUserError(e)) {
      io.stderr.write(`stackgate: ${e.format()}\n`);
      return 2;
    }
    const err = toError(e);
    io.stderr.write(`stackgate: internal error: ${err.message}, please report it\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

/** parseArgs with our UserError on unknown flags or missing values. */
export function parseCommandArgs<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: readonly string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (e) {
    throw new UserError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''), { hint: 'run "stackgate --help" for usage' });
  }
}
