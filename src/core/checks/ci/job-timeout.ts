import { defineCheck } from '../types';
import { listWorkflows } from './_workflows';

export default defineCheck({
  id: 'ci/job-timeout',
  target: 'repository',
  meta: {
    title: 'Job has no timeout',
    category: 'reliability',
    severity: 'info',
    rationale:
      "A job without `timeout-minutes` may run for GitHub's default of six hours: a smoke test waiting on a server that never comes up, or a deploy stuck on a lock, holds the runner, the concurrency group and the next deploy all that time.",
    remediation: 'Set `timeout-minutes:` on every job to a few times its usual duration (e.g. `timeout-minutes: 15`).',
    messages: {
      none: '{{file}} job "{{job}}" sets no timeout-minutes and may run for 6 hours',
    },
  },
  check(ctx) {
    const workflows = listWorkflows(ctx);
    if (!workflows.length) return ctx.notApplicable();
    for (const w of workflows) {
      // A call of a reusable workflow takes its jobs' timeouts.
      for (const job of w.jobs) if (!job.uses && !job.hasTimeout) ctx.report({ messageId: 'none', data: { file: w.file, job: job.id }, at: job.loc });
    }
  },
});
