"use strict";
exports.id = 3598;
exports.ids = [3598];
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

/***/ 95047:
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
 * actions/readiness: score the checkout and its base in one run, then report it on every channel
 * within its budget — the sticky PR comment, the job summary, annotations for blockers, the JSON
 * report (a file for the artifact step and the `report-json` output) — and fail on blockers or a
 * score under the thresholds. A token that cannot comment (fork PRs), or any GitHub failure while
 * commenting, degrades to a warning (repeated in the summary); it never fails the step.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const core = __importStar(__webpack_require__(37484));
const helm_template_1 = __webpack_require__(13984);
const kubectl_kustomize_1 = __webpack_require__(40592);
const promtool_1 = __webpack_require__(4769);
const score_with_base_1 = __webpack_require__(34594);
const readiness_envelope_1 = __webpack_require__(6080);
const run_context_1 = __webpack_require__(91429);
const post_readiness_comment_1 = __webpack_require__(37544);
const proxy_1 = __webpack_require__(87466);
const version_1 = __webpack_require__(83323);
const types_1 = __webpack_require__(15200);
const errors_1 = __webpack_require__(74296);
const gate_1 = __webpack_require__(15169);
const render_1 = __webpack_require__(84034);
const channel_budgets_1 = __webpack_require__(4882);
const fail_step_1 = __webpack_require__(61982);
const log_1 = __webpack_require__(15577);
const input_path_1 = __webpack_require__(38755);
const workspace_files_1 = __webpack_require__(86356);
const comment_settings_1 = __webpack_require__(771);
const blocker_annotations_1 = __webpack_require__(88429);
async function run(env = process.env, options = {}) {
    const { workerEntry } = options;
    let toWorkspace = (file) => file;
    let workspace;
    let root;
    try {
        ({ workspace, root, toWorkspace } = (0, input_path_1.resolveInputPath)(env));
        const context = (0, run_context_1.readRunContext)(env);
        const baseInput = core.getInput('base');
        const base = baseInput === 'none' ? undefined : baseInput || context.baseSha;
        const failUnder = (0, gate_1.parseFailUnder)(core.getInput('fail-under') || undefined, 'input "fail-under"');
        const { minimums, errors } = (0, gate_1.parseMinimums)(core.getInput('category-minimums'), types_1.READINESS_CATEGORIES);
        if (errors.length)
            throw new errors_1.UserError(`input "category-minimums": ${errors.join('; ')}`);
        const modeInput = (0, comment_settings_1.parseCommentMode)(core.getInput('comment'));
        const keyInput = core.getInput('comment-key');
        if (keyInput)
            (0, comment_settings_1.checkCommentKey)(keyInput, 'input "comment-key"');
        const annotate = (0, blocker_annotations_1.parseAnnotateMode)(core.getInput('annotate'));
        const proxy = (0, proxy_1.proxySettingsFromEnv)(env);
        const result = await (0, score_with_base_1.scoreWithBase)({ root, configPath: core.getInput('config') || undefined, base, secrets: core.getInput('secrets') !== 'false', workerEntry, toolVersion: version_1.VERSION, proxy }, { externalTools: { promtool: (0, promtool_1.createPromtoolRunner)(), helm: (0, helm_template_1.createHelmRenderer)(), kustomize: (0, kubectl_kustomize_1.createKustomizeRenderer)() }, log: log_1.actionLog });
        // Before anything else reaches the log: the runner masks these values everywhere from now on.
        for (const value of result.valuesToMask)
            core.setSecret(value);
        const envelope = (0, readiness_envelope_1.readinessEnvelope)(result, {
            thresholds: { failUnder, minimums },
            pullRequest: context.pullRequest,
            commentKey: keyInput,
            toFile: toWorkspace,
        });
        const { report, verdict, notes } = envelope;
        const mode = modeInput ?? result.config.readiness.comment.mode;
        (0, log_1.info)((0, render_1.renderReadinessText)(report, { delta: result.delta, verdict }));
        if (result.baseProblem)
            core.warning(result.baseProblem);
        // The JSON report: a file (for the artifact step and later jobs) and the output.
        const reportDir = core.getInput('report-dir') || node_path_1.default.join(env.RUNNER_TEMP ?? workspace, 'stackgate-readiness');
        const reportFile = (0, workspace_files_1.outputFile)(env, workspace, node_path_1.default.join(reportDir, 'readiness.json'), 'report-dir');
        (0, workspace_files_1.writeOutputFile)(reportFile, `${JSON.stringify(envelope, null, 2)}\n`);
        core.setOutput('report-json', reportFile);
        core.setOutput('score', String(report.score));
        core.setOutput('grade', report.grade);
        core.setOutput('passed', String(verdict.passed));
        const linkBase = (0, run_context_1.blobLinkBase)(context, context.pullRequest?.headSha ?? context.sha);
        // Annotations: blockers are errors, and GitHub shows ANNOTATION_LIMIT errors of a step. With
        // `annotate: repository-checks` (the all-in-one action) only those its validate and secrets steps did not annotate.
        const annotated = (0, blocker_annotations_1.blockersToAnnotate)(report.blockers, annotate);
        annotated
            .slice(0, channel_budgets_1.ANNOTATION_LIMIT)
            .forEach((b) => core.error(b.message, { title: `stackgate readiness blocker: ${b.checkId}`, file: b.file, startLine: b.line }));
        if (annotated.length > channel_budgets_1.ANNOTATION_LIMIT)
            (0, log_1.info)(`${annotated.length - channel_budgets_1.ANNOTATION_LIMIT} more blockers are listed in the job summary and ${reportFile}`);
        if (annotated.length < report.blockers.length && annotate === 'repository-checks')
            (0, log_1.info)(`${report.blockers.length - annotated.length} blockers of validate's checks and of secrets are not annotated again here (annotate: repository-checks)`);
        // The comment (pull requests only). Whatever GitHub answers, the summary below is still written.
        let commentNote;
        let commentBug;
        if (context.pullRequest && mode !== 'off') {
            const token = core.getInput('github-token');
            if (!token)
                commentNote = 'no github-token: the readiness comment was not posted';
            else {
                try {
                    const outcome = await (0, post_readiness_comment_1.postReadinessComment)({
                        envelope,
                        token,
                        apiUrl: context.apiUrl,
                        owner: context.repository?.owner,
                        repo: context.repository?.repo,
                        mode,
                        linkBase,
                        tuning: options.github,
                        proxy,
                    }, { log: log_1.actionLog });
                    if (outcome.kind === 'posted')
                        core.setOutput('comment-id', String(outcome.commentId));
                    else
                        commentNote = outcome.reason;
                }
                catch (e) {
                    // A bug, not a GitHub failure: reported as one below, once the summary is written.
                    commentBug = e;
                    commentNote = 'the readiness comment was not posted (internal error, see the step log)';
                }
            }
        }
        if (commentNote)
            core.warning(commentNote);
        if (env.GITHUB_STEP_SUMMARY) {
            const summaryNotes = commentNote ? [...notes, commentNote] : notes;
            const fullReportHint = `the report artifact (${node_path_1.default.basename(reportFile)})`;
            // GitHub's limit is in bytes; the renderer counts characters, and file names can be multi-byte.
            const markdown = (0, render_1.renderReadinessMarkdown)(report, {
                delta: result.delta,
                verdict,
                linkBase,
                maxChars: channel_budgets_1.SUMMARY_LIMIT,
                notes: summaryNotes,
                fullReportHint,
            });
            node_fs_1.default.appendFileSync(env.GITHUB_STEP_SUMMARY, (0, channel_budgets_1.fitBytes)(markdown, channel_budgets_1.SUMMARY_LIMIT, `see ${fullReportHint}`));
        }
        if (commentBug !== undefined)
            throw commentBug;
        if (!verdict.passed)
            core.setFailed(`readiness ${report.score}% (grade ${report.grade}): ${verdict.reasons.join('; ')}`);
    }
    catch (e) {
        (0, fail_step_1.failStep)(e, toWorkspace);
    }
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

/***/ 13984:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createHelmRenderer = createHelmRenderer;
exports.describeFailure = describeFailure;
/**
 * Runs the real `helm template` on a chart directory for validate()'s `externalTools.helm`: the
 * chart's own values, the default release name, a placeholder namespace (validate drops it: the release's
 * namespace is chosen at install time), no network (dependencies must be in charts/ already;
 * helm says so when they are not, and validate reports the chart as not rendered).
 */
const node_child_process_1 = __webpack_require__(31421);
const helm_charts_1 = __webpack_require__(98644);
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_MESSAGE_CHARS = 600;
function createHelmRenderer(options = {}) {
    const binary = options.binary ?? 'helm';
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let isMissing = false;
    return (absChartDir) => {
        if (isMissing)
            return undefined;
        const res = (0, node_child_process_1.spawnSync)(binary, ['template', absChartDir, '--namespace', helm_charts_1.RELEASE_NAMESPACE_PLACEHOLDER], {
            encoding: 'utf8',
            timeout: timeoutMs,
            maxBuffer: 64 * 1024 * 1024,
            windowsHide: true,
        });
        if (res.error) {
            const code = res.error.code;
            if (code === 'ENOENT') {
                isMissing = true;
                return undefined;
            }
            return { ok: false, message: code === 'ETIMEDOUT' ? `helm did not finish within ${timeoutMs} ms` : `could not run ${binary}: ${res.error.message}` };
        }
        if (res.status === 0)
            return { ok: true, stdout: res.stdout ?? '' };
        return { ok: false, message: describeFailure(res.stderr ?? '', absChartDir, res.status ?? res.signal) };
    };
}
/** helm's error without its `Error: ` prefix, the chart's absolute path or helm's debug hint, on one line. */
function describeFailure(stderr, absChartDir, status) {
    const text = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !/^Use --debug flag/i.test(l))
        .join('; ')
        .replace(/^Error:\s*/i, '')
        .split(`${absChartDir}/`)
        .join('')
        .split(absChartDir)
        .join('.');
    if (!text)
        return `helm exited with status ${status}`;
    return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}


