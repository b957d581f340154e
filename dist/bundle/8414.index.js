"use strict";
exports.id = 8414;
exports.ids = [8414];
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


/***/ }),

/***/ 22446:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderJson = renderJson;
/** Machine-readable output (`--format json`): a versioned envelope with counts and every finding. */
const findings_1 = __webpack_require__(44637);
const summary_1 = __webpack_require__(26942);
function renderJson(findings, summary) {
    const counts = (0, findings_1.countFindings)(findings);
    const report = {
        version: 1,
        summary: { errors: counts.error, warnings: counts.warning, info: counts.info, filesChecked: summary.filesChecked },
        findings: (0, summary_1.sortFindings)(findings).map(toJsonFinding),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** Copies the known fields in a fixed order, so the output never depends on how a finding was built. */
function toJsonFinding(f) {
    const out = { file: f.file, line: f.line, column: f.column };
    if (f.endLine !== undefined)
        out.endLine = f.endLine;
    if (f.endColumn !== undefined)
        out.endColumn = f.endColumn;
    out.checkId = f.checkId;
    if (f.messageId !== undefined)
        out.messageId = f.messageId;
    out.severity = f.severity;
    out.category = f.category;
    out.message = f.message;
    if (f.environments?.length)
        out.environments = [...f.environments];
    if (f.subject !== undefined)
        out.subject = f.subject;
    return out;
}


/***/ }),

/***/ 46490:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderJunit = renderJunit;
exports.escapeXmlText = escapeXmlText;
exports.escapeXmlAttribute = escapeXmlAttribute;
const findings_1 = __webpack_require__(44637);
const summary_1 = __webpack_require__(26942);
function renderJunit(findings, checks) {
    const byId = new Map(checks.map((c) => [c.id, c]));
    const sorted = (0, summary_1.sortFindings)(findings);
    const byFile = new Map();
    for (const f of sorted) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    const counts = (0, findings_1.countFindings)(sorted);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
    if (!sorted.length) {
        // An empty report reads as "no tests ran" in most UIs; say explicitly that everything passed.
        out.push('<testsuites name="stackgate" tests="1" failures="0" errors="0" skipped="0">', '  <testsuite name="stackgate" tests="1" failures="0" errors="0" skipped="0">', '    <testcase name="no problems found" classname="stackgate"/>', '  </testsuite>', '</testsuites>');
        return `${out.join('\n')}\n`;
    }
    out.push(`<testsuites name="stackgate" tests="${sorted.length}" failures="${counts.error + counts.warning}" errors="0" skipped="0">`);
    for (const [file, list] of byFile) {
        const fileCounts = (0, findings_1.countFindings)(list);
        out.push(`  <testsuite name="${escapeXmlAttribute(file)}" tests="${list.length}" failures="${fileCounts.error + fileCounts.warning}" errors="0" skipped="0">`);
        const names = testcaseNames(list);
        list.forEach((f, i) => {
            const open = `    <testcase name="${escapeXmlAttribute(names[i])}" classname="${escapeXmlAttribute(file)}" file="${escapeXmlAttribute(file)}" line="${f.line}">`;
            const detail = escapeXmlText(describe(f, byId.get(f.checkId)));
            if (f.severity === 'info') {
                out.push(open, `      <system-out>${detail}</system-out>`, '    </testcase>');
            }
            else {
                out.push(open, `      <failure message="${escapeXmlAttribute(f.message)}" type="${f.severity}">${detail}</failure>`, '    </testcase>');
            }
        });
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
}
/** `<check> at line N`, made unique inside the file (UIs merge test cases with the same name). */
function testcaseNames(list) {
    const tally = (names) => {
        const counts = new Map();
        for (const n of names)
            counts.set(n, (counts.get(n) ?? 0) + 1);
        return counts;
    };
    const base = list.map((f) => `${f.checkId} at line ${f.line}`);
    const baseCounts = tally(base);
    const withColumn = base.map((name, i) => ((baseCounts.get(name) ?? 0) > 1 ? `${name}, column ${list[i].column}` : name));
    const counts = tally(withColumn);
    const seen = new Map();
    return withColumn.map((name) => {
        if ((counts.get(name) ?? 0) < 2)
            return name;
        const n = (seen.get(name) ?? 0) + 1;
        seen.set(name, n);
        return `${name} (${n})`;
    });
}
function describe(f, check) {
    const lines = [`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`];
    if (f.environments?.length)
        lines.push(`Environments: ${f.environments.join(', ')}`);
    if (f.subject)
        lines.push(`Subject: ${f.subject}`);
    lines.push(`Check: ${f.checkId}${check ? ` (${check.meta.title})` : ''}`);
    if (check)
        lines.push(`How to fix: ${check.meta.remediation}`);
    return lines.join('\n');
}
/**
 * Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab, LF and
 * CR, lone surrogates, U+FFFE and U+FFFF. They are replaced with a visible `\uXXXX`.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function visible(c) {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** Escapes element content. */
function escapeXmlText(value) {
    return value.replace(NOT_XML_CHAR, visible).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
/** Escapes an attribute value (double-quoted); whitespace is kept through attribute-value normalisation. */
function escapeXmlAttribute(value) {
    return escapeXmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}


/***/ }),

