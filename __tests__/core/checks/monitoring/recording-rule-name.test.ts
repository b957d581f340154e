import check from '../../../../src/core/checks/monitoring/recording-rule-name';
import { describeCheck } from '../../../helpers/check-cases';

const rec = (name: string): string => `groups:\n  - name: r\n    rules:\n      - record: ${name}\n        expr: sum(rate(x[5m]))\n`;

describeCheck(check, {
  defaultFile: 'rules.yml',
  valid: [
    { name: 'level:metric:operations', code: rec('job:mcp_requests:rate5m') },
    { name: 'several operations', code: rec('instance_path:mcp_request_latency_seconds:histogram_quantile99:rate5m') },
    { name: 'alerts are not recording rules', code: 'groups:\n  - name: r\n    rules:\n      - alert: mcp-down\n        expr: up == 0\n' },
  ],
  invalid: [
    { name: 'plain metric name', code: rec('mcp_requests_rate'), errors: [{ line: 4, messageId: 'convention', message: '"mcp_requests_rate"' }] },
    { name: 'two parts only', code: rec('job:mcp_requests'), errors: [{ line: 4, messageId: 'convention' }] },
    { name: 'invalid metric name', code: rec('"job:mcp-requests:rate5m"'), errors: [{ line: 4, messageId: 'invalid', message: 'not a valid metric name' }] },
  ],
});
