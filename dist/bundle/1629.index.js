"use strict";
exports.id = 1629;
exports.ids = [1629];
exports.modules = {

/***/ 14054:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
exports.readEnvelope = readEnvelope;
/**
 * actions/comment: the second stage of the fork-safe pattern. It runs on `workflow_run` with a
 * write token, next to no code from the pull request: it reads readiness.json from the first
 * stage's artifact, parses it strictly, checks that it belongs to the pull request and head commit
 * of the run that produced it, renders the comment itself and posts it.
 */
const core = __importStar(__webpack_require__(37484));
const proxy_1 = __webpack_require__(87466);
const run_context_1 = __webpack_require__(91429);
const post_readiness_comment_1 = __webpack_require__(37544);
const errors_1 = __webpack_require__(74296);
const regular_file_1 = __webpack_require__(99944);
const report_schema_1 = __webpack_require__(30094);
const parse_json_report_1 = __webpack_require__(47819);
const fail_step_1 = __webpack_require__(61982);
const log_1 = __webpack_require__(15577);
const comment_settings_1 = __webpack_require__(771);
const MAX_REPORT_BYTES = 5 * 1024 * 1024;
async function run(env = process.env, tuning) {
    try {
        const mode = (0, comment_settings_1.parseCommentMode)(core.getInput('comment')) ?? 'update';
        if (mode === 'off')
            return;
        const reportPath = core.getInput('report', { required: true });
        const envelope = readEnvelope(reportPath);
        if (!envelope.pullRequest) {
            (0, log_1.info)('the report is not for a pull request: nothing to comment on');
            return;
        }
        const context = (0, run_context_1.readRunContext)(env);
        const headSha = context.workflowRun?.headSha;
        if (context.eventName !== 'workflow_run' || !headSha) {
            throw new errors_1.UserError('actions/comment runs on workflow_run events (the second stage of workflows-templates/readiness-comment.yml)');
        }
        if (envelope.pullRequest.headSha !== headSha) {
            throw new errors_1.UserError(`${reportPath}: the report is for commit ${envelope.pullRequest.headSha.slice(0, 12)}, but the workflow run that produced it tested ${headSha.slice(0, 12)}; not posting`);
        }
        if (!context.repository)
            throw new errors_1.UserError('GITHUB_REPOSITORY is not set');
        const { owner, repo } = context.repository;
        const token = core.getInput('github-token');
        if (!token)
            throw new errors_1.UserError('input "github-token" is empty');
        // The pull request must exist in this repository and still have the tested head: an artifact
        // cannot steer the comment to another pull request, and a stale run does not overwrite a newer one.
        const outcome = await (0, post_readiness_comment_1.postReadinessComment)({
            envelope,
            token,
            apiUrl: context.apiUrl,
            owner,
            repo,
            mode,
            linkBase: (0, run_context_1.blobLinkBase)(context, headSha),
            tuning,
            proxy: (0, proxy_1.proxySettingsFromEnv)(env),
            requireHeadSha: headSha,
        }, { log: log_1.actionLog });
        if (outcome.kind === 'posted')
            core.setOutput('comment-id', String(outcome.commentId));
        else if (outcome.kind === 'skipped')
            (0, log_1.info)(outcome.reason);
        else
            core.setFailed(outcome.reason);
    }
    catch (e) {
        (0, fail_step_1.failStep)(e);
    }
}
/** The artifact is untrusted input: size-capped, strictly parsed, errors name the field. */
function readEnvelope(file) {
    // A regular file only (not a FIFO or device an artifact could stand for), at most MAX_REPORT_BYTES.
    const read = (0, regular_file_1.readRegularFile)(process.cwd(), file, { maxBytes: MAX_REPORT_BYTES, allowOutside: true });
    if (!read.ok)
        throw new errors_1.UserError(`${file}: ${read.message}`, { hint: 'download the stackgate-readiness artifact of the triggering run first' });
    const text = read.text;
    return (0, parse_json_report_1.parseJsonReport)(text, file, report_schema_1.readinessEnvelopeSchema, 'stackgate readiness report');
}


/***/ }),

/***/ 93073:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AttemptTimeoutError = exports.UnexpectedResponseError = exports.GitHubApiError = void 0;
exports.toGitHubApiError = toGitHubApiError;
exports.withPermissionHint = withPermissionHint;
exports.describeRequest = describeRequest;
exports.bodyPreview = bodyPreview;
/**
 * A failed GitHub API call as one line a person can act on: what stackgate was doing, the method,
 * host and path, and the status (or the timeout or network error), plus the likely fix.
 *
 * It never holds the token (Octokit redacts the Authorization header, and only the method and URL
 * are read from the request) nor the response body: a body can be a proxy's HTML page or anything
 * else the server chose to send, so it goes to the debug log only. The one exception is the
 * `message` of GitHub's own error JSON when it is one of GitHub's fixed phrases below.
 */
const node_http_1 = __webpack_require__(37067);
class GitHubApiError extends Error {
    status;
    isRateLimit;
    constructor(message, 
    /** The HTTP status GitHub answered; undefined when no answer came (timeout, network error). */
    status, 
    /** A primary or secondary rate limit, not a permission problem. */
    isRateLimit = false) {
        super(message);
        this.status = status;
        this.isRateLimit = isRateLimit;
        this.name = 'GitHubApiError';
    }
}
exports.GitHubApiError = GitHubApiError;
/** An answer whose body is not the JSON GitHub documents (a proxy's page, a cut-off body, another shape). */
class UnexpectedResponseError extends Error {
    method;
    url;
    status;
    contentType;
    bodyPreview;
    constructor(method, url, status, contentType, 
    /** The start of the body, for the debug log only. */
    bodyPreview) {
        super(`${method} ${url} answered ${status} with a body that is not the JSON GitHub documents`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.contentType = contentType;
        this.bodyPreview = bodyPreview;
        this.name = 'UnexpectedResponseError';
    }
}
exports.UnexpectedResponseError = UnexpectedResponseError;
/** A single attempt got no answer within the client's per-attempt timeout. */
class AttemptTimeoutError extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`no answer within ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
        this.name = 'AttemptTimeoutError';
    }
}
exports.AttemptTimeoutError = AttemptTimeoutError;
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
/**
 * `e` (whatever a call through the GitHub client threw) as a GitHubApiError whose message starts
 * with `operation` ("list the comments of #7"); the response body goes to `debug`. Undefined when
 * `e` did not come from the API: that is a bug, not a GitHub failure, and is rethrown as it is.
 */
function toGitHubApiError(e, operation, debug = () => undefined) {
    if (e instanceof GitHubApiError)
        return e;
    if (e instanceof UnexpectedResponseError) {
        debug(`${e.method} ${e.url}: content-type ${JSON.stringify(e.contentType)}, body starts ${JSON.stringify(e.bodyPreview)}`);
        return new GitHubApiError(`${operation}: ${e.method} ${hostAndPath(e.url)} answered ${e.status} with a body that is not the JSON GitHub documents (content-type ${e.contentType || 'none'}): a proxy or an outage page may be in the way; re-run the job later`, e.status);
    }
    if (typeof e !== 'object' || e === null)
        return undefined;
    const error = e;
    if (!error.request || typeof error.status !== 'number')
        return undefined;
    const target = describeRequest(error.request);
    if (!error.response) {
        // No answer: Octokit reports a failed fetch as status 500 with the cause attached.
        const timeout = causes(error).find((c) => c instanceof AttemptTimeoutError);
        if (timeout)
            return new GitHubApiError(`${operation}: ${target} got no answer within ${timeout.timeoutMs} ms, on every attempt: GitHub or the network is too slow; re-run the job later`, undefined);
        return new GitHubApiError(`${operation}: ${target} failed before GitHub answered (${networkReason(error)}): check GITHUB_API_URL and the runner's network`, undefined);
    }
    const status = error.status;
    const headers = error.response.headers ?? {};
    const data = error.response.data;
    debug(`${operation}: ${target} answered ${status}: ${bodyPreview(data)}`);
    const isRateLimit = (status === 403 || status === 429) &&
        (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(githubMessage(data) ?? ''));
    const phrase = githubMessage(data);
    const reason = phrase !== undefined && GITHUB_PHRASES.has(phrase) ? phrase : (node_http_1.STATUS_CODES[status] ?? 'unknown status');
    return new GitHubApiError(`${operation}: ${target} answered ${status} (${reason})${hintFor(status, isRateLimit)}`, status, isRateLimit);
}
/**
 * `e` as a GitHubApiError whose message, on a 403 that is not a rate limit, names the token
 * `permission` the operation needs (and on other statuses the hint given for them).
 */
