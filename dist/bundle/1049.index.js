"use strict";
exports.id = 1049;
exports.ids = [1049];
exports.modules = {

/***/ 6080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readinessEnvelope = readinessEnvelope;
/**
 * A score run as the readiness envelope every channel reports from (the JSON report, the PR comment,
 * the job summary, `stackgate score`): the report, the change since the base, the verdict against the
 * thresholds (inputs or flags over stackgate.yml's), the notes for reviewers and the comment's key.
 */
const gate_1 = __webpack_require__(15169);
function readinessEnvelope(scored, options = {}) {
    const report = options.toFile ? withFiles(scored.report, options.toFile) : scored.report;
    const { readiness } = scored.config;
    return {
        report,
        ...(scored.delta ? { delta: scored.delta } : {}),
        verdict: (0, gate_1.evaluateReadiness)(report, (0, gate_1.readinessThresholds)(readiness, options.thresholds)),
        notes: scored.baseProblem ? [scored.baseProblem] : [],
        ...(options.pullRequest ? { pullRequest: { number: options.pullRequest.number, headSha: options.pullRequest.headSha } } : {}),
        commentKey: options.commentKey || readiness.comment.key,
    };
}
function withFiles(report, toFile) {
    return {
        ...report,
        blockers: report.blockers.map((b) => ({ ...b, file: toFile(b.file) })),
        checks: report.checks.map((c) => ({
            ...c,
            ...(c.file ? { file: toFile(c.file) } : {}),
            locations: c.locations.map((l) => ({ ...l, file: toFile(l.file) })),
        })),
    };
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


/***/ }),

/***/ 15169:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseFailUnder = parseFailUnder;
exports.readinessThresholds = readinessThresholds;
exports.evaluateReadiness = evaluateReadiness;
exports.parseMinimums = parseMinimums;
/** Whether a readiness report passes: no blockers, the score clears the bar, every category its minimum. */
const errors_1 = __webpack_require__(74296);
/** A fail-under as an input or flag gives it (undefined: not given); `name` is how errors call it (`--fail-under`). */
function parseFailUnder(text, name) {
    if (text === undefined)
        return undefined;
    const failUnder = Number(text);
    if (!Number.isFinite(failUnder) || failUnder < 0 || failUnder > 100)
        throw new errors_1.UserError(`${name}: expected a score from 0 to 100, got "${text}"`);
    return failUnder;
}
/** The bar of a run: a fail-under and category minimums given as inputs or flags override stackgate.yml's readiness settings. */
function readinessThresholds(configured, given = {}) {
    return { failUnder: given.failUnder ?? configured.failUnder, minimums: { ...configured.minimums, ...given.minimums } };
}
function evaluateReadiness(report, thresholds) {
    const reasons = [];
    if (report.blockers.length) {
        const secrets = report.blockers.filter((b) => b.checkId === 'secrets/committed-secrets').length;
        const parts = [
            secrets ? `${secrets} secret${secrets === 1 ? '' : 's'}` : '',
            report.blockers.length - secrets ? `${report.blockers.length - secrets} error finding${report.blockers.length - secrets === 1 ? '' : 's'}` : '',
        ].filter(Boolean);
        reasons.push(`${report.blockers.length} blocker${report.blockers.length === 1 ? '' : 's'} (${parts.join(', ')}) fail the check whatever the score`);
    }
    if (report.score < thresholds.failUnder)
        reasons.push(`score ${report.score} is under fail-under ${thresholds.failUnder}`);
    for (const [id, min] of Object.entries(thresholds.minimums)) {
        const category = report.categories.find((c) => c.id === id);
        if (category?.score !== null && category?.score !== undefined && category.score < min)
            reasons.push(`${category.title} scores ${category.score}, under its minimum ${min}`);
    }
    return { passed: reasons.length === 0, reasons };
}
/** `containerization=80,secrets=100` (action input / CLI flag) -> minimums. */
function parseMinimums(text, knownCategories) {
    const minimums = {};
    const errors = [];
    for (const part of text
        .split(/[,\n]/)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const m = /^([a-z-]+)\s*[=:]\s*(\d+(?:\.\d+)?)$/.exec(part);
        if (!m) {
            errors.push(`"${part}": expected <category>=<score>`);
            continue;
        }
        if (!knownCategories.includes(m[1])) {
            errors.push(`"${m[1]}": unknown category (known: ${knownCategories.join(', ')})`);
            continue;
        }
        const value = Number(m[2]);
        if (value > 100)
            errors.push(`"${part}": a score is between 0 and 100`);
        else
            minimums[m[1]] = value;
    }
    return { minimums, errors };
}


/***/ }),

/***/ 84034:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commentMarker = commentMarker;
exports.renderReadinessMarkdown = renderReadinessMarkdown;
exports.renderReadinessText = renderReadinessText;
/**
 * The readiness report for people: a terminal text form and one Markdown form that serves the PR
 * comment (65,536 characters) and the job summary (1 MiB), where each check id links to its section
 * in docs/checks.md. Whatever a budget cannot hold is counted and pointed to, never dropped silently.
 */
