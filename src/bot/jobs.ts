/**
 * What the bot does with a delivery, once a worker claimed its job:
 *
 * - `deployment_protection_rule` (requested): reads stackgate.yml at the deployment's SHA through the
 *   contents API, evaluates the environment's gate (app/gate.ts, the use case of actions/gate; the
 *   run's approvals are GitHub's to enforce, since it asks the App before or alongside the required
 *   reviewers), stores the audit record, and approves or rejects the run through the protection-rule
 *   callback with a comment that links to the record. A stackgate.yml that does not parse is a
 *   rejection that says where, not an error: the gate fails closed.
 * - `pull_request` (opened, synchronize, reopened): downloads the head and base commits, scores both
 *   (app/score-with-base.ts) and upserts the same sticky comment as actions/readiness.
 *
 * Failures GitHub may get over (5xx, network, rate limits) are retried with backoff; others end the
 * job. A protection rule whose job is given up on is rejected, saying why, when GitHub still listens.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitHubApiError, toGitHubApiError } from '../adapters/github/api-error';
import type { AppAuthenticator } from '../adapters/github/app-auth';
import type { AuditStore, Job } from '../adapters/bot-store/store';
import { createGitHubClient, type GitHubClient } from '../adapters/github/client';
import { createGateReads } from '../adapters/github/gate-reads';
import { downloadTree, readFileAt } from '../adapters/github/repository-contents';
import { fetchTokenIdentity, type TokenIdentity } from '../adapters/github/token-identity';
import { evaluateGate, type GateRequest } from '../app/gate';
import { gateCanary } from '../app/prepare-gate';
import { postReadinessComment } from '../app/post-readiness-comment';
import { readinessEnvelope } from '../app/readiness-envelope';
import { scoreWithBase } from '../app/score-with-base';
import { CONFIG_FILES, parseConfigWith } from '../core/config/read';
import { configSchema } from '../core/config/schema';
import { isUserError, toError } from '../core/errors';
import { redactSecrets } from '../core/secrets/redactor';
import type { GateAudit } from '../core/gate/audit';
import type { Logger } from '../core/logger';
import { VERSION } from '../core/version';
import type { BotMetrics } from './metrics';

export interface JobContext {
  auth: AppAuthenticator;
  audits: AuditStore;
  metrics: BotMetrics;
  log: Logger;
  apiUrl: string;
  /** Where links to audit records point (STACKGATE_PUBLIC_URL); none: the comment carries no link. */
  publicUrl?: string;
  prometheusToken?: string;
  /** The secret scanner's worker bundle, for the readiness score. */
  workerEntry?: string;
  /** Client tuning for tests (back-off unit, retries). */
  clientTuning?: { waitUnitMs?: number; retries?: number };
  /** The token identity of each installation, once known (see identityOf). */
  identities: Map<number, TokenIdentity>;
}

/** A failure worth another try later (GitHub 5xx, network, rate limit). */
export class RetryableJobError extends Error {}

/** The most a protection-rule comment carries (GitHub does not document a limit; the audit record has the rest). */
const COMMENT_CHARS = 1000;
const TREE_LIMITS = { maxBytes: 200 * 1024 * 1024, timeoutMs: 120_000 };
export const APPROVALS_NOT_JUDGED =
  "judged by GitHub, not by this rule: GitHub asks the App before or alongside the environment's required reviewers, and enforces their approval itself";

interface RepositoryPayload {
  name: string;
  full_name?: string;
  owner: { login: string };
  html_url?: string;
}

/** Runs one job; returns its outcome (stored with it), throws RetryableJobError or another error. */
export async function runJob(job: Job, ctx: JobContext): Promise<string> {
  try {
    if (job.event === 'deployment_protection_rule') return await protectionRule(job, ctx);
    if (job.event === 'pull_request') return await pullRequest(job, ctx);
    return `ignored: no handler for ${job.event}`;
  } catch (e) {
    throw classify(e);
  }
}

/** GitHub errors that may pass (no answer, 5xx, rate limits) become RetryableJobError. */
function classify(e: unknown): unknown {
  const api = e instanceof GitHubApiError ? e : toGitHubApiError(e, 'a GitHub request');
  if (api && (api.status === undefined || api.status >= 500 || api.isRateLimit)) return new RetryableJobError(api.message);
  return api ?? e;
}

/** A client of one installation: its writes are paced on their own (one a second, as GitHub asks of one client). */
function client(token: string, installationId: number, ctx: JobContext): GitHubClient {
  const octokit = createGitHubClient({ token, baseUrl: ctx.apiUrl, log: ctx.log, throttleId: `installation-${installationId}`, ...ctx.clientTuning });
  octokit.hook.after('request', (response) => {
    const remaining = Number(response.headers['x-ratelimit-remaining']);
    if (Number.isFinite(remaining)) ctx.metrics.rateLimit.set(remaining);
  });
  return octokit;
}

