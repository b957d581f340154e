import check from '../../../../src/core/checks/monitoring/alert-memory';
import { describeCheck } from '../../../helpers/check-cases';

const alert = (expr: string) => `groups:\n  - name: mcp\n    rules:\n      - alert: A\n        expr: ${expr}\n        for: 15m\n`;

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    {
      name: 'cAdvisor working set against the limit',
      code: alert('\'container_memory_working_set_bytes{name=~"mcp-.*"} / container_spec_memory_limit_bytes > 0.9\''),
    },
    { name: 'process RSS', code: alert("'process_resident_memory_bytes > 1e9'") },
    { name: 'node memory', code: alert("'node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes < 0.1'") },
    { name: 'kube-state-metrics memory limit', code: alert('\'sum(container_usage) / sum(kube_pod_container_resource_limits{resource="memory"}) > 0.9\'') },
    { name: 'OOM kills', code: alert('\'kube_pod_container_status_last_terminated_reason{reason="OOMKilled"} == 1\'') },
  ],
  invalid: [
    { name: 'only CPU', code: alert("'rate(container_cpu_usage_seconds_total[5m]) > 0.9'"), errors: [{ line: 1, messageId: 'missing', message: 'memory' }] },
    { name: 'a service named memory is not a memory alert', code: alert('\'up{mcp_server="mcp-memory"} == 0\''), errors: [{ line: 1 }] },
    { name: 'limits of another resource', code: alert('\'kube_pod_container_resource_limits{resource="cpu"} < 1\''), errors: [{ line: 1 }] },
  ],
  notApplicable: [{ name: 'nothing to monitor', files: { 'README.md': '# x\n' } }],
});
