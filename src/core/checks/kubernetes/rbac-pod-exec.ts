import { objectLabel } from '../../kubernetes/objects';
import { grants, rulesOf } from '../../kubernetes/rbac-rules';
import { defineCheck } from '../types';

const SUBRESOURCES = ['pods/exec', 'pods/attach'];

export default defineCheck({
  id: 'kubernetes/rbac-pod-exec',
  target: 'kubernetes-object',
  meta: {
    title: 'Role can exec into pods',
    category: 'security',
    severity: 'warning',
    rationale:
      'Exec and attach run commands inside other pods, with their service accounts, Secrets and network access: a workload holding this permission can move laterally to everything in scope. Polaris (clusterrolePodExecAttach, rolePodExecAttach) flags it.',
    remediation: 'Drop pods/exec and pods/attach from application roles; grant them only to humans through a separate, audited role.',
    messages: {
      exec: '{{object}}: rule {{rule}} grants access to {{subresources}}',
    },
  },
  check(ctx) {
    for (const rule of rulesOf(ctx.object)) {
      // Wildcard resources are reported by kubernetes/rbac-wildcard.
      if (rule.resources.includes('*')) continue;
      const granted = SUBRESOURCES.filter((sub) => grants(rule, sub, 'create') || grants(rule, sub, 'get'));
      if (!granted.length) continue;
      ctx.report({
        messageId: 'exec',
        data: { object: objectLabel(ctx.object), rule: `#${rule.index + 1}`, subresources: granted.join(' and ') },
        at: rule.path,
      });
    }
  },
});
