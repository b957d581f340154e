import { builtInCustomSchema, customResourceDefinitions, schemaKey } from '../../kubernetes/custom-resources';
import { groupOf, isBuiltInGroup, isClientSideConfig } from '../../kubernetes/schema';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/unknown-custom-resource',
  target: 'kubernetes-set',
  meta: {
    title: 'Custom resource kind has no known schema',
    category: 'correctness',
    severity: 'info',
    rationale:
      'stackgate can only validate a custom resource when it knows its schema. Without one, typos and wrong types in these objects reach the cluster unchecked (kubeconform reports them as "could not find schema" and skips them).',
    remediation:
      'Commit the CustomResourceDefinition next to the manifests, or map the kind to a schema file in stackgate.yml: `kubernetes: { schemas: { "example.com/v1/Widget": "schemas/widget.json" } }`.',
    messages: {
      unknown: '{{apiVersion}} {{kind}} is not a built-in kind and no schema is known for it; its fields are not validated',
    },
  },
  check(ctx) {
    const crds = customResourceDefinitions(ctx.objects);
    const configured = ctx.customSchemas;
    const seen = new Set<string>();
    for (const obj of ctx.objects) {
      if (isBuiltInGroup(obj.apiVersion) || isClientSideConfig(obj.apiVersion, obj.kind)) continue;
      const key = schemaKey(obj.apiVersion, obj.kind);
      if (seen.has(key)) continue;
      seen.add(key);
      const group = groupOf(obj.apiVersion);
      if (crds.some((d) => d.group === group && d.kind === obj.kind)) continue;
      if (builtInCustomSchema(obj.apiVersion, obj.kind)) continue;
      if (configured instanceof Map && configured.has(key)) continue;
      ctx.report({ messageId: 'unknown', data: { apiVersion: obj.apiVersion, kind: obj.kind }, at: locate(obj.root, ['kind'], obj.loc) });
    }
  },
});
