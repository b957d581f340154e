import { matchesLabelSelector } from '../../kubernetes/label-selector';
import { objectLabel, podLabelsOf } from '../../kubernetes/objects';
import { displayPairs } from '../../display-value';
import { defineCheck } from '../types';

const SELECTOR_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

export default defineCheck({
  id: 'kubernetes/selector-template-mismatch',
  target: 'kubernetes-object',
  meta: {
    title: 'Controller selector does not match its pod template labels',
    category: 'correctness',
    severity: 'error',
    rationale:
      'The API server rejects a Deployment, StatefulSet or DaemonSet whose `spec.selector` does not select its own pod template ("selector does not match template labels"), so the rollout never starts. kube-linter (mismatching-selector) reports it.',
    remediation:
      'Make every `spec.selector.matchLabels` pair (and matchExpression) hold for `spec.template.metadata.labels`; the selector is immutable, so change the template labels rather than the selector of a live object.',
    messages: {
      mismatch: '{{object}}: spec.selector does not match the pod template labels ({{labels}})',
    },
  },
  check(ctx) {
    const obj = ctx.object;
    if (!SELECTOR_KINDS.has(obj.kind)) return;
    const spec = obj.value.spec;
    const selector = spec && typeof spec === 'object' ? spec.selector : undefined;
    // A Job's selector is generated unless manualSelector is set; a missing one is a schema error.
    if (!selector || typeof selector !== 'object') return;
    const labels = podLabelsOf(obj);
    if (matchesLabelSelector(selector, labels)) return;
    const shown = displayPairs(labels);
    ctx.report({ messageId: 'mismatch', data: { object: objectLabel(obj), labels: shown }, at: ['spec', 'selector'] });
  },
});
