import check from '../../../../src/core/checks/kubernetes/seccomp-profile';
import { describeCheck } from '../../../helpers/check-cases';

const pod = (podLines: string[], ...container: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: mcp',
    'spec:',
    ...podLines.map((l) => `  ${l}`),
    '  containers:',
    '    - name: app',
    '      image: app:1',
    ...container.map((l) => `      ${l}`),
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'pod.yaml',
  valid: [
    { name: 'RuntimeDefault on the pod', code: pod(['securityContext:', '  seccompProfile: { type: RuntimeDefault }']) },
    {
      name: 'Localhost on the container',
      code: pod([], 'securityContext:', '  seccompProfile:', '    type: Localhost', '    localhostProfile: profiles/mcp.json'),
    },
  ],
  invalid: [
    { name: 'none', code: pod([]), errors: [{ line: 7, messageId: 'missing', message: 'container "app" has no seccomp profile' }] },
    {
      name: 'container overrides the pod with Unconfined',
      code: pod(['securityContext:', '  seccompProfile: { type: RuntimeDefault }'], 'securityContext:', '  seccompProfile:', '    type: Unconfined'),
      errors: [{ line: 13, messageId: 'unconfined', message: 'uses seccomp profile type Unconfined' }],
    },
    {
      name: 'pod-level Unconfined',
      code: pod(['securityContext:', '  seccompProfile:', '    type: Unconfined']),
      errors: [{ line: 8, messageId: 'unconfined' }],
    },
  ],
});
