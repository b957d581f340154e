import { defineCheck } from '../types';
import { alertingRules, isRecord } from './_rules';

const present = (v: unknown): boolean => (typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null);

/** An alert on a missing series (`absent(...)`, `absent_over_time(...)`, alone or with `or`/`unless`): there is no instance to describe. */
function isAbsentAlert(expr: unknown): boolean {
  return typeof expr === 'string' && /^\s*\(?\s*absent(_over_time)?\s*\(/.test(expr);
}

export default defineCheck({
  id: 'monitoring/alert-annotations',
  target: 'prometheus-rules',
  meta: {
    title: 'Alert lacks a summary or description',
    category: 'observability',
    severity: 'warning',
    rationale:
      'The page is all on-call sees at 3am: without a `summary` the notification shows only the alert name, and without a `description` it says nothing about which instance, how bad, or what to look at first. kube-prometheus mixins and the Prometheus Operator runbooks require both. A description is not asked where the summary already names the instance or the value (`{{ $labels.instance }}`, `{{ $value }}`), nor of an absent() alert, which has no instance to describe.',
    remediation:
      'Add `annotations: { summary: "MCP server {{ $labels.instance }} is down", description: "{{ $labels.job }} has been unreachable for 5 minutes; ..." }` to the alerting rule.',
    messages: {
      noSummary: 'alert "{{alert}}" has no summary annotation',
      noDescription: 'alert "{{alert}}" has no description annotation',
    },
  },
  check(ctx) {
    for (const r of alertingRules(ctx.root)) {
      const annotations = isRecord(r.rule.annotations) ? r.rule.annotations : {};
      const at = isRecord(r.rule.annotations) ? [...r.path, 'annotations'] : [...r.path, 'alert'];
      if (!present(annotations.summary)) ctx.report({ messageId: 'noSummary', data: { alert: r.name }, at });
      // `message` is the older single-annotation convention (kube-prometheus before 0.7). A summary
      // that names the instance or the value (a template) already says what a description would, and
      // an absent() alert has no instance to name.
      if (present(annotations.description) || present(annotations.message)) continue;
      const summaryNamesIt = typeof annotations.summary === 'string' && /\{\{[^}]*\$(labels|value)/.test(annotations.summary);
      if (summaryNamesIt || isAbsentAlert(r.rule.expr)) continue;
      ctx.report({ messageId: 'noDescription', data: { alert: r.name }, at });
    }
  },
});
