import check from '../../../../src/core/checks/kubernetes/pdb-blocks-eviction';
import { describeCheck } from '../../../helpers/check-cases';

const pdb = (budget: string): string =>
  [
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata:',
    '  name: mcp',
    'spec:',
    `  ${budget}`,
    '  selector: { matchLabels: { app: mcp } }',
    '',
  ].join('\n');

const deploy = (replicas: number): string =>
  [
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mcp',
    'spec:',
    `  replicas: ${replicas}`,
    '  selector: { matchLabels: { app: mcp } }',
    '  template:',
    '    metadata: { labels: { app: mcp } }',
    '    spec:',
    '      containers: [{ name: a, image: a:1 }]',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'pdb.yaml',
  valid: [
    { name: 'maxUnavailable 1', code: pdb('maxUnavailable: 1') },
    { name: 'minAvailable below replicas', code: pdb('minAvailable: 2') + deploy(3) },
    { name: 'minAvailable percentage below 100', code: pdb('minAvailable: "50%"') },
  ],
  invalid: [
    {
      name: 'maxUnavailable 0',
      code: pdb('maxUnavailable: 0'),
      errors: [{ line: 6, messageId: 'zeroMaxUnavailable', message: 'PodDisruptionBudget/mcp sets maxUnavailable: 0' }],
    },
    { name: 'maxUnavailable 0%', code: pdb('maxUnavailable: "0%"'), errors: [{ line: 6, messageId: 'zeroMaxUnavailable' }] },
    { name: 'minAvailable 100%', code: pdb('minAvailable: 100%'), errors: [{ line: 6, messageId: 'fullMinAvailable' }] },
    {
      name: 'minAvailable equals replicas',
      code: pdb('minAvailable: 2') + deploy(2),
      errors: [{ line: 6, messageId: 'minAvailableReplicas', message: 'requires minAvailable 2 but Deployment/mcp runs only 2 replicas' }],
    },
  ],
});
