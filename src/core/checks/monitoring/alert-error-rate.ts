import { defineCheck } from '../types';
import { alertKindStatus, rulesWhere } from './_alert-coverage';

export default defineCheck({
  id: 'monitoring/alert-error-rate',
  target: 'repository',
  meta: {
    title: 'No alert on the error rate',
    category: 'observability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'An MCP server can be up and answer health checks while every tool call fails (an expired GitHub token, a database it cannot reach). Only an alert on the share of failed requests (5xx, `status="error"`) catches that; the up alert never fires. Error-rate alerting is one of the four golden signals of the Google SRE book.',
    remediation:
      'Record the error ratio, e.g. `sum by (mcp_server) (rate(mcp_requests_total{status="error"}[5m])) / sum by (mcp_server) (rate(mcp_requests_total[5m]))`, and alert when it stays above a threshold (e.g. `> 0.05` for 10m).',
    messages: {
      missing: 'no alerting rule watches an error rate (rate/increase of 5xx, status=~"5..", or an error/failure metric); expected {{where}}',
    },
  },
  check(ctx) {
    const status = alertKindStatus(ctx, 'error-rate');
    if (!status.applicable) return ctx.notApplicable();
    if (!status.covered) ctx.report({ messageId: 'missing', data: { where: rulesWhere(ctx) }, at: status.at });
  },
});
