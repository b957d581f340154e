import check from '../../../../src/core/checks/kubernetes/probe-port';
import { describeCheck } from '../../../helpers/check-cases';
import { deploymentManifest } from '../../../helpers/deployment-manifest';

const deployment = (...container: string[]): string => deploymentManifest({ container });

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    {
      name: 'named and numeric ports that are declared',
      code: deployment(
        'ports:',
        '  - { name: http, containerPort: 8080 }',
        '  - { name: grpc, containerPort: 9090 }',
        'livenessProbe: { httpGet: { path: /healthz, port: http } }',
        'readinessProbe: { tcpSocket: { port: 8080 } }',
        'startupProbe: { grpc: { port: 9090 } }',
      ),
    },
    { name: 'no ports declared: a numeric probe is fine', code: deployment('livenessProbe: { httpGet: { path: /healthz, port: 3000 } }') },
    {
      name: 'port declared by a sidecar of the same pod',
      code:
        deployment('ports: [{ containerPort: 8080 }]', 'readinessProbe: { httpGet: { path: /ready, port: 15021 } }') +
        ['        - name: istio-proxy', '          image: istio/proxyv2:1.22.0', '          ports: [{ name: http-envoy-prom, containerPort: 15021 }]', ''].join(
          '\n',
        ),
    },
    { name: 'exec probe has no port', code: deployment('ports: [{ containerPort: 8080 }]', 'livenessProbe: { exec: { command: [cat, /tmp/ok] } }') },
    {
      name: "an injected Istio sidecar's readiness probe on its status port, which it does not declare",
      code:
        deployment('ports: [{ containerPort: 8080 }]', 'readinessProbe: { httpGet: { path: /ready, port: 8080 } }') +
        [
          '        - name: istio-proxy',
          '          image: docker.io/istio/proxyv2:1.24.0',
          '          ports: [{ name: http-envoy-prom, containerPort: 15090 }]',
          '          readinessProbe: { httpGet: { path: /healthz/ready, port: 15021 } }',
          '',
        ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'named port the container does not declare',
      code: deployment('ports:', '  - { name: http, containerPort: 8080 }', 'livenessProbe:', '  httpGet:', '    path: /healthz', '    port: metrics'),
      errors: [{ line: 18, messageId: 'unknownName', message: 'livenessProbe uses port "metrics", which the container does not declare (ports: http=8080)' }],
    },
    {
      name: 'named port with no ports at all',
      code: deployment('readinessProbe: { httpGet: { path: /ready, port: http } }'),
      errors: [{ line: 13, messageId: 'unknownName', message: '(ports: none)' }],
    },
    {
      name: 'numeric port that moved',
      code: deployment('ports: [{ containerPort: 8080 }]', 'readinessProbe:', '  tcpSocket:', '    port: 8000'),
      errors: [
        {
          line: 16,
          messageId: 'undeclaredNumber',
          message: 'container "server" readinessProbe uses port 8000, which no container of the pod declares (ports: 8080)',
        },
      ],
    },
  ],
});
