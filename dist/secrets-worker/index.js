/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 5324:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scanInline = scanInline;
exports.scanSources = scanSources;
/**
 * Scans sources on every core. Worker threads run a small bundle of their own
 * (dist/secrets-worker/index.js: the scanner and its rules, nothing else), read their share of the
 * files themselves and post back findings, so no file content crosses threads. Without a worker
 * bundle (tests), or for small inputs, scanning happens on the calling thread.
 */
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const node_worker_threads_1 = __nccwpck_require__(5919);
const scan_source_1 = __nccwpck_require__(3200);
const decode_text_1 = __nccwpck_require__(4147);
/** Below this many bytes, starting threads costs more than it saves. */
const PARALLEL_THRESHOLD_BYTES = 4 * 1024 * 1024;
function textOf(source) {
    if (source.text !== undefined)
        return source.text;
    if (!source.absPath)
        return undefined;
    let buf;
    try {
        buf = node_fs_1.default.readFileSync(source.absPath);
    }
    catch {
        return undefined; // Removed since it was listed: nothing left to leak.
    }
    return (0, decode_text_1.decodeText)(buf);
}
/** Scans sources on this thread (also what each worker runs). */
function scanInline(sources) {
    const findings = [];
    const invalid = [];
    let binary = 0;
    for (const s of sources) {
        const text = textOf(s);
        if (text === undefined) {
            binary++;
            continue;
        }
        const r = (0, scan_source_1.scanSource)({ ...s, text });
        // One at a time: spreading a file's findings into push() passes each as an argument, and 100k+ arguments overflow the stack.
        for (const f of r.findings)
            findings.push(f);
        for (const i of r.invalid)
            invalid.push(i);
    }
    return { findings, invalid, binary };
}
const sizeOf = (s) => s.size ?? s.text?.length ?? 0;
async function scanSources(sources, options = {}) {
    const bytes = sources.reduce((n, s) => n + sizeOf(s), 0);
    const threads = Math.max(1, Math.min(options.workers ?? node_os_1.default.availableParallelism?.() ?? node_os_1.default.cpus().length, sources.length));
    if (!options.workerEntry || !node_fs_1.default.existsSync(options.workerEntry) || threads < 2 || bytes < PARALLEL_THRESHOLD_BYTES)
        return scanInline(sources);
    // Largest first onto the least-loaded share keeps the threads finishing together.
    const shares = Array.from({ length: threads }, () => ({ bytes: 0, sources: [] }));
    for (const s of [...sources].sort((a, b) => sizeOf(b) - sizeOf(a))) {
        const share = shares.reduce((min, x) => (x.bytes < min.bytes ? x : min));
        share.sources.push(s);
        share.bytes += sizeOf(s);
    }
    const results = await Promise.all(shares.map((share) => runShare(options.workerEntry, share.sources)));
    return {
        findings: results.flatMap((r) => r.findings),
        invalid: results.flatMap((r) => r.invalid),
        binary: results.reduce((n, r) => n + r.binary, 0),
    };
}
function runShare(entry, sources) {
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads_1.Worker(entry);
        let settled = false;
        worker.once('message', (result) => {
            settled = true;
            resolve(result);
            void worker.terminate();
        });
        worker.once('error', (e) => {
            settled = true;
            reject(e);
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new Error(`secret scanner worker exited with code ${code} before answering`));
        });
        worker.postMessage(sources);
    });
}


/***/ }),

/***/ 7674:
/***/ ((__unused_webpack_module, exports) => {


/** Checksums that token formats carry, so a random look-alike is not reported. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.crc32 = crc32;
exports.base62 = base62;
exports.isValidGitHubTokenChecksum = isValidGitHubTokenChecksum;
const CRC_TABLE = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
})();
/** CRC-32 (IEEE 802.3) of a string's UTF-8 bytes. */
function crc32(text) {
    let crc = 0xffffffff;
    for (const byte of Buffer.from(text, 'utf8'))
        crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62(n, width) {
    let out = '';
    let v = n;
    do {
        out = BASE62[v % 62] + out;
        v = Math.floor(v / 62);
    } while (v > 0);
    return out.padStart(width, '0');
}
/**
 * GitHub's token checksum: the last 6 characters are the base62 CRC32 of the 30 random characters
 * that follow the prefix (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`).
 */
function isValidGitHubTokenChecksum(token) {
    const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(token);
    return !!m && base62(crc32(m[1]), 6) === m[2];
}


/***/ }),

/***/ 7396:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.INTEGRITY = exports.CLI_FLAG = exports.HEX_DIGEST = exports.UUID = exports.PLACEHOLDER = exports.REFERENCE = exports.URL_CREDENTIALS = exports.ASSIGNMENT = exports.MAX_VALUE_LENGTH = exports.GENERIC_KEYWORDS = void 0;
exports.isPlaceholderOrReference = isPlaceholderOrReference;
exports.detectGeneric = detectGeneric;
/**
 * Generic detectors for what no provider rule knows: secret-like keys assigned a literal (YAML,
 * JSON, env files, properties, shell, common languages) and credentials inside URLs. Placeholders
 * and references (`${VAR}`, `process.env.X`, `${{ secrets.X }}`, `<your-token>`) stay quiet.
 */
const key_name_1 = __nccwpck_require__(7116);
exports.GENERIC_KEYWORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'cred', 'auth', '://', 'masterauth'];
/**
 * Longest value the generic detectors take (a longer one is reported by its first characters).
 * Every repeat in the patterns that scan text is bounded: an unbounded one over a multi-megabyte
 * line costs regular-expression stack in proportion to the line.
 */
exports.MAX_VALUE_LENGTH = 4096;
// key ["']? (: | = | := | =>) ["']? value — the key may be quoted, prefixed (export, set, var…) or dotted.
exports.ASSIGNMENT = new RegExp(String.raw `(?<![A-Za-z0-9_.\${-])(?<key>[A-Za-z0-9_.-]{0,64}?(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|client[_.-]?key|cred(?:ential)?s?|auth[_.-]?key)[A-Za-z0-9_.-]{0,64})["']?\s{0,64}(?::=|=>|[:=])\s{0,64}(?<quote>["'\x60]?)(?<value>[^\s"'\x60,;}{)(\]\[]{1,${exports.MAX_VALUE_LENGTH}})`, 'gi');
exports.URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,20}:\/\/(?<user>[^\s:/@'"]{1,64}):(?<pass>[^\s@/'"]{1,256})@[^\s/'"@]{1,256}/gi;
/** Values that point at a secret instead of holding one. */
exports.REFERENCE = /^\\?(?:\$\{|\$\(|\$[A-Za-z_]|%[A-Za-z_]+%|\{\{|<|process\.env|os\.environ|env\.|ENV\[|System\.getenv|getenv|secrets?\.|vault:|ref\+|!)/;
exports.PLACEHOLDER = /^(?:x+|\*+|\.+|-+|_+|#+|none|null|nil|undefined|true|false|yes|no|password|passwd|secret|token|changeme|change_me|changeit|example|sample|dummy|redacted|hidden|masked|placeholder|your[_-].*|my[_-]?(?:password|secret|token)|test|testing|admin|root|user|pass)$/i;
exports.UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
exports.HEX_DIGEST = /^sha\d+[:-](?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
/** Keys that hold a digest or an identifier of a secret, not the secret. */
const DIGEST_KEY = /digest|hash|checksum|sha\d*|integrity|fingerprint|etag|commit|revision|_id$|_ref$/i;
const BARE_HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
/** Identifiers and references to other values (secretKeyRef, var.db_password, os.getenv): no digits, words only. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z_.:-]*$/;
/** Member access in code (`m.groups!.pass`, `config?.token`): an expression, not a literal. */
function isCodeExpression(v) {
    return /^[A-Za-z_$][\w$.!?]*$/.test(v) && /[!?]\./.test(v);
}
/** A base64 value that decodes to a placeholder or a plain word (`cGFzc3dvcmQ=` is "password"). */
function isEncodedPlaceholder(value) {
    if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return false;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return isPlaceholderOrReference(decoded) || /^[a-z]+$/i.test(decoded);
}
// Command-line flags: redis-server --requirepass X, psql --password=X, curl --token X.
exports.CLI_FLAG = new RegExp(String.raw `(?<![A-Za-z0-9-])--(?<flag>requirepass|masterauth|password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token)(?:=|[ \t]{1,64})(?<quote>["']?)(?<value>[^\s"'\x60;|&]{6,${exports.MAX_VALUE_LENGTH}})`, 'gi');
exports.INTEGRITY = /^(?:sha(?:1|256|384|512))-[A-Za-z0-9+/]+={0,2}$/;
function isPlaceholderOrReference(value) {
    const v = value.trim();
    return exports.REFERENCE.test(v) || exports.PLACEHOLDER.test(v) || exports.UUID.test(v) || exports.HEX_DIGEST.test(v) || exports.INTEGRITY.test(v) || /^<.*>$/.test(v) || /^[?:]/.test(v);
}
/**
 * @param rejected where, in `text`, a provider rule recognised a value whose checksum failed: known
 *   fakes, not secrets, and neither is a value that contains one
 */
function detectGeneric(text, rejected = []) {
    const out = [];
    const containsRejected = spanContainment(rejected);
    exports.ASSIGNMENT.lastIndex = 0;
    for (let m = exports.ASSIGNMENT.exec(text); m; m = exports.ASSIGNMENT.exec(text)) {
        const { key, value } = m.groups;
        const offset = m.index + m[0].length - value.length;
        if (isPlaceholderOrReference(value) || IDENTIFIER.test(value) || isCodeExpression(value) || containsRejected(offset, value.length))
            continue;
        if (isEncodedPlaceholder(value))
            continue;
        if (BARE_HEX_DIGEST.test(value) && DIGEST_KEY.test(key))
            continue;
        // camelCase and dotted keys as environment-style names: secretKey -> secret_Key, db.password -> db_password.
        const envKey = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[.-]/g, '_');
        if (!key_name_1.keyNameEntropyDetector.detect({ key: envKey, value }))
            continue;
        out.push({ ruleId: 'generic-secret-assignment', description: `secret assigned to ${key}`, offset, value });
    }
    for (const m of text.matchAll(exports.CLI_FLAG)) {
        const value = m.groups.value;
        if (isPlaceholderOrReference(value) || IDENTIFIER.test(value) || !key_name_1.keyNameEntropyDetector.detect({ key: 'PASSWORD', value }))
            continue;
        out.push({ ruleId: 'generic-secret-assignment', description: `secret passed as --${m.groups.flag}`, offset: (m.index ?? 0) + m[0].length - value.length, value });
    }
    exports.URL_CREDENTIALS.lastIndex = 0;
    for (let m = exports.URL_CREDENTIALS.exec(text); m; m = exports.URL_CREDENTIALS.exec(text)) {
        const pass = m.groups.pass;
        if (isPlaceholderOrReference(pass) || pass.length < 4)
            continue;
        out.push({ ruleId: 'generic-url-credentials', description: 'password in a URL', offset: m.index + m[0].indexOf(`:${pass}@`) + 1, value: pass });
    }
    return out;
}
/**
 * Whether a stretch of the text contains one of the spans: spans sorted by start, and a running
 * minimum of their ends from the right, so each question is one binary search (a line with
 * thousands of fake tokens and assignments stays linear, not quadratic).
 */
function spanContainment(spans) {
    if (!spans.length)
        return () => false;
    const sorted = [...spans].sort((a, b) => a.offset - b.offset);
    const minEndFrom = new Array(sorted.length);
    for (let i = sorted.length - 1, min = Infinity; i >= 0; i--)
        minEndFrom[i] = min = Math.min(min, sorted[i].offset + sorted[i].length);
    return (offset, length) => {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (sorted[mid].offset < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < sorted.length && minEndFrom[lo] <= offset + length;
    };
}


/***/ }),

/***/ 2387:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUPPRESSION_PREFIX = exports.SECRET_RULE_IDS = exports.GENERIC_RULE_IDS = void 0;
exports.secretSuppressionIds = secretSuppressionIds;
/** Every id a secret finding can carry, and the form inline suppressions use (`secrets:<rule-id>`). */
const index_1 = __nccwpck_require__(2117);
exports.GENERIC_RULE_IDS = ['generic-secret-assignment', 'generic-url-credentials', 'kubernetes-secret-data'];
exports.SECRET_RULE_IDS = [...index_1.SECRET_RULES.map((r) => r.id), ...exports.GENERIC_RULE_IDS];
exports.SUPPRESSION_PREFIX = 'secrets:';
function secretSuppressionIds() {
    return new Set(exports.SECRET_RULE_IDS.map((id) => `${exports.SUPPRESSION_PREFIX}${id}`));
}


/***/ }),

/***/ 7116:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keyNameEntropyDetector = void 0;
exports.shannonEntropy = shannonEntropy;
/**
 * Secret-sounding keys (PASSWORD, TOKEN, SECRET, API_KEY, ...) holding a literal that looks random
 * and is not a placeholder or a path.
 */
const redact_1 = __nccwpck_require__(1340);
const SECRET_KEY = /(PASSWORD|PASSWD|PASSPHRASE|_PASS|^PASS|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CLIENT_?KEY|CREDENTIALS?|AUTH_?KEY|_PWD|^PWD)$/i;
const SECRET_KEY_INFIX = /(PASSWORD|SECRET|TOKEN|API_?KEY)_/i;
/** Keys that name where a secret is, or something about it, rather than holding it. */
const NOT_A_SECRET_KEY = /_(FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|USER|USERNAME|NAME|ID|LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|TIMEOUT|ENABLED|DISABLED|HEADER|TYPE|ALGORITHM|METHOD|MODE|FORMAT|PREFIX|ISSUER|AUDIENCE|COOKIE_NAME)$/i;
const REFERENCE = /^(?:\$\{?[A-Za-z_]|<[^>]*>$|\{\{.*\}\}$|%[A-Za-z_]+%$)/;
const PLACEHOLDER_WORD = /change_?me|changeit|replace_?me|placeholder|example|dummy|sample|^your[_-]|todo|fixme|redacted|xxx|\*\*\*/i;
const MIN_LENGTH = 8;
/** Bits per character below which a value looks like a word or a pattern rather than a secret. */
const MIN_ENTROPY = 2.5;
/** Secret-sounding keys (PASSWORD, TOKEN, SECRET, API_KEY...) holding a literal that is not a placeholder. */
exports.keyNameEntropyDetector = {
    id: 'key-name-entropy',
    detect({ key, value }) {
        if (!key || !(SECRET_KEY.test(key) || SECRET_KEY_INFIX.test(key)) || NOT_A_SECRET_KEY.test(key))
            return undefined;
        const v = value.trim();
        if (v.length < MIN_LENGTH || REFERENCE.test(v) || PLACEHOLDER_WORD.test(v) || v.includes('${'))
            return undefined;
        if (/^(true|false|yes|no|on|off|null|none)$/i.test(v) || /^\d+$/.test(v))
            return undefined;
        // Paths such as /run/secrets/db_password point at a secret; they are not one.
        if (/^(\/|\.\/|~\/|file:)/.test(v))
            return undefined;
        if (shannonEntropy(v) < MIN_ENTROPY)
            return undefined;
        return { ruleId: 'secret-assignment', description: 'secret value', redacted: (0, redact_1.redactSecret)(v) };
    },
};
/** Shannon entropy in bits per character. */
function shannonEntropy(s) {
    const counts = new Map();
    for (const ch of s)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}


/***/ }),

/***/ 7762:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scanKubernetesSecrets = scanKubernetesSecrets;
/**
 * Kubernetes `Secret` manifests: each `data:` value is base64-decoded and scanned with the rules
 * and, because the key names the value (`password: cGFzc3dvcmQ=`), with the key-aware detector.
 * Findings point at the data key's line.
 */
const key_name_1 = __nccwpck_require__(7116);
const generic_1 = __nccwpck_require__(7396);
const scan_1 = __nccwpck_require__(3968);
const yaml_tree_1 = __nccwpck_require__(3183);
function scanKubernetesSecrets(file, text, options) {
    if (!/^kind:[ \t]{0,64}["']?Secret["']?[ \t\r]{0,64}$/m.test(text))
        return [];
    const out = [];
    const parsed = (0, yaml_tree_1.parseYaml)(file, text);
    for (const doc of parsed.documents) {
        const root = doc.root;
        if (root?.kind !== 'map' || (0, yaml_tree_1.toPlain)(root.entries.get('kind')) !== 'Secret')
            continue;
        const data = root.entries.get('data');
        if (data?.kind !== 'map')
            continue;
        for (const [key, node] of data.entries) {
            if (node.kind !== 'scalar' || typeof node.value !== 'string')
                continue;
            const at = node.keyLoc ?? node.loc;
            if (options.lines && !options.lines.has(at.line))
                continue;
            const decoded = Buffer.from(node.value.replace(/\s+/g, ''), 'base64').toString('utf8');
            if (!decoded || (0, generic_1.isPlaceholderOrReference)(decoded))
                continue;
            const position = { file, line: at.line, column: at.column, endColumn: at.column + key.length, encoding: 'base64' };
            const byRule = (0, scan_1.scanText)(file, decoded, { ...options, lines: undefined });
            if (byRule.length) {
                for (const f of byRule)
                    out.push({ ...f, ...position });
                continue;
            }
            const envKey = key.replace(/[.-]/g, '_');
            if (key_name_1.keyNameEntropyDetector.detect({ key: envKey, value: decoded.trim() })) {
                out.push({ ruleId: 'kubernetes-secret-data', provider: 'generic', description: `Kubernetes Secret value ${key}`, ...position, value: decoded.trim() });
            }
        }
    }
    return out;
}


/***/ }),

/***/ 1340:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.redactSecret = redactSecret;
/**
 * The only form in which a found secret is ever shown: its first characters and its length.
 * Four characters for tokens of 16 characters or more (`ghp_…(40 chars)`); fewer for shorter values,
 * so a short password never shows a meaningful part of itself.
 */
function redactSecret(value) {
    const shown = Math.min(4, Math.floor(value.length / 4));
    return `${value.slice(0, shown)}…(${value.length} chars)`;
}


/***/ }),

/***/ 9815:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineSecretRule = defineSecretRule;
function defineSecretRule(rule) {
    return rule;
}


/***/ }),

/***/ 3473:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Patterns for secrets whose format has no fixed prefix: the value only counts when it is assigned
 * to a name that mentions the provider (`CLOUDFLARE_API_TOKEN=…`, `"zendesk_token": "…"`,
 * `sumo.accessKey: …`). Names are matched case-insensitively; in a name, `_` stands for an
 * optional `_`, `.` or `-` (so `cf_token` also matches `CF-TOKEN` and `cfToken`).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UUID = void 0;
exports.caseless = caseless;
exports.assignmentPrefix = assignmentPrefix;
exports.assignedTo = assignedTo;
exports.characterClasses = characterClasses;
exports.isMixedAlphanumeric = isMixedAlphanumeric;
/** `cloud_flare` -> `[cC][lL]…[_.-]?[fF]…`: a case-insensitive, separator-tolerant name. */
function caseless(name) {
    let out = '';
    for (const ch of name) {
        if (/[a-z]/i.test(ch))
            out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
        else if (ch === '_')
            out += '[_.-]?';
        else
            out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return out;
}
/**
 * The name and the assignment operator before a value: `name…` (up to 40 more name characters),
 * an optional closing quote, then `=`, `:`, `:=`, `=>`, `,` or whitespace, then an optional quote.
 */
function assignmentPrefix(names, options = {}) {
    const name = `(?:${names.map(caseless).join('|')})`;
    const exclude = options.notFollowedBy?.length
        ? `(?![A-Za-z0-9_.-]{0,40}?(?:${options.notFollowedBy.map(caseless).join('|')}))`
        : '';
    return `${name}${exclude}[A-Za-z0-9_.-]{0,40}?["'\`]?[ \\t]{0,4}(?::=|=>|[=:,]|[ \\t])[ \\t]{0,4}["'\`]?`;
}
/** A value of the given shape (a regex source) assigned to a name mentioning the provider. */
function assignedTo(names, value, options = {}) {
    return new RegExp(`${assignmentPrefix(names, options)}(?<secret>${value})${options.end ?? '(?![A-Za-z0-9_+/=-])'}`);
}
/** Lowercase, uppercase and digits: how many of the three a value uses. */
function characterClasses(value) {
    return Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value));
}
/** Random alphanumeric secrets use letters and digits; words, hex digests and placeholders mostly don't. */
function isMixedAlphanumeric(value) {
    return characterClasses(value) >= 2 && /[0-9]/.test(value) && !/^[0-9a-f]+$/.test(value);
}
exports.UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';


/***/ }),

/***/ 9338:
/***/ ((__unused_webpack_module, exports) => {


/** Tokens that carry base64-encoded JSON (JWT segments, Grafana and 1Password tokens, Mapbox tokens). */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeBase64 = decodeBase64;
exports.decodeBase64Json = decodeBase64Json;
/** Decodes standard or URL-safe base64, padded or not; undefined when it is not valid base64. */
function decodeBase64(text) {
    const normal = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
    if (!/^[A-Za-z0-9+/]*$/.test(normal) || normal.length % 4 === 1)
        return undefined;
    return Buffer.from(normal, 'base64').toString('utf8');
}
/** The JSON object a base64 string encodes, or undefined when it is not one. */
function decodeBase64Json(text) {
    const decoded = decodeBase64(text);
    if (decoded === undefined)
        return undefined;
    try {
        const value = JSON.parse(decoded);
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined; // Not JSON: the string only looks like an encoded token.
    }
}


/***/ }),

/***/ 5599:
/***/ ((__unused_webpack_module, exports) => {


/** Bech32 (BIP 173) checksum verification, used by age secret keys (`AGE-SECRET-KEY-1…`). */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BECH32_CHARSET = void 0;
exports.isValidBech32 = isValidBech32;
exports.bech32Checksum = bech32Checksum;
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values) {
    let chk = 1;
    for (const v of values) {
        const top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                chk ^= GENERATOR[i];
    }
    return chk >>> 0;
}
function expandHrp(hrp) {
    const out = [];
    for (const c of hrp)
        out.push(c.charCodeAt(0) >> 5);
    out.push(0);
    for (const c of hrp)
        out.push(c.charCodeAt(0) & 31);
    return out;
}
/** True when `text` (any single case) is a Bech32 string with a valid checksum. */
function isValidBech32(text) {
    if (text !== text.toLowerCase() && text !== text.toUpperCase())
        return false;
    const s = text.toLowerCase();
    const sep = s.lastIndexOf('1');
    if (sep < 1 || sep + 7 > s.length)
        return false;
    const data = [];
    for (const c of s.slice(sep + 1)) {
        const v = CHARSET.indexOf(c);
        if (v < 0)
            return false;
        data.push(v);
    }
    return polymod([...expandHrp(s.slice(0, sep)), ...data]) === 1;
}
/** The six checksum characters for `hrp` and 5-bit `data` (tests build valid keys with it). */
function bech32Checksum(hrp, data) {
    const mod = polymod([...expandHrp(hrp.toLowerCase()), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
    let out = '';
    for (let i = 0; i < 6; i++)
        out += CHARSET[(mod >>> (5 * (5 - i))) & 31];
    return out;
}
exports.BECH32_CHARSET = CHARSET;


/***/ }),

/***/ 3344:
/***/ ((__unused_webpack_module, exports) => {


/**
 * PEM private-key headers. The keyword prefilter works line by line, so a rule sees the
 * `-----BEGIN … PRIVATE KEY-----` line, not the key body on the lines below it. The header counts
 * when it ends its line (a real PEM file or block scalar), or when an escaped newline and the body
 * follow on the same line (JSON, env files); then the first body line is part of the secret.
 * Headers quoted inside code (`startsWith('-----BEGIN …')`) or followed by `\n...` placeholders do not count.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pemHeaderPattern = pemHeaderPattern;
exports.hasRandomBodyOrNone = hasRandomBodyOrNone;
/** A base64 body line at least this long after an escaped newline makes the header a real key. */
const BODY = String.raw `[A-Za-z0-9+/]{16,4096}={0,2}`;
/** Armor headers that may follow the BEGIN line of a PGP block or a legacy encrypted PEM key. */
const ARMOR_HEADER = String.raw `(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):`;
const ESCAPED_NEWLINE = String.raw `(?:\\r)?\\n`;
function pemHeaderPattern(label) {
    const header = `-----BEGIN ${label}-----`;
    return new RegExp(`(?<secret>${header}(?:(?:${ESCAPED_NEWLINE}|[ \\t])?${BODY}|(?=[ \\t\\r]{0,256}$|(?:${ESCAPED_NEWLINE}){1,8}${ARMOR_HEADER}|(?:${ESCAPED_NEWLINE}){2}${BODY})))`);
}
/** A body included in the secret must look random, not `AAAAAAAAAAAAAAAAAAAA` or `xxxxxxxx…`. */
function hasRandomBodyOrNone(secret) {
    const body = secret.replace(/^-----BEGIN [A-Z0-9 ]+-----(?:\\r)?(?:\\n)?[ \t]?/, '');
    if (!body)
        return true;
    return new Set(body).size >= 12;
}


/***/ }),

/***/ 5893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `AQE` + a base64 block, `-`, a 44-character base64 block, then a short tail; the finding covers
 * the two base64 blocks.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'adyen-api-key',
    provider: 'Adyen',
    description: 'Adyen API key',
    keywords: ['aqe'],
    pattern: /\b(?<secret>AQE[A-Za-z0-9+\/]{40,400}={0,2}-[A-Za-z0-9+\/]{43}=)/,
    minEntropy: 4,
});


