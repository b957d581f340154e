import { deploysMcpServers, imageRepository, listServices, type DeployedService } from '../../services/list-services';
import { containersOf } from '../../kubernetes/objects';
import { toPlain } from '../../source/yaml-tree';
import { missingLocation } from '../missing-location';
import { defineCheck, type RepositoryContext } from '../types';
import { dockerFilterLabels, dockerMetaResolver, keptLabels, passesDockerFilters, survivesRelabel } from './_relabel';
import { isRecord } from './_rules';

/** Compose logging drivers that send logs off the host. */
const SHIPPING_DRIVERS = new Set(['loki', 'fluentd', 'gelf', 'syslog', 'awslogs', 'splunk', 'gcplogs', 'logentries', 'etwlogs']);
const SHIPPER_IMAGES = /(^|\/)(promtail|alloy|fluent-bit|fluentd|vector|opentelemetry-collector(-contrib)?|otel-collector|filebeat|logstash)$|^grafana\/agent$/;

interface DockerLogJob {
  file: string;
  job: string;
  config: Record<string, unknown>;
  sds: Record<string, unknown>[];
}

export default defineCheck({
  id: 'monitoring/log-shipping',
  target: 'repository',
  meta: {
    title: 'Container logs are not shipped off the host',
    category: 'observability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'Container logs live in json-file logs on each endpoint: rotated away after a few megabytes, gone with the container, unreachable when the host is down, and impossible to search across nine MCP servers. A log shipper (Promtail to Loki, Grafana Alloy, Fluent Bit, Vector) keeps them for the incident review; when it discovers containers by label, a service without the label is silently left out.',
    remediation:
      'Deploy a shipper with its config in the repository, e.g. Promtail with `docker_sd_configs` pushing to Loki; when its job filters or keeps containers by a label (`filters: [{name: label, values: [com.mcp.type]}]`), give every service that label.',
    messages: {
      noShipper:
        'no log shipper configuration found (Promtail, Grafana Alloy or Agent, Fluent Bit, Fluentd, Vector, an OpenTelemetry logs pipeline, or a Compose logging driver such as loki); container logs stay on each host',
      unlabelled: 'service "{{service}}" (stack {{stack}}) is not selected by the log shipper: {{file}} job "{{job}}" only reads containers with {{labels}}',
    },
  },
  check(ctx) {
    const services = listServices({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
    if (!services.length) return ctx.notApplicable();
    // Every environment's version of a service: an override may drop the label the shipper keys on.
    const compose = services.filter((s) => s.platform === 'compose');
    const { found, dockerJobs, readsAllContainers } = findShippers(ctx);
    const byDriver = compose.filter(shipsByDriver);
    const shipperWorkload = ctx.kubernetes.some((o) =>
      containersOf(o).some((c) => typeof c.value.image === 'string' && SHIPPER_IMAGES.test(imageRepository(c.value.image))),
    );
    const shipperService = compose.some((s) => s.images.some((i) => SHIPPER_IMAGES.test(imageRepository(i))));
    if (!found && !shipperWorkload && !(compose.length && byDriver.length === compose.length)) {
      // A shipper is asked of a repository that deploys MCP servers; elsewhere, only one that is there is checked.
      if (!deploysMcpServers({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes })) return ctx.notApplicable();
      // A shipper container whose config is not in the repository still ships; it cannot be checked further.
      if (!shipperService) ctx.report({ messageId: 'noShipper', at: missingLocation(ctx) });
      return;
    }
    const selective = dockerJobs.filter(
      (j) => j.sds.some((sd) => dockerFilterLabels(sd).length) || keptLabels(j.config.relabel_configs, '__meta_docker_container_label_').length,
    );
    if (readsAllContainers || !selective.length || selective.length < dockerJobs.length) return;
    for (const s of compose) {
      if (shipsByDriver(s) || selective.some((j) => accepts(j, s))) continue;
      const job = selective[0];
      const labels = [
        ...job.sds.flatMap(dockerFilterLabels).map((l) => `label ${l}`),
        ...keptLabels(job.config.relabel_configs, '__meta_docker_container_label_').map((k) => `${k.label} matching "${k.regex}"`),
      ];
      ctx.report({
        messageId: 'unlabelled',
        data: { service: s.name, stack: s.stack ?? '', file: job.file, job: job.job, labels: labels.join(' and ') },
        at: s.loc,
      });
    }
  },
});

function shipsByDriver(s: DeployedService): boolean {
  const logging = s.value.logging;
  return isRecord(logging) && typeof logging.driver === 'string' && SHIPPING_DRIVERS.has(logging.driver);
}

function accepts(job: DockerLogJob, s: DeployedService): boolean {
  const labels = { ...s.labels, 'com.docker.compose.service': s.name };
  const containerName = typeof s.value.container_name === 'string' ? s.value.container_name : undefined;
  return job.sds.some((sd) => passesDockerFilters(sd, labels)) && survivesRelabel(job.config.relabel_configs, dockerMetaResolver(labels, containerName));
}

function findShippers(ctx: RepositoryContext<string, unknown>): { found: boolean; dockerJobs: DockerLogJob[]; readsAllContainers: boolean } {
  let found = false;
  let readsAllContainers = false;
  const dockerJobs: DockerLogJob[] = [];
  for (const file of ctx.paths) {
    const base = file.split('/').pop()!.toLowerCase();
    if (/\.(alloy|river)$/.test(base) || /^(fluent-bit|fluentbit|fluent|td-agent|vector)\.(conf|ya?ml|toml|json)$/.test(base)) {
      found = true;
      continue;
    }
    if (/\.conf$/.test(base)) {
      const text = ctx.read(file) ?? '';
      if ((/^\s*\[OUTPUT\]/im.test(text) && /^\s*\[INPUT\]/im.test(text)) || (/<match\s/.test(text) && /<source>/.test(text))) found = true;
      continue;
    }
    if (/\.toml$/.test(base)) {
      if (/^\s*\[sinks\./m.test(ctx.read(file) ?? '')) found = true;
      continue;
    }
    if (!/\.ya?ml$/.test(base)) continue;
    const text = ctx.read(file) ?? '';
    if (!/^(clients|positions|logs|sinks|service|loki)\s*:/m.test(text)) continue;
    for (const doc of ctx.yaml(file)?.documents ?? []) {
      const v = toPlain(doc.root);
      if (!isRecord(v)) continue;
      const service = isRecord(v.service) && isRecord(v.service.pipelines) ? v.service.pipelines : undefined;
      if (
        (isRecord(v.logs) && Array.isArray(v.logs.configs)) ||
        (isRecord(v.sinks) && isRecord(v.sources)) ||
        (service && Object.keys(service).some((k) => k.startsWith('logs')))
      ) {
        found = true;
        continue;
      }
      if (!Array.isArray(v.scrape_configs) || !('clients' in v || 'positions' in v || 'client' in v)) continue;
      found = true;
      v.scrape_configs.forEach((job, i) => {
        if (!isRecord(job)) return;
        const sds = Array.isArray(job.docker_sd_configs) ? job.docker_sd_configs.filter(isRecord) : [];
        if (sds.length) dockerJobs.push({ file, job: typeof job.job_name === 'string' ? job.job_name : `#${i + 1}`, config: job, sds });
        const paths = Array.isArray(job.static_configs)
          ? job.static_configs.flatMap((s) => (isRecord(s) && isRecord(s.labels) ? [s.labels.__path__] : []))
          : [];
        if (paths.some((p) => typeof p === 'string' && /docker\/containers/.test(p))) readsAllContainers = true;
      });
    }
  }
  return { found, dockerJobs, readsAllContainers };
}