/***/ }),

/***/ 40592:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createKustomizeRenderer = createKustomizeRenderer;
exports.describeKustomizeFailure = describeKustomizeFailure;
/**
 * Runs the real `kubectl kustomize` on an overlay for validate()'s `externalTools.kustomize`. The
 * overlay is built through a throw-away kustomization (in the system's temporary directory) that
 * includes it with `buildMetadata: [originAnnotations]`, so every built object says which file it
 * came from; kustomize needs relative paths for that, hence LoadRestrictionsNone. Offline: remote
 * bases fail, and validate reports the failure.
 */
const node_child_process_1 = __webpack_require__(31421);
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_MESSAGE_CHARS = 600;
function createKustomizeRenderer(options = {}) {
    const binary = options.binary ?? 'kubectl';
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let isMissing = false;
    return (absDir) => {
        if (isMissing)
            return undefined;
        const wrapper = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), 'stackgate-kustomize-'));
        try {
            const overlay = node_path_1.default.relative(wrapper, absDir).split(node_path_1.default.sep).join('/');
            node_fs_1.default.writeFileSync(node_path_1.default.join(wrapper, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nbuildMetadata: [originAnnotations]\nresources:\n  - ${JSON.stringify(overlay)}\n`);
            const res = (0, node_child_process_1.spawnSync)(binary, ['kustomize', '--load-restrictor=LoadRestrictionsNone', wrapper], {
                encoding: 'utf8',
                timeout: timeoutMs,
                maxBuffer: 64 * 1024 * 1024,
                windowsHide: true,
            });
            if (res.error) {
                const code = res.error.code;
                if (code === 'ENOENT') {
                    isMissing = true;
                    return undefined;
                }
                return {
                    ok: false,
                    message: code === 'ETIMEDOUT' ? `kubectl kustomize did not finish within ${timeoutMs} ms` : `could not run ${binary}: ${res.error.message}`,
                };
            }
            if (res.status === 0)
                return { ok: true, stdout: res.stdout ?? '', originDir: wrapper };
            return { ok: false, message: describeKustomizeFailure(res.stderr ?? '', wrapper, absDir, res.status ?? res.signal, overlay) };
        }
        finally {
            node_fs_1.default.rmSync(wrapper, { recursive: true, force: true });
        }
    };
}
/** kubectl's error on one line: its log prefix, deprecation warnings and the temporary paths removed. */
function describeKustomizeFailure(stderr, wrapper, absDir, status, overlay = '') {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !/^# Warning:/.test(l))
        .map((l) => l
        .replace(/^E\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\]\s*/, '')
        .replace(/^"command failed" err="(.*)"$/, '$1')
        .replace(/^error:\s*/i, ''))
        .join('; ');
    // Paths as the machine has them, longest first: the overlay as the throw-away kustomization names it
    // (from the temporary directory), files under the overlay, the overlay itself, the temporary directory.
    const replacements = [
        ...(overlay ? [[`'${overlay}'`, "'.'"]] : []),
        [`${absDir}/`, ''],
        [absDir, '.'],
        [wrapper, '<overlay>'],
    ];
    const text = replacements.reduce((t, [from, to]) => t.split(from).join(to), lines);
    if (!text)
        return `kubectl kustomize exited with status ${status}`;
    return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}


/***/ }),

/***/ 4769:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createPromtoolRunner = createPromtoolRunner;
exports.parseOutput = parseOutput;
exports.normalizeBlock = normalizeBlock;
/**
 * Runs the real `promtool check rules|config` and turns its output into per-file results for
 * validate()'s `externalTools.promtool`. promtool prints `Checking <file>` on stdout for every file,
 * followed by `SUCCESS: ...` when it passed; failures go to stderr as one `FAILED:` block per failed
 * file, in the same order. Messages are rewritten to start with `line N, column M:` whenever the
 * position is known (from promtool itself or by finding the rule or value it names in the file), so
 * the engine can point at the line.
 */
const node_child_process_1 = __webpack_require__(31421);
const node_fs_1 = __importDefault(__webpack_require__(73024));
const yaml_1 = __webpack_require__(38815);
const DEFAULT_TIMEOUT_MS = 60_000;
function createPromtoolRunner(options = {}) {
    const binary = options.binary ?? 'promtool';
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let supportsLintFlag = true;
    const spawn = (mode, files) => {
        // --syntax-only: referenced rule files are checked on their own, and credential or TLS files
        // named in the config usually exist only where Prometheus runs.
        // --lint=none: duplicate rules are reported by monitoring/duplicate-rule, and lint output has no file prefix.
        const args = mode === 'rules' ? ['check', 'rules', ...(supportsLintFlag ? ['--lint=none'] : []), ...files] : ['check', 'config', '--syntax-only', ...files];
        return (0, node_child_process_1.spawnSync)(binary, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, windowsHide: true });
    };
    const runBatch = (mode, files) => {
        let res = spawn(mode, files);
        if (!res.error && mode === 'rules' && supportsLintFlag && /unknown long flag '--lint'/.test(res.stderr ?? '')) {
            // promtool before 2.34 has no --lint; it does not lint either.
            supportsLintFlag = false;
            res = spawn(mode, files);
        }
        if (res.error) {
            const code = res.error.code;
            if (code === 'ENOENT')
                return undefined;
            const detail = code === 'ETIMEDOUT' ? `promtool did not finish within ${timeoutMs} ms` : `could not run ${binary}: ${res.error.message}`;
            return files.map((file) => ({ file, ok: false, messages: [detail] }));
        }
        const stdout = res.stdout ?? '';
        const stderr = res.stderr ?? '';
        const parsed = parseOutput(stdout, stderr, files);
        if (parsed)
            return parsed.map((r) => ({ ...r, messages: r.ok ? r.messages : locateMessages(r.file, r.messages) }));
        // Output we cannot attribute (a usage error such as a missing file aborts the whole run).
        if (files.length > 1) {
            const out = [];
            for (const f of files) {
                const one = runBatch(mode, [f]);
                if (!one)
                    return undefined;
                out.push(...one);
            }
            return out;
        }
        const text = `${stderr}\n${stdout}`
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l && !/^Checking /.test(l) && !/^FAILED:?$/.test(l));
        const ok = res.status === 0;
        return [
            {
                file: files[0],
                ok,
                messages: ok ? [] : text.length ? text.map((l) => stripPrefixes(l, files[0])) : [`promtool exited with status ${res.status ?? res.signal}`],
            },
        ];
    };
    return (mode, absFiles) => (absFiles.length ? runBatch(mode, absFiles) : []);
}
/** Results per file, or undefined when the output cannot be attributed to the files reliably. */
function parseOutput(stdout, stderr, files) {
    const checked = [];
    for (const line of stdout.split(/\r?\n/)) {
        const m = /^Checking (.+)$/.exec(line);
        if (m)
            checked.push({ file: m[1], ok: false });
        else if (/^\s*SUCCESS\b/.test(line) && checked.length)
            checked[checked.length - 1].ok = true;
    }
    if (checked.length !== files.length || checked.some((c, i) => c.file !== files[i]))
        return undefined;
    const blocks = [];
    for (const line of stderr.split(/\r?\n/)) {
        const m = /^\s*FAILED:\s*(.*)$/.exec(line);
        if (m) {
            blocks.push(m[1] ? [m[1]] : []);
            continue;
        }
        if (!line.trim())
            continue;
        if (!blocks.length)
            return undefined;
        blocks[blocks.length - 1].push(line);
    }
    const failed = checked.filter((c) => !c.ok);
    if (failed.length !== blocks.length)
        return undefined;
    let b = 0;
    return checked.map((c) => (c.ok ? { file: c.file, ok: true, messages: [] } : { file: c.file, ok: false, messages: normalizeBlock(blocks[b++], c.file) }));
}
/** One message per problem: file prefixes removed, `5:15: ...` turned into `line 5, column 15: ...`, unmarshal lists split. */
function normalizeBlock(lines, file) {
    const out = [];
    let header;
    for (const raw of lines) {
        const indented = /^\s/.test(raw);
        const text = stripPrefixes(raw.trim(), file);
        if (indented && header !== undefined) {
            // "yaml: unmarshal errors:" followed by "  line 6: field x not found ...".
            if (out[out.length - 1] === header)
                out.pop();
            out.push(`${header} ${text}`);
            continue;
        }
        header = text.endsWith(':') ? text : undefined;
        out.push(text);
    }
    const messages = [...new Set(out.filter(Boolean))];
    return messages.length ? messages : ['promtool reported a failure without details'];
}
function stripPrefixes(text, file) {
    let t = text;
    if (t.startsWith(`${file}: `))
        t = t.slice(file.length + 2);
    const parsing = `parsing YAML file ${file}: `;
    if (t.startsWith(parsing))
        t = t.slice(parsing.length);
    const pos = /^(\d+):(\d+): (.*)$/.exec(t);
    if (pos)
        t = `line ${pos[1]}, column ${pos[2]}: ${pos[3]}`;
    return t;
}
/** Adds `line N:` to messages without a position when the rule or value they name can be found in the file. */
function locateMessages(file, messages) {
    if (messages.every((m) => /\bline \d+/.test(m)))
        return messages;
    let text;
    try {
        text = node_fs_1.default.readFileSync(file, 'utf8');
    }
    catch {
        // The file vanished or is unreadable: keep promtool's words, the engine reports line 1.
        return messages;
    }
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter, uniqueKeys: false });
    return messages.map((m) => {
        if (/\bline \d+/.test(m))
            return m;
        const offset = findOffset(doc.contents, m);
        return offset === undefined ? m : `line ${lineCounter.linePos(offset).line}: ${m}`;
    });
}
function findOffset(root, message) {
    if (!root)
        return undefined;
    const ruleRef = /group "((?:[^"\\]|\\.)*)", rule (\d+)/.exec(message);
    if (ruleRef) {
        const rule = findRule(root, JSON.parse(`"${ruleRef[1]}"`), Number(ruleRef[2]) - 1);
        if (rule) {
            const annotation = /annotation "([^"]+)"/.exec(message)?.[1];
            const label = /invalid label name: (\S+)/.exec(message)?.[1] ?? /label "([^"]+)"/.exec(message)?.[1];
            const inner = (annotation && keyOffset(rule, 'annotations', annotation)) ?? (label && keyOffset(rule, 'labels', label));
            return typeof inner === 'number' ? inner : rule.range?.[0];
        }
    }
    const quoted = [...message.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
    const value = quoted[quoted.length - 1];
    if (value === undefined)
        return undefined;
    const hits = [];
    (0, yaml_1.visit)(root, {
        Scalar(_key, node) {
            if (String(node.value) === value && node.range)
                hits.push(node.range[0]);
        },
    });
    // "found multiple scrape configs with job name "a"", "groupname: "g" is repeated": the second one is the problem.
    if (/multiple|repeated|duplicate/.test(message) && hits.length > 1)
        return hits[1];
    return hits[0];
}
function findRule(root, groupName, index) {
    if (!(0, yaml_1.isMap)(root))
        return undefined;
    const groups = root.get('groups', true);
    if (!(0, yaml_1.isSeq)(groups))
        return undefined;
    for (const g of groups.items) {
        if (!(0, yaml_1.isMap)(g))
            continue;
        const name = g.get('name', true);
        if (!(0, yaml_1.isScalar)(name) || String(name.value) !== groupName)
            continue;
        const rules = g.get('rules', true);
        const rule = (0, yaml_1.isSeq)(rules) ? rules.items[index] : undefined;
        return rule ? rule : undefined;
    }
    return undefined;
}
function keyOffset(rule, section, key) {
    if (!(0, yaml_1.isMap)(rule))
        return undefined;
    const map = rule.get(section, true);
    if (!(0, yaml_1.isMap)(map))
        return undefined;
    for (const pair of map.items) {
        if ((0, yaml_1.isScalar)(pair.key) && String(pair.key.value) === key)
            return pair.key.range?.[0];
    }
    return undefined;
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

/***/ 88429:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ANNOTATE_MODES = void 0;
exports.parseAnnotateMode = parseAnnotateMode;
exports.blockersToAnnotate = blockersToAnnotate;
/**
 * Which readiness blockers a step annotates. Alone, the readiness action annotates every blocker.
 * In the all-in-one action its validate and secrets steps have already annotated theirs (error
 * findings of validate's checks, secrets the pull request adds), so the readiness step annotates
 * only blockers of repository-level checks (workflows, docs, environments, MCP services), which
 * neither of them reports: the same finding never shows twice on a line.
 */
const index_1 = __webpack_require__(12293);
const errors_1 = __webpack_require__(74296);
const score_1 = __webpack_require__(32466);
exports.ANNOTATE_MODES = ['all', 'repository-checks', 'none'];
/** An action's `annotate` input; empty means all. */
function parseAnnotateMode(input, where = 'input "annotate"') {
    if (!input)
        return 'all';
    if (!exports.ANNOTATE_MODES.includes(input))
        throw new errors_1.UserError(`${where}: expected one of ${exports.ANNOTATE_MODES.join(', ')}, got "${input}"`);
    return input;
}
const REPOSITORY_CHECKS = new Set(index_1.CHECKS.filter((c) => c.target === 'repository').map((c) => c.id));
/** The blockers to annotate in `mode`, in the report's order. */
function blockersToAnnotate(blockers, mode) {
    if (mode === 'none')
        return [];
    if (mode === 'all')
        return [...blockers];
    return blockers.filter((b) => REPOSITORY_CHECKS.has(b.checkId) && b.checkId !== score_1.SECRETS_CHECK_ID);
}


/***/ })

};
;