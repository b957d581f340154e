"use strict";
exports.id = 5547;
exports.ids = [5547];
exports.modules = {

/***/ 19485:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.changeRangeFromEvent = changeRangeFromEvent;
exports.changeRangeOf = changeRangeOf;
exports.changedFiles = changedFiles;
exports.changedLines = changedLines;
/** Files a push or pull request changed, from the event payload and `git diff`. */
const node_child_process_1 = __webpack_require__(31421);
const event_1 = __webpack_require__(77694);
const unified_diff_1 = __webpack_require__(18155);
const commit_sha_1 = __webpack_require__(4477);
const run_git_1 = __webpack_require__(74899);
/** The commit range of a pull_request(_target), merge_group or push event, if the payload at `eventPath` has one (full SHAs only). */
function changeRangeFromEvent(eventName, eventPath) {
    return changeRangeOf(eventName, (0, event_1.readEventPayload)(eventPath));
}
/** The commit range of a pull_request(_target), merge_group or push event, if its payload has one (full SHAs only). */
function changeRangeOf(eventName, payload) {
    // No or unreadable payload means "no range": callers validate everything.
    if (!payload)
        return undefined;
    const pr = payload.pull_request;
    const range = (base, head) => {
        const b = (0, commit_sha_1.commitShaOrUndefined)(base);
        const h = (0, commit_sha_1.commitShaOrUndefined)(head);
        return b && h ? { base: b, head: h } : undefined;
    };
    if (eventName === 'pull_request' || eventName === 'pull_request_target')
        return range(pr?.base?.sha, pr?.head?.sha);
    const group = payload.merge_group;
    if (eventName === 'merge_group')
        return range(group?.base_sha, group?.head_sha);
    // A push that creates a branch has an all-zero `before`: there is nothing to compare with.
    if (eventName === 'push' && typeof payload.before === 'string' && !/^0+$/.test(payload.before))
        return range(payload.before, payload.after);
    return undefined;
}
/** Repository-relative paths changed between base and head (merge-base diff, as a PR shows it). */
function changedFiles(cwd, range) {
    const out = (0, node_child_process_1.execFileSync)('git', ['diff', '--name-only', '--no-renames', '-z', '--end-of-options', `${range.base}...${range.head}`], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
    });
    return out.split('\0').filter(Boolean);
}
/** Lines each file has on the head side of the merge-base diff (added or changed), for ranking findings. */
function changedLines(cwd, range) {
    const diff = (0, run_git_1.git)(cwd, ['diff', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--end-of-options', `${range.base}...${range.head}`]);
    return new Map((0, unified_diff_1.parseUnifiedDiff)(diff).map((f) => [f.file, new Set(f.lines.map((l) => l.line))]));
}


/***/ }),

/***/ 4477:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isCommitSha = isCommitSha;
exports.commitShaOrUndefined = commitShaOrUndefined;
/**
 * Commit ids from outside (the event payload): only a full SHA-1 or SHA-256 object name in hex is
 * accepted, so a crafted value can never reach git as an option or a revision expression.
 */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isCommitSha(value) {
    return typeof value === 'string' && COMMIT_SHA.test(value);
}
/** The value when it is a commit id, else undefined. */
function commitShaOrUndefined(value) {
    return isCommitSha(value) ? value : undefined;
}


/***/ }),

