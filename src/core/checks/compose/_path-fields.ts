/** Compose fields that name files: one string, a list of strings, or a list of `{ path, required }` maps. */
import { getNode, type TreeNode, type TreePath } from '../../source/yaml-tree';

/** Calls `fn` with each path's node and its path below the field (`[]`, `[i]` or `[i, 'path']`). */
export function forEachPath(node: TreeNode | undefined, fn: (node: TreeNode, sub: TreePath, item: TreeNode) => void): void {
  if (!node) return;
  if (node.kind === 'scalar') return fn(node, [], node);
  if (node.kind !== 'seq') return;
  node.items.forEach((item, i) => {
    if (item.kind === 'scalar') fn(item, [i], item);
    else {
      const p = getNode(item, ['path']);
      if (p) fn(p, [i, 'path'], item);
    }
  });
}
