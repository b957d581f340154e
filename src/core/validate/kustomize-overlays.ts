/**
 * Kustomize overlays in validate (`kubernetes.kustomize: auto | always`): each kustomization that
 * no other includes is built by the runner the entry point supplies (`kubectl kustomize`, with
 * origin annotations), and the built objects replace the objects of the files they came from. Each
 * field is reported where it is written: in the patch that set it when a patch of the same object
 * does, else in the resource file, else on the nearest enclosing field that is written somewhere.
 */
import path from 'node:path';
import type { KubernetesObject } from '../kubernetes/objects';
import type { StackgateConfig } from '../config/schema';
import { isTestPath } from '../config/test-paths';
import { findKustomizeRoots, isKustomizationFile } from '../source/layout';
import { toKubernetesObject, type Workspace } from '../source/workspace';
import { kustomizePatchTrees } from './kustomize-patches';
import { getNode, parseYaml, toPlain, type Loc, type MapNode, type TreeNode } from '../source/yaml-tree';

/** `kubectl kustomize` on one directory: its stdout and the directory its origin paths are relative to, or why it failed. */
export type KustomizeBuildResult = { ok: true; stdout: string; originDir: string } | { ok: false; message: string };
/** Builds the kustomization in an absolute directory; undefined when kubectl is not installed. */
export type KustomizeRenderer = (absDir: string) => KustomizeBuildResult | undefined;

