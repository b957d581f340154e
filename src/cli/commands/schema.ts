import { configJsonSchema } from '../../core/config/schema';
import { UserError } from '../../core/errors';
import { readinessReportJsonSchema } from '../../core/readiness/report-schema';
import { smokeReportJsonSchema } from '../../core/smoke/report-schema';
import type { CliIo } from '../io';
import { parseCommandArgs } from '../command-args';

const SCHEMAS: Record<string, () => unknown> = {
  config: configJsonSchema,
  'readiness-report': readinessReportJsonSchema,
  'smoke-report': smokeReportJsonSchema,
};

/** `stackgate schema [config|readiness-report|smoke-report]`: the JSON Schema of stackgate.yml, `score --format json` or `smoke --format json`. */
export function runSchemaCommand(args: readonly string[], io: CliIo): number {
  const { positionals } = parseCommandArgs(args, {});
  const name = positionals[0] ?? 'config';
  const schema = SCHEMAS[name];
  if (!schema || positionals.length > 1) throw new UserError(`schema: unknown schema "${positionals.join(' ')}"`, { hint: `use one of ${Object.keys(SCHEMAS).join(', ')}` });
  io.stdout.write(`${JSON.stringify(schema(), null, 2)}\n`);
  return 0;
}
