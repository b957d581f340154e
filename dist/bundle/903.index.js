"use strict";
exports.id = 903;
exports.ids = [903];
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
const text_1 = __webpack_require__(58115);
const report_1 = __webpack_require__(79283);
const formats_1 = __webpack_require__(54226);
const channel_budgets_1 = __webpack_require__(4882);
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
        });
        // Before anything else reaches the log: the runner masks these values everywhere from now on.
        for (const value of result.valuesToMask)
            core.setSecret(value);
        const findings = result.findings.map(report_1.toFinding);
        const summary = { filesChecked: result.summary.files };
        (0, log_1.info)(`${mode}${result.summary.range ? ` ${result.summary.range.base.slice(0, 7)}...${result.summary.range.head.slice(0, 7)}` : ''}: ${result.summary.files} files, ${result.summary.bytes} bytes scanned; ${result.summary.baselined} in the baseline, ${result.summary.allowlisted} allowlisted`);
        (0, log_1.info)((0, text_1.renderText)(findings, { color: false, summary }));
        // Every secret is an error; in diff mode every one is on an added line. GitHub shows ANNOTATION_LIMIT errors of a step.
        const annotations = (0, channel_budgets_1.selectAnnotations)(findings, channel_budgets_1.ANNOTATION_LIMIT);
        annotations.shown.forEach((f) => core.error(f.message, { title: f.checkId, file: f.file, startLine: f.line, startColumn: f.column }));
        if (annotations.omitted)
            (0, log_1.info)(`${annotations.omitted} more secrets are not annotated (GitHub shows ${channel_budgets_1.ANNOTATION_LIMIT} errors per step): they are in the log above and the job summary`);
        const sarifInput = core.getInput('sarif-file');
        if (sarifInput) {
            const sarifPath = (0, workspace_files_1.outputFile)(env, root, sarifInput, 'sarif-file');
            (0, workspace_files_1.writeOutputFile)(sarifPath, (0, sarif_1.renderSarif)(findings, (0, report_1.secretChecks)(), {
                toolVersion: version_1.VERSION,
                category: sarif_1.SARIF_CATEGORY.secrets,
                informationUri: 'https://github.com/stackgate/stackgate',
                helpUriBase: formats_1.HELP_URI_BASE,
            }));
            core.setOutput('sarif-file', sarifPath);
        }
        if (env.GITHUB_STEP_SUMMARY)
            node_fs_1.default.appendFileSync(env.GITHUB_STEP_SUMMARY, (0, markdown_1.renderMarkdownSummary)(findings, summary, { title: 'stackgate secrets', moreHint: 'the step log' }));
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

/***/ 47967:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CONFIG_SCHEMA_URL = exports.configSchema = exports.severitySetting = void 0;
exports.checkSettingSchema = checkSettingSchema;
exports.buildConfigSchema = buildConfigSchema;
/**
 * The single schema of stackgate.yml. Later capabilities (targets, smoke tests, gates, scoring) add
 * their sections here. It knows checks only by shape: `checks:` holds, per check id, a severity or
 * {severity, options}, with options unknown at this stage. The engine composes it with the
 * registered checks (validate/config.ts: every id, with its own options schema), so there is still
 * one schema, and the JSON Schema generated from that lists every check id for editor completion.
 */
const zod_1 = __webpack_require__(50924);
const categories_1 = __webpack_require__(42386);
const comment_settings_1 = __webpack_require__(771);
const smoke_schema_1 = __webpack_require__(76139);
const repository_path_1 = __webpack_require__(29545);
/** A file of the repository: stackgate reads nothing outside it. */
const repoPath = zod_1.z.string().refine(repository_path_1.isRepositoryPath, repository_path_1.REPOSITORY_PATH_MESSAGE);
/** A check's severity in stackgate.yml (`off` turns it off). */
exports.severitySetting = zod_1.z.enum(['error', 'warning', 'info', 'off']);
const environment = zod_1.z
    .strictObject({
    production: zod_1.z.boolean().optional().describe('Production environments get the strictest checks (defaults to true for names like "prod").'),
    profiles: zod_1.z.array(zod_1.z.string()).default([]).describe('Compose profiles active in this environment.'),
    envFiles: zod_1.z.array(repoPath).default([]).describe('Env files (repository-relative) used for ${VAR} interpolation, after the project .env.'),
    variables: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).default({}).describe('Variables for ${VAR} interpolation; they win over env files.'),
    kubernetes: zod_1.z
        .strictObject({
        paths: zod_1.z.array(zod_1.z.string()).default([]).describe('Globs of manifests that belong to this environment.'),
        namespaces: zod_1.z.array(zod_1.z.string()).default([]).describe('Namespaces that belong to this environment.'),
    })
        .default({ paths: [], namespaces: [] }),
})
    .describe('A deployment environment (dev, staging, prod, ...).');
