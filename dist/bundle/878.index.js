"use strict";
exports.id = 878;
exports.ids = [878];
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

/***/ 78672:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHECKS_DOC_URL = void 0;
exports.catalogue = catalogue;
exports.anchorOf = anchorOf;
exports.checkDocUrl = checkDocUrl;
exports.renderChecksMarkdown = renderChecksMarkdown;
const types_1 = __webpack_require__(15200);
function catalogue(checks) {
    return checks.map((c) => ({
        id: c.id,
        title: c.meta.title,
        domain: (0, types_1.domainOf)(c.id),
        category: c.meta.category,
        severity: c.meta.severity,
        productionOnly: !!c.meta.productionOnly,
        rationale: c.meta.rationale,
        remediation: c.meta.remediation,
        hasOptions: !!c.options,
    }));
}
const DOMAIN_TITLES = {
    core: 'Loading (core)',
    compose: 'Docker Compose',
    kubernetes: 'Kubernetes',
    dockerfile: 'Dockerfile',
    monitoring: 'Monitoring (Prometheus, Grafana)',
    secrets: 'Secrets hygiene',
    environments: 'Environments',
    ci: 'CI/CD workflows',
    docs: 'Documentation and disaster recovery',
    mcp: 'MCP services',
};
/**
 * GitHub's heading anchor for a check id heading (`compose/image-latest-tag` -> `composeimage-latest-tag`):
 * lowercase, punctuation such as `/` removed, each space a `-` (github-slugger, which GitHub's
 * renderer follows; ids are ASCII, so its Unicode letters do not arise).
 */
