"use strict";
exports.id = 6416;
exports.ids = [6416];
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

/***/ 97860:
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
 * actions/gate: the first step of a job under `environment: staging|production`. Evaluates
 * environments.<env>.gate for the commit (app/gate.ts), writes the audit record to the job summary
 * and the outputs, and fails the step when the promotion is not allowed (unless dry-run).
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const core = __importStar(__webpack_require__(37484));
const proxy_1 = __webpack_require__(87466);
const run_context_1 = __webpack_require__(91429);
const gate_1 = __webpack_require__(98959);
const prepare_gate_1 = __webpack_require__(13930);
const render_1 = __webpack_require__(27463);
const channel_budgets_1 = __webpack_require__(4882);
const fail_step_1 = __webpack_require__(61982);
const promotion_inputs_1 = __webpack_require__(70062);
const input_path_1 = __webpack_require__(38755);
const log_1 = __webpack_require__(15577);
async function run(env = process.env) {
    let toWorkspace = (file) => file;
    const token = core.getInput('github-token');
    const prometheusToken = core.getInput('prometheus-token');
    for (const value of [token, prometheusToken])
        if (value)
            core.setSecret(value);
    try {
        const input = (0, input_path_1.resolveInputPath)(env);
        toWorkspace = input.toWorkspace;
        const context = (0, run_context_1.readRunContext)(env);
        const { environment, sha, dryRun, run } = (0, promotion_inputs_1.readPromotionInputs)(env, context);
        const repository = context.repository;
        if (!token || !repository)
            core.warning('no github-token or GITHUB_REPOSITORY: every rule that reads GitHub fails closed');
        const { request, ports } = await (0, prepare_gate_1.prepareGate)({
            root: input.root,
            config: core.getInput('config') || undefined,
            environment,
            sha,
            dryRun,
            github: token && repository ? { token, apiUrl: context.apiUrl, repository, proxy: (0, proxy_1.proxySettingsFromEnv)(env) } : undefined,
            run,
            prometheusToken: prometheusToken || undefined,
            log: log_1.actionLog,
        });
        const audit = await (0, gate_1.evaluateGate)(request, ports);
        (0, log_1.info)((0, render_1.renderGateText)(audit));
        if (env.GITHUB_STEP_SUMMARY)
            node_fs_1.default.appendFileSync(env.GITHUB_STEP_SUMMARY, (0, render_1.renderGateMarkdown)(audit));
        core.setOutput('allowed', String(audit.allowed));
        core.setOutput('reasons', JSON.stringify(audit.reasons));
        core.setOutput('audit-json', auditJson(audit));
        if (!audit.allowed) {
            const why = `promotion of ${audit.sha.slice(0, 7)} to ${environment} is not allowed: ${audit.reasons.join('; ')}`;
            if (dryRun)
                core.warning(`dry run: ${why}`);
            else
                core.setFailed(why);
        }
    }
    catch (e) {
        core.setOutput('allowed', 'false');
        (0, fail_step_1.failStep)(e, toWorkspace);
    }
}
/** The audit as JSON within the output limit: the Prometheus measurements go first when it is too long. */
function auditJson(audit) {
    const json = JSON.stringify(audit);
    if (json.length <= channel_budgets_1.OUTPUT_LIMIT)
        return json;
    return JSON.stringify({
        ...audit,
        rules: audit.rules.map((r) => ({ ...r, evidence: {} })),
        note: 'evidence left out: over the output limit (see the job summary)',
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

/***/ 72658:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_ENVIRONMENTS = exports.UNNAMED_ENVIRONMENT = void 0;
exports.hasNamedEnvironments = hasNamedEnvironments;
exports.environmentNames = environmentNames;
exports.configuredEnvironmentNames = configuredEnvironmentNames;
exports.isProductionEnvironment = isProductionEnvironment;
exports.isProductionName = isProductionName;
exports.isEnvironmentName = isEnvironmentName;
exports.sortEnvironmentNames = sortEnvironmentNames;
exports.environmentOf = environmentOf;
/**
 * The environments of a repository and which of them are production: what stackgate.yml's
 * `environments:` means, for Compose layering (compose/project.ts) and for manifests
 * (kubernetes/environment.ts). The schema of the section is in schema.ts.
 *
 * Nothing is invented: a repository has the environments its stackgate.yml names, or those its
 * Compose layout names (compose/project.ts), or none. Without any, Compose files are checked once,
 * as they are, under the unnamed environment.
 */
const errors_1 = __webpack_require__(74296);
/**
 * The one pass over the Compose files of a repository without environments. It counts as
 * production, as a manifest of no known environment does (kubernetes/environment.ts): what the
 * repository deploys is what serves, so the production checks apply.
 */
exports.UNNAMED_ENVIRONMENT = Object.freeze({ name: '', isProduction: true });
/** Whether the environments are real ones (configured or from the layout), not the unnamed pass. */
function hasNamedEnvironments(environments) {
    return environments.some((e) => e.name !== '');
}
/** Names a manifest's path segment or namespace is matched against when stackgate.yml names none. */
exports.DEFAULT_ENVIRONMENTS = ['dev', 'staging', 'prod'];
/** The names manifests are matched against (kubernetes/environment.ts): those in stackgate.yml, or dev, staging and prod. */
function environmentNames(config) {
    const names = Object.keys(config.environments);
    return names.length ? names : [...exports.DEFAULT_ENVIRONMENTS];
}
/** The environments stackgate.yml names: under `environments:`, else in the overrides of its `stacks:`. */
function configuredEnvironmentNames(config) {
    const names = Object.keys(config.environments);
    if (names.length)
        return names;
    return sortEnvironmentNames([...new Set(Object.values(config.stacks ?? {}).flatMap((s) => Object.keys(s.environments)))]);
}
function isProductionEnvironment(config, name) {
    return config.environments[name]?.production ?? isProductionName(name);
}
function isProductionName(envName) {
    return /^(prod|production|live)$/i.test(envName) || /[-_.]prod(uction)?$/i.test(envName);
}
const STAGES = [
    /^(dev|devel|develop|development|local|sandbox)$/i,
    /^(test|testing|qa|uat|int|integration)$/i,
    /^(stage|staging|preprod|pre-prod|preproduction)$/i,
];
/**
 * Whether a directory or file-name part names an environment (`stacks/prod`, `compose.staging.yml`):
 * the usual names of the stages, and production names such as `eu-prod`. Anything else (a
 * `stacks/monitoring` next to `stacks/common`) is a stack, not an environment.
 */
function isEnvironmentName(name) {
    return STAGES.some((re) => re.test(name)) || isProductionName(name);
}
/** Environments in promotion order: development, test, staging, production; alphabetical within a stage. */
function sortEnvironmentNames(names) {
    const stage = (name) => {
        const i = STAGES.findIndex((re) => re.test(name));
        return i >= 0 ? i : isProductionName(name) ? STAGES.length : 1.5;
    };
    return [...names].sort((a, b) => stage(a) - stage(b) || a.localeCompare(b));
}
/**
 * The section of stackgate.yml for `name`, or a UserError naming the file and the environments it
 * has, with `hint` saying what to add (`deploy`, `gate`).
 */
function environmentOf(config, configFile, name, section) {
    const where = configFile ?? 'stackgate.yml';
    const found = config.environments[name];
    if (found)
        return found;
    const known = Object.keys(config.environments);
    throw new errors_1.UserError(`environment "${name}" is not in ${where}${known.length ? ` (environments: ${known.join(', ')})` : ''}`, {
        file: configFile,
        hint: `add environments.${name}.${section} to ${where}`,
    });
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

/***/ 27463:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderGateText = renderGateText;
exports.renderGateMarkdown = renderGateMarkdown;
/** The gate's audit record as a terminal reads it and as a job summary (or the App's check run) shows it. */
const channel_budgets_1 = __webpack_require__(4882);
const markdown_1 = __webpack_require__(34201);
const MARK = { pass: '✅', fail: '❌', skip: '➖' };
function verdictLine(audit) {
    const verdict = audit.allowed ? 'allowed' : 'not allowed';
    return `${audit.sha.slice(0, 7)} to ${audit.environment}: ${verdict}${audit.dryRun && !audit.allowed ? ' (dry run: the step does not fail)' : ''}`;
}
function renderGateText(audit) {
    const out = [verdictLine(audit)];
    for (const r of audit.rules)
        out.push(`  ${r.verdict.padEnd(4)} ${r.rule}: ${r.summary}`);
    if (audit.approvals.length)
        out.push(`approvals: ${audit.approvals.map((a) => `${a.user} ${a.state}${a.comment ? ` ("${a.comment}")` : ''}`).join(', ')}`);
    if (audit.images.length)
        out.push(`images: ${audit.images.map((i) => `${i.service}=${i.image}`).join(', ')}`);
    return `${out.join('\n')}\n`;
}
function renderGateMarkdown(audit) {
    const title = `${audit.allowed ? '✅' : '❌'} stackgate gate for \`${(0, markdown_1.escapeCode)(audit.environment)}\`: ${audit.allowed ? 'allowed' : 'not allowed'}${audit.dryRun ? ' (dry run)' : ''}`;
    const out = [`### ${title}`, '', `Commit \`${(0, markdown_1.escapeCode)(audit.sha)}\` in ${(0, markdown_1.escapeInline)(audit.repository)}, evaluated at ${audit.evaluatedAt}.`, ''];
    out.push('| Rule | Verdict | Evidence |', '| --- | --- | --- |');
    for (const r of audit.rules)
        out.push(`| ${r.rule} | ${MARK[r.verdict]} ${r.verdict} | ${(0, markdown_1.escapeCell)(r.summary)} |`);
    out.push('');
    if (audit.previous) {
        const p = audit.previous;
        out.push(`Previous deployment: ${p.deploymentId} to \`${(0, markdown_1.escapeCode)(p.environment)}\` by ${(0, markdown_1.escapeInline)(p.createdBy)} at ${p.createdAt}, ${p.state}${p.verifiedAt ? ` (verified ${p.verifiedAt})` : ''}${p.run ? `, [run ${p.run.id}](${p.run.url})` : ''}.`, '');
    }
    if (audit.approvals.length) {
        out.push('| Approver | Decision | Comment |', '| --- | --- | --- |');
        for (const a of audit.approvals)
            out.push(`| ${(0, markdown_1.escapeCell)(a.user)} | ${a.state} | ${(0, markdown_1.escapeCell)(a.comment)} |`);
        out.push('', `Approvals were given before ${audit.evaluatedAt} (GitHub records no time for them).`, '');
    }
    else if (audit.run)
        out.push('No approval is recorded for this run and environment.', '');
    if (audit.images.length) {
        out.push('| Service | Image |', '| --- | --- |');
        for (const i of audit.images)
            out.push(`| \`${(0, markdown_1.escapeCode)(i.service)}\` | \`${(0, markdown_1.escapeCode)(i.digest && !i.image.includes('@') ? `${i.image}@${i.digest}` : i.image)}\` |`);
        out.push('');
    }
    return (0, channel_budgets_1.fitBytes)(`${out.join('\n')}\n`, channel_budgets_1.SUMMARY_LIMIT, 'the audit record (audit-json, `stackgate gate --format json`) has everything');
}


/***/ }),

/***/ 32789:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isRecord = void 0;
/** A plain mapping (parsed JSON or YAML object), not an array or null. */
const isRecord = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
exports.isRecord = isRecord;


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