import { objectLabel, probedContainersOf } from '../../kubernetes/objects';
import { canonicalJson as stable } from '../../canonical-json';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/identical-probes',
  target: 'kubernetes-object',
  meta: {
    title: 'Liveness probe is identical to the readiness probe',
    category: 'reliability',
    severity: 'info',
    rationale:
      'When liveness and readiness are the same check, a server that is briefly overloaded or waiting for a backend is not just taken out of the Service: it is restarted too, which turns a slow dependency into a crash loop across every replica at once. Identical probes are common and fine for simple servers without dependencies, so this is info.',
    remediation:
      'Make the liveness probe check only that the process responds (e.g. /healthz) and the readiness probe that it can serve (e.g. /ready), or give liveness a higher failureThreshold.',
    messages: {
      identical: '{{object}}: container "{{container}}" uses the same check for livenessProbe and readinessProbe',
    },
  },
  check(ctx) {
    for (const c of probedContainersOf(ctx.object)) {
      const { livenessProbe, readinessProbe } = c.value;
      if (!livenessProbe || typeof livenessProbe !== 'object' || !readinessProbe || typeof readinessProbe !== 'object') continue;
      if (stable(livenessProbe) !== stable(readinessProbe)) continue;
      ctx.report({ messageId: 'identical', data: { object: objectLabel(ctx.object), container: c.name }, at: [...c.path, 'livenessProbe'] });
    }
  },
});