function withPermissionHint(e, operation, permission, debug = () => undefined, hints = {}) {
    const error = toGitHubApiError(e, operation, debug);
    if (!error || error.isRateLimit || error.status === undefined)
        return error ?? e;
    const hint = error.status === 403 ? permission : hints[error.status];
    return hint ? new GitHubApiError(`${error.message}: ${hint}`, error.status) : error;
}
/** `GET api.github.com/repos/o/r/issues/7/comments`: no query string, no credentials. */
function describeRequest(request) {
    return `${request?.method ?? 'a request to'} ${hostAndPath(request?.url ?? '')}`;
}
function hostAndPath(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.host}${parsed.pathname}`;
    }
    catch {
        return 'GitHub';
    }
}
function hintFor(status, isRateLimit) {
    if (isRateLimit)
        return ': GitHub rate limit; re-run the job once it resets';
    if (status === 401)
        return ': GitHub rejects the token (expired or revoked)';
    if (status === 422)
        return ': GitHub refused the request as invalid';
    if (status >= 500)
        return ': a GitHub server error that outlasted the retries; re-run the job later';
    return '';
}
function githubMessage(data) {
    return typeof data === 'object' && data !== null && typeof data.message === 'string'
        ? data.message
        : undefined;
}
/** The start of a response body, for the debug log. */
function bodyPreview(data) {
    const text = typeof data === 'string' ? data : data instanceof ArrayBuffer ? `<${data.byteLength} bytes>` : (JSON.stringify(data) ?? String(data));
    return text.length > BODY_PREVIEW_CHARS ? `${text.slice(0, BODY_PREVIEW_CHARS)}…` : text;
}
/** The chain of `cause`s below `e` (at most 5 deep). */
function causes(e) {
    const chain = [];
    for (let current = e.cause; current && chain.length < 5; current = current.cause)
        chain.push(current);
    return chain;
}
/** The system error code (ECONNREFUSED, ENOTFOUND…) when there is one, else the first line of the error's message. */
function networkReason(error) {
    const code = causes(error)
        .map((c) => c.code)
        .find((c) => typeof c === 'string');
    return code ?? (error.message ?? 'unknown error').split('\n')[0].slice(0, 200);
}


/***/ }),

/***/ 45423:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_API_URL = exports.GitHubOctokit = void 0;
exports.createGitHubClient = createGitHubClient;
/**
 * The Octokit every GitHub adapter uses: @octokit/rest with polite retries of server errors
 * (@octokit/plugin-retry) and GitHub's rate-limit rules (@octokit/plugin-throttling).
 *
 * - baseUrl is GITHUB_API_URL as given: `https://api.github.com`, or `https://<host>/api/v3` on
 *   GitHub Enterprise Server (the `/api/v3` prefix is kept; only a trailing slash is dropped).
 * - 5xx and network errors are retried `retries` times (default 2) after 1 s, then 4 s.
 *   4xx answers other than rate limits are never retried.
 * - Primary rate limit (403/429 with `x-ratelimit-remaining: 0`) and secondary rate limit
 *   (`retry-after`, "secondary rate limit"): one retry after the time GitHub asks for, when that is
 *   at most `maxRateLimitWaitSeconds`; otherwise the error propagates. Both are logged as warnings.
 * - Writes are paced as GitHub asks (one at a time, ≥1 s apart, ≥3 s between writes that notify);
 *   tests turn that off with `paceWrites: false`.
 * - Each attempt has its own timeout (`timeoutMs`); a `deadline` ends every request at once: those in
 *   flight are aborted, later ones are never sent, and rate-limit waits that would end past it are
 *   not taken.
 * - An answer whose body is not JSON (a proxy's HTML page, a cut-off body) is an
 *   UnexpectedResponseError, not data: GitHub's REST and GraphQL APIs answer JSON.
 * - Behind a proxy, requests go through the one `proxy` names (HTTPS_PROXY/HTTP_PROXY, NO_PROXY: see proxy.ts).
 * The token goes into the Authorization header only; the log gets request templates, never options.
 */
const rest_1 = __webpack_require__(47432);
const plugin_retry_1 = __webpack_require__(49735);
const plugin_throttling_1 = __webpack_require__(86856);
const api_error_1 = __webpack_require__(93073);
const proxy_1 = __webpack_require__(87466);
const version_1 = __webpack_require__(83323);
exports.GitHubOctokit = rest_1.Octokit.plugin(plugin_retry_1.retry, plugin_throttling_1.throttling);
exports.DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_RETRIES = 2;
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const DEFAULT_TIMEOUT_MS = 30_000;
/** https://docs.github.com/rest/about-the-rest-api/api-versions */
const API_VERSION = '2022-11-28';
/** plugin-retry's list plus 429, which the throttling plugin handles (so it is not retried twice). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
function createGitHubClient(options) {
    const { log } = options;
    const debug = (message) => {
        // Octokit passes request options (with the Authorization header) as further arguments: drop them.
        if (typeof message === 'string')
            log.debug(message);
    };
    const waitUnitMs = options.waitUnitMs ?? 1000;
    const maxWaitSeconds = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const onLimit = (kind) => (retryAfterSeconds, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        const isPastDeadline = options.deadline !== undefined && Date.now() + retryAfterSeconds * waitUnitMs >= options.deadline.endsAtMs;
        if (retryCount < 1 && retryAfterSeconds <= maxWaitSeconds && !isPastDeadline) {
            log.warning(`GitHub ${kind} reached for ${what}: retrying once in ${retryAfterSeconds}s`);
            return true;
        }
        const why = retryCount > 0
            ? 'already retried once'
            : retryAfterSeconds > maxWaitSeconds
                ? `GitHub asks to wait ${retryAfterSeconds}s, more than ${maxWaitSeconds}s`
                : `GitHub asks to wait ${retryAfterSeconds}s, past the deadline`;
        log.warning(`GitHub ${kind} reached for ${what}: giving up (${why})`);
        return false;
    };
    const throttle = {
        ...(options.throttleId ? { id: options.throttleId } : {}),
        retryAfterBaseValue: waitUnitMs,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...(options.paceWrites === false ? unpacedGroups() : {}),
    };
    const octokit = new exports.GitHubOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl?.trim() || exports.DEFAULT_API_URL).replace(/\/+$/, ''),
        userAgent: options.userAgent ?? `stackgate/${version_1.VERSION}`,
        log: { debug, info: debug, warn: (message) => log.warning(String(message)), error: debug },
        retry: { doNotRetry: DO_NOT_RETRY, retries: options.retries ?? DEFAULT_RETRIES, retryAfterBaseValue: waitUnitMs },
        throttle,
        request: { fetch: fetchWithTimeout(timeoutMs, options.deadline?.signal, (0, proxy_1.proxiedFetch)(options.proxy) ?? fetch) },
    });
    // Octokit has no option for default headers; pin the REST API version GitHub documents.
    octokit.hook.before('request', (request) => {
        request.headers['x-github-api-version'] ??= API_VERSION;
    });
    octokit.hook.after('request', (response, request) => {
        if (!isJsonBody(response.status, response.data) && /json/i.test(String(request.headers.accept ?? ''))) {
            throw new api_error_1.UnexpectedResponseError(request.method, response.url, response.status, response.headers['content-type'] ?? '', (0, api_error_1.bodyPreview)(response.data));
        }
    });
    return octokit;
}
/**
 * Each attempt gets its own timeout, and ends with the client's deadline; Octokit turns the abort
 * into an error (status 500) that the retry plugin retries, and that the deadline makes fail at once.
 */
function fetchWithTimeout(timeoutMs, deadline, fetchImpl) {
    return async (input, init) => {
        const attempt = AbortSignal.timeout(timeoutMs);
        const signals = [attempt, init?.signal, deadline].filter((s) => s !== undefined && s !== null);
        try {
            return await fetchImpl(input, { ...init, signal: AbortSignal.any(signals) });
        }
        catch (e) {
            if (attempt.aborted && !signals.some((s) => s !== attempt && s.aborted))
                throw new api_error_1.AttemptTimeoutError(timeoutMs);
            throw e;
        }
    };
}
/** Whether Octokit parsed the body as JSON: an object or an array (204 and 205 have none). */
function isJsonBody(status, data) {
    return status === 204 || status === 205 || (typeof data === 'object' && data !== null && !(data instanceof ArrayBuffer));
}
/**
 * Limiter groups that run every job at once. The throttling plugin keeps its pacing groups
 * module-wide (shared by every Octokit in the process) and only looks them up by `.key(id).schedule()`.
 */
function unpacedGroups() {
    const group = {
        key: () => ({ schedule: (_jobOptions, job, ...args) => Promise.resolve().then(() => job(...args)) }),
    };
    return { write: group, search: group, notifications: group, ...{ global: group, auth: group } };
}


/***/ }),