function anchorOf(id) {
    return id
        .toLowerCase()
        .replace(/[^a-z0-9 _-]/g, '')
        .replace(/ /g, '-');
}
/** docs/checks.md on the project's default branch: the SARIF rules' helpUri, and where comments and summaries link check ids. */
exports.CHECKS_DOC_URL = 'https://github.com/stackgate/stackgate/blob/main/docs/checks.md';
/** The section of a check in docs/checks.md. */
function checkDocUrl(id) {
    return `${exports.CHECKS_DOC_URL}#${anchorOf(id)}`;
}
function renderChecksMarkdown(checks) {
    const entries = catalogue(checks);
    const out = [
        '<!-- Generated from src/core/checks by `npm run build` (stackgate checks --format markdown). Do not edit. -->',
        '# stackgate checks',
        '',
        `${entries.length} checks. Severities are defaults; change them per check or per path in \`stackgate.yml\`:`,
        '',
        '```yaml',
        'checks:',
        '  compose/read-only-rootfs: off          # or error | warning | info',
        'overrides:',
        '  - files: ["stacks/dev/**"]',
        '    checks: { compose/memory-limit: info }',
        '```',
        '',
        'Suppress one finding inline with `# stackgate-ignore <check-id>: <reason>` on the line or the line above.',
        '',
    ];
    for (const domain of types_1.DOMAINS) {
        const list = entries.filter((e) => e.domain === domain);
        if (!list.length)
            continue;
        out.push(`## ${DOMAIN_TITLES[domain]}`, '', '| Check | Severity | Category | Title |', '| --- | --- | --- | --- |');
        for (const e of list)
            out.push(`| [\`${e.id}\`](#${anchorOf(e.id)}) | ${e.severity} | ${e.category} | ${e.title}${e.productionOnly ? ' (production only)' : ''} |`);
        out.push('');
        for (const e of list) {
            out.push(`### ${e.id}`, '', `**${e.title}** — default severity \`${e.severity}\`, category \`${e.category}\`${e.productionOnly ? ', production environments only' : ''}${e.hasOptions ? ', configurable options' : ''}.`, '');
            out.push(`Why: ${e.rationale}`, '', `How to fix: ${e.remediation}`, '');
        }
    }
    return `${out.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 44637:
/***/ ((__unused_webpack_module, exports) => {


/** Shared finding types: what every check reports and every output renders. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITIES = void 0;
exports.severityRank = severityRank;
exports.isAtLeast = isAtLeast;
exports.countFindings = countFindings;
exports.compareFindings = compareFindings;
exports.SEVERITIES = ['error', 'warning', 'info'];
const RANK = { info: 1, warning: 2, error: 3 };
function severityRank(severity) {
    return RANK[severity];
}
function isAtLeast(severity, threshold) {
    return RANK[severity] >= RANK[threshold];
}
function countFindings(findings) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** Stable order: file, line, column, check id. */
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}


/***/ }),

/***/ 4882:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHECK_MESSAGE_LIMIT = exports.SERVER_NAME_LIMIT = exports.OUTPUT_LIMIT = exports.SUMMARY_LIMIT = exports.COMMENT_LIMIT = exports.SARIF_RESULT_LIMIT = exports.ANNOTATION_LIMIT = void 0;
exports.clipText = clipText;
exports.fitBytes = fitBytes;
exports.selectMostSevere = selectMostSevere;
exports.selectAnnotations = selectAnnotations;
exports.exceedsAnnotationLimit = exceedsAnnotationLimit;
/**
 * What each GitHub channel can hold, and how a report is cut to fit it. Whatever does not fit is
 * counted, so the channel can say how much more there is and where it is.
 */
const findings_1 = __webpack_require__(44637);
/**
 * GitHub shows this many annotations of each level of a step: 10 errors, 10 warnings and 10 notices
 * (and 50 of a job). A step that prints more of a level loses the rest of that level only.
 */
exports.ANNOTATION_LIMIT = 10;
/** Results of one SARIF run that code scanning accepts. */
exports.SARIF_RESULT_LIMIT = 25_000;
/** GitHub rejects issue comments longer than this. */
exports.COMMENT_LIMIT = 65_536;
/** GitHub drops a step's job summary larger than 1 MiB whole; leave room for other steps' output. */
exports.SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;
/**
 * Characters (UTF-16 code units) of one step output. GitHub allows 1 MB for all outputs of a job,
 * counted in UTF-16 (2 bytes a unit): one output takes at most half of that, ~500 KB.
 */
exports.OUTPUT_LIMIT = 250_000;
/** Characters of a name a server chose (a tool, resource or prompt, its own name and version) in a report. */
exports.SERVER_NAME_LIMIT = 200;
/** Characters of one check message in a smoke report; messages quote server answers and errors. */
exports.CHECK_MESSAGE_LIMIT = 2000;
/**
 * `text` in at most `maxChars` characters (for `maxChars` of 50 and more): the start, then a
 * counted note of what was left out. Never splits a surrogate pair.
 */
function clipText(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    const note = (n) => `… (${n.toLocaleString('en-US')} more characters not shown)`;
    const kept = startOf(text, maxChars - note(text.length).length);
    return `${kept}${note(text.length - kept.length)}`;
}
/**
 * `text` in at most `maxBytes` UTF-8 bytes, cut at a line end, with a counted note of the lines
 * and characters left out and `whereTheRestIs` (a job summary: "the step log").
 */
function fitBytes(text, maxBytes, whereTheRestIs) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const budget = maxBytes - 500;
    const lines = text.split('\n');
    if (text.endsWith('\n'))
        lines.pop();
    let used = 0;
    let kept = 0;
    while (kept < lines.length && used + Buffer.byteLength(lines[kept], 'utf8') + 1 <= budget)
        used += Buffer.byteLength(lines[kept++], 'utf8') + 1;
    // A first line longer than the budget: its start (a UTF-16 unit is at most 3 UTF-8 bytes).
    const shown = kept ? lines.slice(0, kept).join('\n') : startOf(lines[0], Math.floor(budget / 3));
    const left = text.length - shown.length;
    const omittedLines = lines.length - Math.max(kept, 1);
    return `${shown}\n\n> … ${omittedLines.toLocaleString('en-US')} more line${omittedLines === 1 ? '' : 's'} (${left.toLocaleString('en-US')} characters) not shown: this text is limited to ${maxBytes.toLocaleString('en-US')} bytes; ${whereTheRestIs}.\n`;
}
/** The first `chars` characters of `text`, one fewer rather than half a surrogate pair. */
function startOf(text, chars) {
    const keep = Math.max(0, chars);
    const code = text.charCodeAt(keep - 1);
    return text.slice(0, code >= 0xd800 && code <= 0xdbff ? keep - 1 : keep);
}
/**
 * The findings worth a channel's few places: those the change touched first (`changeRank`: 2 on a
 * changed line, 1 in a changed file, 0 elsewhere), then by severity, then in file order.
 */
function selectMostSevere(findings, limit, changeRank) {
    const rank = (f) => (changeRank?.(f) ?? 0) * 10 + (0, findings_1.severityRank)(f.severity);
    const ordered = [...findings].sort((a, b) => rank(b) - rank(a) || (0, findings_1.compareFindings)(a, b));
    const shown = ordered.slice(0, Math.max(0, limit));
    return { shown, omitted: findings.length - shown.length };
}
/**
 * The findings a step annotates: up to `perLevel` of each severity (GitHub counts errors, warnings
 * and notices apart), each level chosen as `selectMostSevere` chooses (changed lines first, then
 * file order). Errors come first, then warnings, then notices.
 */
function selectAnnotations(findings, perLevel = exports.ANNOTATION_LIMIT, changeRank) {
    const shown = [];
    const omittedBySeverity = { error: 0, warning: 0, info: 0 };
    for (const severity of [...findings_1.SEVERITIES].sort((a, b) => (0, findings_1.severityRank)(b) - (0, findings_1.severityRank)(a))) {
        const level = selectMostSevere(findings.filter((f) => f.severity === severity), perLevel, changeRank);
        shown.push(...level.shown);
        omittedBySeverity[severity] = level.omitted;
    }
    return { shown, omitted: findings.length - shown.length, omittedBySeverity };
}
/** Whether some severity has more findings than a step can annotate. */
function exceedsAnnotationLimit(findings, perLevel = exports.ANNOTATION_LIMIT) {
    const counts = new Map();
    for (const f of findings)
        counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    return [...counts.values()].some((n) => n > perLevel);
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

/***/ 34201:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MAX_ROWS = void 0;
exports.renderMarkdownSummary = renderMarkdownSummary;
exports.checkIdMarkdown = checkIdMarkdown;
exports.escapeCell = escapeCell;
exports.escapeInline = escapeInline;
exports.neutraliseMentions = neutraliseMentions;
exports.escapeCode = escapeCode;
/**
 * The job summary (GITHUB_STEP_SUMMARY) in GitHub-flavoured Markdown: a heading, a status line with
 * counts, and a table of findings (errors first), capped at `maxRows`, each check id linked to its
 * section in docs/checks.md. Also the escaping every Markdown channel shares.
 */
const catalogue_1 = __webpack_require__(78672);
const findings_1 = __webpack_require__(44637);
const summary_1 = __webpack_require__(26942);
exports.DEFAULT_MAX_ROWS = 50;
function renderMarkdownSummary(findings, summary, options = {}) {
    const sorted = (0, summary_1.sortFindingsBySeverity)(findings);
    const counts = (0, findings_1.countFindings)(sorted);
    const failed = options.failed ?? counts.error > 0;
    const status = failed ? 'Failed' : counts.warning > 0 ? 'Passed with warnings' : 'Passed';
    const files = new Set(sorted.map((f) => f.file)).size;
    const out = [`## ${escapeInline(options.title ?? 'stackgate')}`, ''];
    if (sorted.length) {
        out.push(`**${status}**: ${(0, summary_1.plural)(sorted.length, 'problem')} (${(0, summary_1.describeCounts)(counts)}) in ${(0, summary_1.plural)(files, 'file')}; ${(0, summary_1.describeCoverage)(summary)}.`);
    }
    else {
        out.push(`**${status}**: no problems; ${(0, summary_1.describeCoverage)(summary)}.`);
        return `${out.join('\n')}\n`;
    }
    const maxRows = Math.max(0, Math.trunc(options.maxRows ?? exports.DEFAULT_MAX_ROWS));
    const shown = sorted.slice(0, maxRows);
    if (shown.length) {
        out.push('', '| Severity | Check | Location | Message |', '| --- | --- | --- | --- |');
        for (const f of shown) {
            const envs = (0, summary_1.visibleEnvironments)(f, summary);
            const message = escapeCell(f.message) + (envs.length ? ` (${escapeCell(envs.join(', '))})` : '');
            out.push(`| ${f.severity} | ${checkIdMarkdown(f.checkId, options.documentedChecks?.has(f.checkId) ?? false)} | ${location(f, options.linkBase)} | ${message} |`);
        }
    }
    const hidden = sorted.length - shown.length;
    if (hidden > 0)
        out.push('', `… and ${hidden} more (${(0, summary_1.describeCounts)((0, findings_1.countFindings)(sorted.slice(shown.length)))})${options.moreHint ? `: see ${escapeInline(options.moreHint)}` : ''}.`);
    return `${out.join('\n')}\n`;
}
function location(f, linkBase) {
    const label = escapeCell(`${f.file}:${f.line}`).replace(/[[\]]/g, (c) => `\\${c}`);
    if (!linkBase)
        return label;
    const base = linkBase.endsWith('/') ? linkBase : `${linkBase}/`;
    const path = f.file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .split('/')
        .map(encodeURIComponent)
        .join('/');
    return `[${label}](${base}${path}#L${f.line})`;
}
/** `<domain>/<kebab-name>`: nothing in it a link, a code span or a table could read another way. */
const CHECK_ID = /^[a-z][a-z0-9]*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * A check id as inline Markdown, safe in a table cell: its code span, linked to the check's section
 * in docs/checks.md when `linked` and the id has the shape of a check id (a report read back from a
 * file may hold anything).
 */
