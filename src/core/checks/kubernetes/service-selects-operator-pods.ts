import { asStringMap, objectLabel } from '../../kubernetes/objects';
import { unmatchedServices } from '../../kubernetes/unmatched-services';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/service-selects-operator-pods',
  target: 'kubernetes-set',
  meta: {
    title: 'Service selects pods that an operator creates',
    category: 'correctness',
    severity: 'info',
    rationale:
      'A Service whose selector matches no pod template in the repository may front pods an operator creates from a custom resource (the Prometheus Operator runs the pods of a Prometheus or an Alertmanager). stackgate cannot see those pods, so it names the resource it assumes they come from instead of reporting kubernetes/service-selector-mismatch.',
    remediation:
      "Nothing to do when the named resource's operator labels its pods with the selector (`kubectl get endpoints <service>` on a live cluster shows it). Otherwise make `spec.selector` match the pod template labels of the workload the Service fronts.",
    messages: {
      operatorPods: 'Service "{{service}}" selector {{selector}} matches no pod template; it presumably selects the pods of {{resource}} ({{file}}:{{line}})',
    },
  },
  check(ctx) {
    for (const { service: svc, selector, operatorResource: resource } of unmatchedServices(ctx.objects)) {
      if (!resource) continue;
      const shown = Object.entries(asStringMap(selector))
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      ctx.report({
        messageId: 'operatorPods',
        data: {
          service: objectLabel(svc).replace(/^Service\//, ''),
          selector: `{${shown}}`,
          resource: `${resource.apiVersion} ${objectLabel(resource)}`,
          file: resource.file,
          line: resource.loc.line,
        },
        at: locate(svc.root, ['spec', 'selector'], svc.loc),
      });
    }
  },
});