/***/ 87466:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.proxySettingsFromEnv = proxySettingsFromEnv;
exports.proxiedFetch = proxiedFetch;
/**
 * GitHub behind an HTTP proxy (self-hosted runners in a closed network): requests go through the
 * proxy that HTTPS_PROXY / HTTP_PROXY name, except to hosts NO_PROXY lists, with undici's
 * EnvHttpProxyAgent as the fetch dispatcher. The entry point reads the environment
 * (`proxySettingsFromEnv`) and passes the settings down; nothing here reads process.env.
 */
const undici_1 = __webpack_require__(46752);
/** The proxy settings of an environment; a lowercase name wins over the uppercase one, as in curl and undici. */
function proxySettingsFromEnv(env) {
    const read = (name) => (env[name.toLowerCase()] || env[name] || '').trim() || undefined;
    const settings = {};
    const httpProxy = read('HTTP_PROXY');
    const httpsProxy = read('HTTPS_PROXY');
    const noProxy = read('NO_PROXY');
    if (httpProxy)
        settings.httpProxy = httpProxy;
    if (httpsProxy)
        settings.httpsProxy = httpsProxy;
    if (noProxy)
        settings.noProxy = noProxy;
    return settings;
}
/**
 * A fetch that goes through the proxies of `settings`, or undefined when they name none (the
 * platform's fetch is used then). The settings are passed whole to the agent, so that it never
 * falls back to process.env.
 */
function proxiedFetch(settings) {
    if (!settings?.httpProxy && !settings?.httpsProxy)
        return undefined;
    const dispatcher = new undici_1.EnvHttpProxyAgent({ httpProxy: settings.httpProxy ?? '', httpsProxy: settings.httpsProxy ?? '', noProxy: settings.noProxy ?? '' });
    // undici's own fetch with its own agent: the platform's fetch may bundle another undici version.
    return ((input, init) => (0, undici_1.fetch)(input, { ...init, dispatcher }));
}


/***/ }),

/***/ 16015:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CommentPermissionError = void 0;
exports.upsertStickyComment = upsertStickyComment;
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
const comment_settings_1 = __webpack_require__(771);
const render_1 = __webpack_require__(84034);
const api_error_1 = __webpack_require__(93073);
const token_identity_1 = __webpack_require__(95970);
/** The token may not read or write the comments of this pull request (403), or cannot see it (404). */
class CommentPermissionError extends api_error_1.GitHubApiError {
    status;
    constructor(message, status) {
        super(message, status);
        this.status = status;
        this.name = 'CommentPermissionError';
    }
}
exports.CommentPermissionError = CommentPermissionError;
const PER_PAGE = 100;
/** The second listing covers comments updated since this long before ours was created (clock skew, slow runs). */
const RELIST_WINDOW_MS = 10 * 60 * 1000;
async function upsertStickyComment(octokit, options, log) {
    (0, comment_settings_1.checkCommentKey)(options.key, 'sticky comment');
    const marker = (0, render_1.commentMarker)(options.key);
    const body = options.body.startsWith(marker) ? options.body : `${marker}\n${options.body}`;
    const where = { owner: options.owner, repo: options.repo, issue_number: options.issueNumber };
    const name = `sticky comment "${options.key}" on #${options.issueNumber}`;
    const isSticky = (c) => typeof c.body === 'string' && c.body.startsWith(marker);
    const step = stepRunner(options, log);
    // Asked once, and only when a comment with the marker shows up; undefined when GitHub does not say.
    let identity;
    const whoAmI = () => (identity ??= (0, token_identity_1.fetchTokenIdentity)(octokit, debugOf(log)).catch((e) => {
        if (!(e instanceof api_error_1.GitHubApiError))
            throw e;
        log.warning(`${name}: ${e.message}; so no existing comment is edited or deleted: posting a new one`);
        return undefined;
    }));
    const existing = await step(`list the comments of #${options.issueNumber}`, () => findOurs(octokit, where, isSticky, whoAmI, log));
    if (existing && options.mode !== 'recreate') {
        if (options.mode === 'skip-unchanged' && existing.body === body) {
            log.info(`${name}: unchanged (${existing.html_url})`);
            return { commentId: existing.id, action: 'unchanged', url: existing.html_url };
        }
        const data = await step(`update comment ${existing.id}`, async () => asComment(await octokit.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: existing.id, body }), 'PATCH'));
        log.info(`${name}: updated ${data.html_url}`);
        return { commentId: data.id, action: 'updated', url: data.html_url };
    }
    const mine = await step(`post the comment on #${options.issueNumber}`, async () => asComment(await octokit.rest.issues.createComment({ ...where, body }), 'POST'));
    const me = identity ? await identity : undefined;
    if (me && mine.user && mine.user.id !== me.id) {
        log.warning(`${name}: GitHub says the token acts as ${me.login} (${me.id}), but its comment is by ${mine.user.login} (${mine.user.id}): the next run may not find this comment and post another`);
    }
    if (existing) {
        if (sameAuthor(existing, mine))
            await step(`delete comment ${existing.id}`, () => deleteIfPresent(octokit, options, existing.id, log));
        else
            log.warning(`${name}: the previous comment ${existing.html_url} is by ${existing.user?.login ?? 'a deleted user'}, not by ${mine.user?.login ?? 'us'}: left in place`);
    }
    const survivor = await removeDuplicates(octokit, options, mine, body, existing?.id ?? 0, isSticky, step, log);
    const action = options.mode === 'recreate' && existing ? 'recreated' : survivor.id === mine.id ? 'created' : 'updated';
    log.info(`${name}: ${action} ${survivor.html_url}`);
    return { commentId: survivor.id, action, url: survivor.html_url };
}
/** Runs one step against the API; its failure becomes a GitHubApiError (or CommentPermissionError) naming the step. */
function stepRunner(options, log) {
    return async (operation, run) => {
        try {
            return await run();
        }
        catch (e) {
            throw asCommentError(e, operation, options, log) ?? e;
        }
    };
}
/**
 * Pages through the comments, oldest first, and stops at the first page with a comment of ours
 * (by the token's account) that starts with the marker. Undefined when there is none, or when the
 * account is not known: then no existing comment can be proven ours.
 */
