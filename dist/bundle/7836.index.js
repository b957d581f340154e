"use strict";
exports.id = 7836;
exports.ids = [7836];
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

/***/ 40146:
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
 * actions/smoke: smoke-test the MCP servers of an environment after a deploy. Values read from the
 * environment into headers, URLs and commands are registered with ::add-mask:: before anything is
 * printed; the report (JSON, JUnit, job summary, outputs) has them redacted as well. Every line
 * that carries server or repository text goes through `info` (log.ts), which fences what the runner
 * could read as a workflow command; `report-json` and the job summary stay within GitHub's limits
 * (OUTPUT_LIMIT, SUMMARY_LIMIT) and say what they left out.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const core = __importStar(__webpack_require__(37484));
const zod_1 = __webpack_require__(50924);
const run_context_1 = __webpack_require__(91429);
const run_smoke_1 = __webpack_require__(43522);
const version_1 = __webpack_require__(83323);
const read_1 = __webpack_require__(40812);
const smoke_schema_1 = __webpack_require__(76139);
const errors_1 = __webpack_require__(74296);
const channel_budgets_1 = __webpack_require__(4882);
const fit_report_1 = __webpack_require__(55325);
const plan_1 = __webpack_require__(35554);
const yaml_tree_1 = __webpack_require__(43183);
const read_report_1 = __webpack_require__(7252);
const render_1 = __webpack_require__(89193);
const template_1 = __webpack_require__(78187);
const boolean_input_1 = __webpack_require__(58946);
const fail_step_1 = __webpack_require__(61982);
const input_path_1 = __webpack_require__(38755);
const log_1 = __webpack_require__(15577);
const workspace_files_1 = __webpack_require__(86356);
/** A previous environment's smoke report: a few hundred kilobytes at most in practice. */
const MAX_COMPARE_BYTES = 16 * 1024 * 1024;
const targetsInput = zod_1.z.record(smoke_schema_1.name, smoke_schema_1.smokeTarget);
async function run(env = process.env) {
    let toWorkspace = (file) => file;
    try {
        const input = (0, input_path_1.resolveInputPath)(env);
        toWorkspace = input.toWorkspace;
        const context = (0, run_context_1.readRunContext)(env);
        const environment = core.getInput('environment') || null;
        const targets = parseTargetsInput(core.getInput('targets'));
        if (!environment && !targets)
            throw new errors_1.UserError('give input "environment" (its targets in stackgate.yml) or input "targets"');
        const { config, file: configFile, tree } = (0, read_1.readConfig)(smoke_schema_1.smokeOnlyConfig, input.root, core.getInput('config') || undefined);
        const smoke = config.smoke;
        const services = core
            .getInput('services')
            .split(/[\s,]+/)
            .filter(Boolean);
        const concurrency = core.getInput('concurrency');
        const plan = (0, plan_1.planSmoke)(smoke, environment, {
            env,
            services,
            targets,
            waitTimeout: core.getInput('wait-timeout') || undefined,
            timeout: core.getInput('timeout') || undefined,
            concurrency: concurrency ? Number(concurrency) : undefined,
            strict: (0, boolean_input_1.booleanInput)('strict'),
            resolveCwd: (cwd) => node_path_1.default.resolve(input.root, cwd),
        });
        // Before anything reaches the log: the runner masks these values everywhere from now on.
        for (const secret of plan.secrets)
            core.setSecret(secret);
        const compareFile = core.getInput('compare-with');
        const compareWith = compareFile
            ? (0, read_report_1.readSmokeReport)((0, workspace_files_1.readInputFile)(env, input.workspace, compareFile, 'compare-with', MAX_COMPARE_BYTES), compareFile)
            : undefined;
        (0, log_1.info)(`smoke ${environment ?? 'targets'}: ${plan.targets.length} service${plan.targets.length === 1 ? '' : 's'}, waiting up to ${core.getInput('wait-timeout') || smoke.waitTimeout} for each, ${plan.concurrency} at a time`);
        const report = await (0, run_smoke_1.runSmoke)(plan, {
            toolVersion: version_1.VERSION,
            commit: context.sha,
            compareWith,
            onTarget: (t) => (0, log_1.info)((0, template_1.redact)(`${t.passed ? '✓' : '✗'} ${t.service} (${t.transport} ${t.endpoint}): ${t.checks.filter((c) => c.status === 'fail').length} failed of ${t.checks.length} checks`, plan.secrets)),
        });
        const hide = (text) => (0, template_1.redact)(text, plan.secrets);
        (0, log_1.info)(hide((0, render_1.renderSmokeText)(report)));
        // One error annotation per failing check and one warning annotation per warning (protocol hygiene
        // without strict, drift: warn, …), in the order of the targets, up to GitHub's ANNOTATION_LIMIT
        // of each level; on the target's line in stackgate.yml when it is configured there.
        const at = new Map(plan.targets.flatMap((t) => t.configPath && configFile ? [[t.service, (0, yaml_tree_1.locate)(tree, [...t.configPath], { file: configFile, line: 1, column: 1 })]] : []));
        const left = [];
        for (const [status, annotate, what] of [
            ['fail', core.error, 'failing check'],
            ['warn', core.warning, 'warning'],
        ]) {
            const checks = report.targets.flatMap((t) => t.checks.filter((c) => c.status === status).map((c) => ({ t, c })));
            checks.slice(0, channel_budgets_1.ANNOTATION_LIMIT).forEach(({ t, c }) => {
                const loc = at.get(t.service);
                annotate(hide(`${t.service}: ${c.message}`), {
                    title: `smoke ${c.id}`,
                    ...(loc ? { file: toWorkspace(configFile), startLine: loc.line, startColumn: loc.column } : {}),
                });
            });
            const n = checks.length - channel_budgets_1.ANNOTATION_LIMIT;
            if (n > 0)
                left.push(`${n} more ${what}${n === 1 ? '' : 's'}`);
        }
        if (left.length)
            (0, log_1.info)(`not annotated: ${left.join(' and ')} (GitHub shows ${channel_budgets_1.ANNOTATION_LIMIT} of each level per step); they are in the log above and the job summary`);
        const json = hide(`${JSON.stringify(report, null, 2)}\n`);
        const reportFile = (0, workspace_files_1.outputFile)(env, input.workspace, core.getInput('report-file') || node_path_1.default.join(env.RUNNER_TEMP ?? input.workspace, `stackgate-smoke-${environment ?? 'targets'}.json`), 'report-file');
        (0, workspace_files_1.writeOutputFile)(reportFile, json);
        const junit = core.getInput('junit-file');
        if (junit)
            (0, workspace_files_1.writeOutputFile)((0, workspace_files_1.outputFile)(env, input.workspace, junit, 'junit-file'), hide((0, render_1.renderSmokeJunit)(report)));
        // Redaction only shortens (a secret of 3 or more characters becomes ***): what fits stays within the limit.
        const output = (0, fit_report_1.fitReportJson)(report, channel_budgets_1.OUTPUT_LIMIT);
        const notes = output.leftOut.length
            ? [
                `report-json leaves out ${output.leftOut.join('; ')}, to stay within GitHub's output limit (${channel_budgets_1.OUTPUT_LIMIT.toLocaleString('en-US')} characters); the report file ${node_path_1.default.basename(reportFile)} has everything`,
            ]
            : [];
        for (const note of notes)
            (0, log_1.info)(hide(note));
        if (env.GITHUB_STEP_SUMMARY)
            node_fs_1.default.appendFileSync(env.GITHUB_STEP_SUMMARY, hide((0, render_1.renderSmokeMarkdown)(report, { notes, whereTheRestIs: `the step log and the report file ${node_path_1.default.basename(reportFile)} have every check` })));
        core.setOutput('passed', String(report.passed));
        core.setOutput('report-json', hide(output.json));
        core.setOutput('report-file', reportFile);
        if (!report.passed) {
            const failed = report.targets.filter((t) => !t.passed).map((t) => t.service);
            core.setFailed(`smoke failed for ${failed.join(', ')} (${report.summary.failedChecks} failed check${report.summary.failedChecks === 1 ? '' : 's'})`);
        }
    }
    catch (e) {
        (0, fail_step_1.failStep)(e, toWorkspace);
    }
}
/** The `targets` input: service -> target, YAML or JSON, checked by stackgate.yml's target schema. */
function parseTargetsInput(text) {
    if (!text.trim())
        return undefined;
    try {
        return (0, read_1.parseConfigWith)(targetsInput, 'targets', text);
    }
    catch (e) {
        // The input is not a file in the repository: say where in the input, with no file to annotate.
        if ((0, errors_1.isUserError)(e))
            throw new errors_1.UserError(`input "targets"${e.line ? ` line ${e.line}, column ${e.column}` : ''}: ${e.message}`);
        throw e;
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

/***/ 60484:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalJson = canonicalJson;
/** JSON with object keys sorted at every level: equal values give equal text, whatever the key order. */
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object') {
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
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

/***/ 55325:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fitReportJson = fitReportJson;
/**
 * The smoke report as one step output (`report-json`), within OUTPUT_LIMIT characters. A report
 * that does not fit is made smaller one step at a time until it does, each step counted for a note:
 * the tools' input schemas (their hashes stay), then the tool lists, then long check messages,
 * then the last services (the summary still counts them). What is left is a valid report; the
 * complete one is the report file.
 */
const channel_budgets_1 = __webpack_require__(4882);
/** Characters a check message keeps once messages have to be shortened. */
const SHORT_MESSAGE = 300;
const withoutInputSchemas = (report) => {
    const n = report.targets.reduce((sum, t) => sum + (t.tools ?? []).filter((x) => x.inputSchema !== undefined).length, 0);
    return {
        report: { ...report, targets: report.targets.map((t) => (t.tools ? { ...t, tools: t.tools.map(({ inputSchema: _dropped, ...rest }) => rest) } : t)) },
        leftOut: n ? `the input schemas of ${plural(n, 'tool')} (their hashes are kept)` : undefined,
    };
};
const withoutToolLists = (report) => {
    const listed = report.targets.filter((t) => t.tools);
    const tools = listed.reduce((sum, t) => sum + t.tools.length, 0);
    return {
        report: { ...report, targets: report.targets.map(({ tools: _dropped, ...t }) => t) },
        leftOut: listed.length ? `the tool lists of ${plural(listed.length, 'service')} (${plural(tools, 'tool')})` : undefined,
    };
};
const withShortMessages = (report) => {
    let messages = 0;
    let chars = 0;
    const targets = report.targets.map((t) => ({
        ...t,
        checks: t.checks.map((c) => {
            if (c.message.length <= SHORT_MESSAGE)
                return c;
            const message = (0, channel_budgets_1.clipText)(c.message, SHORT_MESSAGE);
            messages++;
            chars += c.message.length - message.length;
            return { ...c, message };
        }),
    }));
    return {
        report: { ...report, targets },
        leftOut: messages ? `${chars.toLocaleString('en-US')} characters of ${plural(messages, 'check message')}` : undefined,
    };
};
function fitReportJson(report, maxChars) {
    const pretty = JSON.stringify(report, null, 2);
    if (pretty.length <= maxChars)
        return { json: pretty, leftOut: [] };
    const leftOut = [];
    let current = report;
    for (const step of [withoutInputSchemas, withoutToolLists, withShortMessages]) {
        const next = step(current);
        current = next.report;
        if (next.leftOut)
            leftOut.push(next.leftOut);
        const json = JSON.stringify(current);
        if (json.length <= maxChars)
            return { json, leftOut };
    }
    // The last services go, as many as needed; each costs its JSON and a comma.
    const base = JSON.stringify({ ...current, targets: [] }).length;
    let size = base;
    let kept = 0;
    while (kept < current.targets.length && size + JSON.stringify(current.targets[kept]).length + 1 <= maxChars)
        size += JSON.stringify(current.targets[kept++]).length + 1;
    const dropped = current.targets.length - kept;
    leftOut.push(`${plural(dropped, 'service')} of ${current.targets.length} (${(0, channel_budgets_1.clipText)(current.targets
        .slice(kept)
        .map((t) => t.service)
        .join(', '), 300)}; the summary counts them)`);
    return { json: JSON.stringify({ ...current, targets: current.targets.slice(0, kept) }), leftOut };
}
const plural = (n, word) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;


/***/ }),

