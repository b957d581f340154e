"use strict";
exports.id = 3367;
exports.ids = [3367];
exports.modules = {

/***/ 14054:
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
exports.run = run;
exports.readEnvelope = readEnvelope;
/**
 * actions/comment: the second stage of the fork-safe pattern. It runs on `workflow_run` with a
 * write token, next to no code from the pull request: it reads readiness.json from the first
 * stage's artifact, parses it strictly, checks that it belongs to the pull request and head commit
 * of the run that produced it, renders the comment itself and posts it.
 */
const core = __importStar(__webpack_require__(37484));
const proxy_1 = __webpack_require__(87466);
const run_context_1 = __webpack_require__(91429);
const post_readiness_comment_1 = __webpack_require__(37544);
const errors_1 = __webpack_require__(74296);
const regular_file_1 = __webpack_require__(99944);
const report_schema_1 = __webpack_require__(30094);
const parse_json_report_1 = __webpack_require__(47819);
const fail_step_1 = __webpack_require__(61982);
const log_1 = __webpack_require__(15577);
const comment_settings_1 = __webpack_require__(771);
const MAX_REPORT_BYTES = 5 * 1024 * 1024;
async function run(env = process.env, tuning) {
    try {
        const mode = (0, comment_settings_1.parseCommentMode)(core.getInput('comment')) ?? 'update';
        if (mode === 'off')
            return;
        const reportPath = core.getInput('report', { required: true });
        const envelope = readEnvelope(reportPath);
        if (!envelope.pullRequest) {
            (0, log_1.info)('the report is not for a pull request: nothing to comment on');
            return;
        }
        const context = (0, run_context_1.readRunContext)(env);
        const headSha = context.workflowRun?.headSha;
        if (context.eventName !== 'workflow_run' || !headSha) {
            throw new errors_1.UserError('actions/comment runs on workflow_run events (the second stage of workflows-templates/readiness-comment.yml)');
        }
        if (envelope.pullRequest.headSha !== headSha) {
            throw new errors_1.UserError(`${reportPath}: the report is for commit ${envelope.pullRequest.headSha.slice(0, 12)}, but the workflow run that produced it tested ${headSha.slice(0, 12)}; not posting`);
        }
        if (!context.repository)
            throw new errors_1.UserError('GITHUB_REPOSITORY is not set');
        const { owner, repo } = context.repository;
        const token = core.getInput('github-token');
        if (!token)
            throw new errors_1.UserError('input "github-token" is empty');
        // The pull request must exist in this repository and still have the tested head: an artifact
        // cannot steer the comment to another pull request, and a stale run does not overwrite a newer one.
        const outcome = await (0, post_readiness_comment_1.postReadinessComment)({
            envelope,
            token,
            apiUrl: context.apiUrl,
            owner,
            repo,
            mode,
            linkBase: (0, run_context_1.blobLinkBase)(context, headSha),
            tuning,
            proxy: (0, proxy_1.proxySettingsFromEnv)(env),
            requireHeadSha: headSha,
        }, { log: log_1.actionLog });
        if (outcome.kind === 'posted')
            core.setOutput('comment-id', String(outcome.commentId));
        else if (outcome.kind === 'skipped')
            (0, log_1.info)(outcome.reason);
        else
            core.setFailed(outcome.reason);
    }
    catch (e) {
        (0, fail_step_1.failStep)(e);
    }
}
/** The artifact is untrusted input: size-capped, strictly parsed, errors name the field. */
function readEnvelope(file) {
    // A regular file only (not a FIFO or device an artifact could stand for), at most MAX_REPORT_BYTES.
    const read = (0, regular_file_1.readRegularFile)(process.cwd(), file, { maxBytes: MAX_REPORT_BYTES, allowOutside: true });
    if (!read.ok)
        throw new errors_1.UserError(`${file}: ${read.message}`, { hint: 'download the stackgate-readiness artifact of the triggering run first' });
    const text = read.text;
    return (0, parse_json_report_1.parseJsonReport)(text, file, report_schema_1.readinessEnvelopeSchema, 'stackgate readiness report');
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
const undici_1 = __webpack_require__(24371);
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

/***/ 15200:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.READINESS_CATEGORIES = exports.DOMAINS = exports.CATEGORIES = void 0;
exports.defineCheck = defineCheck;
exports.defineEngineCheck = defineEngineCheck;
exports.isEngineCheck = isEngineCheck;
exports.domainOf = domainOf;
exports.formatMessage = formatMessage;
exports.isLoc = isLoc;
exports.CATEGORIES = ['correctness', 'security', 'reliability', 'resources', 'observability', 'supply-chain', 'operations'];
exports.DOMAINS = ['core', 'compose', 'kubernetes', 'dockerfile', 'monitoring', 'secrets', 'environments', 'ci', 'docs', 'mcp'];
/** The readiness categories (defined by the score, named by checks' `meta.readiness`). */
var categories_1 = __webpack_require__(42386);
Object.defineProperty(exports, "READINESS_CATEGORIES", ({ enumerable: true, get: function () { return categories_1.READINESS_CATEGORIES; } }));
/** Identity helper that infers message ids and option types. */
function defineCheck(check) {
    return check;
}
/** Identity helper for engine checks: infers message ids and the engine source. */
function defineEngineCheck(check) {
    return check;
}
function isEngineCheck(check) {
    return check.engine !== undefined;
}
function domainOf(id) {
    return id.split('/')[0];
}
/** `Hello {{name}}` with `{name: 'x'}` -> `Hello x`. Unknown placeholders stay visible. */
function formatMessage(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key) => (key in data ? String(data[key]) : m));
}
function isLoc(at) {
    return !!at && !Array.isArray(at) && typeof at.line === 'number';
}


