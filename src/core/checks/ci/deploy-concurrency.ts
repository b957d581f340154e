import { defineCheck } from '../types';
import { jobEnvironment, publishesPackagesOnly, talksOnlyToGitHub } from './_environments';
import { listWorkflows } from './_workflows';

export default defineCheck({
  id: 'ci/deploy-concurrency',
  target: 'repository',
  meta: {
    title: 'Deployments to one environment can run at the same time',
    category: 'reliability',
    severity: 'warning',
    rationale:
      'Two merges a minute apart start two deploy runs; without a concurrency group both update the same Portainer stack or Deployment, and the older commit can finish last, leaving the environment behind main while its GitHub Deployment says otherwise. A job whose steps only talk to GitHub (checking out, minting an app token, `gh pr review`/`gh pr merge`, github-script) uses its environment to scope a secret and is not asked; nor is a job that publishes package versions (PyPI, npm, crates.io, RubyGems, NuGet, GoReleaser, Helm chart releases) and runs no deployment tool: a published version is immutable, so no run leaves the registry behind another.',
    remediation:
      "Give each deploy job (or its workflow) `concurrency: { group: deploy-${{ inputs.environment || 'dev' }}, cancel-in-progress: false }` so runs for one environment queue instead of racing.",
    messages: {
      none: '{{file}} job "{{job}}" deploys to {{environment}} without a concurrency group: two runs can deploy at once',
    },
  },
  check(ctx) {
    // A job calling a reusable workflow is left to the called workflow's own jobs; a job that only
    // talks to GitHub (approving a pull request with the environment's key) or publishes package
    // versions (immutable: no run leaves the registry behind) deploys nothing.
    const deployJobs = listWorkflows(ctx).flatMap((w) =>
      w.jobs.filter((j) => !j.uses && jobEnvironment(j) !== undefined && !talksOnlyToGitHub(j) && !publishesPackagesOnly(j)).map((job) => ({ w, job })),
    );
    if (!deployJobs.length) return ctx.notApplicable();
    for (const { w, job } of deployJobs) {
      if (!w.hasConcurrency && !job.hasConcurrency)
        ctx.report({ messageId: 'none', data: { file: w.file, job: job.id, environment: jobEnvironment(job)! }, at: job.environmentLoc ?? job.loc });
    }
  },
});
