import { defineCheck } from '../types';
import { actionName, listWorkflows } from './_workflows';

/** Triggers that run with the base repository's secrets and a write token, whatever the pull request contains. */
const PRIVILEGED_EVENTS = ['pull_request_target', 'workflow_run'];
const UNTRUSTED_REF =
  /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\/|github\.event\.pull_request\.number|github\.event\.number/;

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
          if (typeof ref !== 'string' || !UNTRUSTED_REF.test(ref)) continue;
          const at = step.withNode?.entries.get(step.with.ref !== undefined ? 'ref' : 'repository')?.loc ?? step.loc;
          ctx.report({ messageId: 'checkout', data: { file: w.file, events: events.join(' and '), job: job.id, ref: ref.trim() }, at });
        }
      }
    }
  },
});
