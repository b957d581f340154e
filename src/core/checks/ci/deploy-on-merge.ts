import { defineCheck } from '../types';
import { jobsFor } from './_environments';
import { listWorkflows, runsStackgate, stackgateAction } from './_workflows';

export default defineCheck({
  id: 'ci/deploy-on-merge',
  target: 'repository',
  meta: {
    title: 'Merges are not deployed to the first environment',
    category: 'operations',
    severity: 'warning',
    rationale:
      'Promotion proves a commit in one environment before the next. When nothing deploys main to dev on merge, what reaches staging was never run anywhere, and the GitHub Deployment history that promotion gates read stays empty.',
    remediation:
      'Add a workflow on `push` to the default branch with a job `environment: dev` that deploys (e.g. `uses: <owner>/stackgate/actions/deploy@v1`) and smoke-tests the stack. GitOps setups where Portainer polls the branch can turn this check off.',
    messages: {
      none: 'no workflow deploys to {{environment}} when the default branch changes: expected a job with `environment: {{environment}}` (or stackgate deploy) in a workflow triggered by push',
    },
  },
  check(ctx) {
    const workflows = listWorkflows(ctx);
    const first = ctx.compose.environments.map((e) => e.name)[0];
    if (!workflows.length || !first) return ctx.notApplicable();
    const onMerge = workflows.filter((w) => w.events.has('push') || w.events.has('workflow_run'));
    const deploys =
      jobsFor(onMerge, first).length > 0 ||
      onMerge.some((w) => w.jobs.some((job) => job.steps.some((s) => stackgateAction(s.uses) === 'deploy' || runsStackgate(s.run, ['deploy']))));
    if (!deploys) ctx.report({ messageId: 'none', data: { environment: first }, at: { file: workflows[0].file, line: 1, column: 1 } });
  },
});
