import check from '../../../../src/core/checks/kubernetes/host-namespaces';
import { describeCheck } from '../../../helpers/check-cases';
import { argoApplication, helmRelease } from '../../../helpers/helm-values-manifests';

const daemonSet = (...podLines: string[]): string =>
  [
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata:',
    '  name: agent',
    'spec:',
    '  selector: { matchLabels: { app: agent } }',
    '  template:',
    '    metadata: { labels: { app: agent } }',
    '    spec:',
    ...podLines.map((l) => `      ${l}`),
    '      containers:',
    '        - name: agent',
    '          image: agent:1',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'ds.yaml',
  valid: [
    { name: 'HelmRelease values with hostNetwork off', code: helmRelease(['hostNetwork: false', 'dnsPolicy: ClusterFirst']) },
    { name: 'none', code: daemonSet() },
    { name: 'explicitly false', code: daemonSet('hostNetwork: false', 'hostPID: false') },
  ],
  invalid: [
    {
      name: 'hostNetwork in HelmRelease values (app-template pod options)',
      code: helmRelease(['defaultPodOptions:', '  hostNetwork: true', '  dnsPolicy: ClusterFirstWithHostNet']),
      errors: [
        {
          line: 17,
          messageId: 'helmValues',
          message:
            "HelmRelease/home/home-assistant: Helm values spec.values set defaultPodOptions.hostNetwork: true, so the chart's pods share the node network namespace",
        },
      ],
    },
    {
      name: 'hostNetwork and hostPID in an Argo CD values block (node exporter)',
      code: argoApplication(['hostNetwork: true', 'hostPID: true', 'hostRootFsMount:', '  enabled: true']),
      errors: [
        { line: 14, messageId: 'helmValues', message: 'set hostNetwork: true' },
        { line: 15, messageId: 'helmValues', message: 'set hostPID: true' },
      ],
    },
    {
      name: 'hostNetwork and hostPID',
      code: daemonSet('hostNetwork: true', 'hostIPC: false', 'hostPID: true'),
      errors: [
        { line: 10, messageId: 'shared', message: 'DaemonSet/agent sets hostNetwork: true' },
        { line: 12, messageId: 'shared', message: 'hostPID' },
      ],
    },
    {
      name: 'hostIPC on a Pod',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostIPC: true\n  containers: [{ name: a, image: a:1 }]\n',
      errors: [{ line: 6, messageId: 'shared', message: 'hostIPC' }],
    },
  ],
});
