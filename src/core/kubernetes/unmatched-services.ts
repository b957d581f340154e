/**
 * Services whose selector matches no pod template among the manifests, while workloads sit in
 * their namespace (without any, the pods are deployed from elsewhere and nothing can be said).
 */
import { matchesLabelMap } from './label-selector';
import { asStringMap, type KubernetesObject } from './objects';
import { operatorResourceFor } from './operator-workloads';
import { PodTemplateIndex } from './pod-template-index';

export interface UnmatchedService {
  service: KubernetesObject;
  /** The selector as written (`spec.selector`). */
  selector: Record<string, unknown>;
  /** The custom resource whose operator presumably creates the selected pods (operator-workloads.ts), if any. */
  operatorResource?: KubernetesObject;
}

const cache = new WeakMap<readonly KubernetesObject[], UnmatchedService[]>();

export function unmatchedServices(objects: readonly KubernetesObject[]): UnmatchedService[] {
  const cached = cache.get(objects);
  if (cached) return cached;
  const index = new PodTemplateIndex(objects);
  const out: UnmatchedService[] = [];
  for (const service of objects) {
    if (service.kind !== 'Service' || service.apiVersion !== 'v1') continue;
    const spec = service.value.spec;
    if (!spec || typeof spec !== 'object' || spec.type === 'ExternalName') continue;
    const selector = spec.selector;
    if (!selector || typeof selector !== 'object' || Array.isArray(selector) || !Object.keys(selector).length) continue;
    const candidates = index.near(service);
    if (!candidates.length || candidates.some((c) => matchesLabelMap(selector, c.labels))) continue;
    out.push({ service, selector, operatorResource: operatorResourceFor(service, asStringMap(selector), objects) });
  }
  cache.set(objects, out);
  return out;
}
