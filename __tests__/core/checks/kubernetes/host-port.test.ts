import check from '../../../../src/core/checks/kubernetes/host-port';
import { describeCheck } from '../../../helpers/check-cases';

const pod = (...container: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: app:1',
    ...container.map((l) => `      ${l}`),
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'pod.yaml',
  valid: [{ name: 'container port only', code: pod('ports:', '  - containerPort: 8080') }],
  invalid: [
    {
      name: 'hostPort',
      code: pod('ports:', '  - containerPort: 8080', '  - containerPort: 9090', '    hostPort: 9090'),
      errors: [{ line: 12, messageId: 'hostPort', message: 'container "app" binds host port 9090' }],
    },
  ],
});
