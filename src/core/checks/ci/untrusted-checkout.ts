import { getNode, scalarOf } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { EXPRESSION, references } from './_taint';
import { actionName, listWorkflows, type Workflow, type WorkflowJob, type WorkflowStep } from './_workflows';

/** Triggers that run with the base repository's secrets and a write token, whatever the pull request contains. */
const PRIVILEGED_EVENTS = ['pull_request_target', 'workflow_run'];
const UNTRUSTED_REF =
  /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\/|github\.event\.pull_request\.number|github\.event\.number/;

/** A job `if:` that runs only for workflow runs of this repository's own branches (not a fork's pull request). */
const SAME_REPOSITORY_GUARD =
  /github\.event\.workflow_run\.head_repository\.full_name\s*==\s*github\.repository\b|github\.repository\s*==\s*github\.event\.workflow_run\.head_repository\.full_name/;

/**
 * The ref as written, followed by what the `env.NAME` it reads is set to (step, job, then workflow
 * env; twice deep): `ref: ${{ env.SHA }}` with `SHA: ${{ github.event.workflow_run.head_sha }}` is
 * the same checkout as writing the field itself.
 */
function refText(ref: string, w: Workflow, job: WorkflowJob, step: WorkflowStep, depth = 0): string {
  if (depth > 2) return ref;
  const resolved = [ref];
  for (const [, expression] of ref.matchAll(EXPRESSION))
    for (const reference of references(expression)) {
      const [root, name] = reference.split('.');
      if (root !== 'env' || !name) continue;
      for (const scope of [step.node, job.node, w.root]) {
        const value = scalarOf(getNode(scope, ['env', name]));
        if (typeof value !== 'string') continue;
        resolved.push(refText(value, w, job, step, depth + 1));
        break;
      }
    }
  return resolved.join(' ');
}

export default defineCheck({
  id: 'ci/untrusted-checkout',
  target: 'repository',
  meta: {
    title: 'Privileged workflow checks out pull request code',
    category: 'security',
    severity: 'error',
    rationale:
      "`pull_request_target` and `workflow_run` jobs run with the base repository's secrets and a write token. Checking out the pull request's head there and then building, testing or even running a linter on it runs the contributor's code with those secrets (a \"pwn request\"): anyone who can open a pull request can steal the deploy credentials.",
    remediation:
      "Run untrusted code under `pull_request` (read-only token, no secrets) and pass results to a privileged `workflow_run` stage as an artifact that is parsed, never executed — the pattern of stackgate's readiness-comment workflow. If the privileged job must see the code, check it out without running anything from it, with `persist-credentials: false`.",
    messages: {
      checkout: '{{file}} runs on {{events}} and job "{{job}}" checks out the pull request ({{ref}}): its code then runs with the repository\'s secrets',
    },
  },
  check(ctx) {
    const workflows = listWorkflows(ctx);
    if (!workflows.length) return ctx.notApplicable();
    for (const w of workflows) {
      const events = PRIVILEGED_EVENTS.filter((e) => w.events.has(e));
      if (!events.length) continue;
      for (const job of w.jobs) {
        for (const step of job.steps) {
          if (!step.uses || actionName(step.uses) !== 'actions/checkout') continue;
          const ref = step.with.ref ?? step.with.repository;
          if (typeof ref !== 'string') continue;
          const text = refText(ref, w, job, step);
          if (!UNTRUSTED_REF.test(text)) continue;
          // A workflow_run-only job guarded to this repository's own runs checks out what someone with write access pushed.
          const condition = scalarOf(job.node.entries.get('if'));
          if (
            !w.events.has('pull_request_target') &&
            typeof condition === 'string' &&
            SAME_REPOSITORY_GUARD.test(condition) &&
            !/pull_request|head_ref|refs\/pull/.test(text)
          )
            continue;
          const at = step.withNode?.entries.get(step.with.ref !== undefined ? 'ref' : 'repository')?.loc ?? step.loc;
          ctx.report({ messageId: 'checkout', data: { file: w.file, events: events.join(' and '), job: job.id, ref: ref.trim() }, at });
        }
      }
    }
  },
});
