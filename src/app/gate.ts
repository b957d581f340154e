/**
 * The gate use case: may this commit be promoted to this environment now? The actions/gate step,
 * `stackgate gate` and the GitHub App's deployment protection rule all run this one evaluation.
 *
 * Rules, each with a verdict and its evidence (core/gate/audit.ts):
 * - previous-deployment: the newest deployment of the same SHA to `gate.requires` that stackgate's
 *   deployer created (payload marker, creator trusted) ended in a verified `success`: the newest
 *   status is a success a trusted account wrote, or GitHub's `inactive` after one (a newer
 *   deployment replaced it). Failed, rolled-back, in-progress, someone else's deployments, or
 *   deployments of another SHA do not count.
 * - smoke: that deployment ran the environment's smoke targets (so its success means they passed).
 * - score: the readiness score recorded in that deployment's payload is at least `minScore`.
 * - soak: at least `soak` has passed since the verified success.
 * - freeze: no freeze window is open now.
 * - protection / approval: the environment's protection rules are at least as strong as required,
 *   and this run carries an approval for the environment (core/gate/protection.ts).
 * - prometheus: canary analysis of the production metrics; measured last, and only when every other
 *   rule holds (it takes minutes; a closed gate does not need it).
 *
 * Whatever cannot be read fails its rule: the gate fails closed. Nothing here writes anything.
 */
import type { GatePrometheus, GateProtection, GateConfig } from '../core/config/gate-schema';
import type { EnvironmentProtection } from '../core/config/gate-schema';
import type { EnvironmentState } from '../core/environments/state';
import { GATE_AUDIT_SCHEMA_ID, reasonsOf, type ApprovalEvidence, type GateAudit, type PreviousDeploymentEvidence, type RuleResult } from '../core/gate/audit';
import { evaluateFreeze } from '../core/gate/freeze';
import { judgeApproval, judgeProtection, type ProtectionRead, type RepositoryFacts } from '../core/gate/protection';
import { redactSecrets } from '../core/secrets/redactor';
import { formatMs, parseDurationMs } from '../core/smoke/duration';
import type { LedgerRecord, LedgerStatus } from '../adapters/github/deployments';

/** An approval of a workflow run as GitHub's approvals API lists it. */
export interface RunApproval {
  state: 'approved' | 'rejected' | 'pending';
  comment: string;
  user: string;
  environments: string[];
}

/** What the gate reads from GitHub. Each read may throw; the rule it serves then fails with the message. */
export interface GateGitHub {
  /** Accounts whose deployments and statuses count as stackgate's (the deployer's token identity). */
  trustedDeployers: ReadonlySet<number>;
  recordOf(environment: string, sha: string, trusted: ReadonlySet<number>): Promise<LedgerRecord | undefined>;
  readEnvironment(name: string): Promise<EnvironmentState | undefined>;
  repository(): Promise<RepositoryFacts>;
  approvals(runId: number): Promise<RunApproval[]>;
  /** The login of whoever triggered the run (for self-review). */
  triggeredBy(runId: number): Promise<string | undefined>;
}

/** The canary analysis (core/gate/canary.ts with the Prometheus HTTP API adapter). */
export type CanaryRunner = (config: GatePrometheus, signal?: AbortSignal) => Promise<{ passed: boolean; summary: string; error?: string; checks?: unknown }>;

export interface GateRequest {
  environment: string;
  sha: string;
  /** environments.<env>.gate; undefined when stackgate.yml has none (the gate then fails closed). */
  gate: GateConfig | undefined;
  /** environments.<env>.protection (the default requirement when gate.protection is absent). */
  protection?: EnvironmentProtection;
  /** owner/repo */
  repository: string;
  run?: { id: number; url: string };
  dryRun: boolean;
  toolVersion: string;
  /** Where stackgate.yml is, for messages. */
  configFile?: string;
  /**
   * Why this run's approvals are not judged: the GitHub App answers as a custom protection rule,
   * which GitHub asks before or alongside the required reviewers; GitHub enforces them itself.
   */
  approvalsNotJudged?: string;
  /** Why there is no configuration to evaluate (the App could not read or parse stackgate.yml): the gate stays closed, saying so. */
  configProblem?: string;
}

