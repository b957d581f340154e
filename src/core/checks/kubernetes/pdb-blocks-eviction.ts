import { componentResourceFiles } from '../../kubernetes/kustomize-components';
import { matchesLabelSelector } from '../../kubernetes/label-selector';
import { objectLabel } from '../../kubernetes/objects';
import { PodTemplateIndex } from '../../kubernetes/pod-template-index';
import { replicasOf } from '../../kubernetes/replicas';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

/** `0`, `"0"`, `"0%"` -> 0; `"100%"` -> 100 (percent); numbers stay numbers. */
function parseBudget(v: unknown): { value: number; percent: boolean } | undefined {
  if (typeof v === 'number') return { value: v, percent: false };
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+)\s*(%?)\s*$/.exec(v);
  return m ? { value: Number(m[1]), percent: m[2] === '%' } : undefined;
}

export default defineCheck({
  id: 'kubernetes/pdb-blocks-eviction',
  target: 'kubernetes-set',
  meta: {
    title: 'PodDisruptionBudget allows no disruption',
    category: 'reliability',
    severity: 'warning',
    rationale:
      'A budget with `maxUnavailable: 0`, `minAvailable: 100%`, or `minAvailable` equal to the replica count never allows an eviction: node drains hang, cluster upgrades stall and autoscalers cannot remove nodes. kube-linter (pdb-max-unavailable, pdb-min-available) and Polaris (pdbDisruptionsIsZero) flag it. A budget a Kustomize Component adds is compared with replicas only in the overlays built from it.',
    remediation: 'Use `maxUnavailable: 1` (or a percentage that rounds to at least one pod), or a minAvailable below the replica count.',
    messages: {
      zeroMaxUnavailable: '{{object}} sets maxUnavailable: {{value}}, so no pod can ever be evicted',
      fullMinAvailable: '{{object}} sets minAvailable: {{value}}, so no pod can ever be evicted',
      minAvailableReplicas: '{{object}} requires minAvailable {{value}} but {{workload}} runs only {{count}} replicas, so no pod can ever be evicted',
    },
  },
  check(ctx) {
    const index = new PodTemplateIndex(ctx.objects);
    // A budget a Kustomize Component adds meets the workloads of the overlays it is built into, whose
    // replicas its own patches may raise: not the base's as written (the built overlays are checked).
    const fromComponents = componentResourceFiles(ctx.objects);
    for (const pdb of ctx.objects) {
      if (pdb.kind !== 'PodDisruptionBudget') continue;
      const spec = pdb.value.spec;
      if (!spec || typeof spec !== 'object') continue;
      const label = objectLabel(pdb);
      const max = parseBudget(spec.maxUnavailable);
      if (max && max.value === 0) {
        ctx.report({
          messageId: 'zeroMaxUnavailable',
          data: { object: label, value: String(spec.maxUnavailable) },
          at: locate(pdb.root, ['spec', 'maxUnavailable'], pdb.loc),
        });
        continue;
      }
      const min = parseBudget(spec.minAvailable);
      if (!min) continue;
      const at = locate(pdb.root, ['spec', 'minAvailable'], pdb.loc);
      if (min.percent) {
        if (min.value >= 100) ctx.report({ messageId: 'fullMinAvailable', data: { object: label, value: String(spec.minAvailable) }, at });
        continue;
      }
      if (fromComponents.has(pdb.file)) continue;
      for (const { workload: obj, labels } of index.near(pdb)) {
        if (!matchesLabelSelector(spec.selector, labels)) continue;
        const r = replicasOf(obj, ctx.objects);
        if (!r || min.value < r.count) continue;
        ctx.report({ messageId: 'minAvailableReplicas', data: { object: label, value: min.value, workload: objectLabel(obj), count: r.count }, at });
        break;
      }
    }
  },
});