/***/ }),

/***/ 4886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Sixty-four uppercase hex characters assigned to an Adyen name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'adyen-hmac-key',
    provider: 'Adyen',
    description: 'Adyen webhook HMAC key',
    keywords: ['adyen'],
    pattern: (0, _assignment_1.assignedTo)(['adyen'], '[A-F0-9]{64}'),
    minEntropy: 3,
});


/***/ }),

/***/ 9389:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _bech32_1 = __nccwpck_require__(5599);
/**
 * age X25519 identities: `AGE-SECRET-KEY-1` and 58 Bech32 characters, uppercase. The Bech32
 * checksum is verified.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'age-secret-key',
    provider: 'age',
    description: 'age encryption secret key',
    keywords: ['age-secret-key-1'],
    pattern: /\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
    validate: _bech32_1.isValidBech32,
});


/***/ }),

/***/ 7989:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Airtable personal access tokens: `pat`, a 14-character id, `.`, and 64 hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'airtable-personal-access-token',
    provider: 'Airtable',
    description: 'Airtable personal access token',
    keywords: ['pat'],
    pattern: /\b(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 31:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Algolia API keys: 32 lowercase hex digits, assigned to a name that mentions Algolia. Search-only
 * keys are meant to be public, so names with `search` or `public` do not count.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'algolia-admin-api-key',
    provider: 'Algolia',
    description: 'Algolia admin or write API key',
    keywords: ['algolia'],
    pattern: (0, _assignment_1.assignedTo)(['algolia'], '[a-f0-9]{32}', { notFollowedBy: ['search', 'public', 'app_id', 'application_id'] }),
    minEntropy: 3,
});


/***/ }),

/***/ 3130:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Alibaba Cloud AccessKey IDs: `LTAI` and 12 to 26 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'alibaba-access-key-id',
    provider: 'Alibaba Cloud',
    description: 'Alibaba Cloud AccessKey ID',
    keywords: ['ltai'],
    pattern: /\b(?<secret>LTAI[A-Za-z0-9]{12,26})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 7039:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Alibaba Cloud AccessKey secrets: 30 alphanumerics, assigned to an Alibaba/Aliyun name or an
 * `access_key_secret` (the Alibaba SDK's own name for it).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'alibaba-access-key-secret',
    provider: 'Alibaba Cloud',
    description: 'Alibaba Cloud AccessKey secret',
    keywords: ['alibaba', 'aliyun', 'alicloud', 'access_key_secret', 'accesskeysecret'],
    pattern: (0, _assignment_1.assignedTo)(['alibaba', 'aliyun', 'alicloud', 'access_key_secret'], '[A-Za-z0-9]{30}'),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.5,
});


/***/ }),

/***/ 9109:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sk-ant-admin01-` + 93 base64url characters + `AA`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'anthropic-admin-key',
    provider: 'Anthropic',
    description: 'Anthropic Admin API key',
    keywords: ['sk-ant-admin01-'],
    pattern: /\b(?<secret>sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 234:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sk-ant-api03-` + 93 base64url characters + `AA`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'anthropic-api-key',
    provider: 'Anthropic',
    description: 'Anthropic API key',
    keywords: ['sk-ant-api03-'],
    pattern: /\b(?<secret>sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 3731:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Asana personal access tokens: `1/<user gid>:<32 hex>` or, since 2023, `2/<user gid>/<token gid>:<32 hex>`.
 * Only on a line that mentions Asana.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'asana-personal-access-token',
    provider: 'Asana',
    description: 'Asana personal access token',
    keywords: ['asana'],
    pattern: /(?<![\w/])(?<secret>(?:1\/\d{8,20}|2\/\d{8,20}\/\d{8,20}):[a-f0-9]{32})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 7178:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Twenty-four base62 characters assigned to a Jira, Confluence or Atlassian name. Mixed case is
 * required, so 24-hex Atlassian account IDs are not reported.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'atlassian-api-token-legacy',
    provider: 'Atlassian',
    description: 'Atlassian API token (legacy 24-character format)',
    keywords: ['jira', 'confluence', 'atlassian'],
    pattern: (0, _assignment_1.assignedTo)(['jira', 'confluence', 'atlassian'], '[A-Za-z0-9]{24}'),
    minEntropy: 3.5,
    validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret),
});


/***/ }),

/***/ 544:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `ATATT3xFfGF0` + base64url characters, ending in an 8-hex checksum.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'atlassian-api-token',
    provider: 'Atlassian',
    description: 'Atlassian API token (Jira, Confluence)',
    keywords: ['atatt3xffgf0'],
    pattern: /\b(?<secret>ATATT3xFfGF0[A-Za-z0-9_=-]{100,250})(?![A-Za-z0-9_=-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-access-key-id',
    provider: 'AWS',
    description: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
    documentedExamples: ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'],
});


/***/ }),

/***/ 72:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/** The base64 after `ABSK` decodes to `BedrockAPIKey-<id>-at-<12-digit account>:<secret>`. */
function isBedrockKey(secret) {
    const decoded = Buffer.from(secret.slice(4), 'base64').toString('utf8');
    return /^BedrockAPIKey-[A-Za-z0-9-]+-at-\d{12}:[A-Za-z0-9+/=]{20,}$/.test(decoded);
}
/**
 * `ABSK` + base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`; the decoded form is checked.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-bedrock-api-key',
    provider: 'AWS',
    description: 'Amazon Bedrock long-term API key',
    keywords: ['absk'],
    pattern: /\b(?<secret>ABSK[A-Za-z0-9+\/]{100,300}={0,2})(?![A-Za-z0-9+\/=])/,
    validate: isBedrockKey,
});


/***/ }),

/***/ 3368:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `bedrock-api-key-` + base64 of a presigned `bedrock.amazonaws.com/?Action=CallWithBearerToken&…` URL.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-bedrock-short-term-api-key',
    provider: 'AWS',
    description: 'Amazon Bedrock short-term API key (presigned bearer token)',
    keywords: ['bedrock-api-key-'],
    pattern: /\b(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+\/]{100,4000}={0,2})(?![A-Za-z0-9+\/=])/,
    minEntropy: 4,
});


/***/ }),

/***/ 5043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-mws-auth-token',
    provider: 'AWS',
    description: 'Amazon Marketplace Web Service (MWS) auth token',
    keywords: ['amzn.mws.'],
    pattern: /\b(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
});


/***/ }),

/***/ 986:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Forty base64 characters with no prefix of their own: reported only when assigned to an AWS secret name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-secret-access-key',
    provider: 'AWS',
    description: 'AWS secret access key',
    keywords: ['aws_secret', 'aws-secret', 'aws.secret', 'awssecret', 'secret_access_key', 'secret-access-key', 'secret.access.key', 'secretaccesskey'],
    pattern: (0, _assignment_1.assignedTo)(['aws_secret', 'secret_access_key'], '[A-Za-z0-9/+]{40}'),
    minEntropy: 4,
    validate: (secret) => !secret.endsWith('EXAMPLEKEY'),
    documentedExamples: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'],
});


/***/ }),

/***/ 5513:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * STS session tokens are long base64 blobs whose first bytes are fixed, so their base64 starts with
 * one of a few known prefixes (`IQoJb3JpZ2luX2Vj`, `FwoGZXIvYXdz`, `FQoGZXIvYXdz`, `AQoDYXdzE`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-session-token',
    provider: 'AWS',
    description: 'AWS STS session token',
    keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdz', 'fqogzxivyxdz', 'aqodyxdze'],
    pattern: /(?<![A-Za-z0-9+\/])(?<secret>(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz|AQoDYXdzE)[A-Za-z0-9+\/]{100,2000}={0,2})(?![A-Za-z0-9+\/=])/,
    minEntropy: 4.5,
    validate: (secret) => !secret.includes('EXAMPLE'),
});


/***/ }),

/***/ 7361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Three characters, a version digit, `Q~`, then 31 to 34 characters of `[A-Za-z0-9_~.-]`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-ad-client-secret',
    provider: 'Azure',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 3427:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 76 base64 characters, the signature `APIM`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-apim-identifiable-key',
    provider: 'Azure',
    description: 'Azure API Management key (identifiable format)',
    keywords: ['apim'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{76}APIM[A-Za-z0-9+\/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 6750:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 76 base64 characters, the signature `+ABa`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-batch-identifiable-key',
    provider: 'Azure',
    description: 'Azure Batch account key (identifiable format)',
    keywords: ['+aba'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{76}\+ABa[A-Za-z0-9+\/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 88:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 33 base64 characters, the signature `AzCa`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-cache-for-redis-identifiable-key',
    provider: 'Azure',
    description: 'Azure Cache for Redis access key (identifiable format)',
    keywords: ['azca'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{33}AzCa[A-P][A-Za-z0-9+\/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8333:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * The 84-character "common annotated security key" format Microsoft uses for newer keys (Azure AI
 * services, Azure OpenAI, …): 52 characters, `JQQJ9`, a version and date block, a 4-character provider
 * signature at 76 and a checksum. Azure DevOps PATs (`AZDO`) have their own rule.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-common-annotated-key',
    provider: 'Azure',
    description: 'Microsoft common annotated security key (Azure AI services and others)',
    keywords: ['jqqj9'],
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}(?!AZDO)[A-Za-z][A-Za-z0-9]{7})(?![A-Za-z0-9])/,
    minEntropy: 4,
});


/***/ }),

/***/ 4841:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 42 base64 characters, the signature `+ACR`, a version character and 5 more
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-container-registry-identifiable-key',
    provider: 'Azure',
    description: 'Azure Container Registry access key (identifiable format)',
    keywords: ['+acr'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{42}\+ACR[A-D][A-Za-z0-9+\/]{5})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 76 base64 characters, the signature `ACDb`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-cosmosdb-identifiable-key',
    provider: 'Azure',
    description: 'Azure Cosmos DB account key (identifiable format)',
    keywords: ['acdb'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{76}ACDb[A-Za-z0-9+\/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 4795:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * 86 base64 characters + `==` assigned to a Cosmos name. The emulator key is public documentation.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-cosmosdb-key',
    provider: 'Azure',
    description: 'Azure Cosmos DB account key',
    keywords: ['cosmos'],
    pattern: (0, _assignment_1.assignedTo)(['cosmos'], '[A-Za-z0-9+/]{86}=='),
    minEntropy: 4,
    documentedExamples: ['C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='],
});


/***/ }),

/***/ 3760:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Fifty-two lowercase base32 characters assigned to an Azure DevOps name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-devops-pat-legacy',
    provider: 'Azure',
    description: 'Azure DevOps personal access token (legacy format)',
    keywords: ['azure_devops', 'azure-devops', 'azure.devops', 'azuredevops', 'azdo', 'ado_pat', 'ado-pat', 'ado.pat', 'adopat', 'ado_token', 'ado-token', 'ado.token', 'adotoken', 'devops_pat', 'devops-pat', 'devops.pat', 'devopspat', 'vsts'],
    pattern: (0, _assignment_1.assignedTo)(['azure_devops', 'azdo', 'ado_pat', 'ado_token', 'devops_pat', 'vsts'], '[a-z2-7]{52}', { end: '(?![A-Za-z0-9])' }),
    minEntropy: 4,
});


/***/ }),

/***/ 9746:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * The 84-character identifiable format (`JQQJ9…` at 52, `AZDO` at 76), or the legacy 52 lowercase
 * base32 characters when assigned to an Azure DevOps name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-devops-pat',
    provider: 'Azure',
    description: 'Azure DevOps personal access token',
    keywords: ['azdo'],
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/,
    minEntropy: 4,
});


/***/ }),

/***/ 5639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 33 base64 characters, the signature `AZEG`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-event-grid-identifiable-key',
    provider: 'Azure',
    description: 'Azure Event Grid access key (identifiable format)',
    keywords: ['azeg'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{33}AZEG[A-P][A-Za-z0-9+\/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 6308:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 33 base64 characters, the signature `+AEh`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-event-hub-identifiable-key',
    provider: 'Azure',
    description: 'Azure Event Hubs access key (identifiable format)',
    keywords: ['+aeh'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{33}\+AEh[A-P][A-Za-z0-9+\/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 44 base64 characters, the signature `AzFu`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-function-identifiable-key',
    provider: 'Azure',
    description: 'Azure Functions access key (identifiable format)',
    keywords: ['azfu'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9_\-]{44}AzFu[A-Za-z0-9_\-]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5978:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 33 base64 characters, the signature `AIoT`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-iot-identifiable-key',
    provider: 'Azure',
    description: 'Azure IoT Hub, device or provisioning key (identifiable format)',
    keywords: ['aiot'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{33}AIoT[A-P][A-Za-z0-9+\/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 9614:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * A workflow trigger URL with its `sig=` signature: anyone holding it can start the workflow
 * (Teams "Workflows" incoming webhooks are such URLs).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-logic-app-trigger-url',
    provider: 'Azure',
    description: 'Azure Logic Apps / Power Automate HTTP trigger URL (Teams workflow webhook)',
    keywords: ['logic.azure.com', 'powerplatform.com'],
    // Every repetition is bounded: an unbounded host or path made the pattern quadratic on long lines.
    pattern: /(?<secret>https:\/\/[A-Za-z0-9.-]{1,253}\.(?:logic\.azure\.com|environment\.api\.powerplatform\.com)(?::443)?\/(?:[^\s"'<>?]{0,512}\/)?workflows\/[0-9a-f]{32}\/triggers\/[A-Za-z0-9_-]{1,128}\/paths\/invoke\/?\?[^\s"'<>]{0,512}?sig=[A-Za-z0-9_%-]{43,64})/,
});


/***/ }),

/***/ 4082:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Thirty-two hex characters assigned to an Azure OpenAI or Cognitive Services name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-openai-api-key',
    provider: 'Azure',
    description: 'Azure OpenAI / Azure AI services key (32-hex format)',
    keywords: ['azure_openai', 'azure-openai', 'azure.openai', 'azureopenai', 'aoai', 'cognitive_services', 'cognitive-services', 'cognitive.services', 'cognitiveservices', 'azure_cognitive', 'azure-cognitive', 'azure.cognitive', 'azurecognitive'],
    pattern: (0, _assignment_1.assignedTo)(['azure_openai', 'aoai', 'cognitive_services', 'azure_cognitive'], '[a-f0-9]{32}'),
    minEntropy: 3,
});


/***/ }),

/***/ 9065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 33 base64 characters, the signature `+ARm`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-relay-identifiable-key',
    provider: 'Azure',
    description: 'Azure Relay access key (identifiable format)',
    keywords: ['+arm'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{33}\+ARm[A-P][A-Za-z0-9+\/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 2174:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/** The signature is base64 of an HMAC-SHA256: 32 bytes once URL- and base64-decoded. */
function isSha256Signature(secret) {
    try {
        return Buffer.from(decodeURIComponent(secret), 'base64').length === 32;
    }
    catch {
        return false; // Not valid percent-encoding.
    }
}
/**
 * The `sig=` parameter of a SAS URL or token: a URL-encoded base64 HMAC-SHA256, so it must decode to
 * exactly 32 bytes.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-sas-token',
    provider: 'Azure',
    description: 'Azure shared access signature (SAS) token',
    keywords: ['sig='],
    pattern: /[?&;]sig=(?<secret>(?:[A-Za-z0-9+\/]|%2[BbFf]){43}(?:=|%3[Dd]))/,
    minEntropy: 3.5,
    validate: isSha256Signature,
});


/***/ }),

/***/ 1850:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 42 base64 characters, the signature `AzSe`, a version character and 5 more
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-search-identifiable-key',
    provider: 'Azure',
    description: 'Azure AI Search admin or query key (identifiable format)',
    keywords: ['azse'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{42}AzSe[A-D][A-Za-z0-9+\/]{5})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8802:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 33 base64 characters, the signature `+ASb`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-service-bus-identifiable-key',
    provider: 'Azure',
    description: 'Azure Service Bus access key (identifiable format)',
    keywords: ['+asb'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{33}\+ASb[A-P][A-Za-z0-9+\/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8790:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
function isThirtyTwoBytes(secret) {
    return Buffer.from(secret, 'base64').length === 32;
}
/**
 * `SharedAccessKey=` in a messaging connection string: base64 of a 32-byte key (43 characters + `=`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-service-bus-shared-access-key',
    provider: 'Azure',
    description: 'Azure Service Bus / Event Hubs / Relay shared access key',
    keywords: ['sharedaccesskey='],
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+\/]{43}=)(?![A-Za-z0-9+\/=])/,
    minEntropy: 4,
    validate: isThirtyTwoBytes,
});


/***/ }),

/***/ 5307:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Identifiable key: 76 base64 characters, the signature `+ASt`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-storage-account-identifiable-key',
    provider: 'Azure',
    description: 'Azure Storage account access key (identifiable format)',
    keywords: ['+ast'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+\/]{76}\+ASt[A-Za-z0-9+\/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 222:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * 86 base64 characters + `==` assigned to an Azure storage name (`AZURE_STORAGE_KEY`, `storageAccountKey`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-storage-account-key',
    provider: 'Azure',
    description: 'Azure Storage account access key',
    keywords: ['azure_storage', 'azure-storage', 'azure.storage', 'azurestorage', 'storage_account_key', 'storage-account-key', 'storage.account.key', 'storageaccountkey', 'storage_key', 'storage-key', 'storage.key', 'storagekey'],
    pattern: (0, _assignment_1.assignedTo)(['azure_storage', 'storage_account_key', 'storage_key'], '[A-Za-z0-9+/]{86}=='),
    minEntropy: 4,
    documentedExamples: ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='],
});


/***/ }),

/***/ 2187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `AccountKey=` + 86 base64 characters + `==` (a 64-byte key), as in
 * `DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net`.
 * The well-known Azurite and Cosmos DB emulator keys are documentation, not secrets.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-storage-connection-string-key',
    provider: 'Azure',
    description: 'Azure Storage or Cosmos DB account key in a connection string',
    keywords: ['accountkey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+\/]{86}==)(?![A-Za-z0-9+\/=])/,
    minEntropy: 4,
    documentedExamples: ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==', 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='],
});


/***/ }),

/***/ 4271:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `ATCTT3xFfGN0` + base64url characters, ending in an 8-hex checksum.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'bitbucket-access-token',
    provider: 'Bitbucket',
    description: 'Bitbucket repository, project or workspace access token',
    keywords: ['atctt3xffgn0'],
    pattern: /\b(?<secret>ATCTT3xFfGN0[A-Za-z0-9_=-]{100,250})(?![A-Za-z0-9_=-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 9330:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `ATBB` + base62 characters (32 in the tokens seen so far).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'bitbucket-app-password',
    provider: 'Bitbucket',
    description: 'Bitbucket app password',
    keywords: ['atbb'],
    pattern: /\b(?<secret>ATBB[A-Za-z0-9]{28,60})\b/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Bitwarden Secrets Manager machine-account access tokens: `0.`, the client id (UUID), `.`,
 * a 30-character client secret, `:`, and a base64 encryption key. Only on a line that mentions
 * Bitwarden or `BWS_`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'bitwarden-access-token',
    provider: 'Bitwarden',
    description: 'Bitwarden Secrets Manager access token',
    keywords: ['bitwarden', 'bws_'],
    pattern: new RegExp(`(?<![\\w.])(?<secret>0\\.${_assignment_1.UUID}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])`),
    minEntropy: 3.5,
});


/***/ }),

