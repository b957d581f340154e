import { withoutSopsMetadata } from '../../kubernetes/objects';
import { isClientSideConfig, summarizeSchemaErrors, validateBuiltIn } from '../../kubernetes/schema';
import { defineCheck } from '../types';

/** More problems than this in one object are summarised; the first ones are usually the cause. */
const MAX_PROBLEMS_PER_OBJECT = 20;

export default defineCheck({
  id: 'kubernetes/schema',
  target: 'kubernetes-object',
  meta: {
    title: 'Manifest does not match the Kubernetes API schema',
    category: 'correctness',
    severity: 'error',
    rationale:
      'The API server rejects an object whose fields have the wrong type or miss required fields, so the deployment fails halfway through `kubectl apply` or a GitOps sync. Catching it in the pull request is cheaper than a failed rollout (kubeconform and kubeval do the same).',
    remediation:
      'Fix the field named in the message: quote or unquote values to get the right type (`replicas: 3`, not `"three"`), add required fields, and compare with `kubectl explain <kind>.<field>`.',
    messages: {
      invalid: '{{object}}: {{detail}}',
      missingName: '{{object}}: metadata.name is required (or metadata.generateName)',
      truncated: '{{object}}: {{count}} more schema problems not shown',
    },
  },
  check(ctx) {
    const obj = ctx.object;
    const label = `${obj.kind} "${obj.name}"`;
    const meta = obj.value.metadata;
    // Every object the API server stores needs a name, custom resources too; a name of the wrong type is a schema error below.
    const given = (v: unknown): boolean => v !== undefined && v !== null && v !== '';
    const hasName = meta && typeof meta === 'object' && (given(meta.name) || given(meta.generateName));
    if (!hasName && !isClientSideConfig(obj.apiVersion, obj.kind)) ctx.report({ messageId: 'missingName', data: { object: label }, at: ['metadata'] });
    const errors = validateBuiltIn(ctx.builtInModels, obj.apiVersion, obj.kind, withoutSopsMetadata(obj.value));
    if (!errors) return;
    const problems = summarizeSchemaErrors(obj.root, errors);
    for (const p of problems.slice(0, MAX_PROBLEMS_PER_OBJECT)) {
      ctx.report({ messageId: 'invalid', data: { object: label, detail: p.message }, at: p.path });
    }
    if (problems.length > MAX_PROBLEMS_PER_OBJECT) {
      ctx.report({ messageId: 'truncated', data: { object: label, count: problems.length - MAX_PROBLEMS_PER_OBJECT }, at: [] });
    }
  },
});
