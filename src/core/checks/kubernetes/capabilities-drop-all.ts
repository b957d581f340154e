import { containersOf, objectLabel } from '../../kubernetes/objects';
import { containerSecurityContext, isRunnable } from '../../kubernetes/pod-security';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/capabilities-drop-all',
  target: 'kubernetes-object',
  meta: {
    title: 'Container keeps the default Linux capabilities',
    category: 'security',
    severity: 'warning',
    rationale:
      'Container runtimes grant a default set of capabilities (NET_RAW, CHOWN, SETUID, ...) that an MCP server rarely needs; NET_RAW alone allows ARP and DNS spoofing inside the cluster network. The "restricted" Pod Security Standard requires dropping ALL; kube-linter (drop-net-raw-capability) and Polaris (insecureCapabilities) flag it.',
    remediation:
      'Set `securityContext.capabilities.drop: ["ALL"]` and add back only what is needed, e.g. `add: ["NET_BIND_SERVICE"]` to bind a port below 1024.',
    messages: {
      notDropped: '{{object}}: container "{{container}}" does not drop ALL capabilities',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      if (!isRunnable(c)) continue;
      const caps = containerSecurityContext(c).capabilities;
      const drop = caps && typeof caps === 'object' ? (caps as Record<string, unknown>).drop : undefined;
      if (Array.isArray(drop) && drop.some((d) => typeof d === 'string' && d.toUpperCase() === 'ALL')) continue;
      const at =
        drop !== undefined
          ? [...c.path, 'securityContext', 'capabilities', 'drop']
          : caps !== undefined
            ? [...c.path, 'securityContext', 'capabilities']
            : c.path;
      ctx.report({ messageId: 'notDropped', data: { object: objectLabel(ctx.object), container: c.name }, at });
    }
  },
});
