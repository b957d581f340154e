"use strict";
exports.id = 9797;
exports.ids = [9797];
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

/***/ 78187:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECRET_NAME = void 0;
exports.expandTemplate = expandTemplate;
exports.displayUrl = displayUrl;
exports.redact = redact;
/**
 * `${VAR}` and `${VAR:-default}` in smoke targets, read from the environment the entry point
 * passes in. Every value substituted into a header or a command's environment, and into a URL
 * from a secret-looking variable, is returned for masking: it is never printed.
 */
const errors_1 = __webpack_require__(74296);
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}/g;
exports.SECRET_NAME = /(TOKEN|KEY|SECRET|PASSWORD|PASSWD|PASS|AUTH|CREDENTIAL|BEARER|COOKIE|SESSION)/i;
function expandTemplate(text, env, where, mode) {
    const secrets = [];
    const value = text.replace(REFERENCE, (_m, name, colon, fallback) => {
        // As in shells and Compose: `${VAR:-default}` also replaces an empty value, `${VAR-default}` only an unset one.
        const v = colon && env[name] === '' ? fallback : (env[name] ?? fallback);
        if (v === undefined)
            throw new errors_1.UserError(`${where}: \${${name}} is not set in the environment`, {
                hint: `export ${name} (in a workflow: env: { ${name}: \${{ secrets.${name} }} })`,
            });
        if (v && (mode === 'secret' || exports.SECRET_NAME.test(name)))
            secrets.push(v);
        return v;
    });
    return { value, secrets };
}
/** A URL as it may be shown: no user info, secret-looking query values replaced. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        if (u.username || u.password) {
            u.username = u.username ? '***' : '';
            u.password = u.password ? '***' : '';
        }
        for (const key of [...u.searchParams.keys()])
            if (exports.SECRET_NAME.test(key))
                u.searchParams.set(key, '***');
        return u.toString();
    }
    catch {
        // Not parseable: still hide user info.
        return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
    }
}
/** Replaces every secret (longest first) in a text. */
function redact(text, secrets) {
    let out = text;
    for (const s of [...new Set(secrets)].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}


/***/ })

};
;