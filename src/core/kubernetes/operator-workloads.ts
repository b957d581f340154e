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
 * Whether a custom resource mentions a selector's labels: its name or one of its labels is a
 * selector value (`prometheus: k8s` for the Prometheus `k8s`), or a label map anywhere in its spec
 * (`podMetadata.labels`, `template.metadata.labels`) holds every selector pair.
 */
function mentions(obj: KubernetesObject, selector: Record<string, string>): boolean {
  const values = new Set(Object.values(selector));
  if (values.has(obj.name)) return true;
  const labels = obj.value.metadata?.labels;
  if (labels && typeof labels === 'object' && Object.entries(selector).some(([k, v]) => String((labels as Record<string, unknown>)[k]) === v)) return true;
  return holdsAll(obj.value.spec, selector, 0);
}

function holdsAll(v: unknown, selector: Record<string, string>, depth: number): boolean {
  if (!v || typeof v !== 'object' || depth > 8) return false;
  if (Array.isArray(v)) return v.some((x) => holdsAll(x, selector, depth + 1));
  const map = v as Record<string, unknown>;
  if (Object.entries(selector).every(([k, val]) => map[k] !== undefined && String(map[k]) === val)) return true;
  return Object.values(map).some((x) => holdsAll(x, selector, depth + 1));
}

/**
 * The custom resource in the Service's namespace whose operator presumably creates the selected
 * pods: one that mentions the selector's labels, else the first that may own pods at all.
 */
export function operatorResourceFor(
  service: KubernetesObject,
  selector: Record<string, string>,
  objects: readonly KubernetesObject[],
): KubernetesObject | undefined {
  let first: KubernetesObject | undefined;
  for (const obj of objects) {
    if (!sameNamespace(service, obj) || !mayOwnPods(obj)) continue;
    if (mentions(obj, selector)) return obj;
    if (!first && isBeside(service, obj)) first = obj;
  }
  return first;
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
