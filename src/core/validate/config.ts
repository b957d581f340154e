/**
 * stackgate.yml as the engine reads it. config/schema.ts knows checks by shape only; here every
 * registered check gets its own key under `checks:` (with its own options schema) and under
 * `overrides[].checks`, so an unknown id (with a did-you-mean), a bad severity or options that fail
 * the check's schema are config errors on their line, found in the same pass as every other
 * problem of the file. The JSON Schema of stackgate.yml is generated from this schema.
 */
import { z } from 'zod';
import { CHECKS } from '../checks/index';
import type { AnyCheck } from '../checks/types';
import type { LoadedConfig } from '../config/load';
import { parseConfigWith, readConfig } from '../config/read';
import { buildConfigSchema, checkSettingSchema, CONFIG_SCHEMA_URL, severitySetting, type ChecksSections, type StackgateConfig } from '../config/schema';

/** The config schema whose `checks:` sections take exactly these checks, each with its own options. */
export function configSchemaFor(checks: readonly AnyCheck[]) {
  const settings: Record<string, z.ZodType> = {};
  const severities: Record<string, z.ZodType> = {};
  for (const check of checks) {
    settings[check.id] = checkSettingSchema(check.options).optional().describe(check.meta.title);
    severities[check.id] = severitySetting.optional().describe(check.meta.title);
  }
  // Each key's schema is one of the generic shape's (a severity, or {severity, options}), narrowed.
  const sections = { checks: z.strictObject(settings), overrideChecks: z.strictObject(severities) } as unknown as ChecksSections;
  return buildConfigSchema(sections);
}

/** stackgate.yml with the registered checks. */
export const checkedConfigSchema = configSchemaFor(CHECKS);

/** Finds and loads the config of a repository (as config/load.ts does), its check settings checked against the registered checks. */
export function loadCheckedConfig(root: string, explicitPath?: string): LoadedConfig {
  return readConfig(checkedConfigSchema, root, explicitPath);
}

export function parseCheckedConfigText(file: string, text: string): StackgateConfig {
  return parseConfigWith(checkedConfigSchema, file, text);
}

/**
 * The JSON Schema written to schema/stackgate.schema.json, in draft-07: the draft the YAML language
 * server (VS Code's YAML extension, and editors built on it) and SchemaStore load.
 */
export function configJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(checkedConfigSchema, { io: 'input', unrepresentable: 'any', target: 'draft-07' }) as Record<string, unknown>;
  return {
    $schema,
    $id: CONFIG_SCHEMA_URL,
    title: 'stackgate.yml',
    ...rest,
  };
}
