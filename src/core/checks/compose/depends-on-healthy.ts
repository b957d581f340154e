import { defineCheck } from '../types';
import { dependenciesOf } from './_depends-on';

export default defineCheck({
  id: 'compose/depends-on-healthy',
  target: 'compose-service',
  meta: {
    title: 'Dependency with a healthcheck is not awaited',
    category: 'reliability',
    severity: 'warning',
    rationale:
      "Plain `depends_on` (or `condition: service_started`) only waits for the dependency's container to start, not for it to be ready: the MCP server starts while its database is still initialising, fails its first connections and may crash-loop. The dependency already has a healthcheck, so Compose can wait for it.",
    remediation: 'Use the long syntax: `depends_on: { db: { condition: service_healthy } }`.',
    messages: {
      notHealthy: 'service "{{service}}" depends on "{{dependency}}" without condition: service_healthy, although "{{dependency}}" has a healthcheck',
    },
  },
  check(ctx) {
    for (const dep of dependenciesOf(ctx.service.node)) {
      if (dep.condition && dep.condition !== 'service_started') continue;
      const target = ctx.stack.services.find((s) => s.name === dep.name);
      const hc = target?.value.healthcheck;
      if (!hc || typeof hc !== 'object' || Array.isArray(hc)) continue;
      const h = hc as Record<string, unknown>;
      if (h.disable === true || (Array.isArray(h.test) && h.test[0] === 'NONE')) continue;
      ctx.report({ messageId: 'notHealthy', data: { service: ctx.service.name, dependency: dep.name }, at: dep.path });
    }
  },
});
