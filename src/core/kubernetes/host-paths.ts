/** hostPath volumes of a pod spec, and which host paths are too sensitive to mount. */
import { scalarText } from '../display-value';
import type { TreePath } from '../source/yaml-tree';
import { podSpecOf, podSpecPath, type KubernetesObject } from './objects';

export interface HostPathVolume {
  volume: string;
  path: string;
  /** Path of the `hostPath.path` value inside the object. */
  at: TreePath;
}

export function hostPathVolumes(obj: KubernetesObject): HostPathVolume[] {
  const spec = podSpecOf(obj);
  const specPath = podSpecPath(obj);
  if (!spec || !specPath || !Array.isArray(spec.volumes)) return [];
  const out: HostPathVolume[] = [];
  spec.volumes.forEach((v: unknown, i: number) => {
    if (!v || typeof v !== 'object') return;
    const hp = (v as Record<string, unknown>).hostPath;
    if (!hp || typeof hp !== 'object') return;
    const p = (hp as Record<string, unknown>).path;
    out.push({
      volume: scalarText((v as Record<string, unknown>).name) ?? `#${i}`,
      path: typeof p === 'string' ? p : '',
      at: [...specPath, 'volumes', i, 'hostPath', 'path'],
    });
  });
  return out;
}

/** Exact host paths that expose the node (kube-linter sensitive-host-mounts and docker-sock, plus runtime sockets). */
const SENSITIVE_EXACT = new Set([
  '/',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/proc',
  '/sys',
  '/usr',
  '/root',
  '/var',
  '/var/run',
  '/run',
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
  '/var/run/cri-dockerd.sock',
]);

/** Host directories whose whole subtree is sensitive (kubelet credentials, runtime state, cluster PKI). */
const SENSITIVE_PREFIXES = [
  '/var/lib/kubelet',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/etc/kubernetes',
  '/var/run/secrets',
  '/run/secrets',
  '/proc',
  '/sys',
];

export function normalizeHostPath(p: string): string {
  const collapsed = p.trim().replace(/\/+/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

export function isSensitiveHostPath(p: string): boolean {
  const n = normalizeHostPath(p);
  if (SENSITIVE_EXACT.has(n)) return true;
  return SENSITIVE_PREFIXES.some((prefix) => n === prefix || n.startsWith(`${prefix}/`));
}

export function isContainerRuntimeSocket(p: string): boolean {
  return /\.sock$/.test(normalizeHostPath(p)) && SENSITIVE_EXACT.has(normalizeHostPath(p));
}
