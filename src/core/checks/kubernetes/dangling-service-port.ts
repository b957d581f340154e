import { matchesLabelMap } from '../../kubernetes/label-selector';
import { containersOf, objectLabel, type KubernetesObject } from '../../kubernetes/objects';
import { hasPlaceholder } from '../../kubernetes/placeholders';
import { PodTemplateIndex } from '../../kubernetes/pod-template-index';
import { locate } from '../../source/yaml-tree';
import { defineCheck } from '../types';

function portNames(obj: KubernetesObject): Set<string> {
  const names = new Set<string>();
  for (const c of containersOf(obj)) {
    if (c.kind === 'ephemeralContainer' || !Array.isArray(c.value.ports)) continue;
    for (const p of c.value.ports) if (p && typeof p === 'object' && typeof p.name === 'string') names.add(p.name);
  }
  return names;
}

export default defineCheck({
  id: 'kubernetes/dangling-service-port',
  target: 'kubernetes-set',
  meta: {
    title: 'Service targets a port name its pods do not define',
    category: 'correctness',
    severity: 'error',
    rationale:
      'A named `targetPort` is resolved against the `ports[].name` of the selected pods; when no container defines that name the Service has no ready endpoints for the port and every request fails. kube-linter (invalid-target-ports, dangling-service) covers related cases.',
    remediation: "Name the container port (`ports: [{ name: http, containerPort: 8080 }]`) the same as the Service's `targetPort`, or use the port number.",
    messages: {
      unknownName: 'Service "{{service}}" port {{port}} targets "{{target}}", which no container of {{workloads}} defines',
    },
  },
  check(ctx) {
    const index = new PodTemplateIndex(ctx.objects);
    const names = new Map<KubernetesObject, Set<string>>();
    const namesOf = (w: KubernetesObject): Set<string> => {
      let n = names.get(w);
      if (!n) names.set(w, (n = portNames(w)));
      return n;
    };
    for (const svc of ctx.objects) {
      if (svc.kind !== 'Service' || svc.apiVersion !== 'v1') continue;
      const spec = svc.value.spec;
      if (!spec || typeof spec !== 'object' || !Array.isArray(spec.ports)) continue;
      const selector = spec.selector;
      if (!selector || typeof selector !== 'object' || !Object.keys(selector).length) continue;
      const selected = index
        .near(svc)
        .filter((c) => matchesLabelMap(selector, c.labels))
        .map((c) => c.workload);
      // No selected workload is kubernetes/service-selector-mismatch's finding.
      if (!selected.length) continue;
      spec.ports.forEach((p: unknown, i: number) => {
        if (!p || typeof p !== 'object') return;
        const { targetPort, port, name } = p as Record<string, unknown>;
        // A Flux `${APP_PORT}` placeholder becomes a number or a name only after substitution.
        if (typeof targetPort !== 'string' || /^\d+$/.test(targetPort) || hasPlaceholder(targetPort)) return;
        const missing = selected.filter((w) => !namesOf(w).has(targetPort));
        if (!missing.length) return;
        ctx.report({
          messageId: 'unknownName',
          data: {
            service: objectLabel(svc).replace(/^Service\//, ''),
            port: typeof name === 'string' ? `"${name}"` : String(port ?? `#${i + 1}`),
            target: targetPort,
            workloads: missing.map(objectLabel).join(', '),
          },
          at: locate(svc.root, ['spec', 'ports', i, 'targetPort'], svc.loc),
        });
      });
    }
  },
});
