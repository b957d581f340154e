/** Workloads with their pod labels computed once, looked up by namespace (set checks compare many pairs). */
import { isWorkload, podLabelsOf, type KubernetesObject } from './objects';

export interface PodTemplateEntry {
  workload: KubernetesObject;
  labels: Record<string, string>;
}

export class PodTemplateIndex {
  private readonly byNamespace = new Map<string, PodTemplateEntry[]>();
  private readonly unnamespaced: PodTemplateEntry[] = [];
  private readonly all: PodTemplateEntry[] = [];

  constructor(objects: readonly KubernetesObject[]) {
    for (const workload of objects) {
      if (!isWorkload(workload)) continue;
      const entry = { workload, labels: podLabelsOf(workload) };
      this.all.push(entry);
      if (!workload.namespace) this.unnamespaced.push(entry);
      else this.byNamespace.set(workload.namespace, [...(this.byNamespace.get(workload.namespace) ?? []), entry]);
    }
  }

  /** Workloads that may share `obj`'s namespace (see sameNamespace in label-selector.ts). */
  near(obj: KubernetesObject): readonly PodTemplateEntry[] {
    if (!obj.namespace) return this.all;
    return [...(this.byNamespace.get(obj.namespace) ?? []), ...this.unnamespaced];
  }
}
