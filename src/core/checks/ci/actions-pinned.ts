import picomatch from 'picomatch';
import { z } from 'zod';
import { defineCheck } from '../types';
import { actionName, listWorkflows } from './_workflows';

const FULL_SHA = /@[0-9a-f]{40}$/;

export default defineCheck({
  id: 'ci/actions-pinned',
  target: 'repository',
  meta: {
    title: 'Action is not pinned to a commit SHA',
    category: 'supply-chain',
    severity: 'warning',
    rationale:
      "A tag or branch (`@v4`, `@main`) is a pointer its owner, or whoever steals their token, can move: the tj-actions/changed-files compromise rewrote every tag of a popular action to dump runners' secrets into logs. A deploy workflow holds Portainer and cluster credentials. A full commit SHA is the only immutable reference.",
    remediation:
      "Pin to the full 40-character commit SHA with the version in a comment (`uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`) and let Dependabot or Renovate update it; exempt owners you trust with this check's `allow` option.",
    messages: {
      unpinned: '{{file}} job "{{job}}" uses {{uses}}, a movable reference: pin it to a full commit SHA',
      unpinnedImage: '{{file}} job "{{job}}" runs the container {{uses}} by tag: pin it by digest (@sha256:…)',
    },
  },
  options: z.strictObject({
    allow: z.array(z.string()).default([]).describe('Actions that may use tags, as owner/repo globs (e.g. "actions/*", "my-org/*").'),
  }),
  check(ctx) {
    const workflows = listWorkflows(ctx);
    if (!workflows.length) return ctx.notApplicable();
    const allowed = ctx.options.allow.length ? picomatch(ctx.options.allow.map((a) => a.toLowerCase())) : () => false;
    for (const w of workflows) {
      for (const job of w.jobs) {
        const refs = [
          ...(job.uses && job.usesLoc ? [{ uses: job.uses, loc: job.usesLoc }] : []),
          ...job.steps.flatMap((s) => (s.uses && s.usesLoc ? [{ uses: s.uses, loc: s.usesLoc }] : [])),
        ];
        for (const { uses, loc } of refs) {
          if (uses.startsWith('./')) continue; // In this repository: reviewed with the change.
          if (uses.startsWith('docker://')) {
            if (!/@sha256:[0-9a-f]{64}$/.test(uses)) ctx.report({ messageId: 'unpinnedImage', data: { file: w.file, job: job.id, uses }, at: loc });
            continue;
          }
          const name = actionName(uses).split('/').slice(0, 2).join('/');
          if (FULL_SHA.test(uses) || allowed(name)) continue;
          ctx.report({ messageId: 'unpinned', data: { file: w.file, job: job.id, uses }, at: loc });
        }
      }
    }
  },
});
