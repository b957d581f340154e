/**
 * Which targets a service-discovery job keeps: Docker SD `filters` and the `keep`/`drop` rules of
 * `relabel_configs`, evaluated against the meta labels a Compose service or Kubernetes workload
 * would carry. Meta labels that cannot be known from the repository (container IPs, generated
 * container names, node names) make their rule undecidable, and an undecidable rule keeps the
 * target: a finding needs a rule that certainly excludes it.
 */
import { isRecord } from './_rules';

/** The value of a meta label, '' for a label the target certainly lacks, undefined when it cannot be known. */
export type MetaResolver = (name: string) => string | undefined;

/** Prometheus' label name sanitising: `prometheus.io/scrape` -> `prometheus_io_scrape`. */
function sanitizeLabelName(name: string): string {
  return name.replace(/[^a-zA-Z0-9_]/g, '_');
}

/** Whether the target survives the keep/drop rules (other actions are ignored). */
export function survivesRelabel(rules: unknown, resolve: MetaResolver): boolean {
  if (!Array.isArray(rules)) return true;
  for (const rule of rules) {
    if (!isRecord(rule)) continue;
    const action = typeof rule.action === 'string' ? rule.action.toLowerCase() : 'replace';
    if (action !== 'keep' && action !== 'drop') continue;
    const sources = Array.isArray(rule.source_labels) ? rule.source_labels.map(String) : [];
    if (!sources.length) continue;
    const values = sources.map(resolve);
    if (values.some((v) => v === undefined)) continue;
    const regex = anchored(typeof rule.regex === 'string' ? rule.regex : '(.*)');
    if (!regex) continue;
    const matched = regex.test(values.join(typeof rule.separator === 'string' ? rule.separator : ';'));
    if (action === 'keep' && !matched) return false;
    if (action === 'drop' && matched) return false;
  }
  return true;
}

/** The keep rules of a job that test a container label, as `label` (and `regex`), for messages. */
export function keptLabels(rules: unknown, prefix: string): { label: string; regex: string }[] {
  if (!Array.isArray(rules)) return [];
  const out: { label: string; regex: string }[] = [];
  for (const rule of rules) {
    if (!isRecord(rule) || String(rule.action ?? '').toLowerCase() !== 'keep' || !Array.isArray(rule.source_labels)) continue;
    for (const s of rule.source_labels) {
      if (typeof s === 'string' && s.startsWith(prefix))
        out.push({ label: s.slice(prefix.length), regex: typeof rule.regex === 'string' ? rule.regex : '(.*)' });
    }
  }
  return out;
}

/**
 * Docker SD `filters` of `name: label`: every value (`key` or `key=value`) must match a label of
 * the container. Other filters cannot be judged from the repository and pass.
 */
export function passesDockerFilters(sd: Record<string, unknown>, labels: Readonly<Record<string, string>>): boolean {
  if (!Array.isArray(sd.filters)) return true;
  for (const f of sd.filters) {
    if (!isRecord(f) || f.name !== 'label' || !Array.isArray(f.values)) continue;
    for (const v of f.values) {
      if (typeof v !== 'string') continue;
      const at = v.indexOf('=');
      const key = at >= 0 ? v.slice(0, at) : v;
      if (!(key in labels)) return false;
      if (at >= 0 && labels[key] !== v.slice(at + 1)) return false;
    }
  }
  return true;
}

/** The label filters of a Docker SD config, for messages. */
export function dockerFilterLabels(sd: Record<string, unknown>): string[] {
  if (!Array.isArray(sd.filters)) return [];
  return sd.filters.flatMap((f) =>
    isRecord(f) && f.name === 'label' && Array.isArray(f.values) ? f.values.filter((v): v is string => typeof v === 'string') : [],
  );
}

/** Meta labels of a container as Docker SD (and Docker Swarm SD) exposes them. */
export function dockerMetaResolver(labels: Readonly<Record<string, string>>, containerName: string | undefined): MetaResolver {
  const sanitized = new Map(Object.entries(labels).map(([k, v]) => [sanitizeLabelName(k), v]));
  return (name) => {
    for (const prefix of ['__meta_docker_container_label_', '__meta_dockerswarm_container_label_', '__meta_dockerswarm_service_label_']) {
      if (name.startsWith(prefix)) return sanitized.get(name.slice(prefix.length)) ?? '';
    }
    if (name === '__meta_docker_container_name') return containerName ? `/${containerName}` : undefined;
    return undefined;
  };
}

/** Meta labels of a pod (and, for the endpoints/service roles, of the Service in front of it) as Kubernetes SD exposes them. */
export function kubernetesMetaResolver(pod: {
  namespace?: string;
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
  service?: { name: string; labels: Readonly<Record<string, string>>; annotations: Readonly<Record<string, string>> };
}): MetaResolver {
  const maps: [string, Readonly<Record<string, string>> | undefined][] = [
    ['__meta_kubernetes_pod_label', pod.labels],
    ['__meta_kubernetes_pod_annotation', pod.annotations],
    ['__meta_kubernetes_service_label', pod.service?.labels],
    ['__meta_kubernetes_service_annotation', pod.service?.annotations],
  ];
  const sanitized = maps.map(([prefix, m]) => [prefix, m ? new Map(Object.entries(m).map(([k, v]) => [sanitizeLabelName(k), v])) : undefined] as const);
  return (name) => {
    if (name === '__meta_kubernetes_namespace') return pod.namespace;
    if (name === '__meta_kubernetes_service_name') return pod.service?.name;
    for (const [prefix, m] of sanitized) {
      if (name.startsWith(`${prefix}present_`)) return m ? (m.has(name.slice(prefix.length + 8)) ? 'true' : '') : undefined;
      if (name.startsWith(`${prefix}_`)) return m ? (m.get(name.slice(prefix.length + 1)) ?? '') : undefined;
    }
    return undefined;
  };
}

function anchored(source: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${source})$`, 's');
  } catch {
    return undefined;
  }
}
