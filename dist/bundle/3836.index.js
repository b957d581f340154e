"use strict";
exports.id = 3836;
exports.ids = [3836];
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