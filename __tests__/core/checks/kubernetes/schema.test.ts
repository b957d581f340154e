import check from '../../../../src/core/checks/kubernetes/schema';
import { describeCheck } from '../../../helpers/check-cases';

const deployment = (replicas: string, extra = ''): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mcp',
    'spec:',
    `  replicas: ${replicas}`,
    '  selector:',
    '    matchLabels: { app: mcp }',
    '  template:',
    '    metadata:',
    '      labels: { app: mcp }',
    '    spec:',
    '      containers:',
    '        - name: server',
    '          image: ghcr.io/acme/mcp:1.2.3',
    extra,
  ].join('\n');

/** A PersistentVolumeClaim of a Flux Kustomization with `postBuild.substitute` (as in homelab GitOps repositories). */
const fluxClaim = (accessMode: string, storage: string): string =>
  [
    'apiVersion: v1',
    'kind: PersistentVolumeClaim',
    'metadata:',
    '  name: ${APP}-config',
    '  namespace: ${NAMESPACE:=media}',
    'spec:',
    '  accessModes:',
    `    - ${accessMode}`,
    '  resources:',
    '    requests:',
    `      storage: ${storage}`,
    '  storageClassName: ${STORAGE_CLASS:-ceph-block}',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'valid Deployment', code: deployment('3') },
    {
      name: 'valid Service with named targetPort and int-or-string quantities',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: mcp\nspec:\n  selector: { app: mcp }\n  ports:\n    - port: 80\n      targetPort: http\n',
    },
    { name: 'custom resources are not validated here', code: 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: "big"\n' },
    { name: 'Flux ${VAR} placeholders are not judged as values', code: fluxClaim('"${ACCESS_MODE}"', '"${VOLSYNC_CAPACITY:=5Gi}"') },
    { name: 'Flux placeholder inside a value (a quantity with its unit)', code: fluxClaim('ReadWriteOnce', '${SIZE}Gi') },
    { name: 'placeholder where an integer belongs', code: deployment('${REPLICAS:=2}') },
    {
      name: '$(VAR) expansion where an integer belongs',
      code: deployment('2', '          ports:\n            - containerPort: $(PORT)\n'),
    },
    {
      name: 'generateName instead of name',
      code: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: m\n          image: m:1\n',
    },
  ],
  invalid: [
    {
      name: 'replicas is a string',
      code: deployment('"three"'),
      errors: [{ line: 6, messageId: 'invalid', message: 'spec.replicas: must be integer' }],
    },
    {
      name: 'container without a name and a string containerPort',
      code: deployment('2', '          ports:\n            - containerPort: "8080"\n').replace('        - name: server\n          image', '        - image'),
      errors: [
        { line: 14, messageId: 'invalid', message: 'spec.template.spec.containers[0].name: required field is missing' },
        { line: 16, messageId: 'invalid', message: 'spec.template.spec.containers[0].ports[0].containerPort: must be integer' },
      ],
    },
    {
      name: 'missing selector and metadata.name',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  labels: { app: mcp }\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: a:1\n',
      errors: [
        { line: 3, messageId: 'missingName' },
        { line: 5, messageId: 'invalid', message: 'spec.selector: required field is missing' },
      ],
    },
    {
      name: 'a literal value next to placeholders is still checked',
      code: fluxClaim('ReadWriteAll', '"${VOLSYNC_CAPACITY:=5Gi}"'),
      errors: [{ line: 8, messageId: 'invalid', message: 'spec.accessModes[0]: must be one of' }],
    },
    {
      name: 'a dollar sign that is not a placeholder',
      code: deployment('"$REPLICAS"'),
      errors: [{ line: 6, messageId: 'invalid', message: 'spec.replicas: must be integer' }],
    },
    {
      name: 'int-or-string alternatives become one message',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: mcp\nspec:\n  ports:\n    - port: 80\n      targetPort: true\n',
      errors: [{ line: 8, messageId: 'invalid', message: 'spec.ports[0].targetPort: must be string or integer' }],
    },
    {
      name: 'second document of a multi-document file',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata:\n  a: "1"\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\n  labels:\n    tier: 1\n',
      errors: [{ line: 13, messageId: 'invalid', message: 'metadata.labels.tier: must be string' }],
    },
  ],
});
