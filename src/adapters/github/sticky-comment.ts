/**
 * One comment per pull request (or issue) and key, found again by a hidden first line
 * `<!-- stackgate:<key> -->` and updated in place on every run.
 *
 * - Whose comment it is: only comments written by the token's own account (compared by user id)
 *   are ever edited or deleted. Anyone can post a comment that starts with the marker; such a
 *   comment is skipped, and the search goes on to ours. The account is asked of GitHub
 *   (token-identity.ts) once a page holds a comment with the marker; when GitHub does not say,
 *   no existing comment is touched: a new one is posted, and its author stands in for the account.
 * - Finding it: comments are listed 100 per page, oldest first, and the listing stops at the
 *   first page with a comment of ours that starts with the marker.
 * - mode `update` edits it; `skip-unchanged` edits it only when the body differs; `recreate`
 *   posts a new one at the bottom and then deletes the old one (in that order, so the pull
 *   request is never without the comment); absent, it is created.
 * - Races (two runs at once both create one): after creating, the comments posted since shortly
 *   before are listed again; of the ones that start with the marker and share our author, the
 *   oldest stays, the others are deleted, and if ours was one of them the survivor gets our body.
 * - Failures are GitHubApiErrors naming the step, the request and the status. A 403 (`Resource not
 *   accessible by integration`: a read-only token, as on pull requests from forks) or 404 is a
 *   CommentPermissionError, so the caller can fall back to the job summary; rate limits are not.
 */
import { checkCommentKey, type PostingCommentMode } from '../../core/readiness/comment-settings';
import { commentMarker } from '../../core/readiness/render';
import { bodyPreview, GitHubApiError, toGitHubApiError, UnexpectedResponseError } from './api-error';
import type { Logger } from '../../core/logger';
import type { GitHubClient } from './client';
import { fetchTokenIdentity, type TokenIdentity } from './token-identity';

export type StickyCommentMode = PostingCommentMode;

export interface UpsertStickyCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Letters, digits, `.`, `_`, `-`: one comment per key. */
  key: string;
  /** The comment; the marker is put in front unless the body already starts with it. */
  body: string;
  mode: StickyCommentMode;
}

export interface StickyCommentResult {
  commentId: number;
  action: 'created' | 'updated' | 'unchanged' | 'recreated';
  url: string;
}

/** The token may not read or write the comments of this pull request (403), or cannot see it (404). */
export class CommentPermissionError extends GitHubApiError {
  constructor(
    message: string,
    override readonly status: 403 | 404,
  ) {
    super(message, status);
    this.name = 'CommentPermissionError';
  }
}

const PER_PAGE = 100;
/** The second listing covers comments updated since this long before ours was created (clock skew, slow runs). */
const RELIST_WINDOW_MS = 10 * 60 * 1000;

interface Comment {
  id: number;
  body?: string;
  html_url: string;
  created_at: string;
  user: { id: number; login: string } | null;
}

type Where = { owner: string; repo: string; issue_number: number };