/***/ 4671:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Box developer tokens and client secrets: 32 alphanumerics, assigned to a Box token or secret name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'box-developer-token',
    provider: 'Box',
    description: 'Box developer token or client secret',
    keywords: ['box_developer', 'box_access_token', 'box_client_secret', 'box_token'],
    pattern: (0, _assignment_1.assignedTo)(['box_developer_token', 'box_access_token', 'box_client_secret', 'box_token'], '[A-Za-z0-9]{32}'),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5624:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `access_token$production$<16 characters>$<32 hex>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'braintree-access-token',
    provider: 'PayPal',
    description: 'PayPal Braintree production access token',
    keywords: ['access_token$production$'],
    pattern: /\b(?<secret>access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 2738:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `access_token$sandbox$<16 characters>$<32 hex>`: sandbox only, reported separately from production.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'braintree-sandbox-access-token',
    provider: 'PayPal',
    description: 'PayPal Braintree sandbox access token',
    keywords: ['access_token$sandbox$'],
    pattern: /\b(?<secret>access_token\$sandbox\$[a-z0-9]{16}\$[a-f0-9]{32})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 3990:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xkeysib-` + 64 lowercase hex + `-` + 16 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'brevo-api-key',
    provider: 'Brevo',
    description: 'Brevo (Sendinblue) API key',
    keywords: ['xkeysib-'],
    pattern: /\b(?<secret>xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 3956:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xsmtpsib-` + 64 lowercase hex + `-` + 16 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'brevo-smtp-key',
    provider: 'Brevo',
    description: 'Brevo (Sendinblue) SMTP key',
    keywords: ['xsmtpsib-'],
    pattern: /\b(?<secret>xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 4870:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * BrowserStack access keys: 20 alphanumerics, assigned to a name that mentions BrowserStack.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'browserstack-access-key',
    provider: 'BrowserStack',
    description: 'BrowserStack access key',
    keywords: ['browserstack'],
    pattern: (0, _assignment_1.assignedTo)(['browserstack'], '[A-Za-z0-9]{20}', { notFollowedBy: ['user', 'username', 'build', 'project', 'local_identifier'] }),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.3,
});


/***/ }),

/***/ 1082:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Buildkite user API access tokens: `bkua_` and 40 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'buildkite-api-access-token',
    provider: 'Buildkite',
    description: 'Buildkite API access token',
    keywords: ['bkua_'],
    pattern: /\b(?<secret>bkua_[a-f0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 3463:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * CircleCI personal API tokens: `CCIPAT_`, 22 alphanumerics, `_`, 40 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'circleci-personal-api-token',
    provider: 'CircleCI',
    description: 'CircleCI personal API token',
    keywords: ['ccipat_'],
    pattern: /\b(?<secret>CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 9852:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * CircleCI project API tokens: `CCIPRJ_`, 22 alphanumerics, `_`, 40 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'circleci-project-api-token',
    provider: 'CircleCI',
    description: 'CircleCI project API token',
    keywords: ['cciprj_'],
    pattern: /\b(?<secret>CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Clojars deploy tokens: `CLOJARS_` and 60 lowercase alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'clojars-deploy-token',
    provider: 'Clojars',
    description: 'Clojars deploy token',
    keywords: ['clojars_'],
    pattern: /\b(?<secret>CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 6511:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Cloudflare API tokens: 40 base64url characters with no prefix, so only when assigned to a name
 * that mentions Cloudflare (`CLOUDFLARE_API_TOKEN`, `CF_API_TOKEN`, `CF_DNS_API_TOKEN`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'cloudflare-api-token',
    provider: 'Cloudflare',
    description: 'Cloudflare API token',
    keywords: ['cloudflare', 'cf_api_token', 'cf_token', 'cf_dns_api_token', 'cf_zone_api_token'],
    pattern: (0, _assignment_1.assignedTo)(['cloudflare', 'cf_api_token', 'cf_token', 'cf_dns_api_token', 'cf_zone_api_token'], '[A-Za-z0-9_-]{40}'),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.5,
});


/***/ }),

/***/ 7671:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Cloudflare global API keys: 37 lowercase hex digits, assigned to a Cloudflare name or sent as `X-Auth-Key`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'cloudflare-global-api-key',
    provider: 'Cloudflare',
    description: 'Cloudflare global API key',
    keywords: ['cloudflare', 'cf_api_key', 'cf_key', 'x-auth-key'],
    pattern: (0, _assignment_1.assignedTo)(['cloudflare', 'cf_api_key', 'cf_key', 'x-auth-key'], '[a-f0-9]{37}'),
    minEntropy: 3,
});


/***/ }),

/***/ 3232:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Cloudflare Origin CA keys: `v1.0-`, 24 hex digits, `-`, and 146 hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'cloudflare-origin-ca-key',
    provider: 'Cloudflare',
    description: 'Cloudflare Origin CA key',
    keywords: ['v1.0-'],
    pattern: /\b(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 3298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Codecov upload tokens: a UUID assigned to a name that mentions Codecov (`CODECOV_TOKEN`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'codecov-upload-token',
    provider: 'Codecov',
    description: 'Codecov upload token',
    keywords: ['codecov'],
    pattern: (0, _assignment_1.assignedTo)(['codecov'], _assignment_1.UUID),
});


/***/ }),

/***/ 970:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
const _assignment_2 = __nccwpck_require__(3473);
/**
 * Forty base62 characters assigned to a Cohere name (`COHERE_API_KEY`, `CO_API_KEY`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'cohere-api-key',
    provider: 'Cohere',
    description: 'Cohere API key',
    keywords: ['cohere', 'co_api_key', 'co-api-key', 'co.api.key', 'coapikey'],
    pattern: (0, _assignment_2.assignedTo)(['cohere', 'co_api_key'], '[A-Za-z0-9]{40}'),
    minEntropy: 4,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 1685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
const _assignment_2 = __nccwpck_require__(3473);
/**
 * Thirty-two base62 characters assigned to a Coinbase name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'coinbase-api-secret',
    provider: 'Coinbase',
    description: 'Coinbase API secret (legacy key pair)',
    keywords: ['coinbase'],
    pattern: (0, _assignment_2.assignedTo)(['coinbase'], '[A-Za-z0-9]{32}'),
    minEntropy: 4,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 1621:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Contentful personal access tokens (Content Management API): `CFPAT-` and 43 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'contentful-personal-access-token',
    provider: 'Contentful',
    description: 'Contentful personal access token',
    keywords: ['cfpat-'],
    pattern: /\b(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5614:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Databricks personal access tokens: `dapi`, 32 lowercase hex digits, optionally `-<digit>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'databricks-access-token',
    provider: 'Databricks',
    description: 'Databricks personal access token',
    keywords: ['dapi'],
    pattern: /\b(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Thirty-two lowercase hex characters assigned to a Datadog API-key name (`DD_API_KEY`, `datadog_api_key`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'datadog-api-key',
    provider: 'Datadog',
    description: 'Datadog API key',
    keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'dd.api.key', 'ddapikey'],
    pattern: (0, _assignment_1.assignedTo)(['datadog', 'dd_api_key'], '[a-f0-9]{32}'),
    minEntropy: 3,
});


/***/ }),

/***/ 9283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Forty lowercase hex characters assigned to a Datadog application-key name (`DD_APP_KEY`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'datadog-app-key',
    provider: 'Datadog',
    description: 'Datadog application key',
    keywords: ['datadog', 'dd_app_key', 'dd-app-key', 'dd.app.key', 'ddappkey', 'dd_application_key', 'dd-application-key', 'dd.application.key', 'ddapplicationkey'],
    pattern: (0, _assignment_1.assignedTo)(['datadog', 'dd_app_key', 'dd_application_key'], '[a-f0-9]{40}'),
    minEntropy: 3,
});


/***/ }),

/***/ 3736:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * `sk-` + 32 lowercase hex characters assigned to a DeepSeek name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'deepseek-api-key',
    provider: 'DeepSeek',
    description: 'DeepSeek API key',
    keywords: ['deepseek'],
    pattern: (0, _assignment_1.assignedTo)(['deepseek'], 'sk-[a-f0-9]{32}'),
    minEntropy: 3,
});


/***/ }),

/***/ 2132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Defined Networking API keys: `dnkey-`, 26 characters, `-`, 52 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'defined-networking-api-key',
    provider: 'Defined Networking',
    description: 'Defined Networking (Managed Nebula) API key',
    keywords: ['dnkey-'],
    pattern: /\b(?<secret>dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?![A-Za-z0-9=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 6365:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * DigitalOcean OAuth access tokens: `doo_v1_` and 64 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'digitalocean-oauth-token',
    provider: 'DigitalOcean',
    description: 'DigitalOcean OAuth access token',
    keywords: ['doo_v1_'],
    pattern: /\b(?<secret>doo_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    minEntropy: 3,
});


/***/ }),

/***/ 3743:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * DigitalOcean personal access tokens: `dop_v1_` and 64 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'digitalocean-personal-access-token',
    provider: 'DigitalOcean',
    description: 'DigitalOcean personal access token',
    keywords: ['dop_v1_'],
    pattern: /\b(?<secret>dop_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    minEntropy: 3,
});


/***/ }),

/***/ 4349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * DigitalOcean OAuth refresh tokens: `dor_v1_` and 64 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'digitalocean-refresh-token',
    provider: 'DigitalOcean',
    description: 'DigitalOcean OAuth refresh token',
    keywords: ['dor_v1_'],
    pattern: /\b(?<secret>dor_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    minEntropy: 3,
});


/***/ }),

/***/ 2825:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/** The first segment is the base64 of the bot user's snowflake ID. */
function isBotIdSegment(token) {
    return /^\d{17,20}$/.test(Buffer.from(token.slice(0, token.indexOf('.')), 'base64').toString('utf8'));
}
/**
 * Three dot-separated parts, the first the base64 of the bot's numeric ID (checked); reported on lines
 * that mention Discord.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'discord-bot-token',
    provider: 'Discord',
    description: 'Discord bot token',
    keywords: ['discord'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
    minEntropy: 4,
    validate: isBotIdSegment,
});


/***/ }),

/***/ 8438:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
const _assignment_2 = __nccwpck_require__(3473);
/**
 * Thirty-two base64url characters assigned to a Discord client-secret name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'discord-client-secret',
    provider: 'Discord',
    description: 'Discord OAuth2 client secret',
    keywords: ['discord_client_secret', 'discord-client-secret', 'discord.client.secret', 'discordclientsecret', 'discord_secret', 'discord-secret', 'discord.secret', 'discordsecret', 'discord_oauth_secret', 'discord-oauth-secret', 'discord.oauth.secret', 'discordoauthsecret'],
    pattern: (0, _assignment_2.assignedTo)(['discord_client_secret', 'discord_secret', 'discord_oauth_secret'], '[A-Za-z0-9_-]{32}'),
    minEntropy: 3.5,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 953:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `https://discord.com/api/webhooks/<id>/<68-character token>` (also discordapp.com, ptb., canary.).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'discord-webhook-url',
    provider: 'Discord',
    description: 'Discord webhook URL',
    keywords: ['discord'],
    pattern: /(?<secret>https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,3})?\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 8738:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `dckr_oat_` + base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'docker-hub-oat',
    provider: 'Docker',
    description: 'Docker Hub organization access token',
    keywords: ['dckr_oat_'],
    pattern: /\b(?<secret>dckr_oat_[A-Za-z0-9_-]{27,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3139:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `dckr_pat_` + 27 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'docker-hub-pat',
    provider: 'Docker',
    description: 'Docker Hub personal access token',
    keywords: ['dckr_pat_'],
    pattern: /\b(?<secret>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 4995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Doppler audit tokens: `dp.audit.` and 40 to 44 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'doppler-audit-token',
    provider: 'Doppler',
    description: 'Doppler audit token',
    keywords: ['dp.audit.'],
    pattern: /\b(?<secret>dp\.audit\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Doppler CLI tokens: `dp.ct.` and 40 to 44 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'doppler-cli-token',
    provider: 'Doppler',
    description: 'Doppler CLI token',
    keywords: ['dp.ct.'],
    pattern: /\b(?<secret>dp\.ct\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 6990:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Doppler personal tokens: `dp.pt.` and 40 to 44 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'doppler-personal-token',
    provider: 'Doppler',
    description: 'Doppler personal token',
    keywords: ['dp.pt.'],
    pattern: /\b(?<secret>dp\.pt\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 554:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Doppler SCIM tokens: `dp.scim.` and 40 to 44 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'doppler-scim-token',
    provider: 'Doppler',
    description: 'Doppler SCIM token',
    keywords: ['dp.scim.'],
    pattern: /\b(?<secret>dp\.scim\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 1877:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Doppler service account tokens: `dp.sa.` and 40 to 44 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'doppler-service-account-token',
    provider: 'Doppler',
    description: 'Doppler service account token',
    keywords: ['dp.sa.'],
    pattern: /\b(?<secret>dp\.sa\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 9079:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Doppler service tokens: `dp.st.`, an optional config slug and `.`, then 40 to 44 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'doppler-service-token',
    provider: 'Doppler',
    description: 'Doppler service token',
    keywords: ['dp.st.'],
    pattern: /\b(?<secret>dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 1321:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Legacy Dropbox long-lived tokens: 11 characters, ten `A`s, then 43 base64url characters.
 * Only on a line that mentions Dropbox.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'dropbox-long-lived-token',
    provider: 'Dropbox',
    description: 'Dropbox long-lived access token',
    keywords: ['dropbox'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 4579:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Dropbox short-lived access tokens: `sl.` (or `sl.u.`, `sl.B…`) and 130 or more base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'dropbox-short-lived-token',
    provider: 'Dropbox',
    description: 'Dropbox short-lived access token',
    keywords: ['sl.'],
    pattern: /\b(?<secret>sl\.(?:[A-Za-z]\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Dynatrace API tokens: `dt0c01.`, a 24-character public part, `.`, and a 64-character secret,
 * both uppercase alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'dynatrace-api-token',
    provider: 'Dynatrace',
    description: 'Dynatrace API token',
    keywords: ['dt0c01.'],
    pattern: /\b(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 7446:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `EZAK` + 54 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'easypost-api-key',
    provider: 'EasyPost',
    description: 'EasyPost production API key',
    keywords: ['ezak'],
    pattern: /\b(?<secret>EZAK[A-Za-z0-9]{54})\b/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 9345:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `EZTK` + 54 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'easypost-test-api-key',
    provider: 'EasyPost',
    description: 'EasyPost test API key',
    keywords: ['eztk'],
    pattern: /\b(?<secret>EZTK[A-Za-z0-9]{54})\b/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * `sk_` + 48 hex (current) or 32 hex (older) assigned to an ElevenLabs name or the `xi-api-key` header.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'elevenlabs-api-key',
    provider: 'ElevenLabs',
    description: 'ElevenLabs API key',
    keywords: ['elevenlabs', 'eleven_labs', 'eleven-labs', 'eleven.labs', 'xi_api_key', 'xi-api-key', 'xi.api.key', 'xiapikey'],
    pattern: (0, _assignment_1.assignedTo)(['elevenlabs', 'eleven_labs', 'xi_api_key'], 'sk_[a-f0-9]{48}|[a-f0-9]{32}'),
    minEntropy: 3,
});


/***/ }),

/***/ 8704:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Meta Graph API user, page and system-user tokens: `EAA` and an uppercase letter (`EAAG`, `EAAB`,
 * `EAAI`…), then 80 or more alphanumerics. Only on a line that mentions Facebook (Square's `EAAA`
 * tokens are not these).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'facebook-access-token',
    provider: 'Meta (Facebook)',
    description: 'Meta (Facebook) Graph API access token',
    keywords: ['facebook', 'fb_access', 'fb_token', 'fb_page', 'fb_user', 'meta_access_token', 'graph_api_token'],
    pattern: /\b(?<secret>EAA(?!A)[A-Z][A-Za-z0-9]{80,400})(?![A-Za-z0-9])/,
    minEntropy: 4,
});


/***/ }),

/***/ 5100:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Meta app secrets: 32 lowercase hex digits, assigned to a Facebook app-secret name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'facebook-app-secret',
    provider: 'Meta (Facebook)',
    description: 'Meta (Facebook) app secret',
    keywords: ['facebook', 'fb_app_secret', 'fb_secret', 'fb_client_secret'],
    pattern: (0, _assignment_1.assignedTo)(['facebook_app_secret', 'facebook_secret', 'facebook_client_secret', 'fb_app_secret', 'fb_secret', 'fb_client_secret'], '[a-f0-9]{32}'),
    minEntropy: 3,
});


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Figma personal access tokens: `figd_` and 40 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'figma-access-token',
    provider: 'Figma',
    description: 'Figma personal access token',
    keywords: ['figd_'],
    pattern: /\b(?<secret>figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 6283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `AAAA` + 7 characters, `:APA91b`, then 134 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'firebase-cloud-messaging-server-key',
    provider: 'Google Cloud',
    description: 'Firebase Cloud Messaging legacy server key',
    keywords: [':apa91b'],
    pattern: /\b(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 4816:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `FLWSECK` + 12 hex characters. Test-mode keys (`FLWSECK_TEST…`) are not reported.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'flutterwave-encryption-key',
    provider: 'Flutterwave',
    description: 'Flutterwave live encryption key',
    keywords: ['flwseck'],
    pattern: /\b(?<secret>FLWSECK-?[a-f0-9]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 5057:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `FLWSECK-` + 32 hex + `-X`. Test-mode keys (`FLWSECK_TEST-`) are not reported.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'flutterwave-secret-key',
    provider: 'Flutterwave',
    description: 'Flutterwave live secret key',
    keywords: ['flwseck-'],
    pattern: /\b(?<secret>FLWSECK-[a-f0-9]{32}-X)\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 1355:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Fly.io personal/org access tokens: `fo1_` and 43 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'flyio-access-token',
    provider: 'Fly.io',
    description: 'Fly.io access token',
    keywords: ['fo1_'],
    pattern: /\b(?<secret>fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 9393:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Fly.io macaroon tokens (`fly tokens create`): `FlyV1 ` then one or more comma-separated
 * `fm2_` / `fm1a_` / `fm1r_` base64 macaroons; the whole comma-joined list is the secret.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'flyio-macaroon-token',
    provider: 'Fly.io',
    description: 'Fly.io macaroon token',
    keywords: ['fm2_', 'fm1a_', 'fm1r_'],
    pattern: /\b(?<secret>fm(?:2|1a|1r)_[A-Za-z0-9+/]{100,4096}={0,3}(?:,fm(?:2|1a|1r)_[A-Za-z0-9+/]{1,4096}={0,3}){0,16})(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
});


/***/ }),

/***/ 7727:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Frame.io developer tokens: `fio-u-` and 64 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'frameio-developer-token',
    provider: 'Frame.io',
    description: 'Frame.io developer token',
    keywords: ['fio-u-'],
    pattern: /\b(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8383:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Freshdesk API keys: 20 alphanumerics, assigned to a name that mentions Freshdesk.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'freshdesk-api-key',
    provider: 'Freshdesk',
    description: 'Freshdesk API key',
    keywords: ['freshdesk'],
    pattern: (0, _assignment_1.assignedTo)(['freshdesk'], '[A-Za-z0-9]{20}', { notFollowedBy: ['domain', 'url', 'host'] }),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.3,
});


/***/ }),

/***/ 7880:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `AIza` + 35 base64url characters (39 in all).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gcp-api-key',
    provider: 'Google Cloud',
    description: 'Google API key',
    keywords: ['aiza'],
    pattern: /\b(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8172:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `ya29.` + base64url; short-lived, but valid for an hour wherever it leaked.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gcp-oauth-access-token',
    provider: 'Google Cloud',
    description: 'Google OAuth 2.0 access token',
    keywords: ['ya29.'],
    pattern: /\b(?<secret>ya29\.[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_.-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 3622:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `GOCSPX-` + 28 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gcp-oauth-client-secret',
    provider: 'Google Cloud',
    description: 'Google OAuth client secret',
    keywords: ['gocspx-'],
    pattern: /\b(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3843:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `1//0` + base64url: long-lived, it mints access tokens until revoked.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gcp-oauth-refresh-token',
    provider: 'Google Cloud',
    description: 'Google OAuth 2.0 refresh token',
    keywords: ['1//0'],
    pattern: /(?<![A-Za-z0-9\/:])(?<secret>1\/\/0[A-Za-z0-9_-]{60,200})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 7735:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * The 40-hex `private_key_id` of a service-account JSON key file: where it sits, the private key does too.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gcp-service-account-key-id',
    provider: 'Google Cloud',
    description: 'Google Cloud service account key file (private_key_id)',
    keywords: ['private_key_id'],
    pattern: /"private_key_id"\s{0,16}:\s{0,16}"(?<secret>[0-9a-f]{40})"/,
    minEntropy: 3,
});


/***/ }),

/***/ 797:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * The `"private_key": "-----BEGIN PRIVATE KEY-----\n…"` member of a service-account JSON key file, with
 * its escaped newlines; the finding covers the header and the base64 that follows it on the line.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gcp-service-account-key',
    provider: 'Google Cloud',
    description: 'Google Cloud service account private key (JSON key file)',
    keywords: ['private_key'],
    pattern: /"?private_key"?\s{0,16}[:=]\s{0,16}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n){1,4}[A-Za-z0-9+\/]{64}(?:[A-Za-z0-9+\/=]|\\n(?=[A-Za-z0-9+\/])){0,8192})/,
    minEntropy: 4,
});


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `github_pat_` + 22 base62 characters, `_`, 59 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'github-fine-grained-pat',
    provider: 'GitHub',
    description: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    pattern: /\b(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/,
    minEntropy: 4,
});


/***/ }),

/***/ 4556:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const checksum_1 = __nccwpck_require__(7674);
/**
 * `gho_` + 30 base62 characters + their base62 CRC32 (6 characters); the checksum rejects look-alikes.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'github-oauth-token',
    provider: 'GitHub',
    description: 'GitHub OAuth access token',
    keywords: ['gho_'],
    pattern: /\b(?<secret>gho_[A-Za-z0-9]{36})\b/,
    validate: checksum_1.isValidGitHubTokenChecksum,
});


/***/ }),

/***/ 739:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const checksum_1 = __nccwpck_require__(7674);
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'github-pat-classic',
    provider: 'GitHub',
    description: 'GitHub personal access token (classic)',
    keywords: ['ghp_'],
    pattern: /\b(?<secret>ghp_[A-Za-z0-9]{36})\b/,
    validate: checksum_1.isValidGitHubTokenChecksum,
});


/***/ }),

/***/ 5028:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const checksum_1 = __nccwpck_require__(7674);
/**
 * `ghr_` + 36 characters with the GitHub CRC32 tail, or the 76-character form GitHub Apps issue
 * for user refresh tokens (no documented checksum).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'github-refresh-token',
    provider: 'GitHub',
    description: 'GitHub App refresh token',
    keywords: ['ghr_'],
    pattern: /\b(?<secret>ghr_(?:[A-Za-z0-9]{76}|[A-Za-z0-9]{36}))\b/,
    minEntropy: 3.5,
    validate: (secret) => secret.length !== 40 || (0, checksum_1.isValidGitHubTokenChecksum)(secret),
    documentedExamples: ['ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498'],
});


/***/ }),

/***/ 7974:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const checksum_1 = __nccwpck_require__(7674);
/**
 * `ghs_` + 30 base62 characters + their base62 CRC32 (6 characters); the checksum rejects look-alikes.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'github-server-to-server-token',
    provider: 'GitHub',
    description: 'GitHub App installation (server-to-server) token',
    keywords: ['ghs_'],
    pattern: /\b(?<secret>ghs_[A-Za-z0-9]{36})\b/,
    validate: checksum_1.isValidGitHubTokenChecksum,
});


/***/ }),

/***/ 7310:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const checksum_1 = __nccwpck_require__(7674);
/**
 * `ghu_` + 30 base62 characters + their base62 CRC32 (6 characters); the checksum rejects look-alikes.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'github-user-to-server-token',
    provider: 'GitHub',
    description: 'GitHub App user-to-server token',
    keywords: ['ghu_'],
    pattern: /\b(?<secret>ghu_[A-Za-z0-9]{36})\b/,
    validate: checksum_1.isValidGitHubTokenChecksum,
});


/***/ }),

