/**
 * One comment per pull request (or issue) and key, found again by a hidden first line
 * `<!-- stackgate:<key> -->` and updated in place on every run.
 *
 * - Finding it: comments are listed 100 per page, oldest first, and the listing stops at the
 *   first page with a comment that starts with the marker.
 * - mode `update` edits it; `skip-unchanged` edits it only when the body differs; `recreate`
 *   posts a new one at the bottom and then deletes the old one (in that order, so the pull
 *   request is never without the comment); absent, it is created.
 * - Races (two runs at once both create one): after creating, the comments posted since shortly
 *   before are listed again; of the ones that start with the marker and share our author, the
 *   oldest stays, the others are deleted, and if ours was one of them the survivor gets our body.
 * - Only comments by the author of ours are ever deleted: a comment by someone else that quotes
 *   or copies the marker is left alone.
 * - A 403 (`Resource not accessible by integration`: a read-only token, as on pull requests from
 *   forks) or 404 becomes a CommentPermissionError, so the caller can fall back to the job
 *   summary; rate limits and other errors propagate.
 */
import { checkCommentKey, type PostingCommentMode } from '../../core/readiness/comment-settings';
import { commentMarker } from '../../core/readiness/render';
import type { GitHubClient, GitHubClientLog } from './client';

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

export type StickyCommentLog = GitHubClientLog;

/** The token may not read or write the comments of this pull request (403), or cannot see it (404). */
export class CommentPermissionError extends Error {
  constructor(
    message: string,
    readonly status: 403 | 404,
  ) {
    super(message);
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

export async function upsertStickyComment(octokit: GitHubClient, options: UpsertStickyCommentOptions, log: StickyCommentLog): Promise<StickyCommentResult> {
  checkCommentKey(options.key, 'sticky comment');
  const marker = commentMarker(options.key);
  const body = options.body.startsWith(marker) ? options.body : `${marker}\n${options.body}`;
  const where = { owner: options.owner, repo: options.repo, issue_number: options.issueNumber };
  const name = `sticky comment "${options.key}" on #${options.issueNumber}`;
  const isSticky = (c: Comment): boolean => typeof c.body === 'string' && c.body.startsWith(marker);

  try {
    const existing = await findFirst(octokit, where, isSticky, log);
    if (existing && options.mode !== 'recreate') {
      if (options.mode === 'skip-unchanged' && existing.body === body) {
        log.info(`${name}: unchanged (${existing.html_url})`);
        return { commentId: existing.id, action: 'unchanged', url: existing.html_url };
      }
      const { data } = await octokit.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: existing.id, body });
      log.info(`${name}: updated ${data.html_url}`);
      return { commentId: data.id, action: 'updated', url: data.html_url };
    }

    const { data: created } = await octokit.rest.issues.createComment({ ...where, body });
    const mine = created as Comment;
    if (existing) {
      if (sameAuthor(existing, mine)) await deleteIfPresent(octokit, options, existing.id, log);
      else log.warning(`${name}: the previous comment ${existing.html_url} is by ${existing.user?.login ?? 'a deleted user'}, not by ${mine.user?.login ?? 'us'}: left in place`);
    }
    const survivor = await removeDuplicates(octokit, options, mine, body, existing?.id ?? 0, isSticky, log);
    const action = options.mode === 'recreate' && existing ? 'recreated' : survivor.id === mine.id ? 'created' : 'updated';
    log.info(`${name}: ${action} ${survivor.html_url}`);
    return { commentId: survivor.id, action, url: survivor.html_url };
  } catch (e) {
    throw asPermissionError(e, options) ?? e;
  }
}

/** Pages through the comments, oldest first, and stops at the first page with a match. */
async function findFirst(
  octokit: GitHubClient,
  where: { owner: string; repo: string; issue_number: number },
  matches: (c: Comment) => boolean,
  log: StickyCommentLog,
): Promise<Comment | undefined> {
  let found: Comment | undefined;
  let pages = 0;
  await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: PER_PAGE }, (response, done) => {
    pages++;
    found = (response.data as Comment[]).find(matches);
    if (found) done();
    return [];
  });
  log.debug?.(`listed ${pages} page(s) of comments on #${where.issue_number}: ${found ? `marker found in comment ${found.id}` : 'no marker'}`);
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
  log: StickyCommentLog,
): Promise<Comment> {
  if (!mine.user) return mine; // Authorship unknown: nothing can be proven a duplicate of ours.
  const since = new Date(Date.parse(mine.created_at) - RELIST_WINDOW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const recent = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: PER_PAGE,
    since,
  })) as Comment[];
  const twins = recent.filter((c) => c.id > floorId && isSticky(c) && sameAuthor(c, mine)).sort((a, b) => a.id - b.id);
  const keeper = twins[0];
  if (!keeper || (twins.length === 1 && keeper.id === mine.id)) return mine;
  log.info(`sticky comment "${options.key}" on #${options.issueNumber}: ${twins.length} copies (another run posted at the same time); keeping ${keeper.id}`);
  for (const twin of twins.slice(1)) await deleteIfPresent(octokit, options, twin.id, log);
  if (keeper.id === mine.id) return mine;
  const { data } = await octokit.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: keeper.id, body });
  return data as Comment;
}

async function deleteIfPresent(octokit: GitHubClient, options: UpsertStickyCommentOptions, commentId: number, log: StickyCommentLog): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({ owner: options.owner, repo: options.repo, comment_id: commentId });
  } catch (e) {
    if (statusOf(e) !== 404) throw e;
    // Another run deleted it first: the goal (it is gone) is met.
    log.debug?.(`comment ${commentId} was already deleted`);
  }
}

function sameAuthor(a: Comment, b: Comment): boolean {
  return a.user !== null && b.user !== null && a.user.id === b.user.id;
}

function statusOf(e: unknown): number | undefined {
  return typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number' ? (e as { status: number }).status : undefined;
}

/** 403/404 from GitHub (but not a rate limit) as a CommentPermissionError naming the request and the fix. */
function asPermissionError(e: unknown, options: UpsertStickyCommentOptions): CommentPermissionError | undefined {
  const status = statusOf(e);
  if (status !== 403 && status !== 404) return undefined;
  const error = e as { message?: string; request?: { method?: string; url?: string }; response?: { headers?: Record<string, string | undefined> } };
  const headers = error.response?.headers ?? {};
  if (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(error.message ?? '')) return undefined;
  let target = '';
  try {
    const url = new URL(error.request?.url ?? '');
    target = `${error.request?.method ?? ''} ${url.host}${url.pathname}`;
  } catch {
    target = `the comments of ${options.owner}/${options.repo}#${options.issueNumber}`;
  }
  const githubMessage = (error.message ?? '').split(' - ')[0];
  const fix =
    status === 403
      ? 'the token needs `pull-requests: write` (or `issues: write`); on pull requests from forks GITHUB_TOKEN is read-only'
      : `${options.owner}/${options.repo}#${options.issueNumber} does not exist or the token cannot see it`;
  return new CommentPermissionError(`${target} answered ${status} (${githubMessage}): ${fix}`, status);
}