const stack = zod_1.z
    .strictObject({
    files: zod_1.z.array(repoPath).min(1).describe('Base Compose files, in `docker compose -f` order.'),
    environments: zod_1.z.record(zod_1.z.string(), zod_1.z.array(repoPath)).default({}).describe('Override files per environment, applied after the base files.'),
    envFiles: zod_1.z.array(repoPath).default([]).describe('Env files for interpolation (default: .env next to the first file).'),
})
    .describe('A Compose stack: base files plus per-environment overrides.');
/** One entry of `checks:`: a severity, or {severity, options} (`options` only where there is a schema for them). */
function checkSettingSchema(options) {
    const detailed = zod_1.z.strictObject({
        severity: exports.severitySetting.optional(),
        ...(options ? { options: options.optional() } : {}),
    });
    return zod_1.z.union([exports.severitySetting, detailed]);
}
/** `checks:` as config reads it: any check id, with options of any shape. */
const ANY_CHECKS = {
    checks: zod_1.z.object({}).catchall(checkSettingSchema(zod_1.z.unknown())),
    overrideChecks: zod_1.z.object({}).catchall(exports.severitySetting),
};
/** The schema of stackgate.yml with the given `checks:` sections. */
function buildConfigSchema(sections) {
    return zod_1.z
        .strictObject({
        $schema: zod_1.z.string().optional(),
        version: zod_1.z.literal(1).default(1).describe('Configuration format version.'),
        include: zod_1.z.array(zod_1.z.string()).default([]).describe('Globs of files to validate (default: everything not git-ignored).'),
        exclude: zod_1.z.array(zod_1.z.string()).default([]).describe('Globs of files never to validate.'),
        maxFileSizeKb: zod_1.z.number().int().positive().default(1024).describe('Larger files are reported and skipped.'),
        failOn: zod_1.z.enum(['error', 'warning', 'info', 'never']).default('error').describe('Lowest severity that fails the run.'),
        environments: zod_1.z.record(smoke_schema_1.name, environment).default({}).describe('Environments; default dev, staging and prod.'),
        stacks: zod_1.z.record(smoke_schema_1.name, stack).optional().describe('Compose stacks; discovered by convention when absent (stacks/common + stacks/<env>).'),
        kubernetes: zod_1.z
            .strictObject({
            schemas: zod_1.z
                .record(zod_1.z.string(), repoPath)
                .default({})
                .describe('JSON Schema or CustomResourceDefinition file per "group/version/Kind" of custom resources.'),
        })
            .default({ schemas: {} }),
        monitoring: zod_1.z
            .strictObject({
            promtool: zod_1.z.enum(['auto', 'always', 'never']).default('auto').describe('Use promtool when installed (auto), require it, or never run it.'),
        })
            .default({ promtool: 'auto' }),
        secrets: zod_1.z
            .strictObject({
            allow: zod_1.z
                .strictObject({
                paths: zod_1.z.array(zod_1.z.string()).default([]).describe('Globs of files never scanned for secrets (fixtures, vendored code).'),
                patterns: zod_1.z.array(zod_1.z.string()).default([]).describe('Regular expressions; a found value matching one is accepted.'),
                rules: zod_1.z.array(zod_1.z.string()).default([]).describe('Rule ids (e.g. generic-secret-assignment) that are not reported.'),
            })
                .default({ paths: [], patterns: [], rules: [] }),
            baseline: repoPath.default('.stackgate/secrets-baseline.json').describe('Accepted findings, stored as salted fingerprints.'),
            maxFileSizeKb: zod_1.z.number().int().positive().default(10240).describe('Larger files are skipped (and reported).'),
            verify: zod_1.z
                .strictObject({
                github: zod_1.z.boolean().default(false).describe('Ask the GitHub API whether found GitHub tokens are live (off by default).'),
                apiUrl: zod_1.z.string().default('https://api.github.com').describe('GitHub API URL used for verification.'),
            })
                .default({ github: false, apiUrl: 'https://api.github.com' }),
        })
            .default({
            allow: { paths: [], patterns: [], rules: [] },
            baseline: '.stackgate/secrets-baseline.json',
            maxFileSizeKb: 10240,
            verify: { github: false, apiUrl: 'https://api.github.com' },
        })
            .describe('The secret scanner (stackgate secrets, actions/secrets).'),
        mcp: zod_1.z
            .strictObject({
            services: zod_1.z
                .array(zod_1.z.string())
                .optional()
                .describe('Compose services / Kubernetes workloads that are MCP servers (default: names or images containing "mcp").'),
            litellm: repoPath.optional().describe('LiteLLM proxy config that registers the MCP servers (default: found by its mcp_servers key).'),
        })
            .default({})
            .describe('The MCP servers of the repository.'),
        smoke: smoke_schema_1.smokeSection,
        readiness: zod_1.z
            .strictObject({
            failUnder: zod_1.z.number().min(0).max(100).default(0).describe('Fail when the score is below this.'),
            minimums: zod_1.z.partialRecord(zod_1.z.enum(categories_1.READINESS_CATEGORIES), zod_1.z.number().min(0).max(100)).default({}).describe('Lowest accepted score per category.'),
            comment: zod_1.z
                .strictObject({
                key: zod_1.z
                    .string()
                    .regex(comment_settings_1.COMMENT_KEY, 'expected at most 50 letters, digits, ".", "_" or "-"')
                    .default('readiness')
                    .describe('Tells this comment apart from other stackgate comments on the PR.'),
                mode: zod_1.z.enum(comment_settings_1.COMMENT_MODES).default('update'),
            })
                .default({ key: 'readiness', mode: 'update' }),
        })
            .default({ failUnder: 0, minimums: {}, comment: { key: 'readiness', mode: 'update' } })
            .describe('The readiness score (stackgate score, the PR comment).'),
        checks: sections.checks.default({}).describe('Per-check settings: off, a severity, or {severity, options}.'),
        overrides: zod_1.z
            .array(zod_1.z.strictObject({
            files: zod_1.z.array(zod_1.z.string()).min(1).describe('Globs the settings apply to.'),
            checks: sections.overrideChecks.describe('Severity per check id for matching files.'),
        }))
            .default([])
            .describe('Check settings for files matching globs; later entries win.'),
    })
        .describe('stackgate configuration');
}
/** stackgate.yml as config reads it, checks known by shape only (the engine's schema: validate/config.ts). */
exports.configSchema = buildConfigSchema(ANY_CHECKS);
/** Where the JSON Schema of stackgate.yml is published: its `$id`, and the URL editors map files to. */
exports.CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/stackgate/stackgate/main/schema/stackgate.schema.json';


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

/***/ 771:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_MODES = exports.COMMENT_KEY = void 0;
exports.checkCommentKey = checkCommentKey;
exports.parseCommentMode = parseCommentMode;
/**
 * The sticky comment's settings, one rule for stackgate.yml, action inputs, the report envelope and
 * the upsert: the key (in the comment's HTML marker and the artifact's envelope) and the modes.
 */
const errors_1 = __webpack_require__(74296);
exports.COMMENT_KEY = /^[\w.-]{1,50}$/;
exports.COMMENT_MODES = ['update', 'recreate', 'skip-unchanged', 'off'];
function checkCommentKey(key, where) {
    if (!exports.COMMENT_KEY.test(key))
        throw new errors_1.UserError(`${where}: comment key ${JSON.stringify(key)} may only contain letters, digits, ".", "_" and "-" (at most 50)`);
    return key;
}
/** An action's `comment` input; empty means the default (stackgate.yml's, or update). */
function parseCommentMode(input, where = 'input "comment"') {
    if (!input)
        return undefined;
    if (!exports.COMMENT_MODES.includes(input))
        throw new errors_1.UserError(`${where}: expected one of ${exports.COMMENT_MODES.join(', ')}, got "${input}"`);
    return input;
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