"use strict";
exports.id = 873;
exports.ids = [873];
exports.modules = {

/***/ 74899:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.git = git;
exports.revParseCommit = revParseCommit;
exports.resolveCommit = resolveCommit;
/** Runs git with a clear UserError (never a stack trace) when it fails. */
const node_child_process_1 = __webpack_require__(31421);
const errors_1 = __webpack_require__(74296);
const MAX_BUFFER = 1024 * 1024 * 1024;
/** Revisions in `args` must follow `--end-of-options`, so that a ref from outside is never read as an option. */
function git(root, args, input) {
    try {
        return (0, node_child_process_1.execFileSync)('git', ['-c', 'core.quotePath=false', ...args], {
            cwd: root,
            encoding: 'utf8',
            maxBuffer: MAX_BUFFER,
            input,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
    }
    catch (e) {
        const err = e;
        const detail = (err.stderr ?? err.message).trim().split('\n')[0];
        throw new errors_1.UserError(`git ${args
            .filter((a) => !a.startsWith('-'))
            .slice(0, 2)
            .join(' ')} failed: ${detail}`, {
            hint: 'run inside a git repository with the commits fetched (actions/checkout with fetch-depth: 0)',
        });
    }
}
/** The commit `ref` names; a UserError when there is none. */
function revParseCommit(root, ref) {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
}
/** The commit `ref` names, or undefined (not a git repository, no such ref). */
function resolveCommit(root, ref = 'HEAD') {
    try {
        return revParseCommit(root, ref) || undefined;
    }
    catch {
        return undefined; // Outside git, or an unborn branch: there is no commit to name.
    }
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

/***/ 15216:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPTIONS = exports.SMOKE_HELP = exports.FORMATS = void 0;
exports.runSmokeCommand = runSmokeCommand;
exports.renderSmoke = renderSmoke;
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const node_util_1 = __webpack_require__(57975);
const run_smoke_1 = __webpack_require__(43522);
const run_git_1 = __webpack_require__(74899);
const read_1 = __webpack_require__(40812);
const smoke_schema_1 = __webpack_require__(76139);
const errors_1 = __webpack_require__(74296);
const plan_1 = __webpack_require__(35554);
const read_report_1 = __webpack_require__(7252);
const render_1 = __webpack_require__(89193);
const template_1 = __webpack_require__(78187);
const command_args_1 = __webpack_require__(2449);
const split_command_1 = __webpack_require__(72414);
const version_1 = __webpack_require__(83323);
const result_output_1 = __webpack_require__(10955);
exports.FORMATS = ['text', 'json', 'junit', 'markdown'];
const parseFormat = (0, command_args_1.formatParser)(exports.FORMATS);
exports.SMOKE_HELP = `stackgate smoke [path] [options] — prove deployed MCP servers work, from the client's side

Connects to each server over streamable HTTP, SSE or stdio with the MCP TypeScript SDK client,
after waiting for it to answer (exponential backoff within --wait-timeout), and checks: HTTP health,
initialize (protocol version, server info), ping, tools/list (expected tools, valid input schemas,
every page), tools/call results, resources and prompts, latency percentiles and the error rate,
session hygiene (404 for an unknown session, the session ended at the end) and the tool surface
against the previous environment's report. Session hygiene is protocol hygiene: its findings are
warnings unless --strict. See docs/smoke.md.

Targets from stackgate.yml (smoke.environments.<env>.<service>):
  -e, --environment <env>    check that environment's targets
  -s, --service <name>       only this service; repeatable

One-off target, no stackgate.yml needed (its smoke settings apply only with --config):
      --url <url>            streamable HTTP (/mcp) or SSE (/sse) endpoint
      --command <line>       start a stdio server, e.g. "npx -y @modelcontextprotocol/server-memory"
      --transport <t>        streamable-http, sse or stdio (default from --url / --command)
      --name <service>       name in the report (default: the URL's host or the command)
      --header <'Name: v'>   request header; \${VAR} is read from the environment; repeatable
      --health <url>         GET it first and expect 200
      --expect-tool <name>   the tool must be listed; repeatable
      --min-tools <n>        at least this many tools
      --call <'tool {json}'> call a tool with JSON arguments; repeatable. These apply to the call before them:
        --expect-contains <text>  --expect-regex <re>  --expect-json <json>  --expect-error
      --repeat <n>           run the calls n times (latency percentiles, error rate)
      --p50 / --p95 / --p99 <duration>   latency budgets;  --error-rate <0..1>
      --no-session-checks    skip the unknown-session and session-end checks
      --expected-failure <check-id>      accept a known failing check, visibly; repeatable

Run:
      --wait-timeout <d>     how long to wait for each target to answer (default 60s)
      --timeout <d>          timeout of each request (default 10s)
      --concurrency <n>      targets checked at once (default 4)
      --compare <file>       the previous environment's JSON report: fail when the tool surface differs
      --strict               fail on protocol-hygiene findings (session-unknown, session-close), not
                             only warn (default from smoke.strict in stackgate.yml, else off)
  -f, --format <format>      ${(0, command_args_1.describeFormats)(exports.FORMATS)} on stdout
  -o, --output <fmt=file>    also write a format to a file; repeatable
  -c, --config <file>        stackgate.yml to use
      --color, --no-color    accepted like every command's, for uniform scripts: smoke prints no colours
      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 no check failed (warnings and expected failures allowed), 1 a check failed, 2 usage
or config error.
`;
exports.OPTIONS = {
    environment: { type: 'string', short: 'e' },
    service: { type: 'string', short: 's', multiple: true },
    url: { type: 'string' },
    command: { type: 'string' },
    transport: { type: 'string' },
    name: { type: 'string' },
    header: { type: 'string', multiple: true },
    health: { type: 'string' },
    'expect-tool': { type: 'string', multiple: true },
    'min-tools': { type: 'string' },
    call: { type: 'string', multiple: true },
    'expect-contains': { type: 'string', multiple: true },
    'expect-regex': { type: 'string', multiple: true },
    'expect-json': { type: 'string', multiple: true },
    'expect-error': { type: 'boolean', multiple: true },
    repeat: { type: 'string' },
    p50: { type: 'string' },
    p95: { type: 'string' },
    p99: { type: 'string' },
    'error-rate': { type: 'string' },
    'no-session-checks': { type: 'boolean' },
    'expected-failure': { type: 'string', multiple: true },
    'wait-timeout': { type: 'string' },
    timeout: { type: 'string' },
    concurrency: { type: 'string' },
    compare: { type: 'string' },
    strict: { type: 'boolean' },
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o', multiple: true, default: [] },
    config: { type: 'string', short: 'c' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
// Tokens: --expect-* flags apply to the --call before them.
const parse = (args) => (0, command_args_1.withUsageErrors)(() => (0, node_util_1.parseArgs)({ args: [...args], options: exports.OPTIONS, allowPositionals: true, strict: true, tokens: true }), 'run "stackgate smoke --help" for usage');
async function runSmokeCommand(args, io) {
    const { values, positionals, tokens } = parse(args);
    if (values.help) {
        io.stdout.write(exports.SMOKE_HELP);
        return 0;
    }
    const root = (0, command_args_1.commandRoot)('smoke', positionals, io.cwd);
    const format = parseFormat(values.format, '--format');
    const outputs = (0, command_args_1.parseOutputs)(values.output, parseFormat);
    const oneOff = values.url !== undefined || values.command !== undefined;
    const smoke = smokeConfig(root, oneOff, values.config);
    if (oneOff && values.environment)
        throw new errors_1.UserError('give either --environment (targets from stackgate.yml) or --url / --command (a one-off target), not both');
    if (!oneOff) {
        const stray = [
            'transport',
            'name',
            'header',
            'health',
            'expect-tool',
            'min-tools',
            'call',
            'repeat',
            'p50',
            'p95',
            'p99',
            'error-rate',
            'expected-failure',
        ].filter((k) => values[k] !== undefined);
        if (stray.length)
            throw new errors_1.UserError(`--${stray[0]} describes a one-off target: give --url or --command too`);
    }
    const targets = oneOff ? { [values.name ?? defaultName(values.url, values.command)]: oneOffTarget(values, tokens) } : undefined;
    const plan = (0, plan_1.planSmoke)(smoke, oneOff ? null : (values.environment ?? null), {
        env: io.env,
        services: values.service,
        targets,
        waitTimeout: values['wait-timeout'],
        timeout: values.timeout,
        concurrency: values.concurrency === undefined ? undefined : positiveInt(values.concurrency, '--concurrency'),
        strict: values.strict,
        resolveCwd: (cwd) => node_path_1.default.resolve(root, cwd),
    });
    const compareWith = values.compare ? (0, read_report_1.readSmokeReport)(node_fs_1.default.readFileSync(node_path_1.default.resolve(io.cwd, values.compare), 'utf8'), values.compare) : undefined;
    const report = await (0, run_smoke_1.runSmoke)(plan, {
        toolVersion: version_1.VERSION,
        commit: io.env.GITHUB_SHA ?? (0, run_git_1.resolveCommit)(root),
        compareWith,
        onTarget: (t) => io.stderr.write(`smoke: ${t.service} ${t.passed ? 'pass' : 'FAIL'} (${t.checks.filter((c) => c.status === 'fail').length} failed of ${t.checks.length} checks)\n`),
    });
    const render = (f) => (0, template_1.redact)(renderSmoke(report, f), plan.secrets);
    (0, result_output_1.writeResult)(io, format, render(format));
    for (const o of outputs)
        io.writeFile(node_path_1.default.resolve(io.cwd, o.file), render(o.format));
    return report.passed ? 0 : 1;
}
function renderSmoke(report, format) {
    switch (format) {
        case 'json':
            return `${JSON.stringify(report, null, 2)}\n`;
        case 'junit':
            return (0, render_1.renderSmokeJunit)(report);
        case 'markdown':
            return (0, render_1.renderSmokeMarkdown)(report);
        case 'text':
            return (0, render_1.renderSmokeText)(report);
    }
}
/**
 * stackgate.yml's smoke section, read against that section's schema only (the rest of the file is
 * `stackgate validate`'s business), so smoke does not load the check catalogue. A one-off target
 * without --config needs only the section's defaults.
 */
function smokeConfig(root, oneOff, configFile) {
    if (oneOff && configFile === undefined)
        return smoke_schema_1.smokeSection.parse({});
    return (0, read_1.readConfig)(smoke_schema_1.smokeOnlyConfig, root, configFile).config.smoke;
}
/** The one-off target of the flags, validated by the same schema as stackgate.yml's targets. */
function oneOffTarget(values, tokens) {
    const calls = [];
    for (const t of tokens) {
        if (t.kind !== 'option')
            continue;
        if (t.name === 'call')
            calls.push(parseCall(t.value ?? ''));
        else if (t.name.startsWith('expect-') && t.name !== 'expect-tool') {
            const last = calls.at(-1);
            if (!last)
                throw new errors_1.UserError(`--${t.name} applies to the --call before it; give a --call first`);
            if (t.name === 'expect-contains')
                last.expect.contains = t.value;
            if (t.name === 'expect-regex')
                last.expect.regex = t.value;
            if (t.name === 'expect-error')
                last.expect.isError = true;
            if (t.name === 'expect-json') {
                try {
                    last.expect.json = JSON.parse(t.value ?? '');
                }
                catch (e) {
                    throw new errors_1.UserError(`--expect-json: not JSON: ${e.message}`);
                }
            }
        }
    }
    const headers = Object.fromEntries((values.header ?? []).map((h) => {
        const at = h.indexOf(':');
        if (at <= 0)
            throw new errors_1.UserError(`--header: expected "Name: value", got "${h.replace(/:.*/, ': …')}"`);
        return [h.slice(0, at).trim(), h.slice(at + 1).trim()];
    }));
    const input = {
        ...(values.transport ? { transport: values.transport } : {}),
        ...(values.url ? { url: values.url } : {}),
        ...(values.command ? { command: (0, split_command_1.splitCommand)(values.command, '--command') } : {}),
        headers,
        ...(values.health ? { health: { url: values.health } } : {}),
        tools: values['expect-tool'] ?? [],
        ...(values['min-tools'] !== undefined ? { minTools: nonNegativeInt(values['min-tools'], '--min-tools') } : {}),
        calls,
        ...(values.repeat !== undefined ? { repetitions: positiveInt(values.repeat, '--repeat') } : {}),
        budgets: {
            ...(values.p50 ? { p50: values.p50 } : {}),
            ...(values.p95 ? { p95: values.p95 } : {}),
            ...(values.p99 ? { p99: values.p99 } : {}),
            ...(values['error-rate'] !== undefined ? { errorRate: Number(values['error-rate']) } : {}),
        },
        sessionChecks: !values['no-session-checks'],
        expectedFailures: values['expected-failure'] ?? [],
    };
    const result = smoke_schema_1.smokeTarget.safeParse(input);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors_1.UserError(`invalid one-off target: ${issue.path.join('.') || 'target'}: ${issue.message}`);
    }
    return result.data;
}
/** `echo {"message":"hi"}` -> tool echo with those arguments; no JSON means no arguments. */
function parseCall(text) {
    const m = /^\s*(\S+)\s*(.*)$/s.exec(text);
    if (!m)
        throw new errors_1.UserError('--call: expected "<tool> [JSON arguments]"');
    let args = {};
    if (m[2].trim()) {
        try {
            args = JSON.parse(m[2]);
        }
        catch (e) {
            throw new errors_1.UserError(`--call ${m[1]}: the arguments are not JSON: ${e.message}`, {
                hint: `quote them for the shell: --call '${m[1]} {"key":"value"}'`,
            });
        }
    }
    if (!args || typeof args !== 'object' || Array.isArray(args))
        throw new errors_1.UserError(`--call ${m[1]}: the arguments must be a JSON object`);
    return { tool: m[1], arguments: args, expect: {} };
}
function defaultName(url, command) {
    if (url) {
        try {
            return new URL(url).host || 'target';
        }
        catch {
            return 'target';
        }
    }
    const words = (0, split_command_1.splitCommand)(command ?? 'target', '--command');
    const word = words.find((w, i) => i > 0 && !w.startsWith('-')) ?? words[0];
    // node node_modules/@scope/server-x/dist/index.js -> server-x; npx -y @scope/server-x@1.2 -> server-x
    const pkg = /node_modules\/(?:@[^/]+\/)?([^/]+)/.exec(word)?.[1] ?? /^(?:@[^/]+\/)?([^@/]+)(?:@[^/]*)?$/.exec(word)?.[1];
    return pkg ?? node_path_1.default.basename(word).replace(/\.[cm]?[jt]s$/, '');
}
function positiveInt(text, flag) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new errors_1.UserError(`${flag}: expected a whole number of at least 1, got "${text}"`);
    return n;
}
function nonNegativeInt(text, flag) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0)
        throw new errors_1.UserError(`${flag}: expected a whole number, got "${text}"`);
    return n;
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

/***/ 72414:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitCommand = splitCommand;
/** A command line as argv, the way a POSIX shell splits words: spaces separate, quotes group, backslash escapes. */
const errors_1 = __webpack_require__(74296);
function splitCommand(line, where) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote === "'") {
            if (ch === "'")
                quote = undefined;
            else
                word += ch;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = undefined;
            else if (ch === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]))
                word += line[++i];
            else
                word += ch;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < line.length) {
            word += line[++i];
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (quote)
        throw new errors_1.UserError(`${where}: unterminated ${quote} quote in ${JSON.stringify(line)}`);
    if (inWord)
        words.push(word);
    if (!words.length)
        throw new errors_1.UserError(`${where}: empty command`);
    return words;
}


