"use strict";
exports.id = 872;
exports.ids = [872];
exports.modules = {

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