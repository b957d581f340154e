import { configJsonSchema } from '../../core/config/schema';
import type { CliIo } from '../io';
import { parseCommandArgs } from '../main';

export function runSchemaCommand(args: readonly string[], io: CliIo): number {
  parseCommandArgs(args, {}, false);
  io.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
  return 0;
}
