/**
 * One deployed service as the readiness checks see it: a Compose service of one environment's
 * effective stack, or a Kubernetes Deployment/StatefulSet, with the names it is reached by, the
 * ports it listens on and publishes, its labels, variables and command line.
 */
import { environmentOfManifest, isProductionManifest } from '../kubernetes/environment';
import type { EnvironmentInfo } from '../config/environments';
import { parsePortSpec } from '../compose/merge';
import type { EffectiveService, EffectiveStack } from '../compose/types';
import type { StackgateConfig } from '../config/schema';
import { servicesSelecting } from '../kubernetes/pod-template-index';
import { asStringMap, containersOf, podLabelsOf, podTemplatePath, type KubernetesObject } from '../kubernetes/objects';
import type { Loc, MapNode, TreeNode } from '../source/yaml-tree';

export interface PublishedPort {
  hostIp: string;
  /** First published port (a range counts by its start); undefined when Compose picks one. */
  published?: number;
  target: number;
  protocol: string;
  loc: Loc;
}

export interface DeployedService {
  platform: 'compose' | 'kubernetes';
  /** Compose service name or Kubernetes workload name. */
  name: string;
  /** Compose: the environment of the effective stack. Kubernetes: the manifest's environment, when known. */
  environment?: string;
  isProduction: boolean;
  /** Compose stack name. */
  stack?: string;
  /** The Compose service (value, node, loc). */
  service?: EffectiveService;
  /** The Kubernetes workload. */
  object?: KubernetesObject;
  /** Plain data of the service or workload. */
  value: Record<string, unknown>;
  node: MapNode;
  /** Where the service is declared (Compose service key, Kubernetes document start). */
  loc: Loc;
  /** Images (Compose: one; Kubernetes: every container's). */
  images: string[];
  /** Names other containers resolve to it: service name, container_name, hostname, network aliases; for Kubernetes the Services selecting it. */
  hosts: string[];
  /** Networks it joins (Compose: resolved names, `host` for network_mode host; Kubernetes: its namespace). */
  networks: string[];
  /** Ports it listens on inside the container (port targets, expose, PORT-like variables and flags, com.mcp.port). */
  containerPorts: number[];
  /** Kubernetes: ports of the Services selecting it (what a client dials on the Service name). */
  servicePorts: number[];
  /** Compose published ports. */
  publishedPorts: PublishedPort[];
  /** Compose labels; Kubernetes pod template labels and annotations. */
  labels: Record<string, string>;
  /** Environment variables with a literal value (Compose: after interpolation). */
  variables: Record<string, string>;
  /** Command and arguments (Compose `command`; Kubernetes containers' command and args). */
  args: string[];
}

const PORT_VARIABLES = new Set(['PORT', 'MCP_PORT', 'SSE_PORT', 'HTTP_PORT', 'SERVER_PORT', 'FASTMCP_PORT', 'MCP_SERVER_PORT']);
const PORT_FLAG = /^--(?:sse-|http-|mcp-|server-)?port(?:=(\d+))?$/;

/** The environment of a manifest (kubernetes/environment.ts); undefined counts as production. */
export function manifestEnvironment(obj: KubernetesObject, config: StackgateConfig): { name?: string; isProduction: boolean } {
  return { name: environmentOfManifest(obj, config), isProduction: isProductionManifest(obj, config) };
}

