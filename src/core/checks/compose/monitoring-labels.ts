import { z } from 'zod';
import { defineCheck } from '../types';
import { listOrMapEntries } from './_list-or-map';

export default defineCheck({
  id: 'compose/monitoring-labels',
  target: 'compose-service',
  meta: {
    title: 'Service lacks the labels monitoring discovery relies on',
    category: 'observability',
    severity: 'warning',
    // Its labels are those of MCP discovery: a repository without MCP servers has nothing to label.
    mcpOnly: true,
    rationale:
      'Prometheus docker_sd, Grafana dashboards and the MCP health probes find servers by container labels (by default `com.mcp.type`). A service without them is deployed but invisible: nothing scrapes it, no alert fires when it goes down.',
    remediation:
      'Add the labels to the service, e.g. `labels: { com.mcp.type: "server" }`; list the labels your discovery uses in this check\'s `required` option.',
    messages: {
      missing: 'service "{{service}}" is missing monitoring label(s) {{labels}}',
    },
  },
  options: z.strictObject({
    required: z.array(z.string()).default(['com.mcp.type']).describe('Labels every service must carry (list or map syntax both count).'),
  }),
  check(ctx) {
    const present = new Set(listOrMapEntries(ctx.service.node.entries.get('labels')).map((e) => e.key.trim()));
    const missing = ctx.options.required.filter((label) => !present.has(label));
    if (missing.length) ctx.report({ messageId: 'missing', data: { service: ctx.service.name, labels: missing.join(', ') }, at: ['labels'] });
  },
});
