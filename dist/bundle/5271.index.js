"use strict";
exports.id = 5271;
exports.ids = [5271];
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

/***/ 58314:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.coreCount = coreCount;
exports.threadCount = threadCount;
/** How many threads a run uses; apart from thread-pool.ts, so that deciding loads no worker code. */
const node_os_1 = __importDefault(__webpack_require__(48161));
/** The cores this process may use. */
function coreCount() {
    return node_os_1.default.availableParallelism?.() ?? node_os_1.default.cpus().length;
}
/** Threads to use: `requested`, else one per core; at least one, at most one per item. */
function threadCount(requested, items) {
    return Math.max(1, Math.min(requested ?? coreCount(), items));
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

/***/ 80375:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SARIF_CATEGORY = exports.FINGERPRINT_KEY = exports.SARIF_SCHEMA_URI = void 0;
exports.renderSarif = renderSarif;
exports.buildSarif = buildSarif;
exports.pascalCase = pascalCase;
exports.normalizeUri = normalizeUri;
/**
 * SARIF 2.1.0 (`--format sarif`) for GitHub code scanning and other SARIF viewers. Every known check
 * is listed as a rule (so code scanning can show its help for any alert), results point at
 * repository-relative URIs under %SRCROOT%, and partial fingerprints leave the line out so an alert
 * follows its finding when lines above it move.
 */
const node_crypto_1 = __webpack_require__(77598);
const catalogue_1 = __webpack_require__(78672);
const types_1 = __webpack_require__(15200);
const channel_budgets_1 = __webpack_require__(4882);
const summary_1 = __webpack_require__(26942);
exports.SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key; bump the version if the hashed fields ever change. */
exports.FINGERPRINT_KEY = 'stackgate/v1';
/**
 * `runs[].automationDetails.id` of each kind of run. Code scanning keeps one analysis per tool and
 * category, and rejects an upload holding two runs of the same tool and category: validate and
 * secrets runs differ by theirs. The trailing `/` makes the whole id the category (no run id after it).
 */
exports.SARIF_CATEGORY = { validate: 'stackgate/validate/', secrets: 'stackgate/secrets/' };
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning shows rules with a `security-severity` as security alerts, ranked by it. */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', info: '2.0' };
function renderSarif(findings, checks, options) {
    return `${JSON.stringify(buildSarif(findings, checks, options), null, 2)}\n`;
}
function buildSarif(findings, checks, options) {
    const kept = (0, channel_budgets_1.selectMostSevere)(findings, options.maxResults ?? channel_budgets_1.SARIF_RESULT_LIMIT);
    const sorted = (0, summary_1.sortFindings)(kept.shown);
    const known = [...checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const rules = known.map((c) => ruleOf(c, options));
    const ruleIndex = new Map(known.map((c, i) => [c.id, i]));
    // A finding from a check missing from the list (an alias, a plugin) still needs a rule to point at.
    for (const f of sorted) {
        if (ruleIndex.has(f.checkId))
            continue;
        ruleIndex.set(f.checkId, rules.length);
        rules.push(unknownRuleOf(f));
    }
    const occurrences = new Map();
    const results = sorted.map((f) => {
        const identity = [f.checkId, normalizeUri(f.file), f.message].join('\u0000');
        const n = (occurrences.get(identity) ?? 0) + 1;
        occurrences.set(identity, n);
        return resultOf(f, ruleIndex.get(f.checkId), `${sha256(identity)}:${n}`);
    });
    return {
        $schema: exports.SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'stackgate',
                        version: options.toolVersion,
                        semanticVersion: /^\d+\.\d+\.\d+/.test(options.toolVersion) ? options.toolVersion : undefined,
                        informationUri: options.informationUri,
                        rules,
                    },
                },
                automationDetails: { id: options.category },
                originalUriBaseIds: {
                    '%SRCROOT%': options.srcRootUri
                        ? { uri: options.srcRootUri.endsWith('/') ? options.srcRootUri : `${options.srcRootUri}/` }
                        : { description: { text: 'The root of the repository that was validated.' } },
                },
                columnKind: 'utf16CodeUnits',
                ...(kept.omitted
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        descriptor: { id: 'stackgate/results-omitted' },
                                        message: {
                                            text: `${kept.omitted} of ${findings.length} results were left out of this run (at most ${options.maxResults ?? channel_budgets_1.SARIF_RESULT_LIMIT}, the most severe kept); run stackgate with --format json for all of them.`,
                                        },
                                    },
                                ],
                            },
                        ],
                    }
                    : {}),
                results,
            },
        ],
    };
}
function ruleOf(check, options) {
    const { title, rationale, remediation, category, severity } = check.meta;
    const helpUri = options.helpUriBase ? `${options.helpUriBase}#${(0, catalogue_1.anchorOf)(check.id)}` : undefined;
    const tags = [category, (0, types_1.domainOf)(check.id)];
    if (check.meta.productionOnly)
        tags.push('production');
    return {
        id: check.id,
        name: pascalCase(check.id),
        shortDescription: { text: title },
        fullDescription: { text: rationale },
        help: {
            text: `${rationale}\n\nHow to fix: ${remediation}`,
            markdown: `${rationale}\n\n**How to fix:** ${remediation}${helpUri ? `\n\n[Documentation](${helpUri})` : ''}`,
        },
        helpUri,
        defaultConfiguration: { level: LEVEL[severity] },
        properties: {
            category,
            tags,
            ...(category === 'security' ? { 'security-severity': SECURITY_SEVERITY[severity] } : {}),
        },
    };
}
function unknownRuleOf(f) {
    return {
        id: f.checkId,
        name: pascalCase(f.checkId),
        shortDescription: { text: f.checkId },
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: { category: f.category, tags: [f.category] },
    };
}
function resultOf(f, ruleIndex, fingerprint) {
    const startLine = Math.max(1, Math.trunc(f.line) || 1);
    const startColumn = Math.max(1, Math.trunc(f.column) || 1);
    const region = { startLine, startColumn };
    if (typeof f.endLine === 'number' && f.endLine >= startLine)
        region.endLine = f.endLine;
    if (typeof f.endColumn === 'number' && f.endColumn >= 1 && ((region.endLine ?? startLine) > startLine || f.endColumn >= startColumn)) {
        region.endColumn = f.endColumn;
    }
    const properties = {};
    if (f.environments?.length)
        properties.environments = [...f.environments];
    if (f.subject)
        properties.subject = f.subject;
    return {
        ruleId: f.checkId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: normalizeUri(f.file), uriBaseId: '%SRCROOT%' }, region } }],
        partialFingerprints: { [exports.FINGERPRINT_KEY]: fingerprint },
        ...(Object.keys(properties).length ? { properties } : {}),
    };
}
/** `compose/healthcheck-missing` -> `ComposeHealthcheckMissing` */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/**
 * A repository-relative path as a relative URI reference: forward slashes, no leading `./` or `/`,
 * and each segment percent-encoded (spaces, `#`, `?`, `%` and non-ASCII would otherwise break it).
 */
function normalizeUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/%(40|2B|3D|2C|3B|24|26)/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))))
        .join('/');
}
function sha256(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text, 'utf8').digest('hex');
}


/***/ }),

/***/ 92387:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUPPRESSION_PREFIX = exports.SECRET_RULE_IDS = exports.GENERIC_RULE_IDS = void 0;
exports.secretSuppressionIds = secretSuppressionIds;
/** Every id a secret finding can carry, and the form inline suppressions use (`secrets:<rule-id>`). */
const index_1 = __webpack_require__(62117);
exports.GENERIC_RULE_IDS = ['generic-secret-assignment', 'generic-url-credentials', 'kubernetes-secret-data'];
exports.SECRET_RULE_IDS = [...index_1.SECRET_RULES.map((r) => r.id), ...exports.GENERIC_RULE_IDS];
exports.SUPPRESSION_PREFIX = 'secrets:';
function secretSuppressionIds() {
    return new Set(exports.SECRET_RULE_IDS.map((id) => `${exports.SUPPRESSION_PREFIX}${id}`));
}


/***/ }),

/***/ 28311:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseSuppressions = parseSuppressions;
exports.isSuppressed = isSuppressed;
// `stackgate-ignore <check-id>: <reason>` or, for the secret scanner, `stackgate-ignore secrets:<rule-id> <reason>`.
const DIRECTIVE = /(?:#|\/\/|<!--|\/\*)\s*stackgate-ignore(-file)?\b[ \t]*(secrets:[A-Za-z0-9-]+|[^\s:]*)[ \t]*:?[ \t]*(.*?)\s*(?:-->|\*\/)?$/;
/**
 * @param knownIds ids a suppression may name (check ids, and `secrets:<rule-id>`)
 * @param prefix only directives whose id starts with it are considered (the secret scanner passes `secrets:`)
 */
function parseSuppressions(text, knownIds, prefix = '') {
    const suppressions = [];
    const invalid = [];
    if (!text.includes('stackgate-ignore'))
        return { suppressions, invalid };
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const m = DIRECTIVE.exec(raw);
        if (!m)
            return;
        const lineNo = i + 1;
        const column = (m.index ?? 0) + 1;
        const fileWide = !!m[1];
        const checkId = m[2] ?? '';
        if (prefix && !checkId.startsWith(prefix))
            return;
        const reason = (m[3] ?? '').trim();
        if (!checkId || !knownIds.has(checkId)) {
            invalid.push({ line: lineNo, column, problem: 'unknown-check', checkId });
            return;
        }
        if (!reason) {
            invalid.push({ line: lineNo, column, problem: 'missing-reason', checkId });
            return;
        }
        const ownLine = raw.slice(0, m.index).trim() === '';
        let appliesTo = [lineNo];
        if (ownLine && !fileWide) {
            // A comment on its own line covers the next line that is not a comment or blank.
            let j = i + 1;
            while (j < lines.length && /^\s*(#|\/\/|$)/.test(lines[j]))
                j++;
            appliesTo = j < lines.length ? [lineNo, j + 1] : [lineNo];
        }
        suppressions.push({ checkId, reason, line: lineNo, column, appliesTo: fileWide ? [] : appliesTo, fileWide });
    });
    return { suppressions, invalid };
}
function isSuppressed(suppressions, checkId, line) {
    return suppressions.some((s) => s.checkId === checkId && (s.fileWide || s.appliesTo.includes(line)));
}


/***/ })

};
;