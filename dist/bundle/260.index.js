"use strict";
exports.id = 260;
exports.ids = [260];
exports.modules = {

/***/ 12116:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pathInRepository = pathInRepository;
/**
 * Where a directory sits in its git repository: SARIF locations are relative to the repository's
 * root (code scanning resolves them against the checkout), whatever directory was checked.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const run_git_1 = __webpack_require__(74899);
/**
 * `dir` relative to the top level of its git work tree, with `/` separators: `''` at the top level,
 * and also outside git (or outside the work tree), where there is no other root to be relative to.
 */
function pathInRepository(dir) {
    let top;
    try {
        top = (0, run_git_1.git)(dir, ['rev-parse', '--show-toplevel']).trim();
    }
    catch {
        return ''; // Not a git work tree: paths stay relative to the directory itself.
    }
    const relative = node_path_1.default.relative(node_fs_1.default.realpathSync(top), node_fs_1.default.realpathSync(dir));
    if (!relative || relative.startsWith('..') || node_path_1.default.isAbsolute(relative))
        return '';
    return relative.split(node_path_1.default.sep).join('/');
}


/***/ }),

/***/ 22477:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COLOR_HELP = void 0;
exports.shouldColor = shouldColor;
const FORCE_ON = new Set(['', '1', '2', '3', 'true']);
function shouldColor(args, io) {
    const end = args.indexOf('--');
    const flags = (end < 0 ? args : args.slice(0, end)).filter((a) => a === '--color' || a === '--no-color');
    if (flags.length)
        return flags[flags.length - 1] === '--color';
    const { env } = io;
    if (env.FORCE_COLOR !== undefined)
        return FORCE_ON.has(env.FORCE_COLOR);
    if (env.NO_COLOR || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb')
        return false;
    return io.isTTY;
}
/** The help line of --color / --no-color, the same in every command that colours. */
exports.COLOR_HELP = `      --color, --no-color    colours on or off in text output (default: on a terminal; FORCE_COLOR,
                             NO_COLOR and TERM=dumb are honoured as Node reads them)`;


/***/ }),

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


/***/ }),

/***/ 1892:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECRETS_VALUES = exports.SECRETS_OPTIONS = exports.SECRETS_HELP = void 0;
exports.runSecretsCommand = runSecretsCommand;
const node_path_1 = __importDefault(__webpack_require__(76760));
const secret_sources_1 = __webpack_require__(69536);
const proxy_1 = __webpack_require__(87466);
const scan_secrets_1 = __webpack_require__(92382);
const load_1 = __webpack_require__(9168);
const errors_1 = __webpack_require__(74296);
const report_1 = __webpack_require__(79283);
const junit_1 = __webpack_require__(46490);
const markdown_1 = __webpack_require__(34201);
const sarif_1 = __webpack_require__(80375);
const text_1 = __webpack_require__(58115);
const formats_1 = __webpack_require__(54226);
const color_1 = __webpack_require__(22477);
const command_args_1 = __webpack_require__(2449);
const git_ref_1 = __webpack_require__(89782);
const version_1 = __webpack_require__(83323);
const result_output_1 = __webpack_require__(10955);
const repository_paths_1 = __webpack_require__(61321);
const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'];
const parseSecretsFormat = (0, command_args_1.formatParser)(FORMATS);
exports.SECRETS_HELP = `stackgate secrets [path] [options] — find committed credentials without ever printing one

  -m, --mode <mode>          tree (default: every tracked file), diff (lines added since --base),
                             history (every commit reachable from --head), staged (the index; for a pre-commit hook)
      --base <ref>           diff: the base commit (default: merge base with the upstream branch, else HEAD~1)
      --head <ref>           diff/history: the head commit or ref (default HEAD)
  -f, --format <format>      ${(0, command_args_1.describeFormats)(FORMATS)}
  -o, --output <fmt=file>    also write a format to a file; repeatable
      --baseline <file>      accepted findings (default from stackgate.yml: .stackgate/secrets-baseline.json)
      --update-baseline      accept every current finding: write them to the baseline (fingerprints only)
      --fail-on <level>      error (default) or never
      --verify-github        ask the GitHub API (secrets.verify.apiUrl) whether GitHub tokens are live
      --workers <n>          threads to scan with (default: all cores)
  -c, --config <file>        stackgate.yml to use
${color_1.COLOR_HELP}
      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 no findings, 1 findings remain after allowlists and baseline, 2 usage or config error
(also a --base or --head that names no commit).
`;
exports.SECRETS_OPTIONS = {
    mode: { type: 'string', short: 'm', default: 'tree' },
    base: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o', multiple: true, default: [] },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    'fail-on': { type: 'string', default: 'error' },
    'verify-github': { type: 'boolean' },
    workers: { type: 'string' },
    config: { type: 'string', short: 'c' },
    ...command_args_1.COLOR_OPTIONS,
    ...command_args_1.BASE_OPTIONS,
};
exports.SECRETS_VALUES = { mode: secret_sources_1.SCAN_MODES, format: FORMATS, 'fail-on': ['error', 'never'] };
async function runSecretsCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.SECRETS_OPTIONS);
    if (values.help) {
        io.stdout.write(exports.SECRETS_HELP);
        return 0;
    }
    const root = (0, command_args_1.commandRoot)('secrets', positionals, io.cwd);
    const mode = (0, scan_secrets_1.assertMode)(values.mode, '--mode');
    const format = parseSecretsFormat(values.format, '--format');
    const outputs = (0, command_args_1.parseOutputs)(values.output, parseSecretsFormat);
    const failOn = values['fail-on'];
    if (failOn !== 'error' && failOn !== 'never')
        throw new errors_1.UserError(`--fail-on: expected error or never, got "${failOn}"`);
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
        throw new errors_1.UserError(`--workers: expected a whole number of at least 1, got "${values.workers}"`);
    const { config, file: configFile } = (0, load_1.loadConfig)(root, values.config);
    if (mode === 'diff' && values.base !== undefined)
        (0, git_ref_1.assertCommit)(root, values.base, '--base');
    if ((mode === 'diff' || mode === 'history') && values.head !== undefined)
        (0, git_ref_1.assertCommit)(root, values.head, '--head');
    const result = await (0, scan_secrets_1.scanSecrets)({
        root,
        config,
        configFile,
        mode,
        base: values.base,
        head: values.head,
        baselineFile: values.baseline,
        updateBaseline: !!values['update-baseline'],
        verifyGitHub: values['verify-github'] ? true : undefined,
        workerEntry: io.workerEntry,
        proxy: (0, proxy_1.proxySettingsFromEnv)(io.env),
        workers,
    });
    for (const s of result.skipped)
        io.stderr.write(`stackgate: skipped ${s.file}: ${s.reason}\n`);
    for (const i of result.invalidSuppressions) {
        io.stderr.write(`stackgate: ${i.file}:${i.line}: ${i.problem === 'missing-reason' ? `suppression of ${i.id} has no reason; it suppresses nothing` : `suppression names unknown rule "${i.id}"`}\n`);
    }
    if (result.baselineWritten) {
        io.stderr.write(`stackgate: wrote ${result.baselineWritten.entries} accepted findings to ${result.baselineWritten.file}\n`);
        return 0;
    }
    const render = (f, color) => {
        const findings = result.findings.map(report_1.toFinding);
        const summary = { filesChecked: result.summary.files };
        switch (f) {
            case 'json':
                return (0, report_1.renderSecretsJson)(result.findings, result.summary);
            case 'sarif':
                // Relative to the repository's root, like validate's SARIF; the other formats, to the path given.
                return (0, sarif_1.renderSarif)((0, repository_paths_1.findingsInRepository)(findings, root), (0, report_1.secretChecks)(), {
                    toolVersion: version_1.VERSION,
                    category: sarif_1.SARIF_CATEGORY.secrets,
                    informationUri: 'https://github.com/stackgate/stackgate',
                    helpUriBase: formats_1.HELP_URI_BASE,
                });
            case 'junit':
                return (0, junit_1.renderJunit)(findings, (0, report_1.secretChecks)());
            case 'markdown':
                return (0, markdown_1.renderMarkdownSummary)(findings, summary, { title: 'stackgate secrets' });
            case 'text':
                return (0, text_1.renderText)(findings, { color, summary });
        }
    };
    const color = (0, color_1.shouldColor)(args, io);
    (0, result_output_1.writeResult)(io, format, render(format, color));
    for (const o of outputs)
        io.writeFile(node_path_1.default.resolve(io.cwd, o.file), render(o.format, false));
    return failOn === 'error' && result.findings.length ? 1 : 0;
}


