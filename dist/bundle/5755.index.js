"use strict";
exports.id = 5755;
exports.ids = [5755];
exports.modules = {

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {


exports.__esModule = true;
exports.distance = exports.closest = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.distance = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.closest = closest;


/***/ }),

/***/ 26917:
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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
/**
 * actions/environments: `mode: sync` applies environments.<env>.protection of stackgate.yml to the
 * repository's GitHub environments, `mode: check` reports drift and fails without changing anything
 * (app/sync-environments.ts). The report goes to the log, the job summary and the outputs.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const core = __importStar(__webpack_require__(37484));
const proxy_1 = __webpack_require__(87466);
const run_context_1 = __webpack_require__(91429);
const sync_environments_1 = __webpack_require__(65339);
const report_1 = __webpack_require__(15410);
const errors_1 = __webpack_require__(74296);
const channel_budgets_1 = __webpack_require__(4882);
const fail_step_1 = __webpack_require__(61982);
const input_path_1 = __webpack_require__(38755);
const log_1 = __webpack_require__(15577);
async function run(env = process.env, tuning) {
    let toWorkspace = (file) => file;
    const token = core.getInput('github-token');
    if (token)
        core.setSecret(token);
    try {
        const input = (0, input_path_1.resolveInputPath)(env);
        toWorkspace = input.toWorkspace;
        const mode = core.getInput('mode') || 'check';
        if (mode !== 'sync' && mode !== 'check')
            throw new errors_1.UserError(`input "mode": expected sync or check, got "${mode}"`);
        const context = (0, run_context_1.readRunContext)(env);
        if (!context.repository)
            throw new errors_1.UserError('GITHUB_REPOSITORY is not set');
        if (!token)
            throw new errors_1.UserError(`input "github-token" is empty`, {
                hint: mode === 'sync' ? 'sync needs a token with the Administration repository permission (write)' : 'check needs a token with Actions (read)',
            });
        const report = await (0, sync_environments_1.syncEnvironments)({
            mode,
            root: input.root,
            config: core.getInput('config') || undefined,
            repository: context.repository,
            token,
            apiUrl: context.apiUrl,
            proxy: (0, proxy_1.proxySettingsFromEnv)(env),
            tuning,
            log: log_1.actionLog,
        });
        (0, log_1.info)((0, report_1.renderEnvironmentsText)(report));
        if (env.GITHUB_STEP_SUMMARY)
            node_fs_1.default.appendFileSync(env.GITHUB_STEP_SUMMARY, (0, report_1.renderEnvironmentsMarkdown)(report));
        core.setOutput('drift', String((0, report_1.hasDrift)(report)));
        core.setOutput('report-json', reportJson(report));
        const failed = report.environments.filter((e) => e.status === 'failed').map((e) => e.name);
        const drifted = report.environments.filter((e) => e.status === 'drift').map((e) => e.name);
        if (failed.length)
            core.setFailed(`environments ${mode}: ${failed.join(', ')} failed (see the job summary for what was applied and what was not)`);
        else if (drifted.length)
            core.setFailed(`environments check: ${drifted.join(', ')} differ from stackgate.yml (run mode: sync to apply it)`);
    }
    catch (e) {
        core.setOutput('drift', 'false');
        (0, fail_step_1.failStep)(e, toWorkspace);
    }
}
/** The report as JSON within the output limit: the lists of changes go first when it is too long. */
function reportJson(report) {
    const json = JSON.stringify(report);
    if (json.length <= channel_budgets_1.OUTPUT_LIMIT)
        return json;
    return JSON.stringify({
        ...report,
        environments: report.environments.map((e) => ({ ...e, changes: [], applied: [], notApplied: [] })),
        note: 'changes left out: over the output limit (see the job summary)',
    });
}


/***/ }),

/***/ 38755:
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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveInputPath = resolveInputPath;
/** The `path` input: a directory inside the workspace (never `/` or a link out of it), and how its file names read from the workspace root. */
const node_path_1 = __importDefault(__webpack_require__(76760));
const core = __importStar(__webpack_require__(37484));
const workspace_files_1 = __webpack_require__(86356);
function resolveInputPath(env) {
    const workspace = node_path_1.default.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
    const inputPath = core.getInput('path') || '.';
    const root = (0, workspace_files_1.inputDirectory)(workspace, inputPath);
    const prefix = node_path_1.default.relative(workspace, root).split(node_path_1.default.sep).join('/');
    return { workspace, root, prefix, toWorkspace: (file) => (!prefix ? file : file === '.' ? prefix : `${prefix}/${file}`) };
}


/***/ }),

