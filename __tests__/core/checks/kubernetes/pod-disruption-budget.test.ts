import check from '../../../../src/core/checks/kubernetes/pod-disruption-budget';
import { describeCheck } from '../../../helpers/check-cases';

const deploy = (replicas: number, namespace = 'mcp'): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mcp',
    `  namespace: ${namespace}`,
    'spec:',
    `  replicas: ${replicas}`,
    '  selector: { matchLabels: { app: mcp } }',
    '  template:',
    '    metadata: { labels: { app: mcp, tier: api } }',
    '    spec:',
    '      containers: [{ name: a, image: a:1 }]',
    '',
  ].join('\n');

const pdb = (selector: string, namespace = 'mcp'): string =>
  [
    '---',
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata:',
    '  name: mcp',
    `  namespace: ${namespace}`,
    'spec:',
    '  maxUnavailable: 1',
    `  selector: ${selector}`,
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'matching PDB', code: deploy(3) + pdb('{ matchLabels: { app: mcp } }') },
    {
      name: 'PDB in another file',
      files: { 'deploy.yaml': deploy(2), 'pdb.yaml': pdb('{ matchExpressions: [{ key: tier, operator: In, values: [api] }] }').slice(4) },
    },
    { name: 'single replica is reported by kubernetes/replicas', code: deploy(1) },
    { name: 'non-production', files: { 'staging/deploy.yaml': deploy(3) } },
  ],
  invalid: [
    {
      name: 'no PDB',
      code: deploy(3),
      errors: [{ line: 4, messageId: 'missing', message: 'Deployment/mcp/mcp runs 3 replicas but no PodDisruptionBudget selects its pods' }],
    },
    { name: 'PDB selects other pods', code: deploy(2) + pdb('{ matchLabels: { app: web } }'), errors: [{ line: 4, messageId: 'missing' }] },
    { name: 'PDB in another namespace', code: deploy(2) + pdb('{ matchLabels: { app: mcp } }', 'other'), errors: [{ line: 4, messageId: 'missing' }] },
  ],
});
