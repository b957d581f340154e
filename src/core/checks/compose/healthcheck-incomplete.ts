import { defineCheck } from '../types';

const TIMINGS = ['interval', 'timeout', 'retries'] as const;

export default defineCheck({
  id: 'compose/healthcheck-incomplete',
  target: 'compose-service',
  meta: {
    title: 'Healthcheck relies on Docker default timings',
    category: 'reliability',
    severity: 'info',
    rationale:
      'Docker defaults a healthcheck to a 30s interval, a 30s timeout and 3 retries, so a hung MCP server is noticed only after about 90 seconds, and without start_period a slow start counts as failures and can mark the container unhealthy (and restart it under an orchestrator) before it ever served.',
    remediation:
      'Set every timing explicitly, e.g. `interval: 15s`, `timeout: 5s`, `retries: 3`, `start_period: 30s` (and `start_interval: 2s` on Docker 25+).',
    messages: {
      missingTimings: 'healthcheck of service "{{service}}" does not set {{missing}} (Docker defaults: 30s interval, 30s timeout, 3 retries)',
      missingStartPeriod: 'healthcheck of service "{{service}}" has no start_period: failures during startup count against its retries',
    },
  },
  check(ctx) {
    const hc = ctx.service.value.healthcheck;
    if (!hc || typeof hc !== 'object' || Array.isArray(hc)) return;
    const h = hc as Record<string, unknown>;
    if (h.disable === true || (Array.isArray(h.test) && h.test[0] === 'NONE')) return;
    const data = { service: ctx.service.name };
    const missing = TIMINGS.filter((k) => h[k] === undefined || h[k] === null);
    if (missing.length) ctx.report({ messageId: 'missingTimings', data: { ...data, missing: missing.join(', ') }, at: ['healthcheck'] });
    if (h.start_period === undefined || h.start_period === null) ctx.report({ messageId: 'missingStartPeriod', data, at: ['healthcheck'] });
  },
});