/***/ }),

/***/ 60484:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalJson = canonicalJson;
/** JSON with object keys sorted at every level: equal values give equal text, whatever the key order. */
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object') {
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}


/***/ }),

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
/** Environment, stack and service names. */
exports.name = zod_1.z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected a name of letters, digits, ".", "_" or "-"');
exports.duration = zod_1.z
    .union([zod_1.z.number().nonnegative(), zod_1.z.string().regex(/^\d+(\.\d+)?(ms|s|m)$/, 'expected a duration such as 500ms, 10s or 2m')])
    .describe('Milliseconds, or a duration such as 500ms, 10s, 2m.');
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


/***/ }),

/***/ 43183:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseYaml = parseYaml;
exports.toPlain = toPlain;
exports.getNode = getNode;
exports.locate = locate;
exports.locateValue = locateValue;
exports.scalarOf = scalarOf;
exports.pointerToPath = pointerToPath;
exports.segmentsToPath = segmentsToPath;
exports.formatPath = formatPath;
/**
 * YAML (and JSON, a YAML subset) parsed into a small tree that keeps the file, line and column of
 * every key and value. Aliases and merge keys (`<<: *defaults`) are expanded into the tree with the
 * positions of the anchored source; the expansion is capped so an alias bomb is reported, not built.
 * Compose layering merges these trees, so a value keeps the position of the layer that set it.
 */
