import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/memory-limit',
  target: 'compose-service',
  meta: {
    title: 'Service has no memory limit',
    category: 'resources',
    severity: 'warning',
    productionOnly: true,
    rationale:
      "A container without a memory limit can take all of the host's memory: one leaking MCP server gets the host OOM killer to kill its neighbours (or the Docker daemon). kube-linter (unset-memory-requirements) and Polaris (memoryLimitsMissing) flag the Kubernetes equivalent.",
    remediation: 'Set `deploy.resources.limits.memory: 512M` (sized from observed usage plus headroom), or the legacy `mem_limit: 512m`.',
    messages: {
      missing: 'service "{{service}}" has no memory limit',
      unlimited: 'service "{{service}}" sets its memory limit to {{value}}, which means unlimited',
    },
  },
  check(ctx) {
    const v = ctx.service.value;
    const data = { service: ctx.service.name };
    const limits = limitsOf(v.deploy);
    const [value, at] =
      limits?.memory !== undefined && limits.memory !== null ? [limits.memory, ['deploy', 'resources', 'limits', 'memory']] : [v.mem_limit, ['mem_limit']];
    if (value === undefined || value === null || value === '') {
      ctx.report({ messageId: 'missing', data, at: ['deploy', 'resources', 'limits', 'memory'] });
      return;
    }
    if (value === 0 || value === '0' || value === -1 || value === '-1') ctx.report({ messageId: 'unlimited', data: { ...data, value: String(value) }, at });
  },
});

function limitsOf(deploy: unknown): Record<string, unknown> | undefined {
  if (!deploy || typeof deploy !== 'object') return undefined;
  const resources = (deploy as Record<string, unknown>).resources;
  if (!resources || typeof resources !== 'object') return undefined;
  const limits = (resources as Record<string, unknown>).limits;
  return limits && typeof limits === 'object' ? (limits as Record<string, unknown>) : undefined;
}
