/**
 * The readiness comment use case: posts the comment of an envelope (the readiness action, and the
 * second stage of the fork-safe workflow), within bounds: each attempt of a request gets COMMENT_REQUEST_TIMEOUT_MS,
 * and the whole phase COMMENT_DEADLINE_MS, after which requests in flight are aborted and no more
 * are sent. Whatever goes wrong on GitHub's side (a read-only token on a fork, 4xx, 5xx past the
 * retries, an answer that is not JSON, no answer) comes back as a reason, not an exception: the
 * caller decides whether that is a warning or a failure.
 */
import { GitHubApiError, toGitHubApiError, UnexpectedResponseError, bodyPreview } from '../adapters/github/api-error';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../adapters/github/client';
import type { ProxySettings } from '../adapters/github/proxy';
import { CommentPermissionError, upsertStickyComment, type StickyCommentResult } from '../adapters/github/sticky-comment';
import { TimeoutError, withTimeout } from '../adapters/timeout';
import { commentMarker, renderReadinessMarkdown } from '../core/readiness/render';
import { COMMENT_LIMIT } from '../core/report/channel-budgets';
import type { ReadinessEnvelope } from '../core/readiness/report-schema';
import type { PostingCommentMode } from '../core/readiness/comment-settings';
import type { Logger } from '../core/logger';

/** One attempt of one request; GitHub itself gives up on a request after 10 s. 5xx and timeouts are retried twice. */
export const COMMENT_REQUEST_TIMEOUT_MS = 15_000;
/** The whole comment phase: identity, listing, writing, cleaning up, with retries and rate-limit waits. */
export const COMMENT_DEADLINE_MS = 60_000;

export interface PostCommentOptions {
  envelope: ReadinessEnvelope;
  token: string;
  apiUrl?: string;
  owner: string;
  repo: string;
  mode: PostingCommentMode;
  linkBase?: string;
  tuning?: GitHubClientTuning;
  /** HTTP(S) proxies and NO_PROXY, as the entry point read them from the environment. */
  proxy?: ProxySettings;
  /**
   * Post only while the pull request's head is still this commit (the workflow_run stage: a stale
   * run must not overwrite the comment of a newer one). Asked of GitHub inside the same deadline.
   */
  requireHeadSha?: string;
}

/** Where the phase logs: the client's retries and rate limits, the comment's URL; debug lines name what failed. */
export interface PostCommentPorts {
  log: Logger;
}

/** What tests may change about the client and the phase: back-off unit, retries, write pacing, timeouts. */
export type GitHubClientTuning = Pick<GitHubClientOptions, 'waitUnitMs' | 'retries' | 'paceWrites' | 'timeoutMs' | 'throttleId'> & { deadlineMs?: number };

export type CommentOutcome =
  | { kind: 'posted'; commentId: number; action: StickyCommentResult['action']; url: string }
  /** Nothing to post, and nothing wrong: not a pull request, or the pull request has moved on. */
  | { kind: 'skipped'; reason: string }
  /** The comment could not be posted; `reason` names the request and the status, never the token or a body. */
  | { kind: 'failed'; reason: string };

export async function postReadinessComment(options: PostCommentOptions, { log }: PostCommentPorts): Promise<CommentOutcome> {
  const { envelope } = options;
  const pullRequest = envelope.pullRequest;
  if (!pullRequest) return { kind: 'skipped', reason: 'not a pull request: no comment' };
  const body = renderReadinessMarkdown(envelope.report, {
    delta: envelope.delta,
    verdict: envelope.verdict,
    linkBase: options.linkBase,
    marker: commentMarker(envelope.commentKey),
    maxChars: COMMENT_LIMIT,
    notes: envelope.notes,
    fullReportHint: 'the job summary and the `stackgate-readiness` artifact',
  });
  const { deadlineMs = COMMENT_DEADLINE_MS, ...tuning } = options.tuning ?? {};
  const phase = new AbortController();
  const octokit = createGitHubClient({
    token: options.token,
    baseUrl: options.apiUrl,
    log,
    timeoutMs: COMMENT_REQUEST_TIMEOUT_MS,
    proxy: options.proxy,
    ...tuning,
    deadline: { signal: phase.signal, endsAtMs: Date.now() + deadlineMs },
  });

  const work = post(octokit, options, log, pullRequest.number, body);
  try {
    return await withTimeout(work, deadlineMs, 'the readiness comment', () => phase.abort());
  } catch (e) {
    if (e instanceof TimeoutError) {
      // The abandoned requests fail at once now that the phase is aborted; their error says nothing new.
      work.catch((late: unknown) => log.debug(`after the deadline: ${String(late)}`));
      return {
        kind: 'failed',
        reason: `the readiness comment on pull request #${pullRequest.number} was not posted: GitHub did not answer within the comment's deadline of ${deadlineMs} ms (requests in flight were cancelled); re-run the job later`,
      };
    }
    if (e instanceof CommentPermissionError) {
      return {
        kind: 'failed',
        reason: `the token cannot comment on pull request #${pullRequest.number} (${e.message}); this is expected on pull requests from forks: the report is in the job summary and the stackgate-readiness artifact (see workflows-templates/readiness-comment.yml to post it safely)`,
      };
    }
    if (e instanceof GitHubApiError)
      return { kind: 'failed', reason: `the readiness comment on pull request #${pullRequest.number} was not posted: ${e.message}` };
    throw e;
  } finally {
    phase.abort();
  }
}

async function post(octokit: GitHubClient, options: PostCommentOptions, log: Logger, number: number, body: string): Promise<CommentOutcome> {
  if (options.requireHeadSha) {
    const head = await readHeadSha(octokit, options, log, number);
    if (head !== options.requireHeadSha) {
      return {
        kind: 'skipped',
        reason: `pull request #${number} has moved on to ${head.slice(0, 12)} since this run tested ${options.requireHeadSha.slice(0, 12)}: its own run will comment`,
      };
    }
  }
  const result = await upsertStickyComment(
    octokit,
    { owner: options.owner, repo: options.repo, issueNumber: number, key: options.envelope.commentKey, body, mode: options.mode },
    log,
  );
  log.info(`readiness comment ${result.action}: ${result.url}`);
  return { kind: 'posted', ...result };
}

/** The pull request's head commit now. */
async function readHeadSha(octokit: GitHubClient, options: PostCommentOptions, log: Logger, number: number): Promise<string> {
  let response;
  try {
    response = await octokit.rest.pulls.get({ owner: options.owner, repo: options.repo, pull_number: number });
  } catch (e) {
    throw toGitHubApiError(e, `read pull request #${number}`, (message) => log.debug(message)) ?? e;
  }
  const sha = (response.data as { head?: { sha?: unknown } }).head?.sha;
  if (typeof sha !== 'string')
    throw toGitHubApiError(
      new UnexpectedResponseError('GET', response.url, response.status, response.headers['content-type'] ?? '', bodyPreview(response.data)),
      `read pull request #${number}`,
    );
  return sha;
}
