"use strict";
exports.id = 4921;
exports.ids = [4921];
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

/***/ 70509:
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
 * actions/validate: read inputs -> validate -> annotations, job summary, SARIF and outputs.
 * Everything from the environment is read here and passed down as plain options.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const core = __importStar(__webpack_require__(37484));
const changed_files_1 = __webpack_require__(19485);
const run_context_1 = __webpack_require__(91429);
const helm_template_1 = __webpack_require__(13984);
const kubectl_kustomize_1 = __webpack_require__(40592);
const promtool_1 = __webpack_require__(4769);
const validate_repository_1 = __webpack_require__(99574);
const errors_1 = __webpack_require__(74296);
const findings_1 = __webpack_require__(44637);
const formats_1 = __webpack_require__(54226);
const stacks_touched_1 = __webpack_require__(90818);
const version_1 = __webpack_require__(83323);
const channel_budgets_1 = __webpack_require__(4882);
const fail_step_1 = __webpack_require__(61982);
const input_path_1 = __webpack_require__(38755);
const log_1 = __webpack_require__(15577);
const workspace_files_1 = __webpack_require__(86356);
/** `workerEntry`: validate's worker bundle (dist/validate-worker/index.js); without it validate runs on one thread. */
async function run(env = process.env, workerEntry) {
    let toWorkspace = (file) => file;
    try {
        const input = (0, input_path_1.resolveInputPath)(env);
        const { workspace, root, prefix } = input;
        toWorkspace = input.toWorkspace;
        const context = (0, run_context_1.readRunContext)(env);
        const range = context.changeRange;
        const result = await (0, validate_repository_1.validateRepository)({
            root,
            configPath: core.getInput('config') || undefined,
            failOn: core.getInput('fail-on') || undefined,
            invalidInput: (_input, value) => new errors_1.UserError(`input "fail-on": unknown severity "${value}"`, { hint: 'use error, warning, info or never' }),
            changes: range && { workspace, range, prefix },
            changedOnly: core.getBooleanInput('changed-only'),
        }, { log: log_1.actionLog, externalTools: { promtool: (0, promtool_1.createPromtoolRunner)(), helm: (0, helm_template_1.createHelmRenderer)(), kustomize: (0, kubectl_kustomize_1.createKustomizeRenderer)() }, workerEntry });
        const { changed, failOn, summary, validation } = result;
        // Before anything else reaches the log: the runner masks these values everywhere from now on.
        for (const value of validation.valuesToMask)
            core.setSecret(value);
        const findings = validation.findings.map((f) => ({ ...f, file: toWorkspace(f.file) }));
        const counts = (0, findings_1.countFindings)(findings);
        (0, log_1.info)((0, formats_1.renderFormat)('text', findings, summary, { color: false, toolVersion: version_1.VERSION }));
        // GitHub shows ANNOTATION_LIMIT annotations of each level of a step: of each, those on changed
        // lines first, then in changed files. The diff is read only when a level has more than that.
        const lines = range && changed && (0, channel_budgets_1.exceedsAnnotationLimit)(findings) ? changedLinesOrNone(workspace, range) : undefined;
        const annotations = (0, channel_budgets_1.selectAnnotations)(findings, channel_budgets_1.ANNOTATION_LIMIT, (f) => (lines?.get(f.file)?.has(f.line) ? 2 : lines?.has(f.file) ? 1 : 0));
        annotations.shown.forEach((f) => {
            const props = { title: f.checkId, file: f.file, startLine: f.line, startColumn: f.column };
            if (f.severity === 'error')
                core.error(f.message, props);
            else if (f.severity === 'warning')
                core.warning(f.message, props);
            else
                core.notice(f.message, props);
        });
        if (annotations.omitted)
            (0, log_1.info)(`${omittedNote(annotations.omittedBySeverity)} not annotated (GitHub shows ${channel_budgets_1.ANNOTATION_LIMIT} errors, ${channel_budgets_1.ANNOTATION_LIMIT} warnings and ${channel_budgets_1.ANNOTATION_LIMIT} notices per step): they are in the log above, the job summary and SARIF`);
        const sarifInput = core.getInput('sarif-file');
        if (sarifInput) {
            const sarifPath = (0, workspace_files_1.outputFile)(env, workspace, sarifInput, 'sarif-file');
            (0, workspace_files_1.writeOutputFile)(sarifPath, (0, formats_1.renderFormat)('sarif', findings, summary, { color: false, toolVersion: version_1.VERSION }));
            core.setOutput('sarif-file', sarifPath);
        }
        const linkBase = (0, run_context_1.blobLinkBase)(context, context.sha);
        if (env.GITHUB_STEP_SUMMARY) {
            // Appended directly: @actions/core's summary caches the file path of the first step it ran in.
            node_fs_1.default.appendFileSync(env.GITHUB_STEP_SUMMARY, (0, formats_1.renderFormat)('markdown', findings, summary, {
                color: false,
                toolVersion: version_1.VERSION,
                linkBase,
                moreHint: sarifInput ? `the step log and ${sarifInput}` : 'the step log',
            }));
        }
        core.setOutput('errors', String(counts.error));
        core.setOutput('warnings', String(counts.warning));
        core.setOutput('stacks', JSON.stringify((0, stacks_touched_1.stacksTouched)(validation.compose, changed)));
        if (result.failed) {
            core.setFailed(`stackgate found ${counts.error} errors and ${counts.warning} warnings (fail-on: ${failOn})`);
        }
    }
    catch (e) {
        (0, fail_step_1.failStep)(e, toWorkspace);
    }
}
/** Workspace-relative file -> changed line numbers; none when git cannot tell (the ranking falls back to severity). */
function changedLinesOrNone(workspace, range) {
    try {
        return (0, changed_files_1.changedLines)(workspace, range);
    }
    catch (e) {
        core.warning(`cannot read the changed lines (${(0, errors_1.toError)(e).message.split('\n')[0]}); annotations are ranked by severity only`);
        return undefined;
    }
}
/** `3 more errors and 12 more notices are` */
function omittedNote(omitted) {
    const words = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['notice', 'notices'] };
    const parts = Object.keys(words).filter((s) => omitted[s]).map((s) => `${omitted[s]} more ${words[s][omitted[s] === 1 ? 0 : 1]}`);
    const total = Object.values(omitted).reduce((a, b) => a + b, 0);
    return `${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]} ${total === 1 ? 'is' : 'are'}`;
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

