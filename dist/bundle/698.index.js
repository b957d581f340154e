"use strict";
exports.id = 698;
exports.ids = [698];
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

/***/ 83800:
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
 * actions/deploy: deploy one environment at the workflow's commit through the driver stackgate.yml
 * names, recorded as a GitHub Deployment, verified (the driver's checks, then smoke), rolled back
 * when that fails. Credentials come from inputs and are masked before anything is printed; the
 * report, the job summary and the outputs have them redacted as well.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const core = __importStar(__webpack_require__(37484));
const proxy_1 = __webpack_require__(87466);
const run_context_1 = __webpack_require__(91429);
const deploy_1 = __webpack_require__(60512);
const prepare_deploy_1 = __webpack_require__(23422);
const render_1 = __webpack_require__(49107);
const channel_budgets_1 = __webpack_require__(4882);
const boolean_input_1 = __webpack_require__(58946);
const fail_step_1 = __webpack_require__(61982);
const promotion_inputs_1 = __webpack_require__(70062);
const input_path_1 = __webpack_require__(38755);
const log_1 = __webpack_require__(15577);
async function run(env = process.env, workerEntry) {
    let toWorkspace = (file) => file;
    const secrets = {
        portainerApiKey: core.getInput('portainer-api-key') || undefined,
        kubeconfig: core.getInput('kubeconfig') || undefined,
        webhookSecret: core.getInput('webhook-secret') || undefined,
    };
    const token = core.getInput('github-token');
    // Before anything reaches the log: the runner masks these values everywhere from now on.
    for (const value of [...Object.values(secrets), token])
        if (value)
            core.setSecret(value);
    let cleanup = async () => undefined;
    try {
        const input = (0, input_path_1.resolveInputPath)(env);
        toWorkspace = input.toWorkspace;
        const context = (0, run_context_1.readRunContext)(env);
        const { environment, sha, dryRun, run } = (0, promotion_inputs_1.readPromotionInputs)(env, context);
        const repository = context.repository;
        const prepared = await (0, prepare_deploy_1.prepareDeploy)({
            root: input.root,
            config: core.getInput('config') || undefined,
            environment,
            sha,
            secrets,
            dryRun,
            force: (0, boolean_input_1.booleanInput)('force') ?? false,
            timeout: core.getInput('wait-timeout') || undefined,
            env,
            github: token && repository ? { token, apiUrl: context.apiUrl, repository, proxy: (0, proxy_1.proxySettingsFromEnv)(env) } : undefined,
            run,
            workerEntry,
            log: log_1.actionLog,
        });
        cleanup = prepared.cleanup;
        if (!prepared.ports.ledger && !dryRun)
            core.warning('no github-token or GITHUB_REPOSITORY: the deployment is not recorded in GitHub Deployments, and the rollback can only restore what the driver captured');
        const report = await (0, deploy_1.deploy)(prepared.request, prepared.ports);
        (0, log_1.info)((0, render_1.renderDeployText)(report));
        if (env.GITHUB_STEP_SUMMARY)
            node_fs_1.default.appendFileSync(env.GITHUB_STEP_SUMMARY, (0, render_1.renderDeployMarkdown)(report));
        const json = JSON.stringify(report);
        core.setOutput('status', report.status);
        core.setOutput('deployment-id', report.deploymentId === undefined ? '' : String(report.deploymentId));
        core.setOutput('environment-url', report.environmentUrl ?? '');
        core.setOutput('rolled-back', String(report.rolledBack));
        core.setOutput('report-json', json.length <= channel_budgets_1.OUTPUT_LIMIT ? json : JSON.stringify({ ...report, items: [], plan: undefined, notes: ['items left out: over the output limit'] }));
        if (report.status !== 'success')
            core.setFailed(`deploy to ${environment}: ${report.message}`);
    }
    catch (e) {
        core.setOutput('status', 'error');
        core.setOutput('rolled-back', 'false');
        (0, fail_step_1.failStep)(e, toWorkspace);
    }
    finally {
        await cleanup();
    }
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

/***/ 70062:
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
exports.readPromotionInputs = readPromotionInputs;
/**
 * The inputs actions/deploy and actions/gate share: the environment, the commit (input `sha`, else
 * the workflow's GITHUB_SHA; a full SHA, lowercased), dry-run, and the workflow run that acts (its
 * id and URL, recorded in deployments and audit records).
 */
const core = __importStar(__webpack_require__(37484));
const errors_1 = __webpack_require__(74296);
const boolean_input_1 = __webpack_require__(58946);
function readPromotionInputs(env, context) {
    const environment = core.getInput('environment', { required: true });
    const sha = core.getInput('sha') || context.sha;
    if (!sha || !/^[0-9a-f]{40}$/i.test(sha))
        throw new errors_1.UserError(`input "sha": expected a full commit SHA (40 hex digits), got "${sha ?? ''}"`);
    const runId = Number(env.GITHUB_RUN_ID);
    const repository = context.repository;
    return {
        environment,
        sha: sha.toLowerCase(),
        dryRun: (0, boolean_input_1.booleanInput)('dry-run') ?? false,
        ...(repository && Number.isSafeInteger(runId) && runId > 0
            ? { run: { id: runId, url: `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` } }
            : {}),
    };
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

/***/ 97694:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addBaseWorktree = addBaseWorktree;
exports.pruneStaleWorktrees = pruneStaleWorktrees;
/**
 * The temporary worktree `score --base` checks the base out into. It never outlives the run:
 *
 * - it is locked with the owning process id (`git worktree add --lock --reason "stackgate pid N"`);
 * - SIGINT, SIGTERM and SIGHUP remove it before the process ends with the signal;
 * - a run that was killed outright (SIGKILL, a lost runner) leaves it behind, so every new one
 *   first removes the stackgate worktrees whose process is gone.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const run_git_1 = __webpack_require__(74899);
const process_alive_1 = __webpack_require__(81801);
const PREFIX = 'stackgate-base-';
const REASON = /^stackgate pid (\d+)$/;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Worktrees of this process that exist now (repository top level -> directories). */
const live = new Map();
let listening = false;
/**
 * From the first worktree on, SIGINT, SIGTERM and SIGHUP remove the live worktrees and then end the
 * process by the same signal. The listener stays: a signal that arrives while synchronous work runs
 * is handled after that work, possibly after the worktree is gone, and must still end the process.
 */
function listenForSignals() {
    if (listening)
        return;
    listening = true;
    const onSignal = (signal) => {
        for (const [dir, top] of [...live])
            removeWorktree(top, dir);
        live.clear();
        for (const s of SIGNALS)
            process.removeListener(s, onSignal);
        listening = false;
        process.kill(process.pid, signal);
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
}
function addBaseWorktree(top, commit) {
    pruneStaleWorktrees(top);
    listenForSignals();
    const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), PREFIX));
    live.set(dir, top);
    const removeNow = () => {
        if (live.delete(dir))
            removeWorktree(top, dir);
    };
    try {
        (0, run_git_1.git)(top, ['worktree', 'add', '--detach', '--force', '--lock', '--reason', `stackgate pid ${process.pid}`, '--', dir, commit]);
    }
    catch (e) {
        removeNow();
        throw e;
    }
    return {
        dir,
        remove: async () => {
            removeNow();
            await new Promise((resolve) => setImmediate(resolve));
        },
    };
}
function removeWorktree(top, dir) {
    try {
        // Twice --force: the worktree is locked.
        (0, run_git_1.git)(top, ['worktree', 'remove', '--force', '--force', '--', dir]);
    }
    catch {
        // Removing the directory below and pruning is enough when git no longer knows the worktree.
    }
    node_fs_1.default.rmSync(dir, { recursive: true, force: true });
    try {
        (0, run_git_1.git)(top, ['worktree', 'prune']);
    }
    catch {
        // Nothing to prune.
    }
}
/** Removes the stackgate worktrees of processes that no longer run (killed before they could clean up). */
function pruneStaleWorktrees(top) {
    let listing;
    try {
        listing = (0, run_git_1.git)(top, ['worktree', 'list', '--porcelain']);
    }
    catch {
        return []; // Not a git repository any more, or no worktree support: nothing of ours to prune.
    }
    const stale = [];
    for (const block of listing.split('\n\n')) {
        const dir = /^worktree (.+)$/m.exec(block)?.[1];
        const pid = REASON.exec(/^locked (.+)$/m.exec(block)?.[1] ?? '')?.[1];
        if (!dir || !pid || !node_path_1.default.basename(dir).startsWith(PREFIX) || (0, process_alive_1.isProcessAlive)(Number(pid)))
            continue;
        removeWorktree(top, dir);
        stale.push(dir);
    }
    return stale;
}


/***/ }),

