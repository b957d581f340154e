import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/healthcheck-missing',
  target: 'compose-service',
  meta: {
    title: 'Service has no healthcheck',
    category: 'reliability',
    severity: 'warning',
    rationale:
      'Without a healthcheck Docker reports a container as running while the MCP server inside is hung or still starting, depends_on cannot wait for it, and Portainer shows it green.',
    remediation:
      'Add a healthcheck that probes the server, e.g. `healthcheck: { test: ["CMD", "wget", "-qO-", "http://localhost:8501/health"], interval: 30s, timeout: 5s, retries: 3, start_period: 20s }`.',
    messages: {
      missing: 'service "{{service}}" has no healthcheck',
      disabled: 'service "{{service}}" disables its healthcheck',
    },
  },
  check(ctx) {
    const hc = ctx.service.value.healthcheck as Record<string, unknown> | undefined | null;
    const data = { service: ctx.service.name };
    if (!hc || typeof hc !== 'object') {
      // An image may define HEALTHCHECK itself; a service built from a Dockerfile is checked there.
      if (ctx.service.value.build !== undefined) return;
      ctx.report({ messageId: 'missing', data, at: hc === undefined ? [] : ['healthcheck'] });
      return;
    }
    const test = hc.test;
    if (hc.disable === true || (Array.isArray(test) && test[0] === 'NONE')) {
      ctx.report({ messageId: 'disabled', data, at: ['healthcheck'] });
    }
  },
});
