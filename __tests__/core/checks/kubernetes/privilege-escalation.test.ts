import check from '../../../../src/core/checks/kubernetes/privilege-escalation';
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
    { name: 'disabled', code: pod('securityContext:', '  allowPrivilegeEscalation: false') },
    {
      name: 'a Flux ${VAR} placeholder is only known after substitution',
      code: pod('securityContext:', '  allowPrivilegeEscalation: ${ALLOW_ESCALATION:=false}'),
    },
  ],
  invalid: [
    { name: 'unset', code: pod(), errors: [{ line: 7, messageId: 'unset', message: 'Pod/debug: container "app"' }] },
    { name: 'explicitly allowed', code: pod('securityContext:', '  allowPrivilegeEscalation: true'), errors: [{ line: 10, messageId: 'allowed' }] },
  ],
});
