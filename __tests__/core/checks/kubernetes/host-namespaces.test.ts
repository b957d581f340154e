import check from '../../../../src/core/checks/kubernetes/host-namespaces';
import { describeCheck } from '../../../helpers/check-cases';

const daemonSet = (...podLines: string[]): string =>
  [
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata:',
    '  name: agent',
    'spec:',
    '  selector: { matchLabels: { app: agent } }',
    '  template:',
    '    metadata: { labels: { app: agent } }',
    '    spec:',
    ...podLines.map((l) => `      ${l}`),
    '      containers:',
    '        - name: agent',
    '          image: agent:1',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'ds.yaml',
  valid: [
    { name: 'none', code: daemonSet() },
    { name: 'explicitly false', code: daemonSet('hostNetwork: false', 'hostPID: false') },
  ],
  invalid: [
    {
      name: 'hostNetwork and hostPID',
      code: daemonSet('hostNetwork: true', 'hostIPC: false', 'hostPID: true'),
      errors: [
        { line: 10, messageId: 'shared', message: 'DaemonSet/agent sets hostNetwork: true' },
        { line: 12, messageId: 'shared', message: 'hostPID' },
      ],
    },
    {
      name: 'hostIPC on a Pod',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostIPC: true\n  containers: [{ name: a, image: a:1 }]\n',
      errors: [{ line: 6, messageId: 'shared', message: 'hostIPC' }],
    },
  ],
});
