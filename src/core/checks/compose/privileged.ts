import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/privileged',
  target: 'compose-service',
  meta: {
    title: 'Service runs privileged',
    category: 'security',
    severity: 'error',
    rationale:
      'A privileged container has every capability and every host device, and AppArmor/seccomp are off: escaping to the host is trivial. An MCP server never needs it. kube-linter (privileged-container) and Polaris (privilegeEscalationAllowed/privileged) flag it.',
    remediation: 'Remove `privileged: true`; grant the single capability or device the service needs with `cap_add` / `devices`.',
    messages: {
      privileged: 'service "{{service}}" runs privileged',
    },
  },
  check(ctx) {
    const p = ctx.service.value.privileged;
    if (p === true || (typeof p === 'string' && /^(true|yes|on)$/i.test(p.trim()))) {
      ctx.report({ messageId: 'privileged', data: { service: ctx.service.name }, at: ['privileged'] });
    }
  },
});
