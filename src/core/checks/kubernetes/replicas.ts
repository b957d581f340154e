import { objectLabel } from '../../kubernetes/objects';
import { replicasOf } from '../../kubernetes/replicas';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

const CHECKED_KINDS = new Set(['Deployment', 'StatefulSet']);

export default defineCheck({
  id: 'kubernetes/replicas',
  target: 'kubernetes-set',
  meta: {
    title: 'Production workload runs a single replica',
    category: 'reliability',
    severity: 'warning',
    productionOnly: true,
    rationale:
      'With one replica every rollout, node drain, eviction or crash is an outage of the MCP server, and a PodDisruptionBudget cannot protect it. Polaris (deploymentMissingReplicas) flags it. An HorizontalPodAutoscaler that targets the workload counts with its minReplicas.',
    remediation:
      'Set `spec.replicas: 2` or more (or `minReplicas: 2` on its HorizontalPodAutoscaler) and spread the replicas across nodes with topologySpreadConstraints.',
    messages: {
      single: '{{object}} runs {{count}} replica(s) in production',
      defaulted: '{{object}} does not set spec.replicas, so it runs 1 replica in production',
      autoscaler: '{{object}} is scaled by {{hpa}} down to minReplicas {{count}} in production',
    },
  },
  check(ctx) {
    for (const obj of ctx.objects) {
      if (!CHECKED_KINDS.has(obj.kind) || !ctx.isProduction(obj)) continue;
      const r = replicasOf(obj, ctx.objects);
      if (!r || r.count >= 2) continue;
      const data = { object: objectLabel(obj), count: r.count, hpa: objectLabel(r.object) };
      const messageId = r.source === 'autoscaler' ? 'autoscaler' : r.source === 'default' ? 'defaulted' : 'single';
      ctx.report({ messageId, data, at: locate(r.object.root, r.path, r.object.loc) });
    }
  },
});
