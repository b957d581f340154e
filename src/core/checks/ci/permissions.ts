import { defineCheck } from '../types';
import { listWorkflows, readPermissions } from './_workflows';

export default defineCheck({
  id: 'ci/permissions',
  target: 'repository',
  meta: {
    title: 'Workflow token permissions are not least-privilege',
    category: 'security',
    severity: 'warning',
    rationale:
      "Without `permissions:` the GITHUB_TOKEN gets the repository's default, read-write on every scope in repositories created before February 2023 and in many organisations. Any step, including a compromised third-party action, can then push to main, rewrite releases or approve deployments. Write scopes at the top of a workflow reach every job, also those that only lint.",
    remediation:
      'Declare `permissions: { contents: read }` at the top of each workflow and grant write scopes only in the jobs that need them (`pull-requests: write` for the comment job, `deployments: write` for the deploy job).',
    messages: {
      missing:
        '{{file}} declares no permissions (neither at the top nor in job "{{job}}"): its token gets the repository default, which may be read-write on every scope',
      writeAll: '{{file}} grants `permissions: write-all`{{where}}: every step can write to every scope',
      broadWrite: '{{file}} grants {{scopes}} at the top, to all {{jobs}} jobs: grant write scopes in the jobs that need them',
    },
  },
  check(ctx) {
    const workflows = listWorkflows(ctx);
    if (!workflows.length) return ctx.notApplicable();
    for (const w of workflows) {
      const top = readPermissions(w.permissions);
      if (top?.shorthand === 'write-all')
        ctx.report({ messageId: 'writeAll', data: { file: w.file, where: '' }, at: w.permissions!.keyLoc ?? w.permissions!.loc });
      else if (top && w.jobs.length > 1) {
        const writes = Object.entries(top.scopes)
          .filter(([, access]) => access === 'write')
          .map(([scope]) => `${scope}: write`);
        if (writes.length)
          ctx.report({
            messageId: 'broadWrite',
            data: { file: w.file, scopes: writes.join(', '), jobs: w.jobs.length },
            at: w.permissions!.keyLoc ?? w.permissions!.loc,
          });
      }
      for (const job of w.jobs) {
        const own = readPermissions(job.permissions);
        if (own?.shorthand === 'write-all')
          ctx.report({ messageId: 'writeAll', data: { file: w.file, where: ` in job "${job.id}"` }, at: job.permissions!.keyLoc ?? job.permissions!.loc });
        else if (!top && !own) ctx.report({ messageId: 'missing', data: { file: w.file, job: job.id }, at: job.loc });
      }
    }
  },
});
