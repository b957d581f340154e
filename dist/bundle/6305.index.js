"use strict";
exports.id = 6305;
exports.ids = [6305];
exports.modules = {

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

/***/ 40812:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CONFIG_BYTES = exports.CONFIG_FILES = void 0;
exports.readConfig = readConfig;
exports.parseConfigWith = parseConfigWith;
/**
 * stackgate.yml -> validated data, for any schema of it: the whole product's (load.ts) or one
 * section's (the smoke bundle reads only `smoke:`). Every problem names file:line:column; unknown
 * keys get a "did you mean" from the schema's own keys.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const did_you_mean_1 = __webpack_require__(87568);
const errors_1 = __webpack_require__(74296);
const yaml_tree_1 = __webpack_require__(43183);
const regular_file_1 = __webpack_require__(99944);
exports.CONFIG_FILES = ['stackgate.yml', 'stackgate.yaml', '.github/stackgate.yml', '.github/stackgate.yaml'];
/** A stackgate.yml is a few kilobytes; this bounds what a hostile one makes stackgate read. */
exports.MAX_CONFIG_BYTES = 1024 * 1024;
/** Finds and reads the config of a repository against a schema; with no file, the schema's defaults. */
function readConfig(schema, root, explicitPath) {
    // A named file may be anywhere the user points; a discovered one must be the repository's own.
    const candidates = explicitPath ? [explicitPath] : exports.CONFIG_FILES;
    for (const candidate of candidates) {
        const abs = node_path_1.default.resolve(root, candidate);
        const rel = node_path_1.default.relative(root, abs).split(node_path_1.default.sep).join('/') || node_path_1.default.basename(abs);
        const read = (0, regular_file_1.readRegularFile)(root, abs, { maxBytes: exports.MAX_CONFIG_BYTES, allowOutside: !!explicitPath });
        if (read.ok)
            return { ...parseConfigTree(schema, rel, read.text), file: rel };
        if (read.problem === 'missing' && !explicitPath)
            continue;
        if (read.problem === 'missing')
            throw new errors_1.UserError(`config file not found: ${explicitPath}`, { hint: 'pass --config with a path relative to the repository, or omit it' });
        throw new errors_1.UserError(`cannot use this config: ${read.message}`, { file: rel });
    }
    return { config: schema.parse({}) };
}
function parseConfigWith(schema, file, text) {
    return parseConfigTree(schema, file, text).config;
}
function parseConfigTree(schema, file, text) {
    const parsed = (0, yaml_tree_1.parseYaml)(file, text);
    const problem = parsed.problems[0];
    if (problem) {
        throw new errors_1.UserError(`invalid YAML: ${problem.message}`, { file, line: problem.line, column: problem.column });
    }
    if (parsed.documents.filter((d) => d.root).length > 1) {
        const second = parsed.documents.filter((d) => d.root)[1];
        throw new errors_1.UserError('expected one YAML document, found several', { file, line: second.line, column: 1 });
    }
    const root = parsed.documents.find((d) => d.root)?.root ?? null;
    const data = root ? (0, yaml_tree_1.toPlain)(root) : {};
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new errors_1.UserError('expected a mapping of settings at the top level', { file, line: root?.loc.line ?? 1, column: root?.loc.column ?? 1 });
    }
    const result = schema.safeParse(data);
    if (result.success)
        return { config: result.data, tree: root };
    throw configError(schema, file, root, result.error.issues);
}
function configError(schema, file, root, issues) {
    const fallback = { file, line: 1, column: 1 };
    const lines = [];
    for (const issue of issues) {
        const issuePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        if (issue.code === 'unrecognized_keys') {
            const candidates = keysAt(schema, issuePath);
            for (const key of issue.keys) {
                const at = (0, yaml_tree_1.locate)(root, [...issuePath, key], fallback);
                const suggestion = (0, did_you_mean_1.suggest)(key, candidates);
                lines.push({
                    line: at.line,
                    column: at.column,
                    text: `${(0, yaml_tree_1.formatPath)([...issuePath, key])}: unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
                });
            }
            continue;
        }
        const at = (0, yaml_tree_1.locateValue)(root, issuePath, fallback);
        lines.push({ line: at.line, column: at.column, text: `${(0, yaml_tree_1.formatPath)(issuePath) || '(top level)'}: ${describeIssue(issue)}` });
    }
    lines.sort((a, b) => a.line - b.line || a.column - b.column);
    const [first, ...rest] = lines;
    const message = [first.text, ...rest.map((l) => `${file}:${l.line}:${l.column}: ${l.text}`)].join('\n');
    return new errors_1.UserError(message, { file, line: first.line, column: first.column });
}
function describeIssue(issue) {
    if (issue.code === 'invalid_union')
        return 'expected "off", "error", "warning", "info" or a mapping with severity/options';
    return issue.message.replace(/^Invalid input: /, '');
}
/** The keys the schema allows at a path (for "did you mean"). */
function keysAt(schema, p) {
    let cur = schema;
    for (const seg of p) {
        cur = unwrap(cur);
        const def = defOf(cur);
        if (!def)
            return [];
        if (def.type === 'object')
            cur = def.shape[String(seg)] ?? def.catchall;
        else if (def.type === 'record')
            cur = def.valueType;
        else if (def.type === 'array')
            cur = def.element;
        else if (def.type === 'union')
            cur = def.options.find((o) => defOf(unwrap(o))?.type === 'object');
        else
            return [];
        if (!cur)
            return [];
    }
    cur = unwrap(cur);
    const def = defOf(cur);
    if (def?.type === 'union') {
        const obj = def.options.map(unwrap).find((o) => defOf(o)?.type === 'object');
        return obj ? Object.keys(defOf(obj).shape) : [];
    }
    return def?.type === 'object' ? Object.keys(def.shape) : [];
}
function defOf(s) {
    return s?._zod?.def;
}
function unwrap(s) {
    let cur = s;
    for (let d = defOf(cur); d && (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault'); d = defOf(cur)) {
        cur = d.innerType;
    }
    return cur;
}


/***/ }),

/***/ 76139:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.smokeOnlyConfig = exports.smokeSection = exports.smokeTarget = exports.duration = exports.name = void 0;
/**
 * The smoke section of stackgate.yml (part of the one schema in schema.ts). Kept in its own module
 * so that `stackgate smoke` with a one-off target, and actions/smoke, validate targets without
 * loading the check catalogue.
 */
const zod_1 = __webpack_require__(50924);
const duration_1 = __webpack_require__(38169);
/** Environment, stack and service names. */
exports.name = zod_1.z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected a name of letters, digits, ".", "_" or "-"');
exports.duration = zod_1.z
    .union([
    zod_1.z.number().nonnegative(),
    zod_1.z
        .string()
        .regex(duration_1.DURATION_PATTERN, `expected a duration such as ${duration_1.DURATION_EXAMPLES}`)
        .refine(duration_1.isDuration, 'expected units from the largest down, each once (1h30m)'),
])
    .describe(`Milliseconds, or a duration such as ${duration_1.DURATION_EXAMPLES}.`);
const toolCall = zod_1.z.strictObject({
    tool: zod_1.z.string().min(1).describe('Tool name.'),
    arguments: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).default({}).describe('Arguments passed to tools/call.'),
    expect: zod_1.z
        .strictObject({
        contains: zod_1.z.string().optional().describe('The text content contains this string.'),
        regex: zod_1.z.string().optional().describe('The text content matches this regular expression.'),
        json: zod_1.z.unknown().optional().describe('The structured content (or the text parsed as JSON) contains this subset.'),
        isError: zod_1.z.boolean().default(false).describe('Whether the result is expected to be an error (isError: true).'),
    })
        .default({ isError: false }),
});
exports.smokeTarget = zod_1.z
    .strictObject({
    transport: zod_1.z
        .enum(['streamable-http', 'sse', 'stdio'])
        .optional()
        .describe('MCP transport (default: stdio with command; sse for a URL ending in /sse; otherwise streamable-http).'),
    url: zod_1.z.string().optional().describe('MCP endpoint URL (streamable-http or sse); ${VAR} is read from the environment.'),
    command: zod_1.z.array(zod_1.z.string()).min(1).optional().describe('Command and arguments that start the server on stdio.'),
    env: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).default({}).describe('Environment of the stdio command; ${VAR} is read from the environment and never printed.'),
    cwd: zod_1.z.string().optional().describe('Working directory of the stdio command (relative to the repository).'),
    headers: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).default({}).describe('Request headers; ${VAR} is read from the environment and never printed.'),
    health: zod_1.z
        .strictObject({
        url: zod_1.z.string().describe('Health endpoint URL.'),
        status: zod_1.z.number().int().default(200).describe('Expected HTTP status.'),
        json: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).optional().describe('Expected values by JSON path in the body (e.g. {"status": "ok", "checks.db": "up"}).'),
        budget: exports.duration.optional().describe('Latency budget of the health request.'),
    })
        .optional(),
    tools: zod_1.z.array(zod_1.z.string()).default([]).describe('Tools that must be listed.'),
    minTools: zod_1.z.number().int().nonnegative().optional().describe('At least this many tools.'),
    resources: zod_1.z.array(zod_1.z.string()).optional().describe('Resource URIs that must be listed (resources/list).'),
    prompts: zod_1.z.array(zod_1.z.string()).optional().describe('Prompts that must be listed (prompts/list).'),
    calls: zod_1.z.array(toolCall).default([]).describe('tools/call checks.'),
    repetitions: zod_1.z.number().int().positive().max(10000).default(1).describe('Run the tool calls this many times for latency percentiles and the error rate.'),
    budgets: zod_1.z
        .strictObject({
        p50: exports.duration.optional().describe('Median tool call latency.'),
        p95: exports.duration.optional().describe('95th percentile of tool call latency.'),
        p99: exports.duration.optional().describe('99th percentile of tool call latency.'),
        errorRate: zod_1.z.number().min(0).max(1).optional().describe('Highest accepted share of failed calls.'),
    })
        .default({}),
    sessionChecks: zod_1.z.boolean().default(true).describe('Streamable HTTP: check that an unknown session gets 404 and that the session ends at the end.'),
    expectedFailures: zod_1.z
        .array(zod_1.z.string())
        .default([])
        .describe('Check ids known to fail (e.g. "call:fetch", "session-unknown"): reported as expected failures, not failing.'),
})
    .describe('How to smoke-test one MCP service in one environment.');
exports.smokeSection = zod_1.z
    .strictObject({
    waitTimeout: exports.duration.default('60s').describe('How long to wait for a target to answer (retrying with backoff) before checking it.'),
    timeout: exports.duration.default('10s').describe('Timeout of each request.'),
    concurrency: zod_1.z.number().int().positive().default(4).describe('Services checked at once.'),
    drift: zod_1.z
        .enum(['fail', 'warn', 'off'])
        .default('fail')
        .describe("When the tool surface differs from the previous environment's report (--compare): fail, warn or do not check."),
    strict: zod_1.z.boolean().default(false).describe('Fail on protocol-hygiene findings (session-unknown, session-close) instead of reporting them as warnings.'),
    environments: zod_1.z.record(exports.name, zod_1.z.record(zod_1.z.string(), exports.smokeTarget)).default({}).describe('Smoke targets per environment and service.'),
})
    .default({ waitTimeout: '60s', timeout: '10s', concurrency: 4, drift: 'fail', strict: false, environments: {} })
    .describe('Post-deploy smoke tests (stackgate smoke).');
/** stackgate.yml seen by the smoke command: its smoke section, every other key left to the full schema. */
exports.smokeOnlyConfig = zod_1.z.looseObject({ smoke: exports.smokeSection });


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

/***/ 38169:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DURATION_EXAMPLES = exports.DURATION_PATTERN = void 0;
exports.parseDurationMs = parseDurationMs;
exports.isDuration = isDuration;
exports.formatMs = formatMs;
/**
 * Durations of stackgate.yml and CLI flags: milliseconds, or `500ms`, `10s`, `2m`, `64h`, `2d`, and
 * compounds from the largest unit down (`1h30m`, `2d16h`). A day is 24 hours of elapsed time.
 */
const errors_1 = __webpack_require__(74296);
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
/** One or more `<number><unit>`, units in decreasing order, each once (checked by parseDurationMs). */
exports.DURATION_PATTERN = /^(\d+(\.\d+)?(ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
exports.DURATION_EXAMPLES = '500ms, 10s, 2m, 64h or 1h30m';
function parseDurationMs(value, where) {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
        return value;
    const text = typeof value === 'string' ? value.trim() : '';
    const ms = exports.DURATION_PATTERN.test(text) ? sumParts(text) : undefined;
    if (ms === undefined)
        throw new errors_1.UserError(`${where}: expected a duration such as ${exports.DURATION_EXAMPLES}, got "${String(value)}"`);
    return ms;
}
/** Whether a duration string is well formed (units from the largest down, each once). */
function isDuration(text) {
    return exports.DURATION_PATTERN.test(text) && sumParts(text) !== undefined;
}
function sumParts(text) {
    const order = Object.keys(UNIT_MS);
    let last = -1;
    let total = 0;
    for (const [, n, unit] of text.matchAll(PART)) {
        const rank = order.indexOf(unit);
        if (rank <= last)
            return undefined;
        last = rank;
        total += Number(n) * UNIT_MS[unit];
    }
    return total;
}
/** `850 ms`, `1.2 s`, `2 m 5 s`: for messages. */
function formatMs(ms) {
    // Each unit's threshold is where its rounding would carry into the next (no `1000 ms`, `60.0 s`, `1 m 60 s`).
    if (ms < 999.5)
        return `${ms < 9.95 ? ms.toFixed(1) : Math.round(ms)} ms`;
    if (ms < 59_950)
        return `${(ms / 1000).toFixed(ms < 9_995 ? 2 : 1)} s`;
    const s = Math.round(ms / 1000);
    if (s < 3600)
        return `${Math.floor(s / 60)} m ${s % 60} s`;
    const m = Math.round(ms / 60_000);
    if (m < 1440)
        return `${Math.floor(m / 60)} h ${m % 60} m`;
    const h = Math.round(ms / 3_600_000);
    return `${Math.floor(h / 24)} d ${h % 24} h`;
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


/***/ }),

/***/ 43183:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseYaml = parseYaml;
exports.toPlain = toPlain;
exports.getNode = getNode;
exports.locate = locate;
exports.locateValue = locateValue;
exports.scalarOf = scalarOf;
exports.pointerToPath = pointerToPath;
exports.segmentsToPath = segmentsToPath;
exports.formatPath = formatPath;
/**
 * YAML (and JSON, a YAML subset) parsed into a small tree that keeps the file, line and column of
 * every key and value. Aliases and merge keys (`<<: *defaults`) are expanded into the tree with the
 * positions of the anchored source; the expansion is capped so an alias bomb is reported, not built.
 * Compose layering merges these trees, so a value keeps the position of the layer that set it.
 */
const yaml_1 = __webpack_require__(38815);
const DEFAULT_MAX_ALIAS_NODES = 50_000;
class AliasLimitError extends Error {
}
function parseYaml(file, text, options = {}) {
    const lineCounter = new yaml_1.LineCounter();
    const problems = [];
    const documents = [];
    const maxAliasNodes = options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES;
    let docs;
    try {
        docs = (0, yaml_1.parseAllDocuments)(text, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
    }
    catch (e) {
        problems.push({ code: 'syntax', message: e.message, line: 1, column: 1 });
        return { file, documents, problems };
    }
    if (!Array.isArray(docs))
        docs = [docs];
    const pos = (offset) => lineCounter.linePos(offset);
    docs.forEach((doc, index) => {
        let broken = false;
        let syntaxReported = false;
        for (const err of doc.errors) {
            const p = pos(err.pos[0]);
            const code = err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax';
            broken = true;
            // After the first syntax error the parser's further errors are mostly consequences of it.
            if (code === 'syntax' && syntaxReported)
                continue;
            syntaxReported ||= code === 'syntax';
            problems.push({ code, message: firstLine(err.message), line: p.line, column: p.col });
        }
        const start = pos(doc.range?.[0] ?? 0);
        if (broken) {
            documents.push({ index, root: null, line: start.line });
            return;
        }
        const builder = new TreeBuilder(file, doc, pos, maxAliasNodes);
        try {
            documents.push({ index, root: doc.contents ? builder.build(doc.contents) : null, line: start.line });
        }
        catch (e) {
            if (!(e instanceof AliasLimitError))
                throw e;
            problems.push({
                code: 'alias-limit',
                message: `aliases expand to more than ${maxAliasNodes} nodes; the document was not expanded (possible "billion laughs" alias bomb)`,
                line: start.line,
                column: start.col,
            });
            documents.push({ index, root: null, line: start.line });
        }
    });
    // A file whose only content is comments or blank lines yields one empty document, or none.
    return { file, documents, problems };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/:$/, '');
}
class TreeBuilder {
    file;
    doc;
    pos;
    maxAliasNodes;
    aliasNodes = 0;
    resolving = new Set();
    constructor(file, doc, pos, maxAliasNodes) {
        this.file = file;
        this.doc = doc;
        this.pos = pos;
        this.maxAliasNodes = maxAliasNodes;
    }
    loc(range) {
        const start = this.pos(range?.[0] ?? 0);
        const end = this.pos(range?.[1] ?? range?.[0] ?? 0);
        return { file: this.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
    }
    build(node, viaAlias = false) {
        if (viaAlias && ++this.aliasNodes > this.maxAliasNodes)
            throw new AliasLimitError();
        if ((0, yaml_1.isAlias)(node)) {
            const target = node.resolve(this.doc);
            if (!target || this.resolving.has(target)) {
                return { kind: 'scalar', value: null, loc: this.loc(node.range) };
            }
            this.resolving.add(target);
            try {
                return this.build(target, true);
            }
            finally {
                this.resolving.delete(target);
            }
        }
        const tag = node.tag && node.tag.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined;
        if ((0, yaml_1.isMap)(node)) {
            const entries = new Map();
            const merged = [];
            for (const pair of node.items) {
                if (!(0, yaml_1.isPair)(pair))
                    continue;
                const key = pair.key;
                if ((0, yaml_1.isScalar)(key) && (typeof key.value === 'symbol' || key.source === '<<') && pair.value) {
                    const sources = (0, yaml_1.isSeq)(pair.value) ? pair.value.items : [pair.value];
                    for (const s of sources) {
                        const built = this.build(s, viaAlias);
                        if (built.kind === 'map')
                            merged.push(built);
                    }
                    continue;
                }
                const keyText = (0, yaml_1.isScalar)(key) ? String(key.value) : key ? String(key) : '';
                const keyLoc = this.loc(key?.range);
                const value = pair.value ? this.build(pair.value, viaAlias) : { kind: 'scalar', value: null, loc: keyLoc };
                value.keyLoc = keyLoc;
                entries.set(keyText, value);
            }
            // Merge keys: explicit keys win, earlier merge sources win over later ones.
            for (const source of merged) {
                for (const [k, v] of source.entries)
                    if (!entries.has(k))
                        entries.set(k, v);
            }
            return { kind: 'map', entries, loc: this.loc(node.range), tag };
        }
        if ((0, yaml_1.isSeq)(node)) {
            const items = node.items.map((item) => item ? this.build(item, viaAlias) : { kind: 'scalar', value: null, loc: this.loc(node.range) });
            return { kind: 'seq', items, loc: this.loc(node.range), tag };
        }
        if ((0, yaml_1.isScalar)(node)) {
            const v = node.value;
            const value = v === null || v === undefined
                ? null
                : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
                    ? v
                    : typeof v === 'bigint'
                        ? Number(v)
                        : String(v);
            return { kind: 'scalar', value, loc: this.loc(node.range), tag };
        }
        return { kind: 'scalar', value: null, loc: this.loc(node.range) };
    }
}
/** The plain JavaScript value of a tree (what `yaml.parse` would return). */
function toPlain(node) {
    if (!node)
        return null;
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(toPlain);
        case 'map': {
            const out = {};
            for (const [k, v] of node.entries)
                out[k] = toPlain(v);
            return out;
        }
    }
}
/** The node at a path, or undefined. */
function getNode(root, path) {
    let cur = root ?? undefined;
    for (const seg of path) {
        if (!cur)
            return undefined;
        if (cur.kind === 'map')
            cur = cur.entries.get(String(seg));
        else if (cur.kind === 'seq' && typeof seg === 'number')
            cur = cur.items[seg];
        else
            return undefined;
    }
    return cur;
}
/**
 * The position to report for a path: the key of the deepest existing entry along it (a missing
 * `healthcheck` is reported on the service's key), or the item itself inside a sequence.
 */
function locate(root, path, fallback) {
    let cur = root ?? undefined;
    let best = root ? (root.keyLoc ?? root.loc) : fallback;
    for (const seg of path) {
        if (!cur)
            break;
        let next;
        if (cur.kind === 'map')
            next = cur.entries.get(String(seg));
        else if (cur.kind === 'seq' && typeof seg === 'number')
            next = cur.items[seg];
        if (!next)
            break;
        best = next.keyLoc ?? next.loc;
        cur = next;
    }
    return best;
}
/** The location of a value itself (not its key). */
function locateValue(root, path, fallback) {
    const node = getNode(root, path);
    return node ? node.loc : locate(root, path, fallback);
}
function scalarOf(node) {
    return node?.kind === 'scalar' ? node.value : undefined;
}
/** A JSON pointer (`/spec/containers/0/image`) as a tree path; the tree tells indexes from numeric keys. */
function pointerToPath(root, pointer) {
    if (!pointer)
        return [];
    return segmentsToPath(root, pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
}
/** Decoded pointer segments as a tree path: segments inside sequences become numbers. */
function segmentsToPath(root, segments) {
    const out = [];
    let cur = root ?? undefined;
    for (const seg of segments) {
        if (cur?.kind === 'seq' && /^\d+$/.test(seg)) {
            out.push(Number(seg));
            cur = cur.items[Number(seg)];
        }
        else {
            out.push(seg);
            cur = cur?.kind === 'map' ? cur.entries.get(seg) : undefined;
        }
    }
    return out;
}
/** `spec.template.spec.containers[0].image`, for messages; `''` for the root. */
function formatPath(path) {
    let out = '';
    for (const seg of path)
        out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
    return out;
}


/***/ })

};
;