/***/ }),

/***/ 42386:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.READINESS_TITLES = exports.READINESS_CATEGORIES = void 0;
/**
 * The readiness categories of the score (following the MCP deployment roadmap) and their titles.
 * Every check counts in one (check-category.ts); stackgate.yml sets a minimum per category. A leaf:
 * checks, config and the score all name the categories, so this imports none of them.
 */
exports.READINESS_CATEGORIES = ['containerization', 'kubernetes', 'compose', 'secrets', 'monitoring', 'environments', 'cicd', 'docs', 'mcp'];
exports.READINESS_TITLES = {
    containerization: 'Containerization',
    kubernetes: 'Kubernetes security',
    compose: 'Compose resilience',
    secrets: 'Secrets hygiene',
    monitoring: 'Monitoring and alerting',
    environments: 'Multi-environment',
    cicd: 'CI/CD',
    docs: 'Disaster recovery and documentation',
    mcp: 'MCP services',
};


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

/***/ 30094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readinessEnvelopeSchema = exports.gateVerdictSchema = exports.readinessDeltaSchema = exports.readinessReportSchema = exports.blockerSchema = exports.categoryScoreSchema = exports.checkResultSchema = void 0;
exports.readinessReportJsonSchema = readinessReportJsonSchema;
/**
 * The readiness report as JSON: written by `stackgate score --format json` and the readiness
 * action, read back by the delta (the base branch's report), the comment poster of the two-stage
 * workflow (an artifact it must not trust) and later by the promotion gate and the deploy ledger.
 * schema/readiness-report.schema.json is generated from this zod schema.
 */
