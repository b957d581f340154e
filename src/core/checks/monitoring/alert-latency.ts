import { defineCheck } from '../types';
import { alertKindStatus, rulesWhere } from './_alert-coverage';

export default defineCheck({
  id: 'monitoring/alert-latency',
  target: 'repository',
  meta: {
    title: 'No alert on latency',
    category: 'observability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'LLM clients time out tool calls (LiteLLM after its request_timeout); a server that slowly degrades, e.g. a headless browser leaking sessions, turns into failed calls long before it is down. A latency alert (a p95 from a histogram) warns while there is still time to act, and is one of the four golden signals.',
    remediation:
      'Expose a request duration histogram and alert on its p95, e.g. `histogram_quantile(0.95, sum by (le, mcp_server) (rate(mcp_request_duration_seconds_bucket[5m]))) > 2` for 10m.',
    messages: {
      missing: 'no alerting rule watches latency (histogram_quantile or a *_duration_*/*_latency_* metric); expected {{where}}',
    },
  },
  check(ctx) {
    const status = alertKindStatus(ctx, 'latency');
    if (!status.applicable) return ctx.notApplicable();
    if (!status.covered) ctx.report({ messageId: 'missing', data: { where: rulesWhere(ctx) }, at: status.at });
  },
});
