import check from '../../../../src/core/checks/kubernetes/dangerous-capabilities';
import { describeCheck } from '../../../helpers/check-cases';
import { argoApplication, helmRelease } from '../../../helpers/helm-values-manifests';

const pod = (...container: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: mcp',
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
    {
      name: 'HelmRelease values that drop everything and add a harmless capability',
      code: helmRelease(['securityContext:', '  capabilities:', '    drop: [ALL]', '    add: [NET_BIND_SERVICE]']),
    },
    { name: 'only NET_BIND_SERVICE', code: pod('securityContext:', '  capabilities:', '    drop: [ALL]', '    add: [NET_BIND_SERVICE]') },
    { name: 'malformed add list', code: pod('securityContext:', '  capabilities:', '    add: SYS_ADMIN') },
  ],
  invalid: [
    {
      name: 'NET_ADMIN in HelmRelease values (a VPN gateway chart)',
      code: helmRelease(['securityContext:', '  capabilities:', '    add:', '      - NET_ADMIN', '      - NET_BIND_SERVICE', '      - SYS_MODULE']),
      errors: [
        {
          line: 19,
          messageId: 'helmValues',
          message:
            'HelmRelease/home/home-assistant: Helm values spec.values add capability NET_ADMIN to a container of the chart (securityContext.capabilities.add[0])',
        },
        { line: 21, messageId: 'helmValues', message: 'capability SYS_MODULE' },
      ],
    },
    {
      name: 'SYS_ADMIN in an Argo CD values block',
      code: argoApplication(['containerSecurityContext:', '  capabilities:', '    add: ["CAP_SYS_ADMIN"]']),
      errors: [{ line: 16, messageId: 'helmValues', message: 'Helm values spec.source.helm.values add capability SYS_ADMIN' }],
    },
    {
      name: 'SYS_ADMIN and CAP_NET_ADMIN',
      code: pod('securityContext:', '  capabilities:', '    add:', '      - CHOWN', '      - SYS_ADMIN', '      - CAP_NET_ADMIN'),
      errors: [
        { line: 13, messageId: 'dangerous', message: 'adds capability SYS_ADMIN' },
        { line: 14, messageId: 'dangerous', message: 'adds capability NET_ADMIN' },
      ],
    },
    { name: 'ALL', code: pod('securityContext:', '  capabilities: { add: [ALL] }'), errors: [{ line: 10, messageId: 'dangerous', message: 'ALL' }] },
  ],
});