const zod_1 = __webpack_require__(50924);
const comment_settings_1 = __webpack_require__(771);
const categories_1 = __webpack_require__(42386);
const grade = zod_1.z.enum(['A', 'B', 'C', 'D', 'F']);
const severity = zod_1.z.enum(['error', 'warning', 'info']);
const line = zod_1.z.number().int().positive();
const text = zod_1.z.string().max(4000);
const filePath = zod_1.z.string().max(1000);
exports.checkResultSchema = zod_1.z.strictObject({
    id: zod_1.z.string().max(200),
    title: text,
    category: zod_1.z.enum(categories_1.READINESS_CATEGORIES),
    severity: severity.describe('Highest severity among its findings; for passing checks its configured severity.'),
    weight: zod_1.z.number().int().positive().describe('error 3, warning 2, info 1.'),
    status: zod_1.z.enum(['pass', 'fail', 'not-applicable']),
    findings: zod_1.z.number().int().nonnegative().describe('Number of findings (exact, even when locations are capped).'),
    file: filePath.optional().describe('First finding.'),
    line: line.optional(),
    message: text.optional(),
    locations: zod_1.z.array(zod_1.z.strictObject({ file: filePath, line, message: text, severity })).max(50),
});
exports.categoryScoreSchema = zod_1.z.strictObject({
    id: zod_1.z.union([zod_1.z.enum(categories_1.READINESS_CATEGORIES), zod_1.z.literal('overall')]),
    title: text,
    score: zod_1.z.number().min(0).max(100).nullable().describe('Null when no check of the category applies.'),
    grade: grade.nullable(),
    passed: zod_1.z.number().int().nonnegative(),
    failed: zod_1.z.number().int().nonnegative(),
    notApplicable: zod_1.z.number().int().nonnegative(),
    total: zod_1.z.number().int().nonnegative().describe('Applicable checks.'),
});
exports.blockerSchema = zod_1.z.strictObject({
    checkId: zod_1.z.string().max(200),
    file: filePath,
    line,
    message: text,
});
exports.readinessReportSchema = zod_1.z
    .strictObject({
    schema: zod_1.z.literal('https://stackgate.dev/schemas/readiness-report/v1'),
    tool: zod_1.z.strictObject({ name: zod_1.z.literal('stackgate'), version: zod_1.z.string().max(50) }),
    commit: zod_1.z
        .string()
        .regex(/^[0-9a-f]{7,64}$/)
        .nullable()
        .describe('The commit the score was computed for.'),
    generatedAt: zod_1.z.string().max(40),
    score: zod_1.z.number().min(0).max(100).describe('Weighted share of applicable checks that pass, one decimal.'),
    grade,
    passed: zod_1.z.number().int().nonnegative(),
    failed: zod_1.z.number().int().nonnegative(),
    notApplicable: zod_1.z.number().int().nonnegative(),
    total: zod_1.z.number().int().nonnegative().describe('Applicable checks.'),
    categories: zod_1.z.array(exports.categoryScoreSchema),
    blockers: zod_1.z.array(exports.blockerSchema).describe('Error-severity findings and secrets: they fail the gate whatever the score.'),
    secretsScanned: zod_1.z.boolean(),
    checks: zod_1.z.array(exports.checkResultSchema),
})
    .describe('stackgate readiness report');
function readinessReportJsonSchema() {
    return zod_1.z.toJSONSchema(exports.readinessReportSchema, { io: 'output' });
}
const categoryDeltaSchema = zod_1.z.strictObject({
    id: exports.categoryScoreSchema.shape.id,
    title: text,
    from: zod_1.z.number().nullable(),
    to: zod_1.z.number().nullable(),
    delta: zod_1.z.number().nullable(),
});
exports.readinessDeltaSchema = zod_1.z.strictObject({
    baseCommit: zod_1.z
        .string()
        .regex(/^[0-9a-f]{7,64}$/)
        .nullable(),
    baseScore: zod_1.z.number().min(0).max(100),
    baseGrade: grade,
    delta: zod_1.z.number().min(-100).max(100),
    categories: zod_1.z.array(categoryDeltaSchema),
    newlyFailing: zod_1.z.array(exports.checkResultSchema),
    newlyFixed: zod_1.z.array(exports.checkResultSchema),
});
exports.gateVerdictSchema = zod_1.z.strictObject({ passed: zod_1.z.boolean(), reasons: zod_1.z.array(text) });
/**
 * What the readiness action leaves for the comment poster of the two-stage workflow (an
 * artifact): the report, its delta and verdict, and which pull request and commit it is for.
 * The poster runs with a write token, so it parses this strictly and renders the comment itself.
 */
exports.readinessEnvelopeSchema = zod_1.z.strictObject({
    report: exports.readinessReportSchema,
    delta: exports.readinessDeltaSchema.optional(),
    verdict: exports.gateVerdictSchema,
    notes: zod_1.z.array(text).max(10).default([]),
    pullRequest: zod_1.z.strictObject({ number: zod_1.z.number().int().positive(), headSha: zod_1.z.string().regex(/^[0-9a-f]{40,64}$/) }).optional(),
    commentKey: zod_1.z.string().regex(comment_settings_1.COMMENT_KEY),
});


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

