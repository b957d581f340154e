"use strict";
exports.id = 7965;
exports.ids = [7965];
exports.modules = {

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

/***/ 22682:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPTIONS = exports.DEPLOY_HELP = exports.FORMATS = void 0;
exports.runDeployCommand = runDeployCommand;
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const run_git_1 = __webpack_require__(74899);
const deploy_1 = __webpack_require__(60512);
const prepare_deploy_1 = __webpack_require__(23422);
const render_1 = __webpack_require__(49107);
const errors_1 = __webpack_require__(74296);
const command_args_1 = __webpack_require__(2449);
const result_output_1 = __webpack_require__(10955);
const stderr_log_1 = __webpack_require__(80319);
exports.FORMATS = ['text', 'json', 'markdown'];
const parseFormat = (0, command_args_1.formatParser)(exports.FORMATS);
exports.DEPLOY_HELP = `stackgate deploy [path] -e <env> [options] — deploy an environment, verify it, roll back on failure

Ships the repository at its current commit with the driver environments.<env>.deploy of
stackgate.yml names: Portainer (the stack gets the merged Compose file, or a Git stack is
redeployed), Kubernetes (kubectl apply --server-side, rollout status, rollout undo), Compose
(docker compose up -d against DOCKER_HOST) or a signed webhook. Success is what stackgate verified:
containers running the new images and healthy, rollouts complete; then the environment's smoke
targets. When that fails, what ran before is restored. With GITHUB_TOKEN and GITHUB_REPOSITORY set,
each run is a GitHub Deployment (in_progress, then success or failure). See docs/deploy.md.

Options:
  -e, --environment <env>    the environment to deploy (required)
      --sha <commit>         the commit to record (default: HEAD of the repository)
      --dry-run              print what would change, per service or object; change nothing
      --force                start even when another deployment to the environment is in progress
      --timeout <d>          the whole deploy, verification and smoke (default deploy.timeout, else 5m)
  -f, --format <format>      ${(0, command_args_1.describeFormats)(exports.FORMATS)} on stdout
  -c, --config <file>        stackgate.yml to use
      --debug                print stack traces of internal errors
  -h, --help                 this help

Credentials come from the environment, never from flags: PORTAINER_API_KEY, KUBECONFIG (the path of
a kubeconfig file), STACKGATE_WEBHOOK_SECRET, and GITHUB_TOKEN for the ledger.

Exit codes: 0 deployed (or a dry run), 1 the deploy failed or was rolled back, 2 usage, config or
credential error.
`;
exports.OPTIONS = {
    ...command_args_1.BASE_OPTIONS,
    environment: { type: 'string', short: 'e' },
    sha: { type: 'string' },
    'dry-run': { type: 'boolean' },
    force: { type: 'boolean' },
    timeout: { type: 'string' },
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
};
async function runDeployCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.OPTIONS);
    if (values.help) {
        io.stdout.write(exports.DEPLOY_HELP);
        return 0;
    }
    const environment = values.environment;
    if (!environment)
        throw new errors_1.UserError('deploy needs an environment', { hint: 'stackgate deploy -e dev' });
    const format = values.format ? parseFormat(values.format, '--format') : 'text';
    const root = (0, command_args_1.commandRoot)('deploy', positionals, io.cwd);
    const sha = (values.sha ?? (0, run_git_1.resolveCommit)(root))?.toLowerCase();
    if (!sha || !/^[0-9a-f]{40}$/.test(sha))
        throw new errors_1.UserError(`deploy needs the commit being deployed: ${values.sha ? `"${values.sha}" is not a full commit SHA` : `${root} is not a git repository`}`, { hint: '--sha <40 hex digits>' });
    const kubeconfigFile = io.env.KUBECONFIG?.split(node_path_1.default.delimiter)[0];
    const secrets = {
        portainerApiKey: io.env.PORTAINER_API_KEY || undefined,
        kubeconfig: kubeconfigFile ? readKubeconfig(node_path_1.default.resolve(io.cwd, kubeconfigFile)) : undefined,
        webhookSecret: io.env.STACKGATE_WEBHOOK_SECRET || undefined,
    };
    const [owner, repo] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
    const log = (0, stderr_log_1.stderrLog)(io, !!values.debug);
    const prepared = await (0, prepare_deploy_1.prepareDeploy)({
        root,
        config: values.config,
        environment,
        sha,
        secrets,
        dryRun: !!values['dry-run'],
        force: !!values.force,
        timeout: values.timeout,
        env: io.env,
        workerEntry: io.workerEntry,
        github: io.env.GITHUB_TOKEN && owner && repo ? { token: io.env.GITHUB_TOKEN, apiUrl: io.env.GITHUB_API_URL, repository: { owner, repo } } : undefined,
        log,
    });
    try {
        const report = await (0, deploy_1.deploy)(prepared.request, prepared.ports);
        (0, result_output_1.writeResult)(io, format, format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? (0, render_1.renderDeployMarkdown)(report) : (0, render_1.renderDeployText)(report));
        if (report.status === 'error')
            return 2;
        return report.status === 'success' ? 0 : 1;
    }
    finally {
        await prepared.cleanup();
    }
}
function readKubeconfig(file) {
    try {
        return node_fs_1.default.readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new errors_1.UserError(`KUBECONFIG: cannot read ${file}: ${e.code ?? e.message}`);
    }
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