/***/ 86356:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputFile = outputFile;
exports.writeOutputFile = writeOutputFile;
exports.readInputFile = readInputFile;
exports.inputDirectory = inputDirectory;
/**
 * Files an action writes (SARIF, reports) and directories it reads (`path`): named by inputs, but
 * the checkout they live in is the pull request's. Every such path must stay inside the workspace
 * or the runner's temporary directory after symbolic links are resolved, so that neither an input
 * nor a link committed to the repository (`reports -> /home/runner/.bashrc`) can make the action
 * write or read elsewhere.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const errors_1 = __webpack_require__(74296);
const regular_file_1 = __webpack_require__(99944);
/** The directories an action may write to: the workspace and RUNNER_TEMP. */
function allowedRoots(env, workspace) {
    return [workspace, env.RUNNER_TEMP].filter((d) => !!d).map((d) => realOrSelf(node_path_1.default.resolve(d)));
}
/**
 * The absolute path for an output file named by `input`, relative to the workspace; its directory
 * is created. A UserError when it would land outside the workspace and RUNNER_TEMP, or on a link.
 */
function outputFile(env, workspace, value, input) {
    const abs = node_path_1.default.resolve(workspace, value);
    const roots = allowedRoots(env, workspace);
    const where = 'it must be inside the workspace or RUNNER_TEMP';
    if (!roots.some((r) => (0, regular_file_1.isInside)(r, realOfNearest(abs))))
        throw new errors_1.UserError(`input "${input}": ${value} is outside the workspace; ${where}`);
    node_fs_1.default.mkdirSync(node_path_1.default.dirname(abs), { recursive: true });
    // The directory exists now: resolve it for real (a link among its parents may point elsewhere).
    if (!roots.some((r) => (0, regular_file_1.isInside)(r, node_fs_1.default.realpathSync(node_path_1.default.dirname(abs)))))
        throw new errors_1.UserError(`input "${input}": ${value} leads outside the workspace through a symbolic link; ${where}`);
    const st = lstatOrUndefined(abs);
    if (st && !st.isFile())
        throw new errors_1.UserError(`input "${input}": ${value} exists and is not a regular file (${st.isSymbolicLink() ? 'a symbolic link' : 'another kind of file'}); not written`);
    return abs;
}
/** Writes a file whose path came from `outputFile`, never through a link planted after the check. */
function writeOutputFile(file, content) {
    const fd = node_fs_1.default.openSync(file, node_fs_1.default.constants.O_WRONLY | node_fs_1.default.constants.O_CREAT | node_fs_1.default.constants.O_TRUNC | node_fs_1.default.constants.O_NOFOLLOW, 0o644);
    try {
        node_fs_1.default.writeFileSync(fd, content);
    }
    finally {
        node_fs_1.default.closeSync(fd);
    }
}
/**
 * The text of a file named by `input` (a previous run's report): a regular file inside the workspace
 * or RUNNER_TEMP after links are resolved, at most `maxBytes`; a UserError otherwise.
 */
function readInputFile(env, workspace, value, input, maxBytes) {
    const abs = node_path_1.default.resolve(workspace, value);
    if (!allowedRoots(env, workspace).some((r) => (0, regular_file_1.isInside)(r, realOfNearest(abs))))
        throw new errors_1.UserError(`input "${input}": ${value} is outside the workspace; it must be inside the workspace or RUNNER_TEMP`);
    const read = (0, regular_file_1.readRegularFile)(workspace, abs, { maxBytes, allowOutside: true });
    if (!read.ok)
        throw new errors_1.UserError(`input "${input}": cannot read ${value}: ${read.message}`);
    return read.text;
}
/** The directory named by input `path`: inside the workspace (after links), not the filesystem root. */
function inputDirectory(workspace, value) {
    const abs = node_path_1.default.resolve(workspace, value);
    if (!node_fs_1.default.existsSync(abs) || !node_fs_1.default.statSync(abs).isDirectory())
        throw new errors_1.UserError(`input "path": not a directory: ${value}`);
    if (!(0, regular_file_1.isInside)(realOrSelf(workspace), node_fs_1.default.realpathSync(abs)))
        throw new errors_1.UserError(`input "path": ${value} is outside the workspace; it must be a directory of the checkout`);
    return abs;
}
function realOrSelf(p) {
    try {
        return node_fs_1.default.realpathSync(p);
    }
    catch {
        return p;
    }
}
/** The real path of `p`'s deepest existing ancestor, with the rest of `p` appended. */
function realOfNearest(p) {
    let dir = p;
    const rest = [];
    while (!node_fs_1.default.existsSync(dir)) {
        const parent = node_path_1.default.dirname(dir);
        if (parent === dir)
            return p;
        rest.unshift(node_path_1.default.basename(dir));
        dir = parent;
    }
    return node_path_1.default.join(realOrSelf(dir), ...rest);
}
function lstatOrUndefined(p) {
    try {
        return node_fs_1.default.lstatSync(p);
    }
    catch {
        return undefined;
    }
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

/***/ 87568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.suggest = suggest;
/** "Did you mean …?" suggestions for unknown keys and ids. */
const fastest_levenshtein_1 = __webpack_require__(21916);
/** The closest candidate within a third of its length (at least 2 edits), or undefined. */
function suggest(word, candidates) {
    if (!candidates.length)
        return undefined;
    const best = (0, fastest_levenshtein_1.closest)(word, [...candidates]);
    const limit = Math.max(2, Math.floor(best.length / 3));
    return (0, fastest_levenshtein_1.distance)(word, best) <= limit ? best : undefined;
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


/***/ })

};
;