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
    { name: 'a summary that names the instance', code: `${head}        annotations:\n          summary: MCP server {{ $labels.instance }} is down\n` },
    { name: 'a summary that gives the value', code: `${head}        annotations:\n          summary: 'Error rate is {{ $value | humanizePercentage }}'\n` },
    {
      name: 'an absent() alert with a summary',
      code: 'groups:\n  - name: flux\n    rules:\n      - alert: FluxAbsent\n        expr: absent(flux_instance_info)\n        annotations:\n          summary: Flux is not reporting\n',
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
    {
      name: 'a static summary of an alert on present series',
      code: `${head}        annotations:\n          summary: MCP server down\n`,
      errors: [{ line: 7, messageId: 'noDescription' }],
    },
    {
      name: 'a template of something else than labels or value',
      code: `${head}        annotations:\n          summary: 'Down (see {{ "runbook" }})'\n`,
      errors: [{ line: 7, messageId: 'noDescription' }],
    },
    {
      name: 'absent() inside a larger expression is not an absent alert',
      code: head.replace('up == 0', 'up == 0 or absent(up)') + '        annotations:\n          summary: s\n',
      errors: [{ line: 7, messageId: 'noDescription' }],
    },
    {
      name: 'an absent() alert still needs a summary',
      code: head.replace('up == 0', 'absent(up)'),
      errors: [{ line: 4, messageId: 'noSummary' }],
    },
  ],
});
