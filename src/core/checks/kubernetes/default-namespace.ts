import { isBuiltInGroup, isClientSideConfig } from '../../kubernetes/schema';
import { CLUSTER_SCOPED_KINDS } from '../../kubernetes/workload-kinds';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

export default defineCheck({
  id: 'kubernetes/default-namespace',
  target: 'kubernetes-set',
  meta: {
    title: 'Object is deployed to the default namespace',
    category: 'operations',
    severity: 'info',
    rationale:
      "Objects without a namespace land wherever the applying tool points (usually `default`), so the same manifest can end up in different places, collide with other teams' objects, and escape the ResourceQuotas, NetworkPolicies and Pod Security labels set on the intended namespace.",
    remediation: 'Set `metadata.namespace` on every namespaced object, or set `namespace:` in the kustomization.yaml that includes the manifest.',
    messages: {
      missing: '{{kind}} "{{name}}" has no metadata.namespace',
      explicitDefault: '{{kind}} "{{name}}" is deployed to the default namespace',
    },
  },
  check(ctx) {
    // A kustomization with `namespace:` sets it on every resource below its directory.
    const kustomizeDirs = ctx.objects
      .filter((o) => o.kind === 'Kustomization' && isClientSideConfig(o.apiVersion, o.kind) && typeof o.value.namespace === 'string')
      .map((o) => dirOf(o.file));
    for (const obj of ctx.objects) {
      if (CLUSTER_SCOPED_KINDS.has(obj.kind) || isClientSideConfig(obj.apiVersion, obj.kind)) continue;
      // Custom resources may be cluster-scoped; only built-in kinds are known to be namespaced.
      if (!isBuiltInGroup(obj.apiVersion) || obj.kind.endsWith('List')) continue;
      if (kustomizeDirs.some((d) => d === '' || obj.file === d || obj.file.startsWith(`${d}/`))) continue;
      const data = { kind: obj.kind, name: obj.name };
      if (obj.namespace === 'default') ctx.report({ messageId: 'explicitDefault', data, at: locate(obj.root, ['metadata', 'namespace'], obj.loc) });
      else if (!obj.namespace) ctx.report({ messageId: 'missing', data, at: locate(obj.root, ['metadata'], obj.loc) });
    }
  },
});