/***/ 8022:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-agent-token',
    provider: 'GitLab',
    description: 'GitLab agent for Kubernetes token',
    keywords: ['glagent-'],
    pattern: /\b(?<secret>glagent-[A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 25:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `glcbt-` + an optional partition prefix (`64_`) + 20 characters, or the routable form.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-ci-job-token',
    provider: 'GitLab',
    description: 'GitLab CI/CD job token',
    keywords: ['glcbt-'],
    pattern: /\b(?<secret>glcbt-(?:[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}\.?[0-9a-z]{7}|(?:[0-9a-zA-Z]{1,5}_)?[0-9a-zA-Z_-]{20}))(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 8420:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-deploy-token',
    provider: 'GitLab',
    description: 'GitLab deploy token',
    keywords: ['gldt-'],
    pattern: /\b(?<secret>gldt-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 795:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-feature-flags-client-token',
    provider: 'GitLab',
    description: 'GitLab feature flags client token',
    keywords: ['glffct-'],
    pattern: /\b(?<secret>glffct-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 1207:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-feed-token',
    provider: 'GitLab',
    description: 'GitLab feed token',
    keywords: ['glft-'],
    pattern: /\b(?<secret>glft-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 6523:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-incoming-mail-token',
    provider: 'GitLab',
    description: 'GitLab incoming mail token',
    keywords: ['glimt-'],
    pattern: /\b(?<secret>glimt-[A-Za-z0-9_-]{25})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 8835:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-oauth-app-secret',
    provider: 'GitLab',
    description: 'GitLab OAuth application secret',
    keywords: ['gloas-'],
    pattern: /\b(?<secret>gloas-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 6126:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `glpat-` + 20 characters, or the routable form `glpat-<base64url payload>.<version><checksum>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-pat',
    provider: 'GitLab',
    description: 'GitLab personal access token',
    keywords: ['glpat-'],
    pattern: /\b(?<secret>glpat-(?:[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}\.?[0-9a-z]{7}|[A-Za-z0-9_-]{20}))(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 8960:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-pipeline-trigger-token',
    provider: 'GitLab',
    description: 'GitLab pipeline trigger token',
    keywords: ['glptt-'],
    pattern: /\b(?<secret>glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 7699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-runner-registration-token',
    provider: 'GitLab',
    description: 'GitLab runner registration token (deprecated)',
    keywords: ['gr1348941'],
    pattern: /\b(?<secret>GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `glrt-` + 20 characters (optionally after `t1_`…`t3_`), or the routable form with a `.`-separated checksum.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-runner-token',
    provider: 'GitLab',
    description: 'GitLab runner authentication token',
    keywords: ['glrt-'],
    pattern: /\b(?<secret>glrt-(?:[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}\.?[0-9a-z]{7}|(?:t\d_)?[A-Za-z0-9_-]{20}))(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 7351:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-scim-token',
    provider: 'GitLab',
    description: 'GitLab SCIM token',
    keywords: ['glsoat-'],
    pattern: /\b(?<secret>glsoat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 4278:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-session-cookie',
    provider: 'GitLab',
    description: 'GitLab session cookie',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![0-9a-z])/,
    minEntropy: 3,
});


/***/ }),

/***/ 6787:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * `live_` + 40 base64url characters assigned to a GoCardless name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gocardless-access-token',
    provider: 'GoCardless',
    description: 'GoCardless live access token',
    keywords: ['gocardless'],
    pattern: (0, _assignment_1.assignedTo)(['gocardless'], 'live_[A-Za-z0-9_=-]{40}'),
    minEntropy: 3.5,
});


/***/ }),

/***/ 6070:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __nccwpck_require__(9338);
const rule_1 = __nccwpck_require__(9815);
/**
 * Legacy Grafana API keys: base64 of `{"k":"…","n":"…","id":…}`, so they start with `eyJrIjoi`.
 * The JSON is decoded to confirm it.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'grafana-api-key',
    provider: 'Grafana',
    description: 'Grafana API key (legacy)',
    keywords: ['eyjrijoi'],
    pattern: /\b(?<secret>eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=._-])/,
    validate: (secret) => {
        const payload = (0, _base64_json_1.decodeBase64Json)(secret);
        return !!payload && typeof payload.k === 'string' && payload.k.length >= 16 && 'n' in payload && 'id' in payload;
    },
});


/***/ }),

/***/ 6323:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __nccwpck_require__(9338);
const rule_1 = __nccwpck_require__(9815);
/**
 * Grafana Cloud access-policy (and legacy Cloud API) tokens: `glc_` and base64-encoded JSON
 * naming the organization, the token and its region. The JSON is decoded to confirm it.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'grafana-cloud-api-token',
    provider: 'Grafana',
    description: 'Grafana Cloud access policy token',
    keywords: ['glc_'],
    pattern: /\b(?<secret>glc_eyJ[A-Za-z0-9+/_-]{40,600}={0,2})(?![A-Za-z0-9+/=_-])/,
    validate: (secret) => {
        const payload = (0, _base64_json_1.decodeBase64Json)(secret.slice(4));
        return !!payload && typeof payload.k === 'string' && (typeof payload.o === 'string' || typeof payload.n === 'string');
    },
});


/***/ }),

/***/ 5486:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Grafana Cloud k6 API tokens: 64 lowercase hex digits, assigned to `K6_CLOUD_TOKEN` and similar names.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'grafana-k6-api-token',
    provider: 'Grafana',
    description: 'Grafana Cloud k6 API token',
    keywords: ['k6_cloud', 'k6_api', 'k6_token'],
    pattern: (0, _assignment_1.assignedTo)(['k6_cloud_token', 'k6_cloud_api_token', 'k6_api_token', 'k6_token'], '[a-f0-9]{64}'),
    minEntropy: 3,
});


/***/ }),

/***/ 9985:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Grafana service account tokens: `glsa_`, 32 alphanumerics, `_`, and an 8-hex-digit check tail.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'grafana-service-account-token',
    provider: 'Grafana',
    description: 'Grafana service account token',
    keywords: ['glsa_'],
    pattern: /\b(?<secret>glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})(?![A-Za-z0-9_])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 9855:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `gsk_` + 52 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'groq-api-key',
    provider: 'Groq',
    description: 'Groq API key',
    keywords: ['gsk_'],
    pattern: /\b(?<secret>gsk_[A-Za-z0-9]{52})\b/,
    minEntropy: 4,
});


/***/ }),

/***/ 200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Harness access tokens: `pat.` (personal) or `sat.` (service account), the account id (22),
 * the token id (24) and the secret (20), dot-separated.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'harness-access-token',
    provider: 'Harness',
    description: 'Harness personal or service account token',
    keywords: ['pat.', 'sat.'],
    pattern: /\b(?<secret>(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5593:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * HCP service-principal keys: a 64-character client secret, assigned to `HCP_CLIENT_SECRET`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'hcp-client-secret',
    provider: 'HashiCorp',
    description: 'HashiCorp Cloud Platform service principal client secret',
    keywords: ['hcp_client_secret', 'hcp-client-secret'],
    pattern: (0, _assignment_1.assignedTo)(['hcp_client_secret'], '[A-Za-z0-9_-]{64}'),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 4,
});


/***/ }),

/***/ 608:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * A UUID assigned to a Heroku name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'heroku-api-key-legacy',
    provider: 'Heroku',
    description: 'Heroku API key (legacy UUID format)',
    keywords: ['heroku'],
    pattern: (0, _assignment_1.assignedTo)(['heroku'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', { notFollowedBy: ['id', 'uuid'] }),
    minEntropy: 3,
});


/***/ }),

/***/ 8322:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `HRKU-` + 60 base64url characters (the format starts `HRKU-AA`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'heroku-api-key',
    provider: 'Heroku',
    description: 'Heroku API key (HRKU- format)',
    keywords: ['hrku-'],
    pattern: /\b(?<secret>HRKU-[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 5484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Honeycomb configuration keys: 22 alphanumerics (or 32 hex digits for Classic keys), assigned to a
 * name that mentions Honeycomb or sent as `X-Honeycomb-Team`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'honeycomb-api-key',
    provider: 'Honeycomb',
    description: 'Honeycomb API key (configuration key)',
    keywords: ['honeycomb'],
    pattern: (0, _assignment_1.assignedTo)(['honeycomb'], '[A-Za-z0-9]{22}|[a-f0-9]{32}', { notFollowedBy: ['dataset', 'environment', 'endpoint'] }),
    validate: (secret) => secret.length === 32 || (0, _assignment_1.isMixedAlphanumeric)(secret),
    minEntropy: 3.3,
});


/***/ }),

/***/ 3238:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Honeycomb ingest keys: `hcaik_` (or `hcxik_` for Classic environments) and 58 lowercase alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'honeycomb-ingest-key',
    provider: 'Honeycomb',
    description: 'Honeycomb ingest key',
    keywords: ['hcaik_', 'hcxik_'],
    pattern: /\b(?<secret>hc[ax]ik_[a-z0-9]{58})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 2197:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Legacy HubSpot API keys: a UUID assigned to a HubSpot name or passed as `hapikey=`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'hubspot-api-key',
    provider: 'HubSpot',
    description: 'HubSpot API key (legacy hapikey)',
    keywords: ['hubspot', 'hapikey'],
    pattern: (0, _assignment_1.assignedTo)(['hubspot', 'hapikey'], _assignment_1.UUID, { notFollowedBy: ['portal', 'app_id', 'client_id', 'form'] }),
});


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * HubSpot private app tokens: `pat-<region><n>-` and a UUID (`pat-na1-…`, `pat-eu1-…`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'hubspot-private-app-token',
    provider: 'HubSpot',
    description: 'HubSpot private app access token',
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    pattern: new RegExp(`\\b(?<secret>pat-(?:na|eu|ap)[1-9]-${_assignment_1.UUID})(?![A-Za-z0-9-])`),
});


/***/ }),

/***/ 142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `hf_` + 34 letters (mixed case).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'huggingface-access-token',
    provider: 'Hugging Face',
    description: 'Hugging Face user access token',
    keywords: ['hf_'],
    pattern: /\b(?<secret>hf_[A-Za-z]{34})\b/,
    minEntropy: 3.5,
    validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret),
});


/***/ }),

/***/ 3136:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `api_org_` + 34 letters (mixed case).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'huggingface-org-token',
    provider: 'Hugging Face',
    description: 'Hugging Face organization API token (legacy)',
    keywords: ['api_org_'],
    pattern: /\b(?<secret>api_org_[A-Za-z]{34})\b/,
    minEntropy: 3.5,
    validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret),
});


/***/ }),

/***/ 5336:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * IBM Cloud IAM API keys: 44 base64url characters, assigned to a name that mentions IBM Cloud
 * (`IBMCLOUD_API_KEY`, `IC_API_KEY`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'ibm-cloud-api-key',
    provider: 'IBM Cloud',
    description: 'IBM Cloud API key',
    keywords: ['ibm', 'ic_api_key'],
    pattern: (0, _assignment_1.assignedTo)(['ibm', 'ic_api_key'], '[A-Za-z0-9_-]{44}', { notFollowedBy: ['account_id', 'region', 'resource_group', 'crn'] }),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 4,
});


/***/ }),

/***/ 2117:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECRET_RULES = void 0;
const adyen_api_key_1 = __importDefault(__nccwpck_require__(5893));
const adyen_hmac_key_1 = __importDefault(__nccwpck_require__(4886));
const age_secret_key_1 = __importDefault(__nccwpck_require__(9389));
const airtable_personal_access_token_1 = __importDefault(__nccwpck_require__(7989));
const algolia_admin_api_key_1 = __importDefault(__nccwpck_require__(31));
const alibaba_access_key_id_1 = __importDefault(__nccwpck_require__(3130));
const alibaba_access_key_secret_1 = __importDefault(__nccwpck_require__(7039));
const anthropic_admin_key_1 = __importDefault(__nccwpck_require__(9109));
const anthropic_api_key_1 = __importDefault(__nccwpck_require__(234));
const asana_personal_access_token_1 = __importDefault(__nccwpck_require__(3731));
const atlassian_api_token_1 = __importDefault(__nccwpck_require__(544));
const atlassian_api_token_legacy_1 = __importDefault(__nccwpck_require__(7178));
const aws_access_key_id_1 = __importDefault(__nccwpck_require__(951));
const aws_bedrock_api_key_1 = __importDefault(__nccwpck_require__(72));
const aws_bedrock_short_term_api_key_1 = __importDefault(__nccwpck_require__(3368));
const aws_mws_auth_token_1 = __importDefault(__nccwpck_require__(5043));
const aws_secret_access_key_1 = __importDefault(__nccwpck_require__(986));
const aws_session_token_1 = __importDefault(__nccwpck_require__(5513));
const azure_ad_client_secret_1 = __importDefault(__nccwpck_require__(7361));
const azure_apim_identifiable_key_1 = __importDefault(__nccwpck_require__(3427));
const azure_batch_identifiable_key_1 = __importDefault(__nccwpck_require__(6750));
const azure_cache_for_redis_identifiable_key_1 = __importDefault(__nccwpck_require__(88));
const azure_common_annotated_key_1 = __importDefault(__nccwpck_require__(8333));
const azure_container_registry_identifiable_key_1 = __importDefault(__nccwpck_require__(4841));
const azure_cosmosdb_identifiable_key_1 = __importDefault(__nccwpck_require__(596));
const azure_cosmosdb_key_1 = __importDefault(__nccwpck_require__(4795));
const azure_devops_pat_1 = __importDefault(__nccwpck_require__(9746));
const azure_devops_pat_legacy_1 = __importDefault(__nccwpck_require__(3760));
const azure_event_grid_identifiable_key_1 = __importDefault(__nccwpck_require__(5639));
const azure_event_hub_identifiable_key_1 = __importDefault(__nccwpck_require__(6308));
const azure_function_identifiable_key_1 = __importDefault(__nccwpck_require__(5702));
const azure_iot_identifiable_key_1 = __importDefault(__nccwpck_require__(5978));
const azure_logic_app_trigger_url_1 = __importDefault(__nccwpck_require__(9614));
const azure_openai_api_key_1 = __importDefault(__nccwpck_require__(4082));
const azure_relay_identifiable_key_1 = __importDefault(__nccwpck_require__(9065));
const azure_sas_token_1 = __importDefault(__nccwpck_require__(2174));
const azure_search_identifiable_key_1 = __importDefault(__nccwpck_require__(1850));
const azure_service_bus_identifiable_key_1 = __importDefault(__nccwpck_require__(8802));
const azure_service_bus_shared_access_key_1 = __importDefault(__nccwpck_require__(8790));
const azure_storage_account_identifiable_key_1 = __importDefault(__nccwpck_require__(5307));
const azure_storage_account_key_1 = __importDefault(__nccwpck_require__(222));
const azure_storage_connection_string_key_1 = __importDefault(__nccwpck_require__(2187));
const bitbucket_access_token_1 = __importDefault(__nccwpck_require__(4271));
const bitbucket_app_password_1 = __importDefault(__nccwpck_require__(9330));
const bitwarden_access_token_1 = __importDefault(__nccwpck_require__(3018));
const box_developer_token_1 = __importDefault(__nccwpck_require__(4671));
const braintree_access_token_1 = __importDefault(__nccwpck_require__(5624));
const braintree_sandbox_access_token_1 = __importDefault(__nccwpck_require__(2738));
const brevo_api_key_1 = __importDefault(__nccwpck_require__(3990));
const brevo_smtp_key_1 = __importDefault(__nccwpck_require__(3956));
const browserstack_access_key_1 = __importDefault(__nccwpck_require__(4870));
const buildkite_api_access_token_1 = __importDefault(__nccwpck_require__(1082));
const circleci_personal_api_token_1 = __importDefault(__nccwpck_require__(3463));
const circleci_project_api_token_1 = __importDefault(__nccwpck_require__(9852));
const clojars_deploy_token_1 = __importDefault(__nccwpck_require__(3951));
const cloudflare_api_token_1 = __importDefault(__nccwpck_require__(6511));
const cloudflare_global_api_key_1 = __importDefault(__nccwpck_require__(7671));
const cloudflare_origin_ca_key_1 = __importDefault(__nccwpck_require__(3232));
const codecov_upload_token_1 = __importDefault(__nccwpck_require__(3298));
const cohere_api_key_1 = __importDefault(__nccwpck_require__(970));
const coinbase_api_secret_1 = __importDefault(__nccwpck_require__(1685));
const contentful_personal_access_token_1 = __importDefault(__nccwpck_require__(1621));
const databricks_access_token_1 = __importDefault(__nccwpck_require__(5614));
const datadog_api_key_1 = __importDefault(__nccwpck_require__(1436));
const datadog_app_key_1 = __importDefault(__nccwpck_require__(9283));
const deepseek_api_key_1 = __importDefault(__nccwpck_require__(3736));
const defined_networking_api_key_1 = __importDefault(__nccwpck_require__(2132));
const digitalocean_oauth_token_1 = __importDefault(__nccwpck_require__(6365));
const digitalocean_personal_access_token_1 = __importDefault(__nccwpck_require__(3743));
const digitalocean_refresh_token_1 = __importDefault(__nccwpck_require__(4349));
const discord_bot_token_1 = __importDefault(__nccwpck_require__(2825));
const discord_client_secret_1 = __importDefault(__nccwpck_require__(8438));
const discord_webhook_url_1 = __importDefault(__nccwpck_require__(953));
const docker_hub_oat_1 = __importDefault(__nccwpck_require__(8738));
const docker_hub_pat_1 = __importDefault(__nccwpck_require__(3139));
const doppler_audit_token_1 = __importDefault(__nccwpck_require__(4995));
const doppler_cli_token_1 = __importDefault(__nccwpck_require__(8218));
const doppler_personal_token_1 = __importDefault(__nccwpck_require__(6990));
const doppler_scim_token_1 = __importDefault(__nccwpck_require__(554));
const doppler_service_account_token_1 = __importDefault(__nccwpck_require__(1877));
const doppler_service_token_1 = __importDefault(__nccwpck_require__(9079));
const dropbox_long_lived_token_1 = __importDefault(__nccwpck_require__(1321));
const dropbox_short_lived_token_1 = __importDefault(__nccwpck_require__(4579));
const dynatrace_api_token_1 = __importDefault(__nccwpck_require__(663));
const easypost_api_key_1 = __importDefault(__nccwpck_require__(7446));
const easypost_test_api_key_1 = __importDefault(__nccwpck_require__(9345));
const elevenlabs_api_key_1 = __importDefault(__nccwpck_require__(7911));
const facebook_access_token_1 = __importDefault(__nccwpck_require__(8704));
const facebook_app_secret_1 = __importDefault(__nccwpck_require__(5100));
const figma_access_token_1 = __importDefault(__nccwpck_require__(2464));
const firebase_cloud_messaging_server_key_1 = __importDefault(__nccwpck_require__(6283));
const flutterwave_encryption_key_1 = __importDefault(__nccwpck_require__(4816));
const flutterwave_secret_key_1 = __importDefault(__nccwpck_require__(5057));
const flyio_access_token_1 = __importDefault(__nccwpck_require__(1355));
const flyio_macaroon_token_1 = __importDefault(__nccwpck_require__(9393));
const frameio_developer_token_1 = __importDefault(__nccwpck_require__(7727));
const freshdesk_api_key_1 = __importDefault(__nccwpck_require__(8383));
const gcp_api_key_1 = __importDefault(__nccwpck_require__(7880));
const gcp_oauth_access_token_1 = __importDefault(__nccwpck_require__(8172));
const gcp_oauth_client_secret_1 = __importDefault(__nccwpck_require__(3622));
const gcp_oauth_refresh_token_1 = __importDefault(__nccwpck_require__(3843));
const gcp_service_account_key_1 = __importDefault(__nccwpck_require__(797));
const gcp_service_account_key_id_1 = __importDefault(__nccwpck_require__(7735));
const github_fine_grained_pat_1 = __importDefault(__nccwpck_require__(4192));
const github_oauth_token_1 = __importDefault(__nccwpck_require__(4556));
const github_pat_classic_1 = __importDefault(__nccwpck_require__(739));
const github_refresh_token_1 = __importDefault(__nccwpck_require__(5028));
const github_server_to_server_token_1 = __importDefault(__nccwpck_require__(7974));
const github_user_to_server_token_1 = __importDefault(__nccwpck_require__(7310));
const gitlab_agent_token_1 = __importDefault(__nccwpck_require__(8022));
const gitlab_ci_job_token_1 = __importDefault(__nccwpck_require__(25));
const gitlab_deploy_token_1 = __importDefault(__nccwpck_require__(8420));
const gitlab_feature_flags_client_token_1 = __importDefault(__nccwpck_require__(795));
const gitlab_feed_token_1 = __importDefault(__nccwpck_require__(1207));
const gitlab_incoming_mail_token_1 = __importDefault(__nccwpck_require__(6523));
const gitlab_oauth_app_secret_1 = __importDefault(__nccwpck_require__(8835));
const gitlab_pat_1 = __importDefault(__nccwpck_require__(6126));
const gitlab_pipeline_trigger_token_1 = __importDefault(__nccwpck_require__(8960));
const gitlab_runner_registration_token_1 = __importDefault(__nccwpck_require__(7699));
const gitlab_runner_token_1 = __importDefault(__nccwpck_require__(9357));
const gitlab_scim_token_1 = __importDefault(__nccwpck_require__(7351));
const gitlab_session_cookie_1 = __importDefault(__nccwpck_require__(4278));
const gocardless_access_token_1 = __importDefault(__nccwpck_require__(6787));
const grafana_api_key_1 = __importDefault(__nccwpck_require__(6070));
const grafana_cloud_api_token_1 = __importDefault(__nccwpck_require__(6323));
const grafana_k6_api_token_1 = __importDefault(__nccwpck_require__(5486));
const grafana_service_account_token_1 = __importDefault(__nccwpck_require__(9985));
const groq_api_key_1 = __importDefault(__nccwpck_require__(9855));
const harness_access_token_1 = __importDefault(__nccwpck_require__(200));
const hcp_client_secret_1 = __importDefault(__nccwpck_require__(5593));
const heroku_api_key_1 = __importDefault(__nccwpck_require__(8322));
const heroku_api_key_legacy_1 = __importDefault(__nccwpck_require__(608));
const honeycomb_api_key_1 = __importDefault(__nccwpck_require__(5484));
const honeycomb_ingest_key_1 = __importDefault(__nccwpck_require__(3238));
const hubspot_api_key_1 = __importDefault(__nccwpck_require__(2197));
const hubspot_private_app_token_1 = __importDefault(__nccwpck_require__(3142));
const huggingface_access_token_1 = __importDefault(__nccwpck_require__(142));
const huggingface_org_token_1 = __importDefault(__nccwpck_require__(3136));
const ibm_cloud_api_key_1 = __importDefault(__nccwpck_require__(5336));
const infracost_api_key_1 = __importDefault(__nccwpck_require__(6573));
const intercom_access_token_1 = __importDefault(__nccwpck_require__(6505));
const jfrog_api_key_1 = __importDefault(__nccwpck_require__(8834));
const jfrog_reference_token_1 = __importDefault(__nccwpck_require__(8349));
const jwt_1 = __importDefault(__nccwpck_require__(1820));
const langsmith_api_key_1 = __importDefault(__nccwpck_require__(1981));
const launchdarkly_access_token_1 = __importDefault(__nccwpck_require__(2488));
const launchdarkly_sdk_key_1 = __importDefault(__nccwpck_require__(6134));
const lightstep_access_token_1 = __importDefault(__nccwpck_require__(9026));
const linear_api_key_1 = __importDefault(__nccwpck_require__(1251));
const linear_oauth_token_1 = __importDefault(__nccwpck_require__(78));
const linkedin_client_secret_1 = __importDefault(__nccwpck_require__(7268));
const loggly_customer_token_1 = __importDefault(__nccwpck_require__(5790));
const mailchimp_api_key_1 = __importDefault(__nccwpck_require__(9452));
const mailchimp_transactional_api_key_1 = __importDefault(__nccwpck_require__(9048));
const mailersend_api_token_1 = __importDefault(__nccwpck_require__(3090));
const mailgun_api_key_1 = __importDefault(__nccwpck_require__(265));
const mailgun_private_api_key_1 = __importDefault(__nccwpck_require__(4435));
const mapbox_secret_token_1 = __importDefault(__nccwpck_require__(9619));
const mattermost_access_token_1 = __importDefault(__nccwpck_require__(7550));
const microsoft_teams_webhook_url_1 = __importDefault(__nccwpck_require__(5330));
const mistral_api_key_1 = __importDefault(__nccwpck_require__(4662));
const mollie_api_key_1 = __importDefault(__nccwpck_require__(1892));
const netlify_access_token_1 = __importDefault(__nccwpck_require__(7883));
const newrelic_admin_api_key_1 = __importDefault(__nccwpck_require__(5813));
const newrelic_browser_api_key_1 = __importDefault(__nccwpck_require__(2406));
const newrelic_insights_insert_key_1 = __importDefault(__nccwpck_require__(2878));
const newrelic_insights_query_key_1 = __importDefault(__nccwpck_require__(2203));
const newrelic_license_key_1 = __importDefault(__nccwpck_require__(6512));
const newrelic_license_key_legacy_1 = __importDefault(__nccwpck_require__(3754));
const newrelic_user_api_key_1 = __importDefault(__nccwpck_require__(921));
const notion_integration_token_1 = __importDefault(__nccwpck_require__(8775));
const notion_legacy_integration_token_1 = __importDefault(__nccwpck_require__(5409));
const npm_access_token_1 = __importDefault(__nccwpck_require__(1271));
const nuget_api_key_1 = __importDefault(__nccwpck_require__(4362));
const octopus_deploy_api_key_1 = __importDefault(__nccwpck_require__(5317));
const okta_api_token_1 = __importDefault(__nccwpck_require__(2081));
const onepassword_service_account_token_1 = __importDefault(__nccwpck_require__(1300));
const openai_admin_key_1 = __importDefault(__nccwpck_require__(4895));
const openai_api_key_1 = __importDefault(__nccwpck_require__(8200));
const openai_project_key_1 = __importDefault(__nccwpck_require__(3141));
const openai_service_account_key_1 = __importDefault(__nccwpck_require__(1453));
const openrouter_api_key_1 = __importDefault(__nccwpck_require__(2071));
const pagerduty_api_key_1 = __importDefault(__nccwpck_require__(3845));
const pagerduty_integration_key_1 = __importDefault(__nccwpck_require__(4463));
const paypal_client_secret_1 = __importDefault(__nccwpck_require__(7445));
const perplexity_api_key_1 = __importDefault(__nccwpck_require__(7512));
const plaid_access_token_1 = __importDefault(__nccwpck_require__(622));
const plaid_processor_token_1 = __importDefault(__nccwpck_require__(5922));
const plaid_secret_1 = __importDefault(__nccwpck_require__(9864));
const plivo_auth_token_1 = __importDefault(__nccwpck_require__(4668));
const portainer_access_token_1 = __importDefault(__nccwpck_require__(4294));
const postman_api_key_1 = __importDefault(__nccwpck_require__(504));
const postmark_server_token_1 = __importDefault(__nccwpck_require__(1364));
const prefect_api_key_1 = __importDefault(__nccwpck_require__(9645));
const private_key_dsa_1 = __importDefault(__nccwpck_require__(8617));
const private_key_ec_1 = __importDefault(__nccwpck_require__(5761));
const private_key_openssh_1 = __importDefault(__nccwpck_require__(5671));
const private_key_pgp_1 = __importDefault(__nccwpck_require__(2538));
const private_key_pkcs8_1 = __importDefault(__nccwpck_require__(5480));
const private_key_pkcs8_encrypted_1 = __importDefault(__nccwpck_require__(5));
const private_key_rsa_1 = __importDefault(__nccwpck_require__(9247));
const pulumi_access_token_1 = __importDefault(__nccwpck_require__(9362));
const pusher_app_secret_1 = __importDefault(__nccwpck_require__(5641));
const putty_private_key_1 = __importDefault(__nccwpck_require__(7603));
const pypi_api_token_1 = __importDefault(__nccwpck_require__(6876));
const pypi_test_api_token_1 = __importDefault(__nccwpck_require__(4407));
const razorpay_key_secret_1 = __importDefault(__nccwpck_require__(5994));
const readme_api_key_1 = __importDefault(__nccwpck_require__(3380));
const render_api_key_1 = __importDefault(__nccwpck_require__(5822));
const replicate_api_token_1 = __importDefault(__nccwpck_require__(2259));
const rubygems_api_key_1 = __importDefault(__nccwpck_require__(8714));
const sauce_labs_access_key_1 = __importDefault(__nccwpck_require__(4340));
const scalingo_api_token_1 = __importDefault(__nccwpck_require__(9918));
const sendgrid_api_key_1 = __importDefault(__nccwpck_require__(3416));
const sentry_auth_token_legacy_1 = __importDefault(__nccwpck_require__(3601));
const sentry_dsn_1 = __importDefault(__nccwpck_require__(4746));
const sentry_org_token_1 = __importDefault(__nccwpck_require__(7081));
const sentry_user_token_1 = __importDefault(__nccwpck_require__(9264));
const shippo_live_token_1 = __importDefault(__nccwpck_require__(8149));
const shippo_test_token_1 = __importDefault(__nccwpck_require__(6979));
const shopify_access_token_1 = __importDefault(__nccwpck_require__(6290));
const shopify_custom_app_token_1 = __importDefault(__nccwpck_require__(1881));
const shopify_private_app_token_1 = __importDefault(__nccwpck_require__(1459));
const shopify_shared_secret_1 = __importDefault(__nccwpck_require__(8734));
const slack_app_token_1 = __importDefault(__nccwpck_require__(9403));
const slack_bot_token_1 = __importDefault(__nccwpck_require__(649));
const slack_config_access_token_1 = __importDefault(__nccwpck_require__(4835));
const slack_config_refresh_token_1 = __importDefault(__nccwpck_require__(4206));
const slack_legacy_token_1 = __importDefault(__nccwpck_require__(9861));
const slack_user_token_1 = __importDefault(__nccwpck_require__(2401));
const slack_webhook_url_1 = __importDefault(__nccwpck_require__(5945));
const slack_workflow_webhook_url_1 = __importDefault(__nccwpck_require__(1191));
const slack_workspace_token_1 = __importDefault(__nccwpck_require__(4281));
const snyk_api_token_1 = __importDefault(__nccwpck_require__(7845));
const sonarqube_global_analysis_token_1 = __importDefault(__nccwpck_require__(7452));
const sonarqube_project_token_1 = __importDefault(__nccwpck_require__(385));
const sonarqube_user_token_1 = __importDefault(__nccwpck_require__(4993));
const sourcegraph_access_token_1 = __importDefault(__nccwpck_require__(4285));
const square_access_token_1 = __importDefault(__nccwpck_require__(3029));
const square_oauth_secret_1 = __importDefault(__nccwpck_require__(3005));
const stripe_restricted_key_1 = __importDefault(__nccwpck_require__(8190));
const stripe_secret_key_1 = __importDefault(__nccwpck_require__(655));
const stripe_test_secret_key_1 = __importDefault(__nccwpck_require__(9476));
const stripe_webhook_secret_1 = __importDefault(__nccwpck_require__(5197));
const sumo_logic_access_id_1 = __importDefault(__nccwpck_require__(8771));
const sumo_logic_access_key_1 = __importDefault(__nccwpck_require__(8119));
const supabase_access_token_1 = __importDefault(__nccwpck_require__(5126));
const supabase_secret_key_1 = __importDefault(__nccwpck_require__(9730));
const tailscale_api_key_1 = __importDefault(__nccwpck_require__(4774));
const tailscale_auth_key_1 = __importDefault(__nccwpck_require__(1146));
const tailscale_oauth_client_secret_1 = __importDefault(__nccwpck_require__(2456));
const tailscale_scim_key_1 = __importDefault(__nccwpck_require__(2904));
const tailscale_webhook_secret_1 = __importDefault(__nccwpck_require__(8758));
const telegram_bot_token_1 = __importDefault(__nccwpck_require__(9310));
const tencent_cloud_secret_id_1 = __importDefault(__nccwpck_require__(8679));
const tencent_cloud_secret_key_1 = __importDefault(__nccwpck_require__(5859));
const terraform_cloud_api_token_1 = __importDefault(__nccwpck_require__(8576));
const travis_ci_api_token_1 = __importDefault(__nccwpck_require__(5036));
const twilio_api_key_1 = __importDefault(__nccwpck_require__(4174));
const twilio_api_secret_1 = __importDefault(__nccwpck_require__(2021));
const twilio_auth_token_1 = __importDefault(__nccwpck_require__(16));
const twitch_access_token_1 = __importDefault(__nccwpck_require__(2301));
const twitter_access_token_1 = __importDefault(__nccwpck_require__(7309));
const twitter_bearer_token_1 = __importDefault(__nccwpck_require__(7750));
const typeform_personal_access_token_1 = __importDefault(__nccwpck_require__(6543));
const vault_batch_token_1 = __importDefault(__nccwpck_require__(9892));
const vault_legacy_token_1 = __importDefault(__nccwpck_require__(3961));
const vault_recovery_token_1 = __importDefault(__nccwpck_require__(5093));
const vault_service_token_1 = __importDefault(__nccwpck_require__(8687));
const vercel_access_token_1 = __importDefault(__nccwpck_require__(3569));
const vonage_api_secret_1 = __importDefault(__nccwpck_require__(3588));
const xai_api_key_1 = __importDefault(__nccwpck_require__(7483));
const yandex_cloud_api_key_1 = __importDefault(__nccwpck_require__(8135));
const yandex_cloud_iam_token_1 = __importDefault(__nccwpck_require__(3744));
const yandex_cloud_static_secret_key_1 = __importDefault(__nccwpck_require__(1630));
const zendesk_api_token_1 = __importDefault(__nccwpck_require__(8356));
/** Every provider rule, sorted by id. */
exports.SECRET_RULES = [
    adyen_api_key_1.default,
    adyen_hmac_key_1.default,
    age_secret_key_1.default,
    airtable_personal_access_token_1.default,
    algolia_admin_api_key_1.default,
    alibaba_access_key_id_1.default,
    alibaba_access_key_secret_1.default,
    anthropic_admin_key_1.default,
    anthropic_api_key_1.default,
    asana_personal_access_token_1.default,
    atlassian_api_token_1.default,
    atlassian_api_token_legacy_1.default,
    aws_access_key_id_1.default,
    aws_bedrock_api_key_1.default,
    aws_bedrock_short_term_api_key_1.default,
    aws_mws_auth_token_1.default,
    aws_secret_access_key_1.default,
    aws_session_token_1.default,
    azure_ad_client_secret_1.default,
    azure_apim_identifiable_key_1.default,
    azure_batch_identifiable_key_1.default,
    azure_cache_for_redis_identifiable_key_1.default,
    azure_common_annotated_key_1.default,
    azure_container_registry_identifiable_key_1.default,
    azure_cosmosdb_identifiable_key_1.default,
    azure_cosmosdb_key_1.default,
    azure_devops_pat_1.default,
    azure_devops_pat_legacy_1.default,
    azure_event_grid_identifiable_key_1.default,
    azure_event_hub_identifiable_key_1.default,
    azure_function_identifiable_key_1.default,
    azure_iot_identifiable_key_1.default,
    azure_logic_app_trigger_url_1.default,
    azure_openai_api_key_1.default,
    azure_relay_identifiable_key_1.default,
    azure_sas_token_1.default,
    azure_search_identifiable_key_1.default,
    azure_service_bus_identifiable_key_1.default,
    azure_service_bus_shared_access_key_1.default,
    azure_storage_account_identifiable_key_1.default,
    azure_storage_account_key_1.default,
    azure_storage_connection_string_key_1.default,
    bitbucket_access_token_1.default,
    bitbucket_app_password_1.default,
    bitwarden_access_token_1.default,
    box_developer_token_1.default,
    braintree_access_token_1.default,
    braintree_sandbox_access_token_1.default,
    brevo_api_key_1.default,
    brevo_smtp_key_1.default,
    browserstack_access_key_1.default,
    buildkite_api_access_token_1.default,
    circleci_personal_api_token_1.default,
    circleci_project_api_token_1.default,
    clojars_deploy_token_1.default,
    cloudflare_api_token_1.default,
    cloudflare_global_api_key_1.default,
    cloudflare_origin_ca_key_1.default,
    codecov_upload_token_1.default,
    cohere_api_key_1.default,
    coinbase_api_secret_1.default,
    contentful_personal_access_token_1.default,
    databricks_access_token_1.default,
    datadog_api_key_1.default,
    datadog_app_key_1.default,
    deepseek_api_key_1.default,
    defined_networking_api_key_1.default,
    digitalocean_oauth_token_1.default,
    digitalocean_personal_access_token_1.default,
    digitalocean_refresh_token_1.default,
    discord_bot_token_1.default,
    discord_client_secret_1.default,
    discord_webhook_url_1.default,
    docker_hub_oat_1.default,
    docker_hub_pat_1.default,
    doppler_audit_token_1.default,
    doppler_cli_token_1.default,
    doppler_personal_token_1.default,
    doppler_scim_token_1.default,
    doppler_service_account_token_1.default,
    doppler_service_token_1.default,
    dropbox_long_lived_token_1.default,
    dropbox_short_lived_token_1.default,
    dynatrace_api_token_1.default,
    easypost_api_key_1.default,
    easypost_test_api_key_1.default,
    elevenlabs_api_key_1.default,
    facebook_access_token_1.default,
    facebook_app_secret_1.default,
    figma_access_token_1.default,
    firebase_cloud_messaging_server_key_1.default,
    flutterwave_encryption_key_1.default,
    flutterwave_secret_key_1.default,
    flyio_access_token_1.default,
    flyio_macaroon_token_1.default,
    frameio_developer_token_1.default,
    freshdesk_api_key_1.default,
    gcp_api_key_1.default,
    gcp_oauth_access_token_1.default,
    gcp_oauth_client_secret_1.default,
    gcp_oauth_refresh_token_1.default,
    gcp_service_account_key_1.default,
    gcp_service_account_key_id_1.default,
    github_fine_grained_pat_1.default,
    github_oauth_token_1.default,
    github_pat_classic_1.default,
    github_refresh_token_1.default,
    github_server_to_server_token_1.default,
    github_user_to_server_token_1.default,
    gitlab_agent_token_1.default,
    gitlab_ci_job_token_1.default,
    gitlab_deploy_token_1.default,
    gitlab_feature_flags_client_token_1.default,
    gitlab_feed_token_1.default,
    gitlab_incoming_mail_token_1.default,
    gitlab_oauth_app_secret_1.default,
    gitlab_pat_1.default,
    gitlab_pipeline_trigger_token_1.default,
    gitlab_runner_registration_token_1.default,
    gitlab_runner_token_1.default,
    gitlab_scim_token_1.default,
    gitlab_session_cookie_1.default,
    gocardless_access_token_1.default,
    grafana_api_key_1.default,
    grafana_cloud_api_token_1.default,
    grafana_k6_api_token_1.default,
    grafana_service_account_token_1.default,
    groq_api_key_1.default,
    harness_access_token_1.default,
    hcp_client_secret_1.default,
    heroku_api_key_1.default,
    heroku_api_key_legacy_1.default,
    honeycomb_api_key_1.default,
    honeycomb_ingest_key_1.default,
    hubspot_api_key_1.default,
    hubspot_private_app_token_1.default,
    huggingface_access_token_1.default,
    huggingface_org_token_1.default,
    ibm_cloud_api_key_1.default,
    infracost_api_key_1.default,
    intercom_access_token_1.default,
    jfrog_api_key_1.default,
    jfrog_reference_token_1.default,
    jwt_1.default,
    langsmith_api_key_1.default,
    launchdarkly_access_token_1.default,
    launchdarkly_sdk_key_1.default,
    lightstep_access_token_1.default,
    linear_api_key_1.default,
    linear_oauth_token_1.default,
    linkedin_client_secret_1.default,
    loggly_customer_token_1.default,
    mailchimp_api_key_1.default,
    mailchimp_transactional_api_key_1.default,
    mailersend_api_token_1.default,
    mailgun_api_key_1.default,
    mailgun_private_api_key_1.default,
    mapbox_secret_token_1.default,
    mattermost_access_token_1.default,
    microsoft_teams_webhook_url_1.default,
    mistral_api_key_1.default,
    mollie_api_key_1.default,
    netlify_access_token_1.default,
    newrelic_admin_api_key_1.default,
    newrelic_browser_api_key_1.default,
    newrelic_insights_insert_key_1.default,
    newrelic_insights_query_key_1.default,
    newrelic_license_key_1.default,
    newrelic_license_key_legacy_1.default,
    newrelic_user_api_key_1.default,
    notion_integration_token_1.default,
    notion_legacy_integration_token_1.default,
    npm_access_token_1.default,
    nuget_api_key_1.default,
    octopus_deploy_api_key_1.default,
    okta_api_token_1.default,
    onepassword_service_account_token_1.default,
    openai_admin_key_1.default,
    openai_api_key_1.default,
    openai_project_key_1.default,
    openai_service_account_key_1.default,
    openrouter_api_key_1.default,
    pagerduty_api_key_1.default,
    pagerduty_integration_key_1.default,
    paypal_client_secret_1.default,
    perplexity_api_key_1.default,
    plaid_access_token_1.default,
    plaid_processor_token_1.default,
    plaid_secret_1.default,
    plivo_auth_token_1.default,
    portainer_access_token_1.default,
    postman_api_key_1.default,
    postmark_server_token_1.default,
    prefect_api_key_1.default,
    private_key_dsa_1.default,
    private_key_ec_1.default,
    private_key_openssh_1.default,
    private_key_pgp_1.default,
    private_key_pkcs8_1.default,
    private_key_pkcs8_encrypted_1.default,
    private_key_rsa_1.default,
    pulumi_access_token_1.default,
    pusher_app_secret_1.default,
    putty_private_key_1.default,
    pypi_api_token_1.default,
    pypi_test_api_token_1.default,
    razorpay_key_secret_1.default,
    readme_api_key_1.default,
    render_api_key_1.default,
    replicate_api_token_1.default,
    rubygems_api_key_1.default,
    sauce_labs_access_key_1.default,
    scalingo_api_token_1.default,
    sendgrid_api_key_1.default,
    sentry_auth_token_legacy_1.default,
    sentry_dsn_1.default,
    sentry_org_token_1.default,
    sentry_user_token_1.default,
    shippo_live_token_1.default,
    shippo_test_token_1.default,
    shopify_access_token_1.default,
    shopify_custom_app_token_1.default,
    shopify_private_app_token_1.default,
    shopify_shared_secret_1.default,
    slack_app_token_1.default,
    slack_bot_token_1.default,
    slack_config_access_token_1.default,
    slack_config_refresh_token_1.default,
    slack_legacy_token_1.default,
    slack_user_token_1.default,
    slack_webhook_url_1.default,
    slack_workflow_webhook_url_1.default,
    slack_workspace_token_1.default,
    snyk_api_token_1.default,
    sonarqube_global_analysis_token_1.default,
    sonarqube_project_token_1.default,
    sonarqube_user_token_1.default,
    sourcegraph_access_token_1.default,
    square_access_token_1.default,
    square_oauth_secret_1.default,
    stripe_restricted_key_1.default,
    stripe_secret_key_1.default,
    stripe_test_secret_key_1.default,
    stripe_webhook_secret_1.default,
    sumo_logic_access_id_1.default,
    sumo_logic_access_key_1.default,
    supabase_access_token_1.default,
    supabase_secret_key_1.default,
    tailscale_api_key_1.default,
    tailscale_auth_key_1.default,
    tailscale_oauth_client_secret_1.default,
    tailscale_scim_key_1.default,
    tailscale_webhook_secret_1.default,
    telegram_bot_token_1.default,
    tencent_cloud_secret_id_1.default,
    tencent_cloud_secret_key_1.default,
    terraform_cloud_api_token_1.default,
    travis_ci_api_token_1.default,
    twilio_api_key_1.default,
    twilio_api_secret_1.default,
    twilio_auth_token_1.default,
    twitch_access_token_1.default,
    twitter_access_token_1.default,
    twitter_bearer_token_1.default,
    typeform_personal_access_token_1.default,
    vault_batch_token_1.default,
    vault_legacy_token_1.default,
    vault_recovery_token_1.default,
    vault_service_token_1.default,
    vercel_access_token_1.default,
    vonage_api_secret_1.default,
    xai_api_key_1.default,
    yandex_cloud_api_key_1.default,
    yandex_cloud_iam_token_1.default,
    yandex_cloud_static_secret_key_1.default,
    zendesk_api_token_1.default,
];


/***/ }),

/***/ 6573:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Infracost API keys: `ico-` and 32 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'infracost-api-key',
    provider: 'Infracost',
    description: 'Infracost API key',
    keywords: ['ico-'],
    pattern: /\b(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 6505:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/** Intercom tokens are base64 of `tok:<uuid>:<…>`. */
function isIntercomToken(token) {
    return /^tok:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:/.test(Buffer.from(token, 'base64').toString('utf8'));
}
/**
 * Base64 of `tok:<uuid>:…`, so it starts `dG9rOj` or `dG9rOm`; the decoded form is checked.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'intercom-access-token',
    provider: 'Intercom',
    description: 'Intercom access token',
    keywords: ['dg9ro'],
    pattern: /\b(?<secret>dG9rO[jm][A-Za-z0-9+\/]{50,120}={0,2})(?![A-Za-z0-9+\/=])/,
    minEntropy: 3,
    validate: isIntercomToken,
});


/***/ }),

/***/ 8834:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * JFrog Artifactory API keys (deprecated but still accepted): `AKCp` and 69 or more alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'jfrog-api-key',
    provider: 'JFrog',
    description: 'JFrog Artifactory API key',
    keywords: ['akcp'],
    pattern: /\b(?<secret>AKCp[A-Za-z0-9]{69,80})(?![A-Za-z0-9])/,
    minEntropy: 4,
});


/***/ }),

/***/ 8349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __nccwpck_require__(9338);
const rule_1 = __nccwpck_require__(9815);
/**
 * JFrog reference tokens: 64 base64 characters encoding `reftkn:01:<expiry>:<random>`, so they start
 * with `cmVmdGtu`. The decoded prefix is checked.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'jfrog-reference-token',
    provider: 'JFrog',
    description: 'JFrog reference token',
    keywords: ['cmvmdgtu'],
    pattern: /\b(?<secret>cmVmdGtu[A-Za-z0-9]{56})(?![A-Za-z0-9+/=])/,
    validate: (secret) => /^reftkn:\d{2}:\d{10}:/.test((0, _base64_json_1.decodeBase64)(secret) ?? ''),
});


/***/ }),

/***/ 1820:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __nccwpck_require__(9338);
const rule_1 = __nccwpck_require__(9815);
/**
 * A signed JWT (JWS compact form): three base64url segments, the header and payload JSON objects.
 * The header is decoded and must name an `alg`. Unsigned tokens (`alg: none`, empty signature) are
 * not reported: anyone can mint one, so they grant nothing by themselves and would only be noise.
 * Kubernetes service-account tokens and Supabase keys are JWTs and are found here.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'jwt',
    provider: 'JSON Web Token',
    description: 'Signed JSON Web Token',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,8192}\.eyJ[A-Za-z0-9_-]{10,8192}\.[A-Za-z0-9_-]{16,8192})(?![A-Za-z0-9_.=+/-])/,
    validate: (secret) => {
        const [header, payload] = secret.split('.');
        const h = (0, _base64_json_1.decodeBase64Json)(header);
        return !!h && typeof h.alg === 'string' && h.alg.toLowerCase() !== 'none' && (0, _base64_json_1.decodeBase64Json)(payload) !== undefined;
    },
    documentedExamples: [
        // The example token shown on jwt.io and in RFC-style tutorials.
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ],
});


/***/ }),

/***/ 1981:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `lsv2_pt_` (personal) or `lsv2_sk_` (service) + 32 hex + `_` + 10 hex.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'langsmith-api-key',
    provider: 'LangChain',
    description: 'LangSmith API key (personal or service)',
    keywords: ['lsv2_'],
    pattern: /\b(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 2488:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * LaunchDarkly API access tokens: `api-` and a UUID, on a line that mentions LaunchDarkly.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'launchdarkly-access-token',
    provider: 'LaunchDarkly',
    description: 'LaunchDarkly API access token',
    keywords: ['launchdarkly', 'launch_darkly', 'ld_api', 'ld_access'],
    pattern: new RegExp(`(?<![A-Za-z0-9-])(?<secret>api-${_assignment_1.UUID})(?![A-Za-z0-9-])`),
});


/***/ }),

/***/ 6134:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * LaunchDarkly server-side SDK keys: `sdk-` and a UUID, on a line that mentions LaunchDarkly.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'launchdarkly-sdk-key',
    provider: 'LaunchDarkly',
    description: 'LaunchDarkly server-side SDK key',
    keywords: ['launchdarkly', 'launch_darkly', 'ld_sdk'],
    pattern: new RegExp(`(?<![A-Za-z0-9-])(?<secret>sdk-${_assignment_1.UUID})(?![A-Za-z0-9-])`),
});


/***/ }),

/***/ 9026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Lightstep access tokens: 32 or more base64 characters, assigned to a Lightstep access-token name
 * or sent as the `lightstep-access-token` header.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'lightstep-access-token',
    provider: 'Lightstep',
    description: 'Lightstep (ServiceNow Cloud Observability) access token',
    keywords: ['lightstep', 'ls_access_token'],
    pattern: (0, _assignment_1.assignedTo)(['lightstep_access_token', 'lightstep_token', 'lightstep_api_key', 'ls_access_token'], '[A-Za-z0-9+/]{32,200}={0,2}'),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 4,
});


/***/ }),

/***/ 1251:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Linear personal API keys: `lin_api_` and 40 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'linear-api-key',
    provider: 'Linear',
    description: 'Linear personal API key',
    keywords: ['lin_api_'],
    pattern: /\b(?<secret>lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 78:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Linear OAuth access tokens: `lin_oauth_` and 40 to 64 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'linear-oauth-token',
    provider: 'Linear',
    description: 'Linear OAuth access token',
    keywords: ['lin_oauth_'],
    pattern: /\b(?<secret>lin_oauth_[A-Za-z0-9]{40,64})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * LinkedIn application client secrets: `WPL_AP0.` or `WPL_AP1.`, 16 alphanumerics, `.`, and a short
 * base64 tail.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'linkedin-client-secret',
    provider: 'LinkedIn',
    description: 'LinkedIn client secret',
    keywords: ['wpl_ap'],
    pattern: /\b(?<secret>WPL_AP[01]\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/]{6,24}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5790:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Loggly customer tokens: a UUID, assigned to a name that mentions Loggly or in a Loggly input URL.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'loggly-customer-token',
    provider: 'Loggly',
    description: 'Loggly customer token',
    keywords: ['loggly'],
    pattern: new RegExp(`(?:${(0, _assignment_1.assignmentPrefix)(['loggly'])}|loggly\\.com/(?:inputs|bulk)/)(?<secret>${_assignment_1.UUID})(?![A-Za-z0-9-])`),
});


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * 32 lowercase hex characters + `-us` + the data-center number.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'mailchimp-api-key',
    provider: 'Mailchimp',
    description: 'Mailchimp Marketing API key',
    keywords: ['-us'],
    pattern: /\b(?<secret>[0-9a-f]{32}-us[0-9]{1,2})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 9048:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Twenty-two base64url characters (optionally after `md-`) assigned to a Mandrill name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'mailchimp-transactional-api-key',
    provider: 'Mailchimp',
    description: 'Mailchimp Transactional (Mandrill) API key',
    keywords: ['mandrill', 'mailchimp_transactional', 'mailchimp-transactional', 'mailchimp.transactional', 'mailchimptransactional'],
    pattern: (0, _assignment_1.assignedTo)(['mandrill', 'mailchimp_transactional'], '(?:md-)?[A-Za-z0-9_-]{22}'),
    minEntropy: 3.5,
});


/***/ }),

/***/ 3090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `mlsn.` + 64 lowercase hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'mailersend-api-token',
    provider: 'MailerSend',
    description: 'MailerSend API token',
    keywords: ['mlsn.'],
    pattern: /\b(?<secret>mlsn\.[a-f0-9]{64})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 265:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `key-` + 32 lowercase hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'mailgun-api-key',
    provider: 'Mailgun',
    description: 'Mailgun API key (key- format)',
    keywords: ['key-'],
    pattern: /\b(?<secret>key-[0-9a-f]{32})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 4435:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * `<32 hex>-<8 hex>-<8 hex>` assigned to a Mailgun name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'mailgun-private-api-key',
    provider: 'Mailgun',
    description: 'Mailgun private API key',
    keywords: ['mailgun'],
    pattern: (0, _assignment_1.assignedTo)(['mailgun'], '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}'),
    minEntropy: 3,
});


/***/ }),

/***/ 9619:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __nccwpck_require__(9338);
const rule_1 = __nccwpck_require__(9815);
/**
 * Mapbox secret tokens: `sk.`, base64 JSON naming the user (`{"u":…}`), `.`, 22 characters.
 * The JSON is decoded to confirm it. Public `pk.` tokens are meant to ship in clients.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'mapbox-secret-token',
    provider: 'Mapbox',
    description: 'Mapbox secret access token',
    keywords: ['sk.eyj1ijoi'],
    pattern: /\b(?<secret>sk\.eyJ1Ijoi[A-Za-z0-9_-]{10,4096}\.[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
    validate: (secret) => typeof (0, _base64_json_1.decodeBase64Json)(secret.split('.')[1])?.u === 'string',
});


/***/ }),

/***/ 7550:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Mattermost personal access tokens: 26 lowercase alphanumerics, assigned to a name that mentions Mattermost.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'mattermost-access-token',
    provider: 'Mattermost',
    description: 'Mattermost personal access token',
    keywords: ['mattermost'],
    pattern: (0, _assignment_1.assignedTo)(['mattermost'], '[a-z0-9]{26}', { notFollowedBy: ['team', 'channel', 'user_id'] }),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5330:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>[/<signature>]`,
 * or the older `outlook.office.com/webhook/…` form.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'microsoft-teams-webhook-url',
    provider: 'Microsoft',
    description: 'Microsoft Teams incoming webhook URL (Office 365 connector)',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
    pattern: /(?<secret>https:\/\/(?:[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[A-Za-z0-9_-]{20,4096})?)(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 4662:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
const _assignment_2 = __nccwpck_require__(3473);
/**
 * Thirty-two base62 characters assigned to a Mistral name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'mistral-api-key',
    provider: 'Mistral AI',
    description: 'Mistral AI API key',
    keywords: ['mistral'],
    pattern: (0, _assignment_2.assignedTo)(['mistral'], '[A-Za-z0-9]{32}'),
    minEntropy: 4,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 1892:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * `live_` + 30 base62 characters assigned to a Mollie name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'mollie-api-key',
    provider: 'Mollie',
    description: 'Mollie live API key',
    keywords: ['mollie'],
    pattern: (0, _assignment_1.assignedTo)(['mollie'], 'live_[A-Za-z0-9]{30}'),
    minEntropy: 3.5,
});


/***/ }),

/***/ 7883:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Netlify personal access tokens: `nfp_` and 36 to 40 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'netlify-access-token',
    provider: 'Netlify',
    description: 'Netlify personal access token',
    keywords: ['nfp_'],
    pattern: /\b(?<secret>nfp_[A-Za-z0-9]{36,40})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5813:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `NRAA-` + 27 hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'newrelic-admin-api-key',
    provider: 'New Relic',
    description: 'New Relic admin API key (legacy)',
    keywords: ['nraa-'],
    pattern: /\b(?<secret>NRAA-[a-f0-9]{27})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 2406:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `NRJS-` + 19 hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'newrelic-browser-api-key',
    provider: 'New Relic',
    description: 'New Relic browser (ingest) API key',
    keywords: ['nrjs-'],
    pattern: /\b(?<secret>NRJS-[a-f0-9]{19})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 2878:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `NRII-` + 32 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'newrelic-insights-insert-key',
    provider: 'New Relic',
    description: 'New Relic Insights insert key',
    keywords: ['nrii-'],
    pattern: /\b(?<secret>NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 2203:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `NRIQ-` + 32 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'newrelic-insights-query-key',
    provider: 'New Relic',
    description: 'New Relic Insights query key',
    keywords: ['nriq-'],
    pattern: /\b(?<secret>NRIQ-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Forty lowercase hex characters assigned to a New Relic license-key name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'newrelic-license-key-legacy',
    provider: 'New Relic',
    description: 'New Relic license key (legacy 40-hex format)',
    keywords: ['new_relic_license', 'new-relic-license', 'new.relic.license', 'newreliclicense', 'newrelic_license', 'newrelic-license', 'newrelic.license', 'nr_license', 'nr-license', 'nr.license', 'nrlicense'],
    pattern: (0, _assignment_1.assignedTo)(['new_relic_license', 'newrelic_license', 'nr_license'], '[a-f0-9]{40}'),
    minEntropy: 3,
});


/***/ }),

/***/ 6512:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Forty characters ending in `NRAL`: 36 hex, or `eu01xx` + 30 hex for EU accounts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'newrelic-license-key',
    provider: 'New Relic',
    description: 'New Relic ingest license key',
    keywords: ['nral'],
    pattern: /\b(?<secret>(?:[a-f0-9]{36}|eu01xx[a-f0-9]{30})NRAL)\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 921:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `NRAK-` + 27 uppercase base36 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'newrelic-user-api-key',
    provider: 'New Relic',
    description: 'New Relic user API key',
    keywords: ['nrak-'],
    pattern: /\b(?<secret>NRAK-[A-Z0-9]{27})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Notion integration tokens (since 2024): `ntn_`, 11 digits, then 35 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'notion-integration-token',
    provider: 'Notion',
    description: 'Notion integration token',
    keywords: ['ntn_'],
    pattern: /\b(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5409:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Notion integration tokens before 2024: `secret_` and 43 alphanumerics. `secret_` is a common
 * word, so only on a line that mentions Notion.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'notion-legacy-integration-token',
    provider: 'Notion',
    description: 'Notion integration token (legacy secret_ format)',
    keywords: ['notion'],
    pattern: /\b(?<secret>secret_[A-Za-z0-9]{43})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 1271:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const checksum_1 = __nccwpck_require__(7674);
/** The last 6 characters are the base62 CRC32 of the 30 before them (GitHub's token format). */
function hasValidChecksum(token) {
    return (0, checksum_1.base62)((0, checksum_1.crc32)(token.slice(4, 34)), 6) === token.slice(34);
}
/**
 * `npm_` + 30 base62 characters + their base62 CRC32 (6 characters): npm adopted GitHub's token
 * format, checksum included, so look-alikes are rejected.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'npm-access-token',
    provider: 'npm',
    description: 'npm access token',
    keywords: ['npm_'],
    pattern: /\b(?<secret>npm_[A-Za-z0-9]{36})\b/,
    minEntropy: 3,
    validate: hasValidChecksum,
});


/***/ }),

/***/ 4362:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `oy2` + 43 lowercase base32-like characters with fixed bits at known offsets (a 46-character key).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'nuget-api-key',
    provider: 'NuGet',
    description: 'NuGet.org API key',
    keywords: ['oy2'],
    pattern: /\b(?<secret>oy2[a-p][0-9a-z]{15}[aq][0-9a-z]{11}[eu][bdfhjlnprtvxz357][a-p][0-9a-z]{11}[aeimquy4])\b/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5317:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Octopus Deploy API keys: `API-` and 26 to 32 uppercase alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'octopus-deploy-api-key',
    provider: 'Octopus Deploy',
    description: 'Octopus Deploy API key',
    keywords: ['api-'],
    pattern: /\b(?<secret>API-[A-Z0-9]{26,32})(?![A-Za-z0-9])/,
    validate: (secret) => /[0-9]/.test(secret.slice(4)) && /[A-Z]/.test(secret.slice(4)),
    minEntropy: 3.5,
});


/***/ }),

