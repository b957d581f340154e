import { hasPlaceholder } from '../../kubernetes/placeholders';
import { containersOf, podSpecPath } from '../../kubernetes/objects';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/run-as-non-root',
  target: 'kubernetes-object',
  meta: {
    title: 'Container may run as root',
    category: 'security',
    severity: 'error',
    rationale:
      'A process running as UID 0 that escapes its container is root on the node. kube-linter (run-as-non-root) and Polaris (runAsRootAllowed) flag it by default.',
    remediation: 'Set `securityContext.runAsNonRoot: true` (and a non-zero `runAsUser`) on the pod or on every container.',
    messages: {
      mayRunAsRoot: 'container "{{container}}" may run as root: set securityContext.runAsNonRoot: true',
      runsAsRoot: 'container "{{container}}" runs as UID 0',
    },
  },
  check(ctx) {
    const specPath = podSpecPath(ctx.object);
    if (!specPath) return;
    const podSc = (ctx.object.value && getIn(ctx.object.value, [...specPath, 'securityContext'])) as Record<string, unknown> | undefined;
    for (const c of containersOf(ctx.object)) {
      if (c.kind === 'ephemeralContainer') continue;
      const sc = (c.value.securityContext ?? {}) as Record<string, unknown>;
      const runAsUser = sc.runAsUser ?? podSc?.runAsUser;
      if (runAsUser === 0) {
        ctx.report({
          messageId: 'runsAsRoot',
          data: { container: c.name },
          at: sc.runAsUser === 0 ? [...c.path, 'securityContext', 'runAsUser'] : [...specPath, 'securityContext', 'runAsUser'],
        });
        continue;
      }
      const nonRoot = sc.runAsNonRoot ?? podSc?.runAsNonRoot;
      if (nonRoot === true || (typeof runAsUser === 'number' && runAsUser > 0)) continue;
      // A Flux `${UID}` placeholder is only known after substitution.
      if (hasPlaceholder(runAsUser) || hasPlaceholder(nonRoot)) continue;
      ctx.report({
        messageId: 'mayRunAsRoot',
        data: { container: c.name },
        at: sc.runAsNonRoot === false ? [...c.path, 'securityContext', 'runAsNonRoot'] : c.path,
      });
    }
  },
});

function getIn(v: unknown, path: readonly (string | number)[]): unknown {
  let cur = v;
  for (const p of path) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p as string] : undefined;
  return cur;
}
