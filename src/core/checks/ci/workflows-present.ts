import { missingLocation } from '../missing-location';
import { defineCheck } from '../types';
import { listWorkflows } from './_workflows';

export default defineCheck({
  id: 'ci/workflows-present',
  target: 'repository',
  meta: {
    title: 'The repository has no CI workflows',
    category: 'operations',
    severity: 'warning',
    rationale:
      'Without a workflow, nothing checks a change before Portainer or Argo deploys it from main: a broken Compose override, a leaked token or a missing healthcheck reaches every endpoint at the next poll. Every other CI/CD check builds on workflows that exist.',
    remediation:
      "Add `.github/workflows/pr-readiness.yml` (copy it from stackgate's `workflows-templates/`): it validates, scans for secrets and scores every pull request.",
    messages: {
      none: 'no GitHub Actions workflow in .github/workflows: nothing validates a change before it is deployed',
    },
  },
  check(ctx) {
    if (!listWorkflows(ctx).length) ctx.report({ messageId: 'none', at: missingLocation(ctx) });
  },
});
