import check from '../../../../src/core/checks/monitoring/alert-annotations';
import { describeCheck } from '../../../helpers/check-cases';

const head = 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up == 0\n        for: 5m\n';

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    {
      name: 'both',
      code: `${head}        annotations:\n          summary: MCP server {{ $labels.instance }} is down\n          description: It has been unreachable for 5 minutes.\n`,
    },
    { name: 'legacy message annotation', code: `${head}        annotations:\n          summary: down\n          message: The MCP server is down.\n` },
  ],
  invalid: [
    {
      name: 'no annotations: both reported at the alert',
      code: head,
      errors: [
        { line: 4, messageId: 'noDescription', message: '"McpDown"' },
        { line: 4, messageId: 'noSummary' },
      ],
    },
    {
      name: 'empty summary',
      code: `${head}        annotations:\n          summary: ""\n          description: d\n`,
      errors: [{ line: 7, messageId: 'noSummary' }],
    },
    {
      name: 'no description',
      code: `${head}        annotations:\n          summary: s\n          runbook_url: https://runbooks.example.com/McpDown\n`,
      errors: [{ line: 7, messageId: 'noDescription' }],
    },
  ],
});
