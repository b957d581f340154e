/**
 * Runs one command of a command table: --help, `help <command>` and --version, the exit code, and
 * errors as one line on stderr (a stack trace only with --debug or RUNNER_DEBUG=1), with any secret
 * they quote redacted.
 */
import { suggest } from '../core/did-you-mean';
import { UserError, isUserError, toError } from '../core/errors';
import { neutraliseWorkflowCommands } from '../core/report/workflow-commands';
import { redactSecrets } from '../core/secrets/redactor';
import type { CliIo } from './io';
import { isDebugRun } from './stderr-log';
import { VERSION } from '../core/version';

export type CommandTable = Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>>;

export async function dispatch(argv: readonly string[], given: CliIo, commands: CommandTable, help: string): Promise<number> {
  // In a GitHub Actions step, diagnostics quoting files or servers must not read as workflow commands.
  const io: CliIo =
    given.env.GITHUB_ACTIONS === 'true' ? { ...given, stderr: { write: (s: string) => given.stderr.write(neutraliseWorkflowCommands('text', s)) } } : given;
  const debug = isDebugRun(argv, io.env);
  try {
    const [command, ...rest] = argv;
    if (!command) {
      // No command is a usage error: the help goes to stderr, stdout carries results only.
      io.stderr.write(help);
      return 2;
    }
    if (command === '--help' || command === '-h' || (command === 'help' && !rest.length)) {
      io.stdout.write(help);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    // `stackgate help validate` is `stackgate validate --help`.
    const [name, args] = command === 'help' ? [rest[0], ['--help']] : [command, rest];
    if (command === 'help' && rest.length > 1) throw new UserError(`help takes one command, got ${rest.length}`, { hint: 'stackgate help <command>' });
    const run = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!run) {
      const guess = suggest(name, Object.keys(commands));
      throw new UserError(`unknown command "${name}"${guess ? `; did you mean "${guess}"?` : ''}`, { hint: 'run "stackgate --help" for the list of commands' });
    }
    return await run(args, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr.write(`stackgate: ${redactSecrets(e.format())}\n`);
      return 2;
    }
    const err = toError(e);
    io.stderr.write(`stackgate: internal error: ${redactSecrets(err.message)}, please report it\n`);
    if (debug && err.stack) io.stderr.write(`${redactSecrets(err.stack)}\n`);
    return 2;
  }
}
