/**
 * The Kubernetes deploy driver: the real kubectl against the cluster of the kubeconfig the run was
 * given (kubernetes-kubectl.ts).
 *
 * - deploy: `apply --server-side --field-manager=stackgate` of the configured paths
 *   (kubernetes-apply.ts), then `rollout status` of every Deployment, StatefulSet and DaemonSet the
 *   manifests hold (kubernetes-rollout.ts). Whether the cluster changed comes from the objects'
 *   resourceVersions before and after, so a refused apply that changed nothing says so.
 * - plan: the same apply as a server dry run, compared with the objects as they are.
 * - capture: the revision (and generation) of each workload of the manifests, and which objects exist.
 * - restore: `rollout undo` to the captured revision of each workload that changed since, then
 *   `rollout status` again. Objects the failed deploy created are reported, never deleted.
 */
import type { KubernetesDeployConfig } from '../../core/config/deploy-schema';
import {
  DeployFailure,
  type DeployDriver,
  type DeployItem,
  type DeployOutcome,
  type DeployPlan,
  type DriverContext,
  type RestorePoint,
} from '../../core/deploy/driver';
import { applySources, failureOf, getObjects, manifestSources } from './kubernetes-apply';
import { withKubectl, type KubectlOptions, type KubectlSession } from './kubernetes-kubectl';
import { describeObject, isWorkload, itemOf, keyOf, parseObjects, refOf, type ObjectState } from './kubernetes-objects';
import { verifyRollouts } from './kubernetes-rollout';

export type { KubectlOptions };

/** What capture keeps of a workload: enough to undo to it. */
type CapturedWorkload = Omit<ObjectState, 'content'>;

interface KubernetesRestorePoint extends RestorePoint {
  driver: 'kubernetes';
  /** keyOf() of every object of the manifests that existed. */
  objects: string[];
  workloads: CapturedWorkload[];
}

export function kubernetesDriver(config: KubernetesDeployConfig, options: KubectlOptions = {}): DeployDriver {
  const session = <T>(ctx: DriverContext, fn: (k: KubectlSession) => Promise<T>) => withKubectl(ctx, config, options, fn);
  return {
    kind: 'kubernetes',
    plan: (ctx) => session(ctx, (k) => plan(k, ctx, config)),
    capture: (ctx) => session(ctx, (k) => capture(k, ctx, config)),
    deploy: (ctx) => session(ctx, (k) => deploy(k, ctx, config)),
    restore: (ctx, point) => session(ctx, (k) => restore(k, ctx, config, point)),
  };
}

async function plan(k: KubectlSession, ctx: DriverContext, config: KubernetesDeployConfig): Promise<DeployPlan> {
  const sources = manifestSources(config, ctx);
  const before = await getObjects(k, config, sources);
  const current = new Map(before.flat().map((o) => [keyOf(o), o]));
  const dry = await applySources(k, config, sources, before, { dryRun: true, environment: ctx.source.environment });
  if (dry.failure) throw new DeployFailure(`dry run: ${dry.failure.message}`, dry.failure.phase, [], false);
  const items = dry.objects.map((o) => {
    const was = current.get(keyOf(o));
    return itemOf(o, !was ? 'create' : was.content !== o.content ? 'update' : 'unchanged', was);
  });
  return { driver: 'kubernetes', target: targetOf(k, config), items, notes: dry.notes };
}

async function capture(k: KubectlSession, ctx: DriverContext, config: KubernetesDeployConfig): Promise<KubernetesRestorePoint | undefined> {
  const objects = (await getObjects(k, config, manifestSources(config, ctx))).flat();
  if (!objects.length) return undefined;
  const workloads = objects.filter(isWorkload).map(({ content: _c, ...w }) => w);
  const description = workloads.length
    ? workloads
        .map(
          (w) =>
            `${describeObject(w)} at ${w.revision ? `revision ${w.revision}` : `generation ${w.generation}`}${w.images.length ? ` (${w.images.join(', ')})` : ''}`,
        )
        .join('; ')
    : `${objects.length} object${objects.length === 1 ? '' : 's'}, no workloads`;
  return { driver: 'kubernetes', description, objects: objects.map(keyOf), workloads };
}

async function deploy(k: KubectlSession, ctx: DriverContext, config: KubernetesDeployConfig): Promise<DeployOutcome> {
  const sources = manifestSources(config, ctx);
  const before = await getObjects(k, config, sources);
  const was = new Map(before.flat().map((o) => [keyOf(o), o]));
  const applied = await applySources(k, config, sources, before, { dryRun: false, environment: ctx.source.environment });
  // What the cluster holds now; after a kill at the deadline there is no time to look: assume it changed.
  const after = await getObjects(k, config, sources).then(
    (objs) => objs.flat(),
    (e: unknown) => {
      if (applied.failure && e instanceof DeployFailure) return undefined;
      throw e;
    },
  );
  // `deployed` is what was applied and, for a workload, rolled out; the rest says what changed.
  const itemFor = (o: ObjectState, detail?: string, isDeployed = !applied.failure && !isWorkload(o)) => {
    const prev = was.get(keyOf(o));
    const change = changeOf(prev, o);
    const action = isDeployed ? 'deployed' : ({ created: 'create', updated: 'update', unchanged: 'unchanged' } as const)[change];
    return itemOf(o, action, prev, [change, detail].filter(Boolean).join('; '));
  };
  const isChanged = !after || after.some((o) => changeOf(was.get(keyOf(o)), o) !== 'unchanged');
  ctx.log(`kubernetes: ${(after ?? []).map((o) => `${describeObject(o)} ${changeOf(was.get(keyOf(o)), o)}`).join(', ') || 'no objects'}`);
  if (applied.failure)
    throw new DeployFailure(
      applied.failure.message,
      applied.failure.phase,
      (after ?? []).map((o) => itemFor(o)),
      isChanged,
    );
  const objects = after ?? [];
  const workloads = objects.filter(isWorkload);
  const rolledOut = await verifyRollouts(k, ctx, workloads, itemFor, {
    checked: objects.filter((o) => !isWorkload(o)).map((o) => itemFor(o)),
    changed: isChanged,
  });
  const verified = new Map(workloads.map((w, i) => [keyOf(w), rolledOut[i]]));
  return { items: objects.map((o) => verified.get(keyOf(o)) ?? itemFor(o)), notes: applied.notes };
}

