import check from '../../../../src/core/checks/kubernetes/service-selects-operator-pods';
import { describeCheck } from '../../../helpers/check-cases';

/** An application in namespace `apps` next to a CloudNativePG database and an extra Service for its read replicas. */
const app =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api, namespace: apps }\nspec:\n  selector: { matchLabels: { app: api } }\n  template:\n    metadata: { labels: { app: api } }\n    spec:\n      containers: [{ name: api, image: ghcr.io/acme/api:2.1.0 }]\n';
const cluster = (namespace: string, name = 'pg-main'): string =>
  `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  instances: 3\n  storage: { size: 20Gi }\n`;
const readService = (selector: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: pg-main-read\n  namespace: apps\nspec:\n  selector: ${selector}\n  ports: [{ port: 5432, targetPort: 5432 }]\n`;

describeCheck(check, {
  defaultFile: 'svc.yaml',
  valid: [
    { name: 'the Service selects a pod template', files: { 'app.yaml': app, 'svc.yaml': readService('{ app: api }') } },
    { name: 'no custom resource: kubernetes/service-selector-mismatch reports it', files: { 'app.yaml': app, 'svc.yaml': readService('{ app: db }') } },
    {
      name: 'a certificate owns no pods',
      files: {
        'app.yaml': app,
        'cert.yaml':
          'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: { name: api, namespace: apps }\nspec: { secretName: api-tls, dnsNames: [api.example.com] }\n',
        'svc.yaml': readService('{ app: db }'),
      },
    },
    { name: 'no workloads in the namespace', files: { 'db.yaml': cluster('apps'), 'svc.yaml': readService('{ cnpg.io/cluster: pg-main }') } },
  ],
  invalid: [
    {
      name: 'selector names the custom resource (CloudNativePG labels its pods cnpg.io/cluster: <name>)',
      files: {
        'app.yaml': app,
        'other.yaml': cluster('apps', 'pg-audit'),
        'db.yaml': cluster('apps'),
        'svc.yaml': readService('{ cnpg.io/cluster: pg-main, role: replica }'),
      },
      errors: [
        {
          line: 7,
          messageId: 'operatorPods',
          message:
            'Service "apps/pg-main-read" selector {cnpg.io/cluster=pg-main, role=replica} matches no pod template; it presumably selects the pods of postgresql.cnpg.io/v1 Cluster/apps/pg-main (db.yaml:1)',
        },
      ],
    },
    {
      name: 'the resource that mentions most selector pairs is named (kube-prometheus)',
      files: {
        'app.yaml': app,
        'alertmanager.yaml':
          'apiVersion: monitoring.coreos.com/v1\nkind: Alertmanager\nmetadata:\n  name: main\n  namespace: apps\n  labels: { app.kubernetes.io/name: alertmanager, app.kubernetes.io/part-of: kube-prometheus }\nspec: { replicas: 3 }\n',
        'prometheus.yaml':
          'apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata:\n  name: k8s\n  namespace: apps\n  labels: { app.kubernetes.io/name: prometheus, app.kubernetes.io/part-of: kube-prometheus }\nspec: { replicas: 2 }\n',
        'svc.yaml': readService('{ app.kubernetes.io/instance: k8s, app.kubernetes.io/name: prometheus, app.kubernetes.io/part-of: kube-prometheus }'),
      },
      errors: [{ line: 7, messageId: 'operatorPods', message: 'the pods of monitoring.coreos.com/v1 Prometheus/apps/k8s (prometheus.yaml:1)' }],
    },
    {
      name: 'any custom resource in the namespace is named when none mentions the selector',
      files: { 'app.yaml': app, 'db.yaml': cluster('apps'), 'svc.yaml': readService('{ app.kubernetes.io/name: postgres }') },
      errors: [{ line: 7, messageId: 'operatorPods', message: 'Cluster/apps/pg-main' }],
    },
  ],
});
