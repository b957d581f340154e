import { missingLocation } from '../missing-location';
import { defineCheck } from '../types';
import { findHeading, markdownFiles } from './_markdown';
import { statefulServices } from './_stateful';

const RESTORE_FILE = /(^|\/)[^/]*(restore|disaster|recovery|backup|(^|[-_])dr([-_.]|$))[^/]*$/i;
const RESTORE_HEADING = /\brestor(e|ing|ation)\b|disaster recovery|recovery (procedure|plan)/i;

export default defineCheck({
  id: 'docs/restore-procedure',
  target: 'repository',
  meta: {
    title: 'No documented restore procedure',
    category: 'reliability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'A backup nobody has restored is a hope. The restore is done under pressure, by whoever is on call: which backup to take, how to stop the writers, the order in which the MCP servers and their stores come back, and how to check the data. Written down and reviewed, it can be rehearsed.',
    remediation:
      'Add docs/DISASTER_RECOVERY.md (or a "Restore" section in a runbook): where backups are, the commands to restore each store, the order of services, and how to verify; rehearse it each quarter.',
    messages: {
      none: 'stateful services ({{services}}) but no restore procedure: no Markdown file about restore or disaster recovery and no "Restore" section',
    },
  },
  check(ctx) {
    const stateful = statefulServices(ctx);
    if (!stateful.length) return ctx.notApplicable();
    const documented = markdownFiles(ctx).some((f) => RESTORE_FILE.test(f) && /\brestor/i.test(ctx.read(f) ?? '')) || findHeading(ctx, RESTORE_HEADING);
    if (!documented)
      ctx.report({ messageId: 'none', data: { services: [...new Set(stateful.map((s) => s.service.name))].slice(0, 6).join(', ') }, at: missingLocation(ctx) });
  },
});
