import check from '../../../../src/core/checks/kubernetes/capabilities-drop-all';
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
    { name: 'drops ALL', code: pod('securityContext:', '  capabilities:', '    drop: [ALL]', '    add: [NET_BIND_SERVICE]') },
    { name: 'lower-case all', code: pod('securityContext:', '  capabilities: { drop: ["all"] }') },
  ],
  invalid: [
    { name: 'no securityContext', code: pod(), errors: [{ line: 7, messageId: 'notDropped' }] },
    {
      name: 'drops only NET_RAW',
      code: pod('securityContext:', '  capabilities:', '    drop: [NET_RAW]'),
      errors: [{ line: 11, messageId: 'notDropped', message: 'container "app" does not drop ALL' }],
    },
  ],
});
