"use strict";
exports.id = 3160;
exports.ids = [3160];
exports.modules = {

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

/***/ 97598:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPTIONS = exports.GATE_HELP = exports.FORMATS = void 0;
exports.runGateCommand = runGateCommand;
const run_git_1 = __webpack_require__(74899);
const gate_1 = __webpack_require__(98959);
const prepare_gate_1 = __webpack_require__(13930);
const errors_1 = __webpack_require__(74296);
const render_1 = __webpack_require__(27463);
const command_args_1 = __webpack_require__(2449);
const result_output_1 = __webpack_require__(10955);
const repository_option_1 = __webpack_require__(36924);
const stderr_log_1 = __webpack_require__(80319);
exports.FORMATS = ['text', 'json', 'markdown'];
const parseFormat = (0, command_args_1.formatParser)(exports.FORMATS);
exports.GATE_HELP = `stackgate gate [path] -e <env> [options] — may this commit be promoted to <env> now?

Evaluates environments.<env>.gate of stackgate.yml, as actions/gate does in the promotion job: a
verified stackgate deployment of the same commit in the previous environment (gate.requires) with
passed smoke tests and a readiness score of at least gate.minScore, soak time, freeze windows,
Prometheus checks, and the environment's protection rules on GitHub. Whatever cannot be proven
fails the gate. Outside a workflow run the approvals of the run are not checked (--run-id checks
those of a run). Reads only; changes nothing. See docs/promotion.md.

Options:
  -e, --environment <env>    the environment to promote to (required)
      --sha <commit>         the commit to promote (default: HEAD of the repository)
      --repo <owner/name>    the GitHub repository (default: GITHUB_REPOSITORY)
      --run-id <id>          judge the approvals of this workflow run too
      --dry-run              exit 0 even when the promotion is not allowed
  -f, --format <format>      ${(0, command_args_1.describeFormats)(exports.FORMATS)} on stdout (json: the audit record)
  -c, --config <file>        stackgate.yml to use
      --debug                print stack traces of internal errors
  -h, --help                 this help

Credentials come from the environment: GITHUB_TOKEN (or GH_TOKEN; deployments and actions read),
GITHUB_API_URL for GitHub Enterprise Server, PROMETHEUS_TOKEN for gate.prometheus.

Exit codes: 0 allowed (or --dry-run), 1 not allowed, 2 usage or config error.
`;
exports.OPTIONS = {
    ...command_args_1.BASE_OPTIONS,
    environment: { type: 'string', short: 'e' },
    sha: { type: 'string' },
    repo: { type: 'string' },
    'run-id': { type: 'string' },
    'dry-run': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
};
async function runGateCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.OPTIONS);
    if (values.help) {
        io.stdout.write(exports.GATE_HELP);
        return 0;
    }
    const environment = values.environment;
    if (!environment)
        throw new errors_1.UserError('gate needs an environment', { hint: 'stackgate gate -e staging' });
    const format = values.format ? parseFormat(values.format, '--format') : 'text';
    const root = (0, command_args_1.commandRoot)('gate', positionals, io.cwd);
    const sha = (values.sha ?? (0, run_git_1.resolveCommit)(root))?.toLowerCase();
    if (!sha || !/^[0-9a-f]{40}$/.test(sha))
        throw new errors_1.UserError(`gate needs the commit to promote: ${values.sha ? `"${values.sha}" is not a full commit SHA` : `${root} is not a git repository`}`, {
            hint: '--sha <40 hex digits>',
        });
    const repository = (0, repository_option_1.repositoryOption)(values.repo, io.env);
    const runId = values['run-id'] === undefined ? undefined : Number(values['run-id']);
    if (runId !== undefined && !(Number.isSafeInteger(runId) && runId > 0))
        throw new errors_1.UserError(`--run-id: expected a workflow run id (a positive integer), got "${values['run-id']}"`);
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    const log = (0, stderr_log_1.stderrLog)(io, !!values.debug);
    if (!token || !repository)
        log.warning('no GITHUB_TOKEN (or GH_TOKEN) and repository: every rule that reads GitHub fails closed');
    const serverUrl = io.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const { request, ports } = await (0, prepare_gate_1.prepareGate)({
        root,
        config: values.config,
        environment,
        sha,
        dryRun: !!values['dry-run'],
        github: token && repository ? { token, apiUrl: io.env.GITHUB_API_URL, repository } : undefined,
        repository: repository ? `${repository.owner}/${repository.repo}` : undefined,
        run: runId !== undefined && repository ? { id: runId, url: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` } : undefined,
        prometheusToken: io.env.PROMETHEUS_TOKEN || undefined,
        log,
    });
    const audit = await (0, gate_1.evaluateGate)(request, ports);
    (0, result_output_1.writeResult)(io, format, format === 'json' ? `${JSON.stringify(audit, null, 2)}\n` : format === 'markdown' ? (0, render_1.renderGateMarkdown)(audit) : (0, render_1.renderGateText)(audit));
    return audit.allowed || audit.dryRun ? 0 : 1;
}


/***/ }),

/***/ 36924:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repositoryOption = repositoryOption;
/** `--repo owner/name`, else GITHUB_REPOSITORY: the GitHub repository a command reads or writes. */
const errors_1 = __webpack_require__(74296);
/** The repository `--repo` (or, without it, GITHUB_REPOSITORY) names; undefined when neither is set; a UserError when it is not owner/name. */
function repositoryOption(value, env) {
    const given = value ?? env.GITHUB_REPOSITORY ?? '';
    if (!given)
        return undefined;
    const [owner, repo, extra] = given.split('/');
    if (!owner || !repo || extra !== undefined)
        throw new errors_1.UserError(`${value === undefined ? 'GITHUB_REPOSITORY' : '--repo'}: expected owner/name, got "${given}"`);
    return { owner, repo };
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


/***/ })

};
;