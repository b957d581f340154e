import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/cpu-limit',
  target: 'compose-service',
  meta: {
    title: 'Service has no CPU limit',
    category: 'resources',
    severity: 'info',
    productionOnly: true,
    rationale:
      'Without a CPU limit one busy MCP server (a runaway tool call, a tight retry loop) can starve every other container on the host, including its database and the monitoring agent. It is info rather than a warning because CPU is compressible: an unlimited container slows its neighbours down but does not crash them. kube-linter (unset-cpu-requirements) and Polaris (cpuLimitsMissing) flag the Kubernetes equivalent.',
    remediation: 'Set `deploy.resources.limits.cpus: "1.0"` (or the legacy `cpus: 1.0`) from observed usage.',
    messages: {
      missing: 'service "{{service}}" has no CPU limit',
      unlimited: 'service "{{service}}" sets its CPU limit to {{value}}, which means unlimited',
    },
  },
  check(ctx) {
    const v = ctx.service.value;
    const data = { service: ctx.service.name };
    const deploy = v.deploy && typeof v.deploy === 'object' ? (v.deploy as Record<string, unknown>) : undefined;
    const resources = deploy?.resources && typeof deploy.resources === 'object' ? (deploy.resources as Record<string, unknown>) : undefined;
    const limits = resources?.limits && typeof resources.limits === 'object' ? (resources.limits as Record<string, unknown>) : undefined;
    const candidates: [unknown, (string | number)[]][] = [
      [limits?.cpus, ['deploy', 'resources', 'limits', 'cpus']],
      [v.cpus, ['cpus']],
      [v.cpu_quota, ['cpu_quota']],
    ];
    const found = candidates.find(([value]) => value !== undefined && value !== null && value !== '');
    if (!found) {
      ctx.report({ messageId: 'missing', data, at: ['deploy', 'resources', 'limits', 'cpus'] });
      return;
    }
    const [value, at] = found;
    if (value === 0 || value === '0' || value === -1 || value === '-1') ctx.report({ messageId: 'unlimited', data: { ...data, value: String(value) }, at });
  },
});
