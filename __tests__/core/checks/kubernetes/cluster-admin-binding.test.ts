import check from '../../../../src/core/checks/kubernetes/cluster-admin-binding';
import { describeCheck } from '../../../helpers/check-cases';

const binding = (kind: string, role: string): string =>
  [
    'apiVersion: rbac.authorization.k8s.io/v1',
    `kind: ${kind}`,
    'metadata:',
    '  name: mcp',
    'subjects:',
    '  - kind: ServiceAccount',
    '    name: mcp',
    '    namespace: mcp',
    'roleRef:',
    '  apiGroup: rbac.authorization.k8s.io',
    '  kind: ClusterRole',
    `  name: ${role}`,
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'rbac.yaml',
  valid: [{ name: 'view role', code: binding('ClusterRoleBinding', 'view') }],
  invalid: [
    {
      name: 'ClusterRoleBinding to cluster-admin',
      code: binding('ClusterRoleBinding', 'cluster-admin'),
      errors: [{ line: 12, messageId: 'clusterAdmin', message: 'ClusterRoleBinding/mcp binds ServiceAccount mcp to cluster-admin' }],
    },
    { name: 'RoleBinding to cluster-admin', code: binding('RoleBinding', 'cluster-admin'), errors: [{ line: 12, messageId: 'clusterAdmin' }] },
  ],
});
