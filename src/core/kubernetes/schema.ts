/**
 * Schema validation of built-in Kubernetes kinds with the precompiled validators of the
 * `kubernetes-models` package (built-in-models.ts, loaded by loadBuiltInModels only when a run has
 * manifests: they are most of the bundle's weight), plus the list of API groups that are built into
 * Kubernetes (so a kind of such a group is never mistaken for a custom resource).
 */
import type { BuiltInModels } from './built-in-models';
import { formatPath, getNode, pointerToPath, type TreeNode, type TreePath } from '../source/yaml-tree';
import { hasPlaceholder } from './placeholders';
import { validateLearningFields, type LearnedFields } from './unknown-fields';

/** An ajv-style error as thrown by a model's `validate()`. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

export type { BuiltInModels } from './built-in-models';

/** The models of the built-in kinds, from their own chunk of the bundle. */
export async function loadBuiltInModels(): Promise<BuiltInModels> {
  return (await import('./built-in-models')).builtInModels();
}

/** What each model's validator has been seen to read (unknown-fields.ts), for as long as the model is loaded. */
const learnedByModel = new WeakMap<object, LearnedFields>();

/**
 * Validates a built-in object; returns undefined when no schema is known for its apiVersion/kind,
 * an empty list when it is valid.
 */
export function validateBuiltIn(models: BuiltInModels, apiVersion: string, kind: string, value: unknown): SchemaError[] | undefined {
  const cls = models.get(`${apiVersion}/${kind}`);
  if (!cls) return undefined;
  if (!value || typeof value !== 'object') return [{ instancePath: '', keyword: 'type', message: 'must be object', params: { type: 'object' } }];
  // The model's validate function, run on the manifest itself (unknown-fields.ts records the fields it reads).
  let learned = learnedByModel.get(cls);
  if (!learned) learnedByModel.set(cls, (learned = new Map()));
  const { thrown, unknownFields } = validateLearningFields(cls.prototype.validate, value, learned);
  if (thrown === undefined) return unknownFields;
  const errors = (thrown as { errors?: unknown }).errors;
  if (Array.isArray(errors)) return [...errors.filter((x): x is SchemaError => !!x && typeof (x as SchemaError).instancePath === 'string'), ...unknownFields];
  return [{ instancePath: '', keyword: 'exception', message: thrown instanceof Error ? thrown.message : String(thrown) }];
}

/** API groups served by Kubernetes itself (the empty string is the core group). */
const BUILT_IN_GROUPS = new Set([
  '',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'apps',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'extensions',
  'flowcontrol.apiserver.k8s.io',
  'internal.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'resource.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
  'storagemigration.k8s.io',
]);

/** `apps/v1` -> `apps`, `v1` -> `` (core). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function versionOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
}

export function isBuiltInGroup(apiVersion: string): boolean {
  return BUILT_IN_GROUPS.has(groupOf(apiVersion));
}

/** A path for messages; the object itself is `(root)`. */
function describePath(path: TreePath): string {
  return formatPath(path) || '(root)';
}

export interface SchemaProblem {
  /** Where to report: the offending field, or the map that lacks a required field. */
  path: TreePath;
  message: string;
}

/**
 * Readable problems from ajv-style errors, one per offending field: the alternatives of an
 * int-or-string field ("must be string", "must be integer", "must match exactly one schema in oneOf")
 * become one "must be string or integer".
 */
export function summarizeSchemaErrors(root: TreeNode | null | undefined, errors: readonly SchemaError[]): SchemaProblem[] {
  const groups = new Map<string, SchemaError[]>();
  for (const e of errors) {
    if (isSubstituted(root, e)) continue;
    const missing = e.keyword === 'required' ? String(e.params?.missingProperty ?? '') : '';
    const key = `${e.instancePath}\u0000${missing}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out: SchemaProblem[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const base = pointerToPath(root, first.instancePath);
    const params = first.params ?? {};
    if (first.keyword === 'required' && typeof params.missingProperty === 'string') {
      out.push({ path: base, message: `${describePath([...base, params.missingProperty])}: required field is missing` });
      continue;
    }
    if (first.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      const path = [...base, params.additionalProperty];
      const hint = typeof params.suggestion === 'string' ? `; did you mean "${params.suggestion}"?` : '';
      out.push({ path, message: `${describePath(path)}: unknown field${hint}` });
      continue;
    }
    const types = [...new Set(group.filter((e) => e.keyword === 'type').flatMap((e) => [e.params?.type].flat().map(String)))];
    if (types.length) {
      out.push({ path: base, message: `${describePath(base)}: must be ${types.join(' or ')}` });
      continue;
    }
    const main = group.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? first;
    const allowed = main.params?.allowedValues;
    if (main.keyword === 'enum' && Array.isArray(allowed)) {
      out.push({ path: base, message: `${describePath(base)}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` });
      continue;
    }
    out.push({ path: base, message: `${describePath(base)}: ${main.message ?? main.keyword}` });
  }
  return out;
}

/**
 * Whether an error is about a value (or a field name) that holds a Flux `${VAR}` or `$(VAR)`
 * placeholder (placeholders.ts): its real value is only known after substitution, so its type,
 * enum or pattern cannot be judged.
 */
function isSubstituted(root: TreeNode | null | undefined, e: SchemaError): boolean {
  if (e.keyword === 'additionalProperties' && hasPlaceholder(e.params?.additionalProperty)) return true;
  const node = getNode(root, pointerToPath(root, e.instancePath));
  return node?.kind === 'scalar' && hasPlaceholder(node.value);
}

/**
 * Groups of files that look like manifests (apiVersion + kind) but configure a client-side tool
 * and are never sent to the API server: kustomize, kind, k3d, kubeadm, skaffold...
 */
const CLIENT_SIDE_GROUPS = new Set([
  'kustomize.config.k8s.io',
  'config.kubernetes.io',
  'kind.x-k8s.io',
  'k3d.io',
  'kubeadm.k8s.io',
  'kubelet.config.k8s.io',
  'kubeproxy.config.k8s.io',
  'kubescheduler.config.k8s.io',
  'apiserver.config.k8s.io',
  'audit.k8s.io',
  'client.authentication.k8s.io',
  'skaffold',
  'ctlptl.dev',
  // flux-schema's own settings (.fluxschema.yml), read by `flux-schema validate`.
  'schema.plugin.fluxcd.io',
]);

export function isClientSideConfig(apiVersion: string, kind: string): boolean {
  return CLIENT_SIDE_GROUPS.has(groupOf(apiVersion)) || (apiVersion === 'v1' && kind === 'Config');
}