export interface GatePorts {
  /** Undefined without a token: every rule that reads GitHub fails closed. */
  github?: GateGitHub;
  canary?: CanaryRunner;
  now?: () => number;
  log?: (line: string) => void;
  signal?: AbortSignal;
  /**
   * Read errors for which this returns true are thrown instead of failing their rule: the GitHub App
   * retries its job on GitHub's passing failures (5xx, rate limits) rather than reject the run for good.
   */
  rethrow?: (e: unknown) => boolean;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The requirement: gate.protection, else what environments.<env>.protection declares, else one required reviewer. */
export function requiredProtection(gate: GateConfig | undefined, declared: EnvironmentProtection | undefined): GateProtection {
  if (gate?.protection) return gate.protection;
  if (declared)
    return {
      requiredReviewers: Math.max(1, declared.reviewers.length),
      preventSelfReview: declared.preventSelfReview,
      ...(Array.isArray(declared.branches) && declared.tags.length === 0 ? { branches: declared.branches } : {}),
    };
  return { requiredReviewers: 1, preventSelfReview: false };
}

/** The success status the gate counts, or why there is none. */
export function verifiedSuccess(
  statuses: readonly LedgerStatus[],
  trusted: ReadonlySet<number>,
): { ok: true; at: string; supersededAt?: string } | { ok: false; why: string } {
  const newest = statuses[0];
  if (!newest) return { ok: false, why: 'it has no status' };
  const isTrusted = (s: LedgerStatus) => s.creator !== undefined && trusted.has(s.creator.id);
  if (newest.state === 'success')
    return isTrusted(newest)
      ? { ok: true, at: newest.createdAt }
      : { ok: false, why: `its success status was written by ${newest.creator?.login ?? 'an unknown account'}, not by stackgate's deployer` };
  if (newest.state === 'inactive') {
    const before = statuses.find((s) => s.state !== 'inactive');
    if (before?.state === 'success' && isTrusted(before)) return { ok: true, at: before.createdAt, supersededAt: newest.createdAt };
    return { ok: false, why: `it is inactive without a verified success before (${before ? before.state : 'no other status'})` };
  }
  const what: Record<string, string> = {
    failure: 'it failed',
    error: 'it ended in an error',
    in_progress: 'it is still in progress',
    queued: 'it is still queued',
    pending: 'it is still pending',
  };
  return { ok: false, why: `${what[newest.state] ?? newest.state}${newest.description ? `: ${newest.description}` : ''}` };
}

export async function evaluateGate(request: GateRequest, ports: GatePorts): Promise<GateAudit> {
  const now = ports.now ?? Date.now;
  const evaluatedAt = new Date(now());
  const { environment, sha, gate } = request;
  const github = ports.github;
  const rules: RuleResult[] = [];
  const audit: GateAudit = {
    schema: GATE_AUDIT_SCHEMA_ID,
    repository: request.repository,
    environment,
    sha,
    evaluatedAt: evaluatedAt.toISOString(),
    allowed: false,
    dryRun: request.dryRun,
    reasons: [],
    rules,
    images: [],
    approvals: [],
    toolVersion: request.toolVersion,
    ...(request.run ? { run: request.run } : {}),
  };
  const where = request.configFile ?? 'stackgate.yml';
  const noToken = 'no GitHub token: the gate cannot read the deployments, the protection rules or the approvals it must prove';

  if (!gate) {
    rules.push({
      rule: 'previous-deployment',
      verdict: 'fail',
      summary:
        request.configProblem ?? `environments.${environment}.gate is not in ${where}: nothing says what this environment requires, so the gate stays closed`,
      evidence: {},
    });
    return finish(audit);
  }

  // previous-deployment, smoke, score, soak
  let record: LedgerRecord | undefined;
  let verifiedAt: string | undefined;
  const requires = gate.requires;
  if (!requires) {
    for (const rule of ['previous-deployment', 'smoke', 'score', 'soak'] as const)
      rules.push({ rule, verdict: 'skip', summary: 'gate.requires names no previous environment', evidence: {} });
  } else if (!github) {
    rules.push({ rule: 'previous-deployment', verdict: 'fail', summary: noToken, evidence: {} });
  } else {
    let readError: string | undefined;
    try {
      record = await github.recordOf(requires, sha, github.trustedDeployers);
    } catch (e) {
      if (ports.rethrow?.(e)) throw e;
      readError = messageOf(e);
    }
    if (readError)
      rules.push({ rule: 'previous-deployment', verdict: 'fail', summary: `cannot read the deployments of ${requires}: ${readError}`, evidence: {} });
    else if (!record)
      rules.push({
        rule: 'previous-deployment',
        verdict: 'fail',
        summary: `${sha.slice(0, 7)} has no stackgate deployment in ${requires} (deployments of other commits, or by other accounts, do not count)`,
        evidence: { environment: requires },
      });
    else {
      const verified = verifiedSuccess(record.statuses, github.trustedDeployers);
      const previous: PreviousDeploymentEvidence = {
        environment: requires,
        deploymentId: record.id,
        createdAt: record.createdAt,
        createdBy: record.creator.login,
        state: record.state,
        description: record.description,
        ...(verified.ok ? { verifiedAt: verified.at } : {}),
        ...(record.environmentUrl ? { environmentUrl: record.environmentUrl } : {}),
        ...(record.payload.run ? { run: record.payload.run } : {}),
      };
      audit.previous = previous;
      audit.images = record.payload.images;
      if (verified.ok) {
        verifiedAt = verified.at;
        rules.push({
          rule: 'previous-deployment',
          verdict: 'pass',
          summary: `deployment ${record.id} of ${sha.slice(0, 7)} to ${requires} was verified at ${verified.at}${
            verified.supersededAt ? ` (a newer deployment replaced it at ${verified.supersededAt})` : ''
          }`,
          evidence: { ...previous },
        });
      } else
        rules.push({
          rule: 'previous-deployment',
          verdict: 'fail',
          summary: `deployment ${record.id} of ${sha.slice(0, 7)} to ${requires} does not count: ${verified.why}`,
          evidence: { ...previous },
        });
    }
    const passed = rules.at(-1)?.verdict === 'pass';
    const notProven = `not proven: there is no verified deployment of ${sha.slice(0, 7)} in ${requires}`;

    // smoke
    if (gate.smoke === 'any') rules.push({ rule: 'smoke', verdict: 'skip', summary: 'gate.smoke is any', evidence: {} });
    else if (!record || !passed) rules.push({ rule: 'smoke', verdict: 'fail', summary: notProven, evidence: {} });
    else {
      const smoke = record.payload.smoke;
      rules.push(
        smoke === 'on'
          ? {
              rule: 'smoke',
              verdict: 'pass',
              summary: `smoke tests passed in ${requires} before it was marked a success (${record.description})`,
              evidence: { smoke },
            }
          : {
              rule: 'smoke',
              verdict: 'fail',
              summary:
                smoke === 'off'
                  ? `the deployment to ${requires} ran no smoke tests (environments.${requires}.deploy.smoke is off)`
                  : smoke === 'no-targets'
                    ? `the deployment to ${requires} ran no smoke tests (smoke.environments.${requires} has no targets)`
                    : `the deployment to ${requires} does not record whether smoke tests ran`,
              evidence: { smoke: smoke ?? null },
            },
      );
    }

    // score
    if (gate.minScore === undefined) rules.push({ rule: 'score', verdict: 'skip', summary: 'gate.minScore is not set', evidence: {} });
    else if (!record || !passed) rules.push({ rule: 'score', verdict: 'fail', summary: notProven, evidence: { minScore: gate.minScore } });
    else {
      const readiness = record.payload.readiness;
      if (!readiness)
        rules.push({
          rule: 'score',
          verdict: 'fail',
          summary: `the deployment to ${requires} records no readiness score (it was deployed without a GitHub token, or the score failed)`,
          evidence: { minScore: gate.minScore },
        });
      else
        rules.push({
          rule: 'score',
          verdict: readiness.score >= gate.minScore ? 'pass' : 'fail',
          summary: `readiness score ${readiness.score} (${readiness.grade}) ${readiness.score >= gate.minScore ? 'clears' : 'is below'} the bar of ${gate.minScore}`,
          evidence: { score: readiness.score, grade: readiness.grade, minScore: gate.minScore },
        });
    }

    // soak
    if (gate.soak === undefined) rules.push({ rule: 'soak', verdict: 'skip', summary: 'gate.soak is not set', evidence: {} });
    else if (!verifiedAt) rules.push({ rule: 'soak', verdict: 'fail', summary: notProven, evidence: { soak: gate.soak } });
    else {
      const soakMs = parseDurationMs(gate.soak, `environments.${environment}.gate.soak`);
      const elapsed = evaluatedAt.getTime() - Date.parse(verifiedAt);
      const over = new Date(Date.parse(verifiedAt) + soakMs).toISOString();
      rules.push({
        rule: 'soak',
        verdict: elapsed >= soakMs ? 'pass' : 'fail',
        summary:
          elapsed >= soakMs
            ? `soaked ${formatMs(elapsed)} in ${requires} (at least ${gate.soak})`
            : `soaked only ${formatMs(Math.max(0, elapsed))} of ${gate.soak} in ${requires}; over at ${over}`,
        evidence: { verifiedAt, soak: gate.soak, elapsedMs: elapsed, over },
      });
    }
  }

  // freeze
  if (!gate.freeze.length) rules.push({ rule: 'freeze', verdict: 'skip', summary: 'no freeze windows', evidence: {} });
  else {
    const { open, nextStart } = evaluateFreeze(gate.freeze, evaluatedAt, `environments.${environment}.gate.freeze`);
    const evidence = {
      open: open.map((w) => ({ window: w.description, start: w.start.toISOString(), end: w.end.toISOString(), ...(w.reason ? { reason: w.reason } : {}) })),
      ...(nextStart ? { next: { window: nextStart.description, start: nextStart.at.toISOString() } } : {}),
    };
    if (open.length) {
      const until = new Date(Math.max(...open.map((w) => w.end.getTime()))).toISOString();
      const what = open.map((w) => (w.reason ? `${w.reason} (${w.description})` : w.description)).join('; ');
      rules.push({ rule: 'freeze', verdict: 'fail', summary: `inside a freeze window until ${until}: ${what}`, evidence });
    } else
      rules.push({
        rule: 'freeze',
        verdict: 'pass',
        summary: `no freeze window is open${nextStart ? `; the next opens at ${nextStart.at.toISOString()}` : ''}`,
        evidence,
      });
  }

  // protection and approval
  const required = requiredProtection(gate, request.protection);
  if (!github) {
    rules.push({ rule: 'protection', verdict: 'fail', summary: noToken, evidence: { required } });
    rules.push({ rule: 'approval', verdict: 'fail', summary: noToken, evidence: {} });
  } else {
    let read: ProtectionRead;
    try {
      const state = await github.readEnvironment(environment);
      read = state ? { kind: 'read', state } : { kind: 'missing' };
    } catch (e) {
      if (ports.rethrow?.(e)) throw e;
      read = { kind: 'unreadable', message: messageOf(e) };
    }
    let repository: RepositoryFacts | undefined;
    try {
      repository = await github.repository();
    } catch (e) {
      if (ports.rethrow?.(e)) throw e;
      ports.log?.(`cannot read the repository's visibility: ${messageOf(e)}`);
    }
    rules.push(judgeProtection(environment, required, read, repository));
    let run: Parameters<typeof judgeApproval>[4];
    if (request.approvalsNotJudged) {
      rules.push({ rule: 'approval', verdict: 'skip', summary: request.approvalsNotJudged, evidence: {} });
    } else if (request.run) {
      let approvals: ApprovalEvidence[] | { unreadable: string };
      try {
        approvals = (await github.approvals(request.run.id))
          .filter((a) => a.environments.includes(environment))
          .map((a) => ({ user: a.user, state: a.state, comment: a.comment }));
        audit.approvals = approvals;
      } catch (e) {
        if (ports.rethrow?.(e)) throw e;
        approvals = { unreadable: messageOf(e) };
      }
      let triggeredBy: string | undefined;
      try {
        triggeredBy = await github.triggeredBy(request.run.id);
        if (triggeredBy && audit.run) audit.run.triggeredBy = triggeredBy;
      } catch (e) {
        if (ports.rethrow?.(e)) throw e;
        ports.log?.(`cannot read who triggered run ${request.run.id}: ${messageOf(e)}`);
      }
      run = { approvals, ...(triggeredBy ? { triggeredBy } : {}) };
    }
    if (!request.approvalsNotJudged) rules.push(judgeApproval(environment, required, read, repository, run));
  }

  // prometheus, last
  if (!gate.prometheus) rules.push({ rule: 'prometheus', verdict: 'skip', summary: 'gate.prometheus is not set', evidence: {} });
  else if (rules.some((r) => r.verdict === 'fail'))
    rules.push({ rule: 'prometheus', verdict: 'skip', summary: 'not measured: the gate is already closed by the rules above', evidence: {} });
  else if (!ports.canary) rules.push({ rule: 'prometheus', verdict: 'fail', summary: 'no Prometheus client', evidence: {} });
  else {
    try {
      const result = await ports.canary(gate.prometheus, ports.signal);
      rules.push({
        rule: 'prometheus',
        verdict: result.passed ? 'pass' : 'fail',
        summary: result.error ? `${result.error}` : result.summary,
        evidence: { url: gate.prometheus.url, ...(result.checks !== undefined ? { checks: result.checks } : {}) },
      });
    } catch (e) {
      if (ports.rethrow?.(e)) throw e;
      rules.push({ rule: 'prometheus', verdict: 'fail', summary: `Prometheus analysis failed: ${messageOf(e)}`, evidence: { url: gate.prometheus.url } });
    }
  }
  return finish(audit);
}

/** Every summary through the secret redactor (they quote servers and GitHub), then the verdict. */
function finish(audit: GateAudit): GateAudit {
  for (const rule of audit.rules) rule.summary = redactSecrets(rule.summary);
  audit.reasons = reasonsOf(audit.rules);
  audit.allowed = audit.reasons.length === 0;
  return audit;
}
