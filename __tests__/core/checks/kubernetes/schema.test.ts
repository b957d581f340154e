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
      name: "a SOPS-encrypted Secret's data: ciphertext, not base64, until decrypted",
      code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: sops-age\ndata:\n  age.agekey: ENC[AES256_GCM,data:AAAA,iv:BBBB,tag:CCCC,type:str]\nsops:\n  mac: ENC[AES256_GCM,data:DDDD,iv:EEEE,tag:FFFF,type:str]\n  version: 3.9.0\n',
    },
    {
      name: 'an encrypted integer field takes its type',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: ENC[AES256_GCM,data:Mg==,iv:a,tag:b,type:int]\n  selector: { matchLabels: { app: d } }\n  template:\n    metadata: { labels: { app: d } }\n    spec:\n      containers: [{ name: a, image: a:1 }]\nsops:\n  mac: x\n  version: 3.9.0\n',
    },
    {
      name: 'a SOPS-encrypted Secret: the sops metadata is stripped before it is applied',
      code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ntype: Opaque\nstringData:\n  TOKEN: ENC[AES256_GCM,data:AAAA,iv:BBBB,tag:CCCC,type:str]\nsops:\n  kms: []\n  age:\n    - recipient: age1example\n  lastmodified: "2024-01-01T00:00:00Z"\n  mac: ENC[AES256_GCM,data:DDDD,iv:EEEE,tag:FFFF,type:str]\n  version: 3.8.1\n',
    },
    {
      name: "flux-schema's own settings are a tool's config, not an object the API server gets (no metadata.name)",
      files: {
        '.fluxschema.yml':
          'apiVersion: schema.plugin.fluxcd.io/v1beta1\nkind: Config\nvalidate:\n  schemaLocation:\n    - ecosystem\n  skipMissingSchemas: true\n',
      },
    },
    {
      name: 'maps of free keys are not unknown fields: labels, annotations, resources, ConfigMap data, a CRD default',
      code: [
        deployment(
          '2',
          ['          resources: { limits: { cpu: 500m, nvidia.com/gpu: 1 } }', '      nodeSelector: { kubernetes.io/os: linux, pool: mcp }'].join('\n'),
        ).replace('  name: mcp\n', '  name: mcp\n  annotations: { argocd.argoproj.io/sync-wave: "1", anything: goes }\n'),
        '---',
        'apiVersion: scheduling.k8s.io/v1',
        'kind: PriorityClass',
        'metadata: { name: mcp-critical }',
        'value: 1000000',
        'description: MCP servers that the gateway depends on',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: { name: cfg }',
        'data: { LOG_LEVEL: info, config.yaml: "a: 1" }',
        '---',
        'apiVersion: apiextensions.k8s.io/v1',
        'kind: CustomResourceDefinition',
        'metadata: { name: widgets.example.com }',
        'spec:',
        '  group: example.com',
        '  names: { kind: Widget, plural: widgets }',
        '  scope: Namespaced',
        '  versions:',
        '    - name: v1',
        '      served: true',
        '      storage: true',
        '      schema:',
        '        openAPIV3Schema:',
        '          type: object',
        '          x-kubernetes-preserve-unknown-fields: true',
        '          properties:',
        '            spec: { type: object, default: { size: small, extra: { free: form } } }',
        '',
      ].join('\n'),
    },
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
      name: 'ciphertext in a manifest without SOPS metadata is checked as written',
      code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  key: ENC[AES256_GCM,data:AAAA,iv:BBBB,tag:CCCC,type:str]\n',
      errors: [{ line: 6, messageId: 'invalid', message: 'must match format "byte"' }],
    },
    {
      name: 'a top-level sops key that is not SOPS metadata is still an unknown field',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\nsops: enabled\n',
      errors: [{ line: 7, messageId: 'invalid', message: 'sops: unknown field' }],
    },
    {
      name: 'unknown fields: a typo, a field of the container at pod level, one under the object',
      code: deployment(
        '2',
        [
          '          resourcez: { limits: { cpu: 500m } }',
          '          env:',
          '            - name: LOG_LEVEL',
          '              valu: debug',
          '      restartPolicyy: Always',
          'spce: {}',
          '',
        ].join('\n'),
      ),
      errors: [
        { line: 16, messageId: 'invalid', message: 'Deployment "mcp": spec.template.spec.containers[0].resourcez: unknown field; did you mean "resources"?' },
        { line: 19, messageId: 'invalid', message: 'spec.template.spec.containers[0].env[0].valu: unknown field; did you mean "value"?' },
        { line: 20, messageId: 'invalid', message: 'spec.template.spec.restartPolicyy: unknown field; did you mean "restartPolicy"?' },
        { line: 21, messageId: 'invalid', message: 'spce: unknown field; did you mean "spec"?' },
      ],
    },
    {
      name: 'custom resources need a name too; a kustomization does not',
      code:
        'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  namespace: mcp\nspec:\n  endpoints: [{ port: http }]\n' +
        '---\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deploy.yaml]\n',
      errors: [{ line: 3, messageId: 'missingName', message: 'ServiceMonitor "(unnamed)": metadata.name is required (or metadata.generateName)' }],
    },
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