/***/ 58314:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.coreCount = coreCount;
exports.threadCount = threadCount;
/** How many threads a run uses; apart from thread-pool.ts, so that deciding loads no worker code. */
const node_os_1 = __importDefault(__webpack_require__(48161));
/** The cores this process may use. */
function coreCount() {
    return node_os_1.default.availableParallelism?.() ?? node_os_1.default.cpus().length;
}
/** Threads to use: `requested`, else one per core; at least one, at most one per item. */
function threadCount(requested, items) {
    return Math.max(1, Math.min(requested ?? coreCount(), items));
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

/***/ 80375:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SARIF_CATEGORY = exports.FINGERPRINT_KEY = exports.SARIF_SCHEMA_URI = void 0;
exports.renderSarif = renderSarif;
exports.buildSarif = buildSarif;
exports.pascalCase = pascalCase;
exports.normalizeUri = normalizeUri;
/**
 * SARIF 2.1.0 (`--format sarif`) for GitHub code scanning and other SARIF viewers. Every known check
 * is listed as a rule (so code scanning can show its help for any alert), results point at
 * repository-relative URIs under %SRCROOT%, and partial fingerprints leave the line out so an alert
 * follows its finding when lines above it move.
 */
const node_crypto_1 = __webpack_require__(77598);
const catalogue_1 = __webpack_require__(78672);
const types_1 = __webpack_require__(15200);
const channel_budgets_1 = __webpack_require__(4882);
const summary_1 = __webpack_require__(26942);
exports.SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key; bump the version if the hashed fields ever change. */
exports.FINGERPRINT_KEY = 'stackgate/v1';
/**
 * `runs[].automationDetails.id` of each kind of run. Code scanning keeps one analysis per tool and
 * category, and rejects an upload holding two runs of the same tool and category: validate and
 * secrets runs differ by theirs. The trailing `/` makes the whole id the category (no run id after it).
 */
exports.SARIF_CATEGORY = { validate: 'stackgate/validate/', secrets: 'stackgate/secrets/' };
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning shows rules with a `security-severity` as security alerts, ranked by it. */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', info: '2.0' };
function renderSarif(findings, checks, options) {
    return `${JSON.stringify(buildSarif(findings, checks, options), null, 2)}\n`;
}
function buildSarif(findings, checks, options) {
    const kept = (0, channel_budgets_1.selectMostSevere)(findings, options.maxResults ?? channel_budgets_1.SARIF_RESULT_LIMIT);
    const sorted = (0, summary_1.sortFindings)(kept.shown);
    const known = [...checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const rules = known.map((c) => ruleOf(c, options));
    const ruleIndex = new Map(known.map((c, i) => [c.id, i]));
    // A finding from a check missing from the list (an alias, a plugin) still needs a rule to point at.
    for (const f of sorted) {
        if (ruleIndex.has(f.checkId))
            continue;
        ruleIndex.set(f.checkId, rules.length);
        rules.push(unknownRuleOf(f));
    }
    const occurrences = new Map();
    const results = sorted.map((f) => {
        const identity = [f.checkId, normalizeUri(f.file), f.message].join('\u0000');
        const n = (occurrences.get(identity) ?? 0) + 1;
        occurrences.set(identity, n);
        return resultOf(f, ruleIndex.get(f.checkId), `${sha256(identity)}:${n}`);
    });
    return {
        $schema: exports.SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'stackgate',
                        version: options.toolVersion,
                        semanticVersion: /^\d+\.\d+\.\d+/.test(options.toolVersion) ? options.toolVersion : undefined,
                        informationUri: options.informationUri,
                        rules,
                    },
                },
                automationDetails: { id: options.category },
                originalUriBaseIds: {
                    '%SRCROOT%': options.srcRootUri
                        ? { uri: options.srcRootUri.endsWith('/') ? options.srcRootUri : `${options.srcRootUri}/` }
                        : { description: { text: 'The root of the repository that was validated.' } },
                },
                columnKind: 'utf16CodeUnits',
                ...(kept.omitted
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        descriptor: { id: 'stackgate/results-omitted' },
                                        message: {
                                            text: `${kept.omitted} of ${findings.length} results were left out of this run (at most ${options.maxResults ?? channel_budgets_1.SARIF_RESULT_LIMIT}, the most severe kept); run stackgate with --format json for all of them.`,
                                        },
                                    },
                                ],
                            },
                        ],
                    }
                    : {}),
                results,
            },
        ],
    };
}
function ruleOf(check, options) {
    const { title, rationale, remediation, category, severity } = check.meta;
    const helpUri = options.helpUriBase ? `${options.helpUriBase}#${(0, catalogue_1.anchorOf)(check.id)}` : undefined;
    const tags = [category, (0, types_1.domainOf)(check.id)];
    if (check.meta.productionOnly)
        tags.push('production');
    return {
        id: check.id,
        name: pascalCase(check.id),
        shortDescription: { text: title },
        fullDescription: { text: rationale },
        help: {
            text: `${rationale}\n\nHow to fix: ${remediation}`,
            markdown: `${rationale}\n\n**How to fix:** ${remediation}${helpUri ? `\n\n[Documentation](${helpUri})` : ''}`,
        },
        helpUri,
        defaultConfiguration: { level: LEVEL[severity] },
        properties: {
            category,
            tags,
            ...(category === 'security' ? { 'security-severity': SECURITY_SEVERITY[severity] } : {}),
        },
    };
}
function unknownRuleOf(f) {
    return {
        id: f.checkId,
        name: pascalCase(f.checkId),
        shortDescription: { text: f.checkId },
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: { category: f.category, tags: [f.category] },
    };
}
function resultOf(f, ruleIndex, fingerprint) {
    const startLine = Math.max(1, Math.trunc(f.line) || 1);
    const startColumn = Math.max(1, Math.trunc(f.column) || 1);
    const region = { startLine, startColumn };
    if (typeof f.endLine === 'number' && f.endLine >= startLine)
        region.endLine = f.endLine;
    if (typeof f.endColumn === 'number' && f.endColumn >= 1 && ((region.endLine ?? startLine) > startLine || f.endColumn >= startColumn)) {
        region.endColumn = f.endColumn;
    }
    const properties = {};
    if (f.environments?.length)
        properties.environments = [...f.environments];
    if (f.subject)
        properties.subject = f.subject;
    return {
        ruleId: f.checkId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: normalizeUri(f.file), uriBaseId: '%SRCROOT%' }, region } }],
        partialFingerprints: { [exports.FINGERPRINT_KEY]: fingerprint },
        ...(Object.keys(properties).length ? { properties } : {}),
    };
}
/** `compose/healthcheck-missing` -> `ComposeHealthcheckMissing` */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/**
 * A repository-relative path as a relative URI reference: forward slashes, no leading `./` or `/`,
 * and each segment percent-encoded (spaces, `#`, `?`, `%` and non-ASCII would otherwise break it).
 */
function normalizeUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/%(40|2B|3D|2C|3B|24|26)/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))))
        .join('/');
}
function sha256(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text, 'utf8').digest('hex');
}


/***/ }),

/***/ 92387:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUPPRESSION_PREFIX = exports.SECRET_RULE_IDS = exports.GENERIC_RULE_IDS = void 0;
exports.secretSuppressionIds = secretSuppressionIds;
/** Every id a secret finding can carry, and the form inline suppressions use (`secrets:<rule-id>`). */
const index_1 = __webpack_require__(62117);
exports.GENERIC_RULE_IDS = ['generic-secret-assignment', 'generic-url-credentials', 'kubernetes-secret-data'];
exports.SECRET_RULE_IDS = [...index_1.SECRET_RULES.map((r) => r.id), ...exports.GENERIC_RULE_IDS];
exports.SUPPRESSION_PREFIX = 'secrets:';
function secretSuppressionIds() {
    return new Set(exports.SECRET_RULE_IDS.map((id) => `${exports.SUPPRESSION_PREFIX}${id}`));
}


/***/ }),

/***/ 90818:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stacksTouched = stacksTouched;
/** Which Compose stacks a change touches (for a matrix fan-out of deploy jobs). */
const node_path_1 = __importDefault(__webpack_require__(76760));
const project_1 = __webpack_require__(19409);
/**
 * A stack is touched when one of its layer files, an env file it reads, or a file next to its base
 * file (Dockerfiles, configs mounted into it) changed. With no change list, every stack is touched.
 */
