import { z } from 'zod';
import { defineCheck } from '../types';

/** Capabilities that give a container control over the host, its network or other processes. */
const DANGEROUS = new Set([
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'SYS_TIME',
  'DAC_READ_SEARCH',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'BPF',
  'PERFMON',
  'SYSLOG',
  'LINUX_IMMUTABLE',
]);

export default defineCheck({
  id: 'compose/cap-add-dangerous',
  target: 'compose-service',
  meta: {
    title: 'Service adds a dangerous Linux capability',
    category: 'security',
    severity: 'error',
    rationale:
      "Capabilities such as SYS_ADMIN (nearly root), NET_ADMIN (rewrite host-visible networking), SYS_PTRACE (read other processes' memory) or ALL turn a compromised MCP server into a host compromise. Polaris (dangerousCapabilities) and kube-linter (privilege-escalation-container) flag them.",
    remediation:
      "Remove the capability from `cap_add`; if a tool really needs it, run that tool in a separate, isolated service and allow it with this check's `allowed` option.",
    messages: {
      dangerous: 'service "{{service}}" adds capability {{capability}}',
    },
  },
  options: z.strictObject({
    allowed: z.array(z.string()).default([]).describe('Capabilities (without CAP_) that may be added, e.g. ["NET_ADMIN"] for a VPN sidecar.'),
  }),
  check(ctx) {
    const caps = ctx.service.value.cap_add;
    if (!Array.isArray(caps)) return;
    const allowed = new Set(ctx.options.allowed.map(normalize));
    caps.forEach((c, i) => {
      if (typeof c !== 'string') return;
      const cap = normalize(c);
      if (DANGEROUS.has(cap) && !allowed.has(cap))
        ctx.report({ messageId: 'dangerous', data: { service: ctx.service.name, capability: cap }, at: ['cap_add', i] });
    });
  },
});

function normalize(cap: string): string {
  return cap.trim().toUpperCase().replace(/^CAP_/, '');
}
