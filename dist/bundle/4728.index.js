"use strict";
exports.id = 4728;
exports.ids = [4728];
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