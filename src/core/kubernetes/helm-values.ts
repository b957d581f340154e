/**
 * Helm values that GitOps resources pass to a chart: Flux HelmRelease `spec.values`, Argo CD
 * Application `spec.source(s).helm.valuesObject`, `values` (a YAML string) and `parameters`, and the
 * same inside an ApplicationSet's template. The chart's templates are elsewhere, so only settings whose meaning the
 * common chart conventions fix are read from them (helm-values-settings.ts): securityContext,
 * host namespaces and images.
 */
import { formatPath, getNode, locate, parseYaml, type Loc, type MapNode, type TreeNode, type TreePath } from '../source/yaml-tree';
import { groupOf } from './schema';
import type { KubernetesObject } from './objects';

export interface HelmValues {
  /** Where the values are written in the object, for messages (`spec.values`, `spec.source.helm.values`). */
  field: string;
  /** The values as a tree. */
  root: TreeNode;
  /** Where a path inside the values is reported: in the manifest, on the values' own lines. */
  locate(path: TreePath): Loc;
}

/** Values the checks could not read, with the reason (kubernetes/helm-values-unchecked reports them). */
export interface UncheckedValues {
  field: string;
  /** Where to report: the field, or the line of a YAML string that does not parse. */
  at: TreePath | Loc;
  reason: 'not-yaml' | 'external';
  detail: string;
}

export interface HelmValuesOfObject {
  values: HelmValues[];
  unchecked: UncheckedValues[];
}

const NONE: HelmValuesOfObject = { values: [], unchecked: [] };
const cache = new WeakMap<KubernetesObject, HelmValuesOfObject>();

/** Whether the object hands values to a Helm chart (HelmRelease, Application, ApplicationSet). */
export function isHelmValuesCarrier(obj: KubernetesObject): boolean {
  const group = groupOf(obj.apiVersion);
  if (group === 'helm.toolkit.fluxcd.io') return obj.kind === 'HelmRelease';
  return group === 'argoproj.io' && (obj.kind === 'Application' || obj.kind === 'ApplicationSet');
}

export function helmValuesOf(obj: KubernetesObject): HelmValuesOfObject {
  if (!isHelmValuesCarrier(obj)) return NONE;
  let found = cache.get(obj);
  if (!found) cache.set(obj, (found = collect(obj)));
  return found;
}

function collect(obj: KubernetesObject): HelmValuesOfObject {
  const out: HelmValuesOfObject = { values: [], unchecked: [] };
  if (obj.kind === 'HelmRelease') {
    addTree(obj, ['spec', 'values'], out);
    const from = getNode(obj.root, ['spec', 'valuesFrom']);
    if (from?.kind === 'seq' && from.items.length) {
      const names = from.items.map((i) => (i.kind === 'map' ? `${scalarText(i.entries.get('kind'))} ${scalarText(i.entries.get('name'))}` : '?'));
      out.unchecked.push({ field: 'spec.valuesFrom', at: ['spec', 'valuesFrom'], reason: 'external', detail: names.join(', ') });
    }
    return out;
  }
  const spec: TreePath = obj.kind === 'ApplicationSet' ? ['spec', 'template', 'spec'] : ['spec'];
  const sources: TreePath[] = [[...spec, 'source']];
  const list = getNode(obj.root, [...spec, 'sources']);
  if (list?.kind === 'seq') list.items.forEach((_, i) => sources.push([...spec, 'sources', i]));
  for (const source of sources) {
    const helm: TreePath = [...source, 'helm'];
    addTree(obj, [...helm, 'valuesObject'], out);
    addString(obj, [...helm, 'values'], out);
    addParameters(obj, [...helm, 'parameters'], out);
    const files = getNode(obj.root, [...helm, 'valueFiles']);
    if (files?.kind === 'seq' && files.items.length) {
      const names = files.items.map(scalarText);
      out.unchecked.push({ field: formatPath([...helm, 'valueFiles']), at: [...helm, 'valueFiles'], reason: 'external', detail: names.join(', ') });
    }
  }
  return out;
}

function scalarText(node: TreeNode | undefined): string {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : '?';
}

