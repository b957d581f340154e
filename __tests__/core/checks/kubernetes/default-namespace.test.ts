import check from '../../../../src/core/checks/kubernetes/default-namespace';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'namespaced', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: mcp\n' },
    {
      name: 'cluster-scoped kinds',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mcp\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\nrules: []\n',
    },
    {
      name: 'kustomization sets the namespace',
      files: {
        'k8s/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: mcp\nresources: [base/cm.yaml]\n',
        'k8s/base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
      },
    },
    { name: 'custom resources may be cluster-scoped', code: 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata:\n  name: i\n' },
  ],
  invalid: [
    {
      name: 'missing and explicit default',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: mcp\nspec:\n  ports: [{ port: 80 }]\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: default\n',
      errors: [
        { line: 3, messageId: 'missing', message: 'Service "mcp" has no metadata.namespace' },
        { line: 12, messageId: 'explicitDefault', message: 'ConfigMap "c" is deployed to the default namespace' },
      ],
    },
    {
      name: 'kustomization elsewhere does not count',
      files: {
        'other/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: other\n',
        'k8s/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
      },
      errors: [{ file: 'k8s/cm.yaml', line: 3, messageId: 'missing' }],
    },
  ],
});
