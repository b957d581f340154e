import check from '../../../../src/core/checks/kubernetes/replicas';
import { describeCheck } from '../../../helpers/check-cases';

const deploy = (kind: string, replicas?: string): string =>
  [
    'apiVersion: apps/v1',
    `kind: ${kind}`,
    'metadata:',
    '  name: mcp',
    'spec:',
    ...(replicas !== undefined ? [`  replicas: ${replicas}`] : []),
    '  selector: { matchLabels: { app: mcp } }',
    '  template:',
    '    metadata: { labels: { app: mcp } }',
    '    spec:',
    '      containers: [{ name: a, image: a:1 }]',
    '',
  ].join('\n');

const hpa = (min?: number): string =>
  [
    '---',
    'apiVersion: autoscaling/v2',
    'kind: HorizontalPodAutoscaler',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: mcp }',
    ...(min !== undefined ? [`  minReplicas: ${min}`] : []),
    '  maxReplicas: 10',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'three replicas', code: deploy('Deployment', '3') },
    { name: 'autoscaler with minReplicas 2 owns the count', code: deploy('Deployment') + hpa(2) },
    { name: 'non-production manifests are skipped', files: { 'k8s/dev/deploy.yaml': deploy('Deployment', '1') } },
    { name: 'DaemonSets have no replicas', code: deploy('DaemonSet') },
    { name: 'templated value', code: deploy('Deployment', '"{{ .Values.replicas }}"') },
  ],
  invalid: [
    {
      name: 'one replica',
      code: deploy('Deployment', '1'),
      errors: [{ line: 6, messageId: 'single', message: 'Deployment/mcp runs 1 replica(s) in production' }],
    },
    {
      name: 'replicas omitted on a StatefulSet',
      code: deploy('StatefulSet'),
      errors: [{ line: 5, messageId: 'defaulted', message: 'StatefulSet/mcp does not set spec.replicas' }],
    },
    {
      name: 'autoscaler without minReplicas',
      code: deploy('Deployment', '3') + hpa(),
      errors: [{ line: 17, messageId: 'autoscaler', message: 'Deployment/mcp is scaled by HorizontalPodAutoscaler/mcp down to minReplicas 1' }],
    },
    {
      name: 'production path in a repository with environments',
      files: { 'k8s/prod/deploy.yaml': deploy('Deployment', '1'), 'k8s/staging/deploy.yaml': deploy('Deployment', '1') },
      errors: [{ file: 'k8s/prod/deploy.yaml', line: 6, messageId: 'single' }],
    },
  ],
});
