/** Compose fields written either as a map or as a `KEY=VALUE` list (environment, labels, build args). */
import type { TreeNode } from '../../source/yaml-tree';

export interface ListOrMapEntry {
  key: string;
  /** The value as text; null when the entry only names a key (`- DEBUG`, `DEBUG:`). */
  value: string | null;
  /** Path relative to the field's node: the map key or the list index. */
  path: (string | number)[];
}

export function listOrMapEntries(node: TreeNode | undefined): ListOrMapEntry[] {
  if (!node) return [];
  if (node.kind === 'map') {
    return [...node.entries].map(([key, v]) => ({ key, value: v.kind === 'scalar' && v.value !== null ? String(v.value) : null, path: [key] }));
  }
  if (node.kind !== 'seq') return [];
  const out: ListOrMapEntry[] = [];
  node.items.forEach((item, i) => {
    if (item.kind !== 'scalar' || item.value === null) return;
    const text = String(item.value);
    const at = text.indexOf('=');
    out.push({ key: at >= 0 ? text.slice(0, at) : text, value: at >= 0 ? text.slice(at + 1) : null, path: [i] });
  });
  return out;
}