async function findOurs(octokit, where, isSticky, whoAmI, log) {
    let pages = 0;
    const skipped = [];
    let found;
    for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...where, per_page: PER_PAGE })) {
        pages++;
        const marked = asComments(response).filter(isSticky);
        if (marked.length === 0)
            continue;
        const me = await whoAmI();
        if (!me)
            break;
        found = marked.find((c) => c.user?.id === me.id);
        skipped.push(...marked.filter((c) => c.user?.id !== me.id).map((c) => c.id));
        if (found)
            break;
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
async function removeDuplicates(octokit, options, mine, body, floorId, isSticky, step, log) {
    if (!mine.user)
        return mine; // Authorship unknown: nothing can be proven a duplicate of ours.
    const since = new Date(Date.parse(mine.created_at) - RELIST_WINDOW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const recent = await step(`list the comments of #${options.issueNumber} again`, async () => {
        const pages = [];
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
    if (!keeper || (twins.length === 1 && keeper.id === mine.id))
        return mine;
    log.info(`sticky comment "${options.key}" on #${options.issueNumber}: ${twins.length} copies (another run posted at the same time); keeping ${keeper.id}`);
    for (const twin of twins.slice(1))
        await step(`delete comment ${twin.id}`, () => deleteIfPresent(octokit, options, twin.id, log));
    if (keeper.id === mine.id)
        return mine;
    return step(`update comment ${keeper.id}`, async () => asComment(await octokit.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: keeper.id, body }), 'PATCH'));
}
async function deleteIfPresent(octokit, options, commentId, log) {
    try {
        await octokit.rest.issues.deleteComment({ owner: options.owner, repo: options.repo, comment_id: commentId });
    }
    catch (e) {
        if (statusOf(e) !== 404)
            throw e;
        // Another run deleted it first: the goal (it is gone) is met.
        log.debug(`comment ${commentId} was already deleted`);
    }
}
function sameAuthor(a, b) {
    return a.user !== null && b.user !== null && a.user.id === b.user.id;
}
/** A page of comments as GitHub documents it: a JSON array of comments with ids. */
function asComments(response) {
    if (!Array.isArray(response.data) || !response.data.every(isComment))
        throw unexpected(response, 'GET');
    return response.data;
}
function asComment(response, method) {
    if (!isComment(response.data))
        throw unexpected(response, method);
    return response.data;
}
function unexpected(response, method) {
    return new api_error_1.UnexpectedResponseError(method, response.url, response.status, response.headers['content-type'] ?? '', (0, api_error_1.bodyPreview)(response.data));
}
function isComment(value) {
    const c = value;
    return (typeof c === 'object' &&
        c !== null &&
        typeof c.id === 'number' &&
        typeof c.html_url === 'string' &&
        typeof c.created_at === 'string' &&
        (c.user === null || (typeof c.user === 'object' && typeof c.user?.id === 'number')));
}
function debugOf(log) {
    return (message) => log.debug(message);
}
function statusOf(e) {
    return typeof e === 'object' && e !== null && typeof e.status === 'number' ? e.status : undefined;
}
/** A failed step as a GitHubApiError; 403/404 (but not a rate limit) as a CommentPermissionError naming the fix. */
function asCommentError(e, operation, options, log) {
    const error = (0, api_error_1.toGitHubApiError)(e, operation, debugOf(log));
    if (!error || error instanceof CommentPermissionError || (error.status !== 403 && error.status !== 404) || error.isRateLimit)
        return error;
    const fix = error.status === 403
        ? 'the token needs `pull-requests: write` (or `issues: write`); on pull requests from forks GITHUB_TOKEN is read-only'
        : `${options.owner}/${options.repo}#${options.issueNumber} does not exist or the token cannot see it`;
    return new CommentPermissionError(`${error.message}: ${fix}`, error.status);
}


/***/ }),

/***/ 95970:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VIEWER_QUERY = void 0;
exports.fetchTokenIdentity = fetchTokenIdentity;
/**
 * Which account a token acts as: the author GitHub records on the comments it writes.
 *
 * REST `GET /user` answers 403 for installation tokens (GITHUB_TOKEN, GitHub Apps), so this asks
 * GraphQL `{ viewer { login databaseId } }`, which answers for every kind of token: GITHUB_TOKEN is
 * `github-actions[bot]`, an App's installation token is the App's bot user, a personal token is its
 * user. `databaseId` is the REST user id (`comment.user.id`).
 */
const api_error_1 = __webpack_require__(93073);
exports.VIEWER_QUERY = 'query { viewer { login databaseId } }';
/** The token's account; a GitHubApiError when GitHub does not say (an error, an outage, an answer without an id). */
async function fetchTokenIdentity(octokit, debug = () => undefined) {
    const operation = 'learn which account the token acts as';
    // Where @octokit/graphql sends the query: /graphql, or /api/graphql beside GitHub Enterprise Server's /api/v3.
    const target = (0, api_error_1.describeRequest)({ method: 'POST', url: `${octokit.request.endpoint.DEFAULTS.baseUrl.replace(/\/api\/v3$/, '/api')}/graphql` });
    let data;
    try {
        data = await octokit.graphql(exports.VIEWER_QUERY);
    }
    catch (e) {
        const errors = e.name === 'GraphqlResponseError'
            ? (e.errors ?? [])
            : undefined;
        if (!errors)
            throw (0, api_error_1.toGitHubApiError)(e, operation, debug) ?? e;
        // GitHub's error messages go to the debug log; their types (FORBIDDEN, RATE_LIMITED…) are GitHub's own words.
        debug(`${operation}: GraphQL errors ${JSON.stringify(errors).slice(0, 500)}`);
        const types = [...new Set(errors.map((x) => (typeof x.type === 'string' && /^[A-Z_]{1,40}$/.test(x.type) ? x.type : 'untyped')))];
        throw new api_error_1.GitHubApiError(`${operation}: ${target} answered with GraphQL errors (${types.join(', ') || 'none listed'})`, 200, types.includes('RATE_LIMITED'));
    }
    const viewer = data?.viewer;
    if (typeof viewer?.login !== 'string' || !Number.isSafeInteger(viewer.databaseId)) {
        throw new api_error_1.GitHubApiError(`${operation}: ${target} answered without the viewer's login and databaseId`, 200);
    }
    return { id: viewer.databaseId, login: viewer.login };
}


/***/ }),

/***/ 97855:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeoutError = void 0;
exports.withTimeout = withTimeout;
/**
 * A bounded wait: a promise that does not settle in time rejects with a TimeoutError. The MCP
 * client bounds every wait of a smoke run with it, the readiness comment its whole run.
 */
