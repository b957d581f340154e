/** Kubernetes manifests as the checks see them: identity, tree with positions, pod spec helpers. */
import { displayValue, scalarText } from '../display-value';
import type { Loc, MapNode, TreePath } from '../source/yaml-tree';

export interface KubernetesObject {
  file: string;
  /** 0-based document index inside the file. */
  docIndex: number;
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  root: MapNode;
  // Manifests are arbitrary nested data; checks narrow what they read.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value: Record<string, any>;
  loc: Loc;
  /** Built by `kubectl kustomize` from the overlay in this directory: the same base line is checked once per overlay. */
  overlay?: string;
}

export interface ContainerRef {
  /** Path from the object root to the container map. */
  path: TreePath;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value: Record<string, any>;
  name: string;
  kind: 'container' | 'initContainer' | 'ephemeralContainer';
}

const POD_SPEC_PATHS: Record<string, TreePath> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

const POD_TEMPLATE_PATHS: Record<string, TreePath> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

export function isWorkload(obj: KubernetesObject): boolean {
  return obj.kind in POD_SPEC_PATHS;
}

/** Path of the pod spec inside a workload, or undefined for non-workloads. */
export function podSpecPath(obj: KubernetesObject): TreePath | undefined {
  return POD_SPEC_PATHS[obj.kind];
}

/** Path of the pod template (metadata + spec) inside a controller, or undefined. */
export function podTemplatePath(obj: KubernetesObject): TreePath | undefined {
  return POD_TEMPLATE_PATHS[obj.kind];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function podSpecOf(obj: KubernetesObject): Record<string, any> | undefined {
  const path = podSpecPath(obj);
  if (!path) return undefined;
  const v = plainAt(obj.value, path);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : undefined;
}

/** Labels of the pods a workload creates. */
export function podLabelsOf(obj: KubernetesObject): Record<string, string> {
  if (obj.kind === 'Pod') return asStringMap(obj.value.metadata?.labels);
  const tpl = podTemplatePath(obj);
  if (!tpl) return {};
  return asStringMap(plainAt(obj.value, [...tpl, 'metadata', 'labels']));
}

export function containersOf(obj: KubernetesObject): ContainerRef[] {
  const specPath = podSpecPath(obj);
  const spec = podSpecOf(obj);
  if (!specPath || !spec) return [];
  const out: ContainerRef[] = [];
  const lists: [string, ContainerRef['kind']][] = [
    ['initContainers', 'initContainer'],
    ['containers', 'container'],
    ['ephemeralContainers', 'ephemeralContainer'],
  ];
  for (const [field, kind] of lists) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (c && typeof c === 'object' && !Array.isArray(c)) {
        out.push({ path: [...specPath, field, i], value: c, name: scalarText(c.name) ?? `#${i}`, kind });
      }
    });
  }
  return out;
}

/**
 * Sidecars a service mesh injects into the manifest (`istioctl kube-inject`, `linkerd inject`): the
 * mesh defines them and their probes (Istio's proxy has a readiness probe only, on a port it does not
 * declare, by design), so their probes are not the author's to set.
 */
const MESH_SIDECARS = new Set(['istio-proxy', 'linkerd-proxy']);

/** The containers whose probes the manifest's author sets: containersOf without injected mesh sidecars. */
export function probedContainersOf(obj: KubernetesObject): ContainerRef[] {
  return containersOf(obj).filter((c) => !(c.kind === 'container' && MESH_SIDECARS.has(c.name)));
}

/** A value inside the object's plain data (already computed once when the file was loaded). */
function plainAt(value: unknown, path: TreePath): unknown {
  let cur = value;
  for (const seg of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

export function asStringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    // A map or list where a label value belongs matches nothing and shows as JSON, not `[object Object]`.
    for (const [k, val] of Object.entries(v)) out[k] = displayValue(val);
  }
  return out;
}

/** `namespace/Kind/name` for messages and dedup. */
export function objectLabel(obj: KubernetesObject): string {
  return `${obj.kind}/${obj.namespace ? `${obj.namespace}/` : ''}${obj.name}`;
}

/**
 * The object as the API server receives it from a SOPS-encrypted manifest: without the top-level
 * `sops:` metadata (its MAC, key groups, version), which SOPS and Flux's decryption strip before
 * applying, and with each ciphertext a value of its type (an empty string, 0 or false). Any other
 * object is returned as it is.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withoutSopsMetadata(value: Record<string, any>): Record<string, any> {
  const sops = value.sops;
  if (!sops || typeof sops !== 'object' || Array.isArray(sops) || !('mac' in sops || 'lastmodified' in sops || 'version' in sops)) return value;
  const { sops: _metadata, ...rest } = value;
  return decrypted(rest) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** SOPS ciphertexts (`ENC[AES256_GCM,data:…,type:int]`) as a value of their type: what the schema sees once decrypted. */
function decrypted(value: unknown): unknown {
  if (typeof value === 'string') {
    if (!value.startsWith('ENC[')) return value;
    const type = /,type:(\w+)\]$/.exec(value)?.[1];
    return type === 'int' || type === 'float' ? 0 : type === 'bool' ? false : '';
  }
  if (Array.isArray(value)) return value.map(decrypted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decrypted(v)]));
  return value;
}
