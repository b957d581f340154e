/**
 * Where kustomize patches write the fields they set, for kustomize-overlays.ts to report a built
 * object's field in the patch that set it. Every patch the repository's kustomization files apply to
 * an object of a kind and name, as trees with the positions of the patch's own text:
 * - strategic-merge patches, in files (`patchesStrategicMerge`, `patches`) or inline (a `patch:`
 *   string, a multi-line entry of `patchesStrategicMerge`);
 * - JSON 6902 patches (`patchesJson6902`, `patches` with a `target`), in files or inline: each `add`
 *   or `replace` becomes a tree of its path holding its `value`, where the value is written.
 * An inline patch's positions are those of its lines inside the kustomization file (block scalars).
 */
import { isRecord } from '../is-record';
import { isFileReference, isKustomizationFile, resolveKustomizeReference } from '../source/layout';
import type { Workspace } from '../source/workspace';
import { parseYaml, toPlain, type Loc, type MapNode, type TreeNode } from '../source/yaml-tree';

interface Target {
  kind?: string;
  name?: string;
}

/** A patch as written, and which objects it applies to (decided once, when the patches are collected). */
interface Patch {
  tree: TreeNode;
  appliesTo: (object: Required<Target>) => boolean;
}

const collected = new WeakMap<Workspace, Patch[]>();

/** The patch trees the kustomization files of the workspace apply to an object of this kind and name. */
export function kustomizePatchTrees(ws: Workspace, kind: string, name: string): TreeNode[] {
  let patches = collected.get(ws);
  if (!patches) {
    patches = [];
    for (const file of ws.files.keys()) {
      if (!isKustomizationFile(file)) continue;
      for (const doc of ws.parsed.get(file)?.documents ?? []) if (doc.root?.kind === 'map') patches.push(...patchesOfKustomization(ws, file, doc.root));
    }
    collected.set(ws, patches);
  }
  const object = { kind, name };
  return patches.filter((p) => p.appliesTo(object)).map((p) => p.tree);
}

function patchesOfKustomization(ws: Workspace, file: string, root: MapNode): Patch[] {
  const out: Patch[] = [];
  const items = (key: string): TreeNode[] => {
    const node = root.entries.get(key);
    return node?.kind === 'seq' ? node.items : [];
  };
  for (const entry of items('patchesStrategicMerge')) {
    for (const tree of patchContent(ws, file, entry)) if (tree.kind === 'map') out.push({ tree, appliesTo: strategicMergeMatcher(tree, undefined) });
  }
  for (const key of ['patches', 'patchesJson6902']) {
    for (const entry of items(key)) {
      const target = entry.kind === 'map' ? targetMatcher(entry) : undefined;
      const content = entry.kind === 'map' ? (entry.entries.get('patch') ?? entry.entries.get('path')) : entry;
      if (!content) continue;
      for (const tree of patchContent(ws, file, content, entry.kind === 'map' && entry.entries.has('patch'))) {
        // A JSON 6902 patch names no object of its own: only its target selects one.
        if (tree.kind === 'seq') out.push(...json6902Trees(tree).map((t) => ({ tree: t, appliesTo: target ?? (() => false) })));
        else if (tree.kind === 'map') out.push({ tree, appliesTo: strategicMergeMatcher(tree, target) });
      }
    }
  }
  return out;
}

/** The documents of a patch: the file a reference names (parsed with the workspace), or the inline text. */
function patchContent(ws: Workspace, kustomization: string, node: TreeNode, isInline = false): TreeNode[] {
  if (node.kind !== 'scalar' || typeof node.value !== 'string') return [];
  const text = node.value;
  if (!isInline && isFileReference(text)) {
    const file = resolveKustomizeReference(kustomization, text.trim());
    return (ws.parsed.get(file)?.documents ?? []).flatMap((d) => (d.root ? [d.root] : []));
  }
  const offset = inlineOffset(ws.files.get(kustomization)?.text ?? '', node.loc);
  if (!offset) return [];
  const parsed = parseYaml(kustomization, text);
  if (parsed.problems.length) return [];
  const roots = parsed.documents.flatMap((d) => (d.root ? [d.root] : []));
  for (const root of roots) shift(root, offset);
  return roots;
}

/**
 * How an inline patch's own lines sit in the kustomization file: a block scalar (`patch: |`) starts
 * on the line after its header, indented; a one-line plain or quoted string where it is written.
 * undefined for what cannot be mapped line for line (folded or multi-line quoted strings).
 */