class TimeoutError extends Error {
    constructor(what, ms) {
        super(`${what}: no answer within ${ms} ms`);
        this.name = 'TimeoutError';
    }
}
exports.TimeoutError = TimeoutError;
async function withTimeout(promise, ms, what, onTimeout) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            onTimeout?.();
            reject(new TimeoutError(what, ms));
        }, ms);
        timer.unref?.();
    });
    try {
        return await Promise.race([promise, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 37544:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_DEADLINE_MS = exports.COMMENT_REQUEST_TIMEOUT_MS = void 0;
exports.postReadinessComment = postReadinessComment;
/**
 * The readiness comment use case: posts the comment of an envelope (the readiness action, and the
 * second stage of the fork-safe workflow), within bounds: each attempt of a request gets COMMENT_REQUEST_TIMEOUT_MS,
 * and the whole phase COMMENT_DEADLINE_MS, after which requests in flight are aborted and no more
 * are sent. Whatever goes wrong on GitHub's side (a read-only token on a fork, 4xx, 5xx past the
 * retries, an answer that is not JSON, no answer) comes back as a reason, not an exception: the
 * caller decides whether that is a warning or a failure.
 */
const api_error_1 = __webpack_require__(93073);
const client_1 = __webpack_require__(45423);
const sticky_comment_1 = __webpack_require__(16015);
const timeout_1 = __webpack_require__(97855);
const render_1 = __webpack_require__(84034);
const channel_budgets_1 = __webpack_require__(4882);
/** One attempt of one request; GitHub itself gives up on a request after 10 s. 5xx and timeouts are retried twice. */
exports.COMMENT_REQUEST_TIMEOUT_MS = 15_000;
/** The whole comment phase: identity, listing, writing, cleaning up, with retries and rate-limit waits. */
exports.COMMENT_DEADLINE_MS = 60_000;
async function postReadinessComment(options, { log }) {
    const { envelope } = options;
    const pullRequest = envelope.pullRequest;
    if (!pullRequest)
        return { kind: 'skipped', reason: 'not a pull request: no comment' };
    const body = (0, render_1.renderReadinessMarkdown)(envelope.report, {
        delta: envelope.delta,
        verdict: envelope.verdict,
        linkBase: options.linkBase,
        marker: (0, render_1.commentMarker)(envelope.commentKey),
        maxChars: channel_budgets_1.COMMENT_LIMIT,
        notes: envelope.notes,
        fullReportHint: 'the job summary and the `stackgate-readiness` artifact',
    });
    const { deadlineMs = exports.COMMENT_DEADLINE_MS, ...tuning } = options.tuning ?? {};
    const phase = new AbortController();
    const octokit = (0, client_1.createGitHubClient)({
        token: options.token,
        baseUrl: options.apiUrl,
        log,
        timeoutMs: exports.COMMENT_REQUEST_TIMEOUT_MS,
        proxy: options.proxy,
        ...tuning,
        deadline: { signal: phase.signal, endsAtMs: Date.now() + deadlineMs },
    });
    const work = post(octokit, options, log, pullRequest.number, body);
    try {
        return await (0, timeout_1.withTimeout)(work, deadlineMs, 'the readiness comment', () => phase.abort());
    }
    catch (e) {
        if (e instanceof timeout_1.TimeoutError) {
            // The abandoned requests fail at once now that the phase is aborted; their error says nothing new.
            work.catch((late) => log.debug(`after the deadline: ${String(late)}`));
            return {
                kind: 'failed',
                reason: `the readiness comment on pull request #${pullRequest.number} was not posted: GitHub did not answer within the comment's deadline of ${deadlineMs} ms (requests in flight were cancelled); re-run the job later`,
            };
        }
        if (e instanceof sticky_comment_1.CommentPermissionError) {
            return {
                kind: 'failed',
                reason: `the token cannot comment on pull request #${pullRequest.number} (${e.message}); this is expected on pull requests from forks: the report is in the job summary and the stackgate-readiness artifact (see workflows-templates/readiness-comment.yml to post it safely)`,
            };
        }
        if (e instanceof api_error_1.GitHubApiError)
            return { kind: 'failed', reason: `the readiness comment on pull request #${pullRequest.number} was not posted: ${e.message}` };
        throw e;
    }
    finally {
        phase.abort();
    }
}
async function post(octokit, options, log, number, body) {
    if (options.requireHeadSha) {
        const head = await readHeadSha(octokit, options, log, number);
        if (head !== options.requireHeadSha) {
            return {
                kind: 'skipped',
                reason: `pull request #${number} has moved on to ${head.slice(0, 12)} since this run tested ${options.requireHeadSha.slice(0, 12)}: its own run will comment`,
            };
        }
    }
    const result = await (0, sticky_comment_1.upsertStickyComment)(octokit, { owner: options.owner, repo: options.repo, issueNumber: number, key: options.envelope.commentKey, body, mode: options.mode }, log);
    log.info(`readiness comment ${result.action}: ${result.url}`);
    return { kind: 'posted', ...result };
}
/** The pull request's head commit now. */
async function readHeadSha(octokit, options, log, number) {
    let response;
    try {
        response = await octokit.rest.pulls.get({ owner: options.owner, repo: options.repo, pull_number: number });
    }
    catch (e) {
        throw (0, api_error_1.toGitHubApiError)(e, `read pull request #${number}`, (message) => log.debug(message)) ?? e;
    }
    const sha = response.data.head?.sha;
    if (typeof sha !== 'string')
        throw (0, api_error_1.toGitHubApiError)(new api_error_1.UnexpectedResponseError('GET', response.url, response.status, response.headers['content-type'] ?? '', (0, api_error_1.bodyPreview)(response.data)), `read pull request #${number}`);
    return sha;
}


/***/ }),

/***/ 15200:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.READINESS_CATEGORIES = exports.DOMAINS = exports.CATEGORIES = void 0;
exports.defineCheck = defineCheck;
exports.defineEngineCheck = defineEngineCheck;
exports.isEngineCheck = isEngineCheck;
exports.domainOf = domainOf;
exports.formatMessage = formatMessage;
exports.isLoc = isLoc;
exports.CATEGORIES = ['correctness', 'security', 'reliability', 'resources', 'observability', 'supply-chain', 'operations'];
exports.DOMAINS = ['core', 'compose', 'kubernetes', 'dockerfile', 'monitoring', 'secrets', 'environments', 'ci', 'docs', 'mcp'];
/** The readiness categories (defined by the score, named by checks' `meta.readiness`). */
var categories_1 = __webpack_require__(42386);
Object.defineProperty(exports, "READINESS_CATEGORIES", ({ enumerable: true, get: function () { return categories_1.READINESS_CATEGORIES; } }));
/** Identity helper that infers message ids and option types. */
function defineCheck(check) {
    return check;
}
/** Identity helper for engine checks: infers message ids and the engine source. */
function defineEngineCheck(check) {
    return check;
}
function isEngineCheck(check) {
    return check.engine !== undefined;
}
function domainOf(id) {
    return id.split('/')[0];
}
/** `Hello {{name}}` with `{name: 'x'}` -> `Hello x`. Unknown placeholders stay visible. */
function formatMessage(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key) => (key in data ? String(data[key]) : m));
}
function isLoc(at) {
    return !!at && !Array.isArray(at) && typeof at.line === 'number';
}


/***/ }),

/***/ 42386:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.READINESS_TITLES = exports.READINESS_CATEGORIES = void 0;
/**
 * The readiness categories of the score (following the MCP deployment roadmap) and their titles.
 * Every check counts in one (check-category.ts); stackgate.yml sets a minimum per category. A leaf:
 * checks, config and the score all name the categories, so this imports none of them.
 */
exports.READINESS_CATEGORIES = ['containerization', 'kubernetes', 'compose', 'secrets', 'monitoring', 'environments', 'cicd', 'docs', 'mcp'];
exports.READINESS_TITLES = {
    containerization: 'Containerization',
    kubernetes: 'Kubernetes security',
    compose: 'Compose resilience',
    secrets: 'Secrets hygiene',
    monitoring: 'Monitoring and alerting',
    environments: 'Multi-environment',
    cicd: 'CI/CD',
    docs: 'Disaster recovery and documentation',
    mcp: 'MCP services',
};


/***/ }),

/***/ 771:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_MODES = exports.COMMENT_KEY = void 0;
exports.checkCommentKey = checkCommentKey;
exports.parseCommentMode = parseCommentMode;
/**
 * The sticky comment's settings, one rule for stackgate.yml, action inputs, the report envelope and
 * the upsert: the key (in the comment's HTML marker and the artifact's envelope) and the modes.
 */
const errors_1 = __webpack_require__(74296);
exports.COMMENT_KEY = /^[\w.-]{1,50}$/;
exports.COMMENT_MODES = ['update', 'recreate', 'skip-unchanged', 'off'];
function checkCommentKey(key, where) {
    if (!exports.COMMENT_KEY.test(key))
        throw new errors_1.UserError(`${where}: comment key ${JSON.stringify(key)} may only contain letters, digits, ".", "_" and "-" (at most 50)`);
    return key;
}
/** An action's `comment` input; empty means the default (stackgate.yml's, or update). */
function parseCommentMode(input, where = 'input "comment"') {
    if (!input)
        return undefined;
    if (!exports.COMMENT_MODES.includes(input))
        throw new errors_1.UserError(`${where}: expected one of ${exports.COMMENT_MODES.join(', ')}, got "${input}"`);
    return input;
}


/***/ }),

/***/ 84034:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commentMarker = commentMarker;
exports.renderReadinessMarkdown = renderReadinessMarkdown;
exports.renderReadinessText = renderReadinessText;
/**
 * The readiness report for people: a terminal text form and one Markdown form that serves the PR
 * comment (65,536 characters) and the job summary (1 MiB), where each check id links to its section
 * in docs/checks.md. Whatever a budget cannot hold is counted and pointed to, never dropped silently.
 */