export async function upsertStickyComment(octokit: GitHubClient, options: UpsertStickyCommentOptions, log: Logger): Promise<StickyCommentResult> {
  checkCommentKey(options.key, 'sticky comment');
  const marker = commentMarker(options.key);
  const body = options.body.startsWith(marker) ? options.body : `${marker}\n${options.body}`;
  const where: Where = { owner: options.owner, repo: options.repo, issue_number: options.issueNumber };
  const name = `sticky comment "${options.key}" on #${options.issueNumber}`;
  const isSticky = (c: Comment): boolean => typeof c.body === 'string' && c.body.startsWith(marker);
  const step = stepRunner(options, log);

  // Asked once, and only when a comment with the marker shows up; undefined when GitHub does not say.
  let identity: Promise<TokenIdentity | undefined> | undefined;
  const whoAmI = (): Promise<TokenIdentity | undefined> =>
    (identity ??= fetchTokenIdentity(octokit, debugOf(log)).catch((e: unknown) => {
      if (!(e instanceof GitHubApiError)) throw e;
      log.warning(`${name}: ${e.message}; so no existing comment is edited or deleted: posting a new one`);
      return undefined;
    }));

  const existing = await step(`list the comments of #${options.issueNumber}`, () => findOurs(octokit, where, isSticky, whoAmI, log));
  if (existing && options.mode !== 'recreate') {
    if (options.mode === 'skip-unchanged' && existing.body === body) {
      log.info(`${name}: unchanged (${existing.html_url})`);
      return { commentId: existing.id, action: 'unchanged', url: existing.html_url };
    }
    const data = await step(`update comment ${existing.id}`, async () =>
      asComment(await octokit.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: existing.id, body }), 'PATCH'),
    );
    log.info(`${name}: updated ${data.html_url}`);
    return { commentId: data.id, action: 'updated', url: data.html_url };
  }

  const mine = await step(`post the comment on #${options.issueNumber}`, async () =>
    asComment(await octokit.rest.issues.createComment({ ...where, body }), 'POST'),
  );
  const me = identity ? await identity : undefined;
  if (me && mine.user && mine.user.id !== me.id) {
    log.warning(
      `${name}: GitHub says the token acts as ${me.login} (${me.id}), but its comment is by ${mine.user.login} (${mine.user.id}): the next run may not find this comment and post another`,
    );
  }
  if (existing) {
    if (sameAuthor(existing, mine)) await step(`delete comment ${existing.id}`, () => deleteIfPresent(octokit, options, existing.id, log));
    else
      log.warning(
        `${name}: the previous comment ${existing.html_url} is by ${existing.user?.login ?? 'a deleted user'}, not by ${mine.user?.login ?? 'us'}: left in place`,
      );
  }
  const survivor = await removeDuplicates(octokit, options, mine, body, existing?.id ?? 0, isSticky, step, log);
  const action = options.mode === 'recreate' && existing ? 'recreated' : survivor.id === mine.id ? 'created' : 'updated';
  log.info(`${name}: ${action} ${survivor.html_url}`);
  return { commentId: survivor.id, action, url: survivor.html_url };
}

type Step = <T>(operation: string, run: () => Promise<T>) => Promise<T>;

/** Runs one step against the API; its failure becomes a GitHubApiError (or CommentPermissionError) naming the step. */
function stepRunner(options: UpsertStickyCommentOptions, log: Logger): Step {
  return async (operation, run) => {
    try {
      return await run();
    } catch (e) {
      throw asCommentError(e, operation, options, log) ?? e;
    }
  };
}

/**
 * Pages through the comments, oldest first, and stops at the first page with a comment of ours
 * (by the token's account) that starts with the marker. Undefined when there is none, or when the
 * account is not known: then no existing comment can be proven ours.
 */
async function findOurs(
  octokit: GitHubClient,
  where: Where,
  isSticky: (c: Comment) => boolean,
  whoAmI: () => Promise<TokenIdentity | undefined>,
  log: Logger,
): Promise<Comment | undefined> {
  let pages = 0;
  const skipped: number[] = [];
  let found: Comment | undefined;
  for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...where, per_page: PER_PAGE })) {
    pages++;
    const marked = asComments(response).filter(isSticky);
    if (marked.length === 0) continue;
    const me = await whoAmI();
    if (!me) break;
    found = marked.find((c) => c.user?.id === me.id);
    skipped.push(...marked.filter((c) => c.user?.id !== me.id).map((c) => c.id));
    if (found) break;
  }
  if (skipped.length > 0)
    log.info(`comments ${skipped.join(', ')} on #${where.issue_number} start with the marker but are not by the token's account: left alone`);
  log.debug(`listed ${pages} page(s) of comments on #${where.issue_number}: ${found ? `ours is comment ${found.id}` : 'none of ours'}`);
  return found;
}

/**
 * Lists the comments posted around ours and keeps one: the oldest of those by our author that
 * start with the marker (and are newer than `floorId`, the comment a recreate replaces).
 */
