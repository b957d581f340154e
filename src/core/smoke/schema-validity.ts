/**
 * Whether a tool's inputSchema is a usable JSON Schema: an object schema (MCP requires
 * `type: "object"`) that compiles. The dialect is the schema's `$schema`, else JSON Schema
 * 2020-12, the MCP default since 2025-11-25 (draft-07 schemas compile under it too, as clients do).
 */
import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';

// Built on first use: a smoke run without tools/list never pays for them.
let draft7: Ajv | undefined;
let draft2019: Ajv2019 | undefined;
let draft2020: Ajv2020 | undefined;

export function inputSchemaProblem(schema: unknown): string | undefined {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return 'inputSchema is not an object';
  const s = schema as Record<string, unknown>;
  if (s.type !== 'object') return `inputSchema has type ${JSON.stringify(s.type)}, MCP requires "object"`;
  const options = { strict: false, validateFormats: false, allErrors: false };
  const dialect = typeof s.$schema === 'string' ? s.$schema : '';
  // Ajv 8, which the MCP TypeScript SDK validates tool arguments with, has no draft-04.
  if (/draft-0[34]\b/.test(dialect))
    return `inputSchema declares JSON Schema ${/draft-03/.test(dialect) ? 'draft-03' : 'draft-04'} (${dialect}): clients on Ajv 8, the MCP TypeScript SDK's validator, cannot use it; MCP expects 2020-12 or draft-07`;
  const ajv = /draft-0[67]/.test(dialect)
    ? (draft7 ??= withDraft06(new Ajv(options)))
    : /draft\/2019-09/.test(dialect)
      ? (draft2019 ??= new Ajv2019(options))
      : (draft2020 ??= new Ajv2020(options));
  try {
    if (!ajv.validateSchema(s)) return `inputSchema is not a valid JSON Schema: ${ajv.errorsText(ajv.errors, { dataVar: 'inputSchema' })}`;
    ajv.compile(s);
    return undefined;
  } catch (e) {
    return `inputSchema does not compile: ${(e as Error).message}`;
  } finally {
    ajv.removeSchema(s);
  }
}

function withDraft06(ajv: Ajv): Ajv {
  ajv.addMetaSchema(draft06MetaSchema);
  return ajv;
}
