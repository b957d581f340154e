import { getNode } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { listOrMapEntries } from './_list-or-map';

export default defineCheck({
  id: 'compose/duplicate-env',
  target: 'compose-file',
  meta: {
    title: 'Service sets the same environment variable twice',
    category: 'correctness',
    severity: 'warning',
    rationale:
      'In the list form of `environment` (`- KEY=value`) nothing stops a name from appearing twice; Compose keeps the last one, so the value a reviewer reads first is not the one the MCP server gets. (In the map form a repeated key is a YAML error, reported by core/duplicate-key.)',
    remediation: "Keep one entry per name in the service's `environment` and delete the other.",
    messages: {
      duplicate: 'service "{{service}}" sets {{variable}} again (first set at line {{firstLine}}); the last entry wins',
    },
  },
  check(ctx) {
    const services = getNode(ctx.root, ['services']);
    if (services?.kind !== 'map') return;
    for (const [service, node] of services.entries) {
      const env = getNode(node, ['environment']);
      if (env?.kind !== 'seq') continue;
      const first = new Map<string, number>();
      for (const entry of listOrMapEntries(env)) {
        const key = entry.key.trim();
        if (!key) continue;
        const line = getNode(env, entry.path)?.loc.line ?? env.loc.line;
        const previous = first.get(key);
        if (previous === undefined) first.set(key, line);
        else
          ctx.report({
            messageId: 'duplicate',
            data: { service, variable: key, firstLine: previous },
            at: ['services', service, 'environment', ...entry.path],
          });
      }
    }
  },
});
