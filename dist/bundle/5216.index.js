"use strict";
exports.id = 5216;
exports.ids = [5216];
exports.modules = {

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

/***/ 47819:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseJsonReport = parseJsonReport;
const errors_1 = __webpack_require__(74296);
function parseJsonReport(text, file, schema, what, hint) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new errors_1.UserError(`${file}: not JSON (${e.message})`, hint ? { hint } : {});
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors_1.UserError(`${file}: not a ${what}: ${issue.path.join('.') || '(root)'}: ${issue.message}`, hint ? { hint } : {});
    }
    return parsed.data;
}


/***/ }),

/***/ 7252:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readSmokeReport = readSmokeReport;
/** A smoke report read back (--compare, the action's compare-with): strictly parsed, errors name the file and field. */
const parse_json_report_1 = __webpack_require__(47819);
const report_schema_1 = __webpack_require__(48919);
function readSmokeReport(text, file) {
    return (0, parse_json_report_1.parseJsonReport)(text, file, report_schema_1.smokeReportSchema, 'stackgate smoke report', 'pass the JSON report of a previous stackgate smoke run (--format json or the report-json output)');
}


/***/ }),

/***/ 89193:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderSmokeText = renderSmokeText;
exports.renderSmokeMarkdown = renderSmokeMarkdown;
exports.renderSmokeJunit = renderSmokeJunit;
/**
 * The smoke report as a text table (CLI, step log), a Markdown job summary and JUnit XML. Names and
 * messages from servers arrive already cut to size (reportText); the job summary as a whole is
 * kept within what GitHub accepts for a step (SUMMARY_LIMIT bytes), with a counted note.
 */
const channel_budgets_1 = __webpack_require__(4882);
const junit_1 = __webpack_require__(46490);
const markdown_1 = __webpack_require__(34201);
const duration_1 = __webpack_require__(38169);
const MARK = { pass: 'ok', fail: 'FAIL', warn: 'warn', skipped: 'skip', 'expected-failure': 'xfail' };
function headline(report) {
    const s = report.summary;
    const env = report.environment ? ` ${report.environment}` : '';
    const extras = [
        s.expectedFailures ? `${s.expectedFailures} expected failure${s.expectedFailures === 1 ? '' : 's'}` : '',
        s.warnings ? `${s.warnings} warning${s.warnings === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    return `smoke${env}: ${s.passedTargets} of ${s.targets} service${s.targets === 1 ? '' : 's'} pass, ${s.failedChecks} failed check${s.failedChecks === 1 ? '' : 's'} of ${s.checks}${extras.length ? ` (${extras.join(', ')})` : ''} in ${(0, duration_1.formatMs)(report.durationMs)}`;
}
function counted(t) {
    const run = t.checks.filter((c) => c.status !== 'skipped');
    return `${run.filter((c) => c.status !== 'fail').length}/${run.length}`;
}
const p95 = (t) => (t.latency?.samples ? (0, duration_1.formatMs)(t.latency.p95Ms) : '–');
function renderSmokeText(report) {
    const rows = report.targets.map((t) => [t.service, t.transport, counted(t), p95(t), t.passed ? 'pass' : 'FAIL']);
    const header = ['SERVICE', 'TRANSPORT', 'CHECKS', 'P95', 'RESULT'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    const out = [headline(report), '', line(header), ...rows.map(line)];
    const notable = report.targets.flatMap((t) => t.checks.filter((c) => c.status === 'fail' || c.status === 'expected-failure' || c.status === 'warn').map((c) => ({ t, c })));
    if (notable.length) {
        out.push('', 'Checks to look at:');
        for (const { t, c } of notable)
            out.push(`  ${MARK[c.status].padEnd(5)} ${t.service}  ${c.id}  ${c.message}`);
    }
    out.push('', report.passed ? 'PASS' : `FAIL: ${report.summary.failedTargets} service${report.summary.failedTargets === 1 ? '' : 's'} failed`);
    return `${out.join('\n')}\n`;
}
function renderSmokeMarkdown(report, options = {}) {
    const out = [`### ${report.passed ? '✅' : '❌'} stackgate ${(0, markdown_1.escapeCell)(headline(report))}`, ''];
    for (const note of options.notes ?? [])
        out.push(`> ${(0, markdown_1.escapeInline)(note)}`, '');
    out.push('| Service | Transport | Server | Checks | p95 | Result |', '| --- | --- | --- | ---: | ---: | --- |');
    for (const t of report.targets) {
        out.push(`| \`${(0, markdown_1.escapeCode)(t.service)}\` | ${t.transport} | ${t.server ? (0, markdown_1.escapeCell)(`${t.server.name} ${t.server.version}`) : '–'} | ${counted(t)} | ${p95(t)} | ${t.passed ? 'pass' : '**FAIL**'} |`);
    }
    for (const t of report.targets) {
        const notable = t.checks.filter((c) => c.status !== 'pass');
        if (!notable.length)
            continue;
        out.push('', `<details${t.passed ? '' : ' open'}><summary><code>${(0, markdown_1.escapeCell)(t.service)}</code>: ${notable.length} check${notable.length === 1 ? '' : 's'} to look at</summary>`, '', '| Check | Status | Message |', '| --- | --- | --- |');
        for (const c of notable)
            out.push(`| \`${(0, markdown_1.escapeCode)(c.id)}\` | ${MARK[c.status]} | ${(0, markdown_1.escapeCell)(c.message)} |`);
        out.push('', '</details>');
    }
    return (0, channel_budgets_1.fitBytes)(`${out.join('\n')}\n`, options.maxBytes ?? channel_budgets_1.SUMMARY_LIMIT, options.whereTheRestIs ?? 'the JSON report (`stackgate smoke -f json`) has every check');
}
function renderSmokeJunit(report) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const s = report.summary;
    out.push(`<testsuites name="stackgate smoke${report.environment ? ` ${(0, junit_1.escapeXmlAttribute)(report.environment)}` : ''}" tests="${s.checks}" failures="${s.failedChecks}" errors="0" skipped="${s.skippedChecks + s.expectedFailures}" time="${(report.durationMs / 1000).toFixed(3)}">`);
    for (const t of report.targets) {
        const failures = t.checks.filter((c) => c.status === 'fail').length;
        const skipped = t.checks.filter((c) => c.status === 'skipped' || c.status === 'expected-failure').length;
        out.push(`  <testsuite name="${(0, junit_1.escapeXmlAttribute)(t.service)}" tests="${t.checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${(t.durationMs / 1000).toFixed(3)}">`);
        for (const c of t.checks) {
            const open = `    <testcase name="${(0, junit_1.escapeXmlAttribute)(c.id)}" classname="${(0, junit_1.escapeXmlAttribute)(`smoke.${t.service}`)}" time="${((c.durationMs ?? 0) / 1000).toFixed(3)}"`;
            if (c.status === 'pass')
                out.push(`${open}/>`);
            else if (c.status === 'fail')
                out.push(`${open}>`, `      <failure message="${(0, junit_1.escapeXmlAttribute)(c.message)}" type="smoke">${(0, junit_1.escapeXmlText)(c.message)}</failure>`, '    </testcase>');
            else if (c.status === 'warn')
                out.push(`${open}>`, `      <system-out>${(0, junit_1.escapeXmlText)(`warning: ${c.message}`)}</system-out>`, '    </testcase>');
            else
                out.push(`${open}>`, `      <skipped message="${(0, junit_1.escapeXmlAttribute)(c.message)}"/>`, '    </testcase>');
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
}


/***/ })

};
;