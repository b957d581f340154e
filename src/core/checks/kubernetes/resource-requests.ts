import { containersOf, objectLabel } from '../../kubernetes/objects';
import { isRunnable } from '../../kubernetes/pod-security';
import { defineCheck } from '../types';

function resourceMap(v: unknown, key: string): Record<string, unknown> {
  const r = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return r && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, unknown>) : {};
}

const isSet = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

export default defineCheck({
  id: 'kubernetes/resource-requests',
  target: 'kubernetes-object',
  meta: {
    title: 'Container has no CPU or memory request',
    category: 'resources',
    severity: 'warning',
    rationale:
      'The scheduler places pods by their requests. Without them an MCP server lands on a full node, gets the BestEffort QoS class and is the first to be evicted under memory pressure. kube-linter (unset-cpu-requirements, unset-memory-requirements) and Polaris (cpuRequestsMissing, memoryRequestsMissing) flag it.',
    remediation: 'Set `resources.requests.cpu` and `resources.requests.memory` from observed usage, e.g. `requests: { cpu: 100m, memory: 256Mi }`.',
    messages: {
      missing: '{{object}}: container "{{container}}" has no {{resources}} request',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      if (!isRunnable(c)) continue;
      const requests = resourceMap(c.value.resources, 'requests');
      // A limit without a request makes the request equal to the limit.
      const limits = resourceMap(c.value.resources, 'limits');
      const missing = ['cpu', 'memory'].filter((r) => !isSet(requests[r]) && !isSet(limits[r]));
      if (!missing.length) continue;
      const at =
        c.value.resources?.requests !== undefined ? [...c.path, 'resources', 'requests'] : c.value.resources !== undefined ? [...c.path, 'resources'] : c.path;
      ctx.report({ messageId: 'missing', data: { object: objectLabel(ctx.object), container: c.name, resources: missing.join(' and ') }, at });
    }
  },
});
