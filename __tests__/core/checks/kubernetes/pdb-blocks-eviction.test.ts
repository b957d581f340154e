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
    {
      name: "a Kustomize Component's budget is not compared with the base it patches (metrics-server's high-availability)",
      files: {
        'manifests/base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\n',
        'manifests/base/deployment.yaml': deploy(1).replace('---\n', ''),
        'manifests/components/ha/kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n- pdb.yaml\npatches:\n- path: patch.yaml\n',
        'manifests/components/ha/pdb.yaml': pdb('minAvailable: 1'),
        'manifests/components/ha/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: mcp\nspec:\n  replicas: 2\n',
      },
    },
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
      name: "a Component's budget that allows no disruption on its own is still reported",
      files: {
        'manifests/components/ha/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n- pdb.yaml\n',
        'manifests/components/ha/pdb.yaml': pdb('maxUnavailable: 0'),
      },
      errors: [{ file: 'manifests/components/ha/pdb.yaml', line: 6, messageId: 'zeroMaxUnavailable' }],
    },
    {
      name: 'a budget in the base beside the same Deployment is compared',
      files: {
        'manifests/base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml, pdb.yaml]\n',
        'manifests/base/deployment.yaml': deploy(1).replace('---\n', ''),
        'manifests/base/pdb.yaml': pdb('minAvailable: 1'),
      },
      errors: [{ file: 'manifests/base/pdb.yaml', line: 6, messageId: 'minAvailableReplicas' }],
    },
    {
      name: 'minAvailable equals replicas',
      code: pdb('minAvailable: 2') + deploy(2),
      errors: [{ line: 6, messageId: 'minAvailableReplicas', message: 'requires minAvailable 2 but Deployment/mcp runs only 2 replicas' }],
    },
  ],
});
