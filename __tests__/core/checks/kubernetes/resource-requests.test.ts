import check from '../../../../src/core/checks/kubernetes/resource-requests';
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
  valid: [
    { name: 'requests set', code: pod('resources:', '  requests: { cpu: 100m, memory: 128Mi }') },
    { name: 'limits imply requests', code: pod('resources:', '  limits: { cpu: "1", memory: 512Mi }') },
  ],
  invalid: [
    { name: 'no resources', code: pod(), errors: [{ line: 7, messageId: 'missing', message: 'container "app" has no cpu and memory request' }] },
    {
      name: 'memory only',
      code: pod('resources:', '  requests:', '    memory: 128Mi'),
      errors: [{ line: 10, messageId: 'missing', message: 'has no cpu request' }],
    },
  ],
});
