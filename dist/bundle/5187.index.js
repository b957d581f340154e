"use strict";
exports.id = 5187;
exports.ids = [5187];
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

/***/ 13512:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHECKS_VALUES = exports.CHECKS_OPTIONS = exports.CHECKS_HELP = void 0;
exports.runChecksCommand = runChecksCommand;
const index_1 = __webpack_require__(12293);
const catalogue_1 = __webpack_require__(78672);
const command_args_1 = __webpack_require__(2449);
const FORMATS = ['text', 'json', 'markdown'];
const parseFormat = (0, command_args_1.formatParser)(FORMATS);
exports.CHECKS_HELP = `stackgate checks [options] — list the check catalogue: id, default severity and title of every check

  -f, --format <format>      ${(0, command_args_1.describeFormats)(FORMATS)}
                             (JSON adds each check's category, rationale and remediation;
                             Markdown is docs/checks.md)
      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 listed, 2 usage error.
`;
exports.CHECKS_OPTIONS = {
    format: { type: 'string', short: 'f', default: 'text' },
    ...command_args_1.BASE_OPTIONS,
};
exports.CHECKS_VALUES = { format: FORMATS };
function runChecksCommand(args, io) {
    const { values } = (0, command_args_1.parseCommandArgs)(args, exports.CHECKS_OPTIONS, false);
    if (values.help) {
        io.stdout.write(exports.CHECKS_HELP);
        return 0;
    }
    const format = parseFormat(values.format, '--format');
    if (format === 'json')
        io.stdout.write(`${JSON.stringify((0, catalogue_1.catalogue)(index_1.CHECKS), null, 2)}\n`);
    else if (format === 'markdown')
        io.stdout.write((0, catalogue_1.renderChecksMarkdown)(index_1.CHECKS));
    else {
        const width = Math.max(...index_1.CHECKS.map((c) => c.id.length));
        for (const c of index_1.CHECKS)
            io.stdout.write(`${c.id.padEnd(width)}  ${c.meta.severity.padEnd(7)}  ${c.meta.title}\n`);
        io.stdout.write(`${index_1.CHECKS.length} checks\n`);
    }
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