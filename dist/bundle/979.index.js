"use strict";
exports.id = 979;
exports.ids = [979];
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


/***/ })

};
;