function checkIdMarkdown(id, linked = true) {
    const code = `\`${escapeCode(id)}\``;
    return linked && CHECK_ID.test(id) ? `[${code}](${(0, catalogue_1.checkDocUrl)(id)})` : code;
}
/** Text safe inside a table cell: no raw HTML, no pipes, one line. */
function escapeCell(value) {
    return escapeInline(value).replace(/\|/g, '\\|');
}
/**
 * Text GitHub must not read as HTML, on one line, that notifies nobody. Inside code spans
 * (`up < 1`) GFM shows entities literally and links no @mention, so only the text between them is
 * escaped; when the pairing of backticks could read differently to GFM (runs of backticks, an
 * escaped backtick), everything is escaped.
 */
function escapeInline(value) {
    const flat = value.replace(/\r\n|\r|\n/g, ' ');
    if (/``|\\`/.test(flat))
        return escapeText(flat);
    return flat
        .split(/(`[^`]+`)/)
        .map((part, i) => (i % 2 === 1 ? part : escapeText(part)))
        .join('');
}
function escapeText(text) {
    return neutraliseMentions(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
/**
 * `@name` and `@org/team` copied from a repository would notify those people (or teams) once the
 * text is a comment: a zero-width space after the `@` keeps it readable and links nobody.
 */
function neutraliseMentions(text) {
    return text.replace(/(^|[^A-Za-z0-9_`])@(?=[A-Za-z0-9])/g, '$1@&#8203;');
}
/** Content of an inline code span inside a table cell (GFM shows entities in code spans literally). */
function escapeCode(value) {
    return value
        .replace(/`/g, "'")
        .replace(/\|/g, '\\|')
        .replace(/\r\n|\r|\n/g, ' ');
}


/***/ }),

/***/ 26942:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sortFindings = sortFindings;
exports.sortFindingsBySeverity = sortFindingsBySeverity;
exports.plural = plural;
exports.describeCounts = describeCounts;
exports.describeProblems = describeProblems;
exports.describeCoverage = describeCoverage;
exports.formatDuration = formatDuration;
exports.visibleEnvironments = visibleEnvironments;
/** What a validate run covered, and the words every renderer uses to describe its findings. */
const findings_1 = __webpack_require__(44637);
/** A sorted copy: file, line, column, check id, message. */
function sortFindings(findings) {
    return [...findings].sort(findings_1.compareFindings);
}
/** A sorted copy with errors first, then warnings, then info; each in file order. */
function sortFindingsBySeverity(findings) {
    return [...findings].sort((a, b) => (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || (0, findings_1.compareFindings)(a, b));
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** `3 errors, 7 warnings, 2 info` */
function describeCounts(counts) {
    return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}
/** `12 problems (3 errors, 7 warnings, 2 info) in 9 files`, or undefined when there are none. */
function describeProblems(findings) {
    if (!findings.length)
        return undefined;
    const files = new Set(findings.map((f) => f.file)).size;
    return `${plural(findings.length, 'problem')} (${describeCounts((0, findings_1.countFindings)(findings))}) in ${plural(files, 'file')}`;
}
/** `41 files and 3 stacks checked in 1.2s` */
function describeCoverage(summary) {
    const what = summary.stacks !== undefined ? `${plural(summary.filesChecked, 'file')} and ${plural(summary.stacks, 'stack')}` : plural(summary.filesChecked, 'file');
    const duration = summary.durationMs !== undefined ? ` in ${formatDuration(summary.durationMs)}` : '';
    return `${what} checked${duration}`;
}
/** `850ms`, `1.2s`, `2m 5s` */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '0ms';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}
/** The environments worth showing for a finding: none when it applies to every environment of the run. */
function visibleEnvironments(finding, summary) {
    const envs = finding.environments ?? [];
    if (!envs.length)
        return [];
    const all = summary.environments;
    if (all && all.length && all.every((e) => envs.includes(e)))
        return [];
    return [...envs];
}


/***/ })

};
;