const categories_1 = __webpack_require__(42386);
const findings_1 = __webpack_require__(44637);
const markdown_1 = __webpack_require__(34201);
const channel_budgets_1 = __webpack_require__(4882);
function commentMarker(key) {
    return `<!-- stackgate:${key} -->`;
}
const BLOCKERS_SHOWN = 25;
function renderReadinessMarkdown(report, options = {}) {
    const maxChars = options.maxChars ?? channel_budgets_1.COMMENT_LIMIT;
    const hint = options.fullReportHint ?? 'the job summary and the JSON report (`stackgate score --format json`)';
    const head = [];
    if (options.marker)
        head.push(options.marker);
    head.push(`### ${statusIcon(report, options.verdict)} stackgate readiness: ${report.score}% · grade ${report.grade}${options.delta ? ` · ${arrow(options.delta.delta)} since ${commitRef(options.delta.baseCommit)}` : ''}`, '');
    head.push(`**${report.passed} of ${report.total}** applicable checks pass · **${report.blockers.length} blocker${report.blockers.length === 1 ? '' : 's'}** · ${report.failed} failing · ${report.notApplicable} not applicable${report.secretsScanned ? '' : ' · secrets not scanned'}`, '');
    if (options.verdict) {
        head.push(options.verdict.passed ? '✅ The readiness check passes.' : `❌ The readiness check fails: ${options.verdict.reasons.join('; ')}.`, '');
    }
    for (const note of options.notes ?? [])
        head.push(`> ${(0, markdown_1.escapeInline)(note)}`, '');
    if (report.blockers.length) {
        head.push('**Blockers** (they fail the check whatever the score):', '');
        for (const b of report.blockers.slice(0, BLOCKERS_SHOWN))
            head.push(`- ${(0, markdown_1.checkIdMarkdown)(b.checkId)} ${link(b.file, b.line, options.linkBase)}: ${(0, markdown_1.escapeInline)(b.message)}`);
        if (report.blockers.length > BLOCKERS_SHOWN)
            head.push(`- … and ${report.blockers.length - BLOCKERS_SHOWN} more blockers, listed in ${hint}`);
        head.push('');
    }
    head.push(`| Category | Score | ${options.delta ? 'Change | ' : ''}Passing | Failing | N/A |`, `| --- | ---: | ${options.delta ? '---: | ' : ''}---: | ---: | ---: |`);
    for (const c of report.categories) {
        const d = options.delta?.categories.find((x) => x.id === c.id);
        const change = options.delta ? `${d?.delta === null || d?.delta === undefined ? '–' : arrow(d.delta)} | ` : '';
        head.push(`| ${c.title} | ${c.score === null ? '–' : `${c.score}% (${c.grade})`} | ${change}${c.passed} | ${c.failed} | ${c.notApplicable} |`);
    }
    head.push('');
    if (options.delta) {
        const { newlyFailing, newlyFixed } = options.delta;
        const ids = (list) => list.length
            ? list
                .slice(0, 30)
                .map((c) => (0, markdown_1.checkIdMarkdown)(c.id))
                .join(', ') + (list.length > 30 ? `, … ${list.length - 30} more` : '')
            : 'none';
        head.push(`**Newly failing** (${newlyFailing.length}): ${ids(newlyFailing)}<br>**Newly fixed** (${newlyFixed.length}): ${ids(newlyFixed)}`, '');
    }
    const footer = [
        '',
        `<sub>stackgate ${report.tool.version}${report.commit ? ` · computed for ${report.commit.slice(0, 12)}` : ''} · score = weighted share of applicable checks that pass (error 3, warning 2, info 1)</sub>`,
        '',
    ];
    const headText = head.join('\n');
    const footText = footer.join('\n');
    // Failing checks, most severe first, grouped by category; as many rows as the budget holds.
    const failing = report.checks.filter((c) => c.status === 'fail');
    const newly = new Set(options.delta?.newlyFailing.map((c) => c.id) ?? []);
    const ranked = [...failing].sort((a, b) => Number(newly.has(b.id)) - Number(newly.has(a.id)) || (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || (a.id < b.id ? -1 : 1));
    const noteReserve = 400;
    let budget = maxChars - headText.length - footText.length - noteReserve;
    const shown = new Set();
    const rows = new Map();
    for (const c of ranked) {
        const row = checkRow(c, options.linkBase, newly.has(c.id));
        // Each category section adds its summary and table header once (~200 characters).
        const cost = row.length + 1 + ([...shown].some((id) => failing.find((f) => f.id === id)?.category === c.category) ? 0 : 220);
        if (cost > budget)
            continue;
        budget -= cost;
        shown.add(c.id);
        rows.set(c.id, row);
    }
    const sections = [];
    for (const category of categories_1.READINESS_CATEGORIES) {
        const inCategory = failing
            .filter((c) => c.category === category && shown.has(c.id))
            .sort((a, b) => (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || (a.id < b.id ? -1 : 1));
        if (!inCategory.length)
            continue;
        const title = report.categories.find((c) => c.id === category)?.title ?? category;
        const total = failing.filter((c) => c.category === category).length;
        sections.push(`<details><summary><b>${title}</b>: ${total} failing check${total === 1 ? '' : 's'}</summary>`, '', '| Check | Severity | Where | Finding |', '| --- | --- | --- | --- |', ...inCategory.map((c) => rows.get(c.id)), '', '</details>', '');
    }
    const omitted = failing.length - shown.size;
    if (omitted > 0)
        sections.push(`> ${omitted} failing check${omitted === 1 ? ' is' : 's are'} not shown here (this text is limited to ${maxChars.toLocaleString('en-US')} characters); ${hint} list${hint.includes(' and ') ? '' : 's'} every one.`, '');
    const out = `${headText}\n${sections.join('\n')}${footText}`;
    return out.length <= maxChars ? out : `${out.slice(0, maxChars - 120)}\n\n> Truncated at ${maxChars.toLocaleString('en-US')} characters; see ${hint}.\n`;
}
function checkRow(c, linkBase, isNew) {
    const where = c.file && c.line ? `${link(c.file, c.line, linkBase)}${c.findings > 1 ? ` (+${c.findings - 1} more)` : ''}` : '–';
    return `| ${(0, markdown_1.checkIdMarkdown)(c.id)}${isNew ? ' 🆕' : ''}<br>${(0, markdown_1.escapeCell)(c.title)} | ${c.severity} | ${where} | ${(0, markdown_1.escapeCell)(c.message ?? '')} |`;
}
function link(file, line, linkBase) {
    const label = `${(0, markdown_1.escapeCell)(file)}#L${line}`;
    if (!linkBase || file === '.')
        return `\`${label}\``;
    return `[${label}](${linkBase}${file.split('/').map(encodeURIComponent).join('/')}#L${line})`;
}
function statusIcon(report, verdict) {
    if (verdict ? !verdict.passed : report.blockers.length > 0)
        return '🔴';
    return report.grade === 'A' || report.grade === 'B' ? '🟢' : '🟡';
}
function arrow(delta) {
    if (delta > 0)
        return `▲ +${delta}`;
    if (delta < 0)
        return `▼ ${delta}`;
    return '± 0';
}
function commitRef(commit) {
    return commit ? `base \`${commit.slice(0, 7)}\`` : 'the base';
}
function renderReadinessText(report, options = {}) {
    const out = [];
    const delta = options.delta ? ` (${options.delta.delta >= 0 ? '+' : ''}${options.delta.delta} since ${options.delta.baseCommit?.slice(0, 7) ?? 'base'})` : '';
    out.push(`Readiness ${report.score}% grade ${report.grade}${delta}: ${report.passed}/${report.total} applicable checks pass, ${report.failed} failing, ${report.notApplicable} not applicable, ${report.blockers.length} blockers`);
    if (!report.secretsScanned)
        out.push('(secrets were not scanned)');
    out.push('');
    const width = Math.max(...report.categories.map((c) => c.title.length));
    for (const c of report.categories) {
        const d = options.delta?.categories.find((x) => x.id === c.id)?.delta;
        out.push(`  ${c.title.padEnd(width)}  ${c.score === null ? '    n/a' : `${c.score.toFixed(1).padStart(5)}% ${c.grade}`}  ${c.passed}/${c.total}${d !== undefined && d !== null && d !== 0 ? `  (${d > 0 ? '+' : ''}${d})` : ''}`);
    }
    if (report.blockers.length) {
        out.push('', 'Blockers:');
        for (const b of report.blockers)
            out.push(`  ${b.file}:${b.line}  ${b.checkId}  ${b.message}`);
    }
    const failing = report.checks.filter((c) => c.status === 'fail');
    if (failing.length) {
        out.push('', 'Failing checks:');
        for (const c of [...failing].sort((a, b) => (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || (a.id < b.id ? -1 : 1))) {
            out.push(`  ${c.severity.padEnd(7)} ${c.id}  ${c.file}:${c.line}${c.findings > 1 ? ` (+${c.findings - 1})` : ''}  ${c.message ?? ''}`);
        }
    }
    if (options.delta) {
        if (options.delta.newlyFailing.length)
            out.push('', `Newly failing: ${options.delta.newlyFailing.map((c) => c.id).join(', ')}`);
        if (options.delta.newlyFixed.length)
            out.push(`Newly fixed: ${options.delta.newlyFixed.map((c) => c.id).join(', ')}`);
    }
    if (options.verdict)
        out.push('', options.verdict.passed ? 'PASS' : `FAIL: ${options.verdict.reasons.join('; ')}`);
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 30094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readinessEnvelopeSchema = exports.gateVerdictSchema = exports.readinessDeltaSchema = exports.readinessReportSchema = exports.blockerSchema = exports.categoryScoreSchema = exports.checkResultSchema = void 0;
exports.readinessReportJsonSchema = readinessReportJsonSchema;
/**
 * The readiness report as JSON: written by `stackgate score --format json` and the readiness
 * action, read back by the delta (the base branch's report), the comment poster of the two-stage
 * workflow (an artifact it must not trust) and later by the promotion gate and the deploy ledger.
 * schema/readiness-report.schema.json is generated from this zod schema.
 */
const zod_1 = __webpack_require__(50924);
const comment_settings_1 = __webpack_require__(771);
const categories_1 = __webpack_require__(42386);
const grade = zod_1.z.enum(['A', 'B', 'C', 'D', 'F']);
const severity = zod_1.z.enum(['error', 'warning', 'info']);
const line = zod_1.z.number().int().positive();
const text = zod_1.z.string().max(4000);
const filePath = zod_1.z.string().max(1000);
exports.checkResultSchema = zod_1.z.strictObject({
    id: zod_1.z.string().max(200),
    title: text,
    category: zod_1.z.enum(categories_1.READINESS_CATEGORIES),
    severity: severity.describe('Highest severity among its findings; for passing checks its configured severity.'),
    weight: zod_1.z.number().int().positive().describe('error 3, warning 2, info 1.'),
    status: zod_1.z.enum(['pass', 'fail', 'not-applicable']),
    findings: zod_1.z.number().int().nonnegative().describe('Number of findings (exact, even when locations are capped).'),
    file: filePath.optional().describe('First finding.'),
    line: line.optional(),
    message: text.optional(),
    locations: zod_1.z.array(zod_1.z.strictObject({ file: filePath, line, message: text, severity })).max(50),
});
exports.categoryScoreSchema = zod_1.z.strictObject({
    id: zod_1.z.union([zod_1.z.enum(categories_1.READINESS_CATEGORIES), zod_1.z.literal('overall')]),
    title: text,
    score: zod_1.z.number().min(0).max(100).nullable().describe('Null when no check of the category applies.'),
    grade: grade.nullable(),
    passed: zod_1.z.number().int().nonnegative(),
    failed: zod_1.z.number().int().nonnegative(),
    notApplicable: zod_1.z.number().int().nonnegative(),
    total: zod_1.z.number().int().nonnegative().describe('Applicable checks.'),
});
exports.blockerSchema = zod_1.z.strictObject({
    checkId: zod_1.z.string().max(200),
    file: filePath,
    line,
    message: text,
});
exports.readinessReportSchema = zod_1.z
    .strictObject({
    schema: zod_1.z.literal('https://stackgate.dev/schemas/readiness-report/v1'),
    tool: zod_1.z.strictObject({ name: zod_1.z.literal('stackgate'), version: zod_1.z.string().max(50) }),
    commit: zod_1.z
        .string()
        .regex(/^[0-9a-f]{7,64}$/)
        .nullable()
        .describe('The commit the score was computed for.'),
    generatedAt: zod_1.z.string().max(40),
    score: zod_1.z.number().min(0).max(100).describe('Weighted share of applicable checks that pass, one decimal.'),
    grade,
    passed: zod_1.z.number().int().nonnegative(),
    failed: zod_1.z.number().int().nonnegative(),
    notApplicable: zod_1.z.number().int().nonnegative(),
    total: zod_1.z.number().int().nonnegative().describe('Applicable checks.'),
    categories: zod_1.z.array(exports.categoryScoreSchema),
    blockers: zod_1.z.array(exports.blockerSchema).describe('Error-severity findings and secrets: they fail the gate whatever the score.'),
    secretsScanned: zod_1.z.boolean(),
    checks: zod_1.z.array(exports.checkResultSchema),
})
    .describe('stackgate readiness report');
function readinessReportJsonSchema() {
    return zod_1.z.toJSONSchema(exports.readinessReportSchema, { io: 'output' });
}
const categoryDeltaSchema = zod_1.z.strictObject({
    id: exports.categoryScoreSchema.shape.id,
    title: text,
    from: zod_1.z.number().nullable(),
    to: zod_1.z.number().nullable(),
    delta: zod_1.z.number().nullable(),
});
exports.readinessDeltaSchema = zod_1.z.strictObject({
    baseCommit: zod_1.z
        .string()
        .regex(/^[0-9a-f]{7,64}$/)
        .nullable(),
    baseScore: zod_1.z.number().min(0).max(100),
    baseGrade: grade,
    delta: zod_1.z.number().min(-100).max(100),
    categories: zod_1.z.array(categoryDeltaSchema),
    newlyFailing: zod_1.z.array(exports.checkResultSchema),
    newlyFixed: zod_1.z.array(exports.checkResultSchema),
});
exports.gateVerdictSchema = zod_1.z.strictObject({ passed: zod_1.z.boolean(), reasons: zod_1.z.array(text) });
/**
 * What the readiness action leaves for the comment poster of the two-stage workflow (an
 * artifact): the report, its delta and verdict, and which pull request and commit it is for.
 * The poster runs with a write token, so it parses this strictly and renders the comment itself.
 */
exports.readinessEnvelopeSchema = zod_1.z.strictObject({
    report: exports.readinessReportSchema,
    delta: exports.readinessDeltaSchema.optional(),
    verdict: exports.gateVerdictSchema,
    notes: zod_1.z.array(text).max(10).default([]),
    pullRequest: zod_1.z.strictObject({ number: zod_1.z.number().int().positive(), headSha: zod_1.z.string().regex(/^[0-9a-f]{40,64}$/) }).optional(),
    commentKey: zod_1.z.string().regex(comment_settings_1.COMMENT_KEY),
});


/***/ }),

/***/ 47819:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseJsonReport = parseJsonReport;
const errors_1 = __webpack_require__(74296);
function parseJsonReport(text, file, schema, what, hint) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new errors_1.UserError(`${file}: not JSON (${e.message})`, hint ? { hint } : {});
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors_1.UserError(`${file}: not a ${what}: ${issue.path.join('.') || '(root)'}: ${issue.message}`, hint ? { hint } : {});
    }
    return parsed.data;
}


