/**
 * The objects of a run looked up by namespace, built once per run's object list: set checks and
 * repository checks compare many pairs (workload and Service, workload and monitor), and a scan of
 * every object per workload made them quadratic.
 */
import { isWorkload, podLabelsOf, type KubernetesObject } from './objects';
import { matchesLabelMap } from './label-selector';

/** Entries grouped by their object's namespace; `near` gives the ones sameNamespace accepts. */
class NamespaceIndex<T extends { object: KubernetesObject }> {
  private readonly byNamespace = new Map<string, T[]>();
  private readonly unnamespaced: T[] = [];
  readonly all: T[] = [];

  add(entry: T): void {
    this.all.push(entry);
    const ns = entry.object.namespace;
    if (!ns) this.unnamespaced.push(entry);
    else {
      const list = this.byNamespace.get(ns);
      if (list) list.push(entry);
      else this.byNamespace.set(ns, [entry]);
    }
  }

  /** Entries that may share `obj`'s namespace (see sameNamespace in label-selector.ts). */
  near(obj: KubernetesObject): readonly T[] {
    if (!obj.namespace) return this.all;
    const same = this.byNamespace.get(obj.namespace) ?? [];
    return this.unnamespaced.length ? [...same, ...this.unnamespaced] : same;
  }
}

export interface PodTemplateEntry {
  workload: KubernetesObject;
  object: KubernetesObject;
  labels: Record<string, string>;
}

/** Workloads with their pod labels computed once. */
export class PodTemplateIndex {
  private readonly index = new NamespaceIndex<PodTemplateEntry>();

  constructor(objects: readonly KubernetesObject[]) {
    for (const workload of objects) if (isWorkload(workload)) this.index.add({ workload, object: workload, labels: podLabelsOf(workload) });
  }

  near(obj: KubernetesObject): readonly PodTemplateEntry[] {
    return this.index.near(obj);
  }
}

/** Services by namespace ('' for none), then by the first pair of their selector ("key\0value"). */
type ServicesBySelector = Map<string, Map<string, KubernetesObject[]>>;

interface ObjectIndex {
  services: ServicesBySelector;
  /** Position of each Service in the object list: results keep the order of the manifests. */
  order: Map<KubernetesObject, number>;
  monitors: KubernetesObject[];
}

const indexes = new WeakMap<readonly KubernetesObject[], ObjectIndex>();

function indexOf(objects: readonly KubernetesObject[]): ObjectIndex {
  let index = indexes.get(objects);
  if (!index) {
    index = { services: new Map(), order: new Map(), monitors: [] };
    objects.forEach((object, i) => {
      if (object.kind === 'PodMonitor' || object.kind === 'ServiceMonitor') index!.monitors.push(object);
      if (object.kind !== 'Service') return;
      const selector = object.value.spec?.selector;
      // A Service without a selector (or an empty one) selects no pods.
      const first = selector && typeof selector === 'object' && !Array.isArray(selector) ? Object.entries(selector as Record<string, unknown>)[0] : undefined;
      if (!first) return;
      const ns = object.namespace ?? '';
      let bySelector = index!.services.get(ns);
      if (!bySelector) index!.services.set(ns, (bySelector = new Map()));
      const key = `${first[0]}\0${String(first[1])}`;
      const list = bySelector.get(key);
      if (list) list.push(object);
      else bySelector.set(key, [object]);
      index!.order.set(object, i);
    });
    indexes.set(objects, index);
  }
  return index;
}

/**
 * The Services of `objects` whose selector picks pods with `podLabels` in `workload`'s namespace
 * (see sameNamespace): only Services whose first selector pair is one of the pod's labels are
 * compared in full.
 */
export function servicesSelecting(workload: KubernetesObject, podLabels: Record<string, string>, objects: readonly KubernetesObject[]): KubernetesObject[] {
  const index = indexOf(objects);
  const buckets = workload.namespace ? [index.services.get(workload.namespace), index.services.get('')] : [...index.services.values()];
  const found = new Set<KubernetesObject>();
  for (const bucket of buckets) {
    if (!bucket) continue;
    for (const [k, v] of Object.entries(podLabels)) {
      for (const svc of bucket.get(`${k}\0${v}`) ?? []) if (matchesLabelMap(svc.value.spec?.selector, podLabels)) found.add(svc);
    }
  }
  return [...found].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

/** The PodMonitors and ServiceMonitors among `objects`. */
export function monitorsIn(objects: readonly KubernetesObject[]): readonly KubernetesObject[] {
  return indexOf(objects).monitors;
}
