"use strict";
exports.id = 9436;
exports.ids = [9436];
exports.modules = {

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

/***/ 3002:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubEnvironments = void 0;
/**
 * GitHub environments as stackgate reads and writes them: an environment's protection, normalised
 * to EnvironmentState (required reviewers, prevent self-review, wait timer, admin bypass, the
 * deployment branch policy with its branch and tag patterns, the custom protection rules' apps),
 * the PUT that creates or updates it, its branch and tag patterns, and reviewers resolved to ids.
 *
 * Failures are GitHubApiErrors naming the operation, the request and the status; a 403 (or a 404
 * on a write) also names the token permission the operation needs, as GitHub documents it for
 * fine-grained tokens and GitHub Apps:
 * - reading an environment, its branch policies and its protection rules: Actions (read);
 * - creating or updating an environment, adding or removing a pattern: Administration (write),
 *   which the workflow's GITHUB_TOKEN never has;
 * - looking up a team: Members (read) on the organization; a user needs nothing.
 *
 * `can_admins_bypass` is not in GitHub's OpenAPI description, though GitHub answers it with the
 * environment and takes it in the PUT: it is read when present (absent means GitHub's default, true)
 * and sent only when it has to change, so an environment that keeps the default never depends on it.
 */
const api_error_1 = __webpack_require__(93073);
/** A token permission, as GitHub's documentation names it. */
const ACTIONS_READ = 'the token needs the Actions repository permission (read)';
const ADMINISTRATION_WRITE = 'the token needs the Administration repository permission (write), which the workflow GITHUB_TOKEN never has: use a fine-grained personal access token or a GitHub App token with it (a classic token needs the repo scope and an admin of the repository)';
const MEMBERS_READ = 'the token needs the Members organization permission (read) to look up teams';
const POLICY_PAGE = 100;
/** Pages of branch policies read at most (1,000 patterns). */
const MAX_POLICY_PAGES = 10;
class GitHubEnvironments {
    octokit;
    repository;
    debug;
    constructor(octokit, repository, debug = () => undefined) {
        this.octokit = octokit;
        this.repository = repository;
        this.debug = debug;
    }
    /** The environment's protection as it is on GitHub; undefined when there is no such environment (404). */
    async readEnvironment(name) {
        const where = { ...this.repository, environment_name: name };
        let data;
        try {
            ({ data } = await this.octokit.rest.repos.getEnvironment(where));
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw this.error(e, `read environment "${name}"`, ACTIONS_READ);
        }
        const rules = data.protection_rules ?? [];
        const reviewersRule = rules.find((r) => r.type === 'required_reviewers');
        const waitRule = rules.find((r) => r.type === 'wait_timer');
        const reviewers = (reviewersRule?.reviewers ?? []).flatMap((r) => {
            const id = r.reviewer?.id;
            if (typeof id !== 'number')
                return [];
            return r.type === 'Team'
                ? [{ type: 'Team', id, name: `${this.repository.owner}/${r.reviewer?.slug ?? id}` }]
                : [{ type: 'User', id, name: r.reviewer?.login ?? String(id) }];
        });
        const settings = data.deployment_branch_policy;
        const branchPolicy = !settings
            ? { kind: 'all' }
            : settings.protected_branches
                ? { kind: 'protected' }
                : customPolicy(await this.listBranchPolicies(name));
        const bypass = data.can_admins_bypass;
        return {
            name: data.name,
            id: data.id,
            reviewers,
            preventSelfReview: reviewersRule?.prevent_self_review === true,
            waitTimerMinutes: waitRule?.wait_timer ?? 0,
            canAdminsBypass: typeof bypass === 'boolean' ? bypass : true,
            branchPolicy,
            customRules: await this.readCustomRules(name),
        };
    }
    /** Creates the environment or replaces its protection (reviewers, wait timer, self-review, branch policy kind). */
    async writeEnvironment(name, write) {
        const body = {
            ...this.repository,
            environment_name: name,
            wait_timer: write.waitTimerMinutes,
            prevent_self_review: write.preventSelfReview,
            reviewers: write.reviewers.map((r) => ({ type: r.type, id: r.id })),
            deployment_branch_policy: write.branchPolicy === 'all'
                ? null
                : { protected_branches: write.branchPolicy === 'protected', custom_branch_policies: write.branchPolicy === 'custom' },
            ...(write.canAdminsBypass === undefined ? {} : { can_admins_bypass: write.canAdminsBypass }),
        };
        try {
            await this.octokit.rest.repos.createOrUpdateEnvironment(body);
        }
        catch (e) {
            throw this.error(e, `write environment "${name}"`, ADMINISTRATION_WRITE, {
                404: `${this.full()} does not exist or the token cannot see it`,
                422: 'required reviewers and wait timers need a public repository, or GitHub Pro, Team or Enterprise for a private one, and each reviewer needs read access to the repository',
            });
        }
    }
    /** The environment's branch and tag patterns, with their ids. */
    async listBranchPolicies(name) {
        const out = [];
        for (let page = 1; page <= MAX_POLICY_PAGES; page++) {
            let data;
            try {
                ({ data } = await this.octokit.rest.repos.listDeploymentBranchPolicies({ ...this.repository, environment_name: name, per_page: POLICY_PAGE, page }));
            }
            catch (e) {
                throw this.error(e, `list the deployment branch policies of "${name}"`, ACTIONS_READ);
            }
            for (const p of data.branch_policies) {
                if (typeof p.id === 'number' && typeof p.name === 'string')
                    out.push({ id: p.id, name: p.name, type: p.type === 'tag' ? 'tag' : 'branch' });
            }
            if (data.branch_policies.length < POLICY_PAGE || out.length >= data.total_count)
                return out;
        }
        throw new api_error_1.GitHubApiError(`list the deployment branch policies of "${name}": more than ${MAX_POLICY_PAGES * POLICY_PAGE} patterns`, undefined);
    }
    async createBranchPolicy(name, pattern) {
        try {
            await this.octokit.rest.repos.createDeploymentBranchPolicy({ ...this.repository, environment_name: name, name: pattern.name, type: pattern.type });
        }
        catch (e) {
            // 303: GitHub has this pattern already (someone added it since stackgate read the list).
            if (e instanceof api_error_1.UnexpectedResponseError && e.status === 303)
                return;
            throw this.error(e, `allow ${pattern.type} pattern "${pattern.name}" in "${name}"`, ADMINISTRATION_WRITE, {
                404: `environment "${name}" does not deploy from selected branches and tags, or the token cannot see it`,
            });
        }
    }
    async deleteBranchPolicy(name, policy) {
        try {
            await this.octokit.rest.repos.deleteDeploymentBranchPolicy({ ...this.repository, environment_name: name, branch_policy_id: policy.id });
        }
        catch (e) {
            throw this.error(e, `remove ${policy.type} pattern "${policy.name}" from "${name}"`, ADMINISTRATION_WRITE, {
                404: `the pattern is gone or the token cannot see ${this.full()}`,
            });
        }
    }
    /** A user by login (`GET /users/{username}`); undefined when GitHub has none (or the login is an organization's). */
    async resolveUser(login) {
        try {
            const { data } = await this.octokit.rest.users.getByUsername({ username: login });
            return data.type === 'Organization' ? undefined : { type: 'User', id: data.id, name: data.login };
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw this.error(e, `look up user ${login}`, '');
        }
    }
    /** A team by organization and slug (`GET /orgs/{org}/teams/{team_slug}`); undefined when the token sees none. */
    async resolveTeam(org, slug) {
        try {
            const { data } = await this.octokit.rest.teams.getByName({ org, team_slug: slug });
            return { type: 'Team', id: data.id, name: `${org}/${data.slug}` };
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw this.error(e, `look up team ${org}/${slug}`, MEMBERS_READ);
        }
    }
    /** Slugs of the apps whose custom deployment protection rules are enabled. */
    async readCustomRules(name) {
        try {
            const { data } = await this.octokit.rest.repos.getAllDeploymentProtectionRules({ ...this.repository, environment_name: name });
            return (data.custom_deployment_protection_rules ?? []).filter((r) => r.enabled).map((r) => r.app.slug);
        }
        catch (e) {
            throw this.error(e, `read the custom protection rules of "${name}"`, ACTIONS_READ);
        }
    }
    full() {
        return `${this.repository.owner}/${this.repository.repo}`;
    }
    /** `e` as a GitHubApiError; a 403 that is not a rate limit names `permission`, other statuses the hint given for them. */
    error(e, operation, permission, hints = {}) {
        return (0, api_error_1.withPermissionHint)(e, operation, permission, this.debug, hints);
    }
}
exports.GitHubEnvironments = GitHubEnvironments;
function customPolicy(policies) {
    return {
        kind: 'custom',
        branches: policies.filter((p) => p.type === 'branch').map((p) => p.name),
        tags: policies.filter((p) => p.type === 'tag').map((p) => p.name),
    };
}
/** GitHub answered 404 with its JSON (a proxy's page with that status is not an answer about the resource). */
function isNotFound(e) {
    const error = e;
    return typeof error === 'object' && error !== null && !(e instanceof api_error_1.UnexpectedResponseError) && error.status === 404 && error.response !== undefined;
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

/***/ 2449:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COLOR_OPTIONS = exports.BASE_OPTIONS = void 0;
exports.describeFormats = describeFormats;
exports.withUsageErrors = withUsageErrors;
exports.parseCommandArgs = parseCommandArgs;
exports.commandRoot = commandRoot;
exports.formatParser = formatParser;
exports.parseOutputs = parseOutputs;
exports.parseWorkers = parseWorkers;
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const node_util_1 = __webpack_require__(57975);
const errors_1 = __webpack_require__(74296);
/** --debug and -h/--help: every command takes them. */
exports.BASE_OPTIONS = {
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** --color and --no-color (the last one given wins; see color.ts). */
exports.COLOR_OPTIONS = {
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
};
/** `text (default), json, sarif or junit`: a command's formats in its help, from the list its parser uses. */
function describeFormats(formats) {
    const [first, ...rest] = formats;
    const all = [`${first} (default)`, ...rest];
    return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}` : all[0];
}
/** Runs a parseArgs call, turning its errors (unknown flag, missing value) into a UserError. */
function withUsageErrors(parse, hint = 'run "stackgate --help" for usage') {
    try {
        return parse();
    }
    catch (e) {
        throw new errors_1.UserError(e.message.replace(/\. To specify a positional argument.*$/s, ''), { hint });
    }
}
/** parseArgs with our UserError on unknown flags or missing values. */
function parseCommandArgs(args, options, allowPositionals = true) {
    return withUsageErrors(() => (0, node_util_1.parseArgs)({ args: [...args], options, allowPositionals, strict: true }));
}
/** The one optional `[path]` of a command, as an existing directory. */
function commandRoot(command, positionals, cwd) {
    if (positionals.length > 1)
        throw new errors_1.UserError(`${command} takes one path, got ${positionals.length}`, { hint: `stackgate ${command} [path]` });
    const root = node_path_1.default.resolve(cwd, positionals[0] ?? '.');
    if (!node_fs_1.default.existsSync(root) || !node_fs_1.default.statSync(root).isDirectory())
        throw new errors_1.UserError(`not a directory: ${positionals[0] ?? '.'}`);
    return root;
}
/** A parser of a command's output formats: `--format` and the format half of `--output`. */
function formatParser(formats) {
    return (value, where) => {
        if (formats.includes(value))
            return value;
        throw new errors_1.UserError(`${where}: unknown format "${value}"`, { hint: `use one of ${formats.join(', ')}` });
    };
}
/** `--output format=file`, repeatable. */
function parseOutputs(values, parseFormat) {
    return values.map((value) => {
        const at = value.indexOf('=');
        if (at <= 0 || at === value.length - 1)
            throw new errors_1.UserError(`--output: expected format=file, got "${value}"`, { hint: 'e.g. --output json=report.json' });
        return { format: parseFormat(value.slice(0, at), '--output'), file: value.slice(at + 1) };
    });
}
/** `--workers <n>`: threads to use, a whole number of at least 1; undefined when not given. */
function parseWorkers(value) {
    if (value === undefined)
        return undefined;
    const workers = Number(value);
    if (!Number.isInteger(workers) || workers < 1)
        throw new errors_1.UserError(`--workers: expected a whole number of at least 1, got "${value}"`);
    return workers;
}


/***/ }),

/***/ 88623:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPTIONS = exports.ENVIRONMENTS_HELP = exports.MODES = exports.FORMATS = void 0;
exports.runEnvironmentsCommand = runEnvironmentsCommand;
const proxy_1 = __webpack_require__(87466);
const sync_environments_1 = __webpack_require__(65339);
const report_1 = __webpack_require__(15410);
const errors_1 = __webpack_require__(74296);
const command_args_1 = __webpack_require__(2449);
const repository_option_1 = __webpack_require__(36924);
const result_output_1 = __webpack_require__(10955);
const stderr_log_1 = __webpack_require__(80319);
exports.FORMATS = ['text', 'json', 'markdown'];
const parseFormat = (0, command_args_1.formatParser)(exports.FORMATS);
exports.MODES = ['sync', 'check'];
exports.ENVIRONMENTS_HELP = `stackgate environments <sync | check> [path] [options] — GitHub environments as code

Applies environments.<env>.protection of stackgate.yml to the repository's GitHub environments:
required reviewers (users, and teams as org/team-slug), wait timer, prevent self-review, whether
administrators may bypass, and the branches and tags that may deploy. check compares and writes
nothing; sync creates or updates what differs, and a second sync writes nothing. Environments
without a protection: section, and those stackgate.yml does not name, are never touched, and no
environment is ever deleted. See docs/environments.md.

Options:
      --repo <owner/name>    the GitHub repository (default: GITHUB_REPOSITORY)
  -f, --format <format>      ${(0, command_args_1.describeFormats)(exports.FORMATS)} on stdout
  -c, --config <file>        stackgate.yml to use
      --debug                print stack traces of internal errors
  -h, --help                 this help

The token comes from the environment: GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL for GitHub
Enterprise Server. check needs Actions (read); sync needs Administration (write) on the repository,
which a workflow's own GITHUB_TOKEN never has; teams as reviewers need Members (read) on the
organization.

Exit codes: 0 in sync (or synced), 1 check found drift, 2 usage, config, token or GitHub error
(sync: the report says what was applied and what was not).
`;
exports.OPTIONS = {
    ...command_args_1.BASE_OPTIONS,
    repo: { type: 'string' },
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
};
async function runEnvironmentsCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.OPTIONS);
    if (values.help) {
        io.stdout.write(exports.ENVIRONMENTS_HELP);
        return 0;
    }
    const [mode, ...rest] = positionals;
    if (!mode)
        throw new errors_1.UserError('environments needs sync or check', { hint: 'stackgate environments check' });
    if (!isMode(mode))
        throw new errors_1.UserError(`environments: unknown mode "${mode}"`, { hint: 'use sync or check' });
    const format = values.format ? parseFormat(values.format, '--format') : 'text';
    const root = (0, command_args_1.commandRoot)(`environments ${mode}`, rest, io.cwd);
    const repository = (0, repository_option_1.repositoryOption)(values.repo, io.env);
    if (!repository)
        throw new errors_1.UserError(`environments ${mode} needs the GitHub repository`, { hint: '--repo owner/name, or set GITHUB_REPOSITORY' });
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token)
        throw new errors_1.UserError(`environments ${mode} needs a GitHub token: set GITHUB_TOKEN (or GH_TOKEN)`, {
            hint: mode === 'sync' ? 'a token with the Administration repository permission (write)' : 'a token with the Actions repository permission (read)',
        });
    const report = await (0, sync_environments_1.syncEnvironments)({
        mode,
        root,
        config: values.config,
        repository,
        token,
        apiUrl: io.env.GITHUB_API_URL,
        proxy: (0, proxy_1.proxySettingsFromEnv)(io.env),
        log: (0, stderr_log_1.stderrLog)(io, !!values.debug),
    });
    (0, result_output_1.writeResult)(io, format, format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? (0, report_1.renderEnvironmentsMarkdown)(report) : (0, report_1.renderEnvironmentsText)(report));
    return (0, report_1.exitCodeOf)(report);
}
function isMode(value) {
    return exports.MODES.includes(value);
}


/***/ }),

/***/ 36924:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repositoryOption = repositoryOption;
/** `--repo owner/name`, else GITHUB_REPOSITORY: the GitHub repository a command reads or writes. */
const errors_1 = __webpack_require__(74296);
/** The repository `--repo` (or, without it, GITHUB_REPOSITORY) names; undefined when neither is set; a UserError when it is not owner/name. */
function repositoryOption(value, env) {
    const given = value ?? env.GITHUB_REPOSITORY ?? '';
    if (!given)
        return undefined;
    const [owner, repo, extra] = given.split('/');
    if (!owner || !repo || extra !== undefined)
        throw new errors_1.UserError(`${value === undefined ? 'GITHUB_REPOSITORY' : '--repo'}: expected owner/name, got "${given}"`);
    return { owner, repo };
}


/***/ }),

/***/ 10955:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeResult = writeResult;
/** Results on stdout: as rendered, or, in a GitHub Actions step, with workflow commands broken. */
const workflow_commands_1 = __webpack_require__(97584);
const KIND = { json: 'json', sarif: 'json', junit: 'xml', markdown: 'markdown', text: 'text' };
function writeResult(io, format, output) {
    io.stdout.write(io.env.GITHUB_ACTIONS === 'true' ? (0, workflow_commands_1.neutraliseWorkflowCommands)(KIND[format] ?? 'text', output) : output);
}


/***/ }),

/***/ 78672:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHECKS_DOC_URL = void 0;
exports.catalogue = catalogue;
exports.anchorOf = anchorOf;
exports.checkDocUrl = checkDocUrl;
exports.renderChecksMarkdown = renderChecksMarkdown;
const types_1 = __webpack_require__(15200);
function catalogue(checks) {
    return checks.map((c) => ({
        id: c.id,
        title: c.meta.title,
        domain: (0, types_1.domainOf)(c.id),
        category: c.meta.category,
        severity: c.meta.severity,
        productionOnly: !!c.meta.productionOnly,
        mcpOnly: !!c.meta.mcpOnly,
        operatedOnly: !!c.meta.operatedOnly,
        rationale: c.meta.rationale,
        remediation: c.meta.remediation,
        hasOptions: !!c.options,
    }));
}
const DOMAIN_TITLES = {
    core: 'Loading (core)',
    compose: 'Docker Compose',
    kubernetes: 'Kubernetes',
    dockerfile: 'Dockerfile',
    monitoring: 'Monitoring (Prometheus, Grafana)',
    secrets: 'Secrets hygiene',
    environments: 'Environments',
    ci: 'CI/CD workflows',
    docs: 'Documentation and disaster recovery',
    mcp: 'MCP services',
};
/**
 * GitHub's heading anchor for a check id heading (`compose/image-latest-tag` -> `composeimage-latest-tag`):
 * lowercase, punctuation such as `/` removed, each space a `-` (github-slugger, which GitHub's
 * renderer follows; ids are ASCII, so its Unicode letters do not arise).
 */
function anchorOf(id) {
    return id
        .toLowerCase()
        .replace(/[^a-z0-9 _-]/g, '')
        .replace(/ /g, '-');
}
/** docs/checks.md on the project's default branch: the SARIF rules' helpUri, and where comments and summaries link check ids. */
exports.CHECKS_DOC_URL = 'https://github.com/stackgate/stackgate/blob/main/docs/checks.md';
/** The section of a check in docs/checks.md. */
function checkDocUrl(id) {
    return `${exports.CHECKS_DOC_URL}#${anchorOf(id)}`;
}
function renderChecksMarkdown(checks) {
    const entries = catalogue(checks);
    const out = [
        '<!-- Generated from src/core/checks by `npm run build` (stackgate checks --format markdown). Do not edit. -->',
        '# stackgate checks',
        '',
        `${entries.length} checks. Severities are defaults; change them per check or per path in \`stackgate.yml\`:`,
        '',
        '```yaml',
        'checks:',
        '  compose/read-only-rootfs: off          # or error | warning | info',
        'overrides:',
        '  - files: ["stacks/dev/**"]',
        '    checks: { compose/memory-limit: info }',
        '```',
        '',
        'Suppress one finding inline with `# stackgate-ignore <check-id>: <reason>` on the line or the line above.',
        '',
        'Checks marked *only where the repository is operated* (runbooks, backups, alerting, log shipping, CI gates) apply to',
        'repositories that deploy something: stackgate.yml names environments or MCP services, the Compose layout names',
        'environments (`stacks/<env>/`, `docker-compose.<env>.yml`), a Kubernetes manifest belongs to a named environment',
        '(a path segment or namespace such as `overlays/prod`), or the repository holds Flux Kustomizations, HelmReleases or',
        'Argo CD Applications. In a library, tool or example repository they are not applicable and do not count in the score.',
        '',
    ];
    for (const domain of types_1.DOMAINS) {
        const list = entries.filter((e) => e.domain === domain);
        if (!list.length)
            continue;
        out.push(`## ${DOMAIN_TITLES[domain]}`, '', '| Check | Severity | Category | Title |', '| --- | --- | --- | --- |');
        for (const e of list)
            out.push(`| [\`${e.id}\`](#${anchorOf(e.id)}) | ${e.severity} | ${e.category} | ${e.title}${e.productionOnly ? ' (production only)' : ''} |`);
        out.push('');
        for (const e of list) {
            out.push(`### ${e.id}`, '', `**${e.title}** — default severity \`${e.severity}\`, category \`${e.category}\`${e.productionOnly ? ', production environments only' : ''}${e.mcpOnly ? ', only where MCP servers are deployed' : ''}${e.operatedOnly ? ', only where the repository is operated' : ''}${e.hasOptions ? ', configurable options' : ''}.`, '');
            out.push(`Why: ${e.rationale}`, '', `How to fix: ${e.remediation}`, '');
        }
    }
    return `${out.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 44637:
/***/ ((__unused_webpack_module, exports) => {


/** Shared finding types: what every check reports and every output renders. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITIES = void 0;
exports.severityRank = severityRank;
exports.isAtLeast = isAtLeast;
exports.countFindings = countFindings;
exports.compareFindings = compareFindings;
exports.SEVERITIES = ['error', 'warning', 'info'];
const RANK = { info: 1, warning: 2, error: 3 };
function severityRank(severity) {
    return RANK[severity];
}
function isAtLeast(severity, threshold) {
    return RANK[severity] >= RANK[threshold];
}
function countFindings(findings) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** Stable order: file, line, column, check id. */
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}


/***/ }),

/***/ 34201:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MAX_ROWS = void 0;
exports.renderMarkdownSummary = renderMarkdownSummary;
exports.checkIdMarkdown = checkIdMarkdown;
exports.escapeCell = escapeCell;
exports.escapeInline = escapeInline;
exports.neutraliseMentions = neutraliseMentions;
exports.escapeCode = escapeCode;
/**
 * The job summary (GITHUB_STEP_SUMMARY) in GitHub-flavoured Markdown: a heading, a status line with
 * counts, and a table of findings (errors first), capped at `maxRows`, each check id linked to its
 * section in docs/checks.md. Also the escaping every Markdown channel shares.
 */
const catalogue_1 = __webpack_require__(78672);
const findings_1 = __webpack_require__(44637);
const summary_1 = __webpack_require__(26942);
exports.DEFAULT_MAX_ROWS = 50;
function renderMarkdownSummary(findings, summary, options = {}) {
    const sorted = (0, summary_1.sortFindingsBySeverity)(findings);
    const counts = (0, findings_1.countFindings)(sorted);
    const failed = options.failed ?? counts.error > 0;
    const status = failed ? 'Failed' : counts.warning > 0 ? 'Passed with warnings' : 'Passed';
    const files = new Set(sorted.map((f) => f.file)).size;
    const out = [`## ${escapeInline(options.title ?? 'stackgate')}`, ''];
    if (sorted.length) {
        out.push(`**${status}**: ${(0, summary_1.plural)(sorted.length, 'problem')} (${(0, summary_1.describeCounts)(counts)}) in ${(0, summary_1.plural)(files, 'file')}; ${(0, summary_1.describeCoverage)(summary)}.`);
    }
    else {
        out.push(`**${status}**: no problems; ${(0, summary_1.describeCoverage)(summary)}.`);
        return `${out.join('\n')}\n`;
    }
    const maxRows = Math.max(0, Math.trunc(options.maxRows ?? exports.DEFAULT_MAX_ROWS));
    const shown = sorted.slice(0, maxRows);
    if (shown.length) {
        out.push('', '| Severity | Check | Location | Message |', '| --- | --- | --- | --- |');
        for (const f of shown) {
            const envs = (0, summary_1.visibleEnvironments)(f, summary);
            const message = escapeCell(f.message) + (envs.length ? ` (${escapeCell(envs.join(', '))})` : '');
            out.push(`| ${f.severity} | ${checkIdMarkdown(f.checkId, options.documentedChecks?.has(f.checkId) ?? false)} | ${location(f, options.linkBase)} | ${message} |`);
        }
    }
    const hidden = sorted.length - shown.length;
    if (hidden > 0)
        out.push('', `… and ${hidden} more (${(0, summary_1.describeCounts)((0, findings_1.countFindings)(sorted.slice(shown.length)))})${options.moreHint ? `: see ${escapeInline(options.moreHint)}` : ''}.`);
    return `${out.join('\n')}\n`;
}
function location(f, linkBase) {
    const label = escapeCell(`${f.file}:${f.line}`).replace(/[[\]]/g, (c) => `\\${c}`);
    if (!linkBase)
        return label;
    const base = linkBase.endsWith('/') ? linkBase : `${linkBase}/`;
    const path = f.file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .split('/')
        .map(encodeURIComponent)
        .join('/');
    return `[${label}](${base}${path}#L${f.line})`;
}
/** `<domain>/<kebab-name>`: nothing in it a link, a code span or a table could read another way. */
const CHECK_ID = /^[a-z][a-z0-9]*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * A check id as inline Markdown, safe in a table cell: its code span, linked to the check's section
 * in docs/checks.md when `linked` and the id has the shape of a check id (a report read back from a
 * file may hold anything).
 */
function checkIdMarkdown(id, linked = true) {
    const code = `\`${escapeCode(id)}\``;
    return linked && CHECK_ID.test(id) ? `[${code}](${(0, catalogue_1.checkDocUrl)(id)})` : code;
}
/** Text safe inside a table cell: no raw HTML, no pipes, one line. */
function escapeCell(value) {
    return escapeInline(value).replace(/\|/g, '\\|');
}
/**
 * Text GitHub must not read as HTML, on one line, that notifies nobody. Inside code spans
 * (`up < 1`) GFM shows entities literally and links no @mention, so only the text between them is
 * escaped; when the pairing of backticks could read differently to GFM (runs of backticks, an
 * escaped backtick), everything is escaped.
 */
function escapeInline(value) {
    const flat = value.replace(/\r\n|\r|\n/g, ' ');
    if (/``|\\`/.test(flat))
        return escapeText(flat);
    return flat
        .split(/(`[^`]+`)/)
        .map((part, i) => (i % 2 === 1 ? part : escapeText(part)))
        .join('');
}
function escapeText(text) {
    return neutraliseMentions(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
/**
 * `@name` and `@org/team` copied from a repository would notify those people (or teams) once the
 * text is a comment: a zero-width space after the `@` keeps it readable and links nobody.
 */
function neutraliseMentions(text) {
    return text.replace(/(^|[^A-Za-z0-9_`])@(?=[A-Za-z0-9])/g, '$1@&#8203;');
}
/** Content of an inline code span inside a table cell (GFM shows entities in code spans literally). */
function escapeCode(value) {
    return value
        .replace(/`/g, "'")
        .replace(/\|/g, '\\|')
        .replace(/\r\n|\r|\n/g, ' ');
}


/***/ }),

/***/ 26942:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sortFindings = sortFindings;
exports.sortFindingsBySeverity = sortFindingsBySeverity;
exports.plural = plural;
exports.describeCounts = describeCounts;
exports.describeProblems = describeProblems;
exports.describeCoverage = describeCoverage;
exports.formatDuration = formatDuration;
exports.visibleEnvironments = visibleEnvironments;
/** What a validate run covered, and the words every renderer uses to describe its findings. */
const findings_1 = __webpack_require__(44637);
/** A sorted copy: file, line, column, check id, message. */
function sortFindings(findings) {
    return [...findings].sort(findings_1.compareFindings);
}
/** A sorted copy with errors first, then warnings, then info; each in file order. */
function sortFindingsBySeverity(findings) {
    return [...findings].sort((a, b) => (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || (0, findings_1.compareFindings)(a, b));
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** `3 errors, 7 warnings, 2 info` */
function describeCounts(counts) {
    return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}
/** `12 problems (3 errors, 7 warnings, 2 info) in 9 files`, or undefined when there are none. */
function describeProblems(findings) {
    if (!findings.length)
        return undefined;
    const files = new Set(findings.map((f) => f.file)).size;
    return `${plural(findings.length, 'problem')} (${describeCounts((0, findings_1.countFindings)(findings))}) in ${plural(files, 'file')}`;
}
/** `41 files and 3 stacks checked in 1.2s` */
function describeCoverage(summary) {
    const what = summary.stacks !== undefined ? `${plural(summary.filesChecked, 'file')} and ${plural(summary.stacks, 'stack')}` : plural(summary.filesChecked, 'file');
    const duration = summary.durationMs !== undefined ? ` in ${formatDuration(summary.durationMs)}` : '';
    return `${what} checked${duration}`;
}
/** `850ms`, `1.2s`, `2m 5s` */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '0ms';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}
/** The environments worth showing for a finding: none when it applies to every environment of the run. */
function visibleEnvironments(finding, summary) {
    const envs = finding.environments ?? [];
    if (!envs.length)
        return [];
    const all = summary.environments;
    if (all && all.length && all.every((e) => envs.includes(e)))
        return [];
    return [...envs];
}


/***/ })

};
;