function changeOf(before: ObjectState | undefined, after: ObjectState): 'created' | 'updated' | 'unchanged' {
  if (!before) return 'created';
  return before.resourceVersion === after.resourceVersion ? 'unchanged' : 'updated';
}

async function restore(k: KubectlSession, ctx: DriverContext, config: KubernetesDeployConfig, point: RestorePoint): Promise<DeployOutcome> {
  const p = restorePointOf(point);
  const now = await currentWorkloads(k, p.workloads);
  const items: DeployItem[] = [];
  const notes: string[] = [];
  const undone: ObjectState[] = [];
  for (const w of p.workloads) {
    const cur = now.get(keyOf(w));
    if (!cur) {
      notes.push(`${describeObject(w)}: gone since the deploy began; not recreated`);
      continue;
    }
    if (cur.generation === w.generation) {
      items.push(itemOf(cur, 'unchanged', undefined, 'unchanged since the deploy began'));
      continue;
    }
    if (w.kind === 'Deployment' && w.revision && cur.revision === w.revision) {
      items.push(itemOf(cur, 'unchanged', undefined, `pod template unchanged (revision ${w.revision})`));
      notes.push(
        `${describeObject(w)}: changed outside its pod template (generation ${w.generation} -> ${cur.generation}); rollout undo restores pod templates only`,
      );
      continue;
    }
    const toRevision = w.kind === 'Deployment' && w.revision ? [`--to-revision=${w.revision}`] : [];
    const res = await k.run(['rollout', 'undo', refOf(w), ...(w.namespace ? ['--namespace', w.namespace] : []), ...toRevision]);
    if (res.code !== 0 || res.killed) {
      const f = failureOf(res, `${describeObject(w)}: kubectl rollout undo`);
      throw new DeployFailure(f.message, f.phase, [...items, itemOf(cur, 'unchanged', undefined, 'not rolled back')], undone.length > 0);
    }
    undone.push(cur);
  }
  const rolledBack = await verifyRollouts(
    k,
    ctx,
    undone,
    (o, detail, isRolledOut) => {
      const w = p.workloads.find((x) => keyOf(x) === keyOf(o))!;
      const back = `rolled back to ${w.revision ? `revision ${w.revision}` : 'the previous revision'}`;
      return itemOf(w, isRolledOut ? 'deployed' : 'update', o, [back, detail].filter(Boolean).join('; '));
    },
    { checked: items, changed: true },
  );
  const created = await createdObjects(k, ctx, config, p);
  for (const o of created) notes.push(`${describeObject(o)}: created by the deploy being rolled back and left in place; delete it by hand if it should go`);
  if (undone.length)
    notes.push(
      `${undone.map(describeObject).join(', ')}: rolled back with kubectl rollout undo, so the pod template now belongs to the kubectl field manager; the next deploy conflicts unless forceConflicts is true`,
    );
  return { items: [...items, ...rolledBack], notes };
}

/** The captured workloads as they are now, one `kubectl get` per namespace. */
async function currentWorkloads(k: KubectlSession, workloads: CapturedWorkload[]): Promise<Map<string, ObjectState>> {
  const found = new Map<string, ObjectState>();
  for (const ns of new Set(workloads.map((w) => w.namespace))) {
    const refs = workloads.filter((w) => w.namespace === ns).map((w) => `${w.kind.toLowerCase()}.${w.group}/${w.name}`);
    const res = await k.run(['get', ...refs, ...(ns ? ['--namespace', ns] : []), '-o', 'json', '--ignore-not-found']);
    if (res.code !== 0 || res.killed) {
      const f = failureOf(res, 'kubectl get of the workloads to restore');
      throw new DeployFailure(f.message, f.phase, [], false);
    }
    for (const o of parseObjects(res.stdout)) found.set(keyOf(o), o);
  }
  return found;
}

/** Objects of the manifests that exist now but did not when the point was captured. */
async function createdObjects(k: KubectlSession, ctx: DriverContext, config: KubernetesDeployConfig, p: KubernetesRestorePoint): Promise<ObjectState[]> {
  const objects = (await getObjects(k, config, manifestSources(config, ctx))).flat();
  const existed = new Set(p.objects);
  return objects.filter((o) => !existed.has(keyOf(o)));
}

function restorePointOf(point: RestorePoint): KubernetesRestorePoint {
  const p = point as Partial<KubernetesRestorePoint>;
  if (p.driver !== 'kubernetes' || !Array.isArray(p.objects) || !Array.isArray(p.workloads))
    throw new DeployFailure(`kubernetes: not a restore point of the Kubernetes driver (${point.driver})`, 'deploy', [], false);
  return p as KubernetesRestorePoint;
}

function targetOf(k: KubectlSession, config: KubernetesDeployConfig): string {
  return `${k.target}${config.namespace ? `, namespace ${config.namespace}` : ''}`;
}
