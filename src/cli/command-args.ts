import { parseArgs } from 'node:util';
import { UserError } from '../core/errors';

/** parseArgs with our UserError on unknown flags or missing values. */
export function parseCommandArgs<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: readonly string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (e) {
    throw new UserError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''), { hint: 'run "stackgate --help" for usage' });
  }
}
