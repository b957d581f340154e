import check from '../../../../src/core/checks/monitoring/alert-latency';
import { describeCheck } from '../../../helpers/check-cases';

const alert = (expr: string) => `groups:\n  - name: mcp\n    rules:\n      - alert: A\n        expr: ${expr}\n        for: 10m\n`;

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    { name: 'histogram_quantile', code: alert("'histogram_quantile(0.95, sum by (le) (rate(mcp_request_seconds_bucket[5m]))) > 2'") },
    { name: 'a *_duration_* summary', code: alert('\'mcp_request_duration_seconds{quantile="0.99"} > 5\'') },
    { name: 'a *_latency_* metric', code: alert("'avg(tool_latency_ms) > 800'") },
    {
      name: 'an alert on a recorded p95',
      code: 'groups:\n  - name: rec\n    rules:\n      - record: mcp:p95:5m\n        expr: histogram_quantile(0.95, rate(mcp_request_seconds_bucket[5m]))\n      - alert: Slow\n        expr: mcp:p95:5m > 2\n',
    },
  ],
  invalid: [
    { name: 'only availability alerts', code: alert("'up == 0'"), errors: [{ line: 1, messageId: 'missing', message: 'latency' }] },
    { name: "Prometheus' own scrape duration is not service latency", code: alert("'scrape_duration_seconds > 10'"), errors: [{ line: 1 }] },
  ],
  notApplicable: [{ name: 'nothing to monitor', files: { 'README.md': '# x\n' } }],
});
