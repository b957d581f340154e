/**
 * Posts the readiness comment of an envelope (the readiness action, and the second stage of the
 * fork-safe workflow). A token that may not write (fork PRs) is reported as a note, not a failure.
 */
import { createGitHubClient, type GitHubClientLog, type GitHubClientOptions } from '../adapters/github/client';
import { CommentPermissionError, upsertStickyComment } from '../adapters/github/sticky-comment';
import { commentMarker, renderReadinessMarkdown } from '../core/readiness/render';
import { COMMENT_LIMIT } from '../core/report/channel-budgets';
import type { ReadinessEnvelope } from '../core/readiness/report-schema';
import type { PostingCommentMode } from '../core/readiness/comment-settings';

export interface PostCommentOptions {
  envelope: ReadinessEnvelope;
  token: string;
  apiUrl?: string;
  owner: string;
  repo: string;
  mode: PostingCommentMode;
  linkBase?: string;
  log: GitHubClientLog;
  tuning?: GitHubClientTuning;
}

/** What tests may change about the client: back-off unit, retries and write pacing. */
export type GitHubClientTuning = Pick<GitHubClientOptions, 'waitUnitMs' | 'retries' | 'paceWrites'>;

export async function postReadinessComment(options: PostCommentOptions): Promise<{ commentId?: number; note?: string }> {
  const { envelope } = options;
  if (!envelope.pullRequest) return { note: 'not a pull request: no comment' };
  const body = renderReadinessMarkdown(envelope.report, {
    delta: envelope.delta,
    verdict: envelope.verdict,
    linkBase: options.linkBase,
    marker: commentMarker(envelope.commentKey),
    maxChars: COMMENT_LIMIT,
    notes: envelope.notes,
    fullReportHint: 'the job summary and the `stackgate-readiness` artifact',
  });
  const octokit = createGitHubClient({ token: options.token, baseUrl: options.apiUrl, log: options.log, ...options.tuning });
  try {
    const result = await upsertStickyComment(
      octokit,
      { owner: options.owner, repo: options.repo, issueNumber: envelope.pullRequest.number, key: envelope.commentKey, body, mode: options.mode },
      options.log,
    );
    options.log.info(`readiness comment ${result.action}: ${result.url}`);
    return { commentId: result.commentId };
  } catch (e) {
    if (e instanceof CommentPermissionError) {
      return {
        note: `the token cannot comment on pull request #${envelope.pullRequest.number} (${e.message}); this is expected on pull requests from forks: the report is in the job summary and the stackgate-readiness artifact (see workflows-templates/readiness-comment.yml to post it safely)`,
      };
    }
    throw e;
  }
}
