import { missingLocation } from '../missing-location';
import { defineCheck } from '../types';
import { listWorkflows } from './_workflows';

/**
 * The configuration of CI systems other than GitHub Actions, by their documented locations:
 * Woodpecker, GitLab, Forgejo/Gitea Actions, Drone, CircleCI, Jenkins, Azure Pipelines, Bitbucket,
 * Buildkite, Tekton (Pipelines as Code) and Travis. stackgate reads only GitHub Actions workflows;
 * where another system runs the checks, it cannot say that nothing does.
 */
const OTHER_CI =
  /^(\.woodpecker\/[^/]+\.ya?ml|\.woodpecker\.ya?ml|\.gitlab-ci\.ya?ml|\.(forgejo|gitea)\/workflows\/[^/]+\.ya?ml|\.drone\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/[^/]+\.ya?ml|\.tekton\/[^/]+\.ya?ml|\.travis\.ya?ml)$/;

export default defineCheck({
  id: 'ci/workflows-present',
  target: 'repository',
  meta: {
    title: 'The repository has no CI workflows',
    category: 'operations',
    severity: 'warning',
    rationale:
      'Without a workflow, nothing checks a change before Portainer or Argo deploys it from main: a broken Compose override, a leaked token or a missing healthcheck reaches every endpoint at the next poll. Every other CI/CD check builds on workflows that exist. Not applicable where another CI system is configured (Woodpecker, GitLab CI, Forgejo or Gitea Actions, Drone, CircleCI, Jenkins, Azure Pipelines, Bitbucket Pipelines, Buildkite, Tekton, Travis): stackgate reads only GitHub Actions.',
    remediation:
      "Add `.github/workflows/pr-readiness.yml` (copy it from stackgate's `workflows-templates/`): it validates, scans for secrets and scores every pull request.",
    messages: {
      none: 'no GitHub Actions workflow in .github/workflows: nothing validates a change before it is deployed',
    },
  },
  check(ctx) {
    if (listWorkflows(ctx).length) return;
    if (ctx.paths.some((p) => OTHER_CI.test(p))) return ctx.notApplicable();
    ctx.report({ messageId: 'none', at: missingLocation(ctx) });
  },
});
