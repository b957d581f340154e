"use strict";
exports.id = 3687;
exports.ids = [3687];
exports.modules = {

/***/ 13512:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHECKS_VALUES = exports.CHECKS_OPTIONS = exports.CHECKS_HELP = void 0;
exports.runChecksCommand = runChecksCommand;
const index_1 = __webpack_require__(12293);
const catalogue_1 = __webpack_require__(78672);
const command_args_1 = __webpack_require__(2449);
const FORMATS = ['text', 'json', 'markdown'];
const parseFormat = (0, command_args_1.formatParser)(FORMATS);
exports.CHECKS_HELP = `stackgate checks [options] — list the check catalogue: id, default severity and title of every check

  -f, --format <format>      ${(0, command_args_1.describeFormats)(FORMATS)}
                             (JSON adds each check's category, rationale and remediation;
                             Markdown is docs/checks.md)
      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 listed, 2 usage error.
`;
exports.CHECKS_OPTIONS = {
    format: { type: 'string', short: 'f', default: 'text' },
    ...command_args_1.BASE_OPTIONS,
};
exports.CHECKS_VALUES = { format: FORMATS };
function runChecksCommand(args, io) {
    const { values } = (0, command_args_1.parseCommandArgs)(args, exports.CHECKS_OPTIONS, false);
    if (values.help) {
        io.stdout.write(exports.CHECKS_HELP);
        return 0;
    }
    const format = parseFormat(values.format, '--format');
    if (format === 'json')
        io.stdout.write(`${JSON.stringify((0, catalogue_1.catalogue)(index_1.CHECKS), null, 2)}\n`);
    else if (format === 'markdown')
        io.stdout.write((0, catalogue_1.renderChecksMarkdown)(index_1.CHECKS));
    else {
        const width = Math.max(...index_1.CHECKS.map((c) => c.id.length));
        for (const c of index_1.CHECKS)
            io.stdout.write(`${c.id.padEnd(width)}  ${c.meta.severity.padEnd(7)}  ${c.meta.title}\n`);
        io.stdout.write(`${index_1.CHECKS.length} checks\n`);
    }
    return 0;
}


/***/ }),

/***/ 23687:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMPLETION_HELP = void 0;
exports.runCompletionCommand = runCompletionCommand;
const errors_1 = __webpack_require__(74296);
const command_args_1 = __webpack_require__(2449);
const bash_1 = __webpack_require__(3547);
const fish_1 = __webpack_require__(72447);
const spec_1 = __webpack_require__(83950);
const zsh_1 = __webpack_require__(74928);
exports.COMPLETION_HELP = `stackgate completion <${spec_1.SHELLS.join(' | ')}> — print a shell completion script on stdout

It completes the commands, each command's options, and the values of options that take a fixed
list (formats, severities, modes, check ids for --check, schema names); other values complete as files.

  bash   source <(stackgate completion bash)            in ~/.bashrc, or save the output as
                                                       ~/.local/share/bash-completion/completions/stackgate
  zsh    source <(stackgate completion zsh)             in ~/.zshrc after compinit, or save the output
                                                       as _stackgate in a directory of $fpath
  fish   stackgate completion fish | source              or save the output as
                                                       ~/.config/fish/completions/stackgate.fish

      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 printed, 2 usage error.
`;
const RENDER = { bash: bash_1.bashCompletion, zsh: zsh_1.zshCompletion, fish: fish_1.fishCompletion };
function runCompletionCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, spec_1.COMPLETION_OPTIONS);
    if (values.help) {
        io.stdout.write(exports.COMPLETION_HELP);
        return 0;
    }
    const shell = positionals[0];
    if (positionals.length !== 1 || !spec_1.SHELLS.includes(shell)) {
        throw new errors_1.UserError(positionals.length ? `completion: unknown shell "${positionals.join(' ')}"` : 'completion: which shell?', {
            hint: `stackgate completion <${spec_1.SHELLS.join(' | ')}>`,
        });
    }
    io.stdout.write(RENDER[shell]((0, spec_1.completionSpec)()));
    return 0;
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

