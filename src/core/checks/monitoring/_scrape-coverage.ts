/**
 * Which Prometheus jobs scrape a service: static targets naming one of its hosts, Docker SD jobs
 * whose filters and keep rules accept its labels (Compose), Kubernetes SD jobs, ServiceMonitors
 * and PodMonitors selecting its pods (Kubernetes).
 */
import type { DeployedService } from '../../services/list-services';
import { hostReaches, imageRepository } from '../../services/list-services';
import { matchesLabelSelector } from '../../kubernetes/label-selector';
import { monitorsIn, servicesSelecting } from '../../kubernetes/pod-template-index';
import { asStringMap, podLabelsOf, podTemplatePath, type KubernetesObject } from '../../kubernetes/objects';
import type { TreeDocument } from '../../source/workspace';
import { getNode, toPlain } from '../../source/yaml-tree';
import { dockerMetaResolver, kubernetesMetaResolver, passesDockerFilters, survivesRelabel } from './_relabel';
import { isRecord } from './_rules';

export interface ScrapeJob {
  file: string;
  name: string;
  config: Record<string, unknown>;
}

export interface Scraper {
  /** The value of the `job` label of the scraped series. */
  job: string;
  /** How it is scraped, for messages. */
  how: string;
}

export function scrapeJobsOf(configs: readonly TreeDocument[]): ScrapeJob[] {
  const out: ScrapeJob[] = [];
  for (const doc of configs) {
    const list = toPlain(getNode(doc.root, ['scrape_configs']));
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (isRecord(c)) out.push({ file: doc.file, name: typeof c.job_name === 'string' ? c.job_name : `#${i + 1}`, config: c });
    });
  }
  return out;
}

export function scrapersOf(service: DeployedService, jobs: readonly ScrapeJob[], kubernetes: readonly KubernetesObject[]): Scraper[] {
  const out: Scraper[] = [];
  const isPrometheus = service.images.some((i) => imageRepository(i).endsWith('prometheus'));
  for (const job of jobs) {
    const target = staticTargets(job.config).find(({ host }) => {
      if (isPrometheus && (host === 'localhost' || host === '127.0.0.1')) return true;
      return hostReaches(host, service);
    });
    if (target) {
      out.push({ job: job.name, how: `static target ${target.text} of job "${job.name}"` });
      continue;
    }
    if (service.platform === 'compose' && acceptsContainer(job.config, service))
      out.push({ job: job.name, how: `Docker service discovery of job "${job.name}"` });
    if (service.platform === 'kubernetes' && service.object && acceptsPod(job.config, service.object, kubernetes))
      out.push({ job: job.name, how: `Kubernetes service discovery of job "${job.name}"` });
  }
  if (service.platform === 'kubernetes' && service.object) out.push(...monitorsOf(service.object, kubernetes));
  return out;
}

function staticTargets(config: Record<string, unknown>): { host: string; text: string }[] {
  const out: { host: string; text: string }[] = [];
  if (!Array.isArray(config.static_configs)) return out;
  for (const sc of config.static_configs) {
    if (!isRecord(sc) || !Array.isArray(sc.targets)) continue;
    for (const t of sc.targets) {
      if (typeof t !== 'string') continue;
      const m = /^(?:\w+:\/\/)?(\[[^\]]+\]|[^:/]+)/.exec(t.trim());
      if (m) out.push({ host: m[1].toLowerCase(), text: t });
    }
  }
  return out;
}

function acceptsContainer(config: Record<string, unknown>, service: DeployedService): boolean {
  const sds = [config.docker_sd_configs, config.dockerswarm_sd_configs].flatMap((v) => (Array.isArray(v) ? v.filter(isRecord) : []));
  if (!sds.length) return false;
  const labels = { ...service.labels, 'com.docker.compose.service': service.name };
  if (!sds.some((sd) => passesDockerFilters(sd, labels))) return false;
  const containerName = typeof service.value.container_name === 'string' ? service.value.container_name : undefined;
  return survivesRelabel(config.relabel_configs, dockerMetaResolver(labels, containerName));
}

function podMeta(obj: KubernetesObject): { labels: Record<string, string>; annotations: Record<string, string> } {
  const tpl = podTemplatePath(obj);
  const template = tpl ? (getNode(obj.root, [...tpl, 'metadata', 'annotations']) ?? undefined) : undefined;
  return { labels: podLabelsOf(obj), annotations: asStringMap(toPlain(template)) };
}

function acceptsPod(config: Record<string, unknown>, obj: KubernetesObject, kubernetes: readonly KubernetesObject[]): boolean {
  const sds = Array.isArray(config.kubernetes_sd_configs) ? config.kubernetes_sd_configs.filter(isRecord) : [];
  const pod = { namespace: obj.namespace, ...podMeta(obj) };
  return sds.some((sd) => {
    const names = isRecord(sd.namespaces) && Array.isArray(sd.namespaces.names) ? sd.namespaces.names.map(String) : [];
    if (names.length && obj.namespace && !names.includes(obj.namespace)) return false;
    const role = String(sd.role ?? '').toLowerCase();
    if (role === 'pod') return survivesRelabel(config.relabel_configs, kubernetesMetaResolver(pod));
    if (role !== 'endpoints' && role !== 'endpointslice' && role !== 'service') return false;
    return servicesSelecting(obj, podLabelsOf(obj), kubernetes).some((svc) =>
      survivesRelabel(
        config.relabel_configs,
        kubernetesMetaResolver({
          ...pod,
          service: { name: svc.name, labels: asStringMap(svc.value.metadata?.labels), annotations: asStringMap(svc.value.metadata?.annotations) },
        }),
      ),
    );
  });
}

/** Whether a monitor in `monitor`'s namespace with this namespaceSelector watches namespace `ns`. */
function watchesNamespace(monitor: KubernetesObject, ns: string | undefined): boolean {
  const sel = monitor.value.spec?.namespaceSelector;
  if (isRecord(sel) && sel.any === true) return true;
  if (isRecord(sel) && Array.isArray(sel.matchNames) && sel.matchNames.length) return !ns || sel.matchNames.map(String).includes(ns);
  return !monitor.namespace || !ns || monitor.namespace === ns;
}

function monitorsOf(obj: KubernetesObject, kubernetes: readonly KubernetesObject[]): Scraper[] {
  const out: Scraper[] = [];
  const labels = podLabelsOf(obj);
  const services = servicesSelecting(obj, labels, kubernetes);
  for (const m of monitorsIn(kubernetes)) {
    if (m.kind === 'PodMonitor' && watchesNamespace(m, obj.namespace) && matchesLabelSelector(m.value.spec?.selector, labels)) {
      out.push({ job: `${m.namespace ?? obj.namespace ?? 'default'}/${m.name}`, how: `PodMonitor ${m.name}` });
    }
    if (m.kind !== 'ServiceMonitor') continue;
    for (const svc of services) {
      if (!watchesNamespace(m, svc.namespace) || !matchesLabelSelector(m.value.spec?.selector, asStringMap(svc.value.metadata?.labels))) continue;
      const jobLabel = typeof m.value.spec?.jobLabel === 'string' ? asStringMap(svc.value.metadata?.labels)[m.value.spec.jobLabel] : undefined;
      out.push({ job: jobLabel ?? svc.name, how: `ServiceMonitor ${m.name} (Service ${svc.name})` });
    }
  }
  return out;
}
