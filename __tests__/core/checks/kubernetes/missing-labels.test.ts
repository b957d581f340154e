import check from '../../../../src/core/checks/kubernetes/missing-labels';
import { describeCheck } from '../../../helpers/check-cases';

const deploy = (labels: string, podLabels: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mcp',
    ...(labels ? [`  labels: ${labels}`] : []),
    'spec:',
    '  selector: { matchLabels: { tier: api } }',
    '  template:',
    '    metadata:',
    `      labels: ${podLabels}`,
    '    spec:',
    '      containers: [{ name: a, image: a:1 }]',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'recommended label', code: deploy('{ app.kubernetes.io/name: mcp }', '{ app.kubernetes.io/name: mcp, tier: api }') },
    { name: 'legacy app label', code: deploy('{ app: mcp }', '{ app: mcp, tier: api }') },
    { name: 'ConfigMaps are not checked', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' },
  ],
  invalid: [
    {
      name: 'neither object nor template labelled',
      code: deploy('', '{ tier: api }'),
      errors: [
        { line: 3, messageId: 'object', message: 'Deployment/mcp has no app.kubernetes.io/name or app label' },
        { line: 9, messageId: 'podTemplate' },
      ],
    },
    {
      name: 'Service without labels',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: mcp\n  labels: { tier: api }\nspec:\n  ports: [{ port: 80 }]\n',
      errors: [{ line: 5, messageId: 'object', message: 'Service/mcp' }],
    },
  ],
});
