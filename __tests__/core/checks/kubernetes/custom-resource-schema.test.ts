import check from '../../../../src/core/checks/kubernetes/custom-resource-schema';
import { describeCheck } from '../../../helpers/check-cases';

const crd = [
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata:',
  '  name: widgets.example.com',
  'spec:',
  '  group: example.com',
  '  scope: Namespaced',
  '  names: { kind: Widget, plural: widgets, singular: widget }',
  '  versions:',
  '    - name: v1',
  '      served: true',
  '      storage: true',
  '      schema:',
  '        openAPIV3Schema:',
  '          type: object',
  '          properties:',
  '            spec:',
  '              type: object',
  '              required: [size]',
  '              properties:',
  '                size: { type: integer, minimum: 1 }',
  '                port:',
  '                  x-kubernetes-int-or-string: true',
  '                  anyOf: [{ type: integer }, { type: string }]',
  '                note: { type: string, nullable: true }',
  '                extra:',
  '                  type: object',
  '                  x-kubernetes-preserve-unknown-fields: true',
  '',
].join('\n');

const serviceMonitor = (endpoints: string): string =>
  [
    'apiVersion: monitoring.coreos.com/v1',
    'kind: ServiceMonitor',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  selector:',
    '    matchLabels: { app: mcp }',
    '  endpoints:',
    endpoints,
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    {
      name: 'custom resource matching the CRD in the repository',
      files: {
        'crds/widget.yaml': crd,
        'deploy.yaml':
          'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 2\n  port: http\n  note: null\n  extra: { anything: [1, 2] }\n',
      },
    },
    { name: 'ServiceMonitor matching the built-in schema', code: serviceMonitor('    - port: metrics\n      interval: 30s\n      path: /metrics') },
    {
      name: 'Flux ${VAR} placeholders in a ServiceMonitor are not judged as values',
      code: serviceMonitor('    - port: metrics\n      interval: ${SCRAPE_INTERVAL:=30s}\n      scheme: ${SCHEME}'),
    },
    {
      name: 'PrometheusRule matching the built-in schema',
      code: 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r\nspec:\n  groups:\n    - name: mcp\n      rules:\n        - alert: McpDown\n          expr: up == 0\n          for: 5m\n',
    },
    {
      name: 'unknown kinds without a schema are left to unknown-custom-resource',
      code: 'apiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\nspec:\n  size: "big"\n',
    },
  ],
  invalid: [
    {
      name: 'wrong type, unknown field and missing required field against a repository CRD',
      files: {
        'crds/widget.yaml': crd,
        'deploy.yaml':
          'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: "2"\n  colour: red\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w2\nspec:\n  port: 80\n',
      },
      errors: [
        { line: 6, messageId: 'invalid', message: 'spec.size: must be integer' },
        { line: 7, messageId: 'invalid', message: 'spec.colour: unknown field' },
        { line: 13, messageId: 'invalid', message: 'spec.size: required field is missing' },
      ],
    },
    {
      name: 'version not defined by the CRD',
      files: { 'crds/widget.yaml': crd, 'deploy.yaml': 'apiVersion: example.com/v2\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 1\n' },
      errors: [
        { line: 1, messageId: 'versionNotServed', message: 'version v2 is not defined by CustomResourceDefinition widgets.example.com (it defines v1)' },
      ],
    },
    {
      name: 'ServiceMonitor with a bad interval and scheme',
      code: serviceMonitor('    - port: metrics\n      interval: 30 seconds\n      scheme: tcp'),
      errors: [
        { line: 10, messageId: 'invalid', message: 'spec.endpoints[0].interval: must match pattern' },
        { line: 11, messageId: 'invalid', message: 'spec.endpoints[0].scheme: must be one of "http", "https", "HTTP", "HTTPS"' },
      ],
    },
    {
      name: 'ServiceMonitor without a selector, PrometheusRule rule without expr',
      code: 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: mcp\nspec:\n  endpoints: []\n---\napiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r\nspec:\n  groups:\n    - name: mcp\n      rules:\n        - alert: McpDown\n',
      errors: [
        { line: 5, messageId: 'invalid', message: 'spec.selector: required field is missing (schema: built-in)' },
        { line: 16, messageId: 'invalid', message: 'spec.groups[0].rules[0].expr: required field is missing' },
      ],
    },
    {
      name: 'schema file mapped in stackgate.yml kubernetes.schemas',
      files: {
        'schemas/widget.json': JSON.stringify({
          type: 'object',
          properties: { spec: { type: 'object', properties: { size: { type: 'integer' } }, required: ['size'] } },
        }),
        'k8s/widget.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: big\n',
      },
      config: { kubernetes: { schemas: { 'example.com/v1/Widget': 'schemas/widget.json' } } },
      errors: [{ file: 'k8s/widget.yaml', line: 6, messageId: 'invalid', message: 'spec.size' }],
    },
    {
      name: 'a mapped schema file that does not exist is reported on the config',
      files: { 'k8s/widget.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n' },
      config: { kubernetes: { schemas: { 'example.com/v1/Widget': 'schemas/missing.json' } } },
      errors: [{ file: 'stackgate.yml', line: 1, messageId: 'badSchema', message: 'schemas/missing.json' }],
    },
  ],
});
