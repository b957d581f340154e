/** A Kustomize base and a production overlay with the three kinds of patch, for the Kustomize tests. */
export const KUSTOMIZE_REPO: Record<string, string> = {
  'deploy/base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n',
  'deploy/base/deployment.yaml': [
    'apiVersion: apps/v1', // 1
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:', // 5
    '  replicas: 1',
    '  selector:',
    '    matchLabels:',
    '      app: api',
    '  template:', // 10
    '    metadata:',
    '      labels:',
    '        app: api',
    '    spec:',
    '      containers:', // 15
    '        - name: api',
    '          image: ghcr.io/example/api:1.0.0',
    '',
  ].join('\n'),
  'deploy/overlays/prod/kustomization.yaml': [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - ../../base',
    'patches:',
    '  - path: replicas.yaml',
    '  - path: json-patch.yaml',
    '    target:',
    '      kind: Deployment',
    '      name: api',
    'patchesStrategicMerge:',
    '  - resources.yaml',
    '',
  ].join('\n'),
  'deploy/overlays/prod/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n',
  'deploy/overlays/prod/resources.yaml': [
    'apiVersion: apps/v1', // 1
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:', // 5
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          resources:', // 10
    '            limits:',
    '              memory: 256Mi',
    '',
  ].join('\n'),
  'deploy/overlays/prod/json-patch.yaml': '- op: add\n  path: /spec/template/metadata/labels/tier\n  value: backend\n',
};