/***/ 88623:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPTIONS = exports.ENVIRONMENTS_HELP = exports.MODES = exports.FORMATS = void 0;
exports.runEnvironmentsCommand = runEnvironmentsCommand;
const proxy_1 = __webpack_require__(87466);
const sync_environments_1 = __webpack_require__(65339);
const report_1 = __webpack_require__(15410);
const errors_1 = __webpack_require__(74296);
const command_args_1 = __webpack_require__(2449);
const repository_option_1 = __webpack_require__(36924);
const result_output_1 = __webpack_require__(10955);
const stderr_log_1 = __webpack_require__(80319);
exports.FORMATS = ['text', 'json', 'markdown'];
const parseFormat = (0, command_args_1.formatParser)(exports.FORMATS);
exports.MODES = ['sync', 'check'];
exports.ENVIRONMENTS_HELP = `stackgate environments <sync | check> [path] [options] — GitHub environments as code

Applies environments.<env>.protection of stackgate.yml to the repository's GitHub environments:
required reviewers (users, and teams as org/team-slug), wait timer, prevent self-review, whether
administrators may bypass, and the branches and tags that may deploy. check compares and writes
nothing; sync creates or updates what differs, and a second sync writes nothing. Environments
without a protection: section, and those stackgate.yml does not name, are never touched, and no
environment is ever deleted. See docs/environments.md.

Options:
      --repo <owner/name>    the GitHub repository (default: GITHUB_REPOSITORY)
  -f, --format <format>      ${(0, command_args_1.describeFormats)(exports.FORMATS)} on stdout
  -c, --config <file>        stackgate.yml to use
      --debug                print stack traces of internal errors
  -h, --help                 this help

The token comes from the environment: GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL for GitHub
Enterprise Server. check needs Actions (read); sync needs Administration (write) on the repository,
which a workflow's own GITHUB_TOKEN never has; teams as reviewers need Members (read) on the
organization.

Exit codes: 0 in sync (or synced), 1 check found drift, 2 usage, config, token or GitHub error
(sync: the report says what was applied and what was not).
`;
exports.OPTIONS = {
    ...command_args_1.BASE_OPTIONS,
    repo: { type: 'string' },
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
};
async function runEnvironmentsCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.OPTIONS);
    if (values.help) {
        io.stdout.write(exports.ENVIRONMENTS_HELP);
        return 0;
    }
    const [mode, ...rest] = positionals;
    if (!mode)
        throw new errors_1.UserError('environments needs sync or check', { hint: 'stackgate environments check' });
    if (!isMode(mode))
        throw new errors_1.UserError(`environments: unknown mode "${mode}"`, { hint: 'use sync or check' });
    const format = values.format ? parseFormat(values.format, '--format') : 'text';
    const root = (0, command_args_1.commandRoot)(`environments ${mode}`, rest, io.cwd);
    const repository = (0, repository_option_1.repositoryOption)(values.repo, io.env);
    if (!repository)
        throw new errors_1.UserError(`environments ${mode} needs the GitHub repository`, { hint: '--repo owner/name, or set GITHUB_REPOSITORY' });
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token)
        throw new errors_1.UserError(`environments ${mode} needs a GitHub token: set GITHUB_TOKEN (or GH_TOKEN)`, {
            hint: mode === 'sync' ? 'a token with the Administration repository permission (write)' : 'a token with the Actions repository permission (read)',
        });
    const report = await (0, sync_environments_1.syncEnvironments)({
        mode,
        root,
        config: values.config,
        repository,
        token,
        apiUrl: io.env.GITHUB_API_URL,
        proxy: (0, proxy_1.proxySettingsFromEnv)(io.env),
        log: (0, stderr_log_1.stderrLog)(io, !!values.debug),
    });
    (0, result_output_1.writeResult)(io, format, format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? (0, report_1.renderEnvironmentsMarkdown)(report) : (0, report_1.renderEnvironmentsText)(report));
    return (0, report_1.exitCodeOf)(report);
}
function isMode(value) {
    return exports.MODES.includes(value);
}


