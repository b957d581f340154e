import { objectLabel, podSpecOf, podSpecPath } from '../../kubernetes/objects';
import { defineCheck } from '../types';

const FIELDS: [string, string][] = [
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
    },
  },
  check(ctx) {
    const spec = podSpecOf(ctx.object);
    const specPath = podSpecPath(ctx.object);
    if (!spec || !specPath) return;
    for (const [field, detail] of FIELDS) {
      if (spec[field] !== true) continue;
      ctx.report({ messageId: 'shared', data: { object: objectLabel(ctx.object), field, detail }, at: [...specPath, field] });
    }
  },
});