/***/ 2081:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Okta API tokens: `00` and 40 base64url characters, sent as `Authorization: SSWS <token>` or
 * assigned to a name that mentions Okta.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'okta-api-token',
    provider: 'Okta',
    description: 'Okta API token',
    keywords: ['okta', 'ssws'],
    pattern: new RegExp(`(?:\\bSSWS[ \\t]{1,8}|${(0, _assignment_1.assignmentPrefix)(['okta'])})(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`),
    minEntropy: 3.5,
});


/***/ }),

/***/ 1300:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __nccwpck_require__(9338);
const rule_1 = __nccwpck_require__(9815);
/**
 * 1Password service account tokens: `ops_` and base64-encoded JSON (250 characters or more).
 * The JSON is decoded to confirm it.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'onepassword-service-account-token',
    provider: '1Password',
    description: '1Password service account token',
    keywords: ['ops_eyj'],
    pattern: /\b(?<secret>ops_eyJ[A-Za-z0-9+/_-]{250,8192}={0,3})(?![A-Za-z0-9+/=_-])/,
    validate: (secret) => (0, _base64_json_1.decodeBase64Json)(secret.slice(4)) !== undefined,
});


/***/ }),

/***/ 4895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sk-admin-` + base64url characters with the `T3BlbkFJ` marker ("OpenAI" in base64) in the middle.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'openai-admin-key',
    provider: 'OpenAI',
    description: 'OpenAI admin API key',
    keywords: ['sk-admin-'],
    pattern: /\b(?<secret>sk-admin-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 8200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sk-` + 20 + `T3BlbkFJ` + 20 base62 characters, or the `sk-None-…T3BlbkFJ…` user-key form.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'openai-api-key',
    provider: 'OpenAI',
    description: 'OpenAI API key (legacy user key)',
    keywords: ['t3blbkfj'],
    pattern: /\b(?<secret>sk-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|None-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}))(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3141:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sk-proj-` + base64url characters with the `T3BlbkFJ` marker ("OpenAI" in base64) in the middle.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'openai-project-key',
    provider: 'OpenAI',
    description: 'OpenAI project API key',
    keywords: ['sk-proj-'],
    pattern: /\b(?<secret>sk-proj-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 1453:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sk-svcacct-` + base64url characters with the `T3BlbkFJ` marker ("OpenAI" in base64) in the middle.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'openai-service-account-key',
    provider: 'OpenAI',
    description: 'OpenAI service account API key',
    keywords: ['sk-svcacct-'],
    pattern: /\b(?<secret>sk-svcacct-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 2071:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sk-or-v1-` + 64 lowercase hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'openrouter-api-key',
    provider: 'OpenRouter',
    description: 'OpenRouter API key',
    keywords: ['sk-or-v1-'],
    pattern: /\b(?<secret>sk-or-v1-[a-f0-9]{64})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 3845:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Twenty characters of `[A-Za-z0-9_+-]` assigned to a PagerDuty name. The key from PagerDuty's API
 * documentation is ignored.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'pagerduty-api-key',
    provider: 'PagerDuty',
    description: 'PagerDuty REST API key',
    keywords: ['pagerduty', 'pager_duty', 'pager-duty', 'pager.duty', 'pd_api_key', 'pd-api-key', 'pd.api.key', 'pdapikey', 'pd_token', 'pd-token', 'pd.token', 'pdtoken'],
    pattern: (0, _assignment_1.assignedTo)(['pagerduty', 'pager_duty', 'pd_api_key', 'pd_token'], '[A-Za-z0-9_+-]{20}', { notFollowedBy: ['id', 'url', 'email'] }),
    minEntropy: 3.5,
    documentedExamples: ['y_NbAkKc66ryYTWUXYEu'],
});


/***/ }),

/***/ 4463:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Thirty-two lowercase hex characters assigned to a PagerDuty name (`routing_key`, `integration_key`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'pagerduty-integration-key',
    provider: 'PagerDuty',
    description: 'PagerDuty Events API integration (routing) key',
    keywords: ['pagerduty', 'pager_duty', 'pager-duty', 'pager.duty', 'pd_routing_key', 'pd-routing-key', 'pd.routing.key', 'pdroutingkey', 'pd_integration_key', 'pd-integration-key', 'pd.integration.key', 'pdintegrationkey', 'pd_service_key', 'pd-service-key', 'pd.service.key', 'pdservicekey'],
    pattern: (0, _assignment_1.assignedTo)(['pagerduty', 'pager_duty', 'pd_routing_key', 'pd_integration_key', 'pd_service_key'], '[a-f0-9]{32}'),
    minEntropy: 3,
});


/***/ }),

/***/ 7445:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * An `E…` base64url secret of 60 to 80 characters assigned to a PayPal name (client IDs start with `A`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'paypal-client-secret',
    provider: 'PayPal',
    description: 'PayPal REST API client secret',
    keywords: ['paypal'],
    pattern: (0, _assignment_1.assignedTo)(['paypal'], 'E[A-Za-z0-9_-]{59,79}'),
    minEntropy: 4,
});


/***/ }),

/***/ 7512:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `pplx-` + 48 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'perplexity-api-key',
    provider: 'Perplexity',
    description: 'Perplexity API key',
    keywords: ['pplx-'],
    pattern: /\b(?<secret>pplx-[A-Za-z0-9]{48})\b/,
    minEntropy: 4,
});


/***/ }),

/***/ 622:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `access-production-<uuid>` (and the retired `access-development-`). Sandbox tokens are not reported.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'plaid-access-token',
    provider: 'Plaid',
    description: 'Plaid production access token',
    keywords: ['access-production-', 'access-development-'],
    pattern: /\b(?<secret>access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 5922:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `processor-production-<uuid>`, handed to a payment processor. Sandbox tokens are not reported.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'plaid-processor-token',
    provider: 'Plaid',
    description: 'Plaid production processor token',
    keywords: ['processor-production-'],
    pattern: /\b(?<secret>processor-production-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 9864:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Thirty lowercase base36 characters assigned to a Plaid name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'plaid-secret',
    provider: 'Plaid',
    description: 'Plaid API secret',
    keywords: ['plaid'],
    pattern: (0, _assignment_1.assignedTo)(['plaid'], '[a-z0-9]{30}'),
    minEntropy: 3.5,
});


/***/ }),

/***/ 4668:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
const _assignment_2 = __nccwpck_require__(3473);
/**
 * Forty base62 characters assigned to a Plivo name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'plivo-auth-token',
    provider: 'Plivo',
    description: 'Plivo auth token',
    keywords: ['plivo'],
    pattern: (0, _assignment_2.assignedTo)(['plivo'], '[A-Za-z0-9]{40}'),
    minEntropy: 4,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 4294:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Portainer access tokens: `ptr_` and the standard base64 of 32 random bytes (43 characters and `=`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'portainer-access-token',
    provider: 'Portainer',
    description: 'Portainer API access token',
    keywords: ['ptr_'],
    pattern: /\b(?<secret>ptr_[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Postman API keys: `PMAK-`, 24 hex digits, `-`, 34 hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'postman-api-key',
    provider: 'Postman',
    description: 'Postman API key',
    keywords: ['pmak-'],
    pattern: /\b(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 1364:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * A UUID assigned to a Postmark name or sent as `X-Postmark-Server-Token` / `X-Postmark-Account-Token`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'postmark-server-token',
    provider: 'Postmark',
    description: 'Postmark server or account API token',
    keywords: ['postmark'],
    pattern: (0, _assignment_1.assignedTo)(['postmark'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', { notFollowedBy: ['id'] }),
    minEntropy: 3,
});


/***/ }),

/***/ 9645:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Prefect Cloud API keys: `pnu_` and 36 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'prefect-api-key',
    provider: 'Prefect',
    description: 'Prefect Cloud API key',
    keywords: ['pnu_'],
    pattern: /\b(?<secret>pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8617:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _pem_1 = __nccwpck_require__(3344);
/**
 * `-----BEGIN DSA PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-dsa',
    provider: 'Private key',
    description: 'DSA private key (PEM)',
    keywords: ['begin dsa private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('DSA PRIVATE KEY'),
    validate: _pem_1.hasRandomBodyOrNone,
});


/***/ }),

