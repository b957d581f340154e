import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/non-root-user',
  target: 'compose-service',
  meta: {
    title: 'Service may run as root',
    category: 'security',
    severity: 'warning',
    rationale:
      'Most images run as root unless told otherwise; a compromised MCP server then owns the container, every mounted volume and, through any kernel bug, the host. kube-linter (run-as-non-root) and Polaris (runAsRootAllowed) flag the Kubernetes equivalent. Services built from a local Dockerfile are only reported for an explicit root `user:`, because their USER is checked by dockerfile/user-root.',
    remediation: 'Set `user: "1001:1001"` (a UID the image supports), or build the image with a non-root `USER`.',
    messages: {
      noUser: 'service "{{service}}" sets no user, so it runs as the image\'s default user (root for most images)',
      rootUser: 'service "{{service}}" runs as root (user: {{user}})',
    },
  },
  check(ctx) {
    const v = ctx.service.value;
    const data = { service: ctx.service.name };
    const user = v.user;
    if (user === undefined || user === null || user === '') {
      if (v.build !== undefined) return;
      ctx.report({ messageId: 'noUser', data, at: [] });
      return;
    }
    const text = String(user).trim();
    if (/^(root|0)(:.*)?$/.test(text)) ctx.report({ messageId: 'rootUser', data: { ...data, user: text }, at: ['user'] });
  },
});
