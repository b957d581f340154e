/**
 * Where a `${{ … }}` expression's text comes from: whether someone who opens an issue, a pull
 * request or a branch chooses it. Besides the event fields GitHub's hardening guide lists, text
 * flows through the workflow itself, and the analysis follows it:
 *
 * - `steps.<id>.outputs.<name>` of actions that output file or directory names of the change
 *   (stackgate validate's `stacks`, tj-actions/changed-files, dorny/paths-filter's `*_files`);
 * - `needs.<job>.outputs.<name>` when that job's output is set from tainted text;
 * - `matrix.<key>` when the job's `strategy.matrix.<key>` is built from tainted text
 *   (`fromJSON(needs.validate.outputs.stacks)`);
 * - `env.<NAME>` when the step's, job's or workflow's env sets NAME from tainted text.
 */
import { getNode, scalarOf, type TreeNode } from '../../source/yaml-tree';
import { actionName, stackgateAction, type Workflow, type WorkflowJob, type WorkflowStep } from './_workflows';

/** Event fields whose text the author of an issue, a comment, a branch or a commit chooses (`*` is an array index). */
const UNTRUSTED_FIELDS = [
  'github.head_ref',
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.email',
  'github.event.commits.*.author.name',
  'github.event.head_commit.message',
  'github.event.head_commit.author.email',
  'github.event.head_commit.author.name',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.display_title',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.pull_requests.*.head.ref',
].map((f) => f.split('.'));

/** Contexts referenced in an expression: `a.b[0].c` -> `a.b.*.c`; string literals are skipped. */
export function references(expression: string): string[] {
  const code = expression.replace(/'(?:[^']|'')*'/g, "''");
  const out: string[] = [];
  for (const m of code.matchAll(/[A-Za-z_][\w-]*(?:\s*(?:\.\s*[\w-]+|\.\*|\[[^\]]*\]))*/g)) {
    const ref = m[0]
      .replace(/\s+/g, '')
      .replace(/\[\s*'([^']*)'\s*\]/g, '.$1')
      .replace(/\[[^\]]*\]|\.\*/g, '.*');
    if (ref.includes('.')) out.push(ref);
  }
  return out;
}

function matchesField(ref: string[], field: string[]): 'exact' | 'prefix' | undefined {
  if (ref.length > field.length) return undefined;
  for (let i = 0; i < ref.length; i++) if (field[i] !== '*' && ref[i] !== field[i] && ref[i] !== '*') return undefined;
  return ref.length === field.length ? 'exact' : 'prefix';
}

/** What a tainted reference carries, for the message. */
export interface Taint {
  /** The reference as written in the expression (`matrix.stack`). */
  reference: string;
  /** Where its text comes from (`github.head_ref`, `file or directory names of the change (…)`). */
  source: string;
}

/** Step outputs of well-known actions that list files or directories of the change. */
function fileListingOutput(step: WorkflowStep, output: string): string | undefined {
  if (stackgateAction(step.uses) === 'validate' && output === 'stacks') return 'the Compose stacks the change touched (directory names)';
  const name = step.uses ? actionName(step.uses) : '';
  if (name === 'tj-actions/changed-files') return `file names of the change (${name})`;
  if (name === 'dorny/paths-filter' && output.endsWith('_files')) return `file names of the change (${name})`;
  return undefined;
}

export class TaintAnalysis {
  private readonly jobOutputCache = new Map<string, Taint | null>();

  constructor(private readonly workflow: Workflow) {}

  /** The first tainted reference of an expression written in `job` (at `step`, when in a step). */
  taintOf(expression: string, job: WorkflowJob, step?: WorkflowStep, depth = 0): Taint | undefined {
    if (depth > 8) return undefined; // Outputs that feed each other in a loop are GitHub's error to report.
    for (const reference of references(expression)) {
      const source = this.sourceOf(reference, job, step, depth);
      if (source) return { reference, source };
    }
    return undefined;
  }

  private sourceOf(reference: string, job: WorkflowJob, step: WorkflowStep | undefined, depth: number): string | undefined {
    const parts = reference.split('.');
    for (const field of UNTRUSTED_FIELDS) {
      const match = matchesField(parts, field);
      if (match === 'exact') return reference;
      if (match === 'prefix' && parts.length >= 2) return `${reference} (it holds ${field.join('.')})`;
    }
    const [root, a, b, c] = parts;
    if (root === 'steps' && b === 'outputs' && c) {
      const producer = job.steps.find((s) => scalarOf(s.node.entries.get('id')) === a);
      return producer ? fileListingOutput(producer, c) : undefined;
    }
    if (root === 'needs' && b === 'outputs' && c) {
      const taint = this.jobOutput(a, c, depth);
      return taint ? `needs.${a}.outputs.${c}, set from ${taint.source}` : undefined;
    }
    if (root === 'matrix' && a) {
      // `matrix: { stack: … }`, entries added by `include`, or the whole matrix as one expression.
      const matrix = getNode(job.node, ['strategy', 'matrix']);
      const value =
        matrix?.kind === 'map'
          ? { kind: 'seq' as const, items: [matrix.entries.get(a), matrix.entries.get('include')].filter((n): n is TreeNode => !!n) }
          : matrix;
      const taint = expressionsIn(value)
        .map((e) => this.taintOf(e, job, undefined, depth + 1))
        .find(Boolean);
      return taint ? `the matrix of job "${job.id}", built from ${taint.source}` : undefined;
    }
    if (root === 'env' && a) {
      for (const scope of [step?.node, job.node, this.workflow.root]) {
        const value = scope ? getNode(scope, ['env', a]) : undefined;
        if (!value) continue;
        const taint = expressionsIn(value)
          .map((e) => this.taintOf(e, job, step, depth + 1))
          .find(Boolean);
        return taint ? `env.${a}, set from ${taint.source}` : undefined;
      }
    }
    return undefined;
  }

  private jobOutput(jobId: string, output: string, depth: number): Taint | undefined {
    const key = `${jobId}.${output}`;
    if (!this.jobOutputCache.has(key)) {
      this.jobOutputCache.set(key, null); // A cycle reads as "not tainted" while it is being computed.
      const job = this.workflow.jobs.find((j) => j.id === jobId);
      const value = job ? getNode(job.node, ['outputs', output]) : undefined;
      const taint = job
        ? expressionsIn(value)
            .map((e) => this.taintOf(e, job, undefined, depth + 1))
            .find(Boolean)
        : undefined;
      this.jobOutputCache.set(key, taint ?? null);
    }
    return this.jobOutputCache.get(key) ?? undefined;
  }
}

/** `${{ … }}`: everything up to the first `}}` (an expression may hold `'{0}'`). */
export const EXPRESSION = /\$\{\{\s*([\s\S]*?)\s*\}\}/g;

/** The `${{ … }}` expressions written in a scalar (and in every scalar of a list or map). */
export function expressionsIn(node: TreeNode | { kind: 'seq'; items: TreeNode[] } | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'scalar') return typeof node.value === 'string' ? [...node.value.matchAll(EXPRESSION)].map((m) => m[1]) : [];
  if (node.kind === 'seq') return node.items.flatMap(expressionsIn);
  return [...node.entries.values()].flatMap(expressionsIn);
}
