/**
 * `kubectl apply --server-side --field-manager=stackgate` of an environment's manifests (for real,
 * or as a server dry run for a plan), and `kubectl get` of the same objects before and after.
 *
 * The configured paths become kubectl sources in their order: files and plain directories share one
 * run (`-f a -f b`), each kustomization directory has its own (`-k`: kubectl keeps only the last
 * `-k` of a run). A source that fails stops the ones after it.
 *
 * Field conflicts (409): after a `kubectl rollout undo` the pod template belongs to the `kubectl`
 * field manager, so the next apply is refused for those fields. Without `forceConflicts` that is the
 * failure, naming the object, the manager and the fields; with it, the source is applied again with
 * `--force-conflicts` and the takeover is reported. kubectl's errors do not name their object:
 * the objects of the source that kubectl did not print are the refused ones, in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KubernetesDeployConfig } from '../../core/config/deploy-schema';
import { DeployFailure, type DriverContext } from '../../core/deploy/driver';
import type { KubectlResult, KubectlSession } from './kubernetes-kubectl';
import { describeObject, errorLines, parseConflict, parseObjects, printedNameOf, printedNames, type ObjectState } from './kubernetes-objects';

const FIELD_MANAGER = 'stackgate';
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface ManifestSource {
  /** The configured paths, as the user wrote them. */
  label: string;
  /** `-f <abs> -f <abs>` or `-k <abs>`. */
  args: string[];
}

/** What one apply of every source did. */
export interface ApplyResult {
  /** What a dry run would make of the objects (`-o json`); empty for a real apply (getObjects tells). */
  objects: ObjectState[];
  /** Notes for the outcome: the conflicts that were forced. */
  notes: string[];
  /** When a source failed: why, in a sentence; sources after it were not applied. */
  failure?: { message: string; phase: DeployFailure['phase']; isConflict: boolean };
}

export function manifestSources(config: KubernetesDeployConfig, ctx: DriverContext): ManifestSource[] {
  const sources: ManifestSource[] = [];
  for (const p of config.paths) {
    const abs = path.resolve(ctx.source.root, p);
    const stat = fs.statSync(abs, { throwIfNoEntry: false });
    if (!stat) throw new DeployFailure(`kubernetes: ${p} does not exist in the repository at ${ctx.source.sha.slice(0, 7)}`, 'deploy', [], false);
    const isKustomization = stat.isDirectory() && KUSTOMIZATION_FILES.some((f) => fs.existsSync(path.join(abs, f)));
    const last = sources[sources.length - 1];
    if (isKustomization) sources.push({ label: p, args: ['-k', abs] });
    else if (last && last.args[0] === '-f') sources[sources.length - 1] = { label: `${last.label}, ${p}`, args: [...last.args, '-f', abs] };
    else sources.push({ label: p, args: ['-f', abs] });
  }
  return sources;
}

function namespaceArgs(config: KubernetesDeployConfig): string[] {
  return config.namespace ? ['--namespace', config.namespace] : [];
}

/** The objects of every source as the cluster has them now (missing ones left out), per source. */
export async function getObjects(k: KubectlSession, config: KubernetesDeployConfig, sources: ManifestSource[]): Promise<ObjectState[][]> {
  const out: ObjectState[][] = [];
  for (const s of sources) {
    const res = await k.run(['get', ...namespaceArgs(config), ...s.args, '-o', 'json', '--ignore-not-found']);
    if (res.code !== 0 || res.killed) {
      const f = failureOf(res, `kubectl get of ${s.label}`);
      throw new DeployFailure(f.message, f.phase, [], false);
    }
    out.push(parseObjects(res.stdout));
  }
  return out;
}

/**
 * Applies every source in order (`dryRun`: `--dry-run=server -o json`, nothing changes). `before`
 * is what getObjects saw, per source: the objects a refused apply is matched to.
 */
