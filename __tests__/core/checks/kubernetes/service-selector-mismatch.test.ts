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

/** kube-prometheus: Grafana is a Deployment, Prometheus and Alertmanager are custom resources whose pods the operator creates. */
const grafana = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: { name: grafana, namespace: monitoring }',
  'spec:',
  '  selector: { matchLabels: { app.kubernetes.io/name: grafana } }',
  '  template:',
  '    metadata: { labels: { app.kubernetes.io/name: grafana } }',
  '    spec:',
  '      containers: [{ name: grafana, image: grafana/grafana:11.2.0 }]',
  '',
].join('\n');
const prometheus = (namespace: string): string =>
  [
    'apiVersion: monitoring.coreos.com/v1',
    'kind: Prometheus',
    'metadata:',
    '  name: k8s',
    `  namespace: ${namespace}`,
    '  labels: { app.kubernetes.io/name: prometheus }',
    'spec:',
    '  replicas: 2',
    '  podMetadata:',
    '    labels: { app.kubernetes.io/name: prometheus }',
    '',
  ].join('\n');
const prometheusService = [
  'apiVersion: v1',
  'kind: Service',
  'metadata: { name: prometheus-k8s, namespace: monitoring }',
  'spec:',
  '  selector:',
  '    app.kubernetes.io/name: prometheus',
  '    prometheus: k8s',
  '  ports: [{ name: web, port: 9090, targetPort: web }]',
  '',
].join('\n');
const alertmanagerService = prometheusService
  .replace(/prometheus/g, 'alertmanager')
  .replace('k8s', 'main')
  .replace(/9090/, '9093');
const serviceMonitor = [
  'apiVersion: monitoring.coreos.com/v1',
  'kind: ServiceMonitor',
  'metadata: { name: mcp, namespace: monitoring }',
  'spec:',
  '  selector: { matchLabels: { app.kubernetes.io/name: alertmanager } }',
  '  endpoints: [{ port: web }]',
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
    {
      name: 'Service for the pods of a Prometheus custom resource (Prometheus Operator)',
      files: { 'grafana.yaml': grafana, 'prometheus.yaml': prometheus('monitoring'), 'svc.yaml': prometheusService },
    },
    {
      name: 'any custom resource that may own pods in the namespace',
      files: {
        'grafana.yaml': grafana,
        'alertmanager.yaml':
          'apiVersion: monitoring.coreos.com/v1\nkind: Alertmanager\nmetadata: { name: cluster, namespace: monitoring }\nspec: { replicas: 3 }\n',
        'svc.yaml': alertmanagerService,
      },
    },
  ],
  invalid: [
    {
      name: 'a custom resource in another namespace does not own the pods',
      files: { 'grafana.yaml': grafana, 'prometheus.yaml': prometheus('observability'), 'svc.yaml': prometheusService },
      errors: [{ line: 5, messageId: 'noMatch', message: 'matches no pod template in namespace monitoring' }],
    },
    {
      name: 'a ServiceMonitor that names the labels creates no pods',
      files: { 'grafana.yaml': grafana, 'monitor.yaml': serviceMonitor, 'svc.yaml': alertmanagerService },
      errors: [{ line: 5, messageId: 'noMatch' }],
    },
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
