"use strict";
exports.id = 1224;
exports.ids = [1224];
exports.modules = {

/***/ 71582:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const thread_pool_1 = __webpack_require__(64747);
const scan_pool_1 = __webpack_require__(15324);
(0, thread_pool_1.answerRequest)((sources) => (0, scan_pool_1.scanInline)(sources));


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
        mcpOnly: !!c.meta.mcpOnly,
        operatedOnly: !!c.meta.operatedOnly,
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
        'Checks marked *only where the repository is operated* (runbooks, backups, alerting, log shipping, CI gates) apply to',
        'repositories that deploy something: stackgate.yml names environments or MCP services, the Compose layout names',
        'environments (`stacks/<env>/`, `docker-compose.<env>.yml`), a Kubernetes manifest belongs to a named environment',
        '(a path segment or namespace such as `overlays/prod`), or the repository holds Flux Kustomizations, HelmReleases or',
        'Argo CD Applications. In a library, tool or example repository they are not applicable and do not count in the score.',
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
            out.push(`### ${e.id}`, '', `**${e.title}** — default severity \`${e.severity}\`, category \`${e.category}\`${e.productionOnly ? ', production environments only' : ''}${e.mcpOnly ? ', only where MCP servers are deployed' : ''}${e.operatedOnly ? ', only where the repository is operated' : ''}${e.hasOptions ? ', configurable options' : ''}.`, '');
            out.push(`Why: ${e.rationale}`, '', `How to fix: ${e.remediation}`, '');
        }
    }
    return `${out.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 86214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listOrMapEntries = listOrMapEntries;
function listOrMapEntries(node) {
    if (!node)
        return [];
    if (node.kind === 'map') {
        return [...node.entries].map(([key, v]) => ({ key, value: v.kind === 'scalar' && v.value !== null ? String(v.value) : null, path: [key] }));
    }
    if (node.kind !== 'seq')
        return [];
    const out = [];
    node.items.forEach((item, i) => {
        if (item.kind !== 'scalar' || item.value === null)
            return;
        const text = String(item.value);
        const at = text.indexOf('=');
        out.push({ key: at >= 0 ? text.slice(0, at) : text, value: at >= 0 ? text.slice(at + 1) : null, path: [i] });
    });
    return out;
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


/***/ }),

/***/ 84147:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A repository file's bytes as text, the one way every reader decodes them (discovery, the workspace,
 * the secret scanner's tree, diff, history and staged sources): a UTF-16 file with a byte-order mark
 * (little or big endian, as Windows editors and PowerShell write .env and config files) is decoded,
 * a UTF-8 byte-order mark is dropped, and otherwise a NUL byte in the first 8 KB means binary.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BINARY_SNIFF_BYTES = void 0;
exports.decodeText = decodeText;
/** How far into a file the binary test looks (git's own heuristic looks as far). */
exports.BINARY_SNIFF_BYTES = 8000;
/** The text of a file's bytes, or undefined when they are binary. */
function decodeText(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf[0] === 0xff && buf[1] === 0xfe)
        return buf.toString('utf16le', 2, evenEnd(buf));
    if (buf[0] === 0xfe && buf[1] === 0xff)
        return Buffer.from(buf.subarray(2, evenEnd(buf)))
            .swap16()
            .toString('utf16le');
    const hasUtf8Bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    if (buf.subarray(0, exports.BINARY_SNIFF_BYTES).includes(0))
        return undefined;
    return buf.toString('utf8', hasUtf8Bom ? 3 : 0);
}
/** UTF-16 has two bytes per code unit: a trailing odd byte (a truncated file) is dropped. */
function evenEnd(buf) {
    return buf.length - ((buf.length - 2) % 2);
}


/***/ })

};
;