/***/ }),

/***/ 89782:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertCommit = assertCommit;
/**
 * A ref the user named on the command line (--base, --head) must name a commit: a typo or an
 * unfetched branch is a usage error naming the ref, not a comparison quietly skipped.
 */
const run_git_1 = __webpack_require__(74899);
const secret_sources_1 = __webpack_require__(69536);
const errors_1 = __webpack_require__(74296);
function assertCommit(root, ref, flag) {
    if (!(0, secret_sources_1.isGitRepository)(root))
        throw new errors_1.UserError(`${flag} ${ref}: the repository is not a git repository, so there is no ${ref} to compare with`, {
            hint: `run it in a git clone, or leave out ${flag}`,
        });
    if (!(0, run_git_1.resolveCommit)(root, ref)) {
        throw new errors_1.UserError(`${flag}: "${ref}" names no commit in this repository`, {
            hint: 'check the spelling, or fetch it first (git fetch origin <branch>; in GitHub Actions, actions/checkout with fetch-depth: 0)',
        });
    }
}


/***/ }),

/***/ 61321:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findingsInRepository = findingsInRepository;
/**
 * SARIF from the CLI points at files relative to the repository's root (the git top level), not to
 * the path argument: `stackgate validate examples/mcp-stacks -f sarif` names
 * `examples/mcp-stacks/…`, which is where code scanning and editors look for it.
 */
const repository_root_1 = __webpack_require__(12116);
/** `findings` of a run on `root`, their files made relative to the repository's root. */
function findingsInRepository(findings, root) {
    const prefix = (0, repository_root_1.pathInRepository)(root);
    return prefix ? findings.map((f) => ({ ...f, file: f.file ? `${prefix}/${f.file}` : prefix })) : [...findings];
}


/***/ }),

/***/ 10955:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeResult = writeResult;
/** Results on stdout: as rendered, or, in a GitHub Actions step, with workflow commands broken. */
const workflow_commands_1 = __webpack_require__(97584);
const KIND = { json: 'json', sarif: 'json', junit: 'xml', markdown: 'markdown', text: 'text' };
function writeResult(io, format, output) {
    io.stdout.write(io.env.GITHUB_ACTIONS === 'true' ? (0, workflow_commands_1.neutraliseWorkflowCommands)(KIND[format] ?? 'text', output) : output);
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