import check from '../../../../src/core/checks/kubernetes/unknown-custom-resource';
import { describeCheck } from '../../../helpers/check-cases';

const crd =
  'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n  names: { kind: Widget, plural: widgets }\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema: { type: object, x-kubernetes-preserve-unknown-fields: true }\n';

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    {
      name: 'built-in kinds',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: apps/v1beta2\nkind: Deployment\nmetadata:\n  name: old\n',
    },
    { name: 'CRD in the repository', files: { 'crd.yaml': crd, 'deploy.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n' } },
    { name: 'built-in schema for ServiceMonitor', code: 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: s\nspec: {}\n' },
  ],
  invalid: [
    {
      name: 'reported once per apiVersion/kind, at its first occurrence',
      files: {
        'a.yaml': 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: a\n',
        'b.yaml':
          'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: b\n---\napiVersion: traefik.io/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: r\n',
      },
      errors: [
        { file: 'a.yaml', line: 2, messageId: 'unknown', message: 'cert-manager.io/v1 Certificate is not a built-in kind' },
        { file: 'b.yaml', line: 7, messageId: 'unknown', message: 'traefik.io/v1alpha1 IngressRoute' },
      ],
    },
    {
      name: 'Gateway API groups under k8s.io are custom resources',
      code: 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\n',
      errors: [{ line: 2, messageId: 'unknown' }],
    },
  ],
});
