import check from '../../../../src/core/checks/kubernetes/liveness-probe';
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
    { name: 'probe present (init containers need none)', code: workload('Deployment', 'livenessProbe:', '  httpGet: { path: /healthz, port: 8080 }') },
    {
      name: 'Jobs are not checked',
      code: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{ name: j, image: j:1 }]\n',
    },
    {
      name: 'an injected Istio sidecar beside a probed server',
      code: workload('Deployment', 'livenessProbe:', '  httpGet: { path: /healthz, port: 8080 }', 'ports: [{ containerPort: 8080 }]').replace(
        '      containers:\n',
        '      containers:\n        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          readinessProbe: { httpGet: { path: /healthz/ready, port: 15021 } }\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a container named like a sidecar but not one is still checked',
      code: workload('Deployment', 'livenessProbe:', '  httpGet: { path: /healthz, port: 8080 }').replace(
        '      containers:\n',
        '      containers:\n        - name: envoy-proxy\n          image: envoyproxy/envoy:v1.31\n',
      ),
      errors: [{ line: 14, messageId: 'missing', message: 'container "envoy-proxy"' }],
    },
    {
      name: 'Deployment without probe',
      code: workload('Deployment'),
      errors: [{ line: 14, messageId: 'missing', message: 'Deployment/mcp: container "server" has no livenessProbe' }],
    },
    { name: 'StatefulSet without probe', code: workload('StatefulSet'), errors: [{ line: 14, messageId: 'missing', message: 'StatefulSet/mcp' }] },
  ],
});
