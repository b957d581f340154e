import check from '../../../../src/core/checks/kubernetes/identical-probes';
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
    {
      name: 'different paths',
      code: pod('livenessProbe:', '  httpGet: { path: /healthz, port: 8080 }', 'readinessProbe:', '  httpGet: { path: /ready, port: 8080 }'),
    },
    { name: 'only one probe', code: pod('readinessProbe:', '  httpGet: { path: /ready, port: 8080 }') },
  ],
  invalid: [
    {
      name: 'same check written in a different key order',
      code: pod(
        'livenessProbe:',
        '  httpGet: { path: /healthz, port: 8080 }',
        '  periodSeconds: 10',
        'readinessProbe:',
        '  periodSeconds: 10',
        '  httpGet: { port: 8080, path: /healthz }',
      ),
      errors: [{ line: 9, messageId: 'identical', message: 'container "app" uses the same check' }],
    },
  ],
});
