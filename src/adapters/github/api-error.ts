/**
 * A failed GitHub API call as one line a person can act on: what stackgate was doing, the method,
 * host and path, and the status (or the timeout or network error), plus the likely fix.
 *
 * It never holds the token (Octokit redacts the Authorization header, and only the method and URL
 * are read from the request) nor the response body: a body can be a proxy's HTML page or anything
 * else the server chose to send, so it goes to the debug log only. The one exception is the
 * `message` of GitHub's own error JSON when it is one of GitHub's fixed phrases below.
 */
import { STATUS_CODES } from 'node:http';

export class GitHubApiError extends Error {
  constructor(
    message: string,
    /** The HTTP status GitHub answered; undefined when no answer came (timeout, network error). */
    readonly status: number | undefined,
    /** A primary or secondary rate limit, not a permission problem. */
    readonly isRateLimit = false,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

/** An answer whose body is not the JSON GitHub documents (a proxy's page, a cut-off body, another shape). */
export class UnexpectedResponseError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly contentType: string,
    /** The start of the body, for the debug log only. */
    readonly bodyPreview: string,
  ) {
    super(`${method} ${url} answered ${status} with a body that is not the JSON GitHub documents`);
    this.name = 'UnexpectedResponseError';
  }
}

/** A single attempt got no answer within the client's per-attempt timeout. */
export class AttemptTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'AttemptTimeoutError';
  }
}

/** Messages of GitHub's error JSON that say why without quoting anything: shown as they are. */
const GITHUB_PHRASES = new Set([
  'Resource not accessible by integration',
  'Resource not accessible by personal access token',
  'Must have admin rights to Repository.',
  'Not Found',
  'Bad credentials',
  'Validation Failed',
  'Unable to create comment because issue is locked.',
]);

const BODY_PREVIEW_CHARS = 500;

interface OctokitLikeError {
  status?: unknown;
  message?: string;
  name?: string;
  cause?: unknown;
  request?: { method?: string; url?: string };
  response?: { url?: string; status?: number; headers?: Record<string, string | undefined>; data?: unknown };
}

/**
 * `e` (whatever a call through the GitHub client threw) as a GitHubApiError whose message starts
 * with `operation` ("list the comments of #7"); the response body goes to `debug`. Undefined when
 * `e` did not come from the API: that is a bug, not a GitHub failure, and is rethrown as it is.
 */
export function toGitHubApiError(e: unknown, operation: string, debug: (message: string) => void = () => undefined): GitHubApiError | undefined {
  if (e instanceof GitHubApiError) return e;
  if (e instanceof UnexpectedResponseError) {
    debug(`${e.method} ${e.url}: content-type ${JSON.stringify(e.contentType)}, body starts ${JSON.stringify(e.bodyPreview)}`);
    return new GitHubApiError(
      `${operation}: ${e.method} ${hostAndPath(e.url)} answered ${e.status} with a body that is not the JSON GitHub documents (content-type ${e.contentType || 'none'}): a proxy or an outage page may be in the way; re-run the job later`,
      e.status,
    );
  }
  if (typeof e !== 'object' || e === null) return undefined;
  const error = e as OctokitLikeError;
  if (!error.request || typeof error.status !== 'number') return undefined;
  const target = describeRequest(error.request);
  if (!error.response) {
    // No answer: Octokit reports a failed fetch as status 500 with the cause attached.
    const timeout = causes(error).find((c): c is AttemptTimeoutError => c instanceof AttemptTimeoutError);
    if (timeout)
      return new GitHubApiError(
        `${operation}: ${target} got no answer within ${timeout.timeoutMs} ms, on every attempt: GitHub or the network is too slow; re-run the job later`,
        undefined,
      );
    return new GitHubApiError(
      `${operation}: ${target} failed before GitHub answered (${networkReason(error)}): check GITHUB_API_URL and the runner's network`,
      undefined,
    );
  }
  const status = error.status;
  const headers = error.response.headers ?? {};
  const data = error.response.data;
  debug(`${operation}: ${target} answered ${status}: ${bodyPreview(data)}`);
  const isRateLimit =
    (status === 403 || status === 429) &&
    (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(githubMessage(data) ?? ''));
  const phrase = githubMessage(data);
  const reason = phrase !== undefined && GITHUB_PHRASES.has(phrase) ? phrase : (STATUS_CODES[status] ?? 'unknown status');
  return new GitHubApiError(`${operation}: ${target} answered ${status} (${reason})${hintFor(status, isRateLimit)}`, status, isRateLimit);
}

/**
 * `e` as a GitHubApiError whose message, on a 403 that is not a rate limit, names the token
 * `permission` the operation needs (and on other statuses the hint given for them).
 */
export function withPermissionHint(
  e: unknown,
  operation: string,
  permission: string,
  debug: (message: string) => void = () => undefined,
  hints: Partial<Record<number, string>> = {},
): unknown {
  const error = toGitHubApiError(e, operation, debug);
  if (!error || error.isRateLimit || error.status === undefined) return error ?? e;
  const hint = error.status === 403 ? permission : hints[error.status];
  return hint ? new GitHubApiError(`${error.message}: ${hint}`, error.status) : error;
}

/** `GET api.github.com/repos/o/r/issues/7/comments`: no query string, no credentials. */
export function describeRequest(request: { method?: string; url?: string } | undefined): string {
  return `${request?.method ?? 'a request to'} ${hostAndPath(request?.url ?? '')}`;
}

function hostAndPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return 'GitHub';
  }
}

function hintFor(status: number, isRateLimit: boolean): string {
  if (isRateLimit) return ': GitHub rate limit; re-run the job once it resets';
  if (status === 401) return ': GitHub rejects the token (expired or revoked)';
  if (status === 422) return ': GitHub refused the request as invalid';
  if (status >= 500) return ': a GitHub server error that outlasted the retries; re-run the job later';
  return '';
}

function githubMessage(data: unknown): string | undefined {
  return typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
    ? (data as { message: string }).message
    : undefined;
}

/** The start of a response body, for the debug log. */
export function bodyPreview(data: unknown): string {
  const text = typeof data === 'string' ? data : data instanceof ArrayBuffer ? `<${data.byteLength} bytes>` : (JSON.stringify(data) ?? String(data));
  return text.length > BODY_PREVIEW_CHARS ? `${text.slice(0, BODY_PREVIEW_CHARS)}…` : text;
}

/** The chain of `cause`s below `e` (at most 5 deep). */
function causes(e: { cause?: unknown }): unknown[] {
  const chain: unknown[] = [];
  for (let current = e.cause; current && chain.length < 5; current = (current as { cause?: unknown }).cause) chain.push(current);
  return chain;
}

/** The system error code (ECONNREFUSED, ENOTFOUND…) when there is one, else the first line of the error's message. */
function networkReason(error: OctokitLikeError): string {
  const code = causes(error)
    .map((c) => (c as { code?: unknown }).code)
    .find((c): c is string => typeof c === 'string');
  return code ?? (error.message ?? 'unknown error').split('\n')[0].slice(0, 200);
}