export function describeComposeService(env: EnvironmentInfo, stack: EffectiveStack, service: EffectiveService): DeployedService {
  const v = service.value;
  const labels = stringMap(v.labels);
  const environment = stringMap(v.environment);
  const hosts = [service.name];
  for (const key of ['container_name', 'hostname']) if (typeof v[key] === 'string' && v[key]) hosts.push(v[key] as string);
  const networks: string[] = [];
  const topNetworks = stack.node.entries.get('networks');
  const nameNode = stack.node.entries.get('name');
  const project = nameNode?.kind === 'scalar' && typeof nameNode.value === 'string' && nameNode.value ? nameNode.value : stack.name;
  const networkName = (key: string): string => {
    const def = topNetworks?.kind === 'map' ? topNetworks.entries.get(key) : undefined;
    const named = def?.kind === 'map' ? def.entries.get('name') : undefined;
    return named?.kind === 'scalar' && typeof named.value === 'string' ? named.value : `${project}_${key}`;
  };
  if (v.network_mode === 'host') networks.push('host');
  else if (typeof v.network_mode === 'string' && v.network_mode.startsWith('service:')) networks.push(`service:${v.network_mode.slice(8)}`);
  else if (Array.isArray(v.networks)) v.networks.forEach((n) => typeof n === 'string' && networks.push(networkName(n)));
  else if (v.networks && typeof v.networks === 'object') {
    for (const [key, def] of Object.entries(v.networks as Record<string, unknown>)) {
      networks.push(networkName(key));
      const aliases = def && typeof def === 'object' ? (def as { aliases?: unknown }).aliases : undefined;
      if (Array.isArray(aliases)) aliases.forEach((a) => typeof a === 'string' && hosts.push(a));
    }
  }
  if (!networks.length && v.network_mode === undefined) networks.push(networkName('default'));

  const publishedPorts = publishedPortsOf(service.node.entries.get('ports'));
  const containerPorts = new Set<number>(publishedPorts.map((p) => p.target));
  if (Array.isArray(v.expose)) v.expose.forEach((e) => addPort(containerPorts, String(e)));
  for (const key of ['com.mcp.port', 'mcp.port']) addPort(containerPorts, labels[key]);
  for (const [key, val] of Object.entries(environment)) if (PORT_VARIABLES.has(key)) addPort(containerPorts, val);
  const args = Array.isArray(v.command) ? v.command.map(String) : typeof v.command === 'string' ? v.command.split(/\s+/) : [];
  portFlags(args).forEach((p) => containerPorts.add(p));
  return {
    platform: 'compose',
    name: service.name,
    environment: env.name,
    isProduction: env.isProduction,
    stack: stack.name,
    service,
    value: v,
    node: service.node,
    loc: service.loc,
    images: typeof v.image === 'string' && v.image ? [v.image] : [],
    hosts: unique(hosts),
    networks: unique(networks),
    containerPorts: [...containerPorts].sort((a, b) => a - b),
    servicePorts: [],
    publishedPorts,
    labels,
    variables: environment,
    args,
  };
}

export function describeWorkload(env: { name?: string; isProduction: boolean }, obj: KubernetesObject, all: readonly KubernetesObject[]): DeployedService {
  const podLabels = podLabelsOf(obj);
  const tpl = podTemplatePath(obj);
  const annotations = tpl ? asStringMap(plainAt(obj.value, [...tpl, 'metadata', 'annotations'])) : {};
  const containers = containersOf(obj).filter((c) => c.kind === 'container');
  const containerPorts = new Set<number>();
  const images: string[] = [];
  const variables: Record<string, string> = {};
  const args: string[] = [];
  for (const c of containers) {
    if (typeof c.value.image === 'string') images.push(c.value.image);
    if (Array.isArray(c.value.ports)) for (const p of c.value.ports) if (p && typeof p.containerPort === 'number') containerPorts.add(p.containerPort);
    if (Array.isArray(c.value.env))
      for (const e of c.value.env)
        if (e && typeof e.name === 'string' && (typeof e.value === 'string' || typeof e.value === 'number')) variables[e.name] = String(e.value);
    for (const list of [c.value.command, c.value.args]) if (Array.isArray(list)) args.push(...list.map(String));
  }
  for (const [key, val] of Object.entries(variables)) if (PORT_VARIABLES.has(key)) addPort(containerPorts, val);
  portFlags(args).forEach((p) => containerPorts.add(p));
  // Pods are reached through the Services that select them, not by the workload's name.
  const hosts: string[] = [];
  const servicePorts = new Set<number>();
  for (const svc of servicesSelecting(obj, podLabels, all)) {
    hosts.push(svc.name);
    if (Array.isArray(svc.value.spec?.ports)) for (const p of svc.value.spec.ports) if (p && typeof p.port === 'number') servicePorts.add(p.port);
  }
  if (typeof obj.value.spec?.serviceName === 'string') hosts.push(obj.value.spec.serviceName);
  return {
    platform: 'kubernetes',
    name: obj.name,
    environment: env.name,
    isProduction: env.isProduction,
    object: obj,
    value: obj.value,
    node: obj.root,
    loc: metadataNameLoc(obj) ?? obj.loc,
    images,
    hosts: unique(hosts),
    networks: [obj.namespace ?? '(default namespace)'],
    containerPorts: [...containerPorts].sort((a, b) => a - b),
    servicePorts: [...servicePorts].sort((a, b) => a - b),
    publishedPorts: [],
    labels: { ...podLabels, ...annotations },
    variables,
    args,
  };
}

