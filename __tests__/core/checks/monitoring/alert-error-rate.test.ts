import check from '../../../../src/core/checks/monitoring/alert-error-rate';
import { describeCheck } from '../../../helpers/check-cases';

const alert = (expr: string) => `groups:\n  - name: mcp\n    rules:\n      - alert: A\n        expr: ${expr}\n        for: 5m\n`;

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    { name: '5xx ratio', code: alert('\'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05\'') },
    { name: 'an error counter', code: alert("'increase(mcp_tool_errors_total[10m]) > 5'") },
    { name: 'requests labelled status="error"', code: alert('\'rate(mcp_requests_total{status="error"}[5m]) > 0.1\'') },
    { name: 'code label with a 5', code: alert('\'rate(grpc_server_handled_total{code=~"5.*"}[5m]) > 0\'') },
    {
      name: 'an alert on a recorded error ratio',
      code: 'groups:\n  - name: rec\n    rules:\n      - record: mcp:errors:ratio_rate5m\n        expr: sum(rate(mcp_requests_total{status="error"}[5m])) / sum(rate(mcp_requests_total[5m]))\n      - alert: HighErrors\n        expr: mcp:errors:ratio_rate5m > 0.05\n',
    },
  ],
  invalid: [
    { name: 'only a down alert', code: alert("'up == 0'"), errors: [{ line: 1, messageId: 'missing', message: 'error rate' }] },
    { name: 'an error gauge without rate or increase', code: alert("'mcp_last_error_timestamp_seconds > 0'"), errors: [{ line: 1 }] },
    { name: 'a latency bucket le="5" is not a 5xx', code: alert('\'rate(http_request_duration_seconds_bucket{le="5"}[5m]) > 1\''), errors: [{ line: 1 }] },
    {
      name: 'MCP servers but no rules: reported at the repository',
      files: { 'docker-compose.yml': 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n' },
      errors: [{ file: '.', line: 1 }],
    },
    {
      name: 'servers listed in mcp.services but no rules',
      files: { 'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n' },
      config: { mcp: { services: ['web'] } },
      errors: [{ file: '.', line: 1 }],
    },
  ],
  notApplicable: [
    { name: 'nothing to monitor', files: { 'notes.txt': 'x\n' } },
    { name: 'services without MCP servers, and no rules of its own', files: { 'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n' } },
  ],
});
