import check from '../../../../src/core/checks/kubernetes/incomplete-manifest';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'complete object', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mcp\ndata: { a: b }\n' },
    { name: 'a Helm Chart.yaml has an apiVersion and no kind', files: { 'chart/Chart.yaml': 'apiVersion: v2\nname: mcp\nversion: 0.1.0\n' } },
    { name: 'a kustomization without kind', code: 'apiVersion: kustomize.config.k8s.io/v1beta1\nmetadata:\n  name: overlay\nresources: [deploy.yaml]\n' },
    { name: 'other YAML with a kind but no metadata', files: { 'config.yml': 'kind: cluster\nname: dev\nnodes: 3\n' } },
  ],
  invalid: [
    {
      name: 'second document lost its apiVersion',
      code: [
        'apiVersion: v1',
        'kind: Service',
        'metadata: { name: mcp }',
        'spec: { selector: { app: mcp }, ports: [{ port: 80 }] }',
        '---',
        'kind: Deployment',
        'metadata:',
        '  name: mcp',
        'spec: {}',
        '',
      ].join('\n'),
      errors: [{ line: 6, messageId: 'incomplete', message: 'Deployment "mcp" has no apiVersion: kubectl and the API server reject an object without one' }],
    },
    {
      name: 'no kind',
      code: 'apiVersion: apps/v1\nmetadata:\n  name: mcp\nspec:\n  replicas: 2\n',
      errors: [{ line: 1, messageId: 'incomplete', message: 'the apps/v1 object "mcp" has no kind' }],
    },
  ],
});
