/**
 * Validity of each Compose file as written against the official Compose Specification JSON schema
 * (vendored in schema/vendor/, Apache-2.0). ajv's raw errors are noisy around oneOf/anyOf, so they
 * are reduced to the most specific problem per field before they are reported.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import composeSpec from '../../../../schema/vendor/compose-spec.schema.json';
import { suggest } from '../../did-you-mean';
import { formatPath, segmentsToPath, type TreeNode } from '../../source/yaml-tree';
import { defineCheck } from '../types';

/**
 * The spec types many scalars as `[integer, string]` so that `${VAR}` can be used; a literal
 * such as `replicas: "three"` would then pass. These patterns (string branch only) accept numbers,
 * booleans and anything interpolated, and reject the rest.
 */
const SCALAR_PATTERNS: Record<string, { pattern: string; expected: string }> = {
  integer: { pattern: '^\\s*[-+]?\\d+\\s*$|\\$', expected: 'an integer or a ${VARIABLE}' },
  number: { pattern: '^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$|\\$', expected: 'a number or a ${VARIABLE}' },
  boolean: { pattern: '^(true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N)$|\\$', expected: 'a boolean or a ${VARIABLE}' },
};
const EXPECTED_BY_PATTERN = new Map(Object.values(SCALAR_PATTERNS).map((p) => [p.pattern, p.expected]));
/** Fields typed number|string that also take sizes or durations ("512m", "400ms"). */
const UNITS_ALLOWED = new Set(['mem_limit', 'memswap_limit', 'shm_size', 'cpu_period', 'cpu_rt_period', 'cpu_rt_runtime', 'rate', 'mem_reservation']);

let validator: ValidateFunction | undefined;

function compileOnce(): ValidateFunction {
  if (!validator) {
    // code.optimize: false skips ajv's clean-up passes over the generated code: the validator
    // accepts and rejects the same documents, compiles in about 60% of the time (a start-up cost of
    // every run that checks Compose) and validates a few percent slower.
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: false, logger: false, code: { optimize: false } });
    validator = ajv.compile(prepareSchema(composeSpec, '') as object);
  }
  return validator;
}

/**
 * A copy of the spec without `$schema` (an https draft-07 URI ajv does not know) and with scalar
 * patterns added. `name` is the property a schema describes; `isContainer` marks a map of named schemas.
 */
function prepareSchema(node: unknown, name: string, isContainer = false): unknown {
  if (Array.isArray(node)) return node.map((n) => prepareSchema(n, ''));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === '$schema') continue;
    if (isContainer) out[k] = prepareSchema(v, k);
    else out[k] = prepareSchema(v, '', k === 'properties' || k === 'patternProperties' || k === 'definitions');
  }
  const type = out.type;
  if (
    !isContainer &&
    Array.isArray(type) &&
    type.length === 2 &&
    type[1] === 'string' &&
    typeof type[0] === 'string' &&
    out.pattern === undefined &&
    !UNITS_ALLOWED.has(name)
  ) {
    const p = SCALAR_PATTERNS[type[0]];
    if (p) out.pattern = p.pattern;
  }
  return out;
}

export default defineCheck({
  id: 'compose/schema',
  target: 'compose-file',
  meta: {
    title: 'Compose file does not match the Compose Specification',
    category: 'correctness',
    severity: 'error',
    rationale:
      'docker compose and Portainer refuse a file with unknown keys or wrong types at deploy time, often only on the production host; a typo such as `healtcheck` is silently never applied by older tools. Validating against the official Compose Specification schema (as dclint and `docker compose config` do) catches it in review.',
    remediation: 'Fix the key or value named in the message (see https://docs.docker.com/reference/compose-file/); custom keys must start with `x-`.',
    messages: {
      unknownKey: '{{path}}: unknown key "{{key}}"{{hint}}',
      invalid: '{{path}}: {{problem}}',
    },
  },
  check(ctx) {
    const validate = compileOnce();
    if (validate(toPlainWithoutResets(ctx.root))) return;
    for (const problem of reduceErrors(validate.errors ?? [])) {
      const treePath = segmentsToPath(ctx.root, problem.pointer);
      const path = formatPath(treePath) || '(top level)';
      if (problem.unknownKey !== undefined) {
        const suggestion = suggest(
          problem.unknownKey,
          problem.allowed.filter((k) => k !== problem.unknownKey),
        );
        ctx.report({
          messageId: 'unknownKey',
          data: { path, key: problem.unknownKey, hint: suggestion ? `; did you mean "${suggestion}"?` : '' },
          at: [...treePath, problem.unknownKey],
        });
      } else {
        ctx.report({ messageId: 'invalid', data: { path, problem: problem.text }, at: treePath });
      }
    }
  },
});

