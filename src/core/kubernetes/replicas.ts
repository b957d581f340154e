/** How many pods a controller runs: its `replicas`, or the floor set by a HorizontalPodAutoscaler that targets it. */
import type { TreePath } from '../source/yaml-tree';
import { sameNamespace } from './label-selector';
import type { KubernetesObject } from './objects';

/** Controllers whose `spec.replicas` defaults to 1. */
export const REPLICATED_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

export interface ReplicaCount {
  /** The guaranteed number of replicas (HPA minReplicas when an autoscaler owns the controller). */
  count: number;
  source: 'replicas' | 'default' | 'autoscaler';
  /** The object and path that set it. */
  object: KubernetesObject;
  path: TreePath;
}

/** The autoscalers among a set of objects, computed once per set (checks ask for every controller). */
const autoscalersBySet = new WeakMap<readonly KubernetesObject[], KubernetesObject[]>();

export function autoscalerFor(obj: KubernetesObject, objects: readonly KubernetesObject[]): KubernetesObject | undefined {
  let autoscalers = autoscalersBySet.get(objects);
  if (!autoscalers) autoscalersBySet.set(objects, (autoscalers = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')));
  return autoscalers.find((o) => {
    if (!sameNamespace(o, obj)) return false;
    const ref = o.value.spec?.scaleTargetRef;
    return !!ref && typeof ref === 'object' && ref.kind === obj.kind && ref.name === obj.name;
  });
}

/** The replica floor of a replicated controller, or undefined for other kinds or unreadable values (templated `{{ .Values.x }}`). */
export function replicasOf(obj: KubernetesObject, objects: readonly KubernetesObject[] = []): ReplicaCount | undefined {
  if (!REPLICATED_KINDS.has(obj.kind)) return undefined;
  const hpa = autoscalerFor(obj, objects);
  if (hpa) {
    const min = hpa.value.spec?.minReplicas;
    if (min === undefined || min === null) return { count: 1, source: 'autoscaler', object: hpa, path: ['spec', 'minReplicas'] };
    return typeof min === 'number' ? { count: min, source: 'autoscaler', object: hpa, path: ['spec', 'minReplicas'] } : undefined;
  }
  const spec = obj.value.spec;
  const replicas = spec && typeof spec === 'object' ? spec.replicas : undefined;
  if (replicas === undefined || replicas === null) return { count: 1, source: 'default', object: obj, path: ['spec', 'replicas'] };
  return typeof replicas === 'number' ? { count: replicas, source: 'replicas', object: obj, path: ['spec', 'replicas'] } : undefined;
}
