import check from '../../../../src/core/checks/kubernetes/dangerous-capabilities';
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
    { name: 'only NET_BIND_SERVICE', code: pod('securityContext:', '  capabilities:', '    drop: [ALL]', '    add: [NET_BIND_SERVICE]') },
    { name: 'malformed add list', code: pod('securityContext:', '  capabilities:', '    add: SYS_ADMIN') },
  ],
  invalid: [
    {
      name: 'SYS_ADMIN and CAP_NET_ADMIN',
      code: pod('securityContext:', '  capabilities:', '    add:', '      - CHOWN', '      - SYS_ADMIN', '      - CAP_NET_ADMIN'),
      errors: [
        { line: 13, messageId: 'dangerous', message: 'adds capability SYS_ADMIN' },
        { line: 14, messageId: 'dangerous', message: 'adds capability NET_ADMIN' },
      ],
    },
    { name: 'ALL', code: pod('securityContext:', '  capabilities: { add: [ALL] }'), errors: [{ line: 10, messageId: 'dangerous', message: 'ALL' }] },
  ],
});