const yaml_1 = __webpack_require__(38815);
const DEFAULT_MAX_ALIAS_NODES = 50_000;
class AliasLimitError extends Error {
}
function parseYaml(file, text, options = {}) {
    const lineCounter = new yaml_1.LineCounter();
    const problems = [];
    const documents = [];
    const maxAliasNodes = options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES;
    let docs;
    try {
        docs = (0, yaml_1.parseAllDocuments)(text, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
    }
    catch (e) {
        problems.push({ code: 'syntax', message: e.message, line: 1, column: 1 });
        return { file, documents, problems };
    }
    if (!Array.isArray(docs))
        docs = [docs];
    const pos = (offset) => lineCounter.linePos(offset);
    docs.forEach((doc, index) => {
        let broken = false;
        let syntaxReported = false;
        for (const err of doc.errors) {
            const p = pos(err.pos[0]);
            const code = err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax';
            broken = true;
            // After the first syntax error the parser's further errors are mostly consequences of it.
            if (code === 'syntax' && syntaxReported)
                continue;
            syntaxReported ||= code === 'syntax';
            problems.push({ code, message: firstLine(err.message), line: p.line, column: p.col });
        }
        const start = pos(doc.range?.[0] ?? 0);
        if (broken) {
            documents.push({ index, root: null, line: start.line });
            return;
        }
        const builder = new TreeBuilder(file, doc, pos, maxAliasNodes);
        try {
            documents.push({ index, root: doc.contents ? builder.build(doc.contents) : null, line: start.line });
        }
        catch (e) {
            if (!(e instanceof AliasLimitError))
                throw e;
            problems.push({
                code: 'alias-limit',
                message: `aliases expand to more than ${maxAliasNodes} nodes; the document was not expanded (possible "billion laughs" alias bomb)`,
                line: start.line,
                column: start.col,
            });
            documents.push({ index, root: null, line: start.line });
        }
    });
    // A file whose only content is comments or blank lines yields one empty document, or none.
    return { file, documents, problems };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/:$/, '');
}
class TreeBuilder {
    file;
    doc;
    pos;
    maxAliasNodes;
    aliasNodes = 0;
    resolving = new Set();
    constructor(file, doc, pos, maxAliasNodes) {
        this.file = file;
        this.doc = doc;
        this.pos = pos;
        this.maxAliasNodes = maxAliasNodes;
    }
    loc(range) {
        const start = this.pos(range?.[0] ?? 0);
        const end = this.pos(range?.[1] ?? range?.[0] ?? 0);
        return { file: this.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
    }
    build(node, viaAlias = false) {
        if (viaAlias && ++this.aliasNodes > this.maxAliasNodes)
            throw new AliasLimitError();
        if ((0, yaml_1.isAlias)(node)) {
            const target = node.resolve(this.doc);
            if (!target || this.resolving.has(target)) {
                return { kind: 'scalar', value: null, loc: this.loc(node.range) };
            }
            this.resolving.add(target);
            try {
                return this.build(target, true);
            }
            finally {
                this.resolving.delete(target);
            }
        }
        const tag = node.tag && node.tag.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined;
        if ((0, yaml_1.isMap)(node)) {
            const entries = new Map();
            const merged = [];
            for (const pair of node.items) {
                if (!(0, yaml_1.isPair)(pair))
                    continue;
                const key = pair.key;
                if ((0, yaml_1.isScalar)(key) && (typeof key.value === 'symbol' || key.source === '<<') && pair.value) {
                    const sources = (0, yaml_1.isSeq)(pair.value) ? pair.value.items : [pair.value];
                    for (const s of sources) {
                        const built = this.build(s, viaAlias);
                        if (built.kind === 'map')
                            merged.push(built);
                    }
                    continue;
                }
                const keyText = (0, yaml_1.isScalar)(key) ? String(key.value) : key ? String(key) : '';
                const keyLoc = this.loc(key?.range);
                const value = pair.value ? this.build(pair.value, viaAlias) : { kind: 'scalar', value: null, loc: keyLoc };
                value.keyLoc = keyLoc;
                entries.set(keyText, value);
            }
            // Merge keys: explicit keys win, earlier merge sources win over later ones.
            for (const source of merged) {
                for (const [k, v] of source.entries)
                    if (!entries.has(k))
                        entries.set(k, v);
            }
            return { kind: 'map', entries, loc: this.loc(node.range), tag };
        }
        if ((0, yaml_1.isSeq)(node)) {
            const items = node.items.map((item) => item ? this.build(item, viaAlias) : { kind: 'scalar', value: null, loc: this.loc(node.range) });
            return { kind: 'seq', items, loc: this.loc(node.range), tag };
        }
        if ((0, yaml_1.isScalar)(node)) {
            const v = node.value;
            const value = v === null || v === undefined
                ? null
                : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
                    ? v
                    : typeof v === 'bigint'
                        ? Number(v)
                        : String(v);
            return { kind: 'scalar', value, loc: this.loc(node.range), tag };
        }
        return { kind: 'scalar', value: null, loc: this.loc(node.range) };
    }
}
/** The plain JavaScript value of a tree (what `yaml.parse` would return). */
function toPlain(node) {
    if (!node)
        return null;
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(toPlain);
        case 'map': {
            const out = {};
            for (const [k, v] of node.entries)
                out[k] = toPlain(v);
            return out;
        }
    }
}
/** The node at a path, or undefined. */
function getNode(root, path) {
    let cur = root ?? undefined;
    for (const seg of path) {
        if (!cur)
            return undefined;
        if (cur.kind === 'map')
            cur = cur.entries.get(String(seg));
        else if (cur.kind === 'seq' && typeof seg === 'number')
            cur = cur.items[seg];
        else
            return undefined;
    }
    return cur;
}
/**
 * The position to report for a path: the key of the deepest existing entry along it (a missing
 * `healthcheck` is reported on the service's key), or the item itself inside a sequence.
 */
