/** Reading security settings of a pod and its containers, with the path to report at. */
import type { TreePath } from '../source/yaml-tree';
import { podSpecOf, podSpecPath, type ContainerRef, type KubernetesObject } from './objects';

export interface SettingRef {
  value: unknown;
  /** Where the setting is written, or where it would go (the container) when unset. */
  path: TreePath;
  /** Where the effective value comes from. */
  source: 'container' | 'pod' | 'unset';
}

function record(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The container's `securityContext` as a map (empty when absent or malformed). */
export function containerSecurityContext(container: ContainerRef): Record<string, unknown> {
  return record(container.value.securityContext) ?? {};
}

export function podSecurityContext(obj: KubernetesObject): Record<string, unknown> {
  return record(podSpecOf(obj)?.securityContext) ?? {};
}

/**
 * A setting that exists on both the pod and the container securityContext (runAsNonRoot,
 * runAsUser, seccompProfile...): the container wins.
 */
export function effectiveSetting(obj: KubernetesObject, container: ContainerRef, key: string): SettingRef {
  const sc = containerSecurityContext(container);
  if (sc[key] !== undefined && sc[key] !== null) return { value: sc[key], path: [...container.path, 'securityContext', key], source: 'container' };
  const pod = podSecurityContext(obj);
  const specPath = podSpecPath(obj) ?? [];
  if (pod[key] !== undefined && pod[key] !== null) return { value: pod[key], path: [...specPath, 'securityContext', key], source: 'pod' };
  return { value: undefined, path: container.path, source: 'unset' };
}

/** Containers that run the workload: init and regular containers (ephemeral debug containers are not in manifests). */
export function isRunnable(container: ContainerRef): boolean {
  return container.kind !== 'ephemeralContainer';
}
