/**
 * The JSON Schema of stackgate.yml as editors use it: draft-07 (what the YAML language server and
 * SchemaStore load), with an `$id` and a title, valid against the draft-07 meta-schema in Ajv's
 * strict mode, and agreeing with the zod schema on real and broken configs.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import YAML from 'yaml';
import { CONFIG_SCHEMA_URL } from '../../../src/core/config/schema';
import { checkedConfigSchema, configJsonSchema } from '../../../src/core/validate/config';

const ROOT = path.join(__dirname, '../../..');
const schema = configJsonSchema();

function draft07() {
  // Ajv's default class is draft-07; strict mode rejects unknown keywords and ambiguous schemas.
  const ajv = new Ajv({ strict: true, allErrors: true });
  const valid = ajv.validateSchema(schema);
  return { ajv, valid, errors: ajv.errors };
}

it('declares draft-07, its $id and a title', () => {
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  expect(schema.$id).toBe(CONFIG_SCHEMA_URL);
  expect(schema.title).toBe('stackgate.yml');
  expect(JSON.stringify(schema)).not.toMatch(/"\$defs"|"prefixItems"|"unevaluatedProperties"/); // 2019-09/2020-12 keywords
});

it('is a valid draft-07 schema (Ajv, strict)', () => {
  const { valid, errors } = draft07();
  expect(errors ?? []).toEqual([]);
  expect(valid).toBe(true);
});

describe('agrees with the zod schema', () => {
  const validate = draft07().ajv.compile(schema);
  const configs: [string, unknown][] = [
    ['examples/mcp-stacks/stackgate.yml', YAML.parse(fs.readFileSync(path.join(ROOT, 'examples/mcp-stacks/stackgate.yml'), 'utf8'))],
    ['stackgate.yml', YAML.parse(fs.readFileSync(path.join(ROOT, 'stackgate.yml'), 'utf8'))],
    ['with $schema', { $schema: CONFIG_SCHEMA_URL, failOn: 'warning' }],
    ['an environment whose variables are complete', { environments: { prod: { production: true, variables: { TAG: '1.0' }, variablesComplete: true } } }],
  ];

  test.each(configs)('%s is valid for both', (_, config) => {
    expect(checkedConfigSchema.safeParse(config).success).toBe(true);
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  test.each([
    ['an unknown severity', { failOn: 'sometimes' }],
    ['an unknown top-level key', { failon: 'error' }],
    ['a version other than 1', { version: 2 }],
    ['variablesComplete that is not a boolean', { environments: { prod: { variablesComplete: 'yes' } } }],
  ])('%s is invalid for both', (_, config) => {
    expect(checkedConfigSchema.safeParse(config).success).toBe(false);
    expect(validate(config)).toBe(false);
  });
});
