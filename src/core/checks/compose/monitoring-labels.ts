import { z } from 'zod';
import { defineCheck } from '../types';
import type { TreeNode } from '../../source/yaml-tree';
import { listOrMapEntries } from './_list-or-map';

/** stackgate's own discovery label, asked when the repository names none. */
const DEFAULT_LABELS = ['com.mcp.type'] as const;

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
      'Add the labels to the service, e.g. `labels: { com.mcp.type: "server" }`; list the labels your discovery uses in this check\'s `required` option. Where no service of the stack carries the default label and `required` is not set, a missing label is info: the repository\'s discovery is not known to use it.',
    messages: {
      missing: 'service "{{service}}" is missing monitoring label(s) {{labels}}',
    },
  },
  options: z.strictObject({
    required: z
      .array(z.string())
      .default([...DEFAULT_LABELS])
      .describe('Labels every service must carry (list or map syntax both count).'),
  }),
  check(ctx) {
    const labelsOf = (node: TreeNode | undefined) => new Set(listOrMapEntries(node).map((e) => e.key.trim()));
    const { required } = ctx.options;
    const present = labelsOf(ctx.service.node.entries.get('labels'));
    const missing = required.filter((label) => !present.has(label));
    if (!missing.length) return;
    // stackgate's default label, which no service of the stack carries: the repository's discovery is
    // not known to use it, so that is a note; labels it lists in `required`, or uses elsewhere, warn.
    const isDefault = required.length === DEFAULT_LABELS.length && required.every((l, i) => l === DEFAULT_LABELS[i]);
    const usedInStack =
      isDefault &&
      ctx.stack.services.some((s) => {
        const labels = labelsOf(s.node.entries.get('labels'));
        return required.some((label) => labels.has(label));
      });
    ctx.report({ messageId: 'missing', data: { service: ctx.service.name, labels: missing.join(', ') }, at: ['labels'], atInfo: isDefault && !usedInStack });
  },
});
