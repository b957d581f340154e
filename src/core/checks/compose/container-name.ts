import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/container-name',
  target: 'compose-service',
  meta: {
    title: 'Service sets a fixed container_name',
    category: 'operations',
    severity: 'info',
    rationale:
      'A fixed container name is global on the host: the service cannot be scaled or given replicas, a second copy of the stack (a staging and a preview deployment on one host) fails with "name already in use", and blue/green redeploys cannot start the new container before removing the old one.',
    remediation: 'Remove `container_name`; address the service by its service name on the Compose network (or a network alias).',
    messages: {
      fixedName: 'service "{{service}}" sets container_name "{{name}}", so it cannot be scaled or deployed twice on a host',
      withReplicas: 'service "{{service}}" sets container_name "{{name}}" and asks for {{replicas}} replicas, which Compose refuses',
    },
  },
  check(ctx) {
    const name = ctx.service.value.container_name;
    if (name === undefined || name === null || name === '') return;
    const deploy = ctx.service.value.deploy;
    const replicas = Number(deploy && typeof deploy === 'object' ? (deploy as Record<string, unknown>).replicas : ctx.service.value.scale);
    const data = { service: ctx.service.name, name: String(name) };
    if (Number.isFinite(replicas) && replicas > 1) ctx.report({ messageId: 'withReplicas', data: { ...data, replicas }, at: ['container_name'] });
    else ctx.report({ messageId: 'fixedName', data, at: ['container_name'] });
  },
});