/***/ 81801:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isProcessAlive = isProcessAlive;
/** Whether a process of this machine is alive (signal 0: EPERM means it lives under another user). */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}


/***/ }),

/***/ 34594:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scoreWithBase = scoreWithBase;
/**
 * The score use case: scores the checkout and, in the same run, the merge base of a base ref: the base is checked out
 * into a temporary git worktree (no second checkout step in the workflow) and removed afterwards,
 * also when the run is interrupted (see git/base-worktree.ts).
 * The secret scanner runs over both trees, so the secrets check compares like with like.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const config_1 = __webpack_require__(38134);
const errors_1 = __webpack_require__(74296);
const delta_1 = __webpack_require__(36694);
const run_1 = __webpack_require__(43361);
const report_1 = __webpack_require__(79283);
const secret_sources_1 = __webpack_require__(69536);
const run_git_1 = __webpack_require__(74899);
const base_worktree_1 = __webpack_require__(97694);
const scan_secrets_1 = __webpack_require__(92382);
async function scoreWithBase(options, ports = {}) {
    return ports.log ? ports.log.group('Score the checkout and its base', () => scoreBoth(options, ports)) : scoreBoth(options, ports);
}
async function scoreBoth(options, ports) {
    const run = { ...options, now: ports.now?.() ?? new Date(), externalTools: ports.externalTools };
    const { config, file: configFile } = (0, config_1.loadCheckedConfig)(options.root, options.configPath);
    const inGit = !options.trees && (0, secret_sources_1.isGitRepository)(options.root);
    const head = await scoreCheckout(options.root, config, configFile, run, options.trees?.commits.head ?? (inGit ? (0, run_git_1.resolveCommit)(options.root) : undefined));
    const result = { report: head.report, config, configFile, valuesToMask: head.valuesToMask };
    if (options.trees)
        return withBase(result, options.trees.baseRoot, options.trees.commits.base, options, run);
    if (!options.base)
        return result;
    if (!inGit)
        return { ...result, baseProblem: `cannot compare with ${options.base}: ${options.root} is not in a git repository` };
    let mergeBase;
    try {
        mergeBase = (0, run_git_1.git)(options.root, ['merge-base', '--end-of-options', options.base, 'HEAD']).trim();
    }
    catch (e) {
        return {
            ...result,
            baseProblem: `cannot compare with ${options.base}: ${(0, errors_1.toError)(e).message.split('\n')[0]} (fetch the base with actions/checkout fetch-depth: 0)`,
        };
    }
    const top = (0, run_git_1.git)(options.root, ['rev-parse', '--show-toplevel']).trim();
    const sub = node_path_1.default.relative(node_fs_1.default.realpathSync(top), node_fs_1.default.realpathSync(options.root));
    const worktree = (0, base_worktree_1.addBaseWorktree)(top, mergeBase);
    try {
        return await withBase(result, node_path_1.default.join(worktree.dir, sub), mergeBase, options, run, sub || '.');
    }
    finally {
        await worktree.remove();
    }
}
/** The head's result with the base at `baseRoot` scored and compared. */
async function withBase(result, baseRoot, baseCommit, options, run, name = '.') {
    const { config, configFile } = result;
    let baseConfig;
    try {
        baseConfig = node_fs_1.default.existsSync(baseRoot) ? (0, config_1.loadCheckedConfig)(baseRoot, options.configPath) : { config, file: configFile };
    }
    catch (e) {
        // The base's stackgate.yml may predate this version's schema; score it with today's.
        if (!(0, errors_1.isUserError)(e))
            throw e;
        baseConfig = { config, file: configFile };
    }
    const base = node_fs_1.default.existsSync(baseRoot)
        ? await scoreCheckout(baseRoot, baseConfig.config, baseConfig.file, run, baseCommit)
        : { report: undefined, valuesToMask: [] };
    if (!base.report)
        return { ...result, baseProblem: `${name} does not exist at the base ${baseCommit.slice(0, 7)}` };
    return {
        ...result,
        baseReport: base.report,
        delta: (0, delta_1.compareReadiness)(result.report, base.report),
        valuesToMask: [...result.valuesToMask, ...base.valuesToMask],
    };
}
async function scoreCheckout(root, config, configFile, options, commit) {
    let secrets;
    let valuesToMask = [];
    if (options.secrets !== false) {
        // An empty checkout (a base before the first file) scores as empty; it is not a usage error here.
        const scan = await (0, scan_secrets_1.scanSecrets)({ root, config, configFile, mode: 'tree', workerEntry: options.workerEntry, proxy: options.proxy, allowEmpty: true });
        secrets = scan.findings.map(report_1.toFinding);
        valuesToMask = scan.valuesToMask;
    }
    const { report, validation } = await (0, run_1.scoreRepository)({
        root,
        config,
        configFile,
        secrets,
        commit,
        toolVersion: options.toolVersion,
        now: options.now,
        externalTools: options.externalTools,
    });
    return { report, valuesToMask: [...new Set([...valuesToMask, ...validation.valuesToMask])] };
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

/***/ 25317:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readinessCategoryOf = readinessCategoryOf;
/**
 * Which readiness category each check counts in. Checks may name theirs (`meta.readiness`);
 * otherwise their domain and category decide. `core/*` checks are about reading files, not about
 * readiness: they are not scored, but an error among them is still a blocker.
 */
const types_1 = __webpack_require__(15200);
function readinessCategoryOf(check) {
    if (check.meta.readiness)
        return check.meta.readiness;
    switch ((0, types_1.domainOf)(check.id)) {
        case 'core':
            return undefined;
        case 'dockerfile':
            return 'containerization';
        case 'kubernetes':
            return 'kubernetes';
        case 'monitoring':
            return 'monitoring';
        case 'secrets':
            return 'secrets';
        case 'environments':
            return 'environments';
        case 'ci':
            return 'cicd';
        case 'docs':
            return 'docs';
        case 'mcp':
            return 'mcp';
        case 'compose':
            if (check.meta.category === 'security' || check.meta.category === 'supply-chain')
                return 'containerization';
            if (check.meta.category === 'observability')
                return 'monitoring';
            return 'compose';
    }
}


/***/ }),

