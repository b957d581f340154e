import { runsWindowsContainer } from './_windows';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/no-new-privileges',
  target: 'compose-service',
  meta: {
    title: 'Processes may gain privileges through setuid binaries',
    category: 'security',
    severity: 'warning',
    rationale:
      'Without no-new-privileges, a process in the container can become root through a setuid binary (su, sudo, a vulnerable helper) even when the service runs as a non-root user. The Kubernetes restricted Pod Security Standard requires allowPrivilegeEscalation: false, which kube-linter (privilege-escalation-container) and Polaris (privilegeEscalationAllowed) check. Windows containers are not checked (runsWindowsContainer: `platform: windows`, `isolation:`, a Windows base image, the `nat` network or a `windows/` directory): they have no setuid bits to guard against.',
    remediation: 'Add `security_opt: ["no-new-privileges:true"]` to the service.',
    messages: {
      missing: 'service "{{service}}" does not set security_opt no-new-privileges:true',
      disabled: 'service "{{service}}" explicitly allows privilege escalation ({{option}})',
    },
  },
  check(ctx) {
    if (runsWindowsContainer(ctx.stack, ctx.service)) return;
    const opts = ctx.service.value.security_opt;
    const list = Array.isArray(opts) ? opts : [];
    const index = list.findIndex((o) => typeof o === 'string' && /^no-new-privileges([:=].*)?$/i.test(o.trim()));
    const data = { service: ctx.service.name };
    if (index < 0) {
      ctx.report({ messageId: 'missing', data, at: ['security_opt'] });
      return;
    }
    const option = String(list[index]).trim();
    if (/[:=]\s*(false|no|0)$/i.test(option)) ctx.report({ messageId: 'disabled', data: { ...data, option }, at: ['security_opt', index] });
  },
});