interface ProtectionRuleRequest {
  owner: string;
  repo: string;
  environment: string;
  sha: string;
  runId: number;
  installationId: number;
  runUrl: string;
}

/** The parts of a deployment_protection_rule payload the verdict needs, or why it cannot be judged. */
export function readProtectionRule(payload: unknown, installationId: number | undefined): ProtectionRuleRequest | string {
  const p = payload as {
    action?: string;
    environment?: string;
    sha?: string;
    deployment_callback_url?: string;
    deployment?: { sha?: string };
    repository?: RepositoryPayload;
    installation?: { id?: number };
  };
  if (p.action !== 'requested') return `ignored: action ${p.action ?? 'none'}`;
  const runId = Number(/\/actions\/runs\/(\d+)\/deployment_protection_rule\/?$/.exec(p.deployment_callback_url ?? '')?.[1]);
  const sha = p.deployment?.sha ?? p.sha;
  const install = installationId ?? p.installation?.id;
  if (!p.environment || !sha || !/^[0-9a-f]{40}$/i.test(sha) || !p.repository?.owner?.login || !p.repository.name || !Number.isSafeInteger(runId) || !install)
    return 'ignored: the payload lacks the environment, the deployment SHA, the repository, the installation or the callback URL';
  const html = p.repository.html_url ?? `https://github.com/${p.repository.owner.login}/${p.repository.name}`;
  return {
    owner: p.repository.owner.login,
    repo: p.repository.name,
    environment: p.environment,
    sha: sha.toLowerCase(),
    runId,
    installationId: install,
    runUrl: `${html}/actions/runs/${runId}`,
  };
}

async function protectionRule(job: Job, ctx: JobContext): Promise<string> {
  const request = readProtectionRule(job.payload, job.installationId);
  if (typeof request === 'string') return request;
  const { owner, repo, environment, sha } = request;
  const octokit = client(await ctx.auth.installationToken(request.installationId), request.installationId, ctx);
  const repository = { owner, repo };
  const audit = await evaluate(octokit, request, ctx);
  const auditId = await ctx.audits.save(audit);
  const state = audit.allowed ? 'approved' : 'rejected';
  try {
    await octokit.rest.actions.reviewCustomGatesForRun({
      ...repository,
      run_id: request.runId,
      environment_name: environment,
      state,
      comment: verdictComment(audit, auditLink(ctx, auditId)),
    });
  } catch (e) {
    // 422: the run no longer waits for this rule (decided by an earlier attempt of this job, cancelled, or timed out).
    if ((e as { status?: unknown }).status === 422)
      return `${state}; GitHub no longer waits for this rule (422): run ${request.runId} was decided or cancelled`;
    throw e;
  }
  ctx.metrics.verdicts.inc({ state });
  ctx.log.info(`${owner}/${repo} run ${request.runId}: ${state} ${sha.slice(0, 7)} for ${environment} (audit ${auditId})`);
  return `${state} ${sha.slice(0, 7)} for ${environment}; audit ${auditId}`;
}

/** The gate for the run, from stackgate.yml at the SHA; a config that cannot be read is a closed gate that says why. */
async function evaluate(octokit: GitHubClient, r: ProtectionRuleRequest, ctx: JobContext): Promise<GateAudit> {
  const repository = { owner: r.owner, repo: r.repo };
  let file: string | undefined;
  let text: string | undefined;
  for (const candidate of CONFIG_FILES) {
    text = await readFileAt(octokit, repository, candidate, r.sha);
    if (text !== undefined) {
      file = candidate;
      break;
    }
  }
  const base: Omit<GateRequest, 'gate'> = {
    environment: r.environment,
    sha: r.sha,
    repository: `${r.owner}/${r.repo}`,
    run: { id: r.runId, url: r.runUrl },
    dryRun: false,
    toolVersion: VERSION,
    configFile: file,
    approvalsNotJudged: APPROVALS_NOT_JUDGED,
  };
  let config;
  try {
    config = text === undefined ? undefined : parseConfigWith(configSchema, file!, text);
  } catch (e) {
    if (!isUserError(e)) throw e;
    return evaluateGate({ ...base, gate: undefined, configProblem: `${file} at ${r.sha.slice(0, 7)} is not valid: ${e.format().split('\n')[0]}` }, {});
  }
  const env = config?.environments[r.environment];
  if (!config || !env)
    return evaluateGate(
      {
        ...base,
        gate: undefined,
        configProblem: `${file ?? 'stackgate.yml'} at ${r.sha.slice(0, 7)} ${config ? `has no environment "${r.environment}"` : 'does not exist'}, so nothing says what it requires`,
      },
      {},
    );
  const identity = await identityOf(r.installationId, octokit, ctx);
  const github = createGateReads(octokit, repository, identity);
  return evaluateGate(
    { ...base, gate: env.gate, protection: env.protection },
    {
      github,
      canary: gateCanary({ environment: r.environment, prometheusToken: ctx.prometheusToken, log: ctx.log }),
      log: (line) => ctx.log.info(line),
      // GitHub's passing failures retry the job; a rejection would be final for the run.
      rethrow: (e) => classify(e) instanceof RetryableJobError,
    },
  );
}

