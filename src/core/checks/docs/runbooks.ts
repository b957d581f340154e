import { configuredEnvironmentNames } from '../../config/environments';
import { deploysMcpServers } from '../../services/list-services';
import { missingLocation } from '../missing-location';
import { alertRules } from '../monitoring/_alert-coverage';
import { defineCheck, type RepositoryContext } from '../types';
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
      'An alert that pages at 3 a.m. needs a procedure next to it: how to tell which endpoint is down, the safe mitigation, how to roll back. Runbooks kept with the stacks change in the same pull request as the services they describe. Asked where something pages: a repository with alerting rules of its own, one that deploys MCP servers, or one whose stackgate.yml names its environments (not a demo with production overlays and no alert).',
    remediation:
      'Add Markdown runbooks under docs/runbooks/ (a server down, high latency, rollback, restore), and link them from the alerts with `runbook_url`.',
    messages: {
      none: 'no runbooks: no Markdown under a runbooks/ or playbooks/ directory and no RUNBOOK or OPERATIONS document',
    },
  },
  check(ctx) {
    if (!pagesSomeone(ctx)) return ctx.notApplicable();
    if (!markdownFiles(ctx).some((f) => RUNBOOK.test(f))) ctx.report({ messageId: 'none', at: missingLocation(ctx) });
  },
});

/**
 * Runbooks are the procedures behind pages: they are asked where something pages. That is a
 * repository with alerting rules of its own, one that deploys MCP servers (whose alerts the
 * monitoring checks ask for), or one whose stackgate.yml names the environments it runs. An
 * example or demo repository with production overlays but no alert is not asked for them (the
 * alerting checks say what it lacks first).
 */
function pagesSomeone(ctx: RepositoryContext<string, unknown>): boolean {
  if (alertRules(ctx.prometheusRules).length > 0) return true;
  if (configuredEnvironmentNames(ctx.config).length > 0) return true;
  return deploysMcpServers({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
}
