"use strict";
exports.id = 1941;
exports.ids = [1941];
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

/***/ 58946:
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
exports.booleanInput = booleanInput;
/** A true/false action input, in the YAML 1.2 core schema's forms (as @actions/core's getBooleanInput); undefined when empty, for the caller's default. */
const core = __importStar(__webpack_require__(37484));
const errors_1 = __webpack_require__(74296);
function booleanInput(name) {
    const value = core.getInput(name);
    if (!value)
        return undefined;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw new errors_1.UserError(`input "${name}": expected true or false, got "${value}"`);
}


/***/ }),

/***/ 69466:
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
 * actions/secrets: scan what a pull request or push adds (or the tree, or history) for secrets.
 * Every value found is registered with ::add-mask:: before anything else is printed.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const core = __importStar(__webpack_require__(37484));
const proxy_1 = __webpack_require__(87466);
const run_context_1 = __webpack_require__(91429);
const scan_secrets_1 = __webpack_require__(92382);
const version_1 = __webpack_require__(83323);
const load_1 = __webpack_require__(9168);
const errors_1 = __webpack_require__(74296);
const markdown_1 = __webpack_require__(34201);
const sarif_1 = __webpack_require__(80375);
const skipped_1 = __webpack_require__(31229);
const text_1 = __webpack_require__(58115);
const report_1 = __webpack_require__(79283);
const formats_1 = __webpack_require__(54226);
const channel_budgets_1 = __webpack_require__(4882);
const boolean_input_1 = __webpack_require__(58946);
const fail_step_1 = __webpack_require__(61982);
const log_1 = __webpack_require__(15577);
const workspace_files_1 = __webpack_require__(86356);
async function run(env = process.env, workerEntry) {
    try {
        const root = node_path_1.default.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
        const range = (0, run_context_1.readRunContext)(env).changeRange;
        const modeInput = core.getInput('mode') || 'auto';
        const mode = modeInput === 'auto' ? (range ? 'diff' : 'tree') : (0, scan_secrets_1.assertMode)(modeInput, 'input "mode"');
        const base = core.getInput('base') || range?.base;
        if (mode === 'diff' && !base)
            throw new errors_1.UserError('input "mode": diff needs a base commit: set input "base", or run on pull_request, push or merge_group');
        const failOn = core.getInput('fail-on') || 'error';
        if (failOn !== 'error' && failOn !== 'never')
            throw new errors_1.UserError(`input "fail-on": expected error or never, got "${failOn}"`);
        const { config, file: configFile } = (0, load_1.loadConfig)(root, core.getInput('config') || undefined);
        const result = await (0, scan_secrets_1.scanSecrets)({
            root,
            config,
            configFile,
            mode,
            base,
            head: mode === 'diff' ? (range?.head ?? 'HEAD') : undefined,
            baselineFile: core.getInput('baseline') || undefined,
            workerEntry,
            proxy: (0, proxy_1.proxySettingsFromEnv)(env),
            allowEmpty: (0, boolean_input_1.booleanInput)('allow-empty') ?? false,
        });
        // Before anything else reaches the log: the runner masks these values everywhere from now on.
        for (const value of result.valuesToMask)
            core.setSecret(value);
        const findings = result.findings.map(report_1.toFinding);
        const summary = { filesChecked: result.summary.files };
        (0, log_1.info)(`${mode}${result.summary.range ? ` ${result.summary.range.base.slice(0, 7)}...${result.summary.range.head.slice(0, 7)}` : ''}: ${result.summary.files} files, ${result.summary.bytes} bytes scanned; ${result.summary.baselined} in the baseline, ${result.summary.allowlisted} allowlisted`);
        (0, log_1.info)((0, text_1.renderText)(findings, { color: false, summary }) + (0, skipped_1.renderSkippedText)(result.skipped));
        // Skipped files are warnings, within the same per-level budget as every annotation channel; the text above lists them all.
        for (const s of result.skipped.slice(0, channel_budgets_1.ANNOTATION_LIMIT))
            core.warning(`not scanned: ${s.reason}`, { title: 'stackgate/file-not-scanned', file: s.file });
        if (result.skipped.length > channel_budgets_1.ANNOTATION_LIMIT)
            (0, log_1.info)(`${result.skipped.length - channel_budgets_1.ANNOTATION_LIMIT} more files not scanned are not annotated: they are in the log above and the job summary`);
        // Every secret is an error; in diff mode every one is on an added line. GitHub shows ANNOTATION_LIMIT errors of a step.
        const annotations = (0, channel_budgets_1.selectAnnotations)(findings, channel_budgets_1.ANNOTATION_LIMIT);
        annotations.shown.forEach((f) => core.error(f.message, { title: f.checkId, file: f.file, startLine: f.line, startColumn: f.column }));
        if (annotations.omitted)
            (0, log_1.info)(`${annotations.omitted} more secrets are not annotated (GitHub shows ${channel_budgets_1.ANNOTATION_LIMIT} errors per step): they are in the log above and the job summary`);
        const sarifInput = core.getInput('sarif-file');
        if (sarifInput) {
            const sarifPath = (0, workspace_files_1.outputFile)(env, root, sarifInput, 'sarif-file');
            (0, workspace_files_1.writeOutputFile)(sarifPath, `${JSON.stringify((0, skipped_1.withSkippedNotifications)((0, sarif_1.buildSarif)(findings, (0, report_1.secretChecks)(), {
                toolVersion: version_1.VERSION,
                category: sarif_1.SARIF_CATEGORY.secrets,
                informationUri: 'https://github.com/stackgate/stackgate',
                helpUriBase: formats_1.HELP_URI_BASE,
            }), result.skipped), null, 2)}\n`);
            core.setOutput('sarif-file', sarifPath);
        }
        if (env.GITHUB_STEP_SUMMARY)
            node_fs_1.default.appendFileSync(env.GITHUB_STEP_SUMMARY, (0, markdown_1.renderMarkdownSummary)(findings, summary, { title: 'stackgate secrets', moreHint: 'the step log' }) + (0, skipped_1.renderSkippedMarkdown)(result.skipped));
        // Every secret found counts, also those a file's cap leaves out of the list (its note is not one).
        const found = result.summary.findings;
        core.setOutput('findings', String(found));
        if (failOn === 'error' && found) {
            core.setFailed(`stackgate found ${found} secret${found === 1 ? '' : 's'}; revoke them, then remove them or accept them in the baseline`);
        }
    }
    catch (e) {
        (0, fail_step_1.failStep)(e);
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

/***/ 9168:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CONFIG_FILES = void 0;
exports.loadConfig = loadConfig;
exports.parseConfigText = parseConfigText;
/** stackgate.yml -> the validated config of the whole product (schema.ts). */
const read_1 = __webpack_require__(40812);
Object.defineProperty(exports, "CONFIG_FILES", ({ enumerable: true, get: function () { return read_1.CONFIG_FILES; } }));
const schema_1 = __webpack_require__(47967);
/** Finds and loads the config of a repository; with no file, the defaults. */
function loadConfig(root, explicitPath) {
    return (0, read_1.readConfig)(schema_1.configSchema, root, explicitPath);
}
function parseConfigText(file, text) {
    return (0, read_1.parseConfigWith)(schema_1.configSchema, file, text);
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

/***/ 22446:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderJson = renderJson;
/** Machine-readable output (`--format json`): a versioned envelope with counts and every finding. */
const findings_1 = __webpack_require__(44637);
const summary_1 = __webpack_require__(26942);
function renderJson(findings, summary) {
    const counts = (0, findings_1.countFindings)(findings);
    const report = {
        version: 1,
        summary: { errors: counts.error, warnings: counts.warning, info: counts.info, filesChecked: summary.filesChecked },
        findings: (0, summary_1.sortFindings)(findings).map(toJsonFinding),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** Copies the known fields in a fixed order, so the output never depends on how a finding was built. */
function toJsonFinding(f) {
    const out = { file: f.file, line: f.line, column: f.column };
    if (f.endLine !== undefined)
        out.endLine = f.endLine;
    if (f.endColumn !== undefined)
        out.endColumn = f.endColumn;
    out.checkId = f.checkId;
    if (f.messageId !== undefined)
        out.messageId = f.messageId;
    out.severity = f.severity;
    out.category = f.category;
    out.message = f.message;
    if (f.environments?.length)
        out.environments = [...f.environments];
    if (f.subject !== undefined)
        out.subject = f.subject;
    return out;
}


/***/ }),

/***/ 46490:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderJunit = renderJunit;
exports.escapeXmlText = escapeXmlText;
exports.escapeXmlAttribute = escapeXmlAttribute;
const findings_1 = __webpack_require__(44637);
const summary_1 = __webpack_require__(26942);
function renderJunit(findings, checks) {
    const byId = new Map(checks.map((c) => [c.id, c]));
    const sorted = (0, summary_1.sortFindings)(findings);
    const byFile = new Map();
    for (const f of sorted) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    const counts = (0, findings_1.countFindings)(sorted);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
    if (!sorted.length) {
        // An empty report reads as "no tests ran" in most UIs; say explicitly that everything passed.
        out.push('<testsuites name="stackgate" tests="1" failures="0" errors="0" skipped="0">', '  <testsuite name="stackgate" tests="1" failures="0" errors="0" skipped="0">', '    <testcase name="no problems found" classname="stackgate"/>', '  </testsuite>', '</testsuites>');
        return `${out.join('\n')}\n`;
    }
    out.push(`<testsuites name="stackgate" tests="${sorted.length}" failures="${counts.error + counts.warning}" errors="0" skipped="0">`);
    for (const [file, list] of byFile) {
        const fileCounts = (0, findings_1.countFindings)(list);
        out.push(`  <testsuite name="${escapeXmlAttribute(file)}" tests="${list.length}" failures="${fileCounts.error + fileCounts.warning}" errors="0" skipped="0">`);
        const names = testcaseNames(list);
        list.forEach((f, i) => {
            const open = `    <testcase name="${escapeXmlAttribute(names[i])}" classname="${escapeXmlAttribute(file)}" file="${escapeXmlAttribute(file)}" line="${f.line}">`;
            const detail = escapeXmlText(describe(f, byId.get(f.checkId)));
            if (f.severity === 'info') {
                out.push(open, `      <system-out>${detail}</system-out>`, '    </testcase>');
            }
            else {
                out.push(open, `      <failure message="${escapeXmlAttribute(f.message)}" type="${f.severity}">${detail}</failure>`, '    </testcase>');
            }
        });
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
}
/** `<check> at line N`, made unique inside the file (UIs merge test cases with the same name). */
function testcaseNames(list) {
    const tally = (names) => {
        const counts = new Map();
        for (const n of names)
            counts.set(n, (counts.get(n) ?? 0) + 1);
        return counts;
    };
    const base = list.map((f) => `${f.checkId} at line ${f.line}`);
    const baseCounts = tally(base);
    const withColumn = base.map((name, i) => ((baseCounts.get(name) ?? 0) > 1 ? `${name}, column ${list[i].column}` : name));
    const counts = tally(withColumn);
    const seen = new Map();
    return withColumn.map((name) => {
        if ((counts.get(name) ?? 0) < 2)
            return name;
        const n = (seen.get(name) ?? 0) + 1;
        seen.set(name, n);
        return `${name} (${n})`;
    });
}
function describe(f, check) {
    const lines = [`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`];
    if (f.environments?.length)
        lines.push(`Environments: ${f.environments.join(', ')}`);
    if (f.subject)
        lines.push(`Subject: ${f.subject}`);
    lines.push(`Check: ${f.checkId}${check ? ` (${check.meta.title})` : ''}`);
    if (check)
        lines.push(`How to fix: ${check.meta.remediation}`);
    return lines.join('\n');
}
/**
 * Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab, LF and
 * CR, lone surrogates, U+FFFE and U+FFFF. They are replaced with a visible `\uXXXX`.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function visible(c) {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** Escapes element content. */
function escapeXmlText(value) {
    return value.replace(NOT_XML_CHAR, visible).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
/** Escapes an attribute value (double-quoted); whitespace is kept through attribute-value normalisation. */
function escapeXmlAttribute(value) {
    return escapeXmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}


/***/ }),

/***/ 58115:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderText = renderText;
exports.printable = printable;
/**
 * Terminal output in the style of ESLint's "stylish" formatter: findings grouped under their file,
 * aligned `line:col  severity` columns followed by the message and the check id, a rollup of the
 * checks that fired (count, first location), and a closing summary line.
 *
 * With a `width` (the terminal's columns) a long message wraps under itself; without one (output
 * to a pipe or a file) every finding stays on one line, so grep and diff see whole findings.
 */
const node_util_1 = __webpack_require__(57975);
const findings_1 = __webpack_require__(44637);
const wrap_words_1 = __webpack_require__(23972);
const summary_1 = __webpack_require__(26942);
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue' };
function renderText(findings, options) {
    const paint = (style, text) => 
    // validateStream: false: the caller decided about colour (TTY, NO_COLOR, --color); don't re-check stdout here.
    options.color && text ? (0, node_util_1.styleText)(style, text, { validateStream: false }) : text;
    const sorted = (0, summary_1.sortFindings)(findings);
    const min = options.minSeverity;
    const shown = min ? sorted.filter((f) => (0, findings_1.isAtLeast)(f.severity, min)) : sorted;
    const out = [];
    const byFile = new Map();
    for (const f of shown) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    for (const [file, list] of byFile) {
        out.push(paint('underline', printable(file)));
        const rows = list.map((f) => {
            const envs = (0, summary_1.visibleEnvironments)(f, options.summary);
            return {
                severity: f.severity,
                line: String(f.line),
                column: String(f.column),
                message: printable(f.message) + (envs.length ? ` [${envs.map(printable).join(', ')}]` : ''),
                checkId: printable(f.checkId),
            };
        });
        const lineWidth = Math.max(...rows.map((r) => r.line.length));
        const columnWidth = Math.max(...rows.map((r) => r.column.length));
        const severityWidth = Math.max(...rows.map((r) => r.severity.length));
        // `  line:col  severity  `: continuation lines of a wrapped message start under the message.
        const indent = 2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2;
        for (const r of rows) {
            const position = paint('dim', `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`);
            const severity = paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(severityWidth));
            const lines = (0, wrap_words_1.wrapWords)(`${r.message}  ${r.checkId}`, options.width === undefined ? undefined : options.width - indent);
            const last = lines.length - 1;
            // The check id ends the last line, whole.
            lines[last] = `${lines[last].slice(0, lines[last].length - r.checkId.length)}${paint('dim', r.checkId)}`;
            out.push(`  ${position}  ${severity}  ${lines[0]}`, ...lines.slice(1).map((l) => `${' '.repeat(indent)}${l}`));
        }
        out.push('');
    }
    if (shown.length)
        out.push(...renderRollup(shown, paint), '');
    const coverage = (0, summary_1.describeCoverage)(options.summary);
    const problems = (0, summary_1.describeProblems)(sorted);
    const hidden = sorted.length - shown.length;
    const notShown = hidden && min ? `, ${hidden} below ${min} not shown` : '';
    if (problems) {
        const hasErrors = sorted.some((f) => f.severity === 'error');
        const hasWarnings = sorted.some((f) => f.severity === 'warning');
        const style = hasErrors ? ['red', 'bold'] : hasWarnings ? ['yellow', 'bold'] : ['blue', 'bold'];
        out.push(`${paint(style, `✖ ${problems}`)}${notShown} — ${coverage}`);
    }
    else {
        out.push(`${paint(['green', 'bold'], '✔ no problems')} — ${coverage}`);
    }
    return `${out.join('\n')}\n`;
}
/**
 * "Findings by check": each check that fired, most severe first and then the most frequent, with its count
 * and its first location (the order of the listing above).
 */
function renderRollup(findings, paint) {
    const byCheck = new Map();
    for (const f of findings) {
        const entry = byCheck.get(f.checkId);
        if (!entry)
            byCheck.set(f.checkId, { checkId: f.checkId, count: 1, severity: f.severity, first: f });
        else {
            entry.count++;
            if ((0, findings_1.isAtLeast)(f.severity, entry.severity))
                entry.severity = f.severity;
        }
    }
    const entries = [...byCheck.values()].sort((a, b) => (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || b.count - a.count || a.checkId.localeCompare(b.checkId));
    const countWidth = Math.max(...entries.map((e) => String(e.count).length));
    const severityWidth = Math.max(...entries.map((e) => e.severity.length));
    const idWidth = Math.max(...entries.map((e) => printable(e.checkId).length));
    return [
        `Findings by check (${(0, summary_1.plural)(entries.length, 'check')}; count, first location)`,
        ...entries.map((e) => `  ${String(e.count).padStart(countWidth)}  ${paint(SEVERITY_STYLE[e.severity], e.severity.padEnd(severityWidth))}  ${printable(e.checkId).padEnd(idWidth)}  ${paint('dim', `${printable(e.first.file)}:${e.first.line}:${e.first.column}`)}`),
    ];
}
/**
 * One terminal-safe line: newlines and tabs become spaces, other control characters and
 * bidirectional overrides become visible escapes, so a file's content can't drive the terminal.
 */
function printable(text) {
    return text
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/\t/g, ' ')
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 23972:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Word wrapping for terminal text: lines of at most `width` columns, broken only at spaces. A word
 * longer than the width (a path, a URL, a check id) gets a line of its own and is never cut, so it
 * can still be copied whole. Columns are counted as UTF-16 code units: wide (East Asian) characters
 * count as one, so such a line may end up a little longer than the width.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MIN_WRAP_WIDTH = void 0;
exports.wrapWords = wrapWords;
/** Below this, wrapping would leave a column of single words: the text stays on one line. */
exports.MIN_WRAP_WIDTH = 30;
/** The lines of `text`; the spaces between words on one line are kept as written. */
function wrapWords(text, width) {
    if (width === undefined || width < exports.MIN_WRAP_WIDTH || text.length <= width)
        return [text];
    const lines = [];
    let current = '';
    let gap = '';
    for (const [, word, after] of text.matchAll(/(\S+)(\s*)/g)) {
        if (!current)
            current = word;
        else if (current.length + gap.length + word.length <= width)
            current += gap + word;
        else {
            lines.push(current);
            current = word;
        }
        gap = after;
    }
    lines.push(current);
    return lines;
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

/***/ 54226:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HELP_URI_BASE = exports.FORMATS = void 0;
exports.parseFormat = parseFormat;
exports.renderFormat = renderFormat;
/** Renders a validate result in any supported format. */
const catalogue_1 = __webpack_require__(78672);
const index_1 = __webpack_require__(12293);
const errors_1 = __webpack_require__(74296);
const findings_1 = __webpack_require__(44637);
const json_1 = __webpack_require__(22446);
const junit_1 = __webpack_require__(46490);
const markdown_1 = __webpack_require__(34201);
const sarif_1 = __webpack_require__(80375);
const summary_1 = __webpack_require__(26942);
const text_1 = __webpack_require__(58115);
exports.FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'];
/** Each SARIF rule's helpUri is this plus `#<anchor>` (the check's section). */
exports.HELP_URI_BASE = catalogue_1.CHECKS_DOC_URL;
function parseFormat(value, where) {
    if (exports.FORMATS.includes(value))
        return value;
    throw new errors_1.UserError(`${where}: unknown format "${value}"`, { hint: `use one of ${exports.FORMATS.join(', ')}` });
}
function renderFormat(format, findings, summary, options) {
    switch (format) {
        case 'text':
            return (0, text_1.renderText)(findings, { color: options.color, summary, minSeverity: options.minSeverity, width: options.width });
        case 'json':
            return (0, json_1.renderJson)(findings, summary);
        case 'sarif':
            return (0, sarif_1.renderSarif)(findings, index_1.CHECKS, {
                toolVersion: options.toolVersion,
                category: sarif_1.SARIF_CATEGORY.validate,
                informationUri: 'https://github.com/stackgate/stackgate',
                helpUriBase: exports.HELP_URI_BASE,
            });
        case 'junit':
            return (0, junit_1.renderJunit)(findings, index_1.CHECKS);
        case 'markdown': {
            const min = options.minSeverity;
            const shown = min ? findings.filter((f) => (0, findings_1.isAtLeast)(f.severity, min)) : findings;
            const hidden = findings.length - shown.length;
            const markdown = (0, markdown_1.renderMarkdownSummary)(shown, summary, {
                title: 'stackgate validate',
                linkBase: options.linkBase,
                moreHint: options.moreHint,
                documentedChecks: new Set(index_1.CHECKS.map((c) => c.id)),
            });
            return hidden ? `${markdown}\n${(0, summary_1.plural)(hidden, 'finding')} below ${min} not shown (--min-severity).\n` : markdown;
        }
    }
}


/***/ })

};
;