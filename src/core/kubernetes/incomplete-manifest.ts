/**
 * A YAML document that is meant to be a Kubernetes object but lacks `apiVersion` or `kind`: it has
 * the other one and a `metadata` map. kubectl and the API server reject it; without this it would
 * not be recognised as a manifest at all, and nothing would be checked or reported.
 */
import type { Loc, MapNode } from '../source/yaml-tree';

export interface IncompleteManifest {
  message: string;
  loc: Loc;
}

/** API groups whose documents are configuration files with an apiVersion, not objects with a kind. */
const NOT_OBJECTS = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io|kubeadm\.k8s\.io|kubelet\.config\.k8s\.io)\//;

export function incompleteManifest(root: MapNode): IncompleteManifest | undefined {
  const metadata = root.entries.get('metadata');
  if (metadata?.kind !== 'map') return undefined;
  const apiVersion = root.entries.get('apiVersion');
  const kind = root.entries.get('kind');
  const text = (n: typeof kind): string | undefined => (n?.kind === 'scalar' && typeof n.value === 'string' && n.value ? n.value : undefined);
  const name = text(metadata.entries.get('name'));
  const called = name ? ` "${name}"` : '';
  if (kind && !apiVersion) {
    const k = text(kind);
    if (!k) return undefined;
    return { message: `${k}${called} has no apiVersion: kubectl and the API server reject an object without one`, loc: kind.keyLoc ?? kind.loc };
  }
  if (apiVersion && !kind) {
    const v = text(apiVersion);
    if (!v || NOT_OBJECTS.test(v)) return undefined;
    return {
      message: `the ${v} object${called} has no kind: kubectl and the API server reject an object without one`,
      loc: apiVersion.keyLoc ?? apiVersion.loc,
    };
  }
  return undefined;
}
