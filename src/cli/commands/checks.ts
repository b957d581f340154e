import { CHECKS } from '../../core/checks/index';
import { catalogue, renderChecksMarkdown } from '../../core/checks/catalogue';
import type { CliIo } from '../io';
import { BASE_OPTIONS, describeFormats, formatParser, parseCommandArgs, type CommandOptions, type OptionValues } from '../command-args';

const FORMATS = ['text', 'json', 'markdown'] as const;
const parseFormat = formatParser(FORMATS);

export const CHECKS_HELP = `stackgate checks [options] — list the check catalogue: id, default severity and title of every check

  -f, --format <format>      ${describeFormats(FORMATS)}
                             (JSON adds each check's category, rationale and remediation;
                             Markdown is docs/checks.md)
      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 listed, 2 usage error.
`;

export const CHECKS_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  ...BASE_OPTIONS,
} satisfies CommandOptions;

export const CHECKS_VALUES: OptionValues = { format: FORMATS };

export function runChecksCommand(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArgs(args, CHECKS_OPTIONS, false);
  if (values.help) {
    io.stdout.write(CHECKS_HELP);
    return 0;
  }
  const format = parseFormat(values.format as string, '--format');
  if (format === 'json') io.stdout.write(`${JSON.stringify(catalogue(CHECKS), null, 2)}\n`);
  else if (format === 'markdown') io.stdout.write(renderChecksMarkdown(CHECKS));
  else {
    const width = Math.max(...CHECKS.map((c) => c.id.length));
    for (const c of CHECKS) io.stdout.write(`${c.id.padEnd(width)}  ${c.meta.severity.padEnd(7)}  ${c.meta.title}\n`);
    io.stdout.write(`${CHECKS.length} checks\n`);
  }
  return 0;
}
