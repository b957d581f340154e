import check from '../../../../src/core/checks/monitoring/duplicate-rule';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    {
      name: 'same alert with different severities (a common, valid pattern)',
      code: 'groups:\n  - name: mcp\n    rules:\n      - alert: McpLatency\n        expr: x > 1\n        labels: {severity: warning}\n      - alert: McpLatency\n        expr: x > 5\n        labels: {severity: critical}\n',
    },
    {
      name: 'same name in different groups',
      code: 'groups:\n  - name: a\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n  - name: b\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n',
    },
  ],
  invalid: [
    {
      name: 'duplicate group names',
      code: 'groups:\n  - name: mcp\n    rules: []\n  - name: mcp\n    rules: []\n',
      errors: [{ line: 4, messageId: 'duplicateGroup', message: 'already used on line 2' }],
    },
    {
      name: 'duplicate recording rule with the same labels',
      code: 'groups:\n  - name: mcp\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n        labels: {a: "1", b: "2"}\n      - record: job:up:sum\n        expr: sum by (job) (up)\n        labels: {b: "2", a: "1"}\n',
      errors: [{ line: 7, messageId: 'duplicateRule', message: 'record "job:up:sum" with the same labels is already defined on line 4' }],
    },
    {
      name: 'duplicate alert without labels',
      code: 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up == 0\n      - alert: McpDown\n        expr: up == 0\n',
      errors: [{ line: 6, messageId: 'duplicateRule' }],
    },
  ],
});
