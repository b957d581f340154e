import { builtInCustomSchema, customResourceDefinitions, schemaKey, validateCustom, type CustomResourceSchema } from '../../kubernetes/custom-resources';
import { objectLabel, withoutSopsMetadata, type KubernetesObject } from '../../kubernetes/objects';
import { groupOf, isBuiltInGroup, isClientSideConfig, summarizeSchemaErrors, versionOf } from '../../kubernetes/schema';
import { locate } from '../../source/yaml-tree';
import { defineCheck, type KubernetesSetContext } from '../types';

const MAX_PROBLEMS_PER_OBJECT = 20;

/** Schemas from stackgate.yml `kubernetes.schemas` (loaded by the engine, see custom-resources.ts). */
function configuredSchemas(ctx: KubernetesSetContext<string, unknown>): ReadonlyMap<string, CustomResourceSchema> {
  return ctx.customSchemas;
}

export default defineCheck({
  id: 'kubernetes/custom-resource-schema',
  target: 'kubernetes-set',
  meta: {
    title: 'Custom resource does not match its schema',
    category: 'correctness',
    severity: 'error',
    rationale:
      'The API server validates custom resources against the openAPIV3Schema of their CustomResourceDefinition and rejects unknown fields (kubectl uses strict field validation). A ServiceMonitor with a misspelled field or a string where an integer belongs fails the sync, or is silently ignored by the operator, and the MCP server goes unmonitored.',
    remediation:
      'Fix the field named in the message against the CRD (`kubectl explain <kind>.spec`), or update the CustomResourceDefinition in the repository if the schema is outdated.',
    messages: {
      invalid: '{{object}}: {{detail}} (schema: {{origin}})',
      versionNotServed: '{{object}}: version {{version}} is not defined by CustomResourceDefinition {{crd}} (it defines {{versions}})',
      badSchema: 'the schema for {{key}} from {{origin}} cannot be used: {{detail}}',
      truncated: '{{object}}: {{count}} more schema problems not shown',
    },
  },
  check(ctx) {
    const crds = customResourceDefinitions(ctx.objects);
    const configured = configuredSchemas(ctx);
    const badSchemas = new Set<string>();
    for (const obj of ctx.objects) {
      if (isBuiltInGroup(obj.apiVersion) || isClientSideConfig(obj.apiVersion, obj.kind)) continue;
      const group = groupOf(obj.apiVersion);
      const version = versionOf(obj.apiVersion);
      const key = schemaKey(obj.apiVersion, obj.kind);
      const label = objectLabel(obj);
      const definition = crds.find((d) => d.group === group && d.kind === obj.kind);
      let schema: CustomResourceSchema | undefined;
      if (definition) {
        const v = definition.versions.find((x) => x.name === version);
        if (!v) {
          ctx.report({
            messageId: 'versionNotServed',
            data: { object: label, version, crd: definition.crd.name, versions: definition.versions.map((x) => x.name).join(', ') || 'none' },
            at: locate(obj.root, ['apiVersion'], obj.loc),
          });
          continue;
        }
        if (v.schema) schema = { key, schema: v.schema, origin: `${definition.crd.file}`, crd: definition.crd, path: v.path };
      }
      schema ??= configured?.get(key);
      if (!schema) {
        const builtIn = builtInCustomSchema(obj.apiVersion, obj.kind);
        if (builtIn) schema = { key, schema: builtIn, origin: 'built-in' };
      }
      if (!schema) continue;
      const result = validateCustom(schema.schema, withoutSopsMetadata(obj.value));
      if (!result.ok) {
        if (badSchemas.has(key)) continue;
        badSchemas.add(key);
        const at = schema.crd ? locate(schema.crd.root, schema.path ?? [], schema.crd.loc) : locate(obj.root, ['apiVersion'], obj.loc);
        ctx.report({ messageId: 'badSchema', data: { key, origin: schema.origin, detail: result.error }, at });
        continue;
      }
      reportProblems(ctx, obj, label, schema.origin, result.errors);
    }
  },
});

function reportProblems(
  ctx: KubernetesSetContext<'invalid' | 'truncated', unknown>,
  obj: KubernetesObject,
  label: string,
  origin: string,
  errors: Parameters<typeof summarizeSchemaErrors>[1],
): void {
  const problems = summarizeSchemaErrors(obj.root, errors);
  for (const p of problems.slice(0, MAX_PROBLEMS_PER_OBJECT)) {
    ctx.report({ messageId: 'invalid', data: { object: label, detail: p.message, origin }, at: locate(obj.root, p.path, obj.loc) });
  }
  if (problems.length > MAX_PROBLEMS_PER_OBJECT) {
    ctx.report({ messageId: 'truncated', data: { object: label, count: problems.length - MAX_PROBLEMS_PER_OBJECT }, at: locate(obj.root, [], obj.loc) });
  }
}
