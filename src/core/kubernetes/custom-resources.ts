/**
 * Schemas of custom resources: taken from CustomResourceDefinitions in the repository, from
 * schema files mapped in stackgate.yml (`kubernetes.schemas`), or from the few built-in ones, then
 * compiled with ajv the way the API server applies them (OpenAPI v3 quirks, unknown fields
 * rejected unless `x-kubernetes-preserve-unknown-fields`, nulls pruned).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { parse as parseYamlValue } from 'yaml';
import type { TreePath } from '../source/yaml-tree';
import type { KubernetesObject } from './objects';
import { PROMETHEUS_OPERATOR_SCHEMAS } from './prometheus-operator-schemas';
import { groupOf, versionOf, type SchemaError } from './schema';

export interface CustomResourceSchema {
  /** `group/version/Kind`. */
  key: string;
  schema: Record<string, unknown>;
  /** Where the schema comes from, for messages. */
  origin: string;
  /** The CRD that defines it, when it comes from the repository, and the schema's path inside it. */
  crd?: KubernetesObject;
  path?: TreePath;
}

export interface CustomResourceDefinitionInfo {
  group: string;
  kind: string;
  /** Every version the CRD serves, with its schema if it has one. */
  versions: { name: string; schema?: Record<string, unknown>; path: TreePath }[];
  crd: KubernetesObject;
}

export function schemaKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

