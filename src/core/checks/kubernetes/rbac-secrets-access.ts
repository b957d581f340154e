import { objectLabel } from '../../kubernetes/objects';
import { grants, rulesOf } from '../../kubernetes/rbac-rules';
import { defineCheck } from '../types';

const READ_VERBS = ['get', 'list', 'watch'];

export default defineCheck({
  id: 'kubernetes/rbac-secrets-access',
  target: 'kubernetes-object',
  meta: {
    title: 'Role can read Secrets',
    category: 'security',
    severity: 'warning',
    rationale:
      "Reading Secrets yields the credentials of every workload in scope (database passwords, API tokens, service account tokens), so it is effectively the union of their permissions. `list` and `watch` return every Secret's contents, not just names. kube-linter (access-to-secrets) flags it.",
    remediation:
      'Mount the Secrets the pod needs instead of reading them through the API, or restrict the rule with `resourceNames: [the-one-secret]` and `verbs: [get]`.',
    messages: {
      reads: '{{object}}: rule {{rule}} grants {{verbs}} on secrets{{scope}}',
    },
  },
  check(ctx) {
    for (const rule of rulesOf(ctx.object)) {
      const verbs = READ_VERBS.filter((v) => grants(rule, 'secrets', v));
      if (!verbs.length) continue;
      // `get` on named Secrets is the least-privilege way to read one; list/watch ignore resourceNames for collections.
      if (rule.resourceNames.length && verbs.every((v) => v === 'get')) continue;
      const scope = ctx.object.kind === 'ClusterRole' ? ' in every namespace it is bound to' : '';
      ctx.report({ messageId: 'reads', data: { object: objectLabel(ctx.object), rule: `#${rule.index + 1}`, verbs: verbs.join(', '), scope }, at: rule.path });
    }
  },
});
