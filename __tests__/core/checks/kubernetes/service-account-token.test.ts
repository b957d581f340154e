import check from '../../../../src/core/checks/kubernetes/service-account-token';
import { describeCheck } from '../../../helpers/check-cases';

const deploy = (...podLines: string[]): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  selector: { matchLabels: { app: mcp } }',
    '  template:',
    '    metadata: { labels: { app: mcp } }',
    '    spec:',
    ...podLines.map((l) => `      ${l}`),
    '      containers: [{ name: a, image: a:1 }]',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'token not mounted', code: deploy('automountServiceAccountToken: false') },
    { name: 'a Flux ${VAR} placeholder is only known after substitution', code: deploy('automountServiceAccountToken: ${AUTOMOUNT_TOKEN}') },
    { name: 'dedicated service account (uses the API)', code: deploy('serviceAccountName: mcp-operator') },
    {
      name: 'the default ServiceAccount turns the token off',
      code: deploy() + '---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default }\nautomountServiceAccountToken: false\n',
    },
    {
      name: 'a dedicated account the repository binds to a Role',
      code:
        deploy('serviceAccountName: mcp-k8s') +
        [
          '---',
          'apiVersion: v1',
          'kind: ServiceAccount',
          'metadata: { name: mcp-k8s, namespace: tools }',
          '---',
          'apiVersion: rbac.authorization.k8s.io/v1',
          'kind: RoleBinding',
          'metadata: { name: mcp-k8s-read, namespace: tools }',
          'roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader }',
          'subjects: [{ kind: ServiceAccount, name: mcp-k8s }]',
          '',
        ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'default account, token mounted',
      code: deploy(),
      errors: [{ line: 9, messageId: 'mounted', message: 'Deployment/mcp runs as the default service account' }],
    },
    {
      name: 'a dedicated account the repository defines and binds to nothing',
      code: deploy('serviceAccountName: mcp-github') + '---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: mcp-github }\n',
      errors: [
        {
          line: 9,
          messageId: 'unbound',
          message: 'Deployment/mcp mounts the token of service account "mcp-github", which no RoleBinding or ClusterRoleBinding in the repository binds',
        },
      ],
    },
    {
      name: 'the pod turns the token back on that its ServiceAccount turned off',
      code:
        deploy('automountServiceAccountToken: true') +
        '---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default }\nautomountServiceAccountToken: false\n',
      errors: [{ line: 10, messageId: 'mounted' }],
    },
    {
      name: 'explicitly mounted',
      code: deploy('serviceAccountName: default', 'automountServiceAccountToken: true'),
      errors: [{ line: 11, messageId: 'mounted' }],
    },
  ],
});
