import { defineCheck } from '../types';
import { alertKindStatus, rulesWhere } from './_alert-coverage';

export default defineCheck({
  id: 'monitoring/alert-service-down',
  target: 'repository',
  meta: {
    title: 'No alert fires when a service is down',
    category: 'observability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'Scraping a server is not monitoring it: without a rule on `up == 0` (or `absent(up{...})` for targets that vanish from discovery) a crashed MCP server stays down until a user notices that a tool disappeared from the gateway. It is the first alert the MCP deployment roadmap lists, and the one kube-prometheus ships as TargetDown.',
    remediation:
      'Add an alerting rule such as `alert: MCPServerDown` with `expr: up{job="mcp"} == 0` and `for: 2m`, a severity label and a runbook_url; for targets that come from service discovery add `absent(up{job="mcp"})` too.',
    messages: {
      missing: 'no alerting rule detects a down service (`up == 0`, `up < 1`, `absent(up)`, `absent_over_time(...)`); expected {{where}}',
    },
  },
  check(ctx) {
    const status = alertKindStatus(ctx, 'down');
    if (!status.applicable) return ctx.notApplicable();
    if (!status.covered) ctx.report({ messageId: 'missing', data: { where: rulesWhere(ctx) }, at: status.at });
  },
});
