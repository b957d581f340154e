"use strict";
exports.id = 598;
exports.ids = [598];
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