import { containersOf, objectLabel } from '../../kubernetes/objects';
import { displayValue } from '../../display-value';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/host-port',
  target: 'kubernetes-object',
  meta: {
    title: 'Container binds a host port',
    category: 'security',
    severity: 'warning',
    rationale:
      "A hostPort exposes the container on the node's address, bypassing Services and NetworkPolicies, and limits scheduling to one such pod per node, so rolling updates and scale-ups stall. Polaris (hostPortSet) flags it.",
    remediation: 'Remove `hostPort` and expose the server with a Service (ClusterIP behind an Ingress, or LoadBalancer/NodePort).',
    messages: {
      hostPort: '{{object}}: container "{{container}}" binds host port {{port}}',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      const ports = c.value.ports;
      if (!Array.isArray(ports)) continue;
      ports.forEach((p: unknown, i: number) => {
        if (!p || typeof p !== 'object') return;
        const hostPort = (p as Record<string, unknown>).hostPort;
        if (hostPort === undefined || hostPort === null || hostPort === 0) return;
        ctx.report({
          messageId: 'hostPort',
          data: { object: objectLabel(ctx.object), container: c.name, port: displayValue(hostPort) },
          at: [...c.path, 'ports', i, 'hostPort'],
        });
      });
    }
  },
});