/***/ 99944:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRegularFile = readRegularFile;
exports.isInside = isInside;
exports.writeRegularFile = writeRegularFile;
/**
 * One file whose path comes from the repository or its config (stackgate.yml, a baseline, an
 * artifact). Reading: only a regular file, only inside the repository (after following symbolic
 * links), and only up to a size cap; a link to /proc/self/environ, /dev/zero or a FIFO is refused
 * with a reason instead of being printed, read forever or waited on. Writing: only inside the
 * repository, never through a link.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
/** Reads `file` (relative to `root`, or absolute) as text, or says why not. Never throws. */
function readRegularFile(root, file, options) {
    const abs = node_path_1.default.resolve(root, file);
    let real;
    let realRoot;
    try {
        real = node_fs_1.default.realpathSync(abs);
        realRoot = node_fs_1.default.realpathSync(root);
    }
    catch (e) {
        const code = e.code;
        return code === 'ENOENT' || code === 'ENOTDIR'
            ? { ok: false, problem: 'missing', message: 'no such file' }
            : { ok: false, problem: 'unreadable', message: `cannot read it (${code ?? 'error'})` };
    }
    if (!options.allowOutside && !isInside(realRoot, real)) {
        return { ok: false, problem: 'outside', message: 'it is outside the repository (a symbolic link or a path leading out of it); not read' };
    }
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat below then refuses it.
        fd = node_fs_1.default.openSync(real, node_fs_1.default.constants.O_RDONLY | node_fs_1.default.constants.O_NONBLOCK | node_fs_1.default.constants.O_NOFOLLOW);
        const st = node_fs_1.default.fstatSync(fd);
        if (!st.isFile())
            return { ok: false, problem: 'not-regular', message: `it is not a regular file (${kindOf(st)}); not read` };
        if (st.size > options.maxBytes)
            return { ok: false, problem: 'too-large', message: `it is ${st.size} bytes, over the ${options.maxBytes}-byte limit; not read` };
        // Read at most one byte past the cap: a file that grows while it is read is refused, not followed.
        const buf = Buffer.alloc(Math.min(st.size, options.maxBytes) + 1);
        let length = 0;
        for (let n = 1; n > 0 && length < buf.length; length += n)
            n = node_fs_1.default.readSync(fd, buf, length, buf.length - length, null);
        if (length > options.maxBytes)
            return { ok: false, problem: 'too-large', message: `it grew past the ${options.maxBytes}-byte limit while it was read; not read` };
        return {
            ok: true,
            text: buf
                .subarray(0, length)
                .toString('utf8')
                .replace(/^\uFEFF/, ''),
        };
    }
    catch (e) {
        return { ok: false, problem: 'unreadable', message: `cannot read it (${e.code ?? e.message})` };
    }
    finally {
        if (fd !== undefined)
            node_fs_1.default.closeSync(fd);
    }
}
function isInside(root, target) {
    const rel = node_path_1.default.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path_1.default.isAbsolute(rel));
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a file';
}
/**
 * Writes `file` (relative to `root`) when it lands inside the repository after the links of its
 * directories are resolved, and is not itself a link or another kind of file; a reason otherwise.
 */
function writeRegularFile(root, file, content) {
    const abs = node_path_1.default.resolve(root, file);
    try {
        const realRoot = node_fs_1.default.realpathSync(root);
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(abs), { recursive: true });
        if (!isInside(realRoot, node_fs_1.default.realpathSync(node_path_1.default.dirname(abs))))
            return { ok: false, message: 'its directory is outside the repository (a symbolic link or a path leading out of it); not written' };
        const fd = node_fs_1.default.openSync(abs, node_fs_1.default.constants.O_WRONLY | node_fs_1.default.constants.O_CREAT | node_fs_1.default.constants.O_TRUNC | node_fs_1.default.constants.O_NOFOLLOW | node_fs_1.default.constants.O_NONBLOCK, 0o644);
        try {
            if (!node_fs_1.default.fstatSync(fd).isFile())
                return { ok: false, message: 'it is not a regular file; not written' };
            node_fs_1.default.writeFileSync(fd, content);
        }
        finally {
            node_fs_1.default.closeSync(fd);
        }
        return { ok: true };
    }
    catch (e) {
        const code = e.code;
        return { ok: false, message: code === 'ELOOP' ? 'it is a symbolic link; not written through' : `cannot write it (${code ?? e.message})` };
    }
}


/***/ })

};
;