import check from '../../../../src/core/checks/monitoring/alert-severity-label';
import { describeCheck } from '../../../helpers/check-cases';

const rule = (labels: string): string => `groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up == 0\n        for: 5m\n${labels}`;

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    { name: 'critical', code: rule('        labels:\n          severity: critical\n') },
    { name: 'templated', code: rule('        labels:\n          severity: "{{ $labels.severity }}"\n') },
    { name: 'recording rule', code: 'groups:\n  - name: r\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n' },
    {
      name: 'custom allowed values',
      code: rule('        labels:\n          severity: sev1\n'),
      config: { checks: { 'monitoring/alert-severity-label': { options: { allowed: ['sev1', 'sev2'] } } } },
    },
  ],
  invalid: [
    { name: 'no labels at all: reported at the alert', code: rule(''), errors: [{ line: 4, messageId: 'missing', message: '"McpDown"' }] },
    { name: 'labels without severity', code: rule('        labels:\n          team: platform\n'), errors: [{ line: 7, messageId: 'missing' }] },
    {
      name: 'unknown value',
      code: rule('        labels:\n          severity: Critical\n'),
      errors: [{ line: 8, messageId: 'unknown', message: 'severity "Critical"' }],
    },
    {
      name: 'custom list rejects the defaults',
      code: rule('        labels:\n          severity: warning\n'),
      config: { checks: { 'monitoring/alert-severity-label': { options: { allowed: ['sev1', 'sev2'] } } } },
      errors: [{ line: 8, messageId: 'unknown', message: 'sev1, sev2' }],
    },
  ],
});
