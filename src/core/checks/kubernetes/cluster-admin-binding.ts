import { objectLabel } from '../../kubernetes/objects';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/cluster-admin-binding',
  target: 'kubernetes-object',
  meta: {
    title: 'Binding grants cluster-admin',
    category: 'security',
    severity: 'error',
    rationale:
      'cluster-admin can do anything to any object. Bound to a service account, every pod using it (and anyone who steals its token) owns the cluster; even in a RoleBinding it gives full control of the namespace, Secrets included. Polaris (clusterrolebindingClusterAdmin, rolebindingClusterAdminClusterRole) flags it.',
    remediation:
      'Bind a Role with only the verbs and resources the subject needs; reserve cluster-admin for break-glass human access outside the application manifests.',
    messages: {
      clusterAdmin: '{{object}} binds {{subjects}} to cluster-admin',
    },
  },
  check(ctx) {
    const obj = ctx.object;
    if ((obj.kind !== 'RoleBinding' && obj.kind !== 'ClusterRoleBinding') || !obj.apiVersion.startsWith('rbac.authorization.k8s.io/')) return;
    const ref = obj.value.roleRef;
    if (!ref || typeof ref !== 'object' || ref.kind !== 'ClusterRole' || ref.name !== 'cluster-admin') return;
    const subjects = Array.isArray(obj.value.subjects)
      ? obj.value.subjects
          .filter((s: unknown) => s && typeof s === 'object')
          .map((s: Record<string, unknown>) => `${String(s.kind ?? '?')} ${String(s.name ?? '?')}`)
          .join(', ')
      : '';
    ctx.report({ messageId: 'clusterAdmin', data: { object: objectLabel(obj), subjects: subjects || 'its subjects' }, at: ['roleRef', 'name'] });
  },
});
