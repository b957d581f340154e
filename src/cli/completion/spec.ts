/**
 * What the shell completion scripts complete, read from the commands themselves: their names and
 * summaries (command-list.ts), the options their parsers accept, and the fixed values of those
 * options (formats, severities, modes, check ids). A completion script cannot offer what the CLI refuses.
 */
import { smokeTarget } from '../../core/config/smoke-schema';
import { BASE_OPTIONS, type CommandOptions, type OptionValues } from '../command-args';
import { COMMAND_LIST } from '../command-list';
import { OPTIONS as BOT_OPTIONS } from '../commands/bot';
import { CHECKS_OPTIONS, CHECKS_VALUES } from '../commands/checks';
import { FORMATS as DEPLOY_FORMATS, OPTIONS as DEPLOY_OPTIONS } from '../commands/deploy';
import { FORMATS as ENVIRONMENTS_FORMATS, MODES as ENVIRONMENTS_MODES, OPTIONS as ENVIRONMENTS_OPTIONS } from '../commands/environments';
import { EXPLAIN_IDS, EXPLAIN_OPTIONS } from '../commands/explain';
import { FORMATS as GATE_FORMATS, OPTIONS as GATE_OPTIONS } from '../commands/gate';
import { SCHEMA_NAMES, SCHEMA_OPTIONS } from '../commands/schema';
import { SCORE_OPTIONS, SCORE_VALUES } from '../commands/score';
import { SECRETS_OPTIONS, SECRETS_VALUES } from '../commands/secrets';
import { FORMATS as SMOKE_FORMATS, OPTIONS as SMOKE_OPTIONS } from '../commands/smoke';
import { VALIDATE_OPTIONS, VALIDATE_VALUES } from '../commands/validate';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export const COMPLETION_OPTIONS = BASE_OPTIONS;

export interface CompletionOption {
  long: string;
  short?: string;
  /** Whether the option takes a value (the next word). */
  takesValue: boolean;
  /** Its fixed values; none means any value (a file, a URL, a number). */
  values?: readonly string[];
}

export interface CompletionCommand {
  name: string;
  summary: string;
  options: CompletionOption[];
  /** What the words that are not options are: files and directories, fixed names, or nothing. */
  positionals: 'paths' | 'none' | readonly string[];
}

const COMMANDS: Record<string, { options: CommandOptions; values?: OptionValues; positionals: CompletionCommand['positionals'] }> = {
  validate: { options: VALIDATE_OPTIONS, values: VALIDATE_VALUES, positionals: 'paths' },
  secrets: { options: SECRETS_OPTIONS, values: SECRETS_VALUES, positionals: 'paths' },
  score: { options: SCORE_OPTIONS, values: SCORE_VALUES, positionals: 'paths' },
  smoke: { options: SMOKE_OPTIONS, values: { format: SMOKE_FORMATS, transport: smokeTarget.shape.transport.unwrap().options }, positionals: 'paths' },
  deploy: { options: DEPLOY_OPTIONS, values: { format: DEPLOY_FORMATS }, positionals: 'paths' },
  gate: { options: GATE_OPTIONS, values: { format: GATE_FORMATS }, positionals: 'paths' },
  bot: { options: BOT_OPTIONS, positionals: 'none' },
  environments: { options: ENVIRONMENTS_OPTIONS, values: { format: ENVIRONMENTS_FORMATS }, positionals: ENVIRONMENTS_MODES },
  checks: { options: CHECKS_OPTIONS, values: CHECKS_VALUES, positionals: 'none' },
  explain: { options: EXPLAIN_OPTIONS, positionals: EXPLAIN_IDS },
  schema: { options: SCHEMA_OPTIONS, positionals: SCHEMA_NAMES },
  completion: { options: COMPLETION_OPTIONS, positionals: SHELLS },
};

export function completionSpec(): CompletionCommand[] {
  return COMMAND_LIST.map(({ name, summary }) => {
    const command = COMMANDS[name];
    if (!command) throw new Error(`no completion for command ${name}`);
    const options = Object.entries(command.options).map(([long, o]) => ({
      long,
      ...(o.short ? { short: o.short } : {}),
      takesValue: o.type === 'string',
      ...(command.values?.[long] ? { values: command.values[long] } : {}),
    }));
    return { name, summary, options, positionals: command.positionals };
  });
}
