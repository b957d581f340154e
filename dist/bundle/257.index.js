"use strict";
exports.id = 257;
exports.ids = [257];
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

/***/ 35342:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXPLAIN_IDS = exports.EXPLAIN_OPTIONS = exports.EXPLAIN_HELP = void 0;
exports.runExplainCommand = runExplainCommand;
const index_1 = __webpack_require__(12293);
const explain_1 = __webpack_require__(18310);
const did_you_mean_1 = __webpack_require__(87568);
const errors_1 = __webpack_require__(74296);
const command_args_1 = __webpack_require__(2449);
exports.EXPLAIN_HELP = `stackgate explain <check-id> — what a check looks for, why it matters and how to fix it

Prints the check's title, default severity and category, its rationale and remediation, what its
findings say, its options with their defaults, how to configure or turn it off in stackgate.yml,
and its section in docs/checks.md. The ids: stackgate checks.

      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 explained, 2 unknown check id or usage error.
`;
exports.EXPLAIN_OPTIONS = command_args_1.BASE_OPTIONS;
/** The ids `stackgate explain` takes (for shell completion). */
exports.EXPLAIN_IDS = index_1.CHECKS.map((c) => c.id);
function runExplainCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.EXPLAIN_OPTIONS);
    if (values.help) {
        io.stdout.write(exports.EXPLAIN_HELP);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors_1.UserError(`explain takes one check id, got ${positionals.length}`, { hint: 'stackgate explain <check-id>; the ids: stackgate checks' });
    const id = positionals[0];
    const check = index_1.CHECKS.find((c) => c.id === id);
    if (!check) {
        const guess = (0, did_you_mean_1.suggest)(id, exports.EXPLAIN_IDS);
        throw new errors_1.UserError(`explain: unknown check "${id}"${guess ? `; did you mean "${guess}"?` : ''}`, {
            hint: 'run "stackgate checks" for the list of check ids',
        });
    }
    io.stdout.write((0, explain_1.explainCheck)(check, { width: io.columns }));
    return 0;
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

/***/ 18310:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.explainCheck = explainCheck;
exports.checkOptions = checkOptions;
/**
 * `stackgate explain <check-id>` as text: what a check looks for, why it matters, how to fix it,
 * its default severity, its options with their defaults, what its findings say, and how to turn it
 * down in stackgate.yml. Everything comes from the check's own metadata and options schema, so it
 * cannot drift from what the check does; the section in docs/checks.md is linked for the rest.
 */
const zod_1 = __webpack_require__(50924);
const wrap_words_1 = __webpack_require__(23972);
const catalogue_1 = __webpack_require__(78672);
const types_1 = __webpack_require__(15200);
const INDENT = '  ';
/** Where an engine check's findings come from, in words. */
const ENGINE_SOURCES = {
    'file-problem': 'while loading files',
    'compose-problem': 'while building the effective Compose stacks',
    promtool: "from promtool's results",
    suppression: 'while reading stackgate-ignore comments',
    'secret-scan': 'by the secret scanner',
};
function explainCheck(check, options = {}) {
    const { meta } = check;
    const paragraph = (text, indent = INDENT) => (0, wrap_words_1.wrapWords)(text, options.width === undefined ? undefined : options.width - indent.length).map((l) => `${indent}${l}`);
    const facts = [
        `Default severity ${meta.severity}`,
        `category ${meta.category}`,
        ...(meta.readiness ? [`readiness ${meta.readiness}`] : []),
        ...(meta.productionOnly ? ['production environments only'] : []),
        ...(meta.mcpOnly ? ['only where MCP servers are deployed'] : []),
        ...(meta.operatedOnly ? ['only where the repository is operated (environments or GitOps objects)'] : []),
        ...((0, types_1.isEngineCheck)(check) ? [`reported ${ENGINE_SOURCES[check.engine] ?? `by the engine (${check.engine})`}`] : []),
    ];
    const out = [`${check.id}: ${meta.title}`, ...paragraph(`${facts.join(', ')}.`, ''), ''];
    out.push('Why it matters', ...paragraph(meta.rationale), '');
    out.push('How to fix it', ...paragraph(meta.remediation), '');
    const messages = Object.values(meta.messages);
    out.push(messages.length === 1 ? 'What a finding says' : 'What its findings say', ...messages.flatMap((m) => paragraph(m.replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>'), `${INDENT}- `)), '');
    const documented = checkOptions(check);
    if (documented.length) {
        out.push('Options');
        for (const o of documented) {
            out.push(`${INDENT}${o.name} (${o.type}${o.default !== undefined ? `, default ${JSON.stringify(o.default)}` : ''})`);
            if (o.description)
                out.push(...paragraph(o.description, INDENT.repeat(2)));
        }
        out.push('');
    }
    out.push('In stackgate.yml', `${INDENT}checks:`);
    if (documented.length) {
        out.push(`${INDENT}  ${check.id}:`, `${INDENT}    severity: ${meta.severity}          # or off | error | warning | info`, `${INDENT}    options:`);
        for (const o of documented)
            out.push(`${INDENT}      ${o.name}: ${JSON.stringify(o.default ?? exampleValue(o.type))}`);
    }
    else {
        out.push(`${INDENT}  ${check.id}: ${meta.severity}          # or off | error | warning | info`);
    }
    out.push('', 'To accept one finding, comment on its line or the line above', `${INDENT}# stackgate-ignore ${check.id}: <reason>`, '', `More: ${(0, catalogue_1.checkDocUrl)(check.id)}`);
    return `${out.join('\n')}\n`;
}
/** The options of a check, from its schema as JSON Schema (names, types, defaults, descriptions). */
function checkOptions(check) {
    if ((0, types_1.isEngineCheck)(check) || !check.options)
        return [];
    const schema = zod_1.z.toJSONSchema(check.options, { io: 'input', unrepresentable: 'any' });
    return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
        name,
        type: typeName(property),
        ...(property.default !== undefined ? { default: property.default } : {}),
        ...(property.description ? { description: property.description } : {}),
    }));
}
/** `string[]`, `number`, `"a" | "b"`, `object`: a JSON Schema's type in a few characters. */
function typeName(schema) {
    if (schema.enum)
        return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (schema.anyOf)
        return schema.anyOf.map(typeName).join(' | ');
    if (schema.type === 'array')
        return `${schema.items ? typeName(schema.items) : 'any'}[]`;
    if (Array.isArray(schema.type))
        return schema.type.join(' | ');
    if (schema.type === 'integer')
        return 'number';
    return schema.type ?? 'any';
}
/** A value of the type for the stackgate.yml sample, when the option has no default. */
function exampleValue(type) {
    if (type.endsWith('[]'))
        return [];
    if (type === 'number')
        return 0;
    if (type === 'boolean')
        return false;
    if (type === 'object')
        return {};
    return '';
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

/***/ 29545:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REPOSITORY_PATH_MESSAGE = void 0;
exports.resolveInRepository = resolveInRepository;
exports.isRepositoryPath = isRepositoryPath;
/**
 * Paths that name a file of the repository: relative to a directory of it, and staying inside
 * after `..` segments are resolved. Absolute paths (POSIX, Windows drive or UNC) and paths that
 * climb out name files of whatever machine runs stackgate or deploys the stack.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
/** The repository-relative form of `file` (relative to `fromDir`, itself repository-relative), or undefined when it leaves the repository. */
function resolveInRepository(fromDir, file) {
    if (!file || file.includes('\0') || node_path_1.default.posix.isAbsolute(file) || /^[A-Za-z]:[\\/]|^\\\\/.test(file))
        return undefined;
    const joined = node_path_1.default.posix.normalize(node_path_1.default.posix.join(fromDir || '.', file.replace(/\\/g, '/')));
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined === '.' ? '' : joined.replace(/^\.\//, '');
}
function isRepositoryPath(file) {
    return resolveInRepository('.', file) !== undefined;
}
exports.REPOSITORY_PATH_MESSAGE = 'expected a path inside the repository, relative to its root (not absolute, not leading out with "..")';


/***/ })

};
;