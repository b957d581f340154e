import check from '../../../../src/core/checks/kubernetes/network-policy-coverage';
import { describeCheck, runCase } from '../../../helpers/check-cases';

const deploy = (name: string, app: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    '  namespace: mcp',
    'spec:',
    `  selector: { matchLabels: { app: ${app} } }`,
    '  template:',
    `    metadata: { labels: { app: ${app} } }`,
    '    spec:',
    '      containers: [{ name: a, image: a:1 }]',
    '',
  ].join('\n');

const policy = (podSelector: string, types = ''): string =>
  [
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata:',
    '  name: p',
    '  namespace: mcp',
    'spec:',
    `  podSelector: ${podSelector}`,
    ...(types ? [`  policyTypes: ${types}`] : []),
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'default-deny covers every pod', files: { 'deploy.yaml': deploy('mcp', 'mcp'), 'netpol.yaml': policy('{}') } },
    {
      name: 'policy selects the pods',
      files: { 'deploy.yaml': deploy('mcp', 'mcp'), 'netpol.yaml': policy('{ matchLabels: { app: mcp } }', '[Ingress, Egress]') },
    },
    { name: 'non-production', files: { 'dev/deploy.yaml': deploy('mcp', 'mcp') } },
    {
      name: 'CNI-specific policies are not evaluated',
      files: {
        'deploy.yaml': deploy('mcp', 'mcp'),
        'cnp.yaml': 'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: p\nspec:\n  endpointSelector: {}\n',
      },
    },
  ],
  invalid: [
    {
      name: 'no policy at all',
      code: deploy('mcp', 'mcp'),
      errors: [{ line: 4, messageId: 'uncovered', message: 'Deployment/mcp/mcp is not selected by any ingress NetworkPolicy in namespace mcp' }],
    },
    {
      name: 'policy covers one workload of two',
      files: { 'deploy.yaml': `${deploy('mcp', 'mcp')}---\n${deploy('worker', 'worker')}`, 'netpol.yaml': policy('{ matchLabels: { app: mcp } }') },
      errors: [{ line: 16, messageId: 'uncovered', message: 'Deployment/mcp/worker' }],
    },
    {
      name: 'egress-only policy does not restrict ingress',
      files: { 'deploy.yaml': deploy('mcp', 'mcp'), 'netpol.yaml': policy('{}', '[Egress]') },
      errors: [{ line: 4, messageId: 'uncovered' }],
    },
  ],
});

describe('a namespace where the repository defines no policy', () => {
  const found = (files: Record<string, string>, config?: Record<string, unknown>) =>
    runCase(check, { files, config }, 'deploy.yaml').map((f) => `${f.file}:${f.line} ${f.severity} ${f.messageId}`);
  const exporter = deploy('exporter', 'exporter').replace('namespace: mcp', 'namespace: kube-system');

  test('an install manifest no environment names: info, saying the cluster may add a policy', () => {
    expect(found({ 'deploy.yaml': exporter })).toEqual(['deploy.yaml:4 info noPolicyHere']);
    const [finding] = runCase(check, { files: { 'deploy.yaml': exporter } }, 'deploy.yaml');
    expect(finding.message).toBe(
      'Deployment/kube-system/exporter is not selected by any ingress NetworkPolicy of this repository in namespace kube-system, which defines none there: unless the cluster adds one, every pod in the cluster can connect to it',
    );
  });

  test('a policy of the repository in the namespace that leaves the workload out: warning', () => {
    const other = policy('{ matchLabels: { app: other } }').replace('namespace: mcp', 'namespace: kube-system');
    expect(found({ 'deploy.yaml': exporter, 'netpol.yaml': other })).toEqual(['deploy.yaml:4 warning uncovered']);
  });

  test('a workload in a production namespace or path, or an MCP server: warning', () => {
    expect(found({ 'deploy.yaml': exporter.replace('kube-system', 'tools-prod') })).toEqual(['deploy.yaml:4 warning uncovered']);
    expect(found({ 'k8s/prod/deploy.yaml': exporter })).toEqual(['k8s/prod/deploy.yaml:4 warning uncovered']);
    expect(found({ 'deploy.yaml': deploy('mcp-fetch', 'fetch').replace('namespace: mcp', 'namespace: tools') })).toEqual(['deploy.yaml:4 warning uncovered']);
  });
});
