import { objectLabel, probedContainersOf } from '../../kubernetes/objects';
import { LONG_RUNNING_KINDS } from '../../kubernetes/workload-kinds';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/liveness-probe',
  target: 'kubernetes-object',
  meta: {
    title: 'Container has no liveness probe',
    category: 'reliability',
    severity: 'warning',
    rationale:
      'Without a liveness probe Kubernetes restarts an MCP server only when its process exits; a server deadlocked on a stuck tool call or an exhausted connection pool keeps its pod Running and keeps failing requests. Polaris (livenessProbeMissing) and kube-linter (no-liveness-probe) flag it. The probes of sidecars a service mesh injects (istio-proxy, linkerd-proxy) belong to the mesh and are not checked.',
    remediation:
      'Add a `livenessProbe` that checks the process is responsive, e.g. `httpGet: { path: /healthz, port: http }` with `periodSeconds: 10` and `failureThreshold: 3`. Keep it cheaper than the readiness probe and independent of downstream services.',
    messages: {
      missing: '{{object}}: container "{{container}}" has no livenessProbe',
    },
  },
  check(ctx) {
    if (!LONG_RUNNING_KINDS.has(ctx.object.kind)) return;
    for (const c of probedContainersOf(ctx.object)) {
      if (c.kind !== 'container') continue;
      if (c.value.livenessProbe && typeof c.value.livenessProbe === 'object') continue;
      ctx.report({ messageId: 'missing', data: { object: objectLabel(ctx.object), container: c.name }, at: c.path });
    }
  },
});
