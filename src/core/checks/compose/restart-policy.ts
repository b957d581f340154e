import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/restart-policy',
  target: 'compose-service',
  meta: {
    title: 'Service does not restart after a crash or reboot',
    category: 'reliability',
    severity: 'warning',
    productionOnly: true,
    rationale:
      'Without a restart policy a container that crashes, is OOM-killed or whose host reboots stays down until someone notices; the MCP endpoint is gone while Portainer shows the stack as deployed.',
    remediation: 'Set `restart: unless-stopped` (or `always`) on the service, or `deploy.restart_policy.condition: any` / `on-failure` for Swarm stacks.',
    messages: {
      missing: 'service "{{service}}" has no restart policy: it stays down after a crash or host reboot',
      disabled: 'service "{{service}}" disables restarts ({{setting}})',
    },
  },
  check(ctx) {
    const v = ctx.service.value;
    const data = { service: ctx.service.name };
    const restart = v.restart;
    if (restart === false || (typeof restart === 'string' && restart.trim().toLowerCase() === 'no')) {
      ctx.report({ messageId: 'disabled', data: { ...data, setting: 'restart: "no"' }, at: ['restart'] });
      return;
    }
    if (restart !== undefined && restart !== null && restart !== '') return;
    const deploy = v.deploy && typeof v.deploy === 'object' ? (v.deploy as Record<string, unknown>) : undefined;
    const policy = deploy?.restart_policy;
    if (policy && typeof policy === 'object') {
      const condition = (policy as Record<string, unknown>).condition;
      if (condition === 'none')
        ctx.report({
          messageId: 'disabled',
          data: { ...data, setting: 'deploy.restart_policy.condition: none' },
          at: ['deploy', 'restart_policy', 'condition'],
        });
      return;
    }
    ctx.report({ messageId: 'missing', data, at: [] });
  },
});
