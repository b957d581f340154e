import { containersOf, objectLabel } from '../../kubernetes/objects';
import { getNode } from '../../source/yaml-tree';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/duplicate-env',
  target: 'kubernetes-object',
  meta: {
    title: 'Container sets the same environment variable twice',
    category: 'correctness',
    severity: 'warning',
    rationale:
      'When `env` lists a name twice the later entry silently wins, so the value a reviewer reads first is not the one the MCP server gets, and a patch or merge that adds the second entry goes unnoticed. kube-linter (duplicate-env-var) flags it, and server-side apply rejects it.',
    remediation: "Keep one entry per name in each container's `env` and delete the other.",
    messages: {
      duplicate: '{{object}}: container "{{container}}" sets {{variable}} again (first set at {{firstLine}}); the last entry wins',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      const env = c.value.env;
      if (!Array.isArray(env)) continue;
      const first = new Map<string, number>();
      env.forEach((e: unknown, i: number) => {
        if (!e || typeof e !== 'object') return;
        const name = (e as Record<string, unknown>).name;
        if (typeof name !== 'string' || name === '') return;
        const previous = first.get(name);
        if (previous === undefined) {
          first.set(name, i);
          return;
        }
        const firstLine = getNode(ctx.object.root, [...c.path, 'env', previous, 'name'])?.loc.line;
        ctx.report({
          messageId: 'duplicate',
          data: {
            object: objectLabel(ctx.object),
            container: c.name,
            variable: name,
            firstLine: firstLine !== undefined ? `line ${firstLine}` : `entry ${previous + 1}`,
          },
          at: [...c.path, 'env', i, 'name'],
        });
      });
    }
  },
});
