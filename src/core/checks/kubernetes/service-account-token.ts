import { isWorkload, objectLabel, podSpecOf, podSpecPath, type KubernetesObject } from '../../kubernetes/objects';
import { hasPlaceholder } from '../../kubernetes/placeholders';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

const BINDING_KINDS = new Set(['RoleBinding', 'ClusterRoleBinding']);

/** Namespaces match when equal, or when either is left to `kubectl apply -n`. */
function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** Whether a RoleBinding or ClusterRoleBinding of the set names the service account as a subject. */
function isBound(objects: readonly KubernetesObject[], account: string, namespace: string | undefined): boolean {
  return objects.some((o) => {
    if (!BINDING_KINDS.has(o.kind) || !Array.isArray(o.value.subjects)) return false;
    return o.value.subjects.some(
      (s: unknown) =>
        !!s &&
        typeof s === 'object' &&
        (s as Record<string, unknown>).kind === 'ServiceAccount' &&
        (s as Record<string, unknown>).name === account &&
        sameNamespace(
          typeof (s as Record<string, unknown>).namespace === 'string' ? ((s as Record<string, unknown>).namespace as string) : o.namespace,
          namespace,
        ),
    );
  });
}

export default defineCheck({
  id: 'kubernetes/service-account-token',
  target: 'kubernetes-set',
  meta: {
    title: 'Pod mounts a service account token it does not need',
    category: 'security',
    severity: 'info',
    rationale:
      'Every pod gets a token for its service account mounted at /var/run/secrets/kubernetes.io/serviceaccount unless told otherwise. An MCP server that never talks to the Kubernetes API gains nothing from it, while an attacker who can read files through a tool gains API credentials. Polaris (automountServiceAccountToken) flags it. A pod under the default account, or under a ServiceAccount the repository defines but no RoleBinding or ClusterRoleBinding of the repository binds, is taken not to need the token; a ServiceAccount with `automountServiceAccountToken: false` covers its pods.',
    remediation:
      'Set `automountServiceAccountToken: false` in the pod spec (or on the ServiceAccount). Pods that do call the API should run under their own ServiceAccount with a minimal Role.',
    messages: {
      mounted: '{{object}} runs as the default service account with its token mounted: set automountServiceAccountToken: false',
      unbound:
        '{{object}} mounts the token of service account "{{account}}", which no RoleBinding or ClusterRoleBinding in the repository binds: set automountServiceAccountToken: false unless it calls the API',
    },
  },
  check(ctx) {
    const accounts = ctx.objects.filter((o) => o.kind === 'ServiceAccount' && o.apiVersion === 'v1');
    for (const obj of ctx.objects) {
      if (!isWorkload(obj)) continue;
      const spec = podSpecOf(obj);
      const specPath = podSpecPath(obj);
      if (!spec || !specPath) continue;
      const mount = spec.automountServiceAccountToken;
      // A Flux `${VAR}` placeholder is only known after substitution.
      if (mount === false || hasPlaceholder(mount)) continue;
      const named = spec.serviceAccountName ?? spec.serviceAccount;
      const account = typeof named === 'string' && named !== '' ? named : 'default';
      const defined = accounts.find((a) => a.name === account && sameNamespace(a.namespace, obj.namespace));
      // The ServiceAccount turns the token off for its pods, unless the pod turns it back on.
      if (mount === undefined && defined?.value.automountServiceAccountToken === false) continue;
      const at = mount !== undefined ? [...specPath, 'automountServiceAccountToken'] : specPath;
      if (account === 'default') {
        ctx.report({ messageId: 'mounted', data: { object: objectLabel(obj) }, at: locate(obj.root, at, obj.loc) });
        continue;
      }
      // A dedicated account signals that the pod uses the API, unless the repository defines it and grants it nothing.
      if (!defined || isBound(ctx.objects, account, obj.namespace)) continue;
      ctx.report({ messageId: 'unbound', data: { object: objectLabel(obj), account }, at: locate(obj.root, at, obj.loc) });
    }
  },
});
