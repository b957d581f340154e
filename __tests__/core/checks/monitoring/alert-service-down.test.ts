import check from '../../../../src/core/checks/monitoring/alert-service-down';
import { describeCheck } from '../../../helpers/check-cases';

const alert = (expr: string) => `groups:\n  - name: mcp\n    rules:\n      - alert: A\n        expr: ${expr}\n        for: 2m\n`;
const SERVICE = 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n';

describeCheck(check, {
  defaultFile: 'monitoring/rules/alerts.yml',
  valid: [
    { name: 'up == 0', code: alert('\'up{job="mcp"} == 0\'') },
    { name: 'absent(up{...}) for targets that vanish from discovery', code: alert('\'absent(up{job="mcp"})\'') },
    { name: 'availability below 1 over a window', code: alert("'avg_over_time(up[10m]) < 0.9'") },
    { name: 'absent_over_time of any series', code: alert("'absent_over_time(mcp_requests_total[15m])'") },
    {
      name: 'an alert on a recorded series that aggregates up',
      code: 'groups:\n  - name: rec\n    rules:\n      - record: job:up:min\n        expr: min by (job) (up)\n      - alert: JobDown\n        expr: job:up:min < 1\n',
    },
    {
      name: 'a PrometheusRule resource',
      files: {
        'k8s/rules.yaml':
          'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: mcp\nspec:\n  groups:\n    - name: mcp\n      rules:\n        - alert: Down\n          expr: up{namespace="mcp"} == 0\n',
      },
    },
  ],
  invalid: [
    {
      name: 'rules exist, none detects a down target',
      code: alert('\'rate(mcp_requests_total{status="error"}[5m]) > 1\''),
      errors: [{ line: 1, messageId: 'missing', message: 'expected in monitoring/rules/alerts.yml' }],
    },
    { name: 'up compared to 1 is the healthy case', code: alert('\'up{job="mcp"} == 1\''), errors: [{ line: 1 }] },
    {
      name: 'a recording rule of up is not an alert',
      code: 'groups:\n  - name: rec\n    rules:\n      - record: job:up:min\n        expr: min by (job) (up) == 0\n',
      errors: [{ line: 1 }],
    },
    {
      name: 'services but no rules at all: reported at the README',
      files: { 'docker-compose.yml': SERVICE, 'README.md': '# stack\n' },
      errors: [{ file: 'README.md', line: 1, message: 'the repository has none' }],
    },
    {
      name: 'PrometheusRule without it: reported at its groups',
      files: {
        'k8s/rules.yaml':
          'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: mcp\nspec:\n  groups:\n    - name: mcp\n      rules:\n        - alert: Slow\n          expr: histogram_quantile(0.95, rate(x_bucket[5m])) > 2\n',
      },
      errors: [{ file: 'k8s/rules.yaml', line: 6 }],
    },
  ],
  notApplicable: [
    { name: 'no services and no rules', files: { 'README.md': '# notes\n' } },
    {
      name: 'a homelab: services, no MCP server, no rules of its own',
      files: { 'jellyfin/docker-compose.yml': 'services:\n  jellyfin:\n    image: jellyfin/jellyfin:10.9\n' },
    },
  ],
});
