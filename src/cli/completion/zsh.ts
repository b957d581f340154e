/** The zsh completion script: a completion function for compinit, loadable from $fpath or sourced. */
import type { CompletionCommand } from './spec';

/** A word in single quotes, for zsh. */
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function zshCompletion(commands: readonly CompletionCommand[]): string {
  const names = commands.map((c) => c.name);
  const add = (list: readonly string[]): string => `compadd -- ${list.map(quote).join(' ')}`;
  const perCommand = commands.map((c) => {
    const optionWords = c.options.flatMap((o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])]);
    const flag = (o: CompletionCommand['options'][number]): string => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])].join('|');
    const valueCases = c.options.filter((o) => o.takesValue).map((o) => `        ${flag(o)}) ${o.values ? add(o.values) : '_files'}; return ;;`);
    const positional = c.positionals === 'paths' ? '_files' : c.positionals === 'none' ? 'return 1' : add(c.positionals);
    return [
      `    ${c.name})`,
      ...(valueCases.length ? ['      case $prev in', ...valueCases, '      esac'] : []),
      `      if [[ $cur == -* ]]; then ${add(optionWords)}; else ${positional}; fi`,
      '      ;;',
    ].join('\n');
  });
  const described = commands.map((c) => quote(`${c.name}:${c.summary.replace(/:/g, '\\:')}`));
  return `#compdef stackgate
# stackgate completion for zsh. Load it after compinit with
#   source <(stackgate completion zsh)
# or save it as _stackgate in a directory of $fpath.
_stackgate() {
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]} cmd=\${words[2]}
  if (( CURRENT == 2 )); then
    local -a commands
    commands=(${described.join(' ')} 'help:The options and output formats of a command')
    _describe -t commands 'stackgate command' commands
    return
  fi
  case $cmd in
    help)
      ${add(names)}
      ;;
${perCommand.join('\n')}
  esac
}
if [[ \${funcstack[1]} == _stackgate ]]; then
  _stackgate "$@"
else
  compdef _stackgate stackgate
fi
`;
}
