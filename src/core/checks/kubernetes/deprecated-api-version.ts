import { removedApi } from '../../kubernetes/deprecated-apis';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/deprecated-api-version',
  target: 'kubernetes-object',
  meta: {
    title: 'Manifest uses a removed API version',
    category: 'correctness',
    severity: 'error',
    rationale:
      'Kubernetes stops serving beta API versions a few releases after their replacement ships; `kubectl apply` then fails with "no matches for kind", usually discovered during a cluster upgrade. kube-linter (no-extensions-v1beta) and Pluto report these.',
    remediation:
      'Change `apiVersion` to the replacement named in the message and adjust the fields that changed (see the Kubernetes deprecation guide, or run `kubectl convert`).',
    messages: {
      removed: '{{kind}} "{{name}}" uses {{apiVersion}}, removed in Kubernetes {{removedIn}}: use {{replacement}}',
    },
  },
  check(ctx) {
    const hit = removedApi(ctx.object.apiVersion, ctx.object.kind);
    if (!hit) return;
    ctx.report({
      messageId: 'removed',
      data: { kind: ctx.object.kind, name: ctx.object.name, apiVersion: hit.apiVersion, removedIn: hit.removedIn, replacement: hit.replacement },
      at: ['apiVersion'],
    });
  },
});
