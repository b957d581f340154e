import check from '../../../../src/core/checks/monitoring/alert-runbook-url';
import { describeCheck } from '../../../helpers/check-cases';

const head = 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up == 0\n        for: 5m\n';

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    { name: 'runbook_url', code: `${head}        annotations:\n          runbook_url: https://runbooks.example.com/McpDown\n` },
    { name: 'recording rules need none', code: 'groups:\n  - name: r\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n' },
  ],
  invalid: [
    { name: 'no annotations', code: head, errors: [{ line: 4, messageId: 'noRunbook', message: '"McpDown"' }] },
    {
      name: 'annotations without runbook',
      code: `${head}        annotations:\n          summary: down\n          runbook_url: "  "\n`,
      errors: [{ line: 7, messageId: 'noRunbook' }],
    },
  ],
});
