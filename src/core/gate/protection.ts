/**
 * Is the environment's protection on GitHub really on, and at least as strong as required?
 *
 * - Configuration: the environment exists, lists at least `requiredReviewers` reviewers, prevents
 *   self-review when required, and lets only the required branches deploy (a policy that allows any
 *   branch, all protected branches, other patterns or tags is weaker).
 * - Enforcement: inside the approved workflow run, GitHub's approvals for this run must show an
 *   approval for the environment (by someone other than whoever triggered the run, when self-review
 *   is prevented). Reviewers that are listed but produce no approval are not enforced: a job that
 *   does not run under `environment:`, or a private repository without GitHub Enterprise, where
 *   GitHub does not enforce required reviewers at all.
 *
 * Unreadable protection fails closed, naming the permission the token lacks.
 */
import type { GateProtection } from '../config/gate-schema';
import type { EnvironmentState } from '../environments/state';
import type { ApprovalEvidence, RuleResult } from './audit';

export type ProtectionRead = { kind: 'read'; state: EnvironmentState } | { kind: 'missing' } | { kind: 'unreadable'; message: string };

export interface RepositoryFacts {
  /** private or internal: required reviewers need GitHub Enterprise there. */
  private: boolean;
  visibility: string;
}

const ENTERPRISE_NOTE = 'on private and internal repositories GitHub enforces required reviewers only with GitHub Enterprise (Free, Pro and Team do not)';

export function judgeProtection(environment: string, required: GateProtection, read: ProtectionRead, repository: RepositoryFacts | undefined): RuleResult {
  const fail = (summary: string, evidence: Record<string, unknown> = {}): RuleResult => ({ rule: 'protection', verdict: 'fail', summary, evidence });
  const requiredEvidence = { required };
  if (read.kind === 'unreadable') return fail(`cannot read the protection rules of ${environment}: ${read.message}`, requiredEvidence);
  if (read.kind === 'missing')
    return fail(`environment ${environment} does not exist on GitHub, so nothing protects it (create it: stackgate environments sync)`, requiredEvidence);
  const s = read.state;
  const evidence = {
    ...requiredEvidence,
    found: {
      reviewers: s.reviewers.map((r) => `${r.type === 'Team' ? 'team ' : ''}${r.name}`),
      preventSelfReview: s.preventSelfReview,
      waitTimerMinutes: s.waitTimerMinutes,
      canAdminsBypass: s.canAdminsBypass,
      branchPolicy: s.branchPolicy,
      customRules: s.customRules,
    },
    ...(repository ? { visibility: repository.visibility } : {}),
  };
  const problems: string[] = [];
  if (s.reviewers.length < required.requiredReviewers) {
    const has = s.reviewers.length ? `only ${s.reviewers.length}` : 'none';
    problems.push(
      `${required.requiredReviewers} required reviewer${required.requiredReviewers === 1 ? '' : 's'} wanted, ${has} listed${
        repository?.private && s.reviewers.length === 0 ? ` (${ENTERPRISE_NOTE})` : ''
      }`,
    );
  }
  if (required.preventSelfReview && !s.preventSelfReview) problems.push('self-review is allowed (prevent_self_review is off)');
  if (required.branches) {
    const weaker = branchWeakness(required.branches, s.branchPolicy);
    if (weaker) problems.push(weaker);
  }
  if (problems.length) return fail(`protection of ${environment} is weaker than required: ${problems.join('; ')}`, evidence);
  return {
    rule: 'protection',
    verdict: 'pass',
    summary: `${environment} has ${s.reviewers.length} required reviewer${s.reviewers.length === 1 ? '' : 's'}${s.preventSelfReview ? ', self-review prevented' : ''}${
      required.branches ? `, deployable from ${required.branches.join(', ')} only` : ''
    }`,
    evidence,
  };
}

function branchWeakness(required: readonly string[], policy: EnvironmentState['branchPolicy']): string | undefined {
  const wanted = required.join(', ');
  if (policy.kind === 'all') return `any branch may deploy (no deployment branch policy), not only ${wanted}`;
  if (policy.kind === 'protected') return `every protected branch may deploy, not only ${wanted}`;
  const extra = policy.branches.filter((b) => !required.includes(b));
  const tags = policy.tags;
  if (!extra.length && !tags.length) return undefined;
  return `deployment branch policy allows more than ${wanted}: ${[...extra.map((b) => `branch ${b}`), ...tags.map((t) => `tag ${t}`)].join(', ')}`;
}

/**
 * The approvals of this run for the environment, as enforcement evidence. `run` is undefined outside
 * a workflow run (the CLI on a laptop): nothing can be proven about approvals then.
 */
export function judgeApproval(
  environment: string,
  required: GateProtection,
  read: ProtectionRead,
  repository: RepositoryFacts | undefined,
  run: { approvals: ApprovalEvidence[] | { unreadable: string }; triggeredBy?: string } | undefined,
): RuleResult {
  const rule = 'approval' as const;
  if (required.requiredReviewers === 0) return { rule, verdict: 'skip', summary: 'no required reviewers are required', evidence: {} };
  if (!run)
    return {
      rule,
      verdict: 'skip',
      summary: `not inside a workflow run: whether ${environment}'s reviewers approved is checked by the run itself${
        repository?.private ? ` (${ENTERPRISE_NOTE})` : ''
      }`,
      evidence: {},
    };
  if ('unreadable' in run.approvals) return { rule, verdict: 'fail', summary: `cannot read this run's approvals: ${run.approvals.unreadable}`, evidence: {} };
  const approvals = run.approvals;
  const evidence = { approvals, ...(run.triggeredBy ? { triggeredBy: run.triggeredBy } : {}) };
  const rejected = approvals.filter((a) => a.state === 'rejected');
  if (rejected.length) return { rule, verdict: 'fail', summary: `rejected by ${rejected.map((a) => a.user).join(', ')}`, evidence };
  const approved = approvals.filter((a) => a.state === 'approved');
  if (!approved.length) {
    const listed = read.kind === 'read' && read.state.reviewers.length > 0;
    return {
      rule,
      verdict: 'fail',
      summary: listed
        ? `${environment} lists required reviewers but nobody approved this run: the protection is not enforced (${
            repository?.private ? ENTERPRISE_NOTE : 'does the job run under `environment: ' + environment + '`?'
          })`
        : `nobody approved this run for ${environment}`,
      evidence,
    };
  }
  if (required.preventSelfReview && run.triggeredBy) {
    const self = approved.filter((a) => a.user === run.triggeredBy);
    if (self.length === approved.length)
      return { rule, verdict: 'fail', summary: `approved only by ${run.triggeredBy}, who triggered the run (self-review)`, evidence };
  }
  return { rule, verdict: 'pass', summary: `approved by ${approved.map((a) => a.user).join(', ')}`, evidence };
}
