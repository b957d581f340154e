/**
 * Layering of Compose files the way `docker compose -f base.yml -f override.yml` merges them,
 * on position-keeping trees: every merged value keeps the file and line of the layer that set it.
 * The rules are documented in docs/compose-merge.md.
 */
import type { MapNode, ScalarNode, SeqNode, TreeNode } from '../source/yaml-tree';

/** Keys whose value in an override replaces the base value wholesale. */
const REPLACED = new Set(['command', 'entrypoint', 'test']);

/** Keys written as a list of `KEY=VALUE` (or a map) that merge as maps. */
const MAP_LIKE = new Set(['environment', 'labels', 'annotations', 'extra_hosts', 'sysctls', 'args', 'driver_opts']);

/** Sequences merged as a set keyed by what identifies an entry. */
const UNIQUE_BY: Record<string, (item: TreeNode) => string> = {
  ports: portKey,
  volumes: volumeKey,
  secrets: fileRefKey,
  configs: fileRefKey,
  devices: deviceKey,
};

/** Service keys that can be written as a list or a map of names. */
const NAME_LIST_OR_MAP = new Set(['depends_on', 'networks']);

export function mergeTopLevel(base: MapNode, over: MapNode): MapNode {
  return { ...mergeMaps(base, over, ''), keyLoc: base.keyLoc, loc: base.loc };
}

/** Merges an override service definition onto a base one. */
export function mergeService(base: MapNode, over: MapNode): MapNode {
  const merged = mergeMaps(base, over, 'service');
  // The service keeps its first declaration's key position: that is where it is defined.
  return { ...merged, keyLoc: base.keyLoc ?? over.keyLoc, loc: base.loc };
}

function mergeMaps(base: MapNode, over: MapNode, parentKey: string): MapNode {
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    const prev = entries.get(key);
    if (value.tag === '!reset') {
      entries.delete(key);
      continue;
    }
    if (!prev || value.tag === '!override') {
      entries.set(key, value);
      continue;
    }
    entries.set(key, mergeValue(key, prev, value, parentKey));
  }
  return { ...over, entries, keyLoc: over.keyLoc ?? base.keyLoc };
}

function mergeValue(key: string, prev: TreeNode, value: TreeNode, parentKey: string): TreeNode {
  if (parentKey === 'services' && prev.kind === 'map' && value.kind === 'map') return mergeService(prev, value);
  if (REPLACED.has(key) && !(key === 'test' && parentKey !== 'healthcheck')) return value;
  if (MAP_LIKE.has(key)) {
    const sep = key === 'extra_hosts' ? ':' : '=';
    return mergeMaps(toMapNode(prev, sep), toMapNode(value, sep), key);
  }
  if (NAME_LIST_OR_MAP.has(key) && parentKey === 'service') {
    return mergeMaps(namesToMap(prev), namesToMap(value), key);
  }
  const unique = UNIQUE_BY[key];
  if (unique && prev.kind === 'seq' && value.kind === 'seq') return mergeUnique(prev, value, unique);
  if (prev.kind === 'map' && value.kind === 'map') return mergeMaps(prev, value, key);
  if (prev.kind === 'seq' && value.kind === 'seq') return appendDistinct(prev, value);
  return value;
}

function appendDistinct(prev: SeqNode, value: SeqNode): SeqNode {
  const seen = new Set(prev.items.filter(isScalarNode).map((n) => String(n.value)));
  const items = [...prev.items];
  for (const item of value.items) {
    if (isScalarNode(item) && seen.has(String(item.value))) continue;
    items.push(item);
  }
  return { ...value, items };
}

function mergeUnique(prev: SeqNode, value: SeqNode, keyOf: (n: TreeNode) => string): SeqNode {
  const byKey = new Map<string, TreeNode>();
  for (const item of prev.items) byKey.set(keyOf(item), item);
  for (const item of value.items) byKey.set(keyOf(item), item);
  return { ...value, items: [...byKey.values()] };
}

function isScalarNode(n: TreeNode): n is ScalarNode {
  return n.kind === 'scalar';
}

/** A `["KEY=VALUE", ...]` list (or a map) as a map node whose entries keep their item's position. */
export function toMapNode(node: TreeNode, separator: '=' | ':'): MapNode {
  if (node.kind === 'map') return node;
  const entries = new Map<string, TreeNode>();
  if (node.kind === 'seq') {
    for (const item of node.items) {
      if (item.kind !== 'scalar' || item.value === null) continue;
      const text = String(item.value);
      const sep = text.includes('=') ? '=' : separator;
      const at = text.indexOf(sep);
      const k = at >= 0 ? text.slice(0, at) : text;
      const v: ScalarNode = { kind: 'scalar', value: at >= 0 ? text.slice(at + 1) : null, loc: item.loc, keyLoc: item.loc };
      entries.set(k, v);
    }
  }
  return { kind: 'map', entries, loc: node.loc, keyLoc: node.keyLoc, tag: node.tag };
}

function namesToMap(node: TreeNode): MapNode {
  if (node.kind === 'map') return node;
  const entries = new Map<string, TreeNode>();
  if (node.kind === 'seq') {
    for (const item of node.items) {
      if (item.kind === 'scalar' && item.value !== null) {
        entries.set(String(item.value), { kind: 'map', entries: new Map(), loc: item.loc, keyLoc: item.loc });
      }
    }
  }
  return { kind: 'map', entries, loc: node.loc, keyLoc: node.keyLoc, tag: node.tag };
}

function scalarText(n: TreeNode | undefined): string {
  return n && n.kind === 'scalar' && n.value !== null ? String(n.value) : '';
}

/** Identity of a port mapping: host ip, published port, target port and protocol. */
export function portKey(item: TreeNode): string {
  if (item.kind === 'map') {
    const e = item.entries;
    return `${scalarText(e.get('host_ip'))}|${scalarText(e.get('published'))}|${scalarText(e.get('target'))}/${scalarText(e.get('protocol')) || 'tcp'}`;
  }
  const p = parsePortSpec(scalarText(item));
  return p ? `${p.hostIp}|${p.published}|${p.target}/${p.protocol}` : scalarText(item);
}

export interface PortSpec {
  hostIp: string;
  published: string;
  target: string;
  protocol: string;
}

/** Parses Compose short port syntax `[host_ip:][published:]target[/protocol]`, ranges included. */
export function parsePortSpec(spec: string): PortSpec | undefined {
  const m = /^(?:(\[[^\]]+\]|[^:]*?):)??(?:([\d-]*):)?([\d-]+)(?:\/(\w+))?$/.exec(spec.trim());
  if (!m) return undefined;
  return { hostIp: (m[1] ?? '').replace(/^\[|\]$/g, ''), published: m[2] ?? '', target: m[3], protocol: m[4] ?? 'tcp' };
}

function volumeKey(item: TreeNode): string {
  if (item.kind === 'map') return scalarText(item.entries.get('target'));
  const parts = scalarText(item).split(':');
  return parts.length >= 2 ? parts[1] : parts[0];
}

function fileRefKey(item: TreeNode): string {
  if (item.kind === 'map') return scalarText(item.entries.get('target')) || scalarText(item.entries.get('source'));
  return scalarText(item);
}

function deviceKey(item: TreeNode): string {
  if (item.kind === 'map') return scalarText(item.entries.get('target'));
  const parts = scalarText(item).split(':');
  return parts[1] ?? parts[0];
}
