/** Which GitHub environments the jobs of the workflows deploy to. */
import type { Workflow, WorkflowJob } from './_workflows';

const EXPRESSION = /\$\{\{/;

/** The environment a job runs under: its `environment:`, or the `environment` input of the reusable workflow it calls. */
export function jobEnvironment(job: WorkflowJob): string | undefined {
  if (job.environment !== undefined) return job.environment;
  const input = job.with.environment ?? job.with['environment-name'] ?? job.with.env;
  return typeof input === 'string' ? input : undefined;
}

/**
 * Jobs that run under `env`. An expression (`${{ inputs.environment }}`) may name any environment;
 * it counts for every one, since the caller decides.
 */
export function jobsFor(workflows: readonly Workflow[], env: string): { workflow: Workflow; job: WorkflowJob }[] {
  return workflows.flatMap((workflow) =>
    workflow.jobs
      .filter((job) => {
        const name = jobEnvironment(job);
        return name !== undefined && (EXPRESSION.test(name) || name.trim().toLowerCase() === env.toLowerCase());
      })
      .map((job) => ({ workflow, job })),
  );
}
