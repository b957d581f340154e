import { defineCheck } from '../types';
import { alertKindStatus, rulesWhere } from './_alert-coverage';

export default defineCheck({
  id: 'monitoring/alert-memory',
  target: 'repository',
  meta: {
    title: 'No alert on memory use',
    category: 'observability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'A container that reaches its memory limit is OOM-killed and restarted, dropping every open MCP session; one without a limit takes the host down with it. Memory grows for hours before that happens (browser automation, caches), so an alert on usage against the limit is the cheapest early warning, and the roadmap lists memory thresholds among the required alerts.',
    remediation:
      'Alert on working set against the limit, e.g. `container_memory_working_set_bytes{name=~"mcp-.*"} / container_spec_memory_limit_bytes > 0.9` (cAdvisor) or `process_resident_memory_bytes`, or on OOM kills (`kube_pod_container_status_last_terminated_reason{reason="OOMKilled"}`).',
    messages: {
      missing:
        'no alerting rule watches memory (container_memory_*, process_resident_memory_bytes, node_memory_*, memory limits or OOM kills); expected {{where}}',
    },
  },
  check(ctx) {
    const status = alertKindStatus(ctx, 'memory');
    if (!status.applicable) return ctx.notApplicable();
    if (!status.covered) ctx.report({ messageId: 'missing', data: { where: rulesWhere(ctx) }, at: status.at });
  },
});