interface Problem {
  /** JSON pointer segments of the offending value (or of the object holding an unknown key). */
  pointer: string[];
  unknownKey?: string;
  allowed: string[];
  text: string;
}

const BRANCH_NOISE = new Set(['type', 'const', 'enum', 'oneOf', 'anyOf', 'if', 'pattern', 'required', 'additionalProperties', 'not']);

/** The most specific error per field: branches of a oneOf/anyOf that failed on the type give way to the branch that went deeper. */
function reduceErrors(errors: readonly ErrorObject[]): Problem[] {
  const items = errors.map((e) => {
    const pointer = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const unknownKey = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty?: unknown }).additionalProperty) : undefined;
    return { e, pointer, unknownKey, effective: unknownKey !== undefined ? [...pointer, unknownKey] : pointer };
  });
  const isUnder = (inner: string[], outer: string[]): boolean => inner.length > outer.length && outer.every((s, i) => inner[i] === s);
  // An error at a path is noise from a failed alternative when another error went deeper under it:
  // that deeper one comes from the alternative whose shape matched.
  const composites = items.filter((i) => i.e.keyword === 'oneOf' || i.e.keyword === 'anyOf');
  const inComposite = (i: (typeof items)[number]): boolean =>
    composites.some((c) => c !== i && i.pointer.length >= c.pointer.length && c.pointer.every((s, k) => i.pointer[k] === s));
  const kept = items.filter((i) => {
    if (i.e.keyword === 'if') return false;
    if (!BRANCH_NOISE.has(i.e.keyword) || i.unknownKey !== undefined) return true;
    if (!inComposite(i) && i.e.keyword !== 'oneOf' && i.e.keyword !== 'anyOf') return true;
    return !items.some((o) => o !== i && isUnder(o.effective, i.pointer));
  });
  const byPath = new Map<string, typeof kept>();
  for (const i of kept) {
    const k = JSON.stringify(i.effective);
    byPath.set(k, [...(byPath.get(k) ?? []), i]);
  }
  const out: Problem[] = [];
  for (const group of byPath.values()) {
    const first = group[0];
    if (first.unknownKey !== undefined) {
      const parent = first.e.parentSchema as { properties?: Record<string, unknown> } | undefined;
      out.push({ pointer: first.pointer, unknownKey: first.unknownKey, allowed: Object.keys(parent?.properties ?? {}), text: '' });
      continue;
    }
    const specific = group.filter((i) => i.e.keyword !== 'oneOf' && i.e.keyword !== 'anyOf');
    const chosen = specific.length ? specific : group;
    out.push({ pointer: first.pointer, allowed: [], text: describe(chosen.map((i) => i.e)) });
  }
  return out;
}

function describe(errors: ErrorObject[]): string {
  const types = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'type')
      String((e.params as { type: unknown }).type)
        .split(',')
        .forEach((t) => types.add(t));
    if (e.keyword === 'pattern') {
      const expected = EXPECTED_BY_PATTERN.get(String((e.params as { pattern: unknown }).pattern));
      if (expected) return `must be ${expected}, got ${JSON.stringify(String(e.data).slice(0, 40))}`;
    }
  }
  // JSON Schema's `null` is an empty value in YAML (`key:` or `key: ~`).
  if (types.size) return `must be ${[...types].map((t) => (t === 'null' ? 'empty' : t)).join(' or ')}`;
  const e = errors[0];
  if (e.keyword === 'enum')
    return `must be one of ${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'oneOf' || e.keyword === 'anyOf') return 'does not match any allowed form';
  return e.message ?? 'is invalid';
}

/** The plain value, without entries tagged `!reset` (an override's way to delete a key; its value is not a definition). */
function toPlainWithoutResets(node: TreeNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.filter((i) => i.tag !== '!reset').map(toPlainWithoutResets);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of node.entries) if (v.tag !== '!reset') out[k] = toPlainWithoutResets(v);
      return out;
    }
  }
}