/***/ 36694:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compareReadiness = compareReadiness;
const round1 = (n) => Math.round(n * 10) / 10;
function compareReadiness(head, base) {
    const baseChecks = new Map(base.checks.map((c) => [c.id, c]));
    const baseCategories = new Map(base.categories.map((c) => [c.id, c]));
    return {
        baseCommit: base.commit,
        baseScore: base.score,
        baseGrade: base.grade,
        delta: round1(head.score - base.score),
        categories: head.categories.map((c) => {
            const from = baseCategories.get(c.id)?.score ?? null;
            return { id: c.id, title: c.title, from, to: c.score, delta: from === null || c.score === null ? null : round1(c.score - from) };
        }),
        newlyFailing: head.checks.filter((c) => c.status === 'fail' && baseChecks.get(c.id)?.status !== 'fail'),
        newlyFixed: head.checks.filter((c) => c.status === 'pass' && baseChecks.get(c.id)?.status === 'fail'),
    };
}


/***/ }),

/***/ 43361:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scoreRepository = scoreRepository;
/** Score one checkout: validate in repository scope, then the readiness model. */
const index_1 = __webpack_require__(12293);
const run_1 = __webpack_require__(33355);
const score_1 = __webpack_require__(32466);
async function scoreRepository(options) {
    const validation = await (0, run_1.validateRepositoryFiles)({
        root: options.root,
        config: options.config,
        configFile: options.configFile,
        externalTools: options.externalTools,
        scope: 'repository',
    });
    const ws = validation.workspace;
    const domainsWithFiles = new Set();
    if (ws.composeFiles.length)
        domainsWithFiles.add('compose');
    if (ws.kubernetes.length)
        domainsWithFiles.add('kubernetes');
    if (ws.dockerfiles.length)
        domainsWithFiles.add('dockerfile');
    if (ws.prometheusRules.length || ws.prometheusConfigs.length || ws.dashboards.length)
        domainsWithFiles.add('monitoring');
    const report = (0, score_1.computeReadiness)({
        checks: index_1.CHECKS,
        settings: validation.settings,
        evaluated: validation.evaluated,
        findings: validation.findings,
        domainsWithFiles,
        secrets: options.secrets,
        commit: options.commit,
        toolVersion: options.toolVersion,
        generatedAt: options.now.toISOString(),
    });
    return { report, validation };
}


