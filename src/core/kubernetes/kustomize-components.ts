/**
 * The files a Kustomize Component adds (`kind: Component`, its `resources`). A Component is built only
 * into the overlays that name it, together with its patches, which may change the base it is built
 * on (replicas, for one). Its resources are objects of their own, checked as such, but comparing them
 * with the base's objects as written compares two halves of different builds.
 */
import { resolveKustomizeReference } from '../source/layout';
import type { KubernetesObject } from './objects';

/** Repository-relative files of every Component's resources among the objects (kustomization files included). */
export function componentResourceFiles(objects: readonly KubernetesObject[]): Set<string> {
  const files = new Set<string>();
  for (const o of objects) {
    if (o.kind !== 'Component' || !o.apiVersion?.startsWith('kustomize.config.k8s.io/')) continue;
    const resources = (o.value as { resources?: unknown }).resources;
    if (!Array.isArray(resources)) continue;
    for (const r of resources) if (typeof r === 'string' && !r.includes('://')) files.add(resolveKustomizeReference(o.file, r));
  }
  return files;
}