const categories_1 = __webpack_require__(42386);
const findings_1 = __webpack_require__(44637);
const markdown_1 = __webpack_require__(34201);
const channel_budgets_1 = __webpack_require__(4882);
function commentMarker(key) {
    return `<!-- stackgate:${key} -->`;
}
const BLOCKERS_SHOWN = 25;
function renderReadinessMarkdown(report, options = {}) {
    const maxChars = options.maxChars ?? channel_budgets_1.COMMENT_LIMIT;
    const hint = options.fullReportHint ?? 'the job summary and the JSON report (`stackgate score --format json`)';
    const head = [];
    if (options.marker)
        head.push(options.marker);
    head.push(`### ${statusIcon(report, options.verdict)} stackgate readiness: ${report.score}% · grade ${report.grade}${options.delta ? ` · ${arrow(options.delta.delta)} since ${commitRef(options.delta.baseCommit)}` : ''}`, '');
    head.push(`**${report.passed} of ${report.total}** applicable checks pass · **${report.blockers.length} blocker${report.blockers.length === 1 ? '' : 's'}** · ${report.failed} failing · ${report.notApplicable} not applicable${report.secretsScanned ? '' : ' · secrets not scanned'}`, '');
    if (options.verdict) {
        head.push(options.verdict.passed ? '✅ The readiness check passes.' : `❌ The readiness check fails: ${options.verdict.reasons.join('; ')}.`, '');
    }
    for (const note of options.notes ?? [])
        head.push(`> ${(0, markdown_1.escapeInline)(note)}`, '');
    if (report.blockers.length) {
        head.push('**Blockers** (they fail the check whatever the score):', '');
        for (const b of report.blockers.slice(0, BLOCKERS_SHOWN))
            head.push(`- ${(0, markdown_1.checkIdMarkdown)(b.checkId)} ${link(b.file, b.line, options.linkBase)}: ${(0, markdown_1.escapeInline)(b.message)}`);
        if (report.blockers.length > BLOCKERS_SHOWN)
            head.push(`- … and ${report.blockers.length - BLOCKERS_SHOWN} more blockers, listed in ${hint}`);
        head.push('');
    }
    head.push(`| Category | Score | ${options.delta ? 'Change | ' : ''}Passing | Failing | N/A |`, `| --- | ---: | ${options.delta ? '---: | ' : ''}---: | ---: | ---: |`);
    for (const c of report.categories) {
        const d = options.delta?.categories.find((x) => x.id === c.id);
        const change = options.delta ? `${d?.delta === null || d?.delta === undefined ? '–' : arrow(d.delta)} | ` : '';
        head.push(`| ${c.title} | ${c.score === null ? '–' : `${c.score}% (${c.grade})`} | ${change}${c.passed} | ${c.failed} | ${c.notApplicable} |`);
    }
    head.push('');
    if (options.delta) {
        const { newlyFailing, newlyFixed } = options.delta;
        const ids = (list) => list.length
            ? list
                .slice(0, 30)
                .map((c) => (0, markdown_1.checkIdMarkdown)(c.id))
                .join(', ') + (list.length > 30 ? `, … ${list.length - 30} more` : '')
            : 'none';
        head.push(`**Newly failing** (${newlyFailing.length}): ${ids(newlyFailing)}<br>**Newly fixed** (${newlyFixed.length}): ${ids(newlyFixed)}`, '');
    }
    const footer = [
        '',
        `<sub>stackgate ${report.tool.version}${report.commit ? ` · computed for ${report.commit.slice(0, 12)}` : ''} · score = weighted share of applicable checks that pass (error 3, warning 2, info 1)</sub>`,
        '',
    ];
    const headText = head.join('\n');
    const footText = footer.join('\n');
    // Failing checks, most severe first, grouped by category; as many rows as the budget holds.
    const failing = report.checks.filter((c) => c.status === 'fail');
    const newly = new Set(options.delta?.newlyFailing.map((c) => c.id) ?? []);
    const ranked = [...failing].sort((a, b) => Number(newly.has(b.id)) - Number(newly.has(a.id)) || (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || (a.id < b.id ? -1 : 1));
    const noteReserve = 400;
    let budget = maxChars - headText.length - footText.length - noteReserve;
    const shown = new Set();
    const rows = new Map();
    for (const c of ranked) {
        const row = checkRow(c, options.linkBase, newly.has(c.id));
        // Each category section adds its summary and table header once (~200 characters).
        const cost = row.length + 1 + ([...shown].some((id) => failing.find((f) => f.id === id)?.category === c.category) ? 0 : 220);
        if (cost > budget)
            continue;
        budget -= cost;
        shown.add(c.id);
        rows.set(c.id, row);
    }
    const sections = [];
    for (const category of categories_1.READINESS_CATEGORIES) {
        const inCategory = failing
            .filter((c) => c.category === category && shown.has(c.id))
            .sort((a, b) => (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || (a.id < b.id ? -1 : 1));
        if (!inCategory.length)
            continue;
        const title = report.categories.find((c) => c.id === category)?.title ?? category;
        const total = failing.filter((c) => c.category === category).length;
        sections.push(`<details><summary><b>${title}</b>: ${total} failing check${total === 1 ? '' : 's'}</summary>`, '', '| Check | Severity | Where | Finding |', '| --- | --- | --- | --- |', ...inCategory.map((c) => rows.get(c.id)), '', '</details>', '');
    }
    const omitted = failing.length - shown.size;
    if (omitted > 0)
        sections.push(`> ${omitted} failing check${omitted === 1 ? ' is' : 's are'} not shown here (this text is limited to ${maxChars.toLocaleString('en-US')} characters); ${hint} list${hint.includes(' and ') ? '' : 's'} every one.`, '');
    const out = `${headText}\n${sections.join('\n')}${footText}`;
    return out.length <= maxChars ? out : `${out.slice(0, maxChars - 120)}\n\n> Truncated at ${maxChars.toLocaleString('en-US')} characters; see ${hint}.\n`;
}
function checkRow(c, linkBase, isNew) {
    const where = c.file && c.line ? `${link(c.file, c.line, linkBase)}${c.findings > 1 ? ` (+${c.findings - 1} more)` : ''}` : '–';
    return `| ${(0, markdown_1.checkIdMarkdown)(c.id)}${isNew ? ' 🆕' : ''}<br>${(0, markdown_1.escapeCell)(c.title)} | ${c.severity} | ${where} | ${(0, markdown_1.escapeCell)(c.message ?? '')} |`;
}
function link(file, line, linkBase) {
    const label = `${(0, markdown_1.escapeCell)(file)}#L${line}`;
    if (!linkBase || file === '.')
        return `\`${label}\``;
    return `[${label}](${linkBase}${file.split('/').map(encodeURIComponent).join('/')}#L${line})`;
}
function statusIcon(report, verdict) {
    if (verdict ? !verdict.passed : report.blockers.length > 0)
        return '🔴';
    return report.grade === 'A' || report.grade === 'B' ? '🟢' : '🟡';
}
function arrow(delta) {
    if (delta > 0)
        return `▲ +${delta}`;
    if (delta < 0)
        return `▼ ${delta}`;
    return '± 0';
}
function commitRef(commit) {
    return commit ? `base \`${commit.slice(0, 7)}\`` : 'the base';
}
function renderReadinessText(report, options = {}) {
    const out = [];
    const delta = options.delta ? ` (${options.delta.delta >= 0 ? '+' : ''}${options.delta.delta} since ${options.delta.baseCommit?.slice(0, 7) ?? 'base'})` : '';
    out.push(`Readiness ${report.score}% grade ${report.grade}${delta}: ${report.passed}/${report.total} applicable checks pass, ${report.failed} failing, ${report.notApplicable} not applicable, ${report.blockers.length} blockers`);
    if (!report.secretsScanned)
        out.push('(secrets were not scanned)');
    out.push('');
    const width = Math.max(...report.categories.map((c) => c.title.length));
    for (const c of report.categories) {
        const d = options.delta?.categories.find((x) => x.id === c.id)?.delta;
        out.push(`  ${c.title.padEnd(width)}  ${c.score === null ? '    n/a' : `${c.score.toFixed(1).padStart(5)}% ${c.grade}`}  ${c.passed}/${c.total}${d !== undefined && d !== null && d !== 0 ? `  (${d > 0 ? '+' : ''}${d})` : ''}`);
    }
    if (report.blockers.length) {
        out.push('', 'Blockers:');
        for (const b of report.blockers)
            out.push(`  ${b.file}:${b.line}  ${b.checkId}  ${b.message}`);
    }
    const failing = report.checks.filter((c) => c.status === 'fail');
    if (failing.length) {
        out.push('', 'Failing checks:');
        for (const c of [...failing].sort((a, b) => (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || (a.id < b.id ? -1 : 1))) {
            out.push(`  ${c.severity.padEnd(7)} ${c.id}  ${c.file}:${c.line}${c.findings > 1 ? ` (+${c.findings - 1})` : ''}  ${c.message ?? ''}`);
        }
    }
    if (options.delta) {
        if (options.delta.newlyFailing.length)
            out.push('', `Newly failing: ${options.delta.newlyFailing.map((c) => c.id).join(', ')}`);
        if (options.delta.newlyFixed.length)
            out.push(`Newly fixed: ${options.delta.newlyFixed.map((c) => c.id).join(', ')}`);
    }
    if (options.verdict)
        out.push('', options.verdict.passed ? 'PASS' : `FAIL: ${options.verdict.reasons.join('; ')}`);
    return `${out.join('\n')}\n`;
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