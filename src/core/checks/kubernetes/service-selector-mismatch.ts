import { objectLabel } from '../../kubernetes/objects';
import { unmatchedServices } from '../../kubernetes/unmatched-services';
import { locate } from '../../source/yaml-tree';
import { displayValue } from '../../display-value';
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
      'Make `spec.selector` equal to a subset of the pod template labels of the workload it fronts (`kubectl get endpoints <service>` shows the result on a live cluster). A Service for pods an operator creates from a custom resource in its namespace (a Prometheus, an Alertmanager) is not reported here.',
    messages: {
      noMatch: 'Service "{{service}}" selector {{selector}} matches no pod template{{namespace}}',
    },
  },
  check(ctx) {
    // Services without workloads in their namespace are skipped there: the pods are deployed from elsewhere (a chart, an operator).
    for (const { service: svc, selector, operatorResource } of unmatchedServices(ctx.objects)) {
      // Pods an operator creates from a custom resource: kubernetes/service-selects-operator-pods names it.
      if (operatorResource) continue;
      const shown = Object.entries(selector)
        .map(([k, v]) => `${k}=${displayValue(v)}`)
        .join(', ');
      ctx.report({
        messageId: 'noMatch',
        data: { service: objectLabel(svc).replace(/^Service\//, ''), selector: `{${shown}}`, namespace: svc.namespace ? ` in namespace ${svc.namespace}` : '' },
        at: locate(svc.root, ['spec', 'selector'], svc.loc),
      });
    }
  },
});