/***/ 77694:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.eventContextOf = eventContextOf;
exports.readEventPayload = readEventPayload;
/** What the actions need from the event payload (GITHUB_EVENT_PATH) that started the workflow. */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const commit_sha_1 = __webpack_require__(4477);
/** The pull request and the commit to compare with, from a payload (full SHAs only). */
function eventContextOf(payload) {
    const context = {};
    if (!payload)
        return context;
    const pr = payload.pull_request;
    const prBase = (0, commit_sha_1.commitShaOrUndefined)(pr?.base?.sha);
    const prHead = (0, commit_sha_1.commitShaOrUndefined)(pr?.head?.sha);
    if (pr && typeof pr.number === 'number' && Number.isSafeInteger(pr.number) && prBase && prHead) {
        context.pullRequest = { number: pr.number, headSha: prHead };
        context.baseSha = prBase;
        return context;
    }
    const group = payload.merge_group;
    const groupBase = (0, commit_sha_1.commitShaOrUndefined)(group?.base_sha);
    if (groupBase)
        context.baseSha = groupBase;
    else if (typeof payload.before === 'string' && !/^0+$/.test(payload.before))
        context.baseSha = (0, commit_sha_1.commitShaOrUndefined)(payload.before);
    return context;
}
/** The event payload (GITHUB_EVENT_PATH), or undefined when there is none or it is not JSON. */
function readEventPayload(file) {
    if (!file || !node_fs_1.default.existsSync(file))
        return undefined;
    try {
        return JSON.parse(node_fs_1.default.readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
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

/***/ 12575:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VALIDATE_VALUES = exports.VALIDATE_OPTIONS = exports.VALIDATE_HELP = void 0;
exports.runValidateCommand = runValidateCommand;
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const helm_template_1 = __webpack_require__(13984);
const kubectl_kustomize_1 = __webpack_require__(40592);
const promtool_1 = __webpack_require__(4769);
const index_1 = __webpack_require__(12293);
const did_you_mean_1 = __webpack_require__(87568);
const errors_1 = __webpack_require__(74296);
const findings_1 = __webpack_require__(44637);
const discover_1 = __webpack_require__(23866);
const formats_1 = __webpack_require__(54226);
const validate_repository_1 = __webpack_require__(99574);
const color_1 = __webpack_require__(22477);
const command_args_1 = __webpack_require__(2449);
const validate_target_1 = __webpack_require__(32534);
const version_1 = __webpack_require__(83323);
const result_output_1 = __webpack_require__(10955);
const repository_paths_1 = __webpack_require__(83702);
const stderr_log_1 = __webpack_require__(80319);
exports.VALIDATE_HELP = `stackgate validate [path | file] [options] — check a repository before it reaches production

Validates Compose stacks (the effective stack of each environment), Kubernetes manifests,
Dockerfiles, Prometheus rules and config, Grafana dashboards, and the repository as a whole: CI
workflows, runbooks and docs, monitoring coverage, environment parity. Every enabled check of
"stackgate checks" runs, so a plain run reports what --check <id> reports for each id.

[path] is a directory (default .), validated under the nearest stackgate.yml at or above it (never
above the top level of its git repository): from anywhere, the same directory gives the same
findings. A subdirectory with a stackgate.yml of its own is validated under that one. A file is
validated with the stackgate.yml and the other files
of its repository (the nearest directory above it with a stackgate.yml or a .git; failing that, the
current directory when the file is inside it, else the file's own directory), and only its
findings are shown, under the path as given.

  -c, --config <file>        stackgate.yml to use, relative to the path (default: the nearest
                             stackgate.yml or .github/stackgate.yml at or above it)
  -f, --format <format>      ${(0, command_args_1.describeFormats)(formats_1.FORMATS)} on stdout
  -o, --output <fmt=file>    also write a format to a file; repeatable (e.g. -o sarif=out.sarif)
      --fail-on <severity>   ${validate_repository_1.FAIL_ON.join(', ')}: lowest severity that exits 1 (default from
                             stackgate.yml: error)
      --min-severity <sev>   error, warning or info (default): list only findings at or above it in
                             text and markdown output; JSON, SARIF and JUnit keep every finding, and
                             --fail-on and the exit code still count them all
      --check <id>           run only this check; repeatable (the ids: stackgate checks;
                             stackgate explain <id> describes one)
      --changed <file>       report only findings in these repository-relative files; repeatable
      --promtool <mode>      auto (default: use promtool when installed), always or never
      --workers <n>          threads to parse and check files with, this one included (default:
                             all cores but one when the files add up to 1 MiB or more, else
                             one); 2 or more start workers whatever the size
${color_1.COLOR_HELP}
      --debug                print stack traces of internal errors
  -h, --help                 this help

Text output lists findings by file, then counts them by check with each check's first location.
On a terminal long messages wrap to its width; piped or written to a file, each finding is one line.

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or config error.
`;
exports.VALIDATE_OPTIONS = {
    config: { type: 'string', short: 'c' },
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o', multiple: true, default: [] },
    'fail-on': { type: 'string' },
    'min-severity': { type: 'string' },
    check: { type: 'string', multiple: true },
    changed: { type: 'string', multiple: true },
    promtool: { type: 'string' },
    workers: { type: 'string' },
    ...command_args_1.COLOR_OPTIONS,
    ...command_args_1.BASE_OPTIONS,
};
exports.VALIDATE_VALUES = {
    format: formats_1.FORMATS,
    'fail-on': validate_repository_1.FAIL_ON,
    'min-severity': findings_1.SEVERITIES,
    promtool: validate_repository_1.PROMTOOL_MODES,
    check: index_1.CHECKS.map((c) => c.id),
};
async function runValidateCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.VALIDATE_OPTIONS);
    if (values.help) {
        io.stdout.write(exports.VALIDATE_HELP);
        return 0;
    }
    const target = (0, validate_target_1.resolveValidateTarget)(positionals, io.cwd);
    const { root } = target;
    const format = (0, formats_1.parseFormat)(values.format, '--format');
    const outputs = (0, command_args_1.parseOutputs)(values.output, formats_1.parseFormat);
    const minSeverity = parseMinSeverity(values['min-severity']);
    const only = values.check;
    for (const id of only ?? [])
        assertCheckId(id);
    const changed = values.changed;
    const workers = (0, command_args_1.parseWorkers)(values.workers);
    const { validation: result, configFile, summary: repositorySummary, failed, } = await (0, validate_repository_1.validateRepository)({
        root,
        configPath: values.config,
        failOn: values['fail-on'],
        promtool: values.promtool,
        invalidInput: (input, value) => input === 'fail-on'
            ? new errors_1.UserError(`--fail-on: unknown severity "${value}"`, { hint: `use ${validate_repository_1.FAIL_ON.join(', ')}` })
            : new errors_1.UserError(`--promtool: unknown mode "${value}"`, { hint: `use ${validate_repository_1.PROMTOOL_MODES.join(', ')}` }),
        only,
        files: target.file ? new Set([target.file.rel].filter((f) => !changed || changed.includes(f))) : changed ? new Set(changed) : undefined,
        // Every check, the repository-level ones too: a plain run reports what --check <id> reports for each id.
        scope: 'repository',
        workers,
    }, {
        log: (0, stderr_log_1.stderrLog)(io, (0, stderr_log_1.isDebugRun)(args, io.env)),
        externalTools: { promtool: (0, promtool_1.createPromtoolRunner)(), helm: (0, helm_template_1.createHelmRenderer)(), kustomize: (0, kubectl_kustomize_1.createKustomizeRenderer)() },
        workerEntry: io.validateWorkerEntry,
    });
    for (const id of only ?? []) {
        if (!result.settings.get(id)?.enabled)
            io.stderr.write(`stackgate: --check ${id}: the check is turned off in ${configFile ?? 'stackgate.yml'}; it did not run\n`);
    }
    if (target.file)
        noteUnread(io, target, result);
    const findings = target.file ? asGiven(result.findings, target.file) : result.findings;
    const summary = target.file ? { filesChecked: 1, durationMs: repositorySummary.durationMs, environments: repositorySummary.environments } : repositorySummary;
    const renderOptions = { color: (0, color_1.shouldColor)(args, io), toolVersion: version_1.VERSION, minSeverity };
    // SARIF names files relative to the repository's root; the other formats, relative to the path given.
    let inRepository;
    const findingsFor = (f) => (f === 'sarif' ? (inRepository ??= (0, repository_paths_1.findingsInRepository)(result.findings, root)) : findings);
    (0, result_output_1.writeResult)(io, format, (0, formats_1.renderFormat)(format, findingsFor(format), summary, { ...renderOptions, width: io.columns }));
    for (const o of outputs) {
        const out = node_path_1.default.resolve(io.cwd, o.file);
        try {
            node_fs_1.default.mkdirSync(node_path_1.default.dirname(out), { recursive: true });
            io.writeFile(out, (0, formats_1.renderFormat)(o.format, findingsFor(o.format), summary, { ...renderOptions, color: false }));
        }
        catch (e) {
            throw new errors_1.UserError(`cannot write ${o.file}: ${e.code ?? e.message}`);
        }
    }
    return failed ? 1 : 0;
}
/** --min-severity: a severity, or none (every finding is listed). */
function parseMinSeverity(value) {
    if (value === undefined || findings_1.SEVERITIES.includes(value))
        return value;
    throw new errors_1.UserError(`--min-severity: unknown severity "${value}"`, { hint: `use ${findings_1.SEVERITIES.join(', ')}` });
}
/** A --check id that names no check would run nothing and pass: a usage error, with the closest id. */
function assertCheckId(id) {
    if (index_1.CHECKS.some((c) => c.id === id))
        return;
    const guess = (0, did_you_mean_1.suggest)(id, index_1.CHECKS.map((c) => c.id));
    throw new errors_1.UserError(`--check: unknown check "${id}"${guess ? `; did you mean "${guess}"?` : ''}`, {
        hint: 'run "stackgate checks" for the list of check ids',
    });
}
/** Findings of a single-file run carry the path the user typed. */
function asGiven(findings, file) {
    return findings.map((f) => (f.file === file.rel ? { ...f, file: file.given } : f));
}
/** A file the run never read gets no findings: say so rather than pass it silently. */
function noteUnread(io, target, result) {
    const { rel, given } = target.file;
    const ws = result.workspace;
    if (!ws.paths.includes(rel))
        io.stderr.write(`stackgate: ${given}: not validated: ignored (by .gitignore, or inside .git or node_modules)\n`);
    else if ((0, discover_1.isCandidateName)(node_path_1.default.posix.basename(rel)) && !ws.files.has(rel) && !result.findings.some((f) => f.file === rel)) {
        io.stderr.write(`stackgate: ${given}: not validated: left out by the include/exclude globs of stackgate.yml\n`);
    }
}


/***/ }),

