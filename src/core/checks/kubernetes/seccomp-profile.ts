import { containersOf, objectLabel } from '../../kubernetes/objects';
import { effectiveSetting, isRunnable } from '../../kubernetes/pod-security';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/seccomp-profile',
  target: 'kubernetes-object',
  meta: {
    title: 'Container runs without a seccomp profile',
    category: 'security',
    severity: 'warning',
    rationale:
      'Without a seccomp profile (Kubernetes defaults to Unconfined) every system call is reachable, including the ones most kernel exploits use. The "restricted" Pod Security Standard requires RuntimeDefault or Localhost; Polaris (linuxHardening) flags it.',
    remediation: 'Set `securityContext.seccompProfile: { type: RuntimeDefault }` on the pod spec (it applies to every container), or a `Localhost` profile.',
    messages: {
      missing: '{{object}}: container "{{container}}" has no seccomp profile: set securityContext.seccompProfile.type: RuntimeDefault on the pod',
      unconfined: '{{object}}: container "{{container}}" uses seccomp profile type {{type}}',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      if (!isRunnable(c)) continue;
      const setting = effectiveSetting(ctx.object, c, 'seccompProfile');
      const type = setting.value && typeof setting.value === 'object' ? (setting.value as Record<string, unknown>).type : undefined;
      if (type === 'RuntimeDefault' || type === 'Localhost') continue;
      const data = { object: objectLabel(ctx.object), container: c.name, type: String(type) };
      if (setting.source === 'unset' || type === undefined) ctx.report({ messageId: 'missing', data, at: setting.path });
      else ctx.report({ messageId: 'unconfined', data, at: [...setting.path, 'type'] });
    }
  },
});
