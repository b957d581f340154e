import check from '../../../../src/core/checks/kubernetes/image-pull-policy';
import { describeCheck } from '../../../helpers/check-cases';

const pod = (policy: string): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: mcp:1.2.3',
    `      imagePullPolicy: ${policy}`,
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'pod.yaml',
  valid: [
    { name: 'IfNotPresent', code: pod('IfNotPresent') },
    { name: 'Always', code: pod('Always') },
  ],
  invalid: [{ name: 'Never', code: pod('Never'), errors: [{ line: 9, messageId: 'never', message: 'container "app" sets imagePullPolicy: Never' }] }],
});
