import check from '../../../../src/core/checks/kubernetes/replicas';
import { describeCheck, runCase } from '../../../helpers/check-cases';

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

describe('where production is only assumed (no environment names the workload, no MCP server)', () => {
  const controller = deploy('Deployment', '1').replace(/\bmcp\b/g, 'reloader');
  const found = (c: Parameters<typeof runCase>[1]) => runCase(check, c, 'deploy.yaml').map((f) => `${f.file}:${f.line} ${f.severity} ${f.messageId}`);

  test('a single replica is info, and says production is not known', () => {
    expect(found({ files: { 'deploy.yaml': controller } })).toEqual(['deploy.yaml:6 info singleUnknown']);
    const [finding] = runCase(check, { files: { 'deploy.yaml': controller } }, 'deploy.yaml');
    expect(finding.message).toBe(
      'Deployment/reloader runs 1 replica(s): if it serves production, every rollout or node drain is an outage (no environment names it)',
    );
  });

  test('the same workload under a production path, in a production namespace, or named production in stackgate.yml: warning', () => {
    expect(found({ files: { 'k8s/prod/deploy.yaml': controller } })).toEqual(['k8s/prod/deploy.yaml:6 warning single']);
    expect(found({ files: { 'deploy.yaml': controller.replace('  name: reloader', '  name: reloader\n  namespace: tools-prod') } })).toEqual([
      'deploy.yaml:7 warning single',
    ]);
    const config = { environments: { live: { production: true, kubernetes: { paths: ['deploy/**'] } } } };
    expect(found({ files: { 'deploy/a.yaml': controller }, config })).toEqual(['deploy/a.yaml:6 warning single']);
  });

  test('a severity set in stackgate.yml applies to the weaker form too', () => {
    expect(found({ files: { 'deploy.yaml': controller }, config: { checks: { 'kubernetes/replicas': 'warning' } } })).toEqual([
      'deploy.yaml:6 warning singleUnknown',
    ]);
  });
});