function locate(root, path, fallback) {
    let cur = root ?? undefined;
    let best = root ? (root.keyLoc ?? root.loc) : fallback;
    for (const seg of path) {
        if (!cur)
            break;
        let next;
        if (cur.kind === 'map')
            next = cur.entries.get(String(seg));
        else if (cur.kind === 'seq' && typeof seg === 'number')
            next = cur.items[seg];
        if (!next)
            break;
        best = next.keyLoc ?? next.loc;
        cur = next;
    }
    return best;
}
/** The location of a value itself (not its key). */
function locateValue(root, path, fallback) {
    const node = getNode(root, path);
    return node ? node.loc : locate(root, path, fallback);
}
function scalarOf(node) {
    return node?.kind === 'scalar' ? node.value : undefined;
}
/** A JSON pointer (`/spec/containers/0/image`) as a tree path; the tree tells indexes from numeric keys. */
function pointerToPath(root, pointer) {
    if (!pointer)
        return [];
    return segmentsToPath(root, pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
}
/** Decoded pointer segments as a tree path: segments inside sequences become numbers. */
function segmentsToPath(root, segments) {
    const out = [];
    let cur = root ?? undefined;
    for (const seg of segments) {
        if (cur?.kind === 'seq' && /^\d+$/.test(seg)) {
            out.push(Number(seg));
            cur = cur.items[Number(seg)];
        }
        else {
            out.push(seg);
            cur = cur?.kind === 'map' ? cur.entries.get(seg) : undefined;
        }
    }
    return out;
}
/** `spec.template.spec.containers[0].image`, for messages; `''` for the root. */
function formatPath(path) {
    let out = '';
    for (const seg of path)
        out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
    return out;
}


/***/ })

};
;