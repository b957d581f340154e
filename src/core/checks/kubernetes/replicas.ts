import { objectLabel } from '../../kubernetes/objects';
import { replicasOf } from '../../kubernetes/replicas';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

const CHECKED_KINDS = new Set(['Deployment', 'StatefulSet']);

/** The messages by where the count comes from: production named, production only assumed. */
const MESSAGES = {
  autoscaler: ['autoscaler', 'autoscalerUnknown'],
  default: ['defaulted', 'defaultedUnknown'],
  replicas: ['single', 'singleUnknown'],
} as const;

export default defineCheck({
  id: 'kubernetes/replicas',
  target: 'kubernetes-set',
  meta: {
    title: 'Production workload runs a single replica',
    category: 'reliability',
    severity: 'warning',
    productionOnly: true,
    rationale:
      'With one replica every rollout, node drain, eviction or crash is an outage of the MCP server, and a PodDisruptionBudget cannot protect it. Polaris (deploymentMissingReplicas) flags it. An HorizontalPodAutoscaler that targets the workload counts with its minReplicas. Where no environment names the workload and it is no MCP server, production is only assumed, and singletons by design (leader-elected controllers, shards, exporters) are common: the finding is info there.',
    remediation:
      'Set `spec.replicas: 2` or more (or `minReplicas: 2` on its HorizontalPodAutoscaler) and spread the replicas across nodes with topologySpreadConstraints.',
    messages: {
      single: '{{object}} runs {{count}} replica(s) in production',
      defaulted: '{{object}} does not set spec.replicas, so it runs 1 replica in production',
      autoscaler: '{{object}} is scaled by {{hpa}} down to minReplicas {{count}} in production',
      singleUnknown: '{{object}} runs {{count}} replica(s): if it serves production, every rollout or node drain is an outage (no environment names it)',
      defaultedUnknown:
        '{{object}} does not set spec.replicas, so it runs 1 replica: if it serves production, every rollout or node drain is an outage (no environment names it)',
      autoscalerUnknown:
        '{{object}} is scaled by {{hpa}} down to minReplicas {{count}}: if it serves production, every rollout or node drain is an outage (no environment names it)',
    },
  },
  check(ctx) {
    for (const obj of ctx.objects) {
      if (!CHECKED_KINDS.has(obj.kind) || !ctx.isProduction(obj)) continue;
      const r = replicasOf(obj, ctx.objects);
      if (!r || r.count >= 2) continue;
      const data = { object: objectLabel(obj), count: r.count, hpa: objectLabel(r.object) };
      const at = locate(r.object.root, r.path, r.object.loc);
      // Production assumed, not named (no environment, no MCP server): singletons by design
      // (leader-elected controllers, shards, exporters) are common there.
      const known = ctx.isKnownProduction(obj);
      const [messageId, unknownId] = MESSAGES[r.source];
      ctx.report({ messageId: known ? messageId : unknownId, data, at, atInfo: !known });
    }
  },
});
