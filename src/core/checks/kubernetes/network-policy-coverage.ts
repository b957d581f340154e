import { matchesLabelSelector, sameNamespace } from '../../kubernetes/label-selector';
import { isWorkload, objectLabel, podLabelsOf, type KubernetesObject } from '../../kubernetes/objects';
import { groupOf } from '../../kubernetes/schema';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

/** Whether a NetworkPolicy restricts ingress (policyTypes defaults to Ingress). */
function governsIngress(policy: KubernetesObject): boolean {
  const types = policy.value.spec?.policyTypes;
  return !Array.isArray(types) || types.includes('Ingress');
}

export default defineCheck({
  id: 'kubernetes/network-policy-coverage',
  target: 'kubernetes-set',
  meta: {
    title: 'Workload is not covered by a NetworkPolicy',
    category: 'security',
    severity: 'warning',
    productionOnly: true,
    rationale:
      "Pods not selected by any ingress NetworkPolicy accept connections from every pod in the cluster, so one compromised workload can call the MCP server's tools directly, bypassing the gateway and its authentication. Reported once per workload, at its definition, so each finding names the pods left open and can be suppressed where an exception is intended. A workload in a namespace where the repository defines no policy at all, and that no environment marks as production and is no MCP server (an install manifest, an example), is reported at info: the cluster's own policies may cover it. (Polaris and kube-linter only check that policies are not dangling; this check is stricter.)",
    remediation:
      "Add a default-deny policy to the namespace (`podSelector: {}` with `policyTypes: [Ingress]`) plus a policy that allows only the gateway or ingress controller to reach the server's port.",
    messages: {
      uncovered: '{{object}} is not selected by any ingress NetworkPolicy{{namespace}}: every pod in the cluster can connect to it',
      noPolicyHere:
        '{{object}} is not selected by any ingress NetworkPolicy of this repository{{namespace}}, which defines none there: unless the cluster adds one, every pod in the cluster can connect to it',
    },
  },
  check(ctx) {
    // Policies of CNI-specific kinds (CiliumNetworkPolicy, Calico) have their own selector languages; do not guess.
    if (ctx.objects.some((o) => /NetworkPolicy$/.test(o.kind) && groupOf(o.apiVersion) !== 'networking.k8s.io')) return;
    const policies = ctx.objects.filter((o) => o.kind === 'NetworkPolicy' && governsIngress(o));
    for (const obj of ctx.objects) {
      if (!isWorkload(obj) || !ctx.isProduction(obj)) continue;
      const labels = podLabelsOf(obj);
      if (policies.some((p) => sameNamespace(p, obj) && matchesLabelSelector(p.value.spec?.podSelector, labels))) continue;
      const namespace = obj.namespace ? ` in namespace ${obj.namespace}` : '';
      const at = locate(obj.root, ['metadata', 'name'], obj.loc);
      // Where the repository has no policy in the namespace and does not say the workload serves
      // production (an install manifest, an example), the cluster's own policies may cover it: info.
      if (!ctx.isKnownProduction(obj) && !policies.some((p) => sameNamespace(p, obj))) {
        ctx.report({ messageId: 'noPolicyHere', data: { object: objectLabel(obj), namespace }, at, atInfo: true });
        continue;
      }
      ctx.report({ messageId: 'uncovered', data: { object: objectLabel(obj), namespace }, at });
    }
  },
});
