import check from '../../../../src/core/checks/monitoring/alert-missing-for';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    { name: 'alert with for', code: 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up{job="mcp"} == 0\n        for: 5m\n' },
    {
      name: 'recording rules need no for',
      code: 'groups:\n  - name: mcp\n    rules:\n      - record: job:mcp_requests:rate5m\n        expr: sum by (job) (rate(mcp_requests_total[5m]))\n',
    },
    { name: 'odd shapes are ignored', code: 'groups:\n  - name: a\n    rules: nope\n  - null\n  - name: b\n    rules:\n      - 42\n' },
  ],
  invalid: [
    {
      name: 'missing for',
      code: 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up == 0\n        for: 5m\n      - alert: McpErrors\n        expr: rate(mcp_errors_total[5m]) > 1\n',
      errors: [{ line: 7, messageId: 'missingFor', message: '"McpErrors"' }],
    },
    {
      name: 'PrometheusRule resource: lines in the manifest',
      files: {
        'k8s/mcp-rules.yaml':
          'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: mcp\nspec:\n  groups:\n    - name: mcp\n      rules:\n        - alert: McpDown\n          expr: up == 0\n',
      },
      errors: [{ file: 'k8s/mcp-rules.yaml', line: 9, messageId: 'missingFor' }],
    },
  ],
});
