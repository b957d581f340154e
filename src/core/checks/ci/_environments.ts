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

/** Actions that only talk to GitHub: check out, mint a token, script the API, read Dependabot's metadata, approve or merge pull requests. */
const GITHUB_ONLY_ACTION =
  /^(?:actions\/(?:checkout|create-github-app-token|github-script)|dependabot\/fetch-metadata|peter-evans\/[\w.-]+|hmarr\/auto-approve-action|pascalgn\/automerge-action|fastify\/github-action-merge-dependabot|ahmadnassri\/action-dependabot-auto-merge)(?:@|$)/i;

/** A shell line of a `run:` that only talks to GitHub or prints: `gh ...`, `git ...`, `echo`, a variable assignment. */
const GITHUB_ONLY_COMMAND = /^(?:gh|git|echo|printf|export|set|true|[A-Za-z_][A-Za-z0-9_]*=\S*)(?:\s|$)/;

/**
 * Whether a job under an environment deploys nothing: each of its steps only talks to GitHub
 * (approving or merging a pull request with the environment's app key, labelling, commenting). Such a
 * job uses its environment to scope a secret, not as a deployment target.
 */
export function talksOnlyToGitHub(job: WorkflowJob): boolean {
  if (!job.steps.length) return false;
  return job.steps.every((step) => {
    if (step.uses !== undefined) return GITHUB_ONLY_ACTION.test(step.uses.trim());
    if (step.run === undefined) return false;
    const lines = step.run
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    return lines.length > 0 && lines.every((line) => line.split(/\s*(?:&&|\|\||;)\s*/).every((part) => !part || GITHUB_ONLY_COMMAND.test(part)));
  });
}

/** Steps that publish a package version to a registry (Helm charts included): immutable once published, nothing left behind by a slower run. */
const PUBLISH_ACTION =
  /^(?:pypa\/gh-action-pypi-publish|JS-DevTools\/npm-publish|katyo\/publish-crates|rubygems\/release-gem|goreleaser\/goreleaser-action|helm\/chart-releaser-action|appany\/helm-oci-chart-releaser)(?:@|$)/i;
const PUBLISH_COMMAND =
  /(?:^|[\s;&|(])(?:npm\s+publish|pnpm\s+publish|yarn\s+(?:npm\s+)?publish|twine\s+upload|poetry\s+publish|uv\s+publish|hatch\s+publish|flit\s+publish|cargo\s+publish|gem\s+push|dotnet\s+nuget\s+push|nuget\s+push|goreleaser\s+release|helm\s+(?:push|cm-push)|cr\s+upload)\b/;
/** Commands and actions that change a running environment. */
const DEPLOY_COMMAND =
  /(?:^|[\s;&|(/_-])(?:kubectl|helm\s+(?:upgrade|install|rollback)|helmfile|kustomize|docker\s+(?:stack|service|compose|-H)|docker-compose|ssh|scp|rsync|terraform|tofu|pulumi|ansible-playbook|flux|argocd|aws\s+(?:ecs|lambda|s3|cloudformation|deploy)|gcloud\s+(?:run|app|functions)|az\s+(?:webapp|containerapp|functionapp)|vercel|netlify|flyctl|fly\s+deploy|wrangler|serverless|sls\s+deploy|cdk\s+deploy|portainer|stackgate\s+deploy|deploy)\b/i;

/**
 * Whether a job under an environment publishes package versions and deploys nothing: a step publishes
 * to a registry (PyPI, npm, crates.io, RubyGems, NuGet, GoReleaser, Helm chart repositories) and none
 * runs a deployment tool.
 * A version, once published, is immutable: two runs cannot leave the registry behind each other.
 */
export function publishesPackagesOnly(job: WorkflowJob): boolean {
  const publishes = job.steps.some((step) => (step.uses !== undefined && PUBLISH_ACTION.test(step.uses.trim())) || PUBLISH_COMMAND.test(step.run ?? ''));
  return publishes && !job.steps.some((step) => DEPLOY_COMMAND.test(step.run ?? '') || DEPLOY_COMMAND.test(step.uses ?? ''));
}
