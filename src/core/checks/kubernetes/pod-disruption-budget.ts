import { matchesLabelSelector, sameNamespace } from '../../kubernetes/label-selector';
import { objectLabel, podLabelsOf } from '../../kubernetes/objects';
import { replicasOf } from '../../kubernetes/replicas';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

const CHECKED_KINDS = new Set(['Deployment', 'StatefulSet']);

export default defineCheck({
  id: 'kubernetes/pod-disruption-budget',
  target: 'kubernetes-set',
  meta: {
    title: 'Replicated production workload has no PodDisruptionBudget',
    category: 'reliability',
    severity: 'warning',
    productionOnly: true,
    rationale:
      'Without a PodDisruptionBudget a node drain or cluster upgrade may evict every replica of the MCP server at once, so running several replicas does not protect it from voluntary disruptions. Polaris (missingPodDisruptionBudget) flags it.',
    remediation:
      'Add a `policy/v1` PodDisruptionBudget whose selector matches the pod template labels, e.g. `spec: { maxUnavailable: 1, selector: { matchLabels: { app.kubernetes.io/name: mcp } } }`.',
    messages: {
      missing: '{{object}} runs {{count}} replicas but no PodDisruptionBudget selects its pods',
    },
  },
  check(ctx) {
    const pdbs = ctx.objects.filter((o) => o.kind === 'PodDisruptionBudget');
    for (const obj of ctx.objects) {
      if (!CHECKED_KINDS.has(obj.kind) || !ctx.isProduction(obj)) continue;
      const r = replicasOf(obj, ctx.objects);
      if (!r || r.count < 2) continue;
      const labels = podLabelsOf(obj);
      if (pdbs.some((pdb) => sameNamespace(pdb, obj) && matchesLabelSelector(pdb.value.spec?.selector, labels))) continue;
      ctx.report({ messageId: 'missing', data: { object: objectLabel(obj), count: r.count }, at: locate(obj.root, ['metadata', 'name'], obj.loc) });
    }
  },
});
