import { objectLabel, probedContainersOf } from '../../kubernetes/objects';
import { LONG_RUNNING_KINDS } from '../../kubernetes/workload-kinds';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/readiness-probe',
  target: 'kubernetes-object',
  meta: {
    title: 'Container has no readiness probe',
    category: 'reliability',
    severity: 'warning',
    rationale:
      'Without a readiness probe a pod receives traffic as soon as its process starts, before the MCP server has loaded its tools or connected to its backends, and a rolling update can replace healthy pods with ones that are not serving yet. Polaris (readinessProbeMissing) and kube-linter (no-readiness-probe) flag it. The probes of sidecars a service mesh injects (istio-proxy, linkerd-proxy) belong to the mesh and are not checked.',
    remediation:
      'Add a `readinessProbe` that succeeds only when the server can answer requests, e.g. `httpGet: { path: /ready, port: http }` with `periodSeconds: 5`.',
    messages: {
      missing: '{{object}}: container "{{container}}" has no readinessProbe',
    },
  },
  check(ctx) {
    if (!LONG_RUNNING_KINDS.has(ctx.object.kind)) return;
    for (const c of probedContainersOf(ctx.object)) {
      if (c.kind !== 'container') continue;
      if (c.value.readinessProbe && typeof c.value.readinessProbe === 'object') continue;
      ctx.report({ messageId: 'missing', data: { object: objectLabel(ctx.object), container: c.name }, at: c.path });
    }
  },
});
