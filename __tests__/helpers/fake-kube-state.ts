/**
 * The objects of the fake Kubernetes API server (fake-kube-apiserver.ts) and what the control plane
 * does to them, as far as `kubectl apply --server-side`, `rollout status` and `rollout undo` see it:
 *
 * - server-side apply (fake-kube-fields.ts): field ownership per leaf field (`.spec.template.spec.containers[name="app"].image`),
 *   a 409 conflict when an applied value differs from one another manager owns (unless forced),
 *   maps merged, lists of named objects merged by name, other lists replaced;
 * - updates (the JSON patch of `rollout undo`): the changed fields move to the updating manager,
 *   as the real field manager records an Update;
 * - `metadata.generation` counts spec changes; a Deployment's template change makes or reuses a
 *   ReplicaSet (owned by it, `deployment.kubernetes.io/revision` = the highest + 1) and starts a
 *   rollout, which `progress` moves on when a watch looks at it, as the test chose: ready, exceeds its
 *   progress deadline, or never gets there.
 */
import crypto from 'node:crypto';
import { canonicalJson } from '../../src/core/canonical-json';
import { applyOp, flatten, managedFields, merge, renderPath, stripIdentity, type Owners } from './fake-kube-fields';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    generation?: number;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean }[];
    [key: string]: unknown;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ResourceType {
  group: string;
  version: string;
  plural: string;
  kind: string;
  namespaced: boolean;
}

export const RESOURCE_TYPES: ResourceType[] = [
  { group: '', version: 'v1', plural: 'namespaces', kind: 'Namespace', namespaced: false },
  { group: '', version: 'v1', plural: 'services', kind: 'Service', namespaced: true },
  { group: '', version: 'v1', plural: 'configmaps', kind: 'ConfigMap', namespaced: true },
  { group: '', version: 'v1', plural: 'secrets', kind: 'Secret', namespaced: true },
  { group: 'apps', version: 'v1', plural: 'deployments', kind: 'Deployment', namespaced: true },
  { group: 'apps', version: 'v1', plural: 'statefulsets', kind: 'StatefulSet', namespaced: true },
  { group: 'apps', version: 'v1', plural: 'daemonsets', kind: 'DaemonSet', namespaced: true },
  { group: 'apps', version: 'v1', plural: 'replicasets', kind: 'ReplicaSet', namespaced: true },
];

export const groupVersion = (t: ResourceType): string => (t.group ? `${t.group}/${t.version}` : t.version);

/** What a rollout does once a watch looks at it. */
export type RolloutMode = 'ready' | 'progress-deadline' | 'stuck';

/** A field conflict of server-side apply: who owns the field, and which field. */
export interface FieldConflict {
  manager: string;
  operation: 'Apply' | 'Update';
  path: string;
}

export class ApplyConflictError extends Error {
  constructor(readonly conflicts: FieldConflict[]) {
    super('conflict');
  }
}

const REVISION = 'deployment.kubernetes.io/revision';
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

export class FakeKubeState {
  private readonly objects = new Map<string, KubeObject>();
  private readonly owners = new Map<string, Owners>();
  private readonly rollouts = new Map<string, RolloutMode>();
  /** Workloads whose last spec change has not finished rolling out. */
  private readonly pending = new Set<string>();
  private resourceVersion = 100;
  /** Every change made, in order (dry runs make none): `apply deployments/mcp/mcp-app`. */
  readonly changes: string[] = [];

