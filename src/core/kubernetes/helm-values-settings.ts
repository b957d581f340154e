/**
 * Pod settings in Helm values, found by the shapes common charts use (helm-values.ts gives the
 * values): `securityContext` / `containerSecurityContext` / `podSecurityContext` maps (any key
 * ending in securityContext), `hostNetwork` / `hostPID` / `hostIPC`, and images as
 * `image: {registry, repository, tag}` or `image: "repo:tag"`. A chart decides what a value does, so
 * only these conventional meanings are read; an image map without a tag takes the chart's appVersion.
 */
import { isRecord } from '../is-record';
import { formatPath, toPlain, type Loc, type TreeNode, type TreePath } from '../source/yaml-tree';
import { helmValuesOf } from './helm-values';
import { isTemplated, parseImageReference } from './image-reference';
import type { KubernetesObject } from './objects';
import { hasPlaceholder } from './placeholders';

export type HelmValuesSetting =
  | { kind: 'privileged'; path: TreePath }
  | { kind: 'capability'; path: TreePath; capability: string }
  | { kind: 'host-namespace'; path: TreePath; field: 'hostNetwork' | 'hostPID' | 'hostIPC' }
  | { kind: 'image'; path: TreePath; image: string; problem: 'latest' | 'untagged' };

const HOST_FIELDS = new Set(['hostNetwork', 'hostPID', 'hostIPC']);
const MAX_DEPTH = 24;
const cache = new WeakMap<TreeNode, HelmValuesSetting[]>();

export function helmValuesSettings(root: TreeNode): HelmValuesSetting[] {
  let found = cache.get(root);
  if (!found) {
    found = [];
    walk(toPlain(root), [], undefined, found);
    cache.set(root, found);
  }
  return found;
}

function isSecurityContextKey(key: string | number | undefined): boolean {
  return typeof key === 'string' && /securitycontext$/i.test(key);
}

function walk(value: unknown, path: TreePath, key: string | number | undefined, out: HelmValuesSetting[]): void {
  if (path.length > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, i], i, out));
    return;
  }
  if (!isRecord(value)) return;
  if (isSecurityContextKey(key)) securityContext(value, path, out);
  // `privileged: true` elsewhere is the chart's own switch for a component (`kubeletPlugin.privileged`), unless it configures a policy.
  else if (value.privileged === true && !path.some((k) => typeof k === 'string' && /securitypolic|^psp$|rbac/i.test(k)))
    out.push({ kind: 'privileged', path: [...path, 'privileged'] });
  for (const field of HOST_FIELDS) {
    if (value[field] === true) out.push({ kind: 'host-namespace', path: [...path, field], field: field as 'hostNetwork' | 'hostPID' | 'hostIPC' });
  }
  for (const [k, v] of Object.entries(value)) {
    if (/^image$/i.test(k) || /Image$/.test(k)) image(v, value, [...path, k], k, out);
    if (v && typeof v === 'object') walk(v, [...path, k], k, out);
  }
}

function securityContext(sc: Record<string, unknown>, path: TreePath, out: HelmValuesSetting[]): void {
  if (sc.privileged === true) out.push({ kind: 'privileged', path: [...path, 'privileged'] });
  const add = isRecord(sc.capabilities) ? sc.capabilities.add : undefined;
  if (!Array.isArray(add)) return;
  add.forEach((cap, i) => {
    if (typeof cap === 'string')
      out.push({ kind: 'capability', path: [...path, 'capabilities', 'add', i], capability: cap.toUpperCase().replace(/^CAP_/, '') });
  });
}

function isUnknown(text: string): boolean {
  return isTemplated(text) || hasPlaceholder(text) || /\s/.test(text.trim());
}

/** `image: {repository, tag}` (tag `latest`), or `image: "repo:latest"` / `image: repo` without a tag key beside it. */
function image(v: unknown, parent: Record<string, unknown>, path: TreePath, key: string, out: HelmValuesSetting[]): void {
  if (isRecord(v)) {
    // An override may set only the tag; the chart supplies the repository.
    const named = v.repository ?? v.name;
    const repository = typeof named === 'string' && named.trim() ? named.trim() : undefined;
    if ((repository && isUnknown(repository)) || (typeof v.digest === 'string' && v.digest.trim())) return;
    const ref = repository ? parseImageReference(repository) : undefined;
    const tag = v.tag === undefined || v.tag === null || v.tag === '' ? ref?.tag : String(v.tag);
    if (ref?.digest || tag === undefined || isUnknown(tag)) return;
    const shown = `${ref?.name ?? "the chart's image"}:${tag}`;
    if (tag === 'latest') out.push({ kind: 'image', path: v.tag === undefined ? [...path, 'repository'] : [...path, 'tag'], image: shown, problem: 'latest' });
    return;
  }
  const text = typeof v === 'string' ? v : '';
  if (!text.trim() || isUnknown(text)) return;
  const ref = parseImageReference(text);
  if (ref.digest) return;
  if (ref.tag === 'latest') out.push({ kind: 'image', path, image: text, problem: 'latest' });
  // A tag key beside the image (`imageTag`, `tag`) completes it in the chart's template.
  else if (ref.tag === undefined && !Object.keys(parent).some((k) => k !== key && /tag$/i.test(k)))
    out.push({ kind: 'image', path, image: text, problem: 'untagged' });
}

export interface HelmValuesSettingRef<S extends HelmValuesSetting> {
  setting: S;
  /** Where the values are in the object (`spec.values`), for messages. */
  field: string;
  /** The setting's path inside the values (`securityContext.privileged`), for messages. */
  name: string;
  at: Loc;
}

/** The settings of one kind in every set of Helm values an object carries (HelmRelease, Application). */
export function helmValuesSettingsOf<K extends HelmValuesSetting['kind']>(
  obj: KubernetesObject,
  kind: K,
): HelmValuesSettingRef<Extract<HelmValuesSetting, { kind: K }>>[] {
  const out: HelmValuesSettingRef<Extract<HelmValuesSetting, { kind: K }>>[] = [];
  for (const values of helmValuesOf(obj).values) {
    for (const setting of helmValuesSettings(values.root)) {
      if (setting.kind !== kind) continue;
      out.push({
        setting: setting as Extract<HelmValuesSetting, { kind: K }>,
        field: values.field,
        name: formatPath(setting.path),
        at: values.locate(setting.path),
      });
    }
  }
  return out;
}
