import { defineCheck } from '../types';
import { isOneShotJob } from './_depends-on';

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
    remediation:
      'Set `restart: unless-stopped` (or `always`) on the service, or `deploy.restart_policy.condition: any` / `on-failure` for Swarm stacks. One-shot jobs that other services wait for (`depends_on: { job: { condition: service_completed_successfully } }`) are not checked.',
    messages: {
      missing: 'service "{{service}}" has no restart policy: it stays down after a crash or host reboot',
      disabled: 'service "{{service}}" disables restarts ({{setting}})',
    },
  },
  check(ctx) {
    // A one-shot job (an init or migration container others wait for to complete) must not restart.
    if (isOneShotJob(ctx.stack.services, ctx.service.name)) return;
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