  constructor() {
    this.put(this.typeOf('Namespace'), { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'mcp' } }, 'seed');
  }

  get latestResourceVersion(): string {
    return String(this.resourceVersion);
  }

  typeOf(kind: string): ResourceType {
    const t = RESOURCE_TYPES.find((r) => r.kind === kind);
    if (!t) throw new Error(`fake kube: no resource type for kind ${kind}`);
    return t;
  }

  get(t: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    const o = this.objects.get(keyOf(t, namespace, name));
    return o && clone(o);
  }

  list(t: ResourceType, namespace: string | undefined): KubeObject[] {
    return [...this.objects.values()].filter((o) => o.kind === t.kind && (!namespace || o.metadata.namespace === namespace)).map(clone);
  }

  /** What the test says a workload's next rollouts do (default ready). */
  setRollout(name: string, mode: RolloutMode): void {
    this.rollouts.set(name, mode);
  }

  rolloutOf(name: string): RolloutMode {
    return this.rollouts.get(name) ?? 'ready';
  }

  /** An object as if someone applied it long ago, its rollout done (`manager` owns its fields). */
  seed(object: KubeObject, manager = 'kubectl'): KubeObject {
    const t = this.typeOf(object.kind);
    const stored = this.put(t, clone(object), manager, 'Apply');
    if (WORKLOADS.has(stored.kind)) this.progress(t, stored.metadata.namespace, stored.metadata.name, 'ready');
    return this.get(t, stored.metadata.namespace, stored.metadata.name)!;
  }

  /** Server-side apply of `applied` by `manager`; returns the result and whether the object is new. */
  apply(t: ResourceType, namespace: string | undefined, name: string, applied: KubeObject, opts: { manager: string; force: boolean; dryRun: boolean }) {
    const key = keyOf(t, namespace, name);
    const current = this.objects.get(key);
    const owners: Owners = new Map(this.owners.get(key) ?? []);
    const leaves = flatten(stripIdentity(applied));
    if (current) {
      const now = flatten(stripIdentity(current));
      const conflicts: FieldConflict[] = [];
      for (const [path, value] of leaves) {
        const others = (owners.get(path) ?? []).filter((o) => o.manager !== opts.manager);
        if (now.has(path) && now.get(path) !== value && others.length)
          conflicts.push(...others.map((o) => ({ manager: o.manager, operation: o.operation, path: renderPath(path) })));
      }
      if (conflicts.length && !opts.force) throw new ApplyConflictError(conflicts);
    }
    for (const path of leaves.keys()) {
      const kept = opts.force ? [] : (owners.get(path) ?? []).filter((o) => o.manager !== opts.manager);
      owners.set(path, [...kept, { manager: opts.manager, operation: 'Apply' }]);
    }
    const merged = current ? (merge(current, { ...applied, metadata: { ...applied.metadata, name, namespace } }) as KubeObject) : clone(applied);
    merged.metadata.namespace = t.namespaced ? namespace : undefined;
    if (opts.dryRun) return { object: this.settle(t, current, merged, owners, true), created: !current };
    this.changes.push(`apply ${t.plural}/${namespace ?? ''}/${name}`);
    return { object: this.settle(t, current, merged, owners, false), created: !current };
  }

  /** A JSON patch (RFC 6902: add, replace, remove) by `manager`, recorded as an Update. */
  jsonPatch(t: ResourceType, namespace: string | undefined, name: string, ops: { op: string; path: string; value?: unknown }[], manager: string) {
    const key = keyOf(t, namespace, name);
    const current = this.objects.get(key);
    if (!current) return undefined;
    const next = clone(current);
    for (const op of ops) applyOp(next as unknown as Record<string, unknown>, op);
    const before = flatten(stripIdentity(current));
    const owners: Owners = new Map(this.owners.get(key) ?? []);
    for (const [path, value] of flatten(stripIdentity(next))) if (before.get(path) !== value) owners.set(path, [{ manager, operation: 'Update' }]);
    this.changes.push(`patch ${t.plural}/${namespace ?? ''}/${name}`);
    return this.settle(t, current, next, owners, false);
  }

  /**
   * The workload controller looks at a rollout in progress: `ready` finishes it, `progress-deadline`
   * reports ProgressDeadlineExceeded, `stuck` observes it with only part of the replicas updated.
   */
  progress(t: ResourceType, namespace: string | undefined, name: string, mode: RolloutMode): KubeObject | undefined {
    const key = keyOf(t, namespace, name);
    const o = this.objects.get(key);
    if (!o || !this.pending.has(key)) return undefined;
    if (mode === 'ready') this.pending.delete(key);
    const spec = o.spec as { replicas?: number };
    const replicas = spec.replicas ?? 1;
    const generation = o.metadata.generation ?? 1;
    const revision = `${name}-${templateHash(o)}`;
    const ready = mode === 'ready' ? replicas : 0;
    const updated = mode === 'stuck' ? Math.max(0, replicas - 1) : replicas;
    o.status =
      o.kind === 'Deployment'
        ? {
            observedGeneration: generation,
            replicas,
            updatedReplicas: updated,
            readyReplicas: ready,
            availableReplicas: ready,
            conditions: [
              mode === 'progress-deadline'
                ? { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${revision}" has timed out progressing.` }
                : { type: 'Progressing', status: 'True', reason: mode === 'ready' ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated' },
            ],
          }
        : o.kind === 'StatefulSet'
          ? { observedGeneration: generation, replicas, readyReplicas: ready, updatedReplicas: updated, currentRevision: revision, updateRevision: revision }
          : { observedGeneration: generation, desiredNumberScheduled: replicas, updatedNumberScheduled: updated, numberAvailable: ready, numberReady: ready };
    o.metadata.resourceVersion = this.nextResourceVersion();
    return clone(o);
  }

  private nextResourceVersion(): string {
    return String(++this.resourceVersion);
  }

  private put(t: ResourceType, object: KubeObject, manager: string, operation: 'Apply' | 'Update' = 'Apply'): KubeObject {
    const owners: Owners = new Map();
    for (const path of flatten(stripIdentity(object)).keys()) owners.set(path, [{ manager, operation }]);
    return this.settle(t, undefined, object, owners, false);
  }

  /** Stores (unless a dry run) `next` with what the API server and the controllers add to it. */
  private settle(t: ResourceType, current: KubeObject | undefined, next: KubeObject, owners: Owners, dryRun: boolean): KubeObject {
    const o = clone(next);
    o.apiVersion = groupVersion(t);
    o.kind = t.kind;
    o.metadata.uid = current?.metadata.uid ?? crypto.randomUUID();
    o.metadata.creationTimestamp = current?.metadata.creationTimestamp ?? '2026-11-22T10:00:00Z';
    defaults(o);
    const specChanged = !current || canonicalJson(current.spec) !== canonicalJson(o.spec);
    o.metadata.generation = (current?.metadata.generation ?? 0) + (specChanged ? 1 : 0);
    o.metadata.managedFields = managedFields(owners, groupVersion(t));
    if (current) o.status = current.status;
    const isTemplateChange = !current || canonicalJson(current.spec?.template) !== canonicalJson(o.spec?.template);
    if (dryRun) return o;
    o.metadata.resourceVersion =
      specChanged || canonicalJson(current?.metadata) !== canonicalJson(o.metadata) ? this.nextResourceVersion() : current!.metadata.resourceVersion;
    if (o.kind === 'Deployment' && isTemplateChange) this.rollReplicaSets(o);
    if (WORKLOADS.has(o.kind) && specChanged && current) o.status = { ...(current.status ?? {}), observedGeneration: current.metadata.generation };
    const key = keyOf(t, o.metadata.namespace, o.metadata.name);
    if (WORKLOADS.has(o.kind) && specChanged) this.pending.add(key);
    this.objects.set(key, o);
    this.owners.set(key, owners);
    return clone(o);
  }

  /** The Deployment controller: the ReplicaSet of the new template (an old one reused) becomes the newest revision. */
  private rollReplicaSets(dep: KubeObject): void {
    const rsType = this.typeOf('ReplicaSet');
    const owned = this.list(rsType, dep.metadata.namespace).filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === dep.metadata.uid));
    const top = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0)));
    const hash = templateHash(dep);
    const template = dep.spec!.template as KubeObject;
    const existing = owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
    const revision = existing && Number(existing.metadata.annotations?.[REVISION]) === top ? top : top + 1;
    dep.metadata.annotations = { ...(dep.metadata.annotations ?? {}), [REVISION]: String(revision) };
    if (existing) {
      const stored = this.objects.get(keyOf(rsType, existing.metadata.namespace, existing.metadata.name))!;
      stored.metadata.annotations = { ...(stored.metadata.annotations ?? {}), [REVISION]: String(revision) };
      stored.metadata.resourceVersion = this.nextResourceVersion();
      return;
    }
    const labels = { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash };
    const rs: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${dep.metadata.name}-${hash}`,
        namespace: dep.metadata.namespace,
        labels,
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: dep.metadata.name, uid: dep.metadata.uid!, controller: true }],
      },
      spec: {
        replicas: 0,
        selector: { matchLabels: { ...((dep.spec!.selector as { matchLabels?: object })?.matchLabels ?? {}), 'pod-template-hash': hash } },
        template: { ...template, metadata: { ...(template.metadata ?? {}), labels } },
      },
    };
    rs.metadata.annotations = { [REVISION]: String(revision) };
    this.put(rsType, rs, 'kube-controller-manager', 'Update');
  }
}

function keyOf(t: ResourceType, namespace: string | undefined, name: string): string {
  return `${t.plural}/${t.namespaced ? (namespace ?? '') : ''}/${name}`;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** The API server's defaults that kubectl relies on (rollout status needs a RollingUpdate strategy). */
function defaults(o: KubeObject): void {
  if (!o.spec || !WORKLOADS.has(o.kind)) return;
  if (o.kind !== 'DaemonSet') o.spec.replicas ??= 1;
  if (o.kind === 'Deployment') o.spec.progressDeadlineSeconds ??= 600;
  if (o.kind === 'StatefulSet') o.spec.updateStrategy ??= { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
  if (o.kind === 'DaemonSet') o.spec.updateStrategy ??= { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } };
}

function templateHash(o: KubeObject): string {
  const hex = crypto
    .createHash('sha256')
    .update(canonicalJson(o.spec?.template ?? {}))
    .digest('hex');
  return hex.slice(0, 10);
}
