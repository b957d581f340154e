import { objectLabel, podSpecOf, podSpecPath } from '../../kubernetes/objects';
import { hasPlaceholder } from '../../kubernetes/placeholders';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/service-account-token',
  target: 'kubernetes-object',
  meta: {
    title: 'Pod mounts a service account token it does not need',
    category: 'security',
    severity: 'info',
    rationale:
      'Every pod gets a token for its service account mounted at /var/run/secrets/kubernetes.io/serviceaccount unless told otherwise. An MCP server that never talks to the Kubernetes API gains nothing from it, while an attacker who can read files through a tool gains API credentials. Polaris (automountServiceAccountToken) flags it.',
    remediation:
      'Set `automountServiceAccountToken: false` in the pod spec (or on the ServiceAccount). Pods that do call the API should run under their own ServiceAccount with a minimal Role.',
    messages: {
      mounted: '{{object}} runs as the default service account with its token mounted: set automountServiceAccountToken: false',
    },
  },
  check(ctx) {
    const spec = podSpecOf(ctx.object);
    const specPath = podSpecPath(ctx.object);
    if (!spec || !specPath) return;
    // A Flux `${VAR}` placeholder is only known after substitution.
    if (spec.automountServiceAccountToken === false || hasPlaceholder(spec.automountServiceAccountToken)) return;
    // A dedicated service account signals that the pod uses the API; RBAC checks cover what it may do.
    const account = spec.serviceAccountName ?? spec.serviceAccount;
    if (typeof account === 'string' && account !== '' && account !== 'default') return;
    const at = spec.automountServiceAccountToken !== undefined ? [...specPath, 'automountServiceAccountToken'] : specPath;
    ctx.report({ messageId: 'mounted', data: { object: objectLabel(ctx.object) }, at });
  },
});
