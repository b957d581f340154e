import { containersOf, objectLabel } from '../../kubernetes/objects';
import { helmValuesSettingsOf } from '../../kubernetes/helm-values-settings';
import { containerSecurityContext } from '../../kubernetes/pod-security';
import { defineCheck } from '../types';

/** Capabilities that amount to root on the node or on its network. */
const DANGEROUS = new Set([
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_MODULE',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'SYS_TIME',
  'DAC_READ_SEARCH',
  'BPF',
  'PERFMON',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
]);

export default defineCheck({
  id: 'kubernetes/dangerous-capabilities',
  target: 'kubernetes-object',
  meta: {
    title: 'Container adds a dangerous Linux capability',
    category: 'security',
    severity: 'error',
    rationale:
      'SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE and ALL let a process mount filesystems, rewrite the node network, read other processes or load kernel modules: a container breakout away. Polaris (dangerousCapabilities) and the "baseline" Pod Security Standard reject them.',
    remediation:
      'Remove the capability from `securityContext.capabilities.add`. If the server really needs one (rare for MCP servers), run it in a dedicated, isolated node pool and document why with a suppression comment.',
    messages: {
      dangerous: '{{object}}: container "{{container}}" adds capability {{capability}}',
      helmValues: '{{object}}: Helm values {{field}} add capability {{capability}} to a container of the chart ({{setting}})',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      const caps = containerSecurityContext(c).capabilities;
      const add = caps && typeof caps === 'object' ? (caps as Record<string, unknown>).add : undefined;
      if (!Array.isArray(add)) continue;
      add.forEach((cap, i) => {
        if (typeof cap !== 'string') return;
        const name = cap.toUpperCase().replace(/^CAP_/, '');
        if (!DANGEROUS.has(name)) return;
        ctx.report({
          messageId: 'dangerous',
          data: { object: objectLabel(ctx.object), container: c.name, capability: name },
          at: [...c.path, 'securityContext', 'capabilities', 'add', i],
        });
      });
    }
    for (const ref of helmValuesSettingsOf(ctx.object, 'capability')) {
      if (!DANGEROUS.has(ref.setting.capability)) continue;
      ctx.report({
        messageId: 'helmValues',
        data: { object: objectLabel(ctx.object), field: ref.field, setting: ref.name, capability: ref.setting.capability },
        at: ref.at,
      });
    }
  },
});
