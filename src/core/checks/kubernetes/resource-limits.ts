import { containersOf, objectLabel } from '../../kubernetes/objects';
import { isRunnable } from '../../kubernetes/pod-security';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/resource-limits',
  target: 'kubernetes-object',
  meta: {
    title: 'Container has no CPU or memory limit',
    category: 'resources',
    severity: 'warning',
    rationale:
      'Without a memory limit a leaking MCP server (large tool outputs, unbounded caches) grows until the node runs out of memory and the kernel kills neighbours; without a CPU limit one busy tool call starves the other pods on the node. Polaris (cpuLimitsMissing, memoryLimitsMissing) and kube-linter (unset-cpu-requirements, unset-memory-requirements) flag it.',
    remediation: 'Set `resources.limits.memory` (and `resources.limits.cpu`), e.g. `limits: { cpu: "1", memory: 512Mi }`, sized from load tests.',
    messages: {
      missing: '{{object}}: container "{{container}}" has no {{resources}} limit',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      if (!isRunnable(c)) continue;
      const resources = c.value.resources;
      const raw = resources && typeof resources === 'object' ? (resources as Record<string, unknown>).limits : undefined;
      const limits = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
      const missing = ['cpu', 'memory'].filter((r) => limits[r] === undefined || limits[r] === null || limits[r] === '');
      if (!missing.length) continue;
      const at = raw !== undefined ? [...c.path, 'resources', 'limits'] : resources !== undefined ? [...c.path, 'resources'] : c.path;
      ctx.report({ messageId: 'missing', data: { object: objectLabel(ctx.object), container: c.name, resources: missing.join(' and ') }, at });
    }
  },
});
