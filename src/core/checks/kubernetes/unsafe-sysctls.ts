import { objectLabel, podSpecOf, podSpecPath } from '../../kubernetes/objects';
import { defineCheck } from '../types';

/** Sysctls Kubernetes considers safe (namespaced and isolated between pods). */
const SAFE = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);

export default defineCheck({
  id: 'kubernetes/unsafe-sysctls',
  target: 'kubernetes-object',
  meta: {
    title: 'Pod sets an unsafe sysctl',
    category: 'security',
    severity: 'warning',
    rationale:
      'Unsafe sysctls are not isolated between pods: they change kernel behaviour for the whole node, and the kubelet refuses the pod (SysctlForbidden) unless it was started with --allowed-unsafe-sysctls. kube-linter (unsafe-sysctls) and the "baseline" Pod Security Standard flag them.',
    remediation: 'Remove the sysctl, or tune it on dedicated nodes through node configuration rather than from the pod.',
    messages: {
      unsafe: '{{object}} sets unsafe sysctl {{sysctl}}',
    },
  },
  check(ctx) {
    const spec = podSpecOf(ctx.object);
    const specPath = podSpecPath(ctx.object);
    const sc = spec?.securityContext;
    if (!specPath || !sc || typeof sc !== 'object' || !Array.isArray(sc.sysctls)) return;
    sc.sysctls.forEach((s: unknown, i: number) => {
      const name = s && typeof s === 'object' ? (s as Record<string, unknown>).name : undefined;
      if (typeof name !== 'string' || SAFE.has(name)) return;
      ctx.report({ messageId: 'unsafe', data: { object: objectLabel(ctx.object), sysctl: name }, at: [...specPath, 'securityContext', 'sysctls', i, 'name'] });
    });
  },
});
