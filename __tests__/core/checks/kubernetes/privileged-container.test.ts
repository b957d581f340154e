import check from '../../../../src/core/checks/kubernetes/privileged-container';
import { describeCheck } from '../../../helpers/check-cases';
import { argoApplication, helmRelease } from '../../../helpers/helm-values-manifests';

const pod = (...container: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: debug',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: app:1',
    ...container.map((l) => `      ${l}`),
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'pod.yaml',
  valid: [
    { name: 'no securityContext', code: pod() },
    { name: 'privileged: false', code: pod('securityContext:', '  privileged: false') },
    { name: 'odd securityContext type', code: pod('securityContext: "yes"') },
    {
      name: 'HelmRelease values without privileged settings',
      code: helmRelease([
        'controllers:',
        '  app:',
        '    containers:',
        '      app:',
        '        securityContext:',
        '          privileged: false',
        '          readOnlyRootFilesystem: true',
      ]),
    },
    { name: 'a PodSecurityPolicy-like switch is not a container setting', code: helmRelease(['podSecurityPolicy:', '  privileged: true']) },
  ],
  invalid: [
    {
      name: 'privileged',
      code: pod('securityContext:', '  privileged: true'),
      errors: [{ line: 10, messageId: 'privileged', message: 'Pod/debug: container "app" runs privileged' }],
    },
    {
      name: 'privileged in HelmRelease values (bjw-s app-template)',
      code: helmRelease([
        'controllers:',
        '  home-assistant:',
        '    containers:',
        '      app:',
        '        image:',
        '          repository: ghcr.io/home-operations/home-assistant',
        '          tag: 2024.11.3',
        '        securityContext:',
        '          privileged: true',
      ]),
      errors: [
        {
          line: 24,
          messageId: 'helmValues',
          message:
            'HelmRelease/home/home-assistant: Helm values spec.values set controllers.home-assistant.containers.app.securityContext.privileged: true, so a container of the chart runs privileged',
        },
      ],
    },
    {
      name: "a chart's own privileged switch for a component (intel-gpu-resource-driver)",
      code: helmRelease(['kubeletPlugin:', '  privileged: true', '  healthMonitoring:', '    enabled: false']),
      errors: [{ line: 17, messageId: 'helmValues', message: 'set kubeletPlugin.privileged: true' }],
    },
    {
      name: "a chart's own privileged switch next to its image, in an Argo CD values block",
      code: argoApplication(['image:', '  repository: falcosecurity/falco', '  tag: 0.39.1', 'privileged: true']),
      errors: [{ line: 17, messageId: 'helmValues', message: 'Application/argocd/node-exporter: Helm values spec.source.helm.values set privileged: true' }],
    },
    {
      name: 'containerSecurityContext in Argo CD valuesObject',
      code: argoApplication(['containerSecurityContext:', '  privileged: true'], 'valuesObject:'),
      errors: [{ line: 15, messageId: 'helmValues', message: 'spec.source.helm.valuesObject set containerSecurityContext.privileged: true' }],
    },
  ],
});