/***/ }),

/***/ 35342:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXPLAIN_IDS = exports.EXPLAIN_OPTIONS = exports.EXPLAIN_HELP = void 0;
exports.runExplainCommand = runExplainCommand;
const index_1 = __webpack_require__(12293);
const explain_1 = __webpack_require__(18310);
const did_you_mean_1 = __webpack_require__(87568);
const errors_1 = __webpack_require__(74296);
const command_args_1 = __webpack_require__(2449);
exports.EXPLAIN_HELP = `stackgate explain <check-id> — what a check looks for, why it matters and how to fix it

Prints the check's title, default severity and category, its rationale and remediation, what its
findings say, its options with their defaults, how to configure or turn it off in stackgate.yml,
and its section in docs/checks.md. The ids: stackgate checks.

      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 explained, 2 unknown check id or usage error.
`;
exports.EXPLAIN_OPTIONS = command_args_1.BASE_OPTIONS;
/** The ids `stackgate explain` takes (for shell completion). */
exports.EXPLAIN_IDS = index_1.CHECKS.map((c) => c.id);
function runExplainCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.EXPLAIN_OPTIONS);
    if (values.help) {
        io.stdout.write(exports.EXPLAIN_HELP);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors_1.UserError(`explain takes one check id, got ${positionals.length}`, { hint: 'stackgate explain <check-id>; the ids: stackgate checks' });
    const id = positionals[0];
    const check = index_1.CHECKS.find((c) => c.id === id);
    if (!check) {
        const guess = (0, did_you_mean_1.suggest)(id, exports.EXPLAIN_IDS);
        throw new errors_1.UserError(`explain: unknown check "${id}"${guess ? `; did you mean "${guess}"?` : ''}`, {
            hint: 'run "stackgate checks" for the list of check ids',
        });
    }
    io.stdout.write((0, explain_1.explainCheck)(check, { width: io.columns }));
    return 0;
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

/***/ 63979:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCORE_VALUES = exports.SCORE_OPTIONS = exports.SCORE_HELP = void 0;
exports.runScoreCommand = runScoreCommand;
const node_path_1 = __importDefault(__webpack_require__(76760));
const score_with_base_1 = __webpack_require__(34594);
const readiness_envelope_1 = __webpack_require__(6080);
const helm_template_1 = __webpack_require__(13984);
const kubectl_kustomize_1 = __webpack_require__(40592);
const promtool_1 = __webpack_require__(4769);
const types_1 = __webpack_require__(15200);
const errors_1 = __webpack_require__(74296);
const gate_1 = __webpack_require__(15169);
const render_1 = __webpack_require__(84034);
const channel_budgets_1 = __webpack_require__(4882);
const command_args_1 = __webpack_require__(2449);
const git_ref_1 = __webpack_require__(89782);
const version_1 = __webpack_require__(83323);
const result_output_1 = __webpack_require__(10955);
const FORMATS = ['text', 'json', 'markdown'];
const parseFormat = (0, command_args_1.formatParser)(FORMATS);
exports.SCORE_HELP = `stackgate score [path] [options] — the production-readiness score of a repository

Every check (the validate checks plus repository-level ones: workflows, runbooks, monitoring
coverage, MCP services) passes, fails or does not apply; the score is the weighted share of
applicable checks that pass (error 3, warning 2, info 1). Error findings and secrets are blockers:
they fail the score whatever the number. See docs/readiness.md.

      --base <ref>           also score the merge base of <ref> and HEAD (in a temporary git worktree)
                             and report the change, overall and per category; a <ref> that names no
                             commit is a usage error
  -f, --format <format>      ${(0, command_args_1.describeFormats)(FORMATS)}
  -o, --output <fmt=file>    also write a format to a file; repeatable
      --fail-under <score>   exit 1 when the score is below this (default from stackgate.yml: 0)
      --min <cat=score>      lowest accepted score of a category; repeatable (${types_1.READINESS_CATEGORIES.join(', ')})
      --no-secrets           do not scan the tree for secrets (the secrets check is then not applicable)
  -c, --config <file>        stackgate.yml to use
      --color, --no-color    accepted like every command's, for uniform scripts: score prints no colours
      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 passes, 1 blockers or a score under the thresholds, 2 usage or config error.
`;
exports.SCORE_OPTIONS = {
    base: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o', multiple: true, default: [] },
    'fail-under': { type: 'string' },
    min: { type: 'string', multiple: true, default: [] },
    'no-secrets': { type: 'boolean' },
    config: { type: 'string', short: 'c' },
    ...command_args_1.COLOR_OPTIONS,
    ...command_args_1.BASE_OPTIONS,
};
exports.SCORE_VALUES = { format: FORMATS, min: types_1.READINESS_CATEGORIES.map((c) => `${c}=`) };
async function runScoreCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.SCORE_OPTIONS);
    if (values.help) {
        io.stdout.write(exports.SCORE_HELP);
        return 0;
    }
    const root = (0, command_args_1.commandRoot)('score', positionals, io.cwd);
    const format = parseFormat(values.format, '--format');
    const outputs = (0, command_args_1.parseOutputs)(values.output, parseFormat);
    const failUnder = (0, gate_1.parseFailUnder)(values['fail-under'], '--fail-under');
    const { minimums, errors } = (0, gate_1.parseMinimums)(values.min.join(','), types_1.READINESS_CATEGORIES);
    if (errors.length)
        throw new errors_1.UserError(`--min: ${errors.join('; ')}`);
    if (values.base !== undefined)
        (0, git_ref_1.assertCommit)(root, values.base, '--base');
    const result = await (0, score_with_base_1.scoreWithBase)({
        root,
        configPath: values.config,
        base: values.base,
        secrets: !values['no-secrets'],
        workerEntry: io.workerEntry,
        toolVersion: version_1.VERSION,
    }, { externalTools: { promtool: (0, promtool_1.createPromtoolRunner)(), helm: (0, helm_template_1.createHelmRenderer)(), kustomize: (0, kubectl_kustomize_1.createKustomizeRenderer)() } });
    if (result.baseProblem)
        io.stderr.write(`stackgate: ${result.baseProblem}\n`);
    const { report, delta, verdict, notes } = (0, readiness_envelope_1.readinessEnvelope)(result, { thresholds: { failUnder, minimums } });
    const render = (f) => {
        switch (f) {
            case 'json':
                return `${JSON.stringify({ ...report, ...(delta ? { delta } : {}), verdict }, null, 2)}\n`;
            case 'markdown':
                return (0, render_1.renderReadinessMarkdown)(report, { delta, verdict, maxChars: channel_budgets_1.SUMMARY_LIMIT, notes });
            case 'text':
                return (0, render_1.renderReadinessText)(report, { delta, verdict });
        }
    };
    (0, result_output_1.writeResult)(io, format, render(format));
    for (const o of outputs)
        io.writeFile(node_path_1.default.resolve(io.cwd, o.file), render(o.format));
    return verdict.passed ? 0 : 1;
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
const skipped_1 = __webpack_require__(31229);
const text_1 = __webpack_require__(58115);
const formats_1 = __webpack_require__(54226);
const color_1 = __webpack_require__(22477);
const command_args_1 = __webpack_require__(2449);
const git_ref_1 = __webpack_require__(89782);
const version_1 = __webpack_require__(83323);
const result_output_1 = __webpack_require__(10955);
const repository_paths_1 = __webpack_require__(83702);
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
      --allow-empty          pass a tree or history run that finds no file to scan (default: exit 2)
  -c, --config <file>        stackgate.yml to use
