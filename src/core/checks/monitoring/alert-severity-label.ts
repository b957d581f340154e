import { z } from 'zod';
import { defineCheck } from '../types';
import { alertingRules, isRecord } from './_rules';

export const DEFAULT_SEVERITIES = ['critical', 'error', 'warning', 'info', 'page', 'ticket', 'high', 'medium', 'low', 'none'];

export default defineCheck({
  id: 'monitoring/alert-severity-label',
  target: 'prometheus-rules',
  meta: {
    title: 'Alert has no usable severity label',
    category: 'observability',
    severity: 'warning',
    rationale:
      'Alertmanager routes on labels: an alert without `severity`, or with a value no route matches (`Critical`, `sev1`), falls through to the default receiver, so a production outage can land in a channel nobody watches or never page at all. The kube-prometheus and Prometheus Operator mixins use critical/warning/info.',
    remediation:
      "Add `labels: { severity: critical }` (or warning/info) to every alerting rule, using the values your Alertmanager routes match; list extra values in this check's `allowed` option.",
    messages: {
      missing: 'alert "{{alert}}" has no severity label, so Alertmanager cannot route it by urgency',
      unknown: 'alert "{{alert}}" has severity "{{severity}}", which is not one of {{allowed}}',
    },
  },
  options: z
    .strictObject({
      allowed: z.array(z.string()).default(DEFAULT_SEVERITIES).describe('Severity values your Alertmanager routes understand.'),
    })
    .default({ allowed: DEFAULT_SEVERITIES }),
  check(ctx) {
    const allowed = ctx.options.allowed;
    for (const r of alertingRules(ctx.root)) {
      const labels = isRecord(r.rule.labels) ? r.rule.labels : undefined;
      const severity = labels?.severity;
      if (severity === undefined || severity === null || severity === '') {
        ctx.report({ messageId: 'missing', data: { alert: r.name }, at: labels ? [...r.path, 'labels'] : [...r.path, 'alert'] });
        continue;
      }
      const value = String(severity);
      // Templated severities ({{ $labels.severity }}) are resolved at evaluation time.
      if (value.includes('{{') || allowed.includes(value)) continue;
      ctx.report({ messageId: 'unknown', data: { alert: r.name, severity: value, allowed: allowed.join(', ') }, at: [...r.path, 'labels', 'severity'] });
    }
  },
});
