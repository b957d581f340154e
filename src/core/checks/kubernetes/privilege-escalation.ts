import { containersOf, objectLabel } from '../../kubernetes/objects';
import { hasPlaceholder } from '../../kubernetes/placeholders';
import { containerSecurityContext, isRunnable } from '../../kubernetes/pod-security';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/privilege-escalation',
  target: 'kubernetes-object',
  meta: {
    title: 'Container allows privilege escalation',
    category: 'security',
    severity: 'warning',
    rationale:
      'Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges than its parent through setuid binaries or file capabilities (no_new_privs is not set). The "restricted" Pod Security Standard requires false; Polaris (privilegeEscalationAllowed) and kube-linter (privilege-escalation-container) flag it.',
    remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
    messages: {
      unset: '{{object}}: container "{{container}}" does not set securityContext.allowPrivilegeEscalation: false',
      allowed: '{{object}}: container "{{container}}" sets allowPrivilegeEscalation: true',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      if (!isRunnable(c)) continue;
      const value = containerSecurityContext(c).allowPrivilegeEscalation;
      // A Flux `${VAR}` placeholder is only known after substitution.
      if (value === false || hasPlaceholder(value)) continue;
      const data = { object: objectLabel(ctx.object), container: c.name };
      if (value === undefined || value === null) ctx.report({ messageId: 'unset', data, at: c.path });
      else ctx.report({ messageId: 'allowed', data, at: [...c.path, 'securityContext', 'allowPrivilegeEscalation'] });
    }
  },
});
