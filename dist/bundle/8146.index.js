"use strict";
exports.id = 8146;
exports.ids = [8146];
exports.modules = {

/***/ 96324:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeTarget = exports.HttpRequestError = void 0;
exports.hostAndPath = hostAndPath;
exports.requestJson = requestJson;
/** No usable answer: none in time, the deploy was cancelled, the connection failed, a redirect, a body too large. */
class HttpRequestError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'HttpRequestError';
    }
}
exports.HttpRequestError = HttpRequestError;
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** `portainer.example.com/api/stacks`: what a message may show of a URL (no credentials, no query). */
function hostAndPath(url) {
    if (!URL.canParse(url))
        return '(an invalid URL)';
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`;
}
/** `GET portainer.example.com/api/stacks` */
const describeTarget = (method, url) => `${method} ${hostAndPath(url)}`;
exports.describeTarget = describeTarget;
async function requestJson(bounds, request) {
    const target = (0, exports.describeTarget)(request.method, request.url);
    const remainingMs = Math.floor(bounds.deadline - bounds.now());
    if (bounds.signal.aborted)
        throw new HttpRequestError(`${target}: not sent, the deploy was cancelled`, 'cancelled');
    if (remainingMs <= 0)
        throw new HttpRequestError(`${target}: not sent, the deploy's time is up`, 'timeout');
    const timeoutMs = Math.min(remainingMs, request.timeoutMs ?? remainingMs);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([bounds.signal, timeout]);
    const headers = { accept: 'application/json', ...request.headers };
    if (request.body !== undefined)
        headers['content-type'] = 'application/json';
    try {
        const response = await bounds.fetch(request.url, {
            method: request.method,
            headers,
            body: request.body === undefined ? undefined : JSON.stringify(request.body),
            redirect: 'manual',
            signal,
        });
        if (response.status >= 300 && response.status < 400) {
            await response.body?.cancel().catch(() => undefined);
            const location = response.headers.get('location');
            const to = location && URL.canParse(location, request.url) ? hostAndPath(new URL(location, request.url).href) : 'nowhere';
            throw new HttpRequestError(`${target} answered ${response.status}, a redirect to ${to}: not followed; configure the URL it points to`, 'redirect');
        }
        const text = await readText(response, target);
        return { status: response.status, contentType: response.headers.get('content-type') ?? '', json: parseJson(text), text };
    }
    catch (e) {
        if (e instanceof HttpRequestError)
            throw e;
        if (bounds.signal.aborted)
            throw new HttpRequestError(`${target}: cancelled`, 'cancelled');
        if (timeout.aborted)
            throw new HttpRequestError(`${target}: no answer within ${timeoutMs} ms`, 'timeout');
        throw new HttpRequestError(`${target} failed before an answer came (${networkReason(e)})`, 'network');
    }
}
async function readText(response, target) {
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > MAX_BODY_BYTES) {
            await reader.cancel().catch(() => undefined);
            throw new HttpRequestError(`${target}: the answer is larger than ${MAX_BODY_BYTES} bytes`, 'too-large');
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function parseJson(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        // Not JSON (a proxy's page, a cut-off body): the caller sees json undefined and decides with `text`.
        return undefined;
    }
}
/** The system error code (ECONNREFUSED, ENOTFOUND…) when there is one, else the first line of the message. */
function networkReason(e) {
    for (let current = e, depth = 0; current && depth < 5; current = current.cause, depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
    }
    return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);
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

/***/ 24966:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeploymentLedger = void 0;
exports.statusDescription = statusDescription;
exports.ranWell = ranWell;
exports.isActive = isActive;
/**
 * The deploy ledger: GitHub Deployments and their statuses, as stackgate writes and reads them.
 *
 * - A deployment is ours when the token's account created it (compared by user id, like the sticky
 *   comment) and its payload carries `stackgate.version`: anyone can create a deployment with a
 *   payload that looks like ours, and such a deployment is never read as a record nor given a status.
 * - `ref` is the commit SHA, `auto_merge: false` (never merge the default branch into what is being
 *   deployed), `required_contexts: []` (the gates decide, not the commit statuses).
 * - The state of a deployment is its newest status (GitHub lists statuses newest first). A success
 *   is followed by `inactive` when a newer deployment of the environment succeeds (GitHub's
 *   auto_inactive), so `success` and `inactive` both mean it once ran well.
 */