async function removeDuplicates(
  octokit: GitHubClient,
  options: UpsertStickyCommentOptions,
  mine: Comment,
  body: string,
  floorId: number,
  isSticky: (c: Comment) => boolean,
  step: Step,
  log: Logger,
): Promise<Comment> {
  if (!mine.user) return mine; // Authorship unknown: nothing can be proven a duplicate of ours.
  const since = new Date(Date.parse(mine.created_at) - RELIST_WINDOW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const recent = await step(`list the comments of #${options.issueNumber} again`, async () => {
    const pages: Comment[] = [];
    for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner: options.owner,
      repo: options.repo,
      issue_number: options.issueNumber,
      per_page: PER_PAGE,
      since,
    })) {
      pages.push(...asComments(response));
    }
    return pages;
  });
  const twins = recent.filter((c) => c.id > floorId && isSticky(c) && sameAuthor(c, mine)).sort((a, b) => a.id - b.id);
  const keeper = twins[0];
  if (!keeper || (twins.length === 1 && keeper.id === mine.id)) return mine;
  log.info(`sticky comment "${options.key}" on #${options.issueNumber}: ${twins.length} copies (another run posted at the same time); keeping ${keeper.id}`);
  for (const twin of twins.slice(1)) await step(`delete comment ${twin.id}`, () => deleteIfPresent(octokit, options, twin.id, log));
  if (keeper.id === mine.id) return mine;
  return step(`update comment ${keeper.id}`, async () =>
    asComment(await octokit.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: keeper.id, body }), 'PATCH'),
  );
}

async function deleteIfPresent(octokit: GitHubClient, options: UpsertStickyCommentOptions, commentId: number, log: Logger): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({ owner: options.owner, repo: options.repo, comment_id: commentId });
  } catch (e) {
    if (statusOf(e) !== 404) throw e;
    // Another run deleted it first: the goal (it is gone) is met.
    log.debug(`comment ${commentId} was already deleted`);
  }
}

function sameAuthor(a: Comment, b: Comment): boolean {
  return a.user !== null && b.user !== null && a.user.id === b.user.id;
}

interface Response {
  status: number;
  url: string;
  headers: { 'content-type'?: string };
  data: unknown;
}

/** A page of comments as GitHub documents it: a JSON array of comments with ids. */
function asComments(response: Response): Comment[] {
  if (!Array.isArray(response.data) || !response.data.every(isComment)) throw unexpected(response, 'GET');
  return response.data;
}

function asComment(response: Response, method: string): Comment {
  if (!isComment(response.data)) throw unexpected(response, method);
  return response.data;
}

function unexpected(response: Response, method: string): UnexpectedResponseError {
  return new UnexpectedResponseError(method, response.url, response.status, response.headers['content-type'] ?? '', bodyPreview(response.data));
}

function isComment(value: unknown): value is Comment {
  const c = value as Comment | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.id === 'number' &&
    typeof c.html_url === 'string' &&
    typeof c.created_at === 'string' &&
    (c.user === null || (typeof c.user === 'object' && typeof c.user?.id === 'number'))
  );
}

function debugOf(log: Logger): (message: string) => void {
  return (message) => log.debug(message);
}

function statusOf(e: unknown): number | undefined {
  return typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number' ? (e as { status: number }).status : undefined;
}

/** A failed step as a GitHubApiError; 403/404 (but not a rate limit) as a CommentPermissionError naming the fix. */
function asCommentError(e: unknown, operation: string, options: UpsertStickyCommentOptions, log: Logger): GitHubApiError | undefined {
  const error = toGitHubApiError(e, operation, debugOf(log));
  if (!error || error instanceof CommentPermissionError || (error.status !== 403 && error.status !== 404) || error.isRateLimit) return error;
  const fix =
    error.status === 403
      ? 'the token needs `pull-requests: write` (or `issues: write`); on pull requests from forks GITHUB_TOKEN is read-only'
      : `${options.owner}/${options.repo}#${options.issueNumber} does not exist or the token cannot see it`;
  return new CommentPermissionError(`${error.message}: ${fix}`, error.status);
}
