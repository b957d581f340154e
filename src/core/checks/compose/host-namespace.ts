import { defineCheck } from '../types';

const KEYS: Record<string, string> = {
  network_mode: 'network',
  pid: 'PID',
  ipc: 'IPC',
  uts: 'UTS',
  userns_mode: 'user',
  cgroup: 'cgroup',
};

export default defineCheck({
  id: 'compose/host-namespace',
  target: 'compose-service',
  meta: {
    title: 'Service shares a host namespace',
    category: 'security',
    severity: 'warning',
    rationale:
      'Sharing the host network exposes every port the service opens on every host interface and bypasses published-port control; the host PID/IPC namespaces let it see, signal and ptrace host processes and read their shared memory; userns_mode: host turns off user-namespace remapping. kube-linter (host-network, host-pid, host-ipc) and Polaris (hostNetworkSet, hostPIDSet, hostIPCSet) flag the Kubernetes equivalents. It is a warning, not an error, because host agents such as node-exporter legitimately need it.',
    remediation: 'Remove the setting; publish the ports the service needs with `ports:` on a user-defined network.',
    messages: {
      hostNamespace: 'service "{{service}}" shares the host {{namespace}} namespace ({{key}}: host)',
    },
  },
  check(ctx) {
    for (const [key, namespace] of Object.entries(KEYS)) {
      const v = ctx.service.value[key];
      if (typeof v === 'string' && v.trim().toLowerCase() === 'host') {
        ctx.report({ messageId: 'hostNamespace', data: { service: ctx.service.name, namespace, key }, at: [key] });
      }
    }
  },
});