/***/ 58115:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderText = renderText;
exports.printable = printable;
/**
 * Terminal output in the style of ESLint's "stylish" formatter: findings grouped under their file,
 * aligned `line:col  severity` columns followed by the message and the check id, a rollup of the
 * checks that fired (count, first location), and a closing summary line.
 *
 * With a `width` (the terminal's columns) a long message wraps under itself; without one (output
 * to a pipe or a file) every finding stays on one line, so grep and diff see whole findings.
 */
const node_util_1 = __webpack_require__(57975);
const findings_1 = __webpack_require__(44637);
const wrap_words_1 = __webpack_require__(23972);
const summary_1 = __webpack_require__(26942);
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue' };
function renderText(findings, options) {
    const paint = (style, text) => 
    // validateStream: false: the caller decided about colour (TTY, NO_COLOR, --color); don't re-check stdout here.
    options.color && text ? (0, node_util_1.styleText)(style, text, { validateStream: false }) : text;
    const sorted = (0, summary_1.sortFindings)(findings);
    const min = options.minSeverity;
    const shown = min ? sorted.filter((f) => (0, findings_1.isAtLeast)(f.severity, min)) : sorted;
    const out = [];
    const byFile = new Map();
    for (const f of shown) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    for (const [file, list] of byFile) {
        out.push(paint('underline', printable(file)));
        const rows = list.map((f) => {
            const envs = (0, summary_1.visibleEnvironments)(f, options.summary);
            return {
                severity: f.severity,
                line: String(f.line),
                column: String(f.column),
                message: printable(f.message) + (envs.length ? ` [${envs.map(printable).join(', ')}]` : ''),
                checkId: printable(f.checkId),
            };
        });
        const lineWidth = Math.max(...rows.map((r) => r.line.length));
        const columnWidth = Math.max(...rows.map((r) => r.column.length));
        const severityWidth = Math.max(...rows.map((r) => r.severity.length));
        // `  line:col  severity  `: continuation lines of a wrapped message start under the message.
        const indent = 2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2;
        for (const r of rows) {
            const position = paint('dim', `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`);
            const severity = paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(severityWidth));
            const lines = (0, wrap_words_1.wrapWords)(`${r.message}  ${r.checkId}`, options.width === undefined ? undefined : options.width - indent);
            const last = lines.length - 1;
            // The check id ends the last line, whole.
            lines[last] = `${lines[last].slice(0, lines[last].length - r.checkId.length)}${paint('dim', r.checkId)}`;
            out.push(`  ${position}  ${severity}  ${lines[0]}`, ...lines.slice(1).map((l) => `${' '.repeat(indent)}${l}`));
        }
        out.push('');
    }
    if (shown.length)
        out.push(...renderRollup(shown, paint), '');
    const coverage = (0, summary_1.describeCoverage)(options.summary);
    const problems = (0, summary_1.describeProblems)(sorted);
    const hidden = sorted.length - shown.length;
    const notShown = hidden && min ? `, ${hidden} below ${min} not shown` : '';
    if (problems) {
        const hasErrors = sorted.some((f) => f.severity === 'error');
        const hasWarnings = sorted.some((f) => f.severity === 'warning');
        const style = hasErrors ? ['red', 'bold'] : hasWarnings ? ['yellow', 'bold'] : ['blue', 'bold'];
        out.push(`${paint(style, `✖ ${problems}`)}${notShown} — ${coverage}`);
    }
    else {
        out.push(`${paint(['green', 'bold'], '✔ no problems')} — ${coverage}`);
    }
    return `${out.join('\n')}\n`;
}
/**
 * "Findings by check": each check that fired, most severe first and then the most frequent, with its count
 * and its first location (the order of the listing above).
 */
