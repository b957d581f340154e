/**
 * GitHub Actions workflows of a repository (`.github/workflows/*.yml|yaml`) read into a small model
 * with positions: triggers, permissions, jobs, their environment and steps. The ci/* checks share it.
 */
import { scalarOf, toPlain, type Loc, type MapNode, type TreeNode } from '../../source/yaml-tree';
import { isRecord } from '../../is-record';
import type { RepositoryContext } from '../types';

export interface WorkflowStep {
  node: MapNode;
  loc: Loc;
  uses?: string;
  usesLoc?: Loc;
  run?: string;
  runLoc?: Loc;
  with: Record<string, unknown>;
  withNode?: MapNode;
}

export interface WorkflowJob {
  id: string;
  node: MapNode;
  /** Where the job's key is. */
  loc: Loc;
  /** `environment: prod` or `environment: { name: prod }`; undefined when not set. */
  environment?: string;
  environmentLoc?: Loc;
  /** A reusable workflow called instead of steps (`jobs.<id>.uses`). */
  uses?: string;
  usesLoc?: Loc;
  /** The `with:` of a reusable workflow call. */
  with: Record<string, unknown>;
  permissions?: TreeNode;
  steps: WorkflowStep[];
  hasTimeout: boolean;
  hasConcurrency: boolean;
}

export interface Workflow {
  file: string;
  root: MapNode;
  /** Event names under `on:` (a string, a list or a map). */
  events: Set<string>;
  /** Branch filters of `on.push.branches`; undefined when every branch triggers it. */
  pushBranches?: string[];
  onLoc: Loc;
  permissions?: TreeNode;
  hasConcurrency: boolean;
  jobs: WorkflowJob[];
}

const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/;

/** Workflows per run (its path list): every ci/* check reads the same ones. */
const workflowsOf = new WeakMap<readonly string[], readonly Workflow[]>();

/** Every workflow that parses into a map with `jobs`; others are GitHub's to report. */
export function listWorkflows(ctx: Pick<RepositoryContext<string, unknown>, 'paths' | 'yaml'>): readonly Workflow[] {
  let workflows = workflowsOf.get(ctx.paths);
  if (!workflows) workflowsOf.set(ctx.paths, (workflows = readWorkflows(ctx)));
  return workflows;
}

function readWorkflows(ctx: Pick<RepositoryContext<string, unknown>, 'paths' | 'yaml'>): Workflow[] {
  const out: Workflow[] = [];
  for (const file of ctx.paths) {
    if (!WORKFLOW_PATH.test(file)) continue;
    const root = ctx.yaml(file)?.documents[0]?.root;
    if (root?.kind !== 'map') continue;
    const jobsNode = root.entries.get('jobs');
    if (jobsNode?.kind !== 'map') continue;
    // YAML 1.1 readers turn `on` into true; the parser here keeps the key as written.
    const onNode = root.entries.get('on') ?? root.entries.get('true');
    const on = toPlain(onNode);
    const events = new Set<string>(
      typeof on === 'string' ? [on] : Array.isArray(on) ? on.filter((e): e is string => typeof e === 'string') : isRecord(on) ? Object.keys(on) : [],
    );
    const push = isRecord(on) ? on.push : undefined;
    const branches = isRecord(push) && Array.isArray(push.branches) ? push.branches.filter((b): b is string => typeof b === 'string') : undefined;
    out.push({
      file,
      root,
      events,
      pushBranches: branches,
      onLoc: onNode?.keyLoc ?? root.loc,
      permissions: root.entries.get('permissions'),
      hasConcurrency: root.entries.has('concurrency'),
      jobs: [...jobsNode.entries].flatMap(([id, node]) => (node.kind === 'map' ? [readJob(id, node)] : [])),
    });
  }
  return out;
}

function readJob(id: string, node: MapNode): WorkflowJob {
  const env = node.entries.get('environment');
  const envName = env?.kind === 'map' ? env.entries.get('name') : env;
  const uses = node.entries.get('uses');
  const steps = node.entries.get('steps');
  return {
    id,
    node,
    loc: node.keyLoc ?? node.loc,
    environment: envName?.kind === 'scalar' && envName.value !== null ? String(envName.value) : undefined,
    environmentLoc: envName?.loc,
    uses: typeof scalarOf(uses) === 'string' ? String(scalarOf(uses)) : undefined,
    usesLoc: uses?.loc,
    with: asRecord(toPlain(node.entries.get('with'))),
    permissions: node.entries.get('permissions'),
    steps: steps?.kind === 'seq' ? steps.items.flatMap((s) => (s.kind === 'map' ? [readStep(s)] : [])) : [],
    hasTimeout: node.entries.has('timeout-minutes'),
    hasConcurrency: node.entries.has('concurrency'),
  };
}

function readStep(node: MapNode): WorkflowStep {
  const uses = node.entries.get('uses');
  const run = node.entries.get('run');
  const withNode = node.entries.get('with');
  return {
    node,
    loc: node.loc,
    uses: typeof scalarOf(uses) === 'string' ? String(scalarOf(uses)) : undefined,
    usesLoc: uses?.loc,
    run: typeof scalarOf(run) === 'string' ? String(scalarOf(run)) : undefined,
    runLoc: run?.loc,
    with: asRecord(toPlain(withNode)),
    withNode: withNode?.kind === 'map' ? withNode : undefined,
  };
}

function asRecord(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

/** `owner/repo[/path]` of a `uses:` reference, lower-case, without the ref. */
export function actionName(uses: string): string {
  return uses.split('@')[0].toLowerCase();
}

/** `stackgate/stackgate@v1` (the all-in-one check), `…/stackgate/actions/<name>@…`: the action name, `''` for the top level. */
export function stackgateAction(uses: string | undefined): string | undefined {
  if (!uses) return undefined;
  const m = /^[\w.-]+\/stackgate(?:\/actions\/([\w-]+))?@/i.exec(uses);
  return m ? (m[1] ?? '').toLowerCase() : undefined;
}

/** Whether a `run:` script calls `stackgate <command>` (installed, through npx or the bundle). */
export function runsStackgate(run: string | undefined, commands: readonly string[]): boolean {
  if (!run) return false;
  return new RegExp(`\\bstackgate(?:\\.js)?\\s+(?:${commands.join('|')})\\b`).test(run);
}

/** Jobs of workflows that one of `events` triggers. */
export function jobsOn(workflows: readonly Workflow[], events: readonly string[]): { workflow: Workflow; job: WorkflowJob }[] {
  return workflows.filter((w) => events.some((e) => w.events.has(e))).flatMap((workflow) => workflow.jobs.map((job) => ({ workflow, job })));
}

/** `permissions:` as scope -> access, or the shorthand (`read-all`, `write-all`, `{}`). */
export function readPermissions(node: TreeNode | undefined): { shorthand?: string; scopes: Record<string, string> } | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar') return { shorthand: String(node.value), scopes: {} };
  const plain = toPlain(node);
  return { scopes: isRecord(plain) ? Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, String(v)])) : {} };
}
