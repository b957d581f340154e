import { defineCheck } from '../types';
import { actionName, jobsOn, listWorkflows, runsStackgate, stackgateAction } from './_workflows';

const SCANNER_ACTIONS =
  /^(gitleaks\/gitleaks-action|trufflesecurity\/trufflehog|gitguardian\/ggshield-action|gitguardian\/ggshield\/actions\/secret|secretlint\/secretlint)/;
const SCANNER_COMMANDS =
  /\b(gitleaks\s+(detect|git|dir|protect)|trufflehog\s+(git|filesystem|github)|detect-secrets(-hook)?\s+(scan|audit)|ggshield\s+secret\s+scan|secretlint)\b/;

export default defineCheck({
  id: 'ci/secret-scan',
  target: 'repository',
  meta: {
    title: 'CI does not scan for secrets',
    category: 'security',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'A token pasted into a Compose override "for local testing" is public to every reader of the repository and stays in its history; the MCP deployment roadmap names credential leaks its top risk. A scanner on pull requests catches it before merge, while revoking is still cheap.',
    remediation: 'Add `uses: <owner>/stackgate/actions/secrets@v1` (diff mode on pull requests and pushes) to a workflow, or run gitleaks or trufflehog there.',
    messages: {
      none: 'no workflow scans pull requests or pushes for secrets (stackgate secrets, gitleaks, trufflehog, detect-secrets, ggshield, secretlint)',
    },
  },
  check(ctx) {
    const workflows = listWorkflows(ctx);
    if (!workflows.length) return ctx.notApplicable();
    const scans = jobsOn(workflows, ['pull_request', 'pull_request_target', 'merge_group', 'push']).some(({ job }) =>
      job.steps.some((s) => {
        const action = stackgateAction(s.uses);
        return (
          action === '' ||
          action === 'secrets' ||
          (s.uses && SCANNER_ACTIONS.test(actionName(s.uses))) ||
          runsStackgate(s.run, ['secrets']) ||
          SCANNER_COMMANDS.test(s.run ?? '')
        );
      }),
    );
    if (!scans) ctx.report({ messageId: 'none', at: { file: workflows[0].file, line: 1, column: 1 } });
  },
});
