import { CHECKS } from '../../core/checks/index';
import { catalogue, renderChecksMarkdown } from '../../core/checks/catalogue';
import { UserError } from '../../core/errors';
import type { CliIo } from '../io';
import { parseCommandArgs } from '../command-args';

export function runChecksCommand(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArgs(args, { format: { type: 'string', short: 'f', default: 'text' } }, false);
  const format = values.format as string;
  if (format === 'json') io.stdout.write(`${JSON.stringify(catalogue(CHECKS), null, 2)}\n`);
  else if (format === 'markdown') io.stdout.write(renderChecksMarkdown(CHECKS));
  else if (format === 'text') {
    const width = Math.max(...CHECKS.map((c) => c.id.length));
    for (const c of CHECKS) io.stdout.write(`${c.id.padEnd(width)}  ${c.meta.severity.padEnd(7)}  ${c.meta.title}\n`);
    io.stdout.write(`${CHECKS.length} checks\n`);
  } else throw new UserError(`unknown format "${format}" for checks`, { hint: 'use text, json or markdown' });
  return 0;
}
