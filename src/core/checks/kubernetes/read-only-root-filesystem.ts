import { containersOf, objectLabel } from '../../kubernetes/objects';
import { hasPlaceholder } from '../../kubernetes/placeholders';
import { containerSecurityContext, isRunnable } from '../../kubernetes/pod-security';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/read-only-root-filesystem',
  target: 'kubernetes-object',
  meta: {
    title: 'Container root filesystem is writable',
    category: 'security',
    severity: 'warning',
    rationale:
      'A writable root filesystem lets an attacker who gets code execution drop binaries, tamper with the application or persist across requests; it also hides state that is lost on restart. kube-linter (no-read-only-root-fs) and Polaris (notReadOnlyRootFilesystem) flag it.',
    remediation:
      'Set `securityContext.readOnlyRootFilesystem: true` on the container and mount an `emptyDir` volume at the paths the server writes to (e.g. /tmp, caches).',
    messages: {
      writable: '{{object}}: container "{{container}}" has a writable root filesystem: set securityContext.readOnlyRootFilesystem: true',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      if (!isRunnable(c)) continue;
      const sc = containerSecurityContext(c);
      // A Flux `${VAR}` placeholder is only known after substitution.
      if (sc.readOnlyRootFilesystem === true || hasPlaceholder(sc.readOnlyRootFilesystem)) continue;
      const at = sc.readOnlyRootFilesystem !== undefined ? [...c.path, 'securityContext', 'readOnlyRootFilesystem'] : c.path;
      ctx.report({ messageId: 'writable', data: { object: objectLabel(ctx.object), container: c.name }, at });
    }
  },
});
