import check from '../../../../src/core/checks/kubernetes/readiness-probe';
import { describeCheck } from '../../../helpers/check-cases';

const workload = (kind: string, ...container: string[]): string =>
  [
    'apiVersion: apps/v1',
    `kind: ${kind}`,
    'metadata:',
    '  name: mcp',
    'spec:',
    '  selector: { matchLabels: { app: mcp } }',
    '  template:',
    '    metadata: { labels: { app: mcp } }',
    '    spec:',
    '      initContainers:',
    '        - name: migrate',
    '          image: mcp:1',
    '      containers:',
    '        - name: server',
    '          image: mcp:1',
    ...container.map((l) => `          ${l}`),
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'probe present (init containers need none)', code: workload('Deployment', 'readinessProbe:', '  httpGet: { path: /healthz, port: 8080 }') },
    {
      name: 'Jobs are not checked',
      code: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{ name: j, image: j:1 }]\n',
    },
  ],
  invalid: [
    {
      name: 'Deployment without probe',
      code: workload('Deployment'),
      errors: [{ line: 14, messageId: 'missing', message: 'Deployment/mcp: container "server" has no readinessProbe' }],
    },
    { name: 'DaemonSet without probe', code: workload('DaemonSet'), errors: [{ line: 14, messageId: 'missing', message: 'DaemonSet/mcp' }] },
  ],
});