/***/ }),

/***/ 18155:
/***/ ((__unused_webpack_module, exports) => {


/** Added lines per file (and per commit, for `git log -p`) from unified diff text. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseUnifiedDiff = parseUnifiedDiff;
exports.parseBinaryChanges = parseBinaryChanges;
exports.addedLineNumbers = addedLineNumbers;
const COMMIT_MARKER = '\u0000commit ';
/**
 * Parses `git diff -U0` (or `git log -p -U0 --format=%x00commit %H`) output. Deleted files, binary
 * files and pure renames yield nothing; a renamed file's added lines belong to its new path.
 */
function parseUnifiedDiff(text) {
    const out = [];
    let commit;
    let current;
    let next = 0;
    for (const raw of text.split('\n')) {
        if (raw.startsWith(COMMIT_MARKER) || raw.startsWith('commit ')) {
            const sha = /([0-9a-f]{7,64})/.exec(raw)?.[1];
            if (sha && (raw.startsWith(COMMIT_MARKER) || /^commit [0-9a-f]{40,64}$/.test(raw))) {
                commit = sha;
                current = undefined;
                continue;
            }
        }
        if (raw.startsWith('diff --git ')) {
            current = undefined;
            continue;
        }
        if (raw.startsWith('+++ ')) {
            // git ends the name with a tab when it contains a space (for patch(1)).
            const target = raw.slice(4).replace(/\t$/, '');
            if (target === '/dev/null') {
                current = undefined;
                continue;
            }
            current = { file: unquote(target).replace(/^b\//, ''), ...(commit ? { commit } : {}), lines: [] };
            out.push(current);
            continue;
        }
        if (raw.startsWith('@@')) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
            next = m ? Number(m[1]) : 0;
            continue;
        }
        if (!current || raw.startsWith('--- '))
            continue;
        if (raw.startsWith('+')) {
            current.lines.push({ line: next, text: raw.slice(1) });
            next++;
        }
        else if (raw.startsWith(' ')) {
            next++;
        }
    }
    return out.filter((f) => f.lines.length > 0);
}
const BINARY_LINE = /^Binary files (.+) and (.+) differ$/;
/**
 * The files `git diff` / `git log -p` only say "Binary files … differ" about: their added lines are
 * not in the diff, so the caller reads both versions (a UTF-16 file decodes to text).
 */
function parseBinaryChanges(text) {
    const out = [];
    let commit;
    for (const raw of text.split('\n')) {
        if (raw.startsWith(COMMIT_MARKER)) {
            commit = /([0-9a-f]{7,64})/.exec(raw)?.[1];
            continue;
        }
        const m = BINARY_LINE.exec(raw);
        if (!m || m[2] === '/dev/null')
            continue;
        out.push({
            file: unquote(m[2]).replace(/^b\//, ''),
            ...(m[1] === '/dev/null' ? {} : { oldFile: unquote(m[1]).replace(/^a\//, '') }),
            ...(commit ? { commit } : {}),
        });
    }
    return out;
}
/**
 * The 1-based lines of `after` that `before` does not have, counted as a multiset: a line that
 * appears once more than before is added once. Moved lines are not added (they were committed already).
 */
function addedLineNumbers(before, after) {
    const remaining = new Map();
    for (const line of before.split('\n'))
        remaining.set(line, (remaining.get(line) ?? 0) + 1);
    const lines = after.split('\n');
    // The empty string after a final newline is not a line.
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    const added = [];
    lines.forEach((line, i) => {
        const n = remaining.get(line) ?? 0;
        if (n > 0)
            remaining.set(line, n - 1);
        else
            added.push(i + 1);
    });
    return added;
}
/** git quotes paths with unusual characters: "b/caf\303\251.yml". */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    const inner = p.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < inner.length; i++) {
        if (inner[i] === '\\') {
            const oct = /^[0-7]{3}/.exec(inner.slice(i + 1));
            if (oct) {
                bytes.push(parseInt(oct[0], 8));
                i += 3;
                continue;
            }
            const esc = inner[++i];
            bytes.push(...Buffer.from({ n: '\n', t: '\t', '"': '"', '\\': '\\' }[esc] ?? esc));
            continue;
        }
        bytes.push(...Buffer.from(inner[i]));
    }
    return Buffer.from(bytes).toString('utf8');
}


/***/ }),

/***/ 99944:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRegularFile = readRegularFile;
exports.isInside = isInside;
exports.writeRegularFile = writeRegularFile;
/**
 * One file whose path comes from the repository or its config (stackgate.yml, a baseline, an
 * artifact). Reading: only a regular file, only inside the repository (after following symbolic
 * links), and only up to a size cap; a link to /proc/self/environ, /dev/zero or a FIFO is refused
 * with a reason instead of being printed, read forever or waited on. Writing: only inside the
 * repository, never through a link.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
/** Reads `file` (relative to `root`, or absolute) as text, or says why not. Never throws. */
function readRegularFile(root, file, options) {
    const abs = node_path_1.default.resolve(root, file);
    let real;
    let realRoot;
    try {
        real = node_fs_1.default.realpathSync(abs);
        realRoot = node_fs_1.default.realpathSync(root);
    }
    catch (e) {
        const code = e.code;
        return code === 'ENOENT' || code === 'ENOTDIR'
            ? { ok: false, problem: 'missing', message: 'no such file' }
            : { ok: false, problem: 'unreadable', message: `cannot read it (${code ?? 'error'})` };
    }
    if (!options.allowOutside && !isInside(realRoot, real)) {
        return { ok: false, problem: 'outside', message: 'it is outside the repository (a symbolic link or a path leading out of it); not read' };
    }
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat below then refuses it.
        fd = node_fs_1.default.openSync(real, node_fs_1.default.constants.O_RDONLY | node_fs_1.default.constants.O_NONBLOCK | node_fs_1.default.constants.O_NOFOLLOW);
        const st = node_fs_1.default.fstatSync(fd);
        if (!st.isFile())
            return { ok: false, problem: 'not-regular', message: `it is not a regular file (${kindOf(st)}); not read` };
        if (st.size > options.maxBytes)
            return { ok: false, problem: 'too-large', message: `it is ${st.size} bytes, over the ${options.maxBytes}-byte limit; not read` };
        // Read at most one byte past the cap: a file that grows while it is read is refused, not followed.
        const buf = Buffer.alloc(Math.min(st.size, options.maxBytes) + 1);
        let length = 0;
        for (let n = 1; n > 0 && length < buf.length; length += n)
            n = node_fs_1.default.readSync(fd, buf, length, buf.length - length, null);
        if (length > options.maxBytes)
            return { ok: false, problem: 'too-large', message: `it grew past the ${options.maxBytes}-byte limit while it was read; not read` };
        return {
            ok: true,
            text: buf
                .subarray(0, length)
                .toString('utf8')
                .replace(/^\uFEFF/, ''),
        };
    }
    catch (e) {
        return { ok: false, problem: 'unreadable', message: `cannot read it (${e.code ?? e.message})` };
    }
    finally {
        if (fd !== undefined)
            node_fs_1.default.closeSync(fd);
    }
}
function isInside(root, target) {
    const rel = node_path_1.default.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path_1.default.isAbsolute(rel));
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a file';
}
/**
 * Writes `file` (relative to `root`) when it lands inside the repository after the links of its
 * directories are resolved, and is not itself a link or another kind of file; a reason otherwise.
 */
function writeRegularFile(root, file, content) {
    const abs = node_path_1.default.resolve(root, file);
    try {
        const realRoot = node_fs_1.default.realpathSync(root);
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(abs), { recursive: true });
        if (!isInside(realRoot, node_fs_1.default.realpathSync(node_path_1.default.dirname(abs))))
            return { ok: false, message: 'its directory is outside the repository (a symbolic link or a path leading out of it); not written' };
        const fd = node_fs_1.default.openSync(abs, node_fs_1.default.constants.O_WRONLY | node_fs_1.default.constants.O_CREAT | node_fs_1.default.constants.O_TRUNC | node_fs_1.default.constants.O_NOFOLLOW | node_fs_1.default.constants.O_NONBLOCK, 0o644);
        try {
            if (!node_fs_1.default.fstatSync(fd).isFile())
                return { ok: false, message: 'it is not a regular file; not written' };
            node_fs_1.default.writeFileSync(fd, content);
        }
        finally {
            node_fs_1.default.closeSync(fd);
        }
        return { ok: true };
    }
    catch (e) {
        const code = e.code;
        return { ok: false, message: code === 'ELOOP' ? 'it is a symbolic link; not written through' : `cannot write it (${code ?? e.message})` };
    }
}


/***/ })

};
;