${color_1.COLOR_HELP}
      --debug                print stack traces of internal errors
  -h, --help                 this help

Files not scanned (binary, too large, unreadable) are listed in every format. A path named explicitly
is scanned even when git ignores it.

Exit codes: 0 no findings, 1 findings remain after allowlists and baseline, 2 usage or config error
(also a --base or --head that names no commit, and a tree or history run with no file to scan
unless --allow-empty).
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
    'allow-empty': { type: 'boolean' },
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
    const workers = (0, command_args_1.parseWorkers)(values.workers);
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
        allowEmpty: !!values['allow-empty'],
    });
    // Text lists them on stdout; the other formats carry them too, and stderr says so for a reader of the terminal.
    if (format !== 'text')
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
                return `${JSON.stringify((0, skipped_1.withSkippedNotifications)((0, sarif_1.buildSarif)((0, repository_paths_1.findingsInRepository)(findings, root), (0, report_1.secretChecks)(), {
                    toolVersion: version_1.VERSION,
                    category: sarif_1.SARIF_CATEGORY.secrets,
                    informationUri: 'https://github.com/stackgate/stackgate',
                    helpUriBase: formats_1.HELP_URI_BASE,
                }), (0, repository_paths_1.findingsInRepository)(result.skipped, root)), null, 2)}\n`;
            case 'junit':
                return (0, junit_1.renderJunit)(findings, (0, report_1.secretChecks)());
            case 'markdown':
                return (0, markdown_1.renderMarkdownSummary)(findings, summary, { title: 'stackgate secrets' }) + (0, skipped_1.renderSkippedMarkdown)(result.skipped);
            case 'text':
                return (0, text_1.renderText)(findings, { color, summary }) + (0, skipped_1.renderSkippedText)(result.skipped);
        }
    };
    const color = (0, color_1.shouldColor)(args, io);
    (0, result_output_1.writeResult)(io, format, render(format, color));
    for (const o of outputs)
        io.writeFile(node_path_1.default.resolve(io.cwd, o.file), render(o.format, false));
    return failOn === 'error' && result.findings.length ? 1 : 0;
}


