/**
 * Repository layouts whose files are not manifests as written: Helm charts (a directory with
 * `Chart.yaml`; everything under its `templates/` is a Go template, never YAML), Ansible role
 * templates (`roles/<role>/templates/`, Jinja2) and Kustomize
 * patches (files a kustomization.yaml names under `patches`, `patchesStrategicMerge` or
 * `patchesJson6902`: fragments merged into a resource, not objects of their own).
 */
import path from 'node:path';
import { parseYaml, toPlain } from './yaml-tree';

export interface HelmChart {
  /** Repository-relative directory of the chart ('' at the root). */
  dir: string;
  /** `<dir>/Chart.yaml`. */
  chartFile: string;
  /** Files under `<dir>/templates/` (including `_helpers.tpl`, NOTES.txt), sorted. */
  templates: string[];
  /** The chart sits in another chart's `charts/` directory: its parent renders it. */
  isSubchart: boolean;
}

export interface RepositoryLayout {
  helmCharts: HelmChart[];
  /** Repository-relative paths of the Kustomize patch files that kustomization files name. */
  kustomizePatches: Set<string>;
}

const KUSTOMIZATION_NAME = /^kustomization\.ya?ml$/i;

/** The chart directories among the repository's paths: every directory holding a Chart.yaml. */
export function findHelmCharts(paths: readonly string[]): HelmChart[] {
  const dirs = paths.filter((p) => path.posix.basename(p) === 'Chart.yaml').map((p) => dirOf(p));
  const charts = dirs.map((dir): HelmChart => {
    const prefix = dir ? `${dir}/templates/` : 'templates/';
    return {
      dir,
      chartFile: dir ? `${dir}/Chart.yaml` : 'Chart.yaml',
      templates: paths.filter((p) => p.startsWith(prefix)).sort(),
      isSubchart: dirs.some((other) => other !== dir && dir.startsWith(other ? `${other}/charts/` : 'charts/')),
    };
  });
  return charts.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

/** The chart whose `templates/` holds a file, if any. */
export function helmChartOfTemplate(charts: readonly HelmChart[], file: string): HelmChart | undefined {
  return charts.find((c) => file.startsWith(c.dir ? `${c.dir}/templates/` : 'templates/'));
}

/**
 * Whether a file is an Ansible role's template (`roles/<role>/templates/…`): Jinja2 text that the
 * template module renders on the target host (`{% for %}`, `{{ var }}`), not YAML as written.
 */
export function isAnsibleRoleTemplate(file: string): boolean {
  return /(^|\/)roles\/[^/]+\/templates\//.test(file);
}

/** Whether a file name is a kustomization file. */
export function isKustomizationFile(file: string): boolean {
  return KUSTOMIZATION_NAME.test(path.posix.basename(file));
}

/**
 * The patch files named by the given kustomization files (path and text), resolved against each
 * kustomization's directory. Inline patches (a `patch:` string, or a multi-line string entry of
 * `patchesStrategicMerge`) name no file.
 */
export function findKustomizePatches(kustomizations: readonly { path: string; text: string }[]): Set<string> {
  const patches = new Set<string>();
  for (const k of kustomizations) {
    for (const doc of parseYaml(k.path, k.text).documents) {
      if (!doc.root || doc.root.kind !== 'map') continue;
      const value = toPlain(doc.root) as Record<string, unknown>;
      for (const ref of patchReferences(value)) {
        const resolved = resolveKustomizeReference(k.path, ref);
        if (!resolved.startsWith('../')) patches.add(resolved);
      }
    }
  }
  return patches;
}

/**
 * The kustomization files no other kustomization includes (through `resources`, `bases` or
 * `components`): the overlays a user builds. A base included by an overlay is built with it; a
 * Component is built only into a kustomization that names it.
 */
export function findKustomizeRoots(kustomizations: readonly { path: string; text: string }[]): string[] {
  const included = new Set<string>();
  const components = new Set<string>();
  for (const k of kustomizations) {
    for (const doc of parseYaml(k.path, k.text).documents) {
      if (!doc.root || doc.root.kind !== 'map') continue;
      const value = toPlain(doc.root) as Record<string, unknown>;
      if (value.kind === 'Component') components.add(k.path);
      for (const key of ['resources', 'bases', 'components']) {
        for (const entry of Array.isArray(value[key]) ? (value[key] as unknown[]) : []) {
          if (typeof entry === 'string') included.add(resolveKustomizeReference(k.path, entry));
        }
      }
    }
  }
  return kustomizations.map((k) => k.path).filter((file) => !components.has(file) && !included.has(dirOf(file) || '.'));
}

function patchReferences(kustomization: Record<string, unknown>): string[] {
  const refs: string[] = [];
  const list = (key: string): unknown[] => (Array.isArray(kustomization[key]) ? (kustomization[key] as unknown[]) : []);
  for (const entry of list('patchesStrategicMerge')) {
    if (isFileReference(entry)) refs.push(entry.trim());
  }
  for (const key of ['patches', 'patchesJson6902']) {
    for (const entry of list(key)) {
      if (isFileReference(entry)) refs.push(entry.trim());
      else if (entry && typeof entry === 'object' && typeof (entry as Record<string, unknown>).path === 'string') {
        refs.push(((entry as Record<string, unknown>).path as string).trim());
      }
    }
  }
  return refs.filter((r) => r && !/^[a-z][a-z0-9+.-]*:\/\//i.test(r));
}

/** A list entry that names a file, not an inline patch (YAML text: several lines, or a `key: value`). */
export function isFileReference(entry: unknown): entry is string {
  return typeof entry === 'string' && !entry.includes('\n') && !/:\s|^\s*[{[]/.test(entry);
}

/** A path a kustomization file names (`resources`, `patches`, `components`), repository-relative, without a trailing slash. */
export function resolveKustomizeReference(kustomizationFile: string, ref: string): string {
  const dir = dirOf(kustomizationFile);
  return path.posix.normalize(dir ? `${dir}/${ref}` : ref).replace(/\/$/, '');
}

function dirOf(file: string): string {
  const dir = path.posix.dirname(file);
  return dir === '.' ? '' : dir;
}
