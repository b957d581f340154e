import check from '../../../../src/core/checks/kubernetes/deprecated-api-version';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    {
      name: 'current versions',
      code: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: p\n',
    },
    { name: 'custom resources with beta versions', code: 'apiVersion: traefik.io/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: r\n' },
  ],
  invalid: [
    {
      name: 'extensions Ingress, batch/v1beta1 CronJob, autoscaling/v2beta2',
      code: [
        'apiVersion: extensions/v1beta1',
        'kind: Ingress',
        'metadata:',
        '  name: web',
        '---',
        '# scheduled sync',
        'apiVersion: batch/v1beta1',
        'kind: CronJob',
        'metadata:',
        '  name: sync',
        '---',
        'kind: HorizontalPodAutoscaler',
        'apiVersion: autoscaling/v2beta2',
        'metadata:',
        '  name: mcp',
        '',
      ].join('\n'),
      errors: [
        { line: 1, messageId: 'removed', message: 'Ingress "web" uses extensions/v1beta1, removed in Kubernetes 1.22: use networking.k8s.io/v1' },
        { line: 7, messageId: 'removed', message: 'removed in Kubernetes 1.25: use batch/v1' },
        { line: 13, messageId: 'removed', message: 'removed in Kubernetes 1.26: use autoscaling/v2' },
      ],
    },
    {
      name: 'PodSecurityPolicy has no direct successor',
      code: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\n',
      errors: [{ line: 1, messageId: 'removed', message: 'use Pod Security Admission' }],
    },
  ],
});
