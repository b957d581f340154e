import { objectLabel } from '../../kubernetes/objects';
import { rulesOf } from '../../kubernetes/rbac-rules';
import { defineCheck } from '../types';

const FIELDS = ['apiGroups', 'resources', 'verbs'] as const;

export default defineCheck({
  id: 'kubernetes/rbac-wildcard',
  target: 'kubernetes-object',
  meta: {
    title: 'RBAC rule uses a wildcard',
    category: 'security',
    severity: 'warning',
    rationale:
      'A `*` in verbs, resources or apiGroups grants every current and future permission of that kind, including escalate, impersonate and access to Secrets and CRDs added later. A compromised MCP server with such a role can take over its namespace or the cluster. kube-linter (wildcard-in-rules) flags it.',
    remediation: 'List the exact apiGroups, resources and verbs the workload uses (e.g. `verbs: [get, list, watch]` on `resources: [configmaps]`).',
    messages: {
      wildcard: '{{object}}: rule {{rule}} has "*" in {{field}}',
    },
  },
  check(ctx) {
    for (const rule of rulesOf(ctx.object)) {
      for (const field of FIELDS) {
        const list = rule[field];
        const i = list.indexOf('*');
        if (i < 0) continue;
        const raw = ctx.object.value.rules[rule.index]?.[field];
        const at = Array.isArray(raw) ? [...rule.path, field, raw.indexOf('*')] : [...rule.path, field];
        ctx.report({ messageId: 'wildcard', data: { object: objectLabel(ctx.object), rule: `#${rule.index + 1}`, field }, at });
      }
    }
  },
});
