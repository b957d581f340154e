/** The bash completion script: one function over COMP_WORDS / COMP_CWORD, filenames by default. */
import type { CompletionCommand } from './spec';

export function bashCompletion(commands: readonly CompletionCommand[]): string {
  const names = commands.map((c) => c.name);
  const words = (list: readonly string[]): string => list.join(' ');
  const compgen = (list: readonly string[]): string => `COMPREPLY=($(compgen -W "${words(list)}" -- "$cur"))`;
  const perCommand = commands.map((c) => {
    const optionWords = c.options.flatMap((o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])]);
    const valued = c.options.filter((o) => o.takesValue);
    const flag = (o: CompletionCommand['options'][number]): string => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])].join('|');
    const valueCases = valued.map((o) => `        ${flag(o)}) ${o.values ? `${compgen(o.values)}; ` : ''}return ;;`);
    const positional = c.positionals === 'paths' ? '' : c.positionals === 'none' ? '' : `      [[ "$cur" != -* ]] && ${compgen(c.positionals)} && return\n`;
    return [
      `    ${c.name})`,
      ...(valueCases.length ? ['      case "$prev" in', ...valueCases, '      esac'] : []),
      `${positional}      [[ "$cur" == -* ]] && ${compgen(optionWords)}`,
      '      ;;',
    ].join('\n');
  });
  return `# stackgate completion for bash. Load it with
#   source <(stackgate completion bash)
# or save it as ~/.local/share/bash-completion/completions/stackgate
_stackgate() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" i
  ((COMP_CWORD > 0)) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # --format=json: bash splits the word at "=" (COMP_WORDBREAKS)
  if [[ "$cur" == "=" ]]; then
    cur=""
  elif [[ "$prev" == "=" ]] && ((COMP_CWORD > 1)); then
    prev="\${COMP_WORDS[COMP_CWORD-2]}"
  fi
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  COMPREPLY=()
  if [[ -z "$cmd" ]]; then
    ${compgen([...names, 'help', '--help', '--version'])}
    return
  fi
  case "$cmd" in
    help)
      ${compgen(names)}
      ;;
${perCommand.join('\n')}
  esac
}
complete -o default -F _stackgate stackgate
`;
}
