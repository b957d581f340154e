import check from '../../../../src/core/checks/kubernetes/service-selector-mismatch';
import { describeCheck } from '../../../helpers/check-cases';

const deploy = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: mcp',
  'spec:',
  '  selector: { matchLabels: { app: mcp } }',
  '  template:',
  '    metadata: { labels: { app: mcp, tier: api } }',
  '    spec:',
  '      containers: [{ name: a, image: a:1 }]',
  '',
].join('\n');

const service = (selector: string, namespace?: string): string =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: mcp',
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    `  selector: ${selector}`,
    '  ports: [{ port: 80, targetPort: 8080 }]',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'svc.yaml',
  valid: [
    { name: 'selects the Deployment', files: { 'deploy.yaml': deploy, 'svc.yaml': service('{ app: mcp }') } },
    { name: 'no workloads in the repository', files: { 'svc.yaml': service('{ app: elsewhere }') } },
    {
      name: 'Service without selector (manual Endpoints)',
      files: { 'deploy.yaml': deploy, 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports: [{ port: 5432 }]\n' },
    },
  ],
  invalid: [
    {
      name: 'label value renamed',
      files: { 'deploy.yaml': deploy, 'svc.yaml': service('{ app: mcp-server }') },
      errors: [{ line: 6, messageId: 'noMatch', message: 'Service "mcp" selector {app=mcp-server} matches no pod template' }],
    },
    {
      name: 'one selector pair does not match',
      files: { 'deploy.yaml': deploy, 'svc.yaml': service('{ app: mcp, tier: web }') },
      errors: [{ line: 6, messageId: 'noMatch' }],
    },
  ],
});
