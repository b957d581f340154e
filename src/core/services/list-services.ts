/**
 * The services a repository deploys, and which of them are MCP servers: Compose services of every
 * environment's effective stacks and Kubernetes Deployments/StatefulSets, each with the host names
 * it answers on, its container ports and its published ports (see describe-service.ts). An MCP
 * server is a name listed in stackgate.yml `mcp.services`, or else a service whose name or image
 * repository has `mcp` as a word part (`mcp-memory`, `memory-mcp`, `crystaldba/postgres-mcp`),
 * unless it is a database or other infrastructure image, or a helper such as a migration job or
 * the MCP Inspector.
 */
import type { ComposeProject } from '../compose/project';
import type { StackgateConfig } from '../config/schema';
import { parseImageReference } from '../kubernetes/image-reference';
import type { KubernetesObject } from '../kubernetes/objects';
import { describeComposeService, describeWorkload, manifestEnvironment, type DeployedService } from './describe-service';

/** A deployed service is described in describe-service.ts; checks import it from here, with the lists. */
export { manifestEnvironment, type DeployedService, type PublishedPort } from './describe-service';

export interface ServiceSources {
  config: StackgateConfig;
  compose: ComposeProject;
  kubernetes: readonly KubernetesObject[];
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet']);

/** Images of databases and infrastructure: a service running one is not an MCP server, whatever its name. */
const INFRASTRUCTURE_IMAGES = new Set([
  'postgres',
  'postgis',
  'timescaledb',
  'timescaledb-ha',
  'mysql',
  'mariadb',
  'mongo',
  'mongodb',
  'redis',
  'valkey',
  'memcached',
  'clickhouse-server',
  'elasticsearch',
  'opensearch',
  'qdrant',
  'chroma',
  'weaviate',
  'milvus',
  'neo4j',
  'rabbitmq',
  'nats',
  'kafka',
  'zookeeper',
  'minio',
  'etcd',
  'prometheus',
  'alertmanager',
  'grafana',
  'loki',
  'promtail',
  'alloy',
  'tempo',
  'cadvisor',
  'node-exporter',
  'nginx',
  'traefik',
  'caddy',
  'haproxy',
  'envoy',
  'pgbouncer',
  'litellm',
]);

/** Name parts of helpers next to an MCP server that are not servers themselves. */
const HELPER_PARTS = new Set(['db', 'database', 'migrate', 'migration', 'migrations', 'inspector', 'backup', 'exporter', 'init', 'setup']);

export function hasMcpWord(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .includes('mcp');
}

/** The repository part of an image (`ghcr.io/acme/mcp-fetch:1.0` -> `acme/mcp-fetch`), lower case. */
export function imageRepository(image: string): string {
  const { name } = parseImageReference(image);
  const parts = name.toLowerCase().split('/');
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) parts.shift();
  if (parts[0] === 'library' && parts.length === 2) parts.shift();
  return parts.join('/');
}

/** The last list per Compose project: a run's checks all ask for the same sources. */
const listed = new WeakMap<ComposeProject, { sources: ServiceSources; services: readonly DeployedService[] }>();

/** Every Compose service of every environment and every Deployment/StatefulSet (computed once per run's sources). */
export function listServices(sources: ServiceSources): readonly DeployedService[] {
  const cached = listed.get(sources.compose);
  if (cached && cached.sources.config === sources.config && cached.sources.kubernetes === sources.kubernetes) return cached.services;
  const services = describeServices(sources);
  listed.set(sources.compose, { sources: { config: sources.config, compose: sources.compose, kubernetes: sources.kubernetes }, services });
  return services;
}

function describeServices(sources: ServiceSources): DeployedService[] {
  const out: DeployedService[] = [];
  const environments = sources.compose.environments;
  for (const env of environments) {
    for (const stack of sources.compose.effective.get(env.name) ?? []) {
      for (const service of stack.services) out.push(describeComposeService(env, stack, service));
    }
  }
  for (const obj of sources.kubernetes) {
    if (WORKLOAD_KINDS.has(obj.kind)) out.push(describeWorkload(manifestEnvironment(obj, sources.config), obj, sources.kubernetes));
  }
  return out;
}

/** The MCP servers among the deployed services (one entry per environment for Compose). */
export function findMcpServices(sources: ServiceSources): readonly DeployedService[] {
  const configured = sources.config.mcp.services;
  return listServices(sources).filter((s) => (configured ? configured.includes(s.name) || s.hosts.some((h) => configured.includes(h)) : looksLikeMcpServer(s)));
}

/** Whether the repository deploys MCP servers: stackgate.yml lists some in `mcp.services`, or some are detected. */
export function deploysMcpServers(sources: ServiceSources): boolean {
  return !!sources.config.mcp.services?.length || findMcpServices(sources).length > 0;
}

export function looksLikeMcpServer(s: Pick<DeployedService, 'name' | 'hosts' | 'images'>): boolean {
  const repositories = s.images.map(imageRepository);
  if (repositories.some((r) => hasMcpWord(r))) return true;
  const named = [s.name, ...s.hosts].some(hasMcpWord);
  if (!named) return false;
  if (repositories.length && repositories.every((r) => INFRASTRUCTURE_IMAGES.has(r.split('/').pop()!))) return false;
  return !s.name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((p) => HELPER_PARTS.has(p));
}

/**
 * Whether a host name reaches the service: one of its names, or for a Kubernetes workload the
 * cluster DNS name of a Service selecting it (`name.namespace`, `name.namespace.svc[.cluster.local]`).
 */
export function hostReaches(host: string, service: Pick<DeployedService, 'platform' | 'hosts'>): boolean {
  const h = host.toLowerCase();
  const hosts = service.hosts.map((x) => x.toLowerCase());
  if (hosts.includes(h)) return true;
  const [first, namespace, ...rest] = h.split('.');
  return service.platform === 'kubernetes' && !!namespace && (rest.length === 0 || rest[0] === 'svc') && hosts.includes(first);
}

export interface NamedService {
  /** The first deployment of the name (as distinctServices(…, 'name') keeps it): where to report. */
  first: DeployedService;
  /** Every deployment of the name: each environment's Compose service, Kubernetes workloads. */
  deployments: DeployedService[];
  /** The name and every host name any of its deployments answers on. */
  hosts: string[];
}

/** The services by name, with the host names of all their deployments (a prod container_name counts too). */
export function servicesByName(services: readonly DeployedService[]): NamedService[] {
  const byName = new Map<string, DeployedService[]>();
  for (const s of services) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  return distinctServices(services, 'name').map((first) => {
    const deployments = byName.get(first.name)!;
    return { first, deployments, hosts: [...new Set([first.name, ...deployments.flatMap((d) => d.hosts)])] };
  });
}

/**
 * One entry per service: `name` keeps the first of each name (Compose before Kubernetes, in
 * environment order); `deployment` keeps one per platform, stack and name.
 */
export function distinctServices(services: readonly DeployedService[], by: 'name' | 'deployment'): DeployedService[] {
  const seen = new Set<string>();
  const ordered = [...services.filter((s) => s.platform === 'compose'), ...services.filter((s) => s.platform === 'kubernetes')];
  return ordered.filter((s) => {
    const key = by === 'name' ? s.name : `${s.platform}|${s.stack ?? s.object?.namespace ?? ''}|${s.name}|${s.loc.file}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