/**
 * The account an installation's tokens act as (the App's bot user), asked once per installation and
 * process: GitHub paces GraphQL queries like writes, one a second per client.
 */
async function identityOf(installationId: number, octokit: GitHubClient, ctx: JobContext): Promise<TokenIdentity> {
  const known = ctx.identities.get(installationId);
  if (known) return known;
  const identity = await fetchTokenIdentity(octokit);
  ctx.identities.set(installationId, identity);
  return identity;
}

function auditLink(ctx: JobContext, auditId: string): string | undefined {
  return ctx.publicUrl ? `${ctx.publicUrl}/audits/${auditId}` : undefined;
}

/** The comment GitHub shows with the verdict: the outcome, the reasons, the link to the full record. */
export function verdictComment(audit: GateAudit, link: string | undefined): string {
  const head = `stackgate gate: ${audit.sha.slice(0, 7)} to ${audit.environment} ${audit.allowed ? 'allowed' : 'not allowed'}`;
  const tail = link ? `\nAudit record: ${link}` : '';
  const reasons = audit.reasons.map((r) => `- ${r}`);
  let body = [head, ...reasons].join('\n');
  if (body.length + tail.length > COMMENT_CHARS) body = `${body.slice(0, COMMENT_CHARS - tail.length - 1)}…`;
  return body + tail;
}

async function pullRequest(job: Job, ctx: JobContext): Promise<string> {
  const p = job.payload as {
    action?: string;
    number?: number;
    pull_request?: { number: number; state?: string; head: { sha: string }; base: { sha: string } };
    repository?: RepositoryPayload;
    installation?: { id?: number };
  };
  if (!['opened', 'synchronize', 'reopened'].includes(p.action ?? '')) return `ignored: action ${p.action ?? 'none'}`;
  const pr = p.pull_request;
  const installationId = job.installationId ?? p.installation?.id;
  if (!pr || !p.repository?.owner?.login || !installationId) return 'ignored: the payload lacks the pull request, the repository or the installation';
  const repository = { owner: p.repository.owner.login, repo: p.repository.name };
  const token = await ctx.auth.installationToken(installationId);
  const octokit = client(token, installationId, ctx);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-bot-pr-'));
  try {
    const headRoot = path.join(dir, 'head');
    const baseRoot = path.join(dir, 'base');
    const deadline = Date.now() + TREE_LIMITS.timeoutMs;
    await downloadTree(octokit, repository, pr.head.sha, headRoot, { maxBytes: TREE_LIMITS.maxBytes, deadline });
    await downloadTree(octokit, repository, pr.base.sha, baseRoot, { maxBytes: TREE_LIMITS.maxBytes, deadline });
    const scored = await scoreWithBase({
      root: headRoot,
      toolVersion: VERSION,
      workerEntry: ctx.workerEntry,
      trees: { baseRoot, commits: { head: pr.head.sha, base: pr.base.sha } },
    });
    const mode = scored.config.readiness.comment.mode;
    if (mode === 'off') return `skipped: readiness.comment.mode is off (score ${scored.report.score})`;
    const envelope = readinessEnvelope(scored, { pullRequest: { number: pr.number, headSha: pr.head.sha } });
    const outcome = await postReadinessComment(
      {
        envelope,
        token,
        apiUrl: ctx.apiUrl,
        ...repository,
        mode,
        requireHeadSha: pr.head.sha,
        tuning: { throttleId: `installation-${installationId}`, ...ctx.clientTuning },
      },
      { log: ctx.log },
    );
    if (outcome.kind === 'failed') throw new RetryableJobError(outcome.reason);
    return outcome.kind === 'posted' ? `comment ${outcome.action} on #${pr.number}: score ${scored.report.score}` : `skipped: ${outcome.reason}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The verdict a protection rule gets when its job is given up on: rejected, saying why (fail closed). */
export async function rejectGivenUp(job: Job, ctx: JobContext, why: string): Promise<void> {
  if (job.event !== 'deployment_protection_rule') return;
  const request = readProtectionRule(job.payload, job.installationId);
  if (typeof request === 'string') return;
  try {
    const octokit = client(await ctx.auth.installationToken(request.installationId), request.installationId, ctx);
    await octokit.rest.actions.reviewCustomGatesForRun({
      owner: request.owner,
      repo: request.repo,
      run_id: request.runId,
      environment_name: request.environment,
      state: 'rejected',
      comment: redactSecrets(`stackgate gate: could not be evaluated, so ${request.sha.slice(0, 7)} may not go to ${request.environment}: ${why}`).slice(
        0,
        COMMENT_CHARS,
      ),
    });
    ctx.metrics.verdicts.inc({ state: 'rejected' });
  } catch (e) {
    ctx.log.warning(`could not reject run ${request.runId} after giving up: ${toError(e).message}`);
  }
}