/***/ }),

/***/ 32466:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_LOCATIONS = exports.SECRETS_CHECK_ID = exports.SEVERITY_WEIGHTS = void 0;
exports.gradeOf = gradeOf;
exports.computeReadiness = computeReadiness;
/**
 * The readiness score: every check passes, fails or is not applicable; passing weight over
 * applicable weight, overall and per category; blockers listed beside the number.
 * Documented in docs/readiness.md; the JSON shape is `ReadinessReport` (report-schema.ts).
 */
const types_1 = __webpack_require__(15200);
const findings_1 = __webpack_require__(44637);
const categories_1 = __webpack_require__(42386);
const check_category_1 = __webpack_require__(25317);
exports.SEVERITY_WEIGHTS = { error: 3, warning: 2, info: 1 };
exports.SECRETS_CHECK_ID = 'secrets/committed-secrets';
/** Locations kept per failing check in the report (the count is always exact). */
exports.MAX_LOCATIONS = 50;
function gradeOf(score) {
    if (score >= 90)
        return 'A';
    if (score >= 80)
        return 'B';
    if (score >= 70)
        return 'C';
    if (score >= 60)
        return 'D';
    return 'F';
}
const round1 = (n) => Math.round(n * 10) / 10;
function computeReadiness(input) {
    const byCheck = new Map();
    for (const f of input.findings)
        byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
    if (input.secrets?.length) {
        byCheck.set(exports.SECRETS_CHECK_ID, input.secrets.map((f) => ({ ...f, checkId: exports.SECRETS_CHECK_ID, messageId: 'found', severity: 'error' })));
    }
    const results = [];
    const blockers = [];
    for (const check of input.checks) {
        const setting = input.settings.get(check.id);
        if (!setting?.enabled)
            continue;
        const category = (0, check_category_1.readinessCategoryOf)(check);
        const findings = (byCheck.get(check.id) ?? []).slice().sort(findings_1.compareFindings);
        // Blockers come from every check, scored or not (a file that does not parse blocks).
        for (const f of findings) {
            if (f.severity === 'error' || check.id === exports.SECRETS_CHECK_ID)
                blockers.push({ checkId: check.id, file: f.file, line: f.line, message: f.message });
        }
        if (!category)
            continue;
        const applicable = findings.length > 0 || isApplicable(check, input);
        const severity = findings.length
            ? findings.reduce((s, f) => ((0, findings_1.severityRank)(f.severity) > (0, findings_1.severityRank)(s) ? f.severity : s), 'info')
            : effectiveSeverity(check, setting.severity);
        const first = findings[0];
        results.push({
            id: check.id,
            title: check.meta.title,
            category,
            severity,
            weight: exports.SEVERITY_WEIGHTS[severity],
            status: !applicable ? 'not-applicable' : findings.length ? 'fail' : 'pass',
            findings: findings.length,
            ...(first ? { file: first.file, line: first.line, message: first.message } : {}),
            locations: findings.slice(0, exports.MAX_LOCATIONS).map((f) => ({ file: f.file, line: f.line, message: f.message, severity: f.severity })),
        });
    }
    const categories = categories_1.READINESS_CATEGORIES.map((id) => summarize(id, results.filter((r) => r.category === id)));
    const overall = summarize(undefined, results);
    return {
        schema: 'https://stackgate.dev/schemas/readiness-report/v1',
        tool: { name: 'stackgate', version: input.toolVersion },
        commit: input.commit ?? null,
        generatedAt: input.generatedAt,
        score: overall.score ?? 100,
        grade: gradeOf(overall.score ?? 100),
        passed: overall.passed,
        failed: overall.failed,
        notApplicable: overall.notApplicable,
        total: overall.total,
        categories,
        blockers: blockers.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
        secretsScanned: input.secrets !== undefined,
        checks: results,
    };
}
function effectiveSeverity(check, configured) {
    return configured === 'off' ? check.meta.severity : configured;
}
function isApplicable(check, input) {
    if (check.id === exports.SECRETS_CHECK_ID)
        return input.secrets !== undefined;
    if ((0, types_1.isEngineCheck)(check))
        return input.domainsWithFiles.has((0, types_1.domainOf)(check.id));
    return input.evaluated.has(check.id);
}
function summarize(id, results) {
    const applicable = results.filter((r) => r.status !== 'not-applicable');
    const weight = applicable.reduce((n, r) => n + r.weight, 0);
    const passedWeight = applicable.filter((r) => r.status === 'pass').reduce((n, r) => n + r.weight, 0);
    const score = weight ? round1((100 * passedWeight) / weight) : null;
    return {
        id: id ?? 'overall',
        title: id ? categories_1.READINESS_TITLES[id] : 'Overall',
        score,
        grade: score === null ? null : gradeOf(score),
        passed: applicable.filter((r) => r.status === 'pass').length,
        failed: applicable.filter((r) => r.status === 'fail').length,
        notApplicable: results.length - applicable.length,
        total: applicable.length,
    };
}


/***/ })

};
;