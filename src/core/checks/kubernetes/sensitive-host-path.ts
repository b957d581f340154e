import { hostPathVolumes, isContainerRuntimeSocket, isSensitiveHostPath, normalizeHostPath } from '../../kubernetes/host-paths';
import { objectLabel } from '../../kubernetes/objects';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/sensitive-host-path',
  target: 'kubernetes-object',
  meta: {
    title: 'Pod mounts a sensitive host path',
    category: 'security',
    severity: 'error',
    rationale:
      'Mounting the container runtime socket gives full control of every container on the node; mounting /, /etc, /proc, /sys or the kubelet directory exposes node credentials and configuration. Either turns a compromised MCP server into a compromised node. kube-linter flags these as docker-sock and sensitive-host-mounts.',
    remediation:
      'Remove the hostPath volume. Build images in CI instead of through the Docker socket, and read node data through the Kubernetes API or a dedicated, audited DaemonSet.',
    messages: {
      socket: '{{object}}: volume "{{volume}}" mounts the container runtime socket {{path}}',
      sensitive: '{{object}}: volume "{{volume}}" mounts sensitive host path {{path}}',
    },
  },
  check(ctx) {
    for (const v of hostPathVolumes(ctx.object)) {
      if (!isSensitiveHostPath(v.path)) continue;
      const data = { object: objectLabel(ctx.object), volume: v.volume, path: normalizeHostPath(v.path) };
      ctx.report({ messageId: isContainerRuntimeSocket(v.path) ? 'socket' : 'sensitive', data, at: v.at });
    }
  },
});
