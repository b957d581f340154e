"use strict";
exports.id = 6850;
exports.ids = [6850];
exports.modules = {

/***/ 2449:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COLOR_OPTIONS = exports.BASE_OPTIONS = void 0;
exports.describeFormats = describeFormats;
exports.withUsageErrors = withUsageErrors;
exports.parseCommandArgs = parseCommandArgs;
exports.commandRoot = commandRoot;
exports.formatParser = formatParser;
exports.parseOutputs = parseOutputs;
exports.parseWorkers = parseWorkers;
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const node_util_1 = __webpack_require__(57975);
const errors_1 = __webpack_require__(74296);
/** --debug and -h/--help: every command takes them. */
exports.BASE_OPTIONS = {
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** --color and --no-color (the last one given wins; see color.ts). */
exports.COLOR_OPTIONS = {
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
};
/** `text (default), json, sarif or junit`: a command's formats in its help, from the list its parser uses. */
function describeFormats(formats) {
    const [first, ...rest] = formats;
    const all = [`${first} (default)`, ...rest];
    return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}` : all[0];
}
/** Runs a parseArgs call, turning its errors (unknown flag, missing value) into a UserError. */
function withUsageErrors(parse, hint = 'run "stackgate --help" for usage') {
    try {
        return parse();
    }
    catch (e) {
        throw new errors_1.UserError(e.message.replace(/\. To specify a positional argument.*$/s, ''), { hint });
    }
}
/** parseArgs with our UserError on unknown flags or missing values. */
function parseCommandArgs(args, options, allowPositionals = true) {
    return withUsageErrors(() => (0, node_util_1.parseArgs)({ args: [...args], options, allowPositionals, strict: true }));
}
/** The one optional `[path]` of a command, as an existing directory. */
function commandRoot(command, positionals, cwd) {
    if (positionals.length > 1)
        throw new errors_1.UserError(`${command} takes one path, got ${positionals.length}`, { hint: `stackgate ${command} [path]` });
    const root = node_path_1.default.resolve(cwd, positionals[0] ?? '.');
    if (!node_fs_1.default.existsSync(root) || !node_fs_1.default.statSync(root).isDirectory())
        throw new errors_1.UserError(`not a directory: ${positionals[0] ?? '.'}`);
    return root;
}
/** A parser of a command's output formats: `--format` and the format half of `--output`. */
function formatParser(formats) {
    return (value, where) => {
        if (formats.includes(value))
            return value;
        throw new errors_1.UserError(`${where}: unknown format "${value}"`, { hint: `use one of ${formats.join(', ')}` });
    };
}
/** `--output format=file`, repeatable. */
function parseOutputs(values, parseFormat) {
    return values.map((value) => {
        const at = value.indexOf('=');
        if (at <= 0 || at === value.length - 1)
            throw new errors_1.UserError(`--output: expected format=file, got "${value}"`, { hint: 'e.g. --output json=report.json' });
        return { format: parseFormat(value.slice(0, at), '--output'), file: value.slice(at + 1) };
    });
}
/** `--workers <n>`: threads to use, a whole number of at least 1; undefined when not given. */
function parseWorkers(value) {
    if (value === undefined)
        return undefined;
    const workers = Number(value);
    if (!Number.isInteger(workers) || workers < 1)
        throw new errors_1.UserError(`--workers: expected a whole number of at least 1, got "${value}"`);
    return workers;
}


/***/ }),

/***/ 26850:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCHEMA_OPTIONS = exports.SCHEMA_HELP = exports.SCHEMA_NAMES = void 0;
exports.runSchemaCommand = runSchemaCommand;
const config_1 = __webpack_require__(38134);
const errors_1 = __webpack_require__(74296);
const report_schema_1 = __webpack_require__(30094);
const report_schema_2 = __webpack_require__(48919);
const command_args_1 = __webpack_require__(2449);
const SCHEMAS = {
    config: config_1.configJsonSchema,
    'readiness-report': report_schema_1.readinessReportJsonSchema,
    'smoke-report': report_schema_2.smokeReportJsonSchema,
};
/** The names `stackgate schema` takes (for shell completion). */
exports.SCHEMA_NAMES = Object.keys(SCHEMAS);
exports.SCHEMA_HELP = `stackgate schema [${exports.SCHEMA_NAMES.join(' | ')}] — print a JSON Schema on stdout

  config                     stackgate.yml (the default), e.g. stackgate schema > stackgate.schema.json
  readiness-report           the report of stackgate score --format json
  smoke-report               the report of stackgate smoke --format json

      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 printed, 2 usage error.
`;
exports.SCHEMA_OPTIONS = command_args_1.BASE_OPTIONS;
/** `stackgate schema [config|readiness-report|smoke-report]`: the JSON Schema of stackgate.yml, `score --format json` or `smoke --format json`. */
function runSchemaCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.SCHEMA_OPTIONS);
    if (values.help) {
        io.stdout.write(exports.SCHEMA_HELP);
        return 0;
    }
    const name = positionals[0] ?? 'config';
    const schema = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
    if (!schema || positionals.length > 1)
        throw new errors_1.UserError(`schema: unknown schema "${positionals.join(' ')}"`, { hint: `use one of ${exports.SCHEMA_NAMES.join(', ')}` });
    io.stdout.write(`${JSON.stringify(schema(), null, 2)}\n`);
    return 0;
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

/***/ 48919:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.smokeReportSchema = exports.targetReportSchema = exports.latencySchema = exports.smokeCheckSchema = exports.CHECK_STATUSES = exports.TRANSPORTS = exports.SMOKE_REPORT_SCHEMA_ID = void 0;
exports.smokeReportJsonSchema = smokeReportJsonSchema;
/**
 * The smoke report: what `stackgate smoke --format json` prints and actions/smoke writes to
 * `report-json`. The deploy ledger and promotion gates read it back, and `--compare` reads the
 * previous environment's report for tool-surface drift, so its shape is a schema
 * (schema/smoke-report.schema.json; docs/smoke.md).
 */
const zod_1 = __webpack_require__(50924);
exports.SMOKE_REPORT_SCHEMA_ID = 'https://stackgate.dev/schemas/smoke-report/v1';
exports.TRANSPORTS = ['streamable-http', 'sse', 'stdio'];
exports.CHECK_STATUSES = ['pass', 'fail', 'warn', 'skipped', 'expected-failure'];
exports.smokeCheckSchema = zod_1.z.object({
    id: zod_1.z
        .string()
        .describe('Stable id: reachable, health, initialize, ping, tools-list, tool-schemas, call:<tool>, resources-list, prompts-list, latency, error-rate, session-unknown, session-close, tool-surface, expected-failures.'),
    status: zod_1.z
        .enum(exports.CHECK_STATUSES)
        .describe('fail fails the target. warn is shown and counted but does not: a protocol-hygiene check (session-unknown, session-close) that failed without strict, tool-surface with drift: warn, an expectedFailures entry that names no check or passed.'),
    message: zod_1.z.string(),
    durationMs: zod_1.z.number().optional(),
});
const toolSurfaceSchema = zod_1.z.object({
    name: zod_1.z.string(),
    /** sha256 of the canonical JSON of the input schema. */
    schemaHash: zod_1.z.string(),
    inputSchema: zod_1.z.unknown().optional(),
});
exports.latencySchema = zod_1.z.object({
    basis: zod_1.z.enum(['tools/call', 'tools/list']),
    samples: zod_1.z.number().int(),
    p50Ms: zod_1.z.number(),
    p95Ms: zod_1.z.number(),
    p99Ms: zod_1.z.number(),
    maxMs: zod_1.z.number(),
    errors: zod_1.z.number().int(),
    errorRate: zod_1.z.number(),
});
exports.targetReportSchema = zod_1.z.object({
    service: zod_1.z.string(),
    transport: zod_1.z.enum(exports.TRANSPORTS),
    /** The URL (credentials and secret query values redacted) or the command. */
    endpoint: zod_1.z.string(),
    passed: zod_1.z.boolean(),
    durationMs: zod_1.z.number(),
    /** Connection attempts during warm-up. */
    attempts: zod_1.z.number().int(),
    server: zod_1.z.object({ name: zod_1.z.string(), version: zod_1.z.string() }).optional(),
    protocolVersion: zod_1.z.string().optional(),
    checks: zod_1.z.array(exports.smokeCheckSchema),
    latency: exports.latencySchema.optional(),
    tools: zod_1.z.array(toolSurfaceSchema).optional(),
});
exports.smokeReportSchema = zod_1.z.object({
    schema: zod_1.z.literal(exports.SMOKE_REPORT_SCHEMA_ID),
    tool: zod_1.z.object({ name: zod_1.z.literal('stackgate'), version: zod_1.z.string() }),
    environment: zod_1.z.string().nullable(),
    commit: zod_1.z.string().nullable(),
    generatedAt: zod_1.z.string(),
    durationMs: zod_1.z.number(),
    passed: zod_1.z.boolean(),
    /** Absent in reports of versions before the setting existed. */
    strict: zod_1.z
        .boolean()
        .optional()
        .describe('true: a protocol-hygiene check (session-unknown, session-close) that failed is a failure (smoke.strict, --strict, input strict); false: it is a warning.'),
    summary: zod_1.z.object({
        targets: zod_1.z.number().int(),
        passedTargets: zod_1.z.number().int(),
        failedTargets: zod_1.z.number().int(),
        checks: zod_1.z.number().int(),
        failedChecks: zod_1.z.number().int(),
        expectedFailures: zod_1.z.number().int(),
        warnings: zod_1.z.number().int(),
        skippedChecks: zod_1.z.number().int(),
    }),
    /** The report the tool surfaces were compared with (environment and commit), when --compare was given. */
    comparedWith: zod_1.z.object({ environment: zod_1.z.string().nullable(), commit: zod_1.z.string().nullable(), generatedAt: zod_1.z.string() }).optional(),
    targets: zod_1.z.array(exports.targetReportSchema),
});
function smokeReportJsonSchema() {
    return zod_1.z.toJSONSchema(exports.smokeReportSchema, { io: 'output', unrepresentable: 'any' });
}


/***/ }),

/***/ 38134:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkedConfigSchema = void 0;
exports.configSchemaFor = configSchemaFor;
exports.loadCheckedConfig = loadCheckedConfig;
exports.parseCheckedConfigText = parseCheckedConfigText;
exports.configJsonSchema = configJsonSchema;
/**
 * stackgate.yml as the engine reads it. config/schema.ts knows checks by shape only; here every
 * registered check gets its own key under `checks:` (with its own options schema) and under
 * `overrides[].checks`, so an unknown id (with a did-you-mean), a bad severity or options that fail
 * the check's schema are config errors on their line, found in the same pass as every other
 * problem of the file. The JSON Schema of stackgate.yml is generated from this schema.
 */
const zod_1 = __webpack_require__(50924);
const index_1 = __webpack_require__(12293);
const read_1 = __webpack_require__(40812);
const schema_1 = __webpack_require__(47967);
/** The config schema whose `checks:` sections take exactly these checks, each with its own options. */
function configSchemaFor(checks) {
    const settings = {};
    const severities = {};
    for (const check of checks) {
        settings[check.id] = (0, schema_1.checkSettingSchema)(check.options).optional().describe(check.meta.title);
        severities[check.id] = schema_1.severitySetting.optional().describe(check.meta.title);
    }
    // Each key's schema is one of the generic shape's (a severity, or {severity, options}), narrowed.
    const sections = { checks: zod_1.z.strictObject(settings), overrideChecks: zod_1.z.strictObject(severities) };
    return (0, schema_1.buildConfigSchema)(sections);
}
/** stackgate.yml with the registered checks. */
exports.checkedConfigSchema = configSchemaFor(index_1.CHECKS);
/** Finds and loads the config of a repository (as config/load.ts does), its check settings checked against the registered checks. */
function loadCheckedConfig(root, explicitPath) {
    return (0, read_1.readConfig)(exports.checkedConfigSchema, root, explicitPath);
}
function parseCheckedConfigText(file, text) {
    return (0, read_1.parseConfigWith)(exports.checkedConfigSchema, file, text);
}
/**
 * The JSON Schema written to schema/stackgate.schema.json, in draft-07: the draft the YAML language
 * server (VS Code's YAML extension, and editors built on it) and SchemaStore load.
 */
function configJsonSchema() {
    const { $schema, ...rest } = zod_1.z.toJSONSchema(exports.checkedConfigSchema, { io: 'input', unrepresentable: 'any', target: 'draft-07' });
    return {
        $schema,
        $id: schema_1.CONFIG_SCHEMA_URL,
        title: 'stackgate.yml',
        ...rest,
    };
}


/***/ })

};
;