import check from '../../../../src/core/checks/monitoring/rule-expression';
import { describeCheck } from '../../../helpers/check-cases';

const alert = (expr: string): string => `groups:\n  - name: mcp\n    rules:\n      - alert: McpErrors\n${expr}        for: 5m\n`;

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    { name: 'plain', code: alert('        expr: sum by (job) (rate(mcp_errors_total{code=~"5.."}[5m])) > 1\n') },
    {
      name: 'brackets inside strings and comments',
      code: alert('        expr: |\n          # errors (per job\n          count(up{job="a(b", path=\'[x\', re=`{`}) > 0\n'),
    },
    { name: 'number', code: alert('        expr: 1\n') },
    { name: 'subquery and offset', code: alert('        expr: max_over_time(rate(x[5m])[1h:1m] offset 5m) > 0\n') },
  ],
  invalid: [
    { name: 'missing expr: reported at the alert', code: alert(''), errors: [{ line: 4, messageId: 'missing', message: 'alert "McpErrors" has no expr' }] },
    { name: 'empty expr', code: alert('        expr: ""\n'), errors: [{ line: 5, messageId: 'empty' }] },
    {
      name: 'unclosed parenthesis',
      code: alert('        expr: rate(mcp_errors_total[5m]\n'),
      errors: [{ line: 5, messageId: 'malformed', message: 'unclosed "("' }],
    },
    { name: 'mismatched', code: alert('        expr: sum(rate(x[5m)])\n'), errors: [{ line: 5, messageId: 'malformed', message: '")" closes "["' }] },
    {
      name: 'unterminated string',
      code: alert('        expr: up{job="mcp} == 0\n'),
      errors: [{ line: 5, messageId: 'malformed', message: 'unterminated string' }],
    },
    { name: 'extra closer', code: alert('        expr: up == 0)\n'), errors: [{ line: 5, messageId: 'malformed', message: 'unexpected ")"' }] },
    { name: 'not a string', code: alert('        expr:\n          - up\n'), errors: [{ line: 5, messageId: 'notString' }] },
    {
      name: 'unnamed rule in a PrometheusRule',
      files: {
        'rules.yaml':
          'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: mcp\nspec:\n  groups:\n    - name: mcp\n      rules:\n        - labels: {a: b}\n',
      },
      errors: [{ file: 'rules.yaml', line: 9, messageId: 'missing', message: 'rule 1 of group "mcp"' }],
    },
  ],
});