/***/ 5761:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _pem_1 = __nccwpck_require__(3344);
/**
 * PEM `-----BEGIN EC PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-ec',
    provider: 'Private key',
    description: 'EC private key (SEC 1 PEM)',
    keywords: ['begin ec private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('EC PRIVATE KEY'),
    validate: _pem_1.hasRandomBodyOrNone,
});


/***/ }),

/***/ 5671:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _pem_1 = __nccwpck_require__(3344);
/**
 * `-----BEGIN OPENSSH PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-openssh',
    provider: 'Private key',
    description: 'OpenSSH private key',
    keywords: ['begin openssh private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('OPENSSH PRIVATE KEY'),
    validate: _pem_1.hasRandomBodyOrNone,
});


/***/ }),

/***/ 2538:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _pem_1 = __nccwpck_require__(3344);
/**
 * `-----BEGIN PGP PRIVATE KEY BLOCK-----` armor headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-pgp',
    provider: 'Private key',
    description: 'PGP private key block',
    keywords: ['begin pgp private key block'],
    pattern: (0, _pem_1.pemHeaderPattern)('PGP PRIVATE KEY BLOCK'),
    validate: _pem_1.hasRandomBodyOrNone,
});


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _pem_1 = __nccwpck_require__(3344);
/**
 * `-----BEGIN ENCRYPTED PRIVATE KEY-----` headers: passphrase-protected, but a leaked key can be
 * brute-forced offline. See `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-pkcs8-encrypted',
    provider: 'Private key',
    description: 'Encrypted private key (PKCS#8 PEM)',
    keywords: ['begin encrypted private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('ENCRYPTED PRIVATE KEY'),
    validate: _pem_1.hasRandomBodyOrNone,
});


/***/ }),

/***/ 5480:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _pem_1 = __nccwpck_require__(3344);
/**
 * Unencrypted PKCS#8 `-----BEGIN PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 * Google service-account JSON files carry one in `private_key`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-pkcs8',
    provider: 'Private key',
    description: 'Private key (PKCS#8 PEM)',
    keywords: ['begin private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('PRIVATE KEY'),
    validate: _pem_1.hasRandomBodyOrNone,
});


/***/ }),

/***/ 9247:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _pem_1 = __nccwpck_require__(3344);
/**
 * PEM `-----BEGIN RSA PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-rsa',
    provider: 'Private key',
    description: 'RSA private key (PKCS#1 PEM)',
    keywords: ['begin rsa private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('RSA PRIVATE KEY'),
    validate: _pem_1.hasRandomBodyOrNone,
});


/***/ }),

/***/ 9362:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Pulumi Cloud access tokens: `pul-` and 40 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'pulumi-access-token',
    provider: 'Pulumi',
    description: 'Pulumi access token',
    keywords: ['pul-'],
    pattern: /\b(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 5641:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Twenty lowercase hex characters assigned to a Pusher secret name (the app key is public).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'pusher-app-secret',
    provider: 'Pusher',
    description: 'Pusher Channels app secret',
    keywords: ['pusher_app_secret', 'pusher-app-secret', 'pusher.app.secret', 'pusherappsecret', 'pusher_secret', 'pusher-secret', 'pusher.secret', 'pushersecret'],
    pattern: (0, _assignment_1.assignedTo)(['pusher_app_secret', 'pusher_secret'], '[a-f0-9]{20}'),
    minEntropy: 3,
});


/***/ }),

/***/ 7603:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * PuTTY `.ppk` files start with `PuTTY-User-Key-File-<version>: <algorithm>`; the private part
 * follows on later lines, so the header line is reported.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'putty-private-key',
    provider: 'Private key',
    description: 'PuTTY private key file',
    keywords: ['putty-user-key-file-'],
    pattern: /(?<![\w-])(?<secret>PuTTY-User-Key-File-[23]: (?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)))(?![\w-])/,
});


/***/ }),

