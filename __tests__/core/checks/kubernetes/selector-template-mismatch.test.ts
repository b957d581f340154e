import check from '../../../../src/core/checks/kubernetes/selector-template-mismatch';
import { describeCheck } from '../../../helpers/check-cases';

const deploy = (selector: string, labels: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  selector:',
    `    ${selector}`,
    '  template:',
    '    metadata:',
    `      labels: ${labels}`,
    '    spec:',
    '      containers: [{ name: a, image: a:1 }]',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'subset of template labels', code: deploy('matchLabels: { app: mcp }', '{ app: mcp, version: v1 }') },
    { name: 'matchExpressions', code: deploy('matchExpressions: [{ key: app, operator: In, values: [mcp, mcp-canary] }]', '{ app: mcp }') },
  ],
  invalid: [
    {
      name: 'renamed label',
      code: deploy('matchLabels: { app: mcp-server }', '{ app: mcp }'),
      errors: [{ line: 6, messageId: 'mismatch', message: 'Deployment/mcp: spec.selector does not match the pod template labels (app=mcp)' }],
    },
    {
      name: 'expression excludes the template',
      code: deploy('matchExpressions: [{ key: tier, operator: Exists }]', '{ app: mcp }'),
      errors: [{ line: 6, messageId: 'mismatch' }],
    },
  ],
});
