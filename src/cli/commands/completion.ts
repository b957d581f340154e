import { UserError } from '../../core/errors';
import type { CliIo } from '../io';
import { parseCommandArgs } from '../command-args';
import { bashCompletion } from '../completion/bash';
import { fishCompletion } from '../completion/fish';
import { COMPLETION_OPTIONS, SHELLS, completionSpec, type Shell } from '../completion/spec';
import { zshCompletion } from '../completion/zsh';

export const COMPLETION_HELP = `stackgate completion <${SHELLS.join(' | ')}> — print a shell completion script on stdout

It completes the commands, each command's options, and the values of options that take a fixed
list (formats, severities, modes, check ids for --check, schema names); other values complete as files.

  bash   source <(stackgate completion bash)            in ~/.bashrc, or save the output as
                                                       ~/.local/share/bash-completion/completions/stackgate
  zsh    source <(stackgate completion zsh)             in ~/.zshrc after compinit, or save the output
                                                       as _stackgate in a directory of $fpath
  fish   stackgate completion fish | source              or save the output as
                                                       ~/.config/fish/completions/stackgate.fish

      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 printed, 2 usage error.
`;

const RENDER: Record<Shell, typeof bashCompletion> = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion };

export function runCompletionCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, COMPLETION_OPTIONS);
  if (values.help) {
    io.stdout.write(COMPLETION_HELP);
    return 0;
  }
  const shell = positionals[0];
  if (positionals.length !== 1 || !(SHELLS as readonly string[]).includes(shell)) {
    throw new UserError(positionals.length ? `completion: unknown shell "${positionals.join(' ')}"` : 'completion: which shell?', {
      hint: `stackgate completion <${SHELLS.join(' | ')}>`,
    });
  }
  io.stdout.write(RENDER[shell as Shell](completionSpec()));
  return 0;
}
