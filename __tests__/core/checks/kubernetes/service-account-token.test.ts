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
  ],
  invalid: [
    {
      name: 'default account, token mounted',
      code: deploy(),
      errors: [{ line: 9, messageId: 'mounted', message: 'Deployment/mcp runs as the default service account' }],
    },
    {
      name: 'explicitly mounted',
      code: deploy('serviceAccountName: default', 'automountServiceAccountToken: true'),
      errors: [{ line: 11, messageId: 'mounted' }],
    },
  ],
});