function inlineOffset(text: string, loc: Loc): { lines: number; columns: number } | undefined {
  const lines = text.split(/\r?\n/);
  const header = lines[loc.line - 1]?.slice(loc.column - 1) ?? '';
  if (/^\|[-+0-9]*\s*(#.*)?$/.test(header)) {
    const first = lines.slice(loc.line).find((l) => l.trim() !== '');
    return first === undefined ? undefined : { lines: loc.line, columns: first.length - first.trimStart().length };
  }
  if (/^[>|]/.test(header)) return undefined;
  const quote = /^["']/.test(header) ? 1 : 0;
  if (loc.endLine !== undefined && loc.endLine !== loc.line) return undefined;
  return { lines: loc.line - 1, columns: loc.column - 1 + quote };
}

function shift(node: TreeNode, by: { lines: number; columns: number }): void {
  const move = (loc: Loc): void => {
    loc.line += by.lines;
    loc.column += by.columns;
    if (loc.endLine !== undefined) loc.endLine += by.lines;
    if (loc.endColumn !== undefined) loc.endColumn += by.columns;
  };
  move(node.loc);
  if (node.keyLoc && node.keyLoc !== node.loc) move(node.keyLoc);
  if (node.kind === 'map') for (const child of node.entries.values()) shift(child, by);
  else if (node.kind === 'seq') for (const item of node.items) shift(item, by);
}

/**
 * Which objects an entry's `target` selects: its kind, and its name (a regular expression in
 * kustomize, compiled once) or a name inside the built one (prefixes, suffixes). undefined without a target.
 */
function targetMatcher(entry: MapNode): ((object: Required<Target>) => boolean) | undefined {
  const target = toPlain(entry.entries.get('target'));
  if (!isRecord(target)) return undefined;
  const kind = typeof target.kind === 'string' ? target.kind : undefined;
  const name = typeof target.name === 'string' ? target.name : undefined;
  let pattern: RegExp | undefined;
  try {
    pattern = name === undefined ? undefined : new RegExp(`^(?:${name})$`);
  } catch {
    pattern = undefined;
  }
  return (object) => (kind === undefined || kind === object.kind) && (name === undefined || object.name.includes(name) || !!pattern?.test(object.name));
}

/** Which objects a strategic-merge patch applies to: those of its own kind and name, or, when it names none, the entry's target's. */
function strategicMergeMatcher(tree: MapNode, target: ((object: Required<Target>) => boolean) | undefined): (object: Required<Target>) => boolean {
  const v = toPlain(tree) as Record<string, unknown>;
  const name = isRecord(v.metadata) && typeof v.metadata.name === 'string' ? v.metadata.name : undefined;
  if (typeof v.kind === 'string' && name !== undefined) return (object) => v.kind === object.kind && object.name.includes(name);
  return target ?? (() => false);
}

/** Each `add` or `replace` operation of a JSON 6902 patch as a tree of its path, holding its value where the value is written. */
function json6902Trees(ops: TreeNode): TreeNode[] {
  if (ops.kind !== 'seq') return [];
  const out: TreeNode[] = [];
  for (const op of ops.items) {
    if (op.kind !== 'map') continue;
    const kind = op.entries.get('op');
    const pointer = op.entries.get('path');
    const value = op.entries.get('value');
    if (kind?.kind !== 'scalar' || !/^(add|replace)$/.test(String(kind.value)) || pointer?.kind !== 'scalar' || typeof pointer.value !== 'string' || !value)
      continue;
    const segments = pointer.value
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    // `-` appends: where the value lands depends on the list, which a position cannot tell.
    if (!segments.length || segments.includes('-')) continue;
    let tree: TreeNode = value;
    for (let i = segments.length - 1; i >= 0; i--) {
      const segment = segments[i];
      const loc = { ...pointer.loc };
      if (/^(0|[1-9]\d*)$/.test(segment)) {
        const items: TreeNode[] = [];
        items[Number(segment)] = tree;
        tree = { kind: 'seq', items, loc };
      } else {
        tree.keyLoc ??= op.entries.get('value')?.keyLoc ?? loc;
        tree = { kind: 'map', entries: new Map([[segment, tree]]), loc };
      }
    }
    out.push(tree);
  }
  return out;
}