function record(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The CustomResourceDefinitions among the objects (v1 and the removed v1beta1 shape). */
export function customResourceDefinitions(objects: readonly KubernetesObject[]): CustomResourceDefinitionInfo[] {
  const out: CustomResourceDefinitionInfo[] = [];
  for (const crd of objects) {
    if (crd.kind !== 'CustomResourceDefinition' || groupOf(crd.apiVersion) !== 'apiextensions.k8s.io') continue;
    const info = definitionOf(crd.value, crd);
    if (info) out.push(info);
  }
  return out;
}

function definitionOf(value: unknown, crd: KubernetesObject): CustomResourceDefinitionInfo | undefined {
  const spec = record(record(value)?.spec);
  const group = spec?.group;
  const kind = record(spec?.names)?.kind;
  if (typeof group !== 'string' || typeof kind !== 'string') return undefined;
  const versions: CustomResourceDefinitionInfo['versions'] = [];
  const legacy = record(record(spec?.validation)?.openAPIV3Schema);
  if (Array.isArray(spec?.versions)) {
    spec.versions.forEach((v, i) => {
      const name = record(v)?.name;
      if (typeof name !== 'string') return;
      const schema = record(record(record(v)?.schema)?.openAPIV3Schema);
      if (schema) versions.push({ name, schema, path: ['spec', 'versions', i, 'schema', 'openAPIV3Schema'] });
      else versions.push({ name, schema: legacy, path: legacy ? ['spec', 'validation', 'openAPIV3Schema'] : ['spec', 'versions', i] });
    });
  } else if (typeof spec?.version === 'string') {
    versions.push({ name: spec.version, schema: legacy, path: ['spec', 'validation', 'openAPIV3Schema'] });
  }
  return { group, kind, versions, crd };
}

/** Schemas shipped with stackgate for common operators (`group/version/Kind` -> schema). */
export function builtInCustomSchema(apiVersion: string, kind: string): Record<string, unknown> | undefined {
  return PROMETHEUS_OPERATOR_SCHEMAS.get(schemaKey(apiVersion, kind));
}

export interface LoadedSchemaProblem {
  key: string;
  file: string;
  message: string;
}

/**
 * Reads the schemas mapped in stackgate.yml (`kubernetes.schemas`): each file is a JSON Schema
 * (JSON or YAML) or a CustomResourceDefinition whose version schema is used. The engine passes
 * file contents in, so this stays free of I/O.
 */
export function loadConfiguredSchemas(
  mapping: Readonly<Record<string, string>>,
  readText: (file: string) => string | undefined,
): { schemas: Map<string, CustomResourceSchema>; problems: LoadedSchemaProblem[] } {
  const schemas = new Map<string, CustomResourceSchema>();
  const problems: LoadedSchemaProblem[] = [];
  for (const [key, file] of Object.entries(mapping)) {
    const parts = key.split('/');
    if (parts.length < 2) {
      problems.push({ key, file, message: `"${key}" is not of the form group/version/Kind (or version/Kind for the core group)` });
      continue;
    }
    const kind = parts[parts.length - 1];
    const apiVersion = parts.slice(0, -1).join('/');
    const text = readText(file);
    if (text === undefined) {
      problems.push({ key, file, message: `schema file ${file} was not found` });
      continue;
    }
    let parsed: unknown;
    try {
      parsed = parseYamlValue(text);
    } catch (e) {
      problems.push({ key, file, message: `schema file ${file} does not parse: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    const doc = record(parsed);
    let schema = doc;
    if (doc?.kind === 'CustomResourceDefinition') {
      const versions = record(doc.spec)?.versions;
      const match = Array.isArray(versions) ? versions.map(record).find((v) => v?.name === versionOf(apiVersion)) : undefined;
      schema = record(record(match?.schema)?.openAPIV3Schema) ?? record(record(record(doc.spec)?.validation)?.openAPIV3Schema);
    }
    if (!schema) {
      problems.push({ key, file, message: `schema file ${file} holds no schema for ${key}` });
      continue;
    }
    schemas.set(schemaKey(apiVersion, kind), { key: schemaKey(apiVersion, kind), schema, origin: file });
  }
  return { schemas, problems };
}

/* ----------------------------------------------------------------------------------------------
 * Compiling: OpenAPI v3 as the API server reads it.
 */

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
const compiled = new WeakMap<object, { validate?: ValidateFunction; error?: string }>();

/**
 * Rewrites an openAPIV3Schema into a JSON Schema ajv accepts and that behaves like the API server:
 * objects with `properties` reject unknown fields unless `x-kubernetes-preserve-unknown-fields`,
 * draft-4 boolean `exclusiveMinimum`, Go-only regular expressions are dropped, `nullable` without a
 * type is ignored. Only the structural part (properties, items, additionalProperties) is rewritten.
 */
function toJsonSchema(node: unknown, isRoot: boolean): unknown {
  const src = record(node);
  if (!src) return node;
  const out: Record<string, unknown> = { ...src };
  if (out.nullable !== undefined && out.type === undefined) delete out.nullable;
  for (const bound of ['Minimum', 'Maximum'] as const) {
    const flag = out[`exclusive${bound}`];
    if (typeof flag === 'boolean') {
      const limit = out[bound.toLowerCase()];
      delete out[`exclusive${bound}`];
      if (flag && typeof limit === 'number') {
        out[`exclusive${bound}`] = limit;
        delete out[bound.toLowerCase()];
      }
    }
  }
  if (typeof out.pattern === 'string') {
    try {
      new RegExp(out.pattern, 'u');
    } catch {
      // RE2 syntax such as `(?i)` has no JavaScript equivalent; the API server still checks it.
      delete out.pattern;
    }
  }
  const props = record(out.properties);
  if (props) {
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(props)) next[k] = toJsonSchema(v, false);
    if (isRoot || out['x-kubernetes-embedded-resource'] === true) {
      for (const k of ['apiVersion', 'kind']) next[k] ??= { type: 'string' };
      // The API server validates metadata itself (the CRD may only restrict name); keep it open.
      next.metadata = { type: 'object' };
    }
    if (isRoot) next.status ??= { type: 'object' };
    out.properties = next;
    if (out.additionalProperties === undefined && out['x-kubernetes-preserve-unknown-fields'] !== true) out.additionalProperties = false;
  }
  if (out.items !== undefined) out.items = Array.isArray(out.items) ? out.items.map((i) => toJsonSchema(i, false)) : toJsonSchema(out.items, false);
  if (record(out.additionalProperties)) out.additionalProperties = toJsonSchema(out.additionalProperties, false);
  return out;
}

/** Removes null map values, which the API server prunes instead of rejecting. */
function pruneNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(pruneNulls);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = pruneNulls(x);
    return out;
  }
  return v;
}

export type CustomValidation = { ok: true; errors: SchemaError[] } | { ok: false; error: string };

export function validateCustom(schema: Record<string, unknown>, value: unknown): CustomValidation {
  let entry = compiled.get(schema);
  if (!entry) {
    try {
      entry = { validate: ajv.compile(toJsonSchema(schema, true) as object) };
    } catch (e) {
      entry = { error: (e as Error).message.split('\n')[0] };
    }
    compiled.set(schema, entry);
  }
  if (!entry.validate) return { ok: false, error: entry.error ?? 'schema does not compile' };
  const valid = entry.validate(pruneNulls(value));
  if (valid) return { ok: true, errors: [] };
  const errors = (entry.validate.errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    keyword: e.keyword,
    message: e.message,
    params: e.params as Record<string, unknown>,
  }));
  return { ok: true, errors };
}
