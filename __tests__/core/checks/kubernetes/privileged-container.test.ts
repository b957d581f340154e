import check from '../../../../src/core/checks/kubernetes/privileged-container';
import { describeCheck } from '../../../helpers/check-cases';

const pod = (...container: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: debug',
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
    { name: 'no securityContext', code: pod() },
    { name: 'privileged: false', code: pod('securityContext:', '  privileged: false') },
    { name: 'odd securityContext type', code: pod('securityContext: "yes"') },
  ],
  invalid: [
    {
      name: 'privileged',
      code: pod('securityContext:', '  privileged: true'),
      errors: [{ line: 10, messageId: 'privileged', message: 'Pod/debug: container "app" runs privileged' }],
    },
  ],
});
