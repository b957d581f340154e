import check from '../../../../src/core/checks/kubernetes/run-as-non-root';
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
    { name: 'runAsNonRoot on the pod', code: pod(['securityContext:', '  runAsNonRoot: true']) },
    { name: 'non-zero runAsUser on the container', code: pod([], 'securityContext:', '  runAsUser: 10001') },
    { name: 'runAsUser from a Flux ${VAR} placeholder is unknown', code: pod(['securityContext:', '  runAsUser: ${APP_UID:=568}']) },
    { name: 'not a workload', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports: [{ port: 80 }]\n' },
  ],
  invalid: [
    { name: 'nothing set', code: pod([]), errors: [{ line: 7, messageId: 'mayRunAsRoot', message: 'container "app" may run as root' }] },
    {
      name: 'a placeholder elsewhere does not hide a missing setting',
      code: pod(['securityContext:', '  fsGroup: ${APP_GID}']),
      errors: [{ line: 9, messageId: 'mayRunAsRoot' }],
    },
    { name: 'runAsUser 0 on the pod', code: pod(['securityContext:', '  runAsUser: 0']), errors: [{ line: 7, messageId: 'runsAsRoot' }] },
    {
      name: 'container turns runAsNonRoot off',
      code: pod(['securityContext:', '  runAsNonRoot: true'], 'securityContext:', '  runAsNonRoot: false'),
      errors: [{ line: 12, messageId: 'mayRunAsRoot' }],
    },
  ],
});