/***/ }),

/***/ 3547:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bashCompletion = bashCompletion;
function bashCompletion(commands) {
    const names = commands.map((c) => c.name);
    const words = (list) => list.join(' ');
    const compgen = (list) => `COMPREPLY=($(compgen -W "${words(list)}" -- "$cur"))`;
    const perCommand = commands.map((c) => {
        const optionWords = c.options.flatMap((o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])]);
        const valued = c.options.filter((o) => o.takesValue);
        const flag = (o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])].join('|');
        const valueCases = valued.map((o) => `        ${flag(o)}) ${o.values ? `${compgen(o.values)}; ` : ''}return ;;`);
        const positional = c.positionals === 'paths' ? '' : c.positionals === 'none' ? '' : `      [[ "$cur" != -* ]] && ${compgen(c.positionals)} && return\n`;
        return [
            `    ${c.name})`,
            ...(valueCases.length ? ['      case "$prev" in', ...valueCases, '      esac'] : []),
            `${positional}      [[ "$cur" == -* ]] && ${compgen(optionWords)}`,
            '      ;;',
        ].join('\n');
    });
    return `# stackgate completion for bash. Load it with
#   source <(stackgate completion bash)
# or save it as ~/.local/share/bash-completion/completions/stackgate
_stackgate() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" i
  ((COMP_CWORD > 0)) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # --format=json: bash splits the word at "=" (COMP_WORDBREAKS)
  if [[ "$cur" == "=" ]]; then
    cur=""
  elif [[ "$prev" == "=" ]] && ((COMP_CWORD > 1)); then
    prev="\${COMP_WORDS[COMP_CWORD-2]}"
  fi
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  COMPREPLY=()
  if [[ -z "$cmd" ]]; then
    ${compgen([...names, 'help', '--help', '--version'])}
    return
  fi
  case "$cmd" in
    help)
      ${compgen(names)}
      ;;
${perCommand.join('\n')}
  esac
}
complete -o default -F _stackgate stackgate
`;
}


