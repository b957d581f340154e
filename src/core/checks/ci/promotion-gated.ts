import { missingLocation } from '../missing-location';
import { defineCheck } from '../types';
import { jobsFor } from './_environments';
import { listWorkflows } from './_workflows';

export default defineCheck({
  id: 'ci/promotion-gated',
  target: 'repository',
  meta: {
    title: 'Promotion does not run under a GitHub environment',
    category: 'operations',
    severity: 'warning',
    rationale:
      "Required reviewers, wait timers and branch policies of a GitHub environment only hold for jobs that declare `environment:`. A job that deploys staging or prod without it runs the moment it is triggered, with the environment's secrets nowhere in reach and no release manager asked.",
    remediation:
      'Deploy each later environment from its own job with `environment: staging` / `environment: prod`, and give those environments required reviewers in the repository settings; stackgate gate then proves the same commit passed the environment before.',
    messages: {
      missing: 'no workflow job runs under the GitHub environment(s) {{environments}}, so promotion to them is not gated by environment protection rules',
    },
  },
  check(ctx) {
    const workflows = listWorkflows(ctx);
    const later = ctx.compose.environments.map((e) => e.name).slice(1);
    if (!workflows.length || !later.length) return ctx.notApplicable();
    const missing = later.filter((env) => !jobsFor(workflows, env).length);
    if (missing.length)
      ctx.report({
        messageId: 'missing',
        data: { environments: missing.join(', ') },
        at: ctx.configFile ? missingLocation(ctx) : { file: workflows[0].file, line: 1, column: 1 },
      });
  },
});