export type KustomizeProblem = { kind: 'unavailable'; file: string } | { kind: 'failed'; file: string; detail: string };

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const REMOTE_RESOURCE = /^\s*-\s*(?:[\w.-]+=)?["']?(https?:\/\/|git@|ssh:\/\/|git::|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/m;
/** What kubectl says when a remote base or generator file cannot be fetched (no network here). */
const NETWORK_FAILURE =
  /dial tcp|no such host|lookup [\w.-]+ on|i\/o timeout|network is unreachable|temporary failure in name resolution|TLS handshake timeout|error downloading|failed to download|couldn't make target for https?:/i;
const built = new WeakMap<Workspace, KustomizeProblem[]>();

/** Builds every overlay of the workspace once (later calls return the first call's problems). */
export function buildKustomizeOverlays(ws: Workspace, config: StackgateConfig, renderer: KustomizeRenderer | undefined): KustomizeProblem[] {
  const done = built.get(ws);
  if (done) return done;
  const problems: KustomizeProblem[] = [];
  built.set(ws, problems);
  const mode = config.kubernetes.kustomize;
  if (mode === 'never') return problems;
  const kustomizations = [...ws.files.values()].filter((f) => isKustomizationFile(f.path));
  const fetching = kustomizations.filter((k) => REMOTE_RESOURCE.test(k.text)).map((k) => k.path);
  const rendered: KubernetesObject[] = [];
  const replaced = new Set<string>();
  for (const file of findKustomizeRoots(kustomizations)) {
    // An overlay among test fixtures or archived files is not deployed, and may be broken on purpose.
    if (isTestPath(config, file)) continue;
    // Remote bases and generator files would be fetched over the network: such an overlay's files
    // (its own kustomization or one of those below it) are checked as written.
    const dir = path.posix.dirname(file);
    if (fetching.some((k) => dir === '.' || k === file || k.startsWith(`${dir}/`))) continue;
    const result = renderer?.(path.join(ws.root, dir));
    if (!result) {
      if (mode === 'always') problems.push({ kind: 'unavailable', file });
      continue;
    }
    if (!result.ok) {
      // A fetch that failed for want of a network says nothing of the overlay: checked as written.
      if (!NETWORK_FAILURE.test(result.message)) problems.push({ kind: 'failed', file, detail: result.message });
      continue;
    }
    for (const obj of builtObjects(ws, file, result.stdout, result.originDir)) {
      rendered.push(obj);
      replaced.add(obj.file);
    }
  }
  if (!rendered.length) return problems;
  // The built objects stand for the files they came from (several overlays of one base each give their own).
  const kept = ws.kubernetes.filter((o) => !replaced.has(o.file) || o.kind === 'Kustomization');
  ws.kubernetes.length = 0;
  ws.kubernetes.push(...kept, ...rendered);
  return problems;
}

function builtObjects(ws: Workspace, kustomization: string, stdout: string, originDir: string): KubernetesObject[] {
  const out: KubernetesObject[] = [];
  const parsed = parseYaml(kustomization, stdout);
  const fallback: Loc = { file: kustomization, line: 1, column: 1 };
  parsed.documents.forEach((doc) => {
    const root = doc.root;
    if (!root || root.kind !== 'map') return;
    const origin = takeOrigin(root);
    const file = origin ? repositoryPath(ws, originDir, origin) : undefined;
    const value = toPlain(root) as Record<string, unknown>;
    if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return;
    const name = (value.metadata as Record<string, unknown> | undefined)?.name;
    const source = file ? sourceObject(ws, file, value.kind, typeof name === 'string' ? name : '') : undefined;
    const patches = kustomizePatchTrees(ws, value.kind, typeof name === 'string' ? name : '');
    const where: Loc = source?.loc ?? (file ? { file, line: 1, column: 1 } : fallback);
    relocate(root, source?.root, patches, where);
    const obj = toKubernetesObject(where.file, source?.docIndex ?? 0, root, value);
    out.push({ ...obj, overlay: path.posix.dirname(kustomization) });
  });
  return out;
}

/** Removes the origin annotation kustomize added (and `annotations` when it held only that); returns the origin's path. */
function takeOrigin(root: MapNode): string | undefined {
  const metadata = getNode(root, ['metadata']);
  const annotations = metadata?.kind === 'map' ? metadata.entries.get('annotations') : undefined;
  if (!metadata || metadata.kind !== 'map' || annotations?.kind !== 'map') return undefined;
  const origin = annotations.entries.get(ORIGIN_ANNOTATION);
  annotations.entries.delete(ORIGIN_ANNOTATION);
  if (!annotations.entries.size) metadata.entries.delete('annotations');
  if (origin?.kind !== 'scalar' || typeof origin.value !== 'string') return undefined;
  // `path: base/deployment.yaml` for a resource file; `configuredIn: kustomization.yaml` for a generated object.
  return /^path:\s*(.+)$/m.exec(origin.value)?.[1].trim() ?? /^configuredIn:\s*(.+)$/m.exec(origin.value)?.[1].trim();
}

function repositoryPath(ws: Workspace, originDir: string, origin: string): string | undefined {
  const rel = path.relative(ws.root, path.resolve(originDir, origin)).split(path.sep).join('/');
  return ws.files.has(rel) ? rel : undefined;
}

/** The object of a resource file that the built one came from: same kind, and its name inside the built name (namePrefix, nameSuffix). */
function sourceObject(ws: Workspace, file: string, kind: string, name: string): KubernetesObject | undefined {
  const candidates = ws.kubernetes.filter((o) => o.file === file && o.kind === kind);
  return candidates.find((o) => o.name === name) ?? candidates.find((o) => name.includes(o.name)) ?? candidates[0];
}

/**
 * Gives every node of the built tree the position of the same field where it is written (list items
 * matched by `name`, else by index): a value set by a patch is the patch's, a map or list the resource
 * file defines is the resource's (a patch only names it to reach into it), anything else is where a
 * patch adds it; a field written nowhere takes its parent's position.
 */
function relocate(built: TreeNode, resource: TreeNode | undefined, patches: readonly TreeNode[], fallback: Loc): void {
  const walk = (node: TreeNode, counterparts: readonly (TreeNode | undefined)[], parentLoc: Loc): void => {
    const [inResource, ...inPatches] = counterparts;
    const hit = node.kind === 'scalar' ? scalarSource(node.value, inResource, inPatches) : (inResource ?? inPatches.find((c) => c !== undefined));
    const loc = hit ? { ...hit.loc } : { ...parentLoc };
    node.loc = loc;
    if (node.keyLoc) node.keyLoc = hit?.keyLoc ? { ...hit.keyLoc } : loc;
    if (node.kind === 'map') {
      for (const [key, child] of node.entries)
        walk(
          child,
          counterparts.map((c) => (c?.kind === 'map' ? c.entries.get(key) : undefined)),
          loc,
        );
    } else if (node.kind === 'seq') {
      node.items.forEach((item, i) =>
        walk(
          item,
          counterparts.map((c) => (c?.kind === 'seq' ? matchItem(c.items, item, i) : undefined)),
          loc,
        ),
      );
    }
  };
  walk(built, [resource, ...patches], fallback);
}

/** Where a value was written: the resource when it holds that value (a patch may restate it, as it does names), else the last patch that sets it. */
function scalarSource(value: unknown, inResource: TreeNode | undefined, inPatches: readonly (TreeNode | undefined)[]): TreeNode | undefined {
  const holds = (c: TreeNode | undefined): boolean => c?.kind === 'scalar' && c.value === value;
  if (holds(inResource)) return inResource;
  return [...inPatches].reverse().find(holds) ?? inResource ?? inPatches.find((c) => c !== undefined);
}

/** The item of a list that stands for a built item: the one of the same `name`, else the one at its index when that names nothing (a JSON 6902 path indexes the list). */
function matchItem(items: readonly (TreeNode | undefined)[], item: TreeNode, index: number): TreeNode | undefined {
  const nameOf = (node: TreeNode | undefined): unknown => {
    const name = node?.kind === 'map' ? node.entries.get('name') : undefined;
    return name?.kind === 'scalar' ? name.value : undefined;
  };
  const name = nameOf(item);
  if (name === undefined) return items[index];
  return items.find((i) => nameOf(i) === name) ?? (nameOf(items[index]) === undefined ? items[index] : undefined);
}
