import { asStringMap, isWorkload, objectLabel, podLabelsOf, podTemplatePath } from '../../kubernetes/objects';
import { defineCheck } from '../types';

const NAME_LABELS = ['app.kubernetes.io/name', 'app'];
const LABELLED_KINDS = new Set(['Service', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']);

export default defineCheck({
  id: 'kubernetes/missing-labels',
  target: 'kubernetes-object',
  meta: {
    title: 'Object has no app name label',
    category: 'operations',
    severity: 'info',
    rationale:
      'Dashboards, log queries, alert routing, `kubectl get -l` and cost reports group objects by the recommended `app.kubernetes.io/name` label (or the older `app`). An unlabelled MCP server disappears from all of them, and its pods cannot be selected reliably by Services and policies.',
    remediation:
      'Add `app.kubernetes.io/name: <app>` (plus `app.kubernetes.io/part-of`, `app.kubernetes.io/version` as useful) to metadata.labels and to the pod template labels.',
    messages: {
      object: '{{object}} has no app.kubernetes.io/name or app label',
      podTemplate: '{{object}}: pod template has no app.kubernetes.io/name or app label',
    },
  },
  check(ctx) {
    const obj = ctx.object;
    if (!isWorkload(obj) && !LABELLED_KINDS.has(obj.kind)) return;
    const labels = asStringMap(obj.value.metadata?.labels);
    if (!NAME_LABELS.some((l) => labels[l])) ctx.report({ messageId: 'object', data: { object: objectLabel(obj) }, at: ['metadata', 'labels'] });
    const tpl = podTemplatePath(obj);
    if (tpl && !NAME_LABELS.some((l) => podLabelsOf(obj)[l])) {
      ctx.report({ messageId: 'podTemplate', data: { object: objectLabel(obj) }, at: [...tpl, 'metadata', 'labels'] });
    }
  },
});
