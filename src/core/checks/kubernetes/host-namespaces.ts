import { objectLabel, podSpecOf, podSpecPath } from '../../kubernetes/objects';
import { helmValuesSettingsOf } from '../../kubernetes/helm-values-settings';
import { defineCheck } from '../types';

const FIELDS: ['hostNetwork' | 'hostPID' | 'hostIPC', string][] = [
  ['hostNetwork', 'the node network namespace: it can bind node ports and reach services listening on localhost'],
  ['hostPID', 'the node process namespace: it can see and signal every process on the node'],
  ['hostIPC', 'the node IPC namespace: it can read shared memory of other processes'],
];

export default defineCheck({
  id: 'kubernetes/host-namespaces',
  target: 'kubernetes-object',
  meta: {
    title: 'Pod shares a host namespace',
    category: 'security',
    severity: 'error',
    rationale:
      'hostNetwork, hostPID and hostIPC remove the isolation between the pod and the node: a compromised MCP server can sniff node traffic, inspect other processes or bypass NetworkPolicies. kube-linter (host-network, host-pid, host-ipc), Polaris (hostNetworkSet, hostPIDSet, hostIPCSet) and the "baseline" Pod Security Standard reject them.',
    remediation: 'Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec (or set them to false); expose the server through a Service instead.',
    messages: {
      shared: '{{object}} sets {{field}}: true and shares {{detail}}',
      helmValues: "{{object}}: Helm values {{field}} set {{setting}}: true, so the chart's pods share {{detail}}",
    },
  },
  check(ctx) {
    for (const ref of helmValuesSettingsOf(ctx.object, 'host-namespace')) {
      const detail = FIELDS.find(([field]) => field === ref.setting.field)?.[1] ?? 'a node namespace';
      ctx.report({ messageId: 'helmValues', data: { object: objectLabel(ctx.object), field: ref.field, setting: ref.name, detail }, at: ref.at });
    }
    const spec = podSpecOf(ctx.object);
    const specPath = podSpecPath(ctx.object);
    if (!spec || !specPath) return;
    for (const [field, detail] of FIELDS) {
      if (spec[field] !== true) continue;
      ctx.report({ messageId: 'shared', data: { object: objectLabel(ctx.object), field, detail }, at: [...specPath, field] });
    }
  },
});
