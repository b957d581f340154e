import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/errors';

/** A command's options, as parseArgs reads them (exported by each command for its help test and shell completion). */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** --debug and -h/--help: every command takes them. */
export const BASE_OPTIONS = {
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies CommandOptions;

/** --color and --no-color (the last one given wins; see color.ts). */
export const COLOR_OPTIONS = {
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const satisfies CommandOptions;

/** The values an option takes, where they are a fixed list (for shell completion). */
export type OptionValues = Readonly<Record<string, readonly string[]>>;

/** `text (default), json, sarif or junit`: a command's formats in its help, from the list its parser uses. */
export function describeFormats(formats: readonly string[]): string {
  const [first, ...rest] = formats;
  const all = [`${first} (default)`, ...rest];
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}` : all[0];
}

/** Runs a parseArgs call, turning its errors (unknown flag, missing value) into a UserError. */
export function withUsageErrors<T>(parse: () => T, hint = 'run "stackgate --help" for usage'): T {
  try {
    return parse();
  } catch (e) {
    throw new UserError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''), { hint });
  }
}

/** parseArgs with our UserError on unknown flags or missing values. */
export function parseCommandArgs<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(
  args: readonly string[],
  options: T,
  allowPositionals = true,
) {
  return withUsageErrors(() => parseArgs({ args: [...args], options, allowPositionals, strict: true }));
}

/** The one optional `[path]` of a command, as an existing directory. */
export function commandRoot(command: string, positionals: readonly string[], cwd: string): string {
  if (positionals.length > 1) throw new UserError(`${command} takes one path, got ${positionals.length}`, { hint: `stackgate ${command} [path]` });
  const root = path.resolve(cwd, positionals[0] ?? '.');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UserError(`not a directory: ${positionals[0] ?? '.'}`);
  return root;
}

/** A parser of a command's output formats: `--format` and the format half of `--output`. */
export function formatParser<F extends string>(formats: readonly F[]): (value: string, where: string) => F {
  return (value, where) => {
    if ((formats as readonly string[]).includes(value)) return value as F;
    throw new UserError(`${where}: unknown format "${value}"`, { hint: `use one of ${formats.join(', ')}` });
  };
}

/** `--output format=file`, repeatable. */
export function parseOutputs<F>(values: readonly string[], parseFormat: (value: string, where: string) => F): { format: F; file: string }[] {
  return values.map((value) => {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) throw new UserError(`--output: expected format=file, got "${value}"`, { hint: 'e.g. --output json=report.json' });
    return { format: parseFormat(value.slice(0, at), '--output'), file: value.slice(at + 1) };
  });
}

/** `--workers <n>`: threads to use, a whole number of at least 1; undefined when not given. */
export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1) throw new UserError(`--workers: expected a whole number of at least 1, got "${value}"`);
  return workers;
}