/***/ }),

/***/ 72447:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fishCompletion = fishCompletion;
/** A word in single quotes, for fish. */
const quote = (s) => `'${s.replace(/[\\']/g, '\\$&')}'`;
function fishCompletion(commands) {
    const names = commands.map((c) => c.name);
    const lines = [
        '# stackgate completion for fish. Load it with',
        '#   stackgate completion fish | source',
        '# or save it as ~/.config/fish/completions/stackgate.fish',
        'complete -c stackgate -f',
        ...commands.map((c) => `complete -c stackgate -n __fish_use_subcommand -a ${c.name} -d ${quote(c.summary)}`),
        `complete -c stackgate -n __fish_use_subcommand -a help -d ${quote('The options and output formats of a command')}`,
        "complete -c stackgate -n __fish_use_subcommand -s h -l help -d 'Show the help'",
        "complete -c stackgate -n __fish_use_subcommand -s v -l version -d 'Show the version'",
        `complete -c stackgate -n '__fish_seen_subcommand_from help' -a ${quote(names.join(' '))}`,
    ];
    for (const c of commands) {
        const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
        for (const o of c.options) {
            const flags = `${o.short ? `-s ${o.short} ` : ''}-l ${o.long}`;
            const value = !o.takesValue ? '' : o.values ? ` -x -a ${quote(o.values.join(' '))}` : ' -r -F';
            lines.push(`complete -c stackgate ${when} ${flags}${value}`);
        }
        if (c.positionals === 'paths')
            lines.push(`complete -c stackgate ${when} -F`);
        else if (c.positionals !== 'none')
            lines.push(`complete -c stackgate ${when} -a ${quote(c.positionals.join(' '))}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 83950:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMPLETION_OPTIONS = exports.SHELLS = void 0;
exports.completionSpec = completionSpec;
/**
 * What the shell completion scripts complete, read from the commands themselves: their names and
 * summaries (command-list.ts), the options their parsers accept, and the fixed values of those
 * options (formats, severities, modes, check ids). A completion script cannot offer what the CLI refuses.
 */
const smoke_schema_1 = __webpack_require__(76139);
const command_args_1 = __webpack_require__(2449);
const command_list_1 = __webpack_require__(4436);
const bot_1 = __webpack_require__(4932);
const checks_1 = __webpack_require__(13512);
const deploy_1 = __webpack_require__(22682);
const environments_1 = __webpack_require__(88623);
const explain_1 = __webpack_require__(35342);
const gate_1 = __webpack_require__(97598);
const schema_1 = __webpack_require__(26850);
const score_1 = __webpack_require__(63979);
const secrets_1 = __webpack_require__(1892);
const smoke_1 = __webpack_require__(15216);
const validate_1 = __webpack_require__(12575);
exports.SHELLS = ['bash', 'zsh', 'fish'];
exports.COMPLETION_OPTIONS = command_args_1.BASE_OPTIONS;
const COMMANDS = {
    validate: { options: validate_1.VALIDATE_OPTIONS, values: validate_1.VALIDATE_VALUES, positionals: 'paths' },
    secrets: { options: secrets_1.SECRETS_OPTIONS, values: secrets_1.SECRETS_VALUES, positionals: 'paths' },
    score: { options: score_1.SCORE_OPTIONS, values: score_1.SCORE_VALUES, positionals: 'paths' },
    smoke: { options: smoke_1.OPTIONS, values: { format: smoke_1.FORMATS, transport: smoke_schema_1.smokeTarget.shape.transport.unwrap().options }, positionals: 'paths' },
    deploy: { options: deploy_1.OPTIONS, values: { format: deploy_1.FORMATS }, positionals: 'paths' },
    gate: { options: gate_1.OPTIONS, values: { format: gate_1.FORMATS }, positionals: 'paths' },
    bot: { options: bot_1.OPTIONS, positionals: 'none' },
    environments: { options: environments_1.OPTIONS, values: { format: environments_1.FORMATS }, positionals: environments_1.MODES },
    checks: { options: checks_1.CHECKS_OPTIONS, values: checks_1.CHECKS_VALUES, positionals: 'none' },
    explain: { options: explain_1.EXPLAIN_OPTIONS, positionals: explain_1.EXPLAIN_IDS },
    schema: { options: schema_1.SCHEMA_OPTIONS, positionals: schema_1.SCHEMA_NAMES },
    completion: { options: exports.COMPLETION_OPTIONS, positionals: exports.SHELLS },
};
function completionSpec() {
    return command_list_1.COMMAND_LIST.map(({ name, summary }) => {
        const command = COMMANDS[name];
        if (!command)
            throw new Error(`no completion for command ${name}`);
        const options = Object.entries(command.options).map(([long, o]) => ({
            long,
            ...(o.short ? { short: o.short } : {}),
            takesValue: o.type === 'string',
            ...(command.values?.[long] ? { values: command.values[long] } : {}),
        }));
        return { name, summary, options, positionals: command.positionals };
    });
}


/***/ }),

/***/ 74928:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.zshCompletion = zshCompletion;
/** A word in single quotes, for zsh. */
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function zshCompletion(commands) {
    const names = commands.map((c) => c.name);
    const add = (list) => `compadd -- ${list.map(quote).join(' ')}`;
    const perCommand = commands.map((c) => {
        const optionWords = c.options.flatMap((o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])]);
        const flag = (o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])].join('|');
        const valueCases = c.options.filter((o) => o.takesValue).map((o) => `        ${flag(o)}) ${o.values ? add(o.values) : '_files'}; return ;;`);
        const positional = c.positionals === 'paths' ? '_files' : c.positionals === 'none' ? 'return 1' : add(c.positionals);
        return [
            `    ${c.name})`,
            ...(valueCases.length ? ['      case $prev in', ...valueCases, '      esac'] : []),
            `      if [[ $cur == -* ]]; then ${add(optionWords)}; else ${positional}; fi`,
            '      ;;',
        ].join('\n');
    });
    const described = commands.map((c) => quote(`${c.name}:${c.summary.replace(/:/g, '\\:')}`));
    return `#compdef stackgate
# stackgate completion for zsh. Load it after compinit with
#   source <(stackgate completion zsh)
# or save it as _stackgate in a directory of $fpath.
_stackgate() {
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]} cmd=\${words[2]}
  if (( CURRENT == 2 )); then
    local -a commands
    commands=(${described.join(' ')} 'help:The options and output formats of a command')
    _describe -t commands 'stackgate command' commands
    return
  fi
  case $cmd in
    help)
      ${add(names)}
      ;;
