/**
 * Pods that no manifest templates because an operator creates them from a custom resource: the
 * Prometheus Operator runs `prometheus-<name>-N` pods for a Prometheus, Strimzi runs Kafka brokers for
 * a Kafka, CloudNativePG runs Postgres for a Cluster. A Service selecting such pods matches no pod
 * template in the repository and is still right.
 */
import { sameNamespace } from './label-selector';
import { isClientSideConfig, isBuiltInGroup, groupOf } from './schema';
import type { KubernetesObject } from './objects';

/** API groups whose custom resources configure something else and never own pods. */
const NON_WORKLOAD_GROUPS = new Set([
  'cert-manager.io',
  'acme.cert-manager.io',
  'bitnami.com',
  'external-secrets.io',
  'gateway.networking.k8s.io',
  'networking.istio.io',
  'security.istio.io',
  'traefik.io',
  'traefik.containo.us',
  'policy.linkerd.io',
  'kyverno.io',
  'snapshot.storage.k8s.io',
  'keda.sh',
  'kustomize.toolkit.fluxcd.io',
  'source.toolkit.fluxcd.io',
  'notification.toolkit.fluxcd.io',
  'image.toolkit.fluxcd.io',
]);

/** Kinds of the Prometheus Operator's group that only configure scraping, rules or routing. */
const NON_WORKLOAD_KINDS = new Set(['ServiceMonitor', 'PodMonitor', 'Probe', 'PrometheusRule', 'ScrapeConfig', 'AlertmanagerConfig']);

/** Whether the object is a custom resource that may own pods (a Prometheus, a Kafka, a HelmRelease...). */
export function mayOwnPods(obj: KubernetesObject): boolean {
  if (isBuiltInGroup(obj.apiVersion) || isClientSideConfig(obj.apiVersion, obj.kind)) return false;
  if (NON_WORKLOAD_GROUPS.has(groupOf(obj.apiVersion))) return false;
  return !NON_WORKLOAD_KINDS.has(obj.kind);
}

/**
 * How many of a selector's pairs a custom resource mentions: its name is the value
 * (`prometheus: k8s` for the Prometheus `k8s`), one of its labels is the pair, or a label map in its
 * spec holds it (`podMetadata.labels`, `template.metadata.labels`).
 */
function mentions(obj: KubernetesObject, selector: Record<string, string>): number {
  const labels = obj.value.metadata?.labels;
  const own = labels && typeof labels === 'object' ? (labels as Record<string, unknown>) : {};
  return Object.entries(selector).filter(([k, v]) => v === obj.name || String(own[k]) === v || holds(obj.value.spec, k, v, 0)).length;
}

function holds(v: unknown, key: string, value: string, depth: number): boolean {
  if (!v || typeof v !== 'object' || depth > 8) return false;
  if (Array.isArray(v)) return v.some((x) => holds(x, key, value, depth + 1));
  const map = v as Record<string, unknown>;
  if (map[key] !== undefined && String(map[key]) === value) return true;
  return Object.values(map).some((x) => holds(x, key, value, depth + 1));
}

/**
 * The custom resource in the Service's namespace whose operator presumably creates the selected
 * pods: the one that mentions most of the selector's pairs, else the first beside it that may own pods.
 */
export function operatorResourceFor(
  service: KubernetesObject,
  selector: Record<string, string>,
  objects: readonly KubernetesObject[],
): KubernetesObject | undefined {
  let best: KubernetesObject | undefined;
  let bestScore = 0;
  let first: KubernetesObject | undefined;
  for (const obj of objects) {
    if (!sameNamespace(service, obj) || !mayOwnPods(obj)) continue;
    const score = mentions(obj, selector);
    if (score > bestScore) [best, bestScore] = [obj, score];
    if (!first && isBeside(service, obj)) first = obj;
  }
  return best ?? first;
}

/**
 * Surely in the same namespace: both name it, or (a manifest without one goes wherever it is
 * applied) both sit in the same directory.
 */
function isBeside(a: KubernetesObject, b: KubernetesObject): boolean {
  if (a.namespace && b.namespace) return a.namespace === b.namespace;
  return dirOf(a.file) === dirOf(b.file);
}

function dirOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}