/***/ 83702:
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

/***/ 32534:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveValidateTarget = resolveValidateTarget;
/**
 * What `stackgate validate [path | file]` looks at: a directory is a repository; a file is validated
 * inside its own repository (the nearest directory above it with a stackgate.yml or a .git), so that
 * the repository's config and the rest of its Compose layers apply, and only its findings are shown.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const load_1 = __webpack_require__(9168);
const errors_1 = __webpack_require__(74296);
function resolveValidateTarget(positionals, cwd) {
    if (positionals.length > 1)
        throw new errors_1.UserError(`validate takes one path, got ${positionals.length}`, { hint: 'stackgate validate [path | file]' });
    const given = positionals[0] ?? '.';
    const abs = node_path_1.default.resolve(cwd, given);
    const stat = statOf(abs);
    if (!stat)
        throw new errors_1.UserError(`no such file or directory: ${given}`);
    if (stat.isDirectory())
        return { root: abs };
    if (!stat.isFile())
        throw new errors_1.UserError(`not a regular file or directory: ${given}`);
    const root = repositoryOf(node_path_1.default.dirname(abs), cwd);
    return { root, file: { rel: node_path_1.default.relative(root, abs).split(node_path_1.default.sep).join('/'), given } };
}
/**
 * The nearest directory at or above `dir` holding a stackgate.yml (or .github/stackgate.yml) or .git;
 * without one, the working directory when the file is inside it, else the file's own directory.
 */