function stacksTouched(project, changed) {
    const names = [];
    for (const stack of project.stacks) {
        if (!changed) {
            names.push(stack.name);
            continue;
        }
        const layers = [...(0, project_1.stackFiles)(stack), ...stack.envFiles];
        const baseDir = node_path_1.default.posix.dirname(stack.files[0]);
        const hit = [...changed].some((f) => layers.includes(f) || (baseDir !== '.' && f.startsWith(`${baseDir}/`)) || f === `${baseDir === '.' ? '' : `${baseDir}/`}.env`);
        if (hit)
            names.push(stack.name);
    }
    return [...new Set(names)].sort();
}


/***/ }),

/***/ 28311:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseSuppressions = parseSuppressions;
exports.isSuppressed = isSuppressed;
// `stackgate-ignore <check-id>: <reason>` or, for the secret scanner, `stackgate-ignore secrets:<rule-id> <reason>`.
const DIRECTIVE = /(?:#|\/\/|<!--|\/\*)\s*stackgate-ignore(-file)?\b[ \t]*(secrets:[A-Za-z0-9-]+|[^\s:]*)[ \t]*:?[ \t]*(.*?)\s*(?:-->|\*\/)?$/;
/**
 * @param knownIds ids a suppression may name (check ids, and `secrets:<rule-id>`)
 * @param prefix only directives whose id starts with it are considered (the secret scanner passes `secrets:`)
 */
function parseSuppressions(text, knownIds, prefix = '') {
    const suppressions = [];
    const invalid = [];
    if (!text.includes('stackgate-ignore'))
        return { suppressions, invalid };
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const m = DIRECTIVE.exec(raw);
        if (!m)
            return;
        const lineNo = i + 1;
        const column = (m.index ?? 0) + 1;
        const fileWide = !!m[1];
        const checkId = m[2] ?? '';
        if (prefix && !checkId.startsWith(prefix))
            return;
        const reason = (m[3] ?? '').trim();
        if (!checkId || !knownIds.has(checkId)) {
            invalid.push({ line: lineNo, column, problem: 'unknown-check', checkId });
            return;
        }
        if (!reason) {
            invalid.push({ line: lineNo, column, problem: 'missing-reason', checkId });
            return;
        }
        const ownLine = raw.slice(0, m.index).trim() === '';
        let appliesTo = [lineNo];
        if (ownLine && !fileWide) {
            // A comment on its own line covers the next line that is not a comment or blank.
            let j = i + 1;
            while (j < lines.length && /^\s*(#|\/\/|$)/.test(lines[j]))
                j++;
            appliesTo = j < lines.length ? [lineNo, j + 1] : [lineNo];
        }
        suppressions.push({ checkId, reason, line: lineNo, column, appliesTo: fileWide ? [] : appliesTo, fileWide });
    });
    return { suppressions, invalid };
}
function isSuppressed(suppressions, checkId, line) {
    return suppressions.some((s) => s.checkId === checkId && (s.fileWide || s.appliesTo.includes(line)));
}


/***/ })

};
;