/***/ 6876:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `pypi-` + a base64url macaroon whose header names `pypi.org` (`AgEIcHlwaS5vcmc`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'pypi-api-token',
    provider: 'PyPI',
    description: 'PyPI API token',
    keywords: ['pypi-ageichlwas5vcmc'],
    pattern: /\b(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 4407:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `pypi-` + a base64url macaroon whose header names `test.pypi.org` (`AgENdGVzdC5weXBpLm9yZw`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'pypi-test-api-token',
    provider: 'PyPI',
    description: 'TestPyPI API token',
    keywords: ['pypi-agendgvzdc5wexbplm9yzw'],
    pattern: /\b(?<secret>pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 5994:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
const _assignment_2 = __nccwpck_require__(3473);
/**
 * Twenty-four base62 characters assigned to a Razorpay name (the `rzp_live_…` key ID is an identifier).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'razorpay-key-secret',
    provider: 'Razorpay',
    description: 'Razorpay API key secret',
    keywords: ['razorpay'],
    pattern: (0, _assignment_2.assignedTo)(['razorpay'], '[A-Za-z0-9]{24}'),
    minEntropy: 3.5,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 3380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * ReadMe API keys: `rdme_` and 70 lowercase alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'readme-api-key',
    provider: 'ReadMe',
    description: 'ReadMe API key',
    keywords: ['rdme_'],
    pattern: /\b(?<secret>rdme_[a-z0-9]{70})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Render API keys: `rnd_` and 32 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'render-api-key',
    provider: 'Render',
    description: 'Render API key',
    keywords: ['rnd_'],
    pattern: /\b(?<secret>rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 2259:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `r8_` + 37 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'replicate-api-token',
    provider: 'Replicate',
    description: 'Replicate API token',
    keywords: ['r8_'],
    pattern: /\b(?<secret>r8_[A-Za-z0-9]{37})\b/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8714:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `rubygems_` + 48 lowercase hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'rubygems-api-key',
    provider: 'RubyGems',
    description: 'RubyGems API key',
    keywords: ['rubygems_'],
    pattern: /\b(?<secret>rubygems_[a-f0-9]{48})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 4340:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Sauce Labs access keys: a UUID, assigned to a name that mentions Sauce Labs (`SAUCE_ACCESS_KEY`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sauce-labs-access-key',
    provider: 'Sauce Labs',
    description: 'Sauce Labs access key',
    keywords: ['sauce'],
    pattern: (0, _assignment_1.assignedTo)(['sauce'], _assignment_1.UUID, { notFollowedBy: ['tunnel', 'build', 'job'] }),
});


/***/ }),

/***/ 9918:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Scalingo API tokens: `tk-us-` and 48 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'scalingo-api-token',
    provider: 'Scalingo',
    description: 'Scalingo API token',
    keywords: ['tk-us-'],
    pattern: /\b(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3416:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `SG.` + 22 base64url characters + `.` + 43 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sendgrid-api-key',
    provider: 'SendGrid',
    description: 'SendGrid API key',
    keywords: ['sg.'],
    pattern: /\b(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Sixty-four lowercase hex characters assigned to a Sentry name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sentry-auth-token-legacy',
    provider: 'Sentry',
    description: 'Sentry auth token (legacy 64-hex format)',
    keywords: ['sentry'],
    pattern: (0, _assignment_1.assignedTo)(['sentry'], '[a-f0-9]{64}', { notFollowedBy: ['release', 'dsn', 'commit', 'sha'] }),
    minEntropy: 3,
});


/***/ }),

/***/ 4746:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * A SaaS DSN, `https://<32 hex>[:<32 hex>]@o<org>.ingest[.<region>].sentry.io/<project>`. The public
 * key lets anyone send events to the project (spam, quota exhaustion); the legacy `:secret` part is a
 * real secret.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sentry-dsn',
    provider: 'Sentry',
    description: 'Sentry DSN (project ingest key)',
    keywords: ['sentry.io'],
    pattern: /(?<secret>https:\/\/[0-9a-f]{32}(?::[0-9a-f]{32})?@(?:o\d{1,20}\.ingest\.(?:[a-z]{2}\.)?)?sentry\.io\/\d{1,20})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 7081:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/** The middle part is base64 JSON with an issue time and the organization's URLs. */
function hasSentryClaims(token) {
    const payload = token.slice('sntrys_'.length, token.lastIndexOf('_'));
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (!claims || typeof claims !== 'object')
            return false;
        const c = claims;
        return typeof c.iat === 'number' && (typeof c.url === 'string' || typeof c.region_url === 'string' || typeof c.org === 'string');
    }
    catch {
        return false; // Not JSON: a look-alike.
    }
}
/**
 * `sntrys_` + base64 JSON claims (`iat`, `url`, `region_url`, `org`) + `_` + a 43-character secret;
 * the claims are decoded and checked.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sentry-org-token',
    provider: 'Sentry',
    description: 'Sentry organization auth token',
    keywords: ['sntrys_'],
    pattern: /\b(?<secret>sntrys_eyJ[A-Za-z0-9+\/]{20,800}={0,2}_[A-Za-z0-9+\/]{43})(?![A-Za-z0-9+\/=_-])/,
    minEntropy: 4,
    validate: hasSentryClaims,
});


/***/ }),

/***/ 9264:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sntryu_` + 64 lowercase hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sentry-user-token',
    provider: 'Sentry',
    description: 'Sentry user auth token',
    keywords: ['sntryu_'],
    pattern: /\b(?<secret>sntryu_[a-f0-9]{64})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 8149:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `shippo_live_` + 40 hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'shippo-live-token',
    provider: 'Shippo',
    description: 'Shippo live API token',
    keywords: ['shippo_live_'],
    pattern: /\b(?<secret>shippo_live_[a-fA-F0-9]{40})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 6979:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `shippo_test_` + 40 hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'shippo-test-token',
    provider: 'Shippo',
    description: 'Shippo test API token',
    keywords: ['shippo_test_'],
    pattern: /\b(?<secret>shippo_test_[a-fA-F0-9]{40})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 6290:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `shpat_` + 32 hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'shopify-access-token',
    provider: 'Shopify',
    description: 'Shopify Admin API access token',
    keywords: ['shpat_'],
    pattern: /\b(?<secret>shpat_[a-fA-F0-9]{32})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 1881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `shpca_` + 32 hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'shopify-custom-app-token',
    provider: 'Shopify',
    description: 'Shopify custom app access token',
    keywords: ['shpca_'],
    pattern: /\b(?<secret>shpca_[a-fA-F0-9]{32})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 1459:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `shppa_` + 32 hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'shopify-private-app-token',
    provider: 'Shopify',
    description: 'Shopify private app access token',
    keywords: ['shppa_'],
    pattern: /\b(?<secret>shppa_[a-fA-F0-9]{32})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 8734:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `shpss_` + 32 hex characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'shopify-shared-secret',
    provider: 'Shopify',
    description: 'Shopify app shared secret',
    keywords: ['shpss_'],
    pattern: /\b(?<secret>shpss_[a-fA-F0-9]{32})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 9403:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xapp-<version>-<app id>-<number>-<hex>` (Socket Mode and other app-level APIs).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'slack-app-token',
    provider: 'Slack',
    description: 'Slack app-level token',
    keywords: ['xapp-'],
    pattern: /\b(?<secret>xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[A-Za-z0-9]{40,80})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xoxb-<team id>-<bot id>-<24 characters>`, or the older `xoxb-<id>-<18 to 26 characters>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'slack-bot-token',
    provider: 'Slack',
    description: 'Slack bot token',
    keywords: ['xoxb-'],
    pattern: /\b(?<secret>xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-[A-Za-z0-9]{24}|[A-Za-z0-9]{18,26}))\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 4835:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xoxe.xoxp-1-` (or `xoxe.xoxb-1-`) + 163 to 166 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'slack-config-access-token',
    provider: 'Slack',
    description: 'Slack app configuration access token',
    keywords: ['xoxe.xoxp-', 'xoxe.xoxb-'],
    pattern: /\b(?<secret>xoxe\.xox[bp]-\d-[A-Za-z0-9]{163,166})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 4206:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xoxe-1-` + 146 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'slack-config-refresh-token',
    provider: 'Slack',
    description: 'Slack app configuration refresh token',
    keywords: ['xoxe-'],
    pattern: /\b(?<secret>xoxe-\d-[A-Za-z0-9]{146})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 9861:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xoxs-` session and `xoxo-` legacy tokens: `xox[os]-<n>-<n>-<n>-<hex>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'slack-legacy-token',
    provider: 'Slack',
    description: 'Slack legacy or session token (xoxo/xoxs)',
    keywords: ['xoxs-', 'xoxo-'],
    pattern: /\b(?<secret>xox[os]-\d{5,15}-\d{5,15}-\d{5,15}-[a-fA-F0-9]{16,64})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 2401:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xoxp-<team>-<user>-<id>-<32 characters>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'slack-user-token',
    provider: 'Slack',
    description: 'Slack user token',
    keywords: ['xoxp-'],
    pattern: /\b(?<secret>xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,34})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 5945:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `https://hooks.slack.com/services/T…/B…/<24 characters>`: anyone holding it can post to the channel.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'slack-webhook-url',
    provider: 'Slack',
    description: 'Slack incoming webhook URL',
    keywords: ['hooks.slack.com'],
    pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,25})(?![A-Za-z0-9])/,
    minEntropy: 3,
    validate: (url) => new Set(url.slice(url.lastIndexOf('/') + 1)).size >= 10,
});


/***/ }),

/***/ 1191:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `https://hooks.slack.com/workflows/T…/A…/<id>/<secret>` or `…/triggers/T…/<id>/<secret>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'slack-workflow-webhook-url',
    provider: 'Slack',
    description: 'Slack workflow (Workflow Builder) webhook URL',
    keywords: ['hooks.slack.com'],
    pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?\d{8,20}\/[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    minEntropy: 3,
    validate: (url) => new Set(url.slice(url.lastIndexOf('/') + 1)).size >= 10,
});


/***/ }),

/***/ 4281:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xoxa-` access and `xoxr-` refresh tokens of the retired workspace apps.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'slack-workspace-token',
    provider: 'Slack',
    description: 'Slack legacy workspace app token (xoxa/xoxr)',
    keywords: ['xoxa-', 'xoxr-'],
    pattern: /\b(?<secret>xox[ar]-(?:[0-9A-Za-z]{1,64}-){0,5}[0-9A-Za-z]{8,64})(?![0-9A-Za-z-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 7845:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Snyk API tokens: a UUID assigned to a Snyk token name (`SNYK_TOKEN`). Organization and project
 * ids are UUIDs too, so the name must say token or key.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'snyk-api-token',
    provider: 'Snyk',
    description: 'Snyk API token',
    keywords: ['snyk'],
    pattern: (0, _assignment_1.assignedTo)(['snyk_token', 'snyk_api_token', 'snyk_auth_token', 'snyk_api_key', 'snyk_oauth_token', 'snyk_key'], _assignment_1.UUID),
});


/***/ }),

/***/ 7452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * SonarQube global analysis tokens: `sqa_` and 40 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sonarqube-global-analysis-token',
    provider: 'SonarQube',
    description: 'SonarQube global analysis token',
    keywords: ['sqa_'],
    pattern: /\b(?<secret>sqa_[a-f0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * SonarQube project analysis tokens: `sqp_` and 40 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sonarqube-project-token',
    provider: 'SonarQube',
    description: 'SonarQube / SonarCloud project analysis token',
    keywords: ['sqp_'],
    pattern: /\b(?<secret>sqp_[a-f0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 4993:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * SonarQube user tokens: `squ_` and 40 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sonarqube-user-token',
    provider: 'SonarQube',
    description: 'SonarQube / SonarCloud user token',
    keywords: ['squ_'],
    pattern: /\b(?<secret>squ_[a-f0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Sourcegraph access tokens: `sgp_`, an optional instance id (16 hex digits or `local`) and `_`,
 * then 40 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sourcegraph-access-token',
    provider: 'Sourcegraph',
    description: 'Sourcegraph access token',
    keywords: ['sgp_'],
    pattern: /\b(?<secret>sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40})(?![A-Za-z0-9_])/,
    minEntropy: 3,
});


/***/ }),

/***/ 3029:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `EAAA` + 60 base64url characters, or the older `sq0atp-` + 22 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'square-access-token',
    provider: 'Square',
    description: 'Square access token',
    keywords: ['eaaa', 'sq0atp-'],
    pattern: /\b(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3005:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sq0csp-` + 43 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'square-oauth-secret',
    provider: 'Square',
    description: 'Square OAuth application secret',
    keywords: ['sq0csp-'],
    pattern: /\b(?<secret>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8190:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `rk_live_` + 24 to 247 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'stripe-restricted-key',
    provider: 'Stripe',
    description: 'Stripe live restricted key',
    keywords: ['rk_live_'],
    pattern: /\b(?<secret>rk_live_[0-9A-Za-z]{24,247})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 655:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `sk_live_` + 24 to 247 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'stripe-secret-key',
    provider: 'Stripe',
    description: 'Stripe live secret key',
    keywords: ['sk_live_'],
    pattern: /\b(?<secret>sk_live_[0-9A-Za-z]{24,247})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 9476:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Test-mode keys cannot move money but expose test data and account settings; a separate rule so
 * it can be turned off independently of live keys. Keys from Stripe's own docs are ignored.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'stripe-test-secret-key',
    provider: 'Stripe',
    description: 'Stripe test-mode secret or restricted key',
    keywords: ['sk_test_', 'rk_test_'],
    pattern: /\b(?<secret>[rs]k_test_[0-9A-Za-z]{24,247})\b/,
    minEntropy: 3,
    documentedExamples: ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'sk_test_BQokikJOvBiI2HlWgH4olfQ2', 'sk_test_26PHem9AhJZvU623DfE1x4sd'],
});


/***/ }),

/***/ 5197:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `whsec_` + 32 or more base62/base64 characters (the same prefix is used by Svix-style webhook secrets).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'stripe-webhook-secret',
    provider: 'Stripe',
    description: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    pattern: /\b(?<secret>whsec_[A-Za-z0-9+\/]{32,88}={0,2})(?![A-Za-z0-9+\/=])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8771:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Sumo Logic access IDs: `su` and 12 alphanumerics, assigned to a name that mentions Sumo Logic.
 * They are half of a credential pair: the access key is the other half.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sumo-logic-access-id',
    provider: 'Sumo Logic',
    description: 'Sumo Logic access ID',
    keywords: ['sumo'],
    pattern: (0, _assignment_1.assignedTo)(['sumo'], 'su[A-Za-z0-9]{12}'),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3,
});


/***/ }),

/***/ 8119:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Sumo Logic access keys: 64 alphanumerics, assigned to a name that mentions Sumo Logic.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sumo-logic-access-key',
    provider: 'Sumo Logic',
    description: 'Sumo Logic access key',
    keywords: ['sumo'],
    pattern: (0, _assignment_1.assignedTo)(['sumo'], '[A-Za-z0-9]{64}'),
    validate: (secret) => (0, _assignment_1.characterClasses)(secret) === 3,
    minEntropy: 4,
});


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Supabase personal access tokens (Management API, CLI): `sbp_` and 40 lowercase hex digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'supabase-access-token',
    provider: 'Supabase',
    description: 'Supabase personal access token',
    keywords: ['sbp_'],
    pattern: /\b(?<secret>sbp_[a-f0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3,
});


/***/ }),

/***/ 9730:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Supabase secret API keys (which replace the service_role JWT): `sb_secret_` and 31 base64url
 * characters. The local-development key the Supabase CLI prints for every project is public.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'supabase-secret-key',
    provider: 'Supabase',
    description: 'Supabase secret API key',
    keywords: ['sb_secret_'],
    pattern: /\b(?<secret>sb_secret_[A-Za-z0-9_-]{31})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    documentedExamples: ['sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz'],
});


/***/ }),

/***/ 4774:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Tailscale API access tokens: `tskey-api-<key id>-<secret>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'tailscale-api-key',
    provider: 'Tailscale',
    description: 'Tailscale API access token',
    keywords: ['tskey-api-'],
    pattern: /\b(?<secret>tskey-api-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 1146:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Tailscale auth keys: `tskey-auth-<key id>-<secret>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'tailscale-auth-key',
    provider: 'Tailscale',
    description: 'Tailscale auth key',
    keywords: ['tskey-auth-'],
    pattern: /\b(?<secret>tskey-auth-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 2456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Tailscale OAuth client secrets: `tskey-client-<client id>-<secret>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'tailscale-oauth-client-secret',
    provider: 'Tailscale',
    description: 'Tailscale OAuth client secret',
    keywords: ['tskey-client-'],
    pattern: /\b(?<secret>tskey-client-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 2904:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Tailscale SCIM provisioning keys: `tskey-scim-<id>-<secret>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'tailscale-scim-key',
    provider: 'Tailscale',
    description: 'Tailscale SCIM API key',
    keywords: ['tskey-scim-'],
    pattern: /\b(?<secret>tskey-scim-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8758:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Tailscale webhook signing secrets: `tskey-webhook-<id>-<secret>`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'tailscale-webhook-secret',
    provider: 'Tailscale',
    description: 'Tailscale webhook secret',
    keywords: ['tskey-webhook-'],
    pattern: /\b(?<secret>tskey-webhook-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `<bot id>:AA` + 33 base64url characters (from @BotFather).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'telegram-bot-token',
    provider: 'Telegram',
    description: 'Telegram bot token',
    keywords: [':aa'],
    pattern: /(?<![0-9])(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8679:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Tencent Cloud API SecretIds: `AKID` and 32 to 36 alphanumerics.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'tencent-cloud-secret-id',
    provider: 'Tencent Cloud',
    description: 'Tencent Cloud SecretId',
    keywords: ['akid'],
    pattern: /\b(?<secret>AKID[A-Za-z0-9]{32,36})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5859:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Tencent Cloud API SecretKeys: 32 alphanumerics, assigned to a Tencent Cloud secret-key name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'tencent-cloud-secret-key',
    provider: 'Tencent Cloud',
    description: 'Tencent Cloud SecretKey',
    keywords: ['tencent', 'qcloud'],
    pattern: (0, _assignment_1.assignedTo)(['tencentcloud_secret_key', 'tencent_secret_key', 'tencent_cloud_secret_key', 'qcloud_secret_key'], '[A-Za-z0-9]{32}'),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8576:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * HCP Terraform / Terraform Enterprise user, team and organization tokens:
 * 14 characters, `.atlasv1.`, then 60 to 70 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'terraform-cloud-api-token',
    provider: 'HashiCorp',
    description: 'HCP Terraform (Terraform Cloud) API token',
    keywords: ['atlasv1'],
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5036:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Travis CI API tokens: 22 base64url characters, assigned to a name that mentions Travis.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'travis-ci-api-token',
    provider: 'Travis CI',
    description: 'Travis CI API token',
    keywords: ['travis'],
    pattern: (0, _assignment_1.assignedTo)(['travis'], '[A-Za-z0-9_-]{22}', { notFollowedBy: ['build', 'branch', 'commit', 'job_id', 'repo'] }),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.5,
});


/***/ }),

/***/ 4174:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `SK` + 32 lowercase hex characters. The SID names the key; it is reported because it sits next to
 * its secret in almost every leak.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'twilio-api-key',
    provider: 'Twilio',
    description: 'Twilio API key SID (the identifier half of an API key pair)',
    keywords: ['sk'],
    pattern: /\b(?<secret>SK[0-9a-f]{32})\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 2021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
const _assignment_2 = __nccwpck_require__(3473);
/**
 * Thirty-two base62 characters assigned to a Twilio secret name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'twilio-api-secret',
    provider: 'Twilio',
    description: 'Twilio API key secret',
    keywords: ['twilio_api_secret', 'twilio-api-secret', 'twilio.api.secret', 'twilioapisecret', 'twilio_secret', 'twilio-secret', 'twilio.secret', 'twiliosecret', 'twilio_api_key_secret', 'twilio-api-key-secret', 'twilio.api.key.secret', 'twilioapikeysecret'],
    pattern: (0, _assignment_2.assignedTo)(['twilio_api_secret', 'twilio_secret', 'twilio_api_key_secret'], '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
/**
 * Thirty-two lowercase hex characters assigned to a Twilio name. The account SID (`AC…`) is an identifier
 * and is not reported.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'twilio-auth-token',
    provider: 'Twilio',
    description: 'Twilio auth token',
    keywords: ['twilio'],
    pattern: (0, _assignment_1.assignedTo)(['twilio'], '[0-9a-f]{32}'),
    minEntropy: 3,
});


/***/ }),

/***/ 2301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Twitch OAuth access tokens and client secrets: 30 lowercase alphanumerics, assigned to a name that
 * mentions Twitch.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'twitch-access-token',
    provider: 'Twitch',
    description: 'Twitch access token',
    keywords: ['twitch'],
    pattern: (0, _assignment_1.assignedTo)(['twitch'], '[a-z0-9]{30}', { notFollowedBy: ['client_id', 'channel', 'user', 'username'] }),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.5,
});


/***/ }),

/***/ 7309:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * X / Twitter OAuth 1.0a user access tokens: the numeric user id, `-`, and 20 to 40 alphanumerics,
 * assigned to a name that mentions Twitter.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'twitter-access-token',
    provider: 'X (Twitter)',
    description: 'X (Twitter) OAuth 1.0a access token',
    keywords: ['twitter'],
    pattern: (0, _assignment_1.assignedTo)(['twitter'], '[0-9]{10,25}-[A-Za-z0-9]{20,40}'),
    minEntropy: 3.5,
});


/***/ }),

/***/ 7750:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * X / Twitter app-only bearer tokens: a run of about 22 `A`s (zero bytes) then 80 to 140
 * alphanumerics and percent-escapes. The part after the `A`s must look random.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'twitter-bearer-token',
    provider: 'X (Twitter)',
    description: 'X (Twitter) app-only bearer token',
    keywords: ['aaaaaaaaaaaaaaaaaaaa'],
    pattern: /\b(?<secret>A{20,24}[A-Za-z0-9%]{80,140})(?![A-Za-z0-9%])/,
    validate: (secret) => new Set(secret.replace(/^A+/, '')).size >= 20,
});


/***/ }),

/***/ 6543:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Typeform personal access tokens: `tfp_` and 59 characters (`[A-Za-z0-9_.=-]`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'typeform-personal-access-token',
    provider: 'Typeform',
    description: 'Typeform personal access token',
    keywords: ['tfp_'],
    pattern: /\b(?<secret>tfp_[A-Za-z0-9_.=-]{59})(?![A-Za-z0-9_.=-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Vault 1.10+ batch tokens: `hvb.` and a base64url body of 138 characters or more.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'vault-batch-token',
    provider: 'HashiCorp',
    description: 'HashiCorp Vault batch token',
    keywords: ['hvb.'],
    pattern: /\b(?<secret>hvb\.[A-Za-z0-9_-]{138,400})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3961:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Pre-1.10 Vault service tokens: `s.` and 24 base62 characters. The shape is common, so it only
 * counts on a line that mentions Vault, and it must mix upper- and lowercase letters and digits.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'vault-legacy-token',
    provider: 'HashiCorp',
    description: 'HashiCorp Vault token (legacy format)',
    keywords: ['vault'],
    pattern: /(?<![\w.])(?<secret>s\.[A-Za-z0-9]{24})(?![\w.-])/,
    validate: (secret) => (0, _assignment_1.characterClasses)(secret.slice(2)) === 3,
    minEntropy: 3.5,
});


/***/ }),

/***/ 5093:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Vault recovery-mode tokens: `hvr.` and a base64url body.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'vault-recovery-token',
    provider: 'HashiCorp',
    description: 'HashiCorp Vault recovery token',
    keywords: ['hvr.'],
    pattern: /\b(?<secret>hvr\.[A-Za-z0-9_-]{24,400})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8687:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Vault 1.10+ service tokens: `hvs.` and a base64url body of 90 characters or more.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'vault-service-token',
    provider: 'HashiCorp',
    description: 'HashiCorp Vault service token',
    keywords: ['hvs.'],
    pattern: /\b(?<secret>hvs\.[A-Za-z0-9_-]{90,200})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3569:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Vercel access tokens: 24 alphanumerics with no prefix, so only when assigned to a name that
 * mentions Vercel (`VERCEL_TOKEN`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'vercel-access-token',
    provider: 'Vercel',
    description: 'Vercel access token',
    keywords: ['vercel'],
    pattern: (0, _assignment_1.assignedTo)(['vercel'], '[A-Za-z0-9]{24}', { notFollowedBy: ['org_id', 'project_id', 'team_id'] }),
    validate: _assignment_1.isMixedAlphanumeric,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3588:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
const _assignment_1 = __nccwpck_require__(3473);
const _assignment_2 = __nccwpck_require__(3473);
/**
 * Sixteen base62 characters assigned to a Vonage or Nexmo secret name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'vonage-api-secret',
    provider: 'Vonage',
    description: 'Vonage (Nexmo) API secret',
    keywords: ['vonage_api_secret', 'vonage-api-secret', 'vonage.api.secret', 'vonageapisecret', 'vonage_secret', 'vonage-secret', 'vonage.secret', 'vonagesecret', 'nexmo_api_secret', 'nexmo-api-secret', 'nexmo.api.secret', 'nexmoapisecret', 'nexmo_secret', 'nexmo-secret', 'nexmo.secret', 'nexmosecret'],
    pattern: (0, _assignment_2.assignedTo)(['vonage_api_secret', 'vonage_secret', 'nexmo_api_secret', 'nexmo_secret'], '[A-Za-z0-9]{16}'),
    minEntropy: 3.3,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 7483:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * `xai-` + 80 base62 characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'xai-api-key',
    provider: 'xAI',
    description: 'xAI (Grok) API key',
    keywords: ['xai-'],
    pattern: /\b(?<secret>xai-[A-Za-z0-9]{80})\b/,
    minEntropy: 4,
});


/***/ }),

/***/ 8135:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Yandex Cloud API keys: `AQVN` and 35 to 38 base64url characters.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'yandex-cloud-api-key',
    provider: 'Yandex Cloud',
    description: 'Yandex Cloud API key',
    keywords: ['aqvn'],
    pattern: /\b(?<secret>AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3744:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Yandex Cloud IAM tokens: `t1.`, a base64url header, `.`, and an 86-character signature.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'yandex-cloud-iam-token',
    provider: 'Yandex Cloud',
    description: 'Yandex Cloud IAM token',
    keywords: ['t1.'],
    pattern: /\b(?<secret>t1\.[A-Za-z0-9_-]{20,4096}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_=-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 1630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __nccwpck_require__(9815);
/**
 * Yandex Cloud static access key secrets (S3-compatible): `YC` and 38 base64url characters.
 * Only on a line that mentions Yandex.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'yandex-cloud-static-secret-key',
    provider: 'Yandex Cloud',
    description: 'Yandex Cloud static access key secret',
    keywords: ['yandex'],
    pattern: /\b(?<secret>YC[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8356:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __nccwpck_require__(3473);
const rule_1 = __nccwpck_require__(9815);
/**
 * Zendesk API tokens: 40 alphanumerics, assigned to a name that mentions Zendesk.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'zendesk-api-token',
    provider: 'Zendesk',
    description: 'Zendesk API token',
    keywords: ['zendesk'],
    pattern: (0, _assignment_1.assignedTo)(['zendesk'], '[A-Za-z0-9]{40}'),
    validate: (secret) => (0, _assignment_1.characterClasses)(secret) === 3,
    minEntropy: 3.5,
});


/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scanSource = scanSource;
/**
 * One unit of scanning: a file's text (or the lines a commit added to it), with the lines that
 * count. Runs the rules, the generic detectors and the Kubernetes Secret decoder, then applies the
 * file's inline `stackgate-ignore secrets:<rule-id> <reason>` comments. Pure: safe in worker threads.
 */
const suppress_1 = __nccwpck_require__(8311);
const ids_1 = __nccwpck_require__(2387);
const kubernetes_secret_1 = __nccwpck_require__(7762);
const index_1 = __nccwpck_require__(2117);
const scan_1 = __nccwpck_require__(3968);
let knownIds;
function scanSource(source, options = {}) {
    const lines = source.lines ? new Set(source.lines) : undefined;
    const scanOptions = { rules: index_1.SECRET_RULES, generic: options.generic, maxDecodeDepth: options.maxDecodeDepth, lines };
    // Secret data first: its findings point at the data key, and win over the same value decoded in place.
    const found = [...(0, kubernetes_secret_1.scanKubernetesSecrets)(source.file, source.text, scanOptions), ...(0, scan_1.scanText)(source.file, source.text, scanOptions)];
    knownIds ??= (0, ids_1.secretSuppressionIds)();
    const { suppressions, invalid } = (0, suppress_1.parseSuppressions)(source.text, knownIds, ids_1.SUPPRESSION_PREFIX);
    const map = source.lineMap;
    const findings = [];
    const seen = new Set();
    for (const f of found) {
        if ((0, suppress_1.isSuppressed)(suppressions, `${ids_1.SUPPRESSION_PREFIX}${f.ruleId}`, f.line))
            continue;
        const line = map ? (map[f.line - 1] ?? f.line) : f.line;
        const key = `${f.line}|${f.value}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        findings.push({ ...f, line, ...(source.commit ? { commit: source.commit } : {}) });
    }
    return {
        findings,
        invalid: invalid.map((i) => ({ file: source.file, line: map ? (map[i.line - 1] ?? i.line) : i.line, problem: i.problem, id: i.checkId })),
    };
}


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PERCENT_RUN = exports.HEX_RUN = exports.BASE64_RUN = exports.MAX_ENCODED_LENGTH = void 0;
exports.toPublicFinding = toPublicFinding;
exports.scanText = scanText;
exports.isKnownFake = isKnownFake;
/**
 * The secret scanner: one pass of a combined keyword expression over the text finds the few places
 * where a rule can match; only there, in a bounded window, do the rules' patterns run. Generic
 * detectors (secret-like keys, credentials in URLs, encoded values) follow the same prefilter.
 */
const generic_1 = __nccwpck_require__(7396);
const redact_1 = __nccwpck_require__(1340);
const key_name_1 = __nccwpck_require__(7116);
function toPublicFinding(raw, extra = {}) {
    const { value, ...rest } = raw;
    return { ...rest, redacted: (0, redact_1.redactSecret)(value), ...extra };
}
/** Characters of context around a keyword hit that patterns see; bounds work on minified lines. */
const WINDOW_BEFORE = 160;
const WINDOW_AFTER = 600;
const compiledCache = new WeakMap();
function compile(rules) {
    let c = compiledCache.get(rules);
    if (c)
        return c;
    const byKeyword = new Map();
    for (const rule of rules) {
        for (const k of rule.keywords)
            byKeyword.set(k, [...(byKeyword.get(k) ?? []), rule]);
    }
    const keywords = [...byKeyword.keys(), ...generic_1.GENERIC_KEYWORDS].sort((a, b) => b.length - a.length);
    const keyword = new RegExp([...new Set(keywords)].map(escapeRegExp).join('|'), 'gi');
    const global = new Map(rules.map((r) => [r, new RegExp(r.pattern.source, r.pattern.flags.replace(/[gy]/g, '') + 'g')]));
    c = { keyword, byKeyword, global };
    compiledCache.set(rules, c);
    return c;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Start offset of every line (index 0 is line 1). */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
function scanText(file, text, options) {
    const findings = [];
    // A worklist, not recursion: the file first, then each value decoded from it, whatever the nesting.
    const pending = [{ text, depth: 0, at: undefined }];
    for (let unit = pending.pop(); unit; unit = pending.pop()) {
        scanUnit(findings, file, unit, options);
        if (unit.depth < (options.maxDecodeDepth ?? 2))
            queueDecoded(pending, unit, options);
    }
    return dedupe(findings);
}
function scanUnit(out, file, unit, options) {
    const { text, at } = unit;
    const compiled = compile(options.rules);
    const generic = options.generic !== false;
    const starts = (unit.starts ??= lineStarts(text));
    // Per line: which rules a keyword hit there, and the windows to run them on.
    const hits = new Map();
    for (const m of text.matchAll(compiled.keyword)) {
        m.index ??= 0;
        const line = lineOf(starts, m.index);
        if (options.lines && !at && !options.lines.has(line))
            continue;
        let h = hits.get(line);
        if (!h)
            hits.set(line, (h = { rules: new Set(), generic: false, from: m.index, to: m.index }));
        h.from = Math.min(h.from, m.index);
        h.to = Math.max(h.to, m.index + m[0].length);
        const rules = compiled.byKeyword.get(m[0].toLowerCase());
        if (rules)
            rules.forEach((r) => h.rules.add(r));
        if (GENERIC_KEYWORD_SET.has(m[0].toLowerCase()))
            h.generic = true;
    }
    for (const [line, h] of hits) {
        const lineStart = starts[line - 1];
        const lineEnd = line < starts.length ? starts[line] - 1 : text.length;
        const winStart = Math.max(lineStart, h.from - WINDOW_BEFORE);
        const winEnd = Math.min(lineEnd, h.to + WINDOW_AFTER);
        const window = text.slice(winStart, winEnd);
        const position = (offsetInWindow, length) => {
            const column = winStart + offsetInWindow - lineStart + 1;
            return at ? { line: at.line, column: at.column, endColumn: at.column } : { line, column, endColumn: column + length };
        };
        // Values a rule recognised in this window but whose checksum failed: known fakes.
        const rejected = [];
        for (const rule of h.rules) {
            const re = compiled.global.get(rule);
            re.lastIndex = 0;
            for (let m = re.exec(window); m; m = re.exec(window)) {
                if (m[0].length === 0) {
                    re.lastIndex++;
                    continue;
                }
                const secret = m.groups?.secret ?? m[0];
                const offset = m.index + (m.groups?.secret !== undefined ? m[0].indexOf(secret) : 0);
                if (!isReportable(rule, secret)) {
                    rejected.push({ offset, length: secret.length });
                    continue;
                }
                out.push({ ruleId: rule.id, provider: rule.provider, description: rule.description, file, ...position(offset, secret.length), ...(at?.encoding ? { encoding: at.encoding } : {}), value: secret });
            }
        }
        if (generic && h.generic) {
            for (const g of (0, generic_1.detectGeneric)(window, rejected)) {
                out.push({ ruleId: g.ruleId, provider: 'generic', description: g.description, file, ...position(g.offset, g.value.length), ...(at?.encoding ? { encoding: at.encoding } : {}), value: g.value });
            }
        }
    }
}
/**
 * Whether a value has a provider's token format but fails its checksum or documented-example test:
 * a known fake (test fixture, documentation), which the generic detectors must not report either.
 */
function isKnownFake(value, rules) {
    const lower = value.toLowerCase();
    for (const rule of rules) {
        if (!rule.keywords.some((k) => lower.includes(k)))
            continue;
        const m = rule.pattern.exec(value);
        if (m && !isReportable(rule, m.groups?.secret ?? m[0]))
            return true;
    }
    return false;
}
function isReportable(rule, secret) {
    if (rule.documentedExamples?.includes(secret))
        return false;
    if (rule.minEntropy !== undefined && (0, key_name_1.shannonEntropy)(secret) < rule.minEntropy)
        return false;
    if (rule.validate && !rule.validate(secret))
        return false;
    return true;
}
const GENERIC_KEYWORD_SET = new Set(generic_1.GENERIC_KEYWORDS);
/**
 * Longest encoded run decoded and rescanned (16 KiB of base64 is 12 KiB of data: a PEM key, a
 * service-account JSON). It also bounds the run patterns below: an unbounded `{24,}` over a
 * multi-megabyte data URI overflows the regular-expression stack, and a run longer than this is
 * never decoded anyway (the look-arounds reject its every prefix).
 */
exports.MAX_ENCODED_LENGTH = 16_384;
exports.BASE64_RUN = new RegExp(`(?<![A-Za-z0-9+/=_-])([A-Za-z0-9+/]{24,${exports.MAX_ENCODED_LENGTH}}={0,2}|[A-Za-z0-9_-]{24,${exports.MAX_ENCODED_LENGTH}})(?![A-Za-z0-9+/=_-])`, 'g');
exports.HEX_RUN = new RegExp(`(?<![0-9a-fA-F])((?:[0-9a-fA-F]{2}){16,${exports.MAX_ENCODED_LENGTH / 2}})(?![0-9a-fA-F])`, 'g');
/** At least three escapes, each followed by up to 256 plain characters; a longer run is cut into pieces of 1024 escapes. */
exports.PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}[^\s%'"]{0,256}){3,1024}/g;
/** Values hidden behind base64, hex or percent encoding: decode, and queue what they decode to. */
function queueDecoded(queue, unit, options) {
    const { text, at } = unit;
    const starts = (unit.starts ??= lineStarts(text));
    for (const [re, encoding, decode] of DECODERS) {
        for (const m of text.matchAll(re)) {
            if (m[0].length > exports.MAX_ENCODED_LENGTH)
                continue;
            const decoded = decode(m[0]);
            if (!decoded || !isMostlyPrintable(decoded))
                continue;
            const index = m.index ?? 0;
            const line = lineOf(starts, index);
            if (options.lines && !at && !options.lines.has(line))
                continue;
            const position = at ?? { line, column: index - starts[line - 1] + 1, encoding };
            queue.push({ text: decoded, depth: unit.depth + 1, at: { ...position, encoding: at?.encoding ?? encoding } });
        }
    }
}
const DECODERS = [
    [exports.BASE64_RUN, 'base64', decodeBase64],
    [exports.HEX_RUN, 'hex', (s) => Buffer.from(s, 'hex').toString('utf8')],
    [exports.PERCENT_RUN, 'percent', decodePercent],
];
function decodeBase64(s) {
    // Identifiers and paths are long runs of base64 characters too; real encodings mix cases and digits.
    if (!/[0-9+/_-]/.test(s) || !/[a-z]/.test(s) || !/[A-Z]/.test(s))
        return undefined;
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}
function decodePercent(s) {
    try {
        const d = decodeURIComponent(s);
        return d !== s ? d : undefined;
    }
    catch {
        return undefined; // Not valid percent-encoding: nothing hidden there.
    }
}
function isMostlyPrintable(s) {
    if (s.length < 8)
        return false;
    let printable = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09)
            printable++;
    }
    return printable / s.length > 0.95;
}
function dedupe(findings) {
    const seen = new Map();
    for (const f of findings) {
        const key = `${f.file}|${f.line}|${f.value}`;
        const prev = seen.get(key);
        // A provider rule beats the generic one for the same value; plain text beats decoded.
        if (!prev || (prev.provider === 'generic' && f.provider !== 'generic'))
            seen.set(key, f);
    }
    return [...seen.values()].sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1));
}