const api_error_1 = __webpack_require__(93073);
const DESCRIPTION_LIMIT = 140;
const PAGE = 30;
/** Pages of deployments read at most (300 deployments): others' deployments do not make a run read the whole history. */
const MAX_PAGES = 10;
function statusDescription(text) {
    return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
/** Whether a deployment once ran well: success, or inactive (which GitHub sets on a success a newer one replaced). */
function ranWell(d) {
    return d.state === 'success' || d.state === 'inactive';
}
function isActive(d) {
    return d.state === 'in_progress' || d.state === 'queued' || d.state === 'pending';
}
function isOurPayload(payload) {
    const p = payload;
    return (typeof p === 'object' &&
        p !== null &&
        typeof p.stackgate?.version === 'string' &&
        typeof p.sha === 'string' &&
        typeof p.driver === 'string' &&
        Array.isArray(p.images));
}
class DeploymentLedger {
    octokit;
    repository;
    identity;
    debug;
    constructor(octokit, repository, identity, debug = () => undefined) {
        this.octokit = octokit;
        this.repository = repository;
        this.identity = identity;
        this.debug = debug;
    }
    /** Our deployments of an environment, newest first, each with its newest status (at most `limit`, read 30 a page, in the newest MAX_PAGES pages). */
    async list(environment, limit = PAGE) {
        const out = [];
        for (let page = 1; out.length < limit && page <= MAX_PAGES; page++) {
            const batch = await this.call(`list the deployments to ${environment}`, () => this.octokit.rest.repos.listDeployments({ ...this.repository, environment, per_page: PAGE, page }));
            for (const d of batch.data) {
                if (d.creator?.id !== this.identity.id || !isOurPayload(d.payload))
                    continue;
                const status = await this.newestStatus(d.id);
                out.push({
                    id: d.id,
                    sha: d.sha,
                    environment: d.environment,
                    createdAt: d.created_at,
                    state: status?.state ?? 'none',
                    description: status?.description ?? '',
                    environmentUrl: status?.environment_url || undefined,
                    payload: d.payload,
                });
                if (out.length >= limit)
                    break;
            }
            if (batch.data.length < PAGE)
                break;
        }
        return out;
    }
    async create(payload, description, options = {}) {
        const res = await this.call(`record the deployment of ${payload.sha.slice(0, 7)} to ${payload.environment}`, () => this.octokit.rest.repos.createDeployment({
            ...this.repository,
            ref: payload.sha,
            environment: payload.environment,
            task: 'deploy',
            auto_merge: false,
            required_contexts: [],
            payload: payload,
            description: statusDescription(description),
            ...(options.productionEnvironment !== undefined ? { production_environment: options.productionEnvironment } : {}),
        }));
        // 202 is GitHub's answer when it merged the default branch first: never with auto_merge false.
        if (res.status !== 201 || !('id' in res.data))
            throw new Error(`GitHub did not create the deployment: ${'message' in res.data ? res.data.message : res.status}`);
        return res.data.id;
    }
    async setStatus(deploymentId, update) {
        await this.call(`set deployment ${deploymentId} to ${update.state}`, () => this.octokit.rest.repos.createDeploymentStatus({
            ...this.repository,
            deployment_id: deploymentId,
            state: update.state,
            description: statusDescription(update.description),
            ...(update.environmentUrl ? { environment_url: update.environmentUrl } : {}),
            ...(update.logUrl ? { log_url: update.logUrl } : {}),
        }));
    }
    /** Whether the workflow run is still queued or running; undefined when GitHub does not say. */
    async runIsActive(runId) {
        try {
            const res = await this.octokit.rest.actions.getWorkflowRun({ ...this.repository, run_id: runId });
            return res.data.status !== 'completed';
        }
        catch (e) {
            this.debug(`look up workflow run ${runId}: ${e instanceof Error ? e.message : String(e)}`);
            return undefined;
        }
    }
    /**
     * The newest deployment of `sha` to `environment` that a trusted account created with stackgate's
     * payload, with up to 100 of its statuses (newest first); undefined when there is none. Others'
     * deployments of the commit are skipped, not taken as evidence.
     */
    async recordOf(environment, sha, trusted) {
        for (let page = 1; page <= MAX_PAGES; page++) {
            const batch = await this.call(`list the deployments of ${sha.slice(0, 7)} to ${environment}`, () => this.octokit.rest.repos.listDeployments({ ...this.repository, environment, sha, per_page: PAGE, page }));
            for (const d of batch.data) {
                if (d.sha !== sha || d.environment !== environment || !d.creator || !trusted.has(d.creator.id) || !isOurPayload(d.payload))
                    continue;
                const res = await this.call(`read the statuses of deployment ${d.id}`, () => this.octokit.rest.repos.listDeploymentStatuses({ ...this.repository, deployment_id: d.id, per_page: 100 }));
                const statuses = res.data.map((st) => ({
                    state: st.state,
                    description: st.description ?? '',
                    createdAt: st.created_at,
                    ...(st.creator ? { creator: { id: st.creator.id, login: st.creator.login } } : {}),
                }));
                return {
                    id: d.id,
                    sha: d.sha,
                    environment: d.environment,
                    createdAt: d.created_at,
                    state: statuses[0]?.state ?? 'none',
                    description: statuses[0]?.description ?? '',
                    environmentUrl: res.data[0]?.environment_url || undefined,
                    payload: d.payload,
                    creator: { id: d.creator.id, login: d.creator.login },
                    statuses,
                };
            }
            if (batch.data.length < PAGE)
                break;
        }
        return undefined;
    }
    async newestStatus(deploymentId) {
        const res = await this.call(`read the status of deployment ${deploymentId}`, () => this.octokit.rest.repos.listDeploymentStatuses({ ...this.repository, deployment_id: deploymentId, per_page: 1 }));
        return res.data[0];
    }
    async call(operation, fn) {
        try {
            return await fn();
        }
        catch (e) {
            throw (0, api_error_1.toGitHubApiError)(e, operation, this.debug) ?? e;
        }
    }
}
exports.DeploymentLedger = DeploymentLedger;


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

/***/ 78187:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECRET_NAME = void 0;
exports.expandTemplate = expandTemplate;
exports.displayUrl = displayUrl;
exports.redact = redact;
/**
 * `${VAR}` and `${VAR:-default}` in smoke targets, read from the environment the entry point
 * passes in. Every value substituted into a header or a command's environment, and into a URL
 * from a secret-looking variable, is returned for masking: it is never printed.
 */
const errors_1 = __webpack_require__(74296);
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}/g;
exports.SECRET_NAME = /(TOKEN|KEY|SECRET|PASSWORD|PASSWD|PASS|AUTH|CREDENTIAL|BEARER|COOKIE|SESSION)/i;
function expandTemplate(text, env, where, mode) {
    const secrets = [];
    const value = text.replace(REFERENCE, (_m, name, colon, fallback) => {
        // As in shells and Compose: `${VAR:-default}` also replaces an empty value, `${VAR-default}` only an unset one.
        const v = colon && env[name] === '' ? fallback : (env[name] ?? fallback);
        if (v === undefined)
            throw new errors_1.UserError(`${where}: \${${name}} is not set in the environment`, {
                hint: `export ${name} (in a workflow: env: { ${name}: \${{ secrets.${name} }} })`,
            });
        if (v && (mode === 'secret' || exports.SECRET_NAME.test(name)))
            secrets.push(v);
        return v;
    });
    return { value, secrets };
}
/** A URL as it may be shown: no user info, secret-looking query values replaced. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        if (u.username || u.password) {
            u.username = u.username ? '***' : '';
            u.password = u.password ? '***' : '';
        }
        for (const key of [...u.searchParams.keys()])
            if (exports.SECRET_NAME.test(key))
                u.searchParams.set(key, '***');
        return u.toString();
    }
    catch {
        // Not parseable: still hide user info.
        return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
    }
}
/** Replaces every secret (longest first) in a text. */
function redact(text, secrets) {
    let out = text;
    for (const s of [...new Set(secrets)].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}


/***/ })

};
;