${perCommand.join('\n')}
  esac
}
if [[ \${funcstack[1]} == _stackgate ]]; then
  _stackgate "$@"
else
  compdef _stackgate stackgate
fi
`;
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

/***/ 18310:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.explainCheck = explainCheck;
exports.checkOptions = checkOptions;
/**
 * `stackgate explain <check-id>` as text: what a check looks for, why it matters, how to fix it,
 * its default severity, its options with their defaults, what its findings say, and how to turn it
 * down in stackgate.yml. Everything comes from the check's own metadata and options schema, so it
 * cannot drift from what the check does; the section in docs/checks.md is linked for the rest.
 */
const zod_1 = __webpack_require__(50924);
const wrap_words_1 = __webpack_require__(23972);
const catalogue_1 = __webpack_require__(78672);
const types_1 = __webpack_require__(15200);
const INDENT = '  ';
/** Where an engine check's findings come from, in words. */
const ENGINE_SOURCES = {
    'file-problem': 'while loading files',
    'compose-problem': 'while building the effective Compose stacks',
    promtool: "from promtool's results",
    suppression: 'while reading stackgate-ignore comments',
    'secret-scan': 'by the secret scanner',
};
function explainCheck(check, options = {}) {
    const { meta } = check;
    const paragraph = (text, indent = INDENT) => (0, wrap_words_1.wrapWords)(text, options.width === undefined ? undefined : options.width - indent.length).map((l) => `${indent}${l}`);
    const facts = [
        `Default severity ${meta.severity}`,
        `category ${meta.category}`,
        ...(meta.readiness ? [`readiness ${meta.readiness}`] : []),
        ...(meta.productionOnly ? ['production environments only'] : []),
        ...(meta.mcpOnly ? ['only where MCP servers are deployed'] : []),
        ...(meta.operatedOnly ? ['only where the repository is operated (environments or GitOps objects)'] : []),
        ...((0, types_1.isEngineCheck)(check) ? [`reported ${ENGINE_SOURCES[check.engine] ?? `by the engine (${check.engine})`}`] : []),
    ];
    const out = [`${check.id}: ${meta.title}`, ...paragraph(`${facts.join(', ')}.`, ''), ''];
    out.push('Why it matters', ...paragraph(meta.rationale), '');
    out.push('How to fix it', ...paragraph(meta.remediation), '');
    const messages = Object.values(meta.messages);
    out.push(messages.length === 1 ? 'What a finding says' : 'What its findings say', ...messages.flatMap((m) => paragraph(m.replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>'), `${INDENT}- `)), '');
    const documented = checkOptions(check);
    if (documented.length) {
        out.push('Options');
        for (const o of documented) {
            out.push(`${INDENT}${o.name} (${o.type}${o.default !== undefined ? `, default ${JSON.stringify(o.default)}` : ''})`);
            if (o.description)
                out.push(...paragraph(o.description, INDENT.repeat(2)));
        }
        out.push('');
    }
    out.push('In stackgate.yml', `${INDENT}checks:`);
    if (documented.length) {
        out.push(`${INDENT}  ${check.id}:`, `${INDENT}    severity: ${meta.severity}          # or off | error | warning | info`, `${INDENT}    options:`);
        for (const o of documented)
            out.push(`${INDENT}      ${o.name}: ${JSON.stringify(o.default ?? exampleValue(o.type))}`);
    }
    else {
        out.push(`${INDENT}  ${check.id}: ${meta.severity}          # or off | error | warning | info`);
    }
    out.push('', 'To accept one finding, comment on its line or the line above', `${INDENT}# stackgate-ignore ${check.id}: <reason>`, '', `More: ${(0, catalogue_1.checkDocUrl)(check.id)}`);
    return `${out.join('\n')}\n`;
}
/** The options of a check, from its schema as JSON Schema (names, types, defaults, descriptions). */
function checkOptions(check) {
    if ((0, types_1.isEngineCheck)(check) || !check.options)
        return [];
    const schema = zod_1.z.toJSONSchema(check.options, { io: 'input', unrepresentable: 'any' });
    return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
        name,
        type: typeName(property),
        ...(property.default !== undefined ? { default: property.default } : {}),
        ...(property.description ? { description: property.description } : {}),
    }));
}
/** `string[]`, `number`, `"a" | "b"`, `object`: a JSON Schema's type in a few characters. */
function typeName(schema) {
    if (schema.enum)
        return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (schema.anyOf)
        return schema.anyOf.map(typeName).join(' | ');
    if (schema.type === 'array')
        return `${schema.items ? typeName(schema.items) : 'any'}[]`;
    if (Array.isArray(schema.type))
        return schema.type.join(' | ');
    if (schema.type === 'integer')
        return 'number';
    return schema.type ?? 'any';
}
/** A value of the type for the stackgate.yml sample, when the option has no default. */
function exampleValue(type) {
    if (type.endsWith('[]'))
        return [];
    if (type === 'number')
        return 0;
    if (type === 'boolean')
        return false;
    if (type === 'object')
        return {};
    return '';
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


/***/ })

};
;