import { containersOf, objectLabel } from '../../kubernetes/objects';
import type { TreePath } from '../../source/yaml-tree';
import { defineCheck } from '../types';

const SSH_PORT = 22;

function isSshPort(v: unknown): boolean {
  return v === SSH_PORT || v === String(SSH_PORT);
}

export default defineCheck({
  id: 'kubernetes/ssh-port',
  target: 'kubernetes-object',
  meta: {
    title: 'SSH port 22 exposed',
    category: 'security',
    severity: 'warning',
    rationale:
      'A container that listens on port 22 runs an SSH server next to the MCP server: another way in, with its own keys and passwords to manage, that bypasses the audit trail of `kubectl exec`. A Service on port 22 publishes it. kube-linter (ssh-port) flags it.',
    remediation:
      'Remove the SSH daemon from the image and use `kubectl exec` or `kubectl debug` for access. A Git server that serves SSH on purpose can suppress the finding with a comment saying so.',
    messages: {
      containerPort: '{{object}}: container "{{container}}" exposes SSH port 22',
      servicePort: '{{object}}: port {{port}} exposes SSH (port 22)',
    },
  },
  check(ctx) {
    const object = objectLabel(ctx.object);
    for (const c of containersOf(ctx.object)) {
      const ports = c.value.ports;
      if (!Array.isArray(ports)) continue;
      ports.forEach((p: unknown, i: number) => {
        if (p && typeof p === 'object' && isSshPort((p as Record<string, unknown>).containerPort)) {
          ctx.report({ messageId: 'containerPort', data: { object, container: c.name }, at: [...c.path, 'ports', i, 'containerPort'] });
        }
      });
    }
    if (ctx.object.kind !== 'Service') return;
    const ports = ctx.object.value.spec?.ports;
    if (!Array.isArray(ports)) return;
    ports.forEach((p: unknown, i: number) => {
      if (!p || typeof p !== 'object') return;
      const { name, port, targetPort } = p as Record<string, unknown>;
      const field = isSshPort(port) ? 'port' : isSshPort(targetPort) ? 'targetPort' : undefined;
      if (!field) return;
      const shown = typeof name === 'string' && name ? `"${name}"` : typeof port === 'number' || typeof port === 'string' ? String(port) : `#${i + 1}`;
      const at: TreePath = ['spec', 'ports', i, field];
      ctx.report({ messageId: 'servicePort', data: { object, port: shown }, at });
    });
  },
});
