import { matchesLabelMap } from '../../kubernetes/label-selector';
import { objectLabel } from '../../kubernetes/objects';
import { PodTemplateIndex } from '../../kubernetes/pod-template-index';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/service-selector-mismatch',
  target: 'kubernetes-set',
  meta: {
    title: 'Service selects no pods',
    category: 'correctness',
    severity: 'error',
    rationale:
      'A Service whose selector matches no pod template has no endpoints: clients of the MCP server get connection refused or 503 from the ingress, while every object applies cleanly. Usually a label renamed on one side only. kube-linter (dangling-service) flags it.',
    remediation:
      'Make `spec.selector` equal to a subset of the pod template labels of the workload it fronts (`kubectl get endpoints <service>` shows the result on a live cluster).',
    messages: {
      noMatch: 'Service "{{service}}" selector {{selector}} matches no pod template{{namespace}}',
    },
  },
  check(ctx) {
    const index = new PodTemplateIndex(ctx.objects);
    for (const svc of ctx.objects) {
      if (svc.kind !== 'Service' || svc.apiVersion !== 'v1') continue;
      const spec = svc.value.spec;
      if (!spec || typeof spec !== 'object' || spec.type === 'ExternalName') continue;
      const selector = spec.selector;
      if (!selector || typeof selector !== 'object' || Array.isArray(selector) || !Object.keys(selector).length) continue;
      const candidates = index.near(svc);
      // Only Services in the repository and no workloads: the pods are deployed from elsewhere (a chart, an operator).
      if (!candidates.length) continue;
      if (candidates.some((c) => matchesLabelMap(selector, c.labels))) continue;
      const shown = Object.entries(selector as Record<string, unknown>)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(', ');
      ctx.report({
        messageId: 'noMatch',
        data: { service: objectLabel(svc).replace(/^Service\//, ''), selector: `{${shown}}`, namespace: svc.namespace ? ` in namespace ${svc.namespace}` : '' },
        at: locate(svc.root, ['spec', 'selector'], svc.loc),
      });
    }
  },
});
