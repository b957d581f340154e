import { configJsonSchema } from '../../core/validate/config';
import { UserError } from '../../core/errors';
import { readinessReportJsonSchema } from '../../core/readiness/report-schema';
import { smokeReportJsonSchema } from '../../core/smoke/report-schema';
import type { CliIo } from '../io';
import { BASE_OPTIONS, parseCommandArgs } from '../command-args';

const SCHEMAS: Record<string, () => unknown> = {
  config: configJsonSchema,
  'readiness-report': readinessReportJsonSchema,
  'smoke-report': smokeReportJsonSchema,
};

/** The names `stackgate schema` takes (for shell completion). */
export const SCHEMA_NAMES = Object.keys(SCHEMAS);

export const SCHEMA_HELP = `stackgate schema [${SCHEMA_NAMES.join(' | ')}] — print a JSON Schema on stdout

  config                     stackgate.yml (the default), e.g. stackgate schema > stackgate.schema.json
  readiness-report           the report of stackgate score --format json
  smoke-report               the report of stackgate smoke --format json

      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 printed, 2 usage error.
`;

export const SCHEMA_OPTIONS = BASE_OPTIONS;

/** `stackgate schema [config|readiness-report|smoke-report]`: the JSON Schema of stackgate.yml, `score --format json` or `smoke --format json`. */
export function runSchemaCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, SCHEMA_OPTIONS);
  if (values.help) {
    io.stdout.write(SCHEMA_HELP);
    return 0;
  }
  const name = positionals[0] ?? 'config';
  const schema = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
  if (!schema || positionals.length > 1)
    throw new UserError(`schema: unknown schema "${positionals.join(' ')}"`, { hint: `use one of ${SCHEMA_NAMES.join(', ')}` });
  io.stdout.write(`${JSON.stringify(schema(), null, 2)}\n`);
  return 0;
}