/***/ }),

/***/ 4147:
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
        return Buffer.from(buf.subarray(2, evenEnd(buf))).swap16().toString('utf16le');
    const hasUtf8Bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    if (buf.subarray(0, exports.BINARY_SNIFF_BYTES).includes(0))
        return undefined;
    return buf.toString('utf8', hasUtf8Bom ? 3 : 0);
}
/** UTF-16 has two bytes per code unit: a trailing odd byte (a truncated file) is dropped. */
function evenEnd(buf) {
    return buf.length - ((buf.length - 2) % 2);
}


/***/ }),

/***/ 3183:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseYaml = parseYaml;
exports.toPlain = toPlain;
exports.getNode = getNode;
exports.locate = locate;
exports.locateValue = locateValue;
exports.scalarOf = scalarOf;
exports.pointerToPath = pointerToPath;
exports.segmentsToPath = segmentsToPath;
exports.formatPath = formatPath;
/**
 * YAML (and JSON, a YAML subset) parsed into a small tree that keeps the file, line and column of
 * every key and value. Aliases and merge keys (`<<: *defaults`) are expanded into the tree with the
 * positions of the anchored source; the expansion is capped so an alias bomb is reported, not built.
 * Compose layering merges these trees, so a value keeps the position of the layer that set it.
 */
const yaml_1 = __nccwpck_require__(8815);
const DEFAULT_MAX_ALIAS_NODES = 50_000;
class AliasLimitError extends Error {
}
function parseYaml(file, text, options = {}) {
    const lineCounter = new yaml_1.LineCounter();
    const problems = [];
    const documents = [];
    const maxAliasNodes = options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES;
    let docs;
    try {
        docs = (0, yaml_1.parseAllDocuments)(text, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
    }
    catch (e) {
        problems.push({ code: 'syntax', message: e.message, line: 1, column: 1 });
        return { file, documents, problems };
    }
    if (!Array.isArray(docs))
        docs = [docs];
    const pos = (offset) => lineCounter.linePos(offset);
    docs.forEach((doc, index) => {
        let broken = false;
        let syntaxReported = false;
        for (const err of doc.errors) {
            const p = pos(err.pos[0]);
            const code = err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax';
            broken = true;
            // After the first syntax error the parser's further errors are mostly consequences of it.
            if (code === 'syntax' && syntaxReported)
                continue;
            syntaxReported ||= code === 'syntax';
            problems.push({ code, message: firstLine(err.message), line: p.line, column: p.col });
        }
        const start = pos(doc.range?.[0] ?? 0);
        if (broken) {
            documents.push({ index, root: null, line: start.line });
            return;
        }
        const builder = new TreeBuilder(file, doc, pos, maxAliasNodes);
        try {
            documents.push({ index, root: doc.contents ? builder.build(doc.contents) : null, line: start.line });
        }
        catch (e) {
            if (!(e instanceof AliasLimitError))
                throw e;
            problems.push({
                code: 'alias-limit',
                message: `aliases expand to more than ${maxAliasNodes} nodes; the document was not expanded (possible "billion laughs" alias bomb)`,
                line: start.line,
                column: start.col,
            });
            documents.push({ index, root: null, line: start.line });
        }
    });
    // A file whose only content is comments or blank lines yields one empty document, or none.
    return { file, documents, problems };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/:$/, '');
}
class TreeBuilder {
    file;
    doc;
    pos;
    maxAliasNodes;
    aliasNodes = 0;
    resolving = new Set();
    constructor(file, doc, pos, maxAliasNodes) {
        this.file = file;
        this.doc = doc;
        this.pos = pos;
        this.maxAliasNodes = maxAliasNodes;
    }
    loc(range) {
        const start = this.pos(range?.[0] ?? 0);
        const end = this.pos(range?.[1] ?? range?.[0] ?? 0);
        return { file: this.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
    }
    build(node, viaAlias = false) {
        if (viaAlias && ++this.aliasNodes > this.maxAliasNodes)
            throw new AliasLimitError();
        if ((0, yaml_1.isAlias)(node)) {
            const target = node.resolve(this.doc);
            if (!target || this.resolving.has(target)) {
                return { kind: 'scalar', value: null, loc: this.loc(node.range) };
            }
            this.resolving.add(target);
            try {
                return this.build(target, true);
            }
            finally {
                this.resolving.delete(target);
            }
        }
        const tag = node.tag && node.tag.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined;
        if ((0, yaml_1.isMap)(node)) {
            const entries = new Map();
            const merged = [];
            for (const pair of node.items) {
                if (!(0, yaml_1.isPair)(pair))
                    continue;
                const key = pair.key;
                if ((0, yaml_1.isScalar)(key) && (typeof key.value === 'symbol' || key.source === '<<') && pair.value) {
                    const sources = (0, yaml_1.isSeq)(pair.value) ? pair.value.items : [pair.value];
                    for (const s of sources) {
                        const built = this.build(s, viaAlias);
                        if (built.kind === 'map')
                            merged.push(built);
                    }
                    continue;
                }
                const keyText = (0, yaml_1.isScalar)(key) ? String(key.value) : key ? String(key) : '';
                const keyLoc = this.loc(key?.range);
                const value = pair.value
                    ? this.build(pair.value, viaAlias)
                    : { kind: 'scalar', value: null, loc: keyLoc };
                value.keyLoc = keyLoc;
                entries.set(keyText, value);
            }
            // Merge keys: explicit keys win, earlier merge sources win over later ones.
            for (const source of merged) {
                for (const [k, v] of source.entries)
                    if (!entries.has(k))
                        entries.set(k, v);
            }
            return { kind: 'map', entries, loc: this.loc(node.range), tag };
        }
        if ((0, yaml_1.isSeq)(node)) {
            const items = node.items.map((item) => item ? this.build(item, viaAlias) : { kind: 'scalar', value: null, loc: this.loc(node.range) });
            return { kind: 'seq', items, loc: this.loc(node.range), tag };
        }
        if ((0, yaml_1.isScalar)(node)) {
            const v = node.value;
            const value = v === null || v === undefined
                ? null
                : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
                    ? v
                    : typeof v === 'bigint'
                        ? Number(v)
                        : String(v);
            return { kind: 'scalar', value, loc: this.loc(node.range), tag };
        }
        return { kind: 'scalar', value: null, loc: this.loc(node.range) };
    }
}
/** The plain JavaScript value of a tree (what `yaml.parse` would return). */
function toPlain(node) {
    if (!node)
        return null;
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(toPlain);
        case 'map': {
            const out = {};
            for (const [k, v] of node.entries)
                out[k] = toPlain(v);
            return out;
        }
    }
}
/** The node at a path, or undefined. */
function getNode(root, path) {
    let cur = root ?? undefined;
    for (const seg of path) {
        if (!cur)
            return undefined;
        if (cur.kind === 'map')
            cur = cur.entries.get(String(seg));
        else if (cur.kind === 'seq' && typeof seg === 'number')
            cur = cur.items[seg];
        else
            return undefined;
    }
    return cur;
}
/**
 * The position to report for a path: the key of the deepest existing entry along it (a missing
 * `healthcheck` is reported on the service's key), or the item itself inside a sequence.
 */
function locate(root, path, fallback) {
    let cur = root ?? undefined;
    let best = root ? root.keyLoc ?? root.loc : fallback;
    for (const seg of path) {
        if (!cur)
            break;
        let next;
        if (cur.kind === 'map')
            next = cur.entries.get(String(seg));
        else if (cur.kind === 'seq' && typeof seg === 'number')
            next = cur.items[seg];
        if (!next)
            break;
        best = next.keyLoc ?? next.loc;
        cur = next;
    }
    return best;
}
/** The location of a value itself (not its key). */
function locateValue(root, path, fallback) {
    const node = getNode(root, path);
    return node ? node.loc : locate(root, path, fallback);
}
function scalarOf(node) {
    return node?.kind === 'scalar' ? node.value : undefined;
}
/** A JSON pointer (`/spec/containers/0/image`) as a tree path; the tree tells indexes from numeric keys. */
function pointerToPath(root, pointer) {
    if (!pointer)
        return [];
    return segmentsToPath(root, pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
}
/** Decoded pointer segments as a tree path: segments inside sequences become numbers. */
function segmentsToPath(root, segments) {
    const out = [];
    let cur = root ?? undefined;
    for (const seg of segments) {
        if (cur?.kind === 'seq' && /^\d+$/.test(seg)) {
            out.push(Number(seg));
            cur = cur.items[Number(seg)];
        }
        else {
            out.push(seg);
            cur = cur?.kind === 'map' ? cur.entries.get(seg) : undefined;
        }
    }
    return out;
}
/** `spec.template.spec.containers[0].image`, for messages; `''` for the root. */
function formatPath(path) {
    let out = '';
    for (const seg of path)
        out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
    return out;
}


/***/ }),

/***/ 8311:
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(761);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 761:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Composer = composer.Composer;
exports.Document = Document.Document;
exports.Schema = Schema.Schema;
exports.YAMLError = errors.YAMLError;
exports.YAMLParseError = errors.YAMLParseError;
exports.YAMLWarning = errors.YAMLWarning;
exports.Alias = Alias.Alias;
exports.isAlias = identity.isAlias;
exports.isCollection = identity.isCollection;
exports.isDocument = identity.isDocument;
exports.isMap = identity.isMap;
exports.isNode = identity.isNode;
exports.isPair = identity.isPair;
exports.isScalar = identity.isScalar;
exports.isSeq = identity.isSeq;
exports.Pair = Pair.Pair;
exports.Scalar = Scalar.Scalar;
exports.YAMLMap = YAMLMap.YAMLMap;
exports.YAMLSeq = YAMLSeq.YAMLSeq;
exports.CST = cst;
exports.Lexer = lexer.Lexer;
exports.LineCounter = lineCounter.LineCounter;
exports.Parser = parser.Parser;
exports.parse = publicApi.parse;
exports.parseAllDocuments = publicApi.parseAllDocuments;
exports.parseDocument = publicApi.parseDocument;
exports.stringify = publicApi.stringify;
exports.visit = visit.visit;
exports.visitAsync = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
/** The secret scanner's worker thread (bundled alone to dist/secrets-worker/index.js). */
const node_worker_threads_1 = __nccwpck_require__(5919);
const scan_pool_1 = __nccwpck_require__(5324);
node_worker_threads_1.parentPort?.once('message', (sources) => {
    node_worker_threads_1.parentPort.postMessage((0, scan_pool_1.scanInline)(sources));
});

})();

module.exports = __webpack_exports__;
/******/ })()
;