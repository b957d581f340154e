import { missingLocation } from '../missing-location';
import { defineCheck } from '../types';
import { markdownFiles } from './_markdown';

const RUNBOOK = /(^|\/)(runbooks?|playbooks?)\/|(^|\/)[^/]*(runbook|playbook|operations)[^/]*$/i;

export default defineCheck({
  id: 'docs/runbooks',
  target: 'repository',
  meta: {
    title: 'No runbooks in the repository',
    category: 'operations',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'An alert that pages at 3 a.m. needs a procedure next to it: how to tell which endpoint is down, the safe mitigation, how to roll back. Runbooks kept with the stacks change in the same pull request as the services they describe.',
    remediation:
      'Add Markdown runbooks under docs/runbooks/ (a server down, high latency, rollback, restore), and link them from the alerts with `runbook_url`.',
    messages: {
      none: 'no runbooks: no Markdown under a runbooks/ or playbooks/ directory and no RUNBOOK or OPERATIONS document',
    },
  },
  check(ctx) {
    if (!markdownFiles(ctx).some((f) => RUNBOOK.test(f))) ctx.report({ messageId: 'none', at: missingLocation(ctx) });
  },
});
