import { defineCheck } from '../types';
import { locOf, shippedStages, stagesOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/healthcheck-missing',
  target: 'dockerfile',
  meta: {
    title: 'Final stage has no HEALTHCHECK',
    category: 'reliability',
    severity: 'warning',
    rationale:
      'Without a HEALTHCHECK, Docker and Compose consider the container healthy as soon as the process starts: `depends_on: condition: service_healthy` cannot wait for it, and a hung MCP server that still holds its port is never restarted or taken out of rotation.',
    remediation:
      'Add a HEALTHCHECK to the final stage that probes the server itself, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1` (or a small probe binary in distroless images), or define the healthcheck in the Compose file.',
    messages: {
      missing: 'the final stage (FROM {{image}}) defines no HEALTHCHECK',
      disabled: 'the final stage disables the health check with HEALTHCHECK NONE',
    },
  },
  check(ctx) {
    const stages = stagesOf(ctx.dockerfile);
    const last = stages[stages.length - 1];
    if (!last) return;
    // A HEALTHCHECK in a stage the final stage is built FROM is inherited.
    const final = shippedStages(stages)
      .map((s) => s.instructions.filter((i) => i.getKeyword() === 'HEALTHCHECK').pop())
      .find((i) => i !== undefined);
    if (!final) {
      ctx.report({ messageId: 'missing', data: { image: last.from.getImage() ?? '(none)' }, at: locOf(ctx.file, last.from) });
      return;
    }
    if ((final.getArgumentsContent() ?? '').trim().toUpperCase() === 'NONE') ctx.report({ messageId: 'disabled', at: locOf(ctx.file, final) });
  },
});