/***/ 7252:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readSmokeReport = readSmokeReport;
/** A smoke report read back (--compare, the action's compare-with): strictly parsed, errors name the file and field. */
const parse_json_report_1 = __webpack_require__(47819);
const report_schema_1 = __webpack_require__(48919);
function readSmokeReport(text, file) {
    return (0, parse_json_report_1.parseJsonReport)(text, file, report_schema_1.smokeReportSchema, 'stackgate smoke report', 'pass the JSON report of a previous stackgate smoke run (--format json or the report-json output)');
}


/***/ }),

/***/ 89193:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderSmokeText = renderSmokeText;
exports.renderSmokeMarkdown = renderSmokeMarkdown;
exports.renderSmokeJunit = renderSmokeJunit;
/**
 * The smoke report as a text table (CLI, step log), a Markdown job summary and JUnit XML. Names and
 * messages from servers arrive already cut to size (reportText); the job summary as a whole is
 * kept within what GitHub accepts for a step (SUMMARY_LIMIT bytes), with a counted note.
 */
const channel_budgets_1 = __webpack_require__(4882);
const junit_1 = __webpack_require__(46490);
const markdown_1 = __webpack_require__(34201);
const duration_1 = __webpack_require__(38169);
const MARK = { pass: 'ok', fail: 'FAIL', warn: 'warn', skipped: 'skip', 'expected-failure': 'xfail' };
function headline(report) {
    const s = report.summary;
    const env = report.environment ? ` ${report.environment}` : '';
    const extras = [
        s.expectedFailures ? `${s.expectedFailures} expected failure${s.expectedFailures === 1 ? '' : 's'}` : '',
        s.warnings ? `${s.warnings} warning${s.warnings === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    return `smoke${env}: ${s.passedTargets} of ${s.targets} service${s.targets === 1 ? '' : 's'} pass, ${s.failedChecks} failed check${s.failedChecks === 1 ? '' : 's'} of ${s.checks}${extras.length ? ` (${extras.join(', ')})` : ''} in ${(0, duration_1.formatMs)(report.durationMs)}`;
}
function counted(t) {
    const run = t.checks.filter((c) => c.status !== 'skipped');
    return `${run.filter((c) => c.status !== 'fail').length}/${run.length}`;
}
const p95 = (t) => (t.latency?.samples ? (0, duration_1.formatMs)(t.latency.p95Ms) : '–');
function renderSmokeText(report) {
    const rows = report.targets.map((t) => [t.service, t.transport, counted(t), p95(t), t.passed ? 'pass' : 'FAIL']);
    const header = ['SERVICE', 'TRANSPORT', 'CHECKS', 'P95', 'RESULT'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    const out = [headline(report), '', line(header), ...rows.map(line)];
    const notable = report.targets.flatMap((t) => t.checks.filter((c) => c.status === 'fail' || c.status === 'expected-failure' || c.status === 'warn').map((c) => ({ t, c })));
    if (notable.length) {
        out.push('', 'Checks to look at:');
        for (const { t, c } of notable)
            out.push(`  ${MARK[c.status].padEnd(5)} ${t.service}  ${c.id}  ${c.message}`);
    }
    out.push('', report.passed ? 'PASS' : `FAIL: ${report.summary.failedTargets} service${report.summary.failedTargets === 1 ? '' : 's'} failed`);
    return `${out.join('\n')}\n`;
}
function renderSmokeMarkdown(report, options = {}) {
    const out = [`### ${report.passed ? '✅' : '❌'} stackgate ${(0, markdown_1.escapeCell)(headline(report))}`, ''];
    for (const note of options.notes ?? [])
        out.push(`> ${(0, markdown_1.escapeInline)(note)}`, '');
    out.push('| Service | Transport | Server | Checks | p95 | Result |', '| --- | --- | --- | ---: | ---: | --- |');
    for (const t of report.targets) {
        out.push(`| \`${(0, markdown_1.escapeCode)(t.service)}\` | ${t.transport} | ${t.server ? (0, markdown_1.escapeCell)(`${t.server.name} ${t.server.version}`) : '–'} | ${counted(t)} | ${p95(t)} | ${t.passed ? 'pass' : '**FAIL**'} |`);
    }
    for (const t of report.targets) {
        const notable = t.checks.filter((c) => c.status !== 'pass');
        if (!notable.length)
            continue;
        out.push('', `<details${t.passed ? '' : ' open'}><summary><code>${(0, markdown_1.escapeCell)(t.service)}</code>: ${notable.length} check${notable.length === 1 ? '' : 's'} to look at</summary>`, '', '| Check | Status | Message |', '| --- | --- | --- |');
        for (const c of notable)
            out.push(`| \`${(0, markdown_1.escapeCode)(c.id)}\` | ${MARK[c.status]} | ${(0, markdown_1.escapeCell)(c.message)} |`);
        out.push('', '</details>');
    }
    return (0, channel_budgets_1.fitBytes)(`${out.join('\n')}\n`, options.maxBytes ?? channel_budgets_1.SUMMARY_LIMIT, options.whereTheRestIs ?? 'the JSON report (`stackgate smoke -f json`) has every check');
}
function renderSmokeJunit(report) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const s = report.summary;
    out.push(`<testsuites name="stackgate smoke${report.environment ? ` ${(0, junit_1.escapeXmlAttribute)(report.environment)}` : ''}" tests="${s.checks}" failures="${s.failedChecks}" errors="0" skipped="${s.skippedChecks + s.expectedFailures}" time="${(report.durationMs / 1000).toFixed(3)}">`);
    for (const t of report.targets) {
        const failures = t.checks.filter((c) => c.status === 'fail').length;
        const skipped = t.checks.filter((c) => c.status === 'skipped' || c.status === 'expected-failure').length;
        out.push(`  <testsuite name="${(0, junit_1.escapeXmlAttribute)(t.service)}" tests="${t.checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${(t.durationMs / 1000).toFixed(3)}">`);
        for (const c of t.checks) {
            const open = `    <testcase name="${(0, junit_1.escapeXmlAttribute)(c.id)}" classname="${(0, junit_1.escapeXmlAttribute)(`smoke.${t.service}`)}" time="${((c.durationMs ?? 0) / 1000).toFixed(3)}"`;
            if (c.status === 'pass')
                out.push(`${open}/>`);
            else if (c.status === 'fail')
                out.push(`${open}>`, `      <failure message="${(0, junit_1.escapeXmlAttribute)(c.message)}" type="smoke">${(0, junit_1.escapeXmlText)(c.message)}</failure>`, '    </testcase>');
            else if (c.status === 'warn')
                out.push(`${open}>`, `      <system-out>${(0, junit_1.escapeXmlText)(`warning: ${c.message}`)}</system-out>`, '    </testcase>');
            else
                out.push(`${open}>`, `      <skipped message="${(0, junit_1.escapeXmlAttribute)(c.message)}"/>`, '    </testcase>');
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
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