/** Values written as YAML inside the manifest: paths are the manifest's own. */
function addTree(obj: KubernetesObject, path: TreePath, out: HelmValuesOfObject): void {
  const node = getNode(obj.root, path);
  if (node?.kind !== 'map') return;
  out.values.push({ field: formatPath(path), root: node, locate: (p) => locate(node, p, node.loc) });
}

/**
 * Argo CD `helm.parameters` (`--set`): `{name: securityContext.privileged, value: "true"}` becomes
 * the values tree it sets, each leaf reported on its parameter's `name`. Names with list indexes or
 * escaped dots are left out; `forceString` parameters stay strings.
 */
function addParameters(obj: KubernetesObject, path: TreePath, out: HelmValuesOfObject): void {
  const list = getNode(obj.root, path);
  if (list?.kind !== 'seq') return;
  const root: MapNode = { kind: 'map', entries: new Map(), loc: list.loc };
  for (const item of list.items) {
    if (item.kind !== 'map') continue;
    const name = item.entries.get('name');
    const value = item.entries.get('value');
    if (name?.kind !== 'scalar' || typeof name.value !== 'string' || /[[\\]/.test(name.value) || value?.kind !== 'scalar') continue;
    const keys = name.value.split('.');
    let map = root;
    for (const key of keys.slice(0, -1)) {
      let next = map.entries.get(key);
      if (next?.kind !== 'map') map.entries.set(key, (next = { kind: 'map', entries: new Map(), loc: name.loc, keyLoc: name.loc }));
      map = next;
    }
    const forceString = item.entries.get('forceString');
    const text = value.value;
    const typed = forceString?.kind === 'scalar' && forceString.value === true ? text : text === 'true' ? true : text === 'false' ? false : text;
    map.entries.set(keys[keys.length - 1], { kind: 'scalar', value: typed, loc: value.loc, keyLoc: name.loc });
  }
  if (root.entries.size) out.values.push({ field: formatPath(path), root, locate: (p) => locate(root, p, list.loc) });
}

/** Values written as a YAML string (`values: |`): parsed, with lines mapped back into the manifest when the string is a literal block. */
function addString(obj: KubernetesObject, path: TreePath, out: HelmValuesOfObject): void {
  const node = getNode(obj.root, path);
  if (node?.kind !== 'scalar' || typeof node.value !== 'string' || !node.value.trim()) return;
  const field = formatPath(path);
  const parsed = parseYaml(obj.file, node.value);
  const at = node.keyLoc ?? node.loc;
  const shift = literalBlockShift(node);
  const problem = parsed.problems[0];
  if (problem) {
    const line = shift ? problem.line + shift.lines : at.line;
    const problemAt = shift ? { file: obj.file, line, column: problem.column + shift.columns } : at;
    out.unchecked.push({ field, at: problemAt, reason: 'not-yaml', detail: `line ${line}: ${problem.message}` });
    return;
  }
  const root = parsed.documents[0]?.root;
  if (!root) return;
  if (root.kind !== 'map') {
    out.unchecked.push({ field, at: path, reason: 'not-yaml', detail: 'the string is not a YAML map' });
    return;
  }
  out.values.push({
    field,
    root,
    locate: (p) => {
      if (!shift) return at;
      const inner = locate(root, p, root.loc);
      return { file: obj.file, line: inner.line + shift.lines, column: inner.column + shift.columns };
    },
  });
}

/**
 * For a literal block scalar (`values: |`) whose lines are the string's lines: how far its first
 * line is from the string's first line, and the indentation (assumed two columns past the key,
 * the usual style). Folded blocks, quoted and plain strings give undefined: their lines do not map.
 */
function literalBlockShift(node: TreeNode): { lines: number; columns: number } | undefined {
  if (node.kind !== 'scalar' || typeof node.value !== 'string' || node.loc.endLine === undefined) return undefined;
  const lines = node.value.replace(/\n+$/, '').split('\n').length;
  const span = node.loc.endLine - node.loc.line - (node.loc.endColumn === 1 ? 1 : 0);
  if (span < lines || !node.value.includes('\n')) return undefined;
  const keyColumn = (node.keyLoc ?? node.loc).column;
  return { lines: node.loc.line, columns: keyColumn + 1 };
}