function renderRollup(findings, paint) {
    const byCheck = new Map();
    for (const f of findings) {
        const entry = byCheck.get(f.checkId);
        if (!entry)
            byCheck.set(f.checkId, { checkId: f.checkId, count: 1, severity: f.severity, first: f });
        else {
            entry.count++;
            if ((0, findings_1.isAtLeast)(f.severity, entry.severity))
                entry.severity = f.severity;
        }
    }
    const entries = [...byCheck.values()].sort((a, b) => (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || b.count - a.count || a.checkId.localeCompare(b.checkId));
    const countWidth = Math.max(...entries.map((e) => String(e.count).length));
    const severityWidth = Math.max(...entries.map((e) => e.severity.length));
    const idWidth = Math.max(...entries.map((e) => printable(e.checkId).length));
    return [
        `Findings by check (${(0, summary_1.plural)(entries.length, 'check')}; count, first location)`,
        ...entries.map((e) => `  ${String(e.count).padStart(countWidth)}  ${paint(SEVERITY_STYLE[e.severity], e.severity.padEnd(severityWidth))}  ${printable(e.checkId).padEnd(idWidth)}  ${paint('dim', `${printable(e.first.file)}:${e.first.line}:${e.first.column}`)}`),
    ];
}
/**
 * One terminal-safe line: newlines and tabs become spaces, other control characters and
 * bidirectional overrides become visible escapes, so a file's content can't drive the terminal.
 */
function printable(text) {
    return text
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/\t/g, ' ')
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 23972:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Word wrapping for terminal text: lines of at most `width` columns, broken only at spaces. A word
 * longer than the width (a path, a URL, a check id) gets a line of its own and is never cut, so it
 * can still be copied whole. Columns are counted as UTF-16 code units: wide (East Asian) characters
 * count as one, so such a line may end up a little longer than the width.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MIN_WRAP_WIDTH = void 0;
exports.wrapWords = wrapWords;
/** Below this, wrapping would leave a column of single words: the text stays on one line. */
exports.MIN_WRAP_WIDTH = 30;
/** The lines of `text`; the spaces between words on one line are kept as written. */
function wrapWords(text, width) {
    if (width === undefined || width < exports.MIN_WRAP_WIDTH || text.length <= width)
        return [text];
    const lines = [];
    let current = '';
    let gap = '';
    for (const [, word, after] of text.matchAll(/(\S+)(\s*)/g)) {
        if (!current)
            current = word;
        else if (current.length + gap.length + word.length <= width)
            current += gap + word;
        else {
            lines.push(current);
            current = word;
        }
        gap = after;
    }
    lines.push(current);
    return lines;
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


/***/ }),

/***/ 54226:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HELP_URI_BASE = exports.FORMATS = void 0;
exports.parseFormat = parseFormat;
exports.renderFormat = renderFormat;
/** Renders a validate result in any supported format. */
const catalogue_1 = __webpack_require__(78672);
const index_1 = __webpack_require__(12293);
const errors_1 = __webpack_require__(74296);
const findings_1 = __webpack_require__(44637);
const json_1 = __webpack_require__(22446);
const junit_1 = __webpack_require__(46490);
const markdown_1 = __webpack_require__(34201);
const sarif_1 = __webpack_require__(80375);
const summary_1 = __webpack_require__(26942);
const text_1 = __webpack_require__(58115);
exports.FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'];
/** Each SARIF rule's helpUri is this plus `#<anchor>` (the check's section). */
exports.HELP_URI_BASE = catalogue_1.CHECKS_DOC_URL;
function parseFormat(value, where) {
    if (exports.FORMATS.includes(value))
        return value;
    throw new errors_1.UserError(`${where}: unknown format "${value}"`, { hint: `use one of ${exports.FORMATS.join(', ')}` });
}
function renderFormat(format, findings, summary, options) {
    switch (format) {
        case 'text':
            return (0, text_1.renderText)(findings, { color: options.color, summary, minSeverity: options.minSeverity, width: options.width });
        case 'json':
            return (0, json_1.renderJson)(findings, summary);
        case 'sarif':
            return (0, sarif_1.renderSarif)(findings, index_1.CHECKS, {
                toolVersion: options.toolVersion,
                category: sarif_1.SARIF_CATEGORY.validate,
                informationUri: 'https://github.com/stackgate/stackgate',
                helpUriBase: exports.HELP_URI_BASE,
            });
        case 'junit':
            return (0, junit_1.renderJunit)(findings, index_1.CHECKS);
        case 'markdown': {
            const min = options.minSeverity;
            const shown = min ? findings.filter((f) => (0, findings_1.isAtLeast)(f.severity, min)) : findings;
            const hidden = findings.length - shown.length;
            const markdown = (0, markdown_1.renderMarkdownSummary)(shown, summary, {
                title: 'stackgate validate',
                linkBase: options.linkBase,
                moreHint: options.moreHint,
                documentedChecks: new Set(index_1.CHECKS.map((c) => c.id)),
            });
            return hidden ? `${markdown}\n${(0, summary_1.plural)(hidden, 'finding')} below ${min} not shown (--min-severity).\n` : markdown;
        }
    }
}


/***/ })

};
;