export async function applySources(
  k: KubectlSession,
  config: KubernetesDeployConfig,
  sources: ManifestSource[],
  before: ObjectState[][],
  opts: { dryRun: boolean; environment: string },
): Promise<ApplyResult> {
  const result: ApplyResult = { objects: [], notes: [] };
  for (const [i, s] of sources.entries()) {
    const run = (force: boolean, output = opts.dryRun ? 'json' : 'name') =>
      k.run([
        'apply',
        '--server-side',
        `--field-manager=${FIELD_MANAGER}`,
        ...(opts.dryRun ? ['--dry-run=server'] : []),
        ...(force ? ['--force-conflicts'] : []),
        ...namespaceArgs(config),
        ...s.args,
        '-o',
        output,
      ]);
    let res = await run(false);
    if (res.code !== 0 || res.killed) {
      const f = failureOf(res, `kubectl apply of ${s.label}`);
      if (!f.isConflict) return { ...record(result, res, opts.dryRun), failure: f };
      // `-o json` prints nothing when an object fails; `-o name` prints those that did not.
      const refused = refusedObjects(opts.dryRun ? await run(false, 'name') : res, before[i] ?? []);
      const conflicts = describeConflicts(refused, errorLines(res.stderr));
      const setting = `\`forceConflicts: true\` (environments.${opts.environment}.deploy.kubernetes)`;
      if (!config.forceConflicts) {
        const undo = conflicts.managers.includes('"kubectl"') ? " (after a `kubectl rollout undo` the pod template is kubectl's)" : '';
        const message = `${conflicts.text}. The fields belong to ${conflicts.managers}${undo}; conflicts can be forced with ${setting}, and stackgate then takes the fields over`;
        if (!opts.dryRun) return { ...record(result, res, false), failure: { ...f, message } };
        result.notes.push(`${message}. As it stands the deploy will be refused`);
      } else {
        result.notes.push(
          `${conflicts.text}: ${opts.dryRun ? 'would be' : 'was'} taken over from ${conflicts.managers} with --force-conflicts (forceConflicts: true)`,
        );
      }
      res = await run(true);
      if (res.code !== 0 || res.killed)
        return { ...record(result, res, opts.dryRun), failure: failureOf(res, `kubectl apply --force-conflicts of ${s.label}`) };
    }
    record(result, res, opts.dryRun);
  }
  return result;
}

function record(result: ApplyResult, res: KubectlResult, isJson: boolean): ApplyResult {
  if (isJson && res.code === 0) result.objects.push(...parseObjects(res.stdout));
  return result;
}

/** The source's existing objects kubectl did not print: the ones it refused. */
function refusedObjects(res: KubectlResult, before: ObjectState[]): ObjectState[] {
  const printed = printedNames(res.stdout);
  return before.filter((o) => !printed.has(printedNameOf(o)));
}

/**
 * The refused objects with kubectl's error for each (`deployment/mcp-app in mcp: Apply failed with 1
 * conflict: conflict with "kubectl" using apps/v1: .spec…image`), and the managers that own the fields.
 */
function describeConflicts(refused: ObjectState[], errors: string[]): { text: string; managers: string } {
  const conflicts = errors.filter((e) => parseConflict(e));
  const names = [...new Set(conflicts.flatMap((e) => parseConflict(e)!.managers))];
  const managers = names.length ? `the field manager${names.length > 1 ? 's' : ''} ${names.join(' and ')}` : 'another field manager';
  if (refused.length === conflicts.length) return { text: refused.map((o, i) => `${describeObject(o)}: ${conflicts[i]}`).join('; '), managers };
  const objects = refused.length ? refused.map(describeObject).join(', ') : 'objects of the source';
  return { text: `${objects}: ${conflicts.join('; ')}`, managers };
}

/** A failed kubectl run in a sentence: its error lines, or that it was killed. */
export function failureOf(res: KubectlResult, what: string): { message: string; phase: DeployFailure['phase']; isConflict: boolean } {
  if (res.killed === 'deadline') return { message: `${what}: not finished by the deadline; kubectl was killed`, phase: 'timeout', isConflict: false };
  if (res.killed === 'aborted') return { message: `${what}: cancelled; kubectl was killed`, phase: 'timeout', isConflict: false };
  const errors = errorLines(res.stderr);
  const isConflict = errors.length > 0 && errors.every((e) => parseConflict(e) !== undefined);
  const text = errors.join('; ') || `kubectl exited with status ${res.code}`;
  return { message: `${what}: ${text}${hintFor(text)}`, phase: 'deploy', isConflict };
}

/** The likely fix for what kubectl said, when it is about the kubeconfig's user. */
function hintFor(text: string): string {
  if (/provide credentials|\(Unauthorized\)|You must be logged in/.test(text))
    return ' (the API server refused the credentials of the kubeconfig: expired or wrong?)';
  if (/\(Forbidden\)|is forbidden/.test(text)) return " (the kubeconfig's user lacks a permission (RBAC) for this)";
  return '';
}