function metadataNameLoc(obj: KubernetesObject): Loc | undefined {
  const meta = obj.root.entries.get('metadata');
  const name = meta?.kind === 'map' ? meta.entries.get('name') : undefined;
  return name?.keyLoc ?? name?.loc;
}

function publishedPortsOf(node: TreeNode | undefined): PublishedPort[] {
  if (node?.kind !== 'seq') return [];
  const out: PublishedPort[] = [];
  for (const item of node.items) {
    let spec: { hostIp: string; published: string; target: string; protocol: string } | undefined;
    if (item.kind === 'scalar' && item.value !== null) spec = parsePortSpec(String(item.value));
    else if (item.kind === 'map') {
      const text = (k: string): string => {
        const n = item.entries.get(k);
        return n?.kind === 'scalar' && n.value !== null ? String(n.value) : '';
      };
      spec = { hostIp: text('host_ip'), published: text('published'), target: text('target'), protocol: text('protocol') || 'tcp' };
    }
    const target = spec ? firstPort(spec.target) : undefined;
    if (!spec || target === undefined) continue;
    out.push({
      hostIp: spec.hostIp,
      published: firstPort(spec.published),
      target,
      protocol: (spec.protocol || 'tcp').toLowerCase(),
      loc: item.keyLoc ?? item.loc,
    });
  }
  return out;
}

function firstPort(text: string): number | undefined {
  const m = /^(\d+)(?:-\d+)?$/.exec(text.trim());
  const n = m ? Number(m[1]) : NaN;
  return n > 0 && n < 65536 ? n : undefined;
}

function addPort(set: Set<number>, text: unknown): void {
  if (typeof text !== 'string' && typeof text !== 'number') return;
  const p = firstPort(String(text).replace(/\/\w+$/, ''));
  if (p !== undefined) set.add(p);
}

/** `--port 8501`, `--port=8501`, `--sse-port=8505` in a command or args list. */
function portFlags(args: readonly string[]): number[] {
  const out: number[] = [];
  args.forEach((arg, i) => {
    const m = PORT_FLAG.exec(arg);
    if (!m) return;
    const p = firstPort(m[1] ?? args[i + 1] ?? '');
    if (p !== undefined) out.push(p);
  });
  return out;
}

/** Compose labels/environment (map or KEY=VALUE list) as strings; entries without a value are left out. */
function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(v)) {
    for (const item of v) {
      if (typeof item !== 'string') continue;
      const at = item.indexOf('=');
      if (at > 0) out[item.slice(0, at)] = item.slice(at + 1);
    }
  } else if (v && typeof v === 'object') {
    for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined && typeof val !== 'object') out[k] = String(val);
  }
  return out;
}

function plainAt(value: unknown, path: readonly (string | number)[]): unknown {
  let cur = value;
  for (const seg of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
