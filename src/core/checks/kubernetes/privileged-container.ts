import { containersOf, objectLabel } from '../../kubernetes/objects';
import { helmValuesSettingsOf } from '../../kubernetes/helm-values-settings';
import { containerSecurityContext } from '../../kubernetes/pod-security';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/privileged-container',
  target: 'kubernetes-object',
  meta: {
    title: 'Container runs privileged',
    category: 'security',
    severity: 'error',
    rationale:
      'A privileged container has every capability and access to all host devices: escaping it is trivial, and a compromised MCP server becomes a compromised node. kube-linter (privileged-container) and Polaris (runAsPrivileged) flag it.',
    remediation:
      'Remove `securityContext.privileged: true` (in a HelmRelease or Argo CD Application, from the Helm values); grant only the specific capability the container needs, if any.',
    messages: {
      privileged: '{{object}}: container "{{container}}" runs privileged',
      helmValues: '{{object}}: Helm values {{field}} set {{setting}}: true, so a container of the chart runs privileged',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      if (containerSecurityContext(c).privileged !== true) continue;
      ctx.report({ messageId: 'privileged', data: { object: objectLabel(ctx.object), container: c.name }, at: [...c.path, 'securityContext', 'privileged'] });
    }
    for (const ref of helmValuesSettingsOf(ctx.object, 'privileged')) {
      ctx.report({ messageId: 'helmValues', data: { object: objectLabel(ctx.object), field: ref.field, setting: ref.name }, at: ref.at });
    }
  },
});
