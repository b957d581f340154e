import { hostPathVolumes, isSensitiveHostPath } from '../../kubernetes/host-paths';
import { objectLabel } from '../../kubernetes/objects';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/host-path',
  target: 'kubernetes-object',
  meta: {
    title: 'Pod mounts a hostPath volume',
    category: 'security',
    severity: 'warning',
    rationale:
      'A hostPath volume ties the pod to one node\'s filesystem: data disappears when the pod moves, and write access to the host is a common escape route. Polaris (hostPathSet) flags any hostPath; the "baseline" Pod Security Standard forbids them. Sensitive paths are reported by kubernetes/sensitive-host-path.',
    remediation: 'Use a PersistentVolumeClaim for data, a ConfigMap or Secret for configuration, or an emptyDir for scratch space.',
    messages: {
      hostPath: '{{object}}: volume "{{volume}}" mounts host path {{path}}',
    },
  },
  check(ctx) {
    for (const v of hostPathVolumes(ctx.object)) {
      if (isSensitiveHostPath(v.path)) continue;
      ctx.report({ messageId: 'hostPath', data: { object: objectLabel(ctx.object), volume: v.volume, path: v.path || '(empty)' }, at: v.at });
    }
  },
});
