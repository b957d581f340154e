/** The fish completion script: one `complete` line per command, option and value list. */
import type { CompletionCommand } from './spec';

/** A word in single quotes, for fish. */
const quote = (s: string): string => `'${s.replace(/[\\']/g, '\\$&')}'`;

export function fishCompletion(commands: readonly CompletionCommand[]): string {
  const names = commands.map((c) => c.name);
  const lines = [
    '# stackgate completion for fish. Load it with',
    '#   stackgate completion fish | source',
    '# or save it as ~/.config/fish/completions/stackgate.fish',
    'complete -c stackgate -f',
    ...commands.map((c) => `complete -c stackgate -n __fish_use_subcommand -a ${c.name} -d ${quote(c.summary)}`),
    `complete -c stackgate -n __fish_use_subcommand -a help -d ${quote('The options and output formats of a command')}`,
    "complete -c stackgate -n __fish_use_subcommand -s h -l help -d 'Show the help'",
    "complete -c stackgate -n __fish_use_subcommand -s v -l version -d 'Show the version'",
    `complete -c stackgate -n '__fish_seen_subcommand_from help' -a ${quote(names.join(' '))}`,
  ];
  for (const c of commands) {
    const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
    for (const o of c.options) {
      const flags = `${o.short ? `-s ${o.short} ` : ''}-l ${o.long}`;
      const value = !o.takesValue ? '' : o.values ? ` -x -a ${quote(o.values.join(' '))}` : ' -r -F';
      lines.push(`complete -c stackgate ${when} ${flags}${value}`);
    }
    if (c.positionals === 'paths') lines.push(`complete -c stackgate ${when} -F`);
    else if (c.positionals !== 'none') lines.push(`complete -c stackgate ${when} -a ${quote(c.positionals.join(' '))}`);
  }
  return `${lines.join('\n')}\n`;
}