function repositoryOf(dir, cwd) {
    for (let at = dir;; at = node_path_1.default.dirname(at)) {
        if ([...load_1.CONFIG_FILES, '.git'].some((f) => node_fs_1.default.existsSync(node_path_1.default.join(at, f))))
            return at;
        if (node_path_1.default.dirname(at) === at)
            break;
    }
    const fromCwd = node_path_1.default.relative(node_path_1.default.resolve(cwd), dir);
    return fromCwd.startsWith('..') || node_path_1.default.isAbsolute(fromCwd) ? dir : node_path_1.default.resolve(cwd);
}
function statOf(abs) {
    try {
        return node_fs_1.default.statSync(abs);
    }
    catch {
        return undefined; // Missing or unreadable: reported as "no such file or directory".
    }
}


/***/ }),

/***/ 9168:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CONFIG_FILES = void 0;
exports.loadConfig = loadConfig;
exports.parseConfigText = parseConfigText;
/** stackgate.yml -> the validated config of the whole product (schema.ts). */
const read_1 = __webpack_require__(40812);
Object.defineProperty(exports, "CONFIG_FILES", ({ enumerable: true, get: function () { return read_1.CONFIG_FILES; } }));
const schema_1 = __webpack_require__(47967);
/** Finds and loads the config of a repository; with no file, the defaults. */
function loadConfig(root, explicitPath) {
    return (0, read_1.readConfig)(schema_1.configSchema, root, explicitPath);
}
function parseConfigText(file, text) {
    return (0, read_1.parseConfigWith)(schema_1.configSchema, file, text);
}


/***/ })

};
;