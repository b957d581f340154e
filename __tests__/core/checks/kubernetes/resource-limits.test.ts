import check from '../../../../src/core/checks/kubernetes/resource-limits';
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
  valid: [{ name: 'limits set', code: pod('resources:', '  limits: { cpu: 500m, memory: 256Mi }') }],
  invalid: [
    {
      name: 'requests only',
      code: pod('resources:', '  requests: { cpu: 100m, memory: 128Mi }'),
      errors: [{ line: 9, messageId: 'missing', message: 'has no cpu and memory limit' }],
    },
    {
      name: 'cpu limit only',
      code: pod('resources:', '  limits:', '    cpu: "1"'),
      errors: [{ line: 10, messageId: 'missing', message: 'container "app" has no memory limit' }],
    },
    { name: 'no resources', code: pod(), errors: [{ line: 7, messageId: 'missing' }] },
  ],
});
