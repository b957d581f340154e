"use strict";
exports.id = 9868;
exports.ids = [9868];
exports.modules = {

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


/***/ })

};
;