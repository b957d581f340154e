import { objectLabel } from '../../kubernetes/objects';
import { defineCheck } from '../types';

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0);
}

export default defineCheck({
  id: 'kubernetes/network-policy-allow-all',
  target: 'kubernetes-object',
  meta: {
    title: 'NetworkPolicy allows all ingress',
    category: 'security',
    severity: 'warning',
    rationale:
      'An ingress rule with neither `from` nor `ports` (`ingress: [{}]`) admits every source on every port: the policy looks like isolation in review, and the coverage check counts the pods as protected, yet any pod in the cluster (and anything routed into it) can call the MCP server. Policies are additive, so the rule also cancels every narrower rule selecting the same pods.',
    remediation:
      "List the allowed sources in `from` (the gateway's podSelector, the ingress controller's namespaceSelector) and the server's port in `ports`. If allowing everything is intended, delete the policy rather than keep one that only looks restrictive.",
    messages: {
      allowAll: '{{object}}: ingress rule {{rule}} has no `from` and no `ports`, so it allows all traffic to {{pods}}',
    },
  },
  check(ctx) {
    const obj = ctx.object;
    if (obj.kind !== 'NetworkPolicy' || !obj.apiVersion.startsWith('networking.k8s.io/')) return;
    const spec = obj.value.spec;
    if (!spec || typeof spec !== 'object') return;
    const ingress: unknown = spec.ingress;
    if (!Array.isArray(ingress)) return;
    const types: unknown = spec.policyTypes;
    if (Array.isArray(types) && !types.includes('Ingress')) return;
    const selector = spec.podSelector;
    const pods =
      selector && typeof selector === 'object' && selector.matchLabels && typeof selector.matchLabels === 'object' && Object.keys(selector.matchLabels).length
        ? `pods with ${Object.entries(selector.matchLabels as Record<string, unknown>)
            .map(([k, v]) => `${k}=${typeof v === 'string' || typeof v === 'number' ? v : '…'}`)
            .join(', ')}`
        : 'the selected pods';
    ingress.forEach((rule: unknown, i: number) => {
      if (rule === null || rule === undefined) {
        ctx.report({ messageId: 'allowAll', data: { object: objectLabel(obj), rule: `#${i + 1}`, pods }, at: ['spec', 'ingress', i] });
        return;
      }
      if (typeof rule !== 'object' || Array.isArray(rule)) return;
      const { from, ports } = rule as Record<string, unknown>;
      if (!isEmpty(from) || !isEmpty(ports)) return;
      ctx.report({ messageId: 'allowAll', data: { object: objectLabel(obj), rule: `#${i + 1}`, pods }, at: ['spec', 'ingress', i] });
    });
  },
});
