import { parsePortSpec } from '../../compose/merge';
import type { TreeNode } from '../../source/yaml-tree';
import { defineCheck } from '../types';

/** Whether a container port (`22`, `20-25`) includes SSH's 22. */
function includesSsh(target: string): boolean {
  const m = /^(\d+)(?:-(\d+))?$/.exec(target.trim());
  if (!m) return false;
  const from = Number(m[1]);
  const to = m[2] !== undefined ? Number(m[2]) : from;
  return from <= 22 && 22 <= to;
}

function scalarText(node: TreeNode | undefined): string | undefined {
  return node?.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
}

export default defineCheck({
  id: 'compose/ssh-port',
  target: 'compose-service',
  meta: {
    title: 'SSH port 22 exposed',
    category: 'security',
    severity: 'warning',
    rationale:
      'A service that publishes or exposes container port 22 runs an SSH server next to the MCP server: another way in, with its own keys and passwords to manage, that bypasses `docker exec` and its audit trail. Published, it is reachable by anyone who can reach the host. kube-linter (ssh-port) flags the same for Kubernetes.',
    remediation:
      'Remove the SSH daemon from the image and use `docker exec` for access. A Git server that serves SSH on purpose can suppress the finding with a comment saying so.',
    messages: {
      published: 'service "{{service}}" publishes container port 22 (SSH) as {{spec}}',
      exposed: 'service "{{service}}" exposes container port 22 (SSH)',
    },
  },
  check(ctx) {
    const service = ctx.service.node;
    const ports = service.entries.get('ports');
    if (ports?.kind === 'seq') {
      ports.items.forEach((item, i) => {
        let target: string | undefined;
        let spec: string;
        if (item.kind === 'map') {
          target = scalarText(item.entries.get('target'));
          const published = scalarText(item.entries.get('published'));
          spec = published ? `${published}:${target ?? '?'}` : (target ?? '?');
        } else {
          spec = scalarText(item) ?? '';
          target = parsePortSpec(spec)?.target;
        }
        if (target !== undefined && includesSsh(target))
          ctx.report({ messageId: 'published', data: { service: ctx.service.name, spec: `"${spec}"` }, at: ['ports', i] });
      });
    }
    const expose = service.entries.get('expose');
    if (expose?.kind === 'seq') {
      expose.items.forEach((item, i) => {
        const text = scalarText(item);
        if (text !== undefined && includesSsh(text.replace(/\/\w+$/, '')))
          ctx.report({ messageId: 'exposed', data: { service: ctx.service.name }, at: ['expose', i] });
      });
    }
  },
});
