import { defineCheck } from '../types';
import { alertingRules, isRecord } from './_rules';

export default defineCheck({
  id: 'monitoring/alert-runbook-url',
  target: 'prometheus-rules',
  meta: {
    title: 'Alert has no runbook_url',
    category: 'operations',
    severity: 'info',
    rationale:
      'A runbook link turns a page into a procedure: whoever is on call, including someone new to the MCP stack, knows the first diagnostic and the safe mitigation. The kube-prometheus mixins attach `runbook_url` to every alert.',
    remediation: 'Add `annotations: { runbook_url: "https://runbooks.example.com/mcp/McpDown" }` pointing at a page with diagnosis and mitigation steps.',
    messages: { noRunbook: 'alert "{{alert}}" has no runbook_url annotation' },
  },
  check(ctx) {
    for (const r of alertingRules(ctx.root)) {
      const annotations = isRecord(r.rule.annotations) ? r.rule.annotations : undefined;
      const url = annotations?.runbook_url ?? annotations?.runbook;
      if (typeof url === 'string' && url.trim() !== '') continue;
      ctx.report({ messageId: 'noRunbook', data: { alert: r.name }, at: annotations ? [...r.path, 'annotations'] : [...r.path, 'alert'] });
    }
  },
});
