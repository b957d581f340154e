/**
 * The LiteLLM proxy config that registers MCP servers with the gateway:
 *
 *   mcp_servers:
 *     fetch:
 *       url: http://mcp-fetch:8504/sse
 *       transport: sse          # sse (LiteLLM's default) | http (streamable HTTP) | stdio
 *       description: ...
 *     local:
 *       transport: stdio
 *       command: npx
 *       args: [...]
 *
 * Found at stackgate.yml `mcp.litellm`, or as any YAML file with a top-level `mcp_servers` map.
 */
import type { Loc, ParsedYaml, TreeNode } from '../source/yaml-tree';
import { hostReaches, type DeployedService } from '../services/list-services';

export type LiteLlmTransport = 'sse' | 'http' | 'stdio';

export interface LiteLlmEntry {
  name: string;
  url?: string;
  /** The declared transport, normalised; undefined when missing or unknown. */
  transport?: LiteLlmTransport;
  /** The transport as written. */
  rawTransport?: string;
  command?: string;
  /** The entry's key. */
  loc: Loc;
  /** The url value, when there is one. */
  urlLoc?: Loc;
}

export interface LiteLlmConfig {
  file: string;
  /** The `mcp_servers` key. */
  loc: Loc;
  entries: LiteLlmEntry[];
}

export interface LiteLlmSources {
  paths: readonly string[];
  read(file: string): string | undefined;
  yaml(file: string): ParsedYaml | undefined;
  /** stackgate.yml `mcp.litellm`. */
  configured?: string;
}

/** LiteLLM connects with SSE when an entry names no transport. */
export const LITELLM_DEFAULT_TRANSPORT: LiteLlmTransport = 'sse';

const TRANSPORTS: Record<string, LiteLlmTransport> = {
  sse: 'sse',
  http: 'http',
  'streamable-http': 'http',
  streamable_http: 'http',
  streamablehttp: 'http',
  stdio: 'stdio',
};

/** Configs per run (its path list) and configured file: four checks ask for the same. */
const configsOf = new WeakMap<readonly string[], Map<string, readonly LiteLlmConfig[]>>();

export function findLiteLlmConfigs(sources: LiteLlmSources): readonly LiteLlmConfig[] {
  let byConfigured = configsOf.get(sources.paths);
  if (!byConfigured) configsOf.set(sources.paths, (byConfigured = new Map()));
  const key = sources.configured ?? '';
  let configs = byConfigured.get(key);
  if (!configs) byConfigured.set(key, (configs = readLiteLlmConfigs(sources)));
  return configs;
}

function readLiteLlmConfigs(sources: LiteLlmSources): LiteLlmConfig[] {
  const candidates = sources.configured
    ? [sources.configured]
    : sources.paths.filter((p) => /\.ya?ml$/i.test(p) && /^mcp_servers\s*:/m.test(sources.read(p) ?? ''));
  const out: LiteLlmConfig[] = [];
  for (const file of candidates) {
    for (const doc of sources.yaml(file)?.documents ?? []) {
      const config = doc.root ? parseLiteLlmConfig(file, doc.root) : undefined;
      if (config) out.push(config);
    }
  }
  return out;
}

export function parseLiteLlmConfig(file: string, root: TreeNode): LiteLlmConfig | undefined {
  if (root.kind !== 'map') return undefined;
  const servers = root.entries.get('mcp_servers');
  if (!servers || (servers.kind !== 'map' && servers.kind !== 'seq')) return undefined;
  const entries: LiteLlmEntry[] = [];
  const add = (name: string, node: TreeNode, keyLoc: Loc): void => {
    if (node.kind !== 'map') {
      entries.push({ name, loc: keyLoc });
      return;
    }
    const text = (key: string): { value?: string; loc?: Loc } => {
      const n = node.entries.get(key);
      return n?.kind === 'scalar' && n.value !== null && n.value !== '' ? { value: String(n.value), loc: n.loc } : {};
    };
    const url = text('url');
    const transport = text('transport');
    entries.push({
      name,
      url: url.value,
      urlLoc: url.loc,
      rawTransport: transport.value,
      transport: transport.value ? TRANSPORTS[transport.value.toLowerCase()] : undefined,
      command: text('command').value,
      loc: keyLoc,
    });
  };
  if (servers.kind === 'map') {
    for (const [name, node] of servers.entries) add(name, node, node.keyLoc ?? node.loc);
  } else {
    servers.items.forEach((item, i) => {
      const named = item.kind === 'map' ? (item.entries.get('name') ?? item.entries.get('server_name')) : undefined;
      add(named?.kind === 'scalar' && named.value !== null ? String(named.value) : `#${i + 1}`, item, item.loc);
    });
  }
  return { file, loc: servers.keyLoc ?? servers.loc, entries };
}

export interface UrlParts {
  scheme: string;
  host: string;
  /** The explicit port, or the scheme's default (80, 443). */
  port: number;
  path: string;
}

export function parseEntryUrl(url: string): UrlParts | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  const port = parsed.port ? Number(parsed.port) : scheme === 'https' ? 443 : 80;
  return { scheme, host: parsed.hostname.toLowerCase().replace(/^\[|\]$/g, ''), port, path: parsed.pathname };
}

/** The transport a URL path implies: `/sse` is SSE, `/mcp` is streamable HTTP; otherwise unknown. */
export function transportOfPath(path: string): LiteLlmTransport | undefined {
  const p = path.replace(/\/+$/, '').toLowerCase();
  if (p.endsWith('/sse')) return 'sse';
  if (p.endsWith('/mcp')) return 'http';
  return undefined;
}

/** Whether an entry registers a service: its URL host reaches one of the service's deployments, or its name is the service's name without `mcp`. */
export function isEntryFor(entry: LiteLlmEntry, service: { name: string; deployments: readonly Pick<DeployedService, 'platform' | 'hosts'>[] }): boolean {
  const host = entry.url ? parseEntryUrl(entry.url)?.host : undefined;
  if (host && service.deployments.some((d) => hostReaches(host, d))) return true;
  return bareName(entry.name) === bareName(service.name);
}

/** `mcp-fetch`, `fetch-mcp`, `mcp_fetch` -> `fetch`. */
export function bareName(name: string): string {
  return name.toLowerCase().replace(/^mcp[-_.]|[-_.]mcp$/g, '');
}
