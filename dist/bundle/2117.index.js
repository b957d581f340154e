"use strict";
exports.id = 2117;
exports.ids = [2117];
exports.modules = {

/***/ 47674:
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

/***/ 67395:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isCodeExpression = isCodeExpression;
exports.isSourceCode = isSourceCode;
/**
 * Code, not a literal: what the generic detectors must not take for a secret although it sits where
 * one could (`token = client.createToken()`, `` `secret:${id}` ``, `kind===57`, `token: AccessToken2)`).
 * Which files are source code, where an unquoted word is a name: by extension, or by the
 * interpreter a script names on its first line.
 */
const wordy_1 = __webpack_require__(15970);
const IDENTIFIER_CHAIN = /^[&*]?[A-Za-z_$@][\w$@]*(?:(?:\.|::|\?\.|!\.|->)[A-Za-z_$][\w$]*)*(?:<[\w.,:<> *&]*>)?[!?]?$/;
/**
 * An expression, not a literal: a call (`secretmanager_v1.SecretManagerServiceClient()`,
 * `std.extVar('x')`, `base64decode(…)`, `std::make_shared<oauth::TokenSet>(…)`), a struct or object
 * literal (`&api.Secret{}`), an index (`Configuration["ApiKey"]`), member access made of words
 * (`random_password.db.result`), concatenation with an identifier, a CUE definition or JSON pointer
 * (`#Secret`, `#/definitions/X`), a string with interpolation (`` `secret:${id}` ``, `"tok-#{id}"`,
 * `"secret:%s" % id`), a generic type (`Secret<string>`), and in source code any name that reads as
 * words (`token: AccessToken2)`; a random token in a comment of the code is still a literal).
 */
function isCodeExpression(v, c) {
    if (/^#[A-Za-z_/]/.test(v))
        return true;
    if (isInterpolated(v, c.after))
        return true;
    // Concatenation after a closing quote (`"Unexpected token: "+t.type+`): the quote was the string's end.
    const joined = JOINED_NAME.exec(v);
    if (c.code && joined && (0, wordy_1.isWordy)(joined[1]))
        return true;
    if (c.quoted)
        return false;
    // A comparison read as `=` and a value (`kind===57`), a condition, a default or an arrow function.
    if (/^=|&&|\|\||\?\?|[=!]==|=>|==(?!=*$)/.test(v))
        return true;
    if (c.code && (isOperatorExpression(v) || isTypePosition(v)))
        return true;
    if (!IDENTIFIER_CHAIN.test(v))
        return false;
    if (/^[&*]/.test(v) || /[!?]\./.test(v))
        return true;
    // A type with arguments (`Secret<string>`), and in source code any name that reads as words (`AccessToken2`).
    if ((/<.*>$/.test(v) || c.code) && (0, wordy_1.isWordy)(v.replace(/<.*>$/, '')))
        return true;
    if (/^\s*(?:[({[<]|\+\s*[A-Za-z_$]|\?\?|\|\|)/.test(c.after))
        return true;
    // Member access: every part a word, as code names things (`cfg.db.password_v2`); a token's parts are random.
    return /\.|::|->/.test(v) && (0, wordy_1.isWordy)(v);
}
const OPERATOR = /[=!]==?|[<>]=?|[?:&|*%!^~]/g;
/** A name or member access: `t.type`, `options.revision`. */
const DOTTED_NAME_SOURCE = String.raw `[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*`;
const DOTTED_NAME = new RegExp(`^${DOTTED_NAME_SOURCE}$`);
/** What follows a closing quote in a concatenation: `+t.type+`. */
const JOINED_NAME = new RegExp(String.raw `^\+\s*(${DOTTED_NAME_SOURCE})\s*\+?$`);
/** Operands joined by operators: `e?e.substring`, `flags&16?x.create`, `P=>makeNode` (a colon alone is a `user:password` pair). */
function isOperatorExpression(v) {
    const operators = v.match(OPERATOR);
    if (!operators || operators.every((o) => o === ':'))
        return false;
    const operands = v.split(OPERATOR).filter(Boolean);
    return (operands.length >= 2 && operands.every((o) => /^\d+(?:\.\d+)?$/.test(o) || DOTTED_NAME.test(o)) && operands.some((o) => /[A-Za-z]{4}/.test(o) && (0, wordy_1.isWordy)(o)));
}
/** A type being written: `z.ZodOptional<…`, `Operation<…`, a default `= RuleOptions>` (the value stops at a space or quote). */
function isTypePosition(v) {
    const head = /^([A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)*)[<>]/.exec(v);
    return head !== null && (0, wordy_1.isWordy)(head[1]);
}
/**
 * A string built from parts: the value runs into an interpolation (`${`, Ruby's `#{`, where the
 * value stops at `{`), or holds printf verbs (`%s`, `%(name)s`) among words.
 */
function isInterpolated(v, after) {
    if (/[$#]$/.test(v) && after.startsWith('{'))
        return true;
    const verbs = /%(?:\(\w{1,32}\))?[-+ 0#]?\d{0,3}(?:\.\d{1,3})?[sdvqxfi]/g;
    if (!verbs.test(v))
        return false;
    const rest = v.replace(verbs, '');
    return rest === '' || (0, wordy_1.isWordy)(rest);
}
/**
 * Extensions of languages (and schema languages, and source maps) in which an unquoted word is a
 * name (a variable, a type), never a string.
 */
const SOURCE_CODE = /\.(?:[cm]?[jt]sx?|py|pyi|go|rs|java|kt|kts|scala|groovy|cs|fs|c|cc|cpp|cxx|h|hh|hpp|hxx|m|mm|swift|dart|rb|php|lua|ex|exs|erl|hs|ml|clj|cue|jsonnet|libsonnet|tf|hcl|nix|zig|vue|svelte|graphqls?|gql|proto|prisma|thrift|map)$/i;
/** A script without an extension that names its interpreter: `#!/usr/bin/env node` (not a shell, where words are literals). */
const INTERPRETER = /^#![^\n]{0,64}\b(?:node|deno|bun|python[\d.]*|ruby|perl|php)\b/;
/** Whether a file is source code, by its extension or its first line. */
function isSourceCode(file, text = '') {
    return SOURCE_CODE.test(file) || INTERPRETER.test(text.slice(0, 100));
}


/***/ }),

/***/ 66049:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MIN_ENCODED_RUN = void 0;
exports.findCandidates = findCandidates;
/**
 * The scanner's one pass over a text: every keyword occurrence (where a rule or a generic detector
 * may match) and every run of base64 characters long enough to hold an encoded value. Both come
 * from one loop with one table lookup per character (keyword-automaton.ts); the rules' patterns, the
 * generic detectors and the decoders then run only on what it found.
 */
const keyword_automaton_1 = __webpack_require__(60009);
/** Shortest run of base64 characters worth keeping: the shortest encoded value decoded (base64 24, hex 32). */
exports.MIN_ENCODED_RUN = 24;
function findCandidates(automaton, text, withRuns) {
    const { classes, width, next, outputRow, outputStart, outputs, keywords } = automaton;
    const hits = [];
    const runs = [];
    const n = text.length;
    let row = 0;
    // Length of the run of base64 characters ending here; kept without a branch per character (the
    // branch on each character's class is mispredicted at every word boundary).
    let run = 0;
    const minRun = withRuns ? exports.MIN_ENCODED_RUN : Infinity;
    for (let i = 0; i < n; i++) {
        const cls = classes[text.charCodeAt(i)];
        row = next[row + (cls & keyword_automaton_1.CLASS_MASK)];
        if (row >= outputRow) {
            const s = row / width;
            for (let o = outputStart[s]; o < outputStart[s + 1]; o++) {
                const k = outputs[o];
                hits.push(k, i + 1 - keywords[k].length, i + 1);
            }
        }
        const isBase64 = (cls & keyword_automaton_1.BASE64_CHAR_BIT) >> 7; // 1 or 0
        if (run >= minRun && isBase64 === 0)
            runs.push(i - run, i);
        run = (run + 1) * isBase64;
    }
    if (run >= minRun)
        runs.push(n - run, n);
    return { hits, runs };
}


/***/ }),

/***/ 17396:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MYSQL_PASSWORD_FLAG = exports.CLI_FLAG = exports.URL_CREDENTIALS = exports.ASSIGNMENT = exports.MAX_VALUE_LENGTH = exports.GENERIC_KEYWORDS = void 0;
exports.detectGeneric = detectGeneric;
/**
 * Generic detectors for what no provider rule knows: secret-like keys assigned a literal (YAML,
 * JSON, env files, properties, shell, common languages), secrets passed as command-line flags
 * (`--password X`, `mysql -pX`) and credentials inside URLs. Placeholders and references (`${VAR}`,
 * `process.env.X`, `${{ secrets.X }}`, `<your-token>`) stay quiet.
 */
const key_name_1 = __webpack_require__(47116);
const not_a_secret_1 = __webpack_require__(9255);
exports.GENERIC_KEYWORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'cred', 'auth', '://', 'masterauth', 'mysql', 'mariadb'];
/**
 * Longest value the generic detectors take (a longer one is reported by its first characters).
 * Every repeat in the patterns that scan text is bounded: an unbounded one over a multi-megabyte
 * line costs regular-expression stack in proportion to the line.
 */
exports.MAX_VALUE_LENGTH = 4096;
// key ["']? (: | = | := | =>) ["']? value — the key may be quoted, prefixed (export, set, var…) or dotted.
exports.ASSIGNMENT = new RegExp(String.raw `(?<![A-Za-z0-9_.\${-])(?<key>[A-Za-z0-9_.-]{0,64}?(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|client[_.-]?key|cred(?:ential)?s?|auth[_.-]?key|(?:encryption|signing|master|hmac)[_.-]?key)[A-Za-z0-9_.-]{0,64})["']?\s{0,64}(?::=|=>|[:=])\s{0,64}(?<quote>["'\x60]?)(?<value>[^\s"'\x60,;}{)(\]\[]{1,${exports.MAX_VALUE_LENGTH}})`, 'gi');
// The user may be empty: `redis://:password@cache:6379/0`.
exports.URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,20}:\/\/(?<user>[^\s:/@'"]{0,64}):(?<pass>[^\s@/'"]{1,256})@[^\s/'"@]{1,256}/gi;
/** Keys that hold a digest or an identifier of a secret, not the secret. */
const DIGEST_KEY = /digest|hash|checksum|sha\d*|integrity|fingerprint|etag|commit|revision|_id$|_ref$/i;
const BARE_HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
/** Identifiers and references to other values (secretKeyRef, var.db_password, os.getenv): no digits, words only. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z_.:-]*$/;
// Command-line flags: redis-server --requirepass X, psql --password=X, curl --token X, and the
// exec form of a Compose or Dockerfile command: ["redis-server", "--requirepass", "X"].
exports.CLI_FLAG = new RegExp(String.raw `(?<![A-Za-z0-9-])--(?<flag>requirepass|masterauth|password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token)(?:=|[ \t]{1,64}|["'][ \t]{0,8},[ \t]{0,8}(?=["']))(?<quote>["']?)(?<value>[^\s"'\x60;|&]{1,${exports.MAX_VALUE_LENGTH}})`, 'gi');
/**
 * The MySQL and MariaDB clients take the password joined to `-p` (`mysql -u root -p'…'`, `mysqladmin
 * ping -p…`, the exec form `["mysqladmin", "ping", "-p…"]`); a bare `-p` asks for it. Case-sensitive:
 * `-P` is the port.
 */
exports.MYSQL_PASSWORD_FLAG = new RegExp(String.raw `\b(?:mysql[a-z]{0,6}|mariadb(?:-[a-z]{1,8})?)\b[^\n;|&]{0,256}?(?<=[\s"'])-p(?<quote>["']?)(?<value>[^\s"'\x60;|&]{1,${exports.MAX_VALUE_LENGTH}})`, 'g');
/**
 * @param rejected where, in `text`, a provider rule recognised a value whose checksum failed: known
 *   fakes, not secrets, and neither is a value that contains one
 */
function detectGeneric(text, rejected = [], options = {}) {
    const out = [];
    const containsRejected = spanContainment(rejected);
    const after = (offset, value) => text.slice(offset + value.length, offset + value.length + 40);
    exports.ASSIGNMENT.lastIndex = 0;
    for (let m = exports.ASSIGNMENT.exec(text); m; m = exports.ASSIGNMENT.exec(text)) {
        const { key, quote } = m.groups;
        const offset = m.index + m[0].length - m.groups.value.length;
        // An escaped line break ends the value: `\n` in a JSON string (a source map's code, a message).
        const value = m.groups.value.replace(/\\[nr][^]*$/, '');
        if (!value)
            continue;
        // Prose that quotes an assignment (`token: \`MAPBOX_TOKEN=pk.…\``): judge the inner one on its own.
        if (/^[A-Z][A-Z0-9_]{2,64}=/.test(value)) {
            exports.ASSIGNMENT.lastIndex = offset;
            continue;
        }
        if ((0, not_a_secret_1.isPlaceholderOrReference)(value) || IDENTIFIER.test(value) || containsRejected(offset, value.length))
            continue;
        const before = text.slice(Math.max(0, m.index - 200), m.index);
        if ((0, not_a_secret_1.notASecret)({ value, quoted: quote !== '', after: after(offset, value), key, code: options.code, before }))
            continue;
        if (BARE_HEX_DIGEST.test(value) && DIGEST_KEY.test(key))
            continue;
        // camelCase and dotted keys as environment-style names: secretKey -> secret_Key, db.password -> db_password.
        const envKey = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[.-]/g, '_');
        if (!key_name_1.keyNameEntropyDetector.detect({ key: envKey, value }))
            continue;
        out.push({ ruleId: 'generic-secret-assignment', description: `secret assigned to ${key}`, offset, value });
    }
    // The flag and URL patterns need `--`, `-p` and `://`: a text without them skips their scans (the same findings, sooner).
    for (const flag of text.includes('--') ? flagValues(text, exports.CLI_FLAG) : []) {
        const { value, quoted, offset } = flag;
        if (value.length < 6)
            continue;
        if ((0, not_a_secret_1.isPlaceholderOrReference)(value) || IDENTIFIER.test(value) || !key_name_1.keyNameEntropyDetector.detect({ key: 'PASSWORD', value }))
            continue;
        if ((0, not_a_secret_1.notASecret)({ value, quoted, after: after(offset, value) }))
            continue;
        out.push({ ruleId: 'generic-secret-assignment', description: `secret passed as --${flag.name}`, offset, value });
    }
    for (const flag of text.includes('-p') ? flagValues(text, exports.MYSQL_PASSWORD_FLAG) : []) {
        const { value, quoted, offset } = flag;
        // No key here can be a field's name: any word but a placeholder's form is the password (`-psecret`).
        // Digits and colons are a port mapping (`docker run --name mysql -p3306:3306`).
        if (value.length < 4 || (0, not_a_secret_1.isPlaceholderSyntax)(value) || /^[\d.:]+(?:\/(?:tcp|udp))?$/.test(value))
            continue;
        if ((0, not_a_secret_1.notALiteralSecret)({ value, quoted, after: after(offset, value) }))
            continue;
        out.push({ ruleId: 'generic-secret-assignment', description: 'secret passed as -p', offset, value });
    }
    exports.URL_CREDENTIALS.lastIndex = 0;
    for (let m = text.includes('://') ? exports.URL_CREDENTIALS.exec(text) : null; m; m = exports.URL_CREDENTIALS.exec(text)) {
        const pass = m.groups.pass;
        // isPlaceholderOrReference covers secret-manager references and masked values too.
        if ((0, not_a_secret_1.isPlaceholderOrReference)(pass) || pass.length < 4 || (0, not_a_secret_1.isTestValue)(pass))
            continue;
        out.push({ ruleId: 'generic-url-credentials', description: 'password in a URL', offset: m.index + m[0].indexOf(`:${pass}@`) + 1, value: pass });
    }
    return out;
}
/**
 * The values of a flag pattern's matches (named groups `value`, `quote` and, for CLI_FLAG, `flag`).
 * A quoted value runs to its closing quote: `"--requirepass", "a&b;c"` keeps its `&` and `;`.
 */
function* flagValues(text, pattern) {
    for (const m of text.matchAll(pattern)) {
        const { quote, flag } = m.groups;
        let value = m.groups.value;
        const offset = (m.index ?? 0) + m[0].length - value.length;
        const close = quote ? text.indexOf(quote, offset) : -1;
        if (close > offset && close - offset <= exports.MAX_VALUE_LENGTH && !/\s/.test(text.slice(offset, close)))
            value = text.slice(offset, close);
        yield { value, quoted: quote !== '', offset, name: flag ?? '' };
    }
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

/***/ 47116:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keyNameEntropyDetector = exports.MIN_ENTROPY = void 0;
exports.isOwnNamePlaceholder = isOwnNamePlaceholder;
exports.shannonEntropy = shannonEntropy;
/**
 * Secret-sounding keys (PASSWORD, TOKEN, SECRET, API_KEY, ...) holding a literal that looks random
 * and is not a placeholder or a path.
 */
const redact_1 = __webpack_require__(21340);
const SECRET_KEY = /(PASSWORD|PASSWD|PASSPHRASE|_PASS|^PASS|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CLIENT_?KEY|CREDENTIALS?|AUTH_?KEY|(?:ENCRYPTION|SIGNING|MASTER|HMAC)_?KEY|_PWD|^PWD)$/i;
const SECRET_KEY_INFIX = /(PASSWORD|SECRET|TOKEN|API_?KEY)_/i;
/** Keys that name where a secret is, or something about it, rather than holding it. */
const NOT_A_SECRET_KEY = /_(FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|USER|USERNAME|NAME|ID|LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|TIMEOUT|ENABLED|DISABLED|HEADER|TYPE|ALGORITHM|METHOD|MODE|FORMAT|PREFIX|ISSUER|AUDIENCE|COOKIE_NAME)$/i;
/** `${VAR}`, `<token>`, `{{ .Values.x }}`, `%VAR%`, and code that reads the environment (`process.env.X,`, `os.environ["X"]`). */
const REFERENCE = /^(?:\$\{?[A-Za-z_]|<[^>]*>$|\{\{.*\}\}$|%[A-Za-z_]+%$|process\.env\b|os\.environ\b|os\.getenv\(|System\.getenv\(|ENV\[|getenv\()/;
const PLACEHOLDER_WORD = /change[_-]?me|changeit|replace[_-]?(?:me|with)|placeholder|example|dummy|sample|^your[_-]|todo|fixme|redacted|xxx|\*\*\*/i;
const MIN_LENGTH = 8;
/** Bits per character below which a value looks like a word or a pattern rather than a secret. */
exports.MIN_ENTROPY = 2.5;
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
        // A capitalised name built on the key's own (GOOGLE_API_KEY: GOOGLE_API_KEY_VAL) is the slot a script fills in.
        if (isOwnNamePlaceholder(key, v))
            return undefined;
        // Paths such as /run/secrets/db_password point at a secret; they are not one.
        if (/^(\/|\.\/|~\/|file:)/.test(v))
            return undefined;
        if (shannonEntropy(v) < exports.MIN_ENTROPY)
            return undefined;
        return { ruleId: 'secret-assignment', description: 'secret value', redacted: (0, redact_1.redactSecret)(v) };
    },
};
/** `GOOGLE_API_KEY_VAL` for GOOGLE_API_KEY, `DB_PASSWORD_HERE` for db_password: an all-capitals identifier holding the key's name. */
function isOwnNamePlaceholder(key, value) {
    if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value))
        return false;
    const name = key
        .replace(/^.*[.:/]/, '')
        .replace(/[-.]/g, '_')
        .toUpperCase();
    return name.length >= 4 && value.includes(name);
}
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

/***/ 60009:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A case-insensitive multi-keyword matcher (Aho-Corasick, compiled to a dense table): one pass over
 * a text reports every occurrence of every keyword, overlapping ones included, at one table lookup
 * per character whatever the number of keywords. It replaces one regular expression alternating
 * hundreds of keywords, on which V8 spends most of a scan. Case folding is ASCII only, as a regular
 * expression's `i` flag does without `u`: keywords are ASCII (the secret rules' are lowercase).
 *
 * The same table also classifies each character as one of base64's (`[A-Za-z0-9+/=_-]`), so the
 * scanner finds encoded runs in the same pass (see find-candidates.ts).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLASS_MASK = exports.BASE64_CHAR_BIT = void 0;
exports.buildKeywordAutomaton = buildKeywordAutomaton;
exports.findKeywords = findKeywords;
/** Bit of a character's class byte that marks a base64 character (`[A-Za-z0-9+/=_-]`). */
exports.BASE64_CHAR_BIT = 0x80;
exports.CLASS_MASK = 0x7f;
function isBase64Char(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x5f || c === 0x2d;
}
const lower = (c) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
/** Builds the matcher; keywords are matched ignoring ASCII case. Duplicates collapse to their first index. */
function buildKeywordAutomaton(keywordList) {
    const keywords = keywordList.map((k) => k.toLowerCase());
    const columnOf = new Map();
    for (const k of keywords) {
        if (!k.length)
            throw new Error('a keyword must not be empty');
        for (let i = 0; i < k.length; i++) {
            const c = k.charCodeAt(i);
            if (c > 0x7f)
                throw new Error(`keyword "${k}" is not ASCII`);
            if (!columnOf.has(c))
                columnOf.set(c, columnOf.size + 1);
        }
    }
    const width = columnOf.size + 1;
    if (width > exports.CLASS_MASK)
        throw new Error(`too many distinct keyword characters (${width - 1})`);
    const classes = new Uint8Array(0x10000);
    for (let c = 0; c < 0x80; c++)
        classes[c] = (columnOf.get(lower(c)) ?? 0) | (isBase64Char(c) ? exports.BASE64_CHAR_BIT : 0);
    // The trie: goto[state] maps a column to a child state.
    const goto = [new Map()];
    const ends = [[]];
    keywords.forEach((k, index) => {
        let s = 0;
        for (let i = 0; i < k.length; i++) {
            const col = columnOf.get(k.charCodeAt(i));
            let t = goto[s].get(col);
            if (t === undefined) {
                t = goto.length;
                goto.push(new Map());
                ends.push([]);
                goto[s].set(col, t);
            }
            s = t;
        }
        if (!ends[s].some((i) => keywords[i] === k))
            ends[s].push(index);
    });
    // Breadth first: failure links, inherited outputs, and the dense transitions (a DFA).
    const states = goto.length;
    const next = new Uint32Array(states * width);
    const fail = new Uint32Array(states);
    const outputsOf = ends.map((e) => [...e]);
    const queue = [];
    for (const [col, t] of goto[0]) {
        next[col] = t;
        queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
        const s = queue[q];
        outputsOf[s].push(...outputsOf[fail[s]]);
        for (let col = 0; col < width; col++) {
            const t = goto[s].get(col);
            if (t === undefined)
                next[s * width + col] = next[fail[s] * width + col];
            else {
                fail[t] = next[fail[s] * width + col];
                next[s * width + col] = t;
                queue.push(t);
            }
        }
    }
    // Renumbered so that states where a keyword ends come last (one comparison tells them), and
    // stored as row offsets (state * width), so the scan loop does no multiplication.
    const order = [...Array(states).keys()].sort((a, b) => Number(outputsOf[a].length > 0) - Number(outputsOf[b].length > 0) || a - b);
    const renumbered = new Uint32Array(states);
    order.forEach((old, i) => (renumbered[old] = i));
    const rows = new Uint32Array(states * width);
    for (let s = 0; s < states; s++)
        for (let col = 0; col < width; col++)
            rows[renumbered[s] * width + col] = renumbered[next[s * width + col]] * width;
    const outputStart = new Uint32Array(states + 1);
    const flat = [];
    order.forEach((old, i) => {
        outputStart[i] = flat.length;
        flat.push(...outputsOf[old]);
    });
    outputStart[states] = flat.length;
    const firstOutput = order.findIndex((old) => outputsOf[old].length > 0);
    return {
        keywords,
        classes,
        width,
        next: rows,
        outputRow: (firstOutput < 0 ? states : firstOutput) * width,
        outputStart,
        outputs: Uint32Array.from(flat),
    };
}
/** Every occurrence of every keyword, as [keyword index, start offset] pairs in order of their end. */
function findKeywords(automaton, text) {
    const { classes, width, next, outputRow, outputStart, outputs, keywords } = automaton;
    const found = [];
    let row = 0;
    for (let i = 0; i < text.length; i++) {
        row = next[row + (classes[text.charCodeAt(i)] & exports.CLASS_MASK)];
        if (row < outputRow)
            continue;
        const s = row / width;
        for (let o = outputStart[s]; o < outputStart[s + 1]; o++)
            found.push([outputs[o], i + 1 - keywords[outputs[o]].length]);
    }
    return found;
}


/***/ }),

/***/ 9255:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.INTEGRITY = exports.HEX_DIGEST = exports.UUID = exports.PLACEHOLDER = exports.REFERENCE = void 0;
exports.notASecret = notASecret;
exports.notALiteralSecret = notALiteralSecret;
exports.isPlaceholderOrReference = isPlaceholderOrReference;
exports.isPlaceholderSyntax = isPlaceholderSyntax;
exports.isSecretReference = isSecretReference;
exports.isMasked = isMasked;
exports.isName = isName;
exports.isNaturalLanguage = isNaturalLanguage;
exports.isPathOrUrl = isPathOrUrl;
exports.isNamePattern = isNamePattern;
exports.isSelector = isSelector;
exports.isVersion = isVersion;
exports.isPublicByDesign = isPublicByDesign;
exports.isCiphertext = isCiphertext;
exports.isPasswordHash = isPasswordHash;
exports.isTestValue = isTestValue;
exports.isTestFixtureName = isTestFixtureName;
exports.decodesToHarmless = decodesToHarmless;
exports.decodeBase64Text = decodeBase64Text;
/**
 * The judgement of a candidate value the generic detectors found next to a secret-sounding key:
 * whether it is, beyond doubt, not a secret. Each family is one predicate: placeholders and
 * references, references to a secret manager or vault, masked values, test values, code
 * (code-expression.ts), names, words of a human language, paths and URLs, versions, identifiers
 * public by design, ciphertexts, and base64 that decodes to something harmless. Pure string logic,
 * no context beyond the value, its key, the characters around it and whether the file is source code.
 */
const code_expression_1 = __webpack_require__(67395);
const key_name_1 = __webpack_require__(47116);
const wordy_1 = __webpack_require__(15970);
/** Why a candidate is not a secret, or undefined when it may be one. */
function notASecret(c) {
    const v = c.value.trim();
    if (isSecretReference(v))
        return 'reference';
    if (isMasked(v))
        return 'masked';
    if ((0, code_expression_1.isCodeExpression)(v, c))
        return 'code';
    if (isName(v))
        return 'name';
    if (isNaturalLanguage(v))
        return 'prose';
    if (isPathOrUrl(v))
        return 'path';
    if (isSelector(v) || isNamePattern(v))
        return 'code';
    if (isVersion(v))
        return 'version';
    if (TIMESTAMP.test(v))
        return 'timestamp';
    // A hash named so (`checksum/secret`: Helm's annotation that rolls the pods when the Secret changes).
    if (/(?:checksum|digest|sha\d*|hash)[\w/.-]*$/i.test(`${c.before ?? ''}${c.key ?? ''}`) &&
        /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i.test(v))
        return 'digest';
    if (isPublicByDesign(v, c.before))
        return 'public';
    if (isCiphertext(v))
        return 'ciphertext';
    if (isPasswordHash(v))
        return 'password hash';
    if (isTestValue(v) || (c.key !== undefined && isTestFixtureName(c.key)))
        return 'test value';
    if (decodesToHarmless(v))
        return 'harmless encoding';
    return undefined;
}
/**
 * notASecret where a value can only be a literal, never a field's name (a password joined to `mysql
 * -p`, a Compose environment value): a test value there (`password123`) is still what the service
 * is given, so it counts as a secret; every other reason stands.
 */
function notALiteralSecret(c) {
    const why = notASecret(c);
    return why !== undefined && why !== 'test value';
}
/** Values that point at a secret instead of holding one: `${VAR}`, `$$VAR` (Compose), `process.env.X`, `<…>`. */
exports.REFERENCE = /^\\?(?:\$\{|\$\(|\$\$?[A-Za-z_{]|%[A-Za-z_]+%|\{\{|<|process\.env|os\.environ|env\.|ENV\[|System\.getenv|getenv|secrets?\.|vault:|ref\+|!)/;
/**
 * Words that, as the value of a secret-sounding key, name a field or stand for a value rather than
 * hold one (`key: password` of a secretKeyRef, `token: changeme`).
 */
exports.PLACEHOLDER = /^(?:none|null|nil|undefined|true|false|yes|no|password|passwd|secret|token|changeme|change_me|changeit|example|sample|dummy|redacted|hidden|masked|placeholder|your[_-].*|my[_-]?(?:password|secret|token)|test|testing|admin|root|user|pass)$/i;
/** A run of one filler character: `xxxx`, `****`, `....`, `----`, `____`, `####`. */
const FILLER = /^(?:x+|\*+|\.+|-+|_+|#+)$/i;
exports.UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
exports.HEX_DIGEST = /^sha\d+[:-](?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
exports.INTEGRITY = /^(?:sha(?:1|256|384|512))-[A-Za-z0-9+/]+={0,2}$/;
/**
 * A template with a named hole (`deploy@pve!ci=<uuid>`, `Bearer <token>`), a bracketed one
 * (`[password]`), a token a pipeline replaces (`##newPassword##`, `@@DB_PASS@@`), or a braced name
 * substituted at run time or by code (`{FRIGATE_RTSP_PASSWORD}`, a Python f-string's `{password}`).
 */
const TEMPLATE_HOLE = /<[A-Za-z][\w .-]{0,40}>|^\[[A-Za-z][\w .-]{0,40}\]$|^(##|__|@@|%%)[A-Za-z][\w.-]{0,40}\1$|^\{[A-Za-z_][\w.]{0,60}\}$/;
function isPlaceholderOrReference(value) {
    const v = value.trim();
    return isPlaceholderSyntax(v) || exports.PLACEHOLDER.test(v) || exports.UUID.test(v) || exports.HEX_DIGEST.test(v) || exports.INTEGRITY.test(v) || /^[?:]/.test(v);
}
/**
 * What says "put the value here" by its form, whatever the word: a reference, a template hole, a
 * masked run, an all-capitals name (`-pPASSWORD`, `YOUR_TOKEN`), or a request to change it. Plain
 * words (`secret`, `root`) are not: where no key can be a field name (a password after `mysql -p`),
 * they are the password.
 */
function isPlaceholderSyntax(v) {
    return (exports.REFERENCE.test(v) ||
        // A YAML anchor or alias (`&db-password`, `*db-password`): the value is written elsewhere.
        /^[&*][A-Za-z_][\w.-]*$/.test(v) ||
        TEMPLATE_HOLE.test(v) ||
        FILLER.test(v) ||
        (/^[A-Z]+(?:_[A-Z]+)*$/.test(v) && (0, wordy_1.isWordy)(v)) ||
        /change[_-]?me|changeit|replace[_-]?(?:me|with)|placeholder|^your[_-]/i.test(v) ||
        isSecretReference(v) ||
        isMasked(v));
}
/**
 * Secret managers, vaults and templating that fetch the secret at run time: 1Password, HashiCorp
 * Vault, vals, AWS Secrets Manager and SSM, GCP Secret Manager, Azure Key Vault, Doppler, Bitwarden,
 * Infisical, Helm/Go templates, GitHub Actions expressions, SOPS and Ansible Vault ciphertexts, and
 * argocd-image-updater's registry credentials (`pullsecret:ns/name`, `secret:ns/name#field`,
 * `env:VAR`, `ext:/script`).
 */
const SECRET_REFERENCE = /^(?:(?:pull)?secret:[a-z0-9.-]+\/[a-z0-9.-]+(?:#[\w.-]+)?$|env:[A-Za-z_]\w*$|ext:\/|op:\/\/|vault:|ref\+[a-z0-9]+:\/\/|arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|sm:\/\/|gcp:secretmanager:|gcpsm:\/\/|secretmanager:\/\/|azurekeyvault:\/\/|akv:\/\/|keyvault:\/\/|doppler:\/\/|bws:\/\/|infisical:\/\/|awssm:|ssm:\/|\{\{|\$\{\{|ENC\[[A-Z0-9_]+,|\$ANSIBLE_VAULT;|!vault\b|@Microsoft\.KeyVault\()/i;
function isSecretReference(v) {
    return SECRET_REFERENCE.test(v);
}
/** `abcd...wxyz`, `ghp_…abcd`, `sk-****1234`, `sk_live_xxxxxxxx`, `••••`: shown, not stored. */
function isMasked(v) {
    return /\.\.\.|…|\*{3,}|•{2,}|[xX]{6,}|#{4,}/.test(v);
}
/**
 * Names of things in snake or kebab case with digits inside words (`backup_s3_bucket`,
 * `db-password-v2`): the key a value is stored under, not the value. A token's parts are random, not
 * words; a part that is only a number (`summer-2024-beach`) may well be a password.
 */
function isName(v) {
    return /^[a-z][a-z0-9]*(?:[_-][a-z0-9]*[a-z][a-z0-9]*)+$/.test(v) && /\d/.test(v) && (0, wordy_1.isWordy)(v);
}
/** Words of a human language beyond ASCII (`Žeton`, `トークンがありません`, `পাসওয়ার্ড`, `Mot de passe oublié`): a translated message, not a secret. */
function isNaturalLanguage(v) {
    if (!/[^\x00-\x7f]/.test(v) || !/^[\p{L}\p{M}\p{P}\p{Zs}\p{Cf}]+$/u.test(v))
        return false;
    // Scripts such as Bengali, Khmer or Thai write vowels as combining marks: letters and marks count
    // alike; spaces and format characters (zero-width space and joiners, which break Khmer words) not at all.
    const characters = [...v].filter((c) => !/[\p{Zs}\p{Cf}]/u.test(c));
    return characters.filter((c) => /[\p{L}\p{M}]/u.test(c)).length >= characters.length * 0.7;
}
/** Absolute, home, relative and Windows paths, file names, and URLs without credentials. */
function isPathOrUrl(v) {
    if (/^@?(?:\/|\.{1,2}[/\\]|~\/|file:|[A-Za-z]:\\|\\\\)/.test(v))
        return true;
    if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/@?#]+(?:[/?#][^\s@]*)?$/i.test(v))
        return !/[?&](?:[\w-]*(?:key|token|secret|sig|signature|password|pass|pwd|auth)[\w-]*)=/i.test(v);
    // Names with slashes: `path/to/creds.json`, `foo/system:masters` (a token file's user/group).
    if (/^@?[\w.:-]{1,256}(?:\/{1,2}[\w.:#-]{1,256}){1,32}\/?$/.test(v) && (0, wordy_1.isWordy)(v))
        return true;
    // A file name: a wordy stem, or one that starts with a word (`home-assistant-7c48d-e078848c9fb0.json`,
    // as GCP names a service account's key file).
    if (!/^[\w.-]+\.(?:json|ya?ml|txt|pem|key|crt|cer|csr|p12|pfx|jks|keystore|env|ini|conf|cfg|toml|xml|properties|gpg|asc|der|pub)$/i.test(v))
        return false;
    const stem = v.replace(/\.[a-z0-9]+$/i, '');
    return (0, wordy_1.isWordy)(stem) || (/^[a-z]{3,}[-_.]/i.test(stem) && (0, wordy_1.isWordy)(stem.split(/[-_.]/)[0]));
}
/** A regular expression of names (`app-secret-.*`, `^db-.+$`): wildcards around words, matching secrets' names, not holding one. */
function isNamePattern(v) {
    if (!/\.[*+]/.test(v))
        return false;
    const words = v.replace(/[\^$]|\.[*+?]|\\[dwsb]|[()|?]/g, ' ').trim();
    return words !== '' && /^[\w./ -]+$/.test(words) && (0, wordy_1.isWordy)(words.replace(/[ ./-]+/g, '-'));
}
// A selector term; a value after each operator: base64 padding (`c2NAbDNJMA==`) is not `key ==`.
const SELECTOR_TERM = String.raw `[A-Za-z][\w./-]*\s*(?:!=|==|=)\s*[\w./-]+`;
const SELECTOR = new RegExp(`^${SELECTOR_TERM}(?:\\s*,\\s*${SELECTOR_TERM})*$`);
/**
 * A Kubernetes label or field selector (`type!=kubernetes.io/dockercfg,type!=helm.sh/release.v1`,
 * `app=web,tier!=cache`, `app.kubernetes.io/part-of=monitoring`): terms joined by commas, each a
 * key, `=`, `==` or `!=`, and a value, all of them words. The value of the operator's
 * `secretFieldSelector` filters Secrets; it is not one.
 */
function isSelector(v) {
    if (!SELECTOR.test(v) || !(0, wordy_1.isWordy)(v))
        return false;
    // One `key=value` is a selector only with a qualified key (`app.kubernetes.io/name=web`).
    if (!/!=|==|,/.test(v) && !/^[^=]*[./][^=]*=/.test(v))
        return false;
    // `user=admin,password=…` is a credential list, not a selector.
    return !/(?:^|,)\s*[\w./-]*(?:pass|pwd|secret|token|key|auth|cred)[\w./-]*\s*[!=]/i.test(v);
}
/** A version or version range: `^1.2.3`, `~4.17.21`, `>=2.0.0`, `v1.2.3-rc.1`, `workspace:^1.0.0`. */
function isVersion(v) {
    return /^(?:workspace:|npm:[\w@./-]{1,214}@)?(?:[~^]|[<>]=?|==?)?v?\d{1,9}(?:\.(?:\d{1,9}|[xX*])){1,3}(?:-[0-9A-Za-z.-]{1,64})?(?:\+[0-9A-Za-z.-]{1,64})?$/.test(v);
}
/**
 * Client-side keys their providers publish to browsers: Mapbox `pk.`, Stripe publishable keys,
 * PostHog project keys; and Codecov's graphing token, a query parameter of its badge and graph URLs
 * (`codecov.io/gh/org/repo/graph/badge.svg?token=…`), read-only and meant for READMEs.
 */
function isPublicByDesign(v, before = '') {
    return /^(?:pk\.eyJ|pk_(?:live|test)_|phc_)/.test(v) || /codecov\.io\/[^\s"'()]*\?(?:[^\s"'()]*&)?$/.test(before);
}
/** An ISO 8601 date or date-time (`2025-06-09T01:52:27Z`): a token's expiry, not the token. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * Sealed Secrets (`kubeseal`) ciphertext: base64 of a 2-byte length of the RSA-encrypted session key
 * (256, 384, 512 or 1024 bytes), that key and the AES-GCM payload. Only the cluster can open it.
 */
function isCiphertext(v) {
    if (v.length < 340 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v))
        return false;
    const head = Buffer.from(v.slice(0, 8), 'base64');
    const keyLength = head.readUInt16BE(0);
    // The payload's length is not checked: a scan window may cut a long value short.
    return [256, 384, 512, 1024].includes(keyLength);
}
/**
 * A password hash in crypt(3) form: bcrypt (`$2b$12$` and 53 characters), sha-crypt (`$5$`, `$6$`),
 * Apache's `$apr1$` and argon2 (`$argon2id$v=19$m=…`). Configs hold them where a login is checked
 * (Traefik and nginx basic auth, Alertmanager and Prometheus web configs): they verify a password,
 * they do not grant access.
 */
function isPasswordHash(v) {
    return (/^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/.test(v) ||
        /^\$(?:5|6)\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}$/.test(v) ||
        /^\$apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}$/.test(v) ||
        /^\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.test(v));
}
/**
 * Values people type in tests and examples: lowercase words with short or sequential numbers
 * (`token-123`, `password123`, `test-token-1`), and runs such as `abcdef123456` or `1234567890`.
 */
function isTestValue(v) {
    if (isSequential(v) || TEST_MARKER.test(v))
        return true;
    if (/[A-Z]/.test(v) || !/^[a-z0-9]+(?:[-_.=][a-z0-9]+)*$/.test(v))
        return false;
    const parts = v.split(/[-_.=]|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/);
    if (parts.length > 5)
        return false;
    return parts.every((p) => (/^\d+$/.test(p) ? p.length <= 3 || isDigitRun(p) : isTestWord(p)));
}
/** What only a made-up value holds: `abc123`, `123456`, `your_secret_here`, `actual_secret_key`, `mypass`. */
const TEST_MARKER = /abc123|123456|qwerty|letmein|foobar|your[_-]?(?:salt|key|token|secret|pass|api)|actual[_-]|mypass|[_-]here(?![a-z])|example|dummy|sample|fake[_-]|placeholder/i;
/**
 * Names of test doubles in code: `testPasswordValue`, `mockToken`, `fake_password`, `dummyApiKey`. An
 * all-capitals name (`TEST_DB_PASSWORD`) configures a test environment and may hold a real secret.
 */
function isTestFixtureName(key) {
    return /^(?:test|mock|fake|dummy|stub|fixture)(?:[A-Z]|[_.-][a-z])/.test(key) && /[a-z]/.test(key);
}
/** `1234`, `9876`, `0000`: digits counting up, down or repeating; `7890`, along the keyboard's row. */
function isDigitRun(p) {
    if (p.length >= 4 && ('1234567890'.includes(p) || '0987654321'.includes(p)))
        return true;
    const steps = new Set();
    for (let i = 1; i < p.length; i++)
        steps.add(p.charCodeAt(i) - p.charCodeAt(i - 1));
    return steps.size === 1 && [1, -1, 0].includes([...steps][0]);
}
/** A word people type (`password`, `token`, `mysecret`): pronounceable, unlike random lowercase letters. */
function isTestWord(p) {
    if (p.length <= 3)
        return /[aeiouy]/.test(p); // my, key, abc
    return (0, wordy_1.isWordy)(p) && (p.match(/[aeiouy]/g) ?? []).length / p.length >= 0.25 && !/[^aeiouy]{4}/.test(p);
}
/** Mostly steps of one (`abcdef`, `123456`, `987654`) or one repeated character. */
function isSequential(v) {
    if (v.length < 6)
        return false;
    let steps = 0;
    for (let i = 1; i < v.length; i++) {
        const d = v.charCodeAt(i) - v.charCodeAt(i - 1);
        if (d === 1 || d === -1 || d === 0)
            steps++;
    }
    return steps / (v.length - 1) >= 0.8;
}
/**
 * Base64 that decodes to something that is not a secret, judged by its content: a JWT or JOSE
 * header, a URL without credentials, a path, words or prose, a placeholder or test value
 * (`test-api-key`), or text too uniform to be a secret. Random bytes and `user:password` are not
 * harmless.
 */
function decodesToHarmless(v) {
    const decoded = decodeBase64Text(v);
    if (decoded === undefined)
        return false;
    const d = decoded.trim();
    if (!d)
        return true;
    if (/^\{\s*"(?:alg|typ|kid|enc|cty|jku|x5t)"\s*:/.test(d) && !/"(?:sub|exp|iat|iss|aud)"/.test(d))
        return true;
    if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/@:]+(?::\d+)?(?:[/?#]\S*)?$/i.test(d))
        return true;
    if (/^(?:\/|\.{1,2}\/|~\/)[\w./-]*$/.test(d))
        return true;
    if (isPlaceholderOrReference(d) || /^[a-z]+$/i.test(d) || isTestValue(d) || (0, key_name_1.shannonEntropy)(d) < key_name_1.MIN_ENTROPY)
        return true;
    // Prose: several words separated by spaces, each reading as a word.
    const words = d.split(/\s+/);
    const plain = words.filter((w) => /^[("']?[A-Za-z][A-Za-z'-]*[.,!?:;)"']{0,2}$/.test(w));
    return words.length >= 2 && plain.length / words.length >= 0.8 && (0, wordy_1.isWordy)(plain.join(' '));
}
/**
 * The text a base64 (or base64url) value encodes, when it is one: at least 8 characters, padded to
 * a multiple of 4 if padded at all, decoding to printable ASCII. Undefined for anything else.
 */
function decodeBase64Text(v) {
    if (v.length < 8 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(v) || (v.endsWith('=') && v.length % 4 !== 0))
        return undefined;
    const decoded = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
    return decoded.length >= 4 && /^[\x20-\x7e\t\r\n]+$/.test(decoded) ? decoded : undefined;
}


/***/ }),

/***/ 21340:
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

/***/ 99815:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineSecretRule = defineSecretRule;
function defineSecretRule(rule) {
    return rule;
}


/***/ }),

/***/ 13473:
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
    const exclude = options.notFollowedBy?.length ? `(?![A-Za-z0-9_.-]{0,40}?(?:${options.notFollowedBy.map(caseless).join('|')}))` : '';
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

/***/ 39338:
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

/***/ 55599:
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

/***/ 63344:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pemHeaderPattern = pemHeaderPattern;
exports.isKeyMaterial = isKeyMaterial;
/**
 * PEM private-key headers. The keyword prefilter works line by line, so a rule sees the
 * `-----BEGIN … PRIVATE KEY-----` line, not the key body on the lines below it. The header counts
 * when it ends its line (a real PEM file or block scalar), or when an escaped newline and the body
 * follow on the same line (JSON, env files); then the first body line is part of the secret.
 * Headers quoted inside code (`startsWith('-----BEGIN …')`) or followed by `\n...` placeholders do not count.
 * The body below the header, as far as the rule's validate sees it, must be key material (isKeyMaterial).
 */
const scan_1 = __webpack_require__(13968);
/** A base64 body line at least this long after an escaped newline makes the header a real key. */
const BODY = String.raw `[A-Za-z0-9+/]{16,4096}={0,2}`;
/** Armor headers that may follow the BEGIN line of a PGP block or a legacy encrypted PEM key. */
const ARMOR_HEADER = String.raw `(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):`;
const ESCAPED_NEWLINE = String.raw `(?:\\r)?\\n`;
function pemHeaderPattern(label) {
    const header = `-----BEGIN ${label}-----`;
    return new RegExp(`(?<secret>${header}(?:(?:${ESCAPED_NEWLINE}|[ \\t])?${BODY}|(?=[ \\t\\r]{0,256}$|(?:${ESCAPED_NEWLINE}){1,8}${ARMOR_HEADER}|(?:${ESCAPED_NEWLINE}){2}${BODY})))`);
}
const HEADER = /^-----BEGIN [A-Z0-9 ]+-----/;
/**
 * Whether a matched header (and the body line it may include) heads key material, judged by what
 * follows it: a body that looks random (not `AAAA…` or `xxxx…`), no elided line (`...`, `…`,
 * `<your key>`), and a body that decodes to bytes rather than text (a key is DER or an OpenSSH
 * blob; base64 of a sentence is a note). Comment markers and indentation of a commented example
 * (`#     -----BEGIN …`) are stripped first. A header with nothing visible below it counts.
 */
function isKeyMaterial(secret, following = '') {
    const included = secret.replace(HEADER, '').replace(/^(?:\\r)?(?:\\n)?[ \t]?/, '');
    if (included && new Set(included).size < 12)
        return false;
    const lines = bodyLines(included + following);
    if (lines.some(isElided))
        return false;
    const base64 = lines.join('');
    if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(base64))
        return true;
    return !(0, scan_1.isMostlyPrintable)(Buffer.from(base64, 'base64').toString('latin1'));
}
/**
 * The body lines of a PEM block as far as the text shows them: up to the END line, without the
 * armor headers, blank lines, comment markers, quotes and escaped newlines around them.
 */
function bodyLines(text) {
    const out = [];
    const lines = text.split(/\\r?\\n|\r?\n/);
    // The rest of the header's own line: empty for a header that ends its line.
    if (lines.length > 1 && !lines[0].trim())
        lines.shift();
    for (const raw of lines) {
        if (raw.includes('-----END '))
            break;
        const line = raw
            .replace(/^[ \t]*(?:#+|\/\/|;+|\*|--|%)?[ \t]*["'`]?/, '')
            .replace(/["'`]?[ \t]*[,;+]?[ \t]*\\?$/, '')
            .trim();
        // Blank lines, armor headers (`Version: …`) and a PGP block's checksum line (`=AbCd`).
        if (!line || /^[A-Za-z-]+: /.test(line) || /^=[A-Za-z0-9+/]{4}$/.test(line))
            continue;
        out.push(line);
    }
    return out;
}
/** A body line that stands for the key instead of holding it, or a cut one (`MIIEvQ…`). */
function isElided(line) {
    return /^(?:<[^>]*>|\[[^\]]*\]|\{\{.*\}\}|\$\{.*\}|x{3,}|\*{3,})$/i.test(line) || /(?:\.{2,}|…)$/.test(line);
}


/***/ }),

/***/ 95893:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * `AQE` + a base64 block, `-`, a 44-character base64 block, then a short tail; the finding covers
 * the two base64 blocks.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'adyen-api-key',
    provider: 'Adyen',
    description: 'Adyen API key',
    keywords: ['aqe'],
    pattern: /\b(?<secret>AQE[A-Za-z0-9+/]{40,400}={0,2}-[A-Za-z0-9+/]{43}=)/,
    minEntropy: 4,
});


/***/ }),

/***/ 74886:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 19389:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _bech32_1 = __webpack_require__(55599);
/**
 * age identities: X25519 (`AGE-SECRET-KEY-1`) and post-quantum hybrid ML-KEM-768 + X25519
 * (`AGE-SECRET-KEY-PQ-1`), each followed by 58 Bech32 characters, uppercase. The Bech32 checksum
 * is verified.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'age-secret-key',
    provider: 'age',
    description: 'age encryption secret key',
    keywords: ['age-secret-key-1', 'age-secret-key-pq-1'],
    pattern: /\b(?<secret>AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
    validate: _bech32_1.isValidBech32,
});


/***/ }),

/***/ 17989:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 70031:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 69109:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 20234:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 93731:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 67178:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 50544:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 30951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-access-key-id',
    provider: 'AWS',
    description: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
    documentedExamples: ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'],
});


/***/ }),

/***/ 20072:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
    pattern: /\b(?<secret>ABSK[A-Za-z0-9+/]{100,300}={0,2})(?![A-Za-z0-9+/=])/,
    validate: isBedrockKey,
});


/***/ }),

/***/ 43368:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * `bedrock-api-key-` + base64 of a presigned `bedrock.amazonaws.com/?Action=CallWithBearerToken&…` URL.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-bedrock-short-term-api-key',
    provider: 'AWS',
    description: 'Amazon Bedrock short-term API key (presigned bearer token)',
    keywords: ['bedrock-api-key-'],
    pattern: /\b(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,4000}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
});


/***/ }),

/***/ 75043:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-mws-auth-token',
    provider: 'AWS',
    description: 'Amazon Marketplace Web Service (MWS) auth token',
    keywords: ['amzn.mws.'],
    pattern: /\b(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
});


/***/ }),

/***/ 90986:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 75513:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * STS session tokens are long base64 blobs whose first bytes are fixed, so their base64 starts with
 * one of a few known prefixes (`IQoJb3JpZ2luX2Vj`, `FwoGZXIvYXdz`, `FQoGZXIvYXdz`, `AQoDYXdzE`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'aws-session-token',
    provider: 'AWS',
    description: 'AWS STS session token',
    keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdz', 'fqogzxivyxdz', 'aqodyxdze'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz|AQoDYXdzE)[A-Za-z0-9+/]{100,2000}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 4.5,
    validate: (secret) => !secret.includes('EXAMPLE'),
});


/***/ }),

/***/ 27361:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 53427:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 76 base64 characters, the signature `APIM`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-apim-identifiable-key',
    provider: 'Azure',
    description: 'Azure API Management key (identifiable format)',
    keywords: ['apim'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}APIM[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 46750:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 76 base64 characters, the signature `+ABa`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-batch-identifiable-key',
    provider: 'Azure',
    description: 'Azure Batch account key (identifiable format)',
    keywords: ['+aba'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}\+ABa[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 30088:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 33 base64 characters, the signature `AzCa`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-cache-for-redis-identifiable-key',
    provider: 'Azure',
    description: 'Azure Cache for Redis access key (identifiable format)',
    keywords: ['azca'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}AzCa[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8333:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 64841:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 42 base64 characters, the signature `+ACR`, a version character and 5 more
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-container-registry-identifiable-key',
    provider: 'Azure',
    description: 'Azure Container Registry access key (identifiable format)',
    keywords: ['+acr'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 30596:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 76 base64 characters, the signature `ACDb`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-cosmosdb-identifiable-key',
    provider: 'Azure',
    description: 'Azure Cosmos DB account key (identifiable format)',
    keywords: ['acdb'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 34795:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 83760:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
/**
 * Fifty-two lowercase base32 characters assigned to an Azure DevOps name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-devops-pat-legacy',
    provider: 'Azure',
    description: 'Azure DevOps personal access token (legacy format)',
    keywords: [
        'azure_devops',
        'azure-devops',
        'azure.devops',
        'azuredevops',
        'azdo',
        'ado_pat',
        'ado-pat',
        'ado.pat',
        'adopat',
        'ado_token',
        'ado-token',
        'ado.token',
        'adotoken',
        'devops_pat',
        'devops-pat',
        'devops.pat',
        'devopspat',
        'vsts',
    ],
    pattern: (0, _assignment_1.assignedTo)(['azure_devops', 'azdo', 'ado_pat', 'ado_token', 'devops_pat', 'vsts'], '[a-z2-7]{52}', { end: '(?![A-Za-z0-9])' }),
    minEntropy: 4,
});


/***/ }),

/***/ 29746:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 55639:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 33 base64 characters, the signature `AZEG`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-event-grid-identifiable-key',
    provider: 'Azure',
    description: 'Azure Event Grid access key (identifiable format)',
    keywords: ['azeg'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}AZEG[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 6308:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 33 base64 characters, the signature `+AEh`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-event-hub-identifiable-key',
    provider: 'Azure',
    description: 'Azure Event Hubs access key (identifiable format)',
    keywords: ['+aeh'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}\+AEh[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 35702:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 44 base64 characters, the signature `AzFu`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-function-identifiable-key',
    provider: 'Azure',
    description: 'Azure Functions access key (identifiable format)',
    keywords: ['azfu'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 35978:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 33 base64 characters, the signature `AIoT`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-iot-identifiable-key',
    provider: 'Azure',
    description: 'Azure IoT Hub, device or provisioning key (identifiable format)',
    keywords: ['aiot'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}AIoT[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 69614:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 74082:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
/**
 * Thirty-two hex characters assigned to an Azure OpenAI or Cognitive Services name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-openai-api-key',
    provider: 'Azure',
    description: 'Azure OpenAI / Azure AI services key (32-hex format)',
    keywords: [
        'azure_openai',
        'azure-openai',
        'azure.openai',
        'azureopenai',
        'aoai',
        'cognitive_services',
        'cognitive-services',
        'cognitive.services',
        'cognitiveservices',
        'azure_cognitive',
        'azure-cognitive',
        'azure.cognitive',
        'azurecognitive',
    ],
    pattern: (0, _assignment_1.assignedTo)(['azure_openai', 'aoai', 'cognitive_services', 'azure_cognitive'], '[a-f0-9]{32}'),
    minEntropy: 3,
});


/***/ }),

/***/ 69065:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 33 base64 characters, the signature `+ARm`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-relay-identifiable-key',
    provider: 'Azure',
    description: 'Azure Relay access key (identifiable format)',
    keywords: ['+arm'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}\+ARm[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 52174:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
    pattern: /[?&;]sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))/,
    minEntropy: 3.5,
    validate: isSha256Signature,
});


/***/ }),

/***/ 71850:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 42 base64 characters, the signature `AzSe`, a version character and 5 more
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-search-identifiable-key',
    provider: 'Azure',
    description: 'Azure AI Search admin or query key (identifiable format)',
    keywords: ['azse'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{42}AzSe[A-D][A-Za-z0-9+/]{5})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 38802:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 33 base64 characters, the signature `+ASb`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-service-bus-identifiable-key',
    provider: 'Azure',
    description: 'Azure Service Bus access key (identifiable format)',
    keywords: ['+asb'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}\+ASb[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 8790:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    validate: isThirtyTwoBytes,
});


/***/ }),

/***/ 35307:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * Identifiable key: 76 base64 characters, the signature `+ASt`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-storage-account-identifiable-key',
    provider: 'Azure',
    description: 'Azure Storage account access key (identifiable format)',
    keywords: ['+ast'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}\+ASt[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 30222:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
/**
 * 86 base64 characters + `==` assigned to an Azure storage name (`AZURE_STORAGE_KEY`, `storageAccountKey`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'azure-storage-account-key',
    provider: 'Azure',
    description: 'Azure Storage account access key',
    keywords: [
        'azure_storage',
        'azure-storage',
        'azure.storage',
        'azurestorage',
        'storage_account_key',
        'storage-account-key',
        'storage.account.key',
        'storageaccountkey',
        'storage_key',
        'storage-key',
        'storage.key',
        'storagekey',
    ],
    pattern: (0, _assignment_1.assignedTo)(['azure_storage', 'storage_account_key', 'storage_key'], '[A-Za-z0-9+/]{86}=='),
    minEntropy: 4,
    documentedExamples: ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='],
});


/***/ }),

/***/ 72187:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    documentedExamples: [
        'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
        'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
    ],
});


/***/ }),

/***/ 44271:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 79330:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 23018:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 45624:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 42738:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 63990:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 23956:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 24870:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 51082:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 63463:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 39852:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 33951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 76511:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 67671:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 43298:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 20970:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
const _assignment_2 = __webpack_require__(13473);
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

/***/ 31685:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
const _assignment_2 = __webpack_require__(13473);
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

/***/ 81621:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 85614:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 89283:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
/**
 * Forty lowercase hex characters assigned to a Datadog application-key name (`DD_APP_KEY`).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'datadog-app-key',
    provider: 'Datadog',
    description: 'Datadog application key',
    keywords: [
        'datadog',
        'dd_app_key',
        'dd-app-key',
        'dd.app.key',
        'ddappkey',
        'dd_application_key',
        'dd-application-key',
        'dd.application.key',
        'ddapplicationkey',
    ],
    pattern: (0, _assignment_1.assignedTo)(['datadog', 'dd_app_key', 'dd_application_key'], '[a-f0-9]{40}'),
    minEntropy: 3,
});


/***/ }),

/***/ 83736:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 72132:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 53743:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 94349:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/** The first segment is the base64 of the bot user's snowflake ID. */
function isBotIdSegment(token) {
    return /^\d{17,20}$/.test(Buffer.from(token.slice(0, token.indexOf('.')), 'base64').toString('utf8'));
}
/**
 * Three dot-separated parts, the first the base64 of the bot's numeric ID (checked), the second a
 * 6-character timestamp, the third the HMAC (27 characters in older tokens, 38 in newer ones);
 * reported on lines that mention Discord, a token, a `Bot` authorization header or a login call.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'discord-bot-token',
    provider: 'Discord',
    description: 'Discord bot token',
    // The token's shape and its checked first part are specific enough for lines that only say token or Bot.
    keywords: ['discord', 'token', 'bot ', 'login('],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{22,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
    minEntropy: 4,
    validate: isBotIdSegment,
});


/***/ }),

/***/ 68438:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
const _assignment_2 = __webpack_require__(13473);
/**
 * Thirty-two base64url characters assigned to a Discord client-secret name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'discord-client-secret',
    provider: 'Discord',
    description: 'Discord OAuth2 client secret',
    keywords: [
        'discord_client_secret',
        'discord-client-secret',
        'discord.client.secret',
        'discordclientsecret',
        'discord_secret',
        'discord-secret',
        'discord.secret',
        'discordsecret',
        'discord_oauth_secret',
        'discord-oauth-secret',
        'discord.oauth.secret',
        'discordoauthsecret',
    ],
    pattern: (0, _assignment_2.assignedTo)(['discord_client_secret', 'discord_secret', 'discord_oauth_secret'], '[A-Za-z0-9_-]{32}'),
    minEntropy: 3.5,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 953:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 2059:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/** `auth` holds base64 of `user:password` (or `user:token`): a registry login, whoever reads it. */
function isUserPassword(secret) {
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    const m = /^([\x21-\x39\x3b-\x7e]{1,256}):([\x20-\x7e]{6,})$/.exec(decoded);
    if (!m)
        return false;
    const password = m[2];
    // `user:password`, `user:xxxxxx` and `${USER}:${PASS}` are placeholders, not logins.
    return !/^(?:password|passwd|secret|changeme|x+|\*+|<[^>]*>|\$\{?[A-Za-z_][\w]*\}?)$/i.test(password);
}
/**
 * A registry login in a Docker client config (`~/.docker/config.json`, a Kubernetes
 * `.dockerconfigjson`, a CI variable): `"auths": { "<registry>": { "auth": "<base64 user:password>" } }`.
 * The value is checked to decode to `user:password`.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'docker-config-auth',
    provider: 'Docker',
    description: 'Docker registry login (config.json auths.*.auth)',
    keywords: ['"auth"', '\\"auth\\"'],
    pattern: /\\?"auth\\?"\s{0,16}:\s{0,16}\\?"(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})\\?"/,
    validate: isUserPassword,
});


/***/ }),

/***/ 58738:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 53139:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 54995:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 88218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 56990:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 60554:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 61877:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 69079:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 34579:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 80663:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 97446:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 59345:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 77911:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 28704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 85100:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 52464:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 56283:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 64816:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 91355:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 59393:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 37727:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 38383:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 87880:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 78172:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 33622:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 73843:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * `1//0` + base64url: long-lived, it mints access tokens until revoked.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gcp-oauth-refresh-token',
    provider: 'Google Cloud',
    description: 'Google OAuth 2.0 refresh token',
    keywords: ['1//0'],
    pattern: /(?<![A-Za-z0-9/:])(?<secret>1\/\/0[A-Za-z0-9_-]{60,200})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
});


/***/ }),

/***/ 27735:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 50797:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * The `"private_key": "-----BEGIN PRIVATE KEY-----\n…"` member of a service-account JSON key file, with
 * its escaped newlines; the finding covers the header and the base64 that follows it on the line.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gcp-service-account-key',
    provider: 'Google Cloud',
    description: 'Google Cloud service account private key (JSON key file)',
    keywords: ['private_key'],
    pattern: /"?private_key"?\s{0,16}[:=]\s{0,16}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n){1,4}[A-Za-z0-9+/]{64}(?:[A-Za-z0-9+/=]|\\n(?=[A-Za-z0-9+/])){0,8192})/,
    minEntropy: 4,
});


/***/ }),

/***/ 74192:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 74556:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const checksum_1 = __webpack_require__(47674);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const checksum_1 = __webpack_require__(47674);
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'github-pat-classic',
    provider: 'GitHub',
    description: 'GitHub personal access token (classic)',
    keywords: ['ghp_'],
    pattern: /\b(?<secret>ghp_[A-Za-z0-9]{36})\b/,
    validate: checksum_1.isValidGitHubTokenChecksum,
});


/***/ }),

/***/ 55028:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const checksum_1 = __webpack_require__(47674);
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

/***/ 97974:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const checksum_1 = __webpack_require__(47674);
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

/***/ 67310:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const checksum_1 = __webpack_require__(47674);
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

/***/ 78022:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-agent-token',
    provider: 'GitLab',
    description: 'GitLab agent for Kubernetes token',
    keywords: ['glagent-'],
    pattern: /\b(?<secret>glagent-[A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 50025:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-deploy-token',
    provider: 'GitLab',
    description: 'GitLab deploy token',
    keywords: ['gldt-'],
    pattern: /\b(?<secret>gldt-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 20795:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-feature-flags-client-token',
    provider: 'GitLab',
    description: 'GitLab feature flags client token',
    keywords: ['glffct-'],
    pattern: /\b(?<secret>glffct-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 41207:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-feed-token',
    provider: 'GitLab',
    description: 'GitLab feed token',
    keywords: ['glft-'],
    pattern: /\b(?<secret>glft-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 76523:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-incoming-mail-token',
    provider: 'GitLab',
    description: 'GitLab incoming mail token',
    keywords: ['glimt-'],
    pattern: /\b(?<secret>glimt-[A-Za-z0-9_-]{25})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 48835:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-oauth-app-secret',
    provider: 'GitLab',
    description: 'GitLab OAuth application secret',
    keywords: ['gloas-'],
    pattern: /\b(?<secret>gloas-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 56126:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 98960:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-pipeline-trigger-token',
    provider: 'GitLab',
    description: 'GitLab pipeline trigger token',
    keywords: ['glptt-'],
    pattern: /\b(?<secret>glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 97699:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-runner-registration-token',
    provider: 'GitLab',
    description: 'GitLab runner registration token (deprecated)',
    keywords: ['gr1348941'],
    pattern: /\b(?<secret>GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 89357:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 97351:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-scim-token',
    provider: 'GitLab',
    description: 'GitLab SCIM token',
    keywords: ['glsoat-'],
    pattern: /\b(?<secret>glsoat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
});


/***/ }),

/***/ 74278:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'gitlab-session-cookie',
    provider: 'GitLab',
    description: 'GitLab session cookie',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![0-9a-z])/,
    minEntropy: 3,
});


/***/ }),

/***/ 86787:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 56070:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __webpack_require__(39338);
const rule_1 = __webpack_require__(99815);
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

/***/ 98704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __webpack_require__(39338);
const rule_1 = __webpack_require__(99815);
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

/***/ 35486:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 19985:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 69855:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 70200:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 65593:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 60608:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 88322:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 53238:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 32197:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 73142:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 30142:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 50755:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 15336:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 62117:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECRET_RULES = void 0;
const adyen_api_key_1 = __importDefault(__webpack_require__(95893));
const adyen_hmac_key_1 = __importDefault(__webpack_require__(74886));
const age_secret_key_1 = __importDefault(__webpack_require__(19389));
const airtable_personal_access_token_1 = __importDefault(__webpack_require__(17989));
const algolia_admin_api_key_1 = __importDefault(__webpack_require__(70031));
const alibaba_access_key_id_1 = __importDefault(__webpack_require__(3130));
const alibaba_access_key_secret_1 = __importDefault(__webpack_require__(7039));
const anthropic_admin_key_1 = __importDefault(__webpack_require__(69109));
const anthropic_api_key_1 = __importDefault(__webpack_require__(20234));
const asana_personal_access_token_1 = __importDefault(__webpack_require__(93731));
const atlassian_api_token_1 = __importDefault(__webpack_require__(50544));
const atlassian_api_token_legacy_1 = __importDefault(__webpack_require__(67178));
const aws_access_key_id_1 = __importDefault(__webpack_require__(30951));
const aws_bedrock_api_key_1 = __importDefault(__webpack_require__(20072));
const aws_bedrock_short_term_api_key_1 = __importDefault(__webpack_require__(43368));
const aws_mws_auth_token_1 = __importDefault(__webpack_require__(75043));
const aws_secret_access_key_1 = __importDefault(__webpack_require__(90986));
const aws_session_token_1 = __importDefault(__webpack_require__(75513));
const azure_ad_client_secret_1 = __importDefault(__webpack_require__(27361));
const azure_apim_identifiable_key_1 = __importDefault(__webpack_require__(53427));
const azure_batch_identifiable_key_1 = __importDefault(__webpack_require__(46750));
const azure_cache_for_redis_identifiable_key_1 = __importDefault(__webpack_require__(30088));
const azure_common_annotated_key_1 = __importDefault(__webpack_require__(8333));
const azure_container_registry_identifiable_key_1 = __importDefault(__webpack_require__(64841));
const azure_cosmosdb_identifiable_key_1 = __importDefault(__webpack_require__(30596));
const azure_cosmosdb_key_1 = __importDefault(__webpack_require__(34795));
const azure_devops_pat_1 = __importDefault(__webpack_require__(29746));
const azure_devops_pat_legacy_1 = __importDefault(__webpack_require__(83760));
const azure_event_grid_identifiable_key_1 = __importDefault(__webpack_require__(55639));
const azure_event_hub_identifiable_key_1 = __importDefault(__webpack_require__(6308));
const azure_function_identifiable_key_1 = __importDefault(__webpack_require__(35702));
const azure_iot_identifiable_key_1 = __importDefault(__webpack_require__(35978));
const azure_logic_app_trigger_url_1 = __importDefault(__webpack_require__(69614));
const azure_openai_api_key_1 = __importDefault(__webpack_require__(74082));
const azure_relay_identifiable_key_1 = __importDefault(__webpack_require__(69065));
const azure_sas_token_1 = __importDefault(__webpack_require__(52174));
const azure_search_identifiable_key_1 = __importDefault(__webpack_require__(71850));
const azure_service_bus_identifiable_key_1 = __importDefault(__webpack_require__(38802));
const azure_service_bus_shared_access_key_1 = __importDefault(__webpack_require__(8790));
const azure_storage_account_identifiable_key_1 = __importDefault(__webpack_require__(35307));
const azure_storage_account_key_1 = __importDefault(__webpack_require__(30222));
const azure_storage_connection_string_key_1 = __importDefault(__webpack_require__(72187));
const bitbucket_access_token_1 = __importDefault(__webpack_require__(44271));
const bitbucket_app_password_1 = __importDefault(__webpack_require__(79330));
const bitwarden_access_token_1 = __importDefault(__webpack_require__(23018));
const box_developer_token_1 = __importDefault(__webpack_require__(4671));
const braintree_access_token_1 = __importDefault(__webpack_require__(45624));
const braintree_sandbox_access_token_1 = __importDefault(__webpack_require__(42738));
const brevo_api_key_1 = __importDefault(__webpack_require__(63990));
const brevo_smtp_key_1 = __importDefault(__webpack_require__(23956));
const browserstack_access_key_1 = __importDefault(__webpack_require__(24870));
const buildkite_api_access_token_1 = __importDefault(__webpack_require__(51082));
const circleci_personal_api_token_1 = __importDefault(__webpack_require__(63463));
const circleci_project_api_token_1 = __importDefault(__webpack_require__(39852));
const clojars_deploy_token_1 = __importDefault(__webpack_require__(33951));
const cloudflare_api_token_1 = __importDefault(__webpack_require__(76511));
const cloudflare_global_api_key_1 = __importDefault(__webpack_require__(67671));
const cloudflare_origin_ca_key_1 = __importDefault(__webpack_require__(3232));
const codecov_upload_token_1 = __importDefault(__webpack_require__(43298));
const cohere_api_key_1 = __importDefault(__webpack_require__(20970));
const coinbase_api_secret_1 = __importDefault(__webpack_require__(31685));
const contentful_personal_access_token_1 = __importDefault(__webpack_require__(81621));
const databricks_access_token_1 = __importDefault(__webpack_require__(85614));
const datadog_api_key_1 = __importDefault(__webpack_require__(1436));
const datadog_app_key_1 = __importDefault(__webpack_require__(89283));
const deepseek_api_key_1 = __importDefault(__webpack_require__(83736));
const defined_networking_api_key_1 = __importDefault(__webpack_require__(72132));
const digitalocean_oauth_token_1 = __importDefault(__webpack_require__(6365));
const digitalocean_personal_access_token_1 = __importDefault(__webpack_require__(53743));
const digitalocean_refresh_token_1 = __importDefault(__webpack_require__(94349));
const discord_bot_token_1 = __importDefault(__webpack_require__(2825));
const discord_client_secret_1 = __importDefault(__webpack_require__(68438));
const discord_webhook_url_1 = __importDefault(__webpack_require__(953));
const docker_config_auth_1 = __importDefault(__webpack_require__(2059));
const docker_hub_oat_1 = __importDefault(__webpack_require__(58738));
const docker_hub_pat_1 = __importDefault(__webpack_require__(53139));
const doppler_audit_token_1 = __importDefault(__webpack_require__(54995));
const doppler_cli_token_1 = __importDefault(__webpack_require__(88218));
const doppler_personal_token_1 = __importDefault(__webpack_require__(56990));
const doppler_scim_token_1 = __importDefault(__webpack_require__(60554));
const doppler_service_account_token_1 = __importDefault(__webpack_require__(61877));
const doppler_service_token_1 = __importDefault(__webpack_require__(69079));
const dropbox_long_lived_token_1 = __importDefault(__webpack_require__(1321));
const dropbox_short_lived_token_1 = __importDefault(__webpack_require__(34579));
const dynatrace_api_token_1 = __importDefault(__webpack_require__(80663));
const easypost_api_key_1 = __importDefault(__webpack_require__(97446));
const easypost_test_api_key_1 = __importDefault(__webpack_require__(59345));
const elevenlabs_api_key_1 = __importDefault(__webpack_require__(77911));
const facebook_access_token_1 = __importDefault(__webpack_require__(28704));
const facebook_app_secret_1 = __importDefault(__webpack_require__(85100));
const figma_access_token_1 = __importDefault(__webpack_require__(52464));
const firebase_cloud_messaging_server_key_1 = __importDefault(__webpack_require__(56283));
const flutterwave_encryption_key_1 = __importDefault(__webpack_require__(64816));
const flutterwave_secret_key_1 = __importDefault(__webpack_require__(5057));
const flyio_access_token_1 = __importDefault(__webpack_require__(91355));
const flyio_macaroon_token_1 = __importDefault(__webpack_require__(59393));
const frameio_developer_token_1 = __importDefault(__webpack_require__(37727));
const freshdesk_api_key_1 = __importDefault(__webpack_require__(38383));
const gcp_api_key_1 = __importDefault(__webpack_require__(87880));
const gcp_oauth_access_token_1 = __importDefault(__webpack_require__(78172));
const gcp_oauth_client_secret_1 = __importDefault(__webpack_require__(33622));
const gcp_oauth_refresh_token_1 = __importDefault(__webpack_require__(73843));
const gcp_service_account_key_1 = __importDefault(__webpack_require__(50797));
const gcp_service_account_key_id_1 = __importDefault(__webpack_require__(27735));
const github_fine_grained_pat_1 = __importDefault(__webpack_require__(74192));
const github_oauth_token_1 = __importDefault(__webpack_require__(74556));
const github_pat_classic_1 = __importDefault(__webpack_require__(739));
const github_refresh_token_1 = __importDefault(__webpack_require__(55028));
const github_server_to_server_token_1 = __importDefault(__webpack_require__(97974));
const github_user_to_server_token_1 = __importDefault(__webpack_require__(67310));
const gitlab_agent_token_1 = __importDefault(__webpack_require__(78022));
const gitlab_ci_job_token_1 = __importDefault(__webpack_require__(50025));
const gitlab_deploy_token_1 = __importDefault(__webpack_require__(8420));
const gitlab_feature_flags_client_token_1 = __importDefault(__webpack_require__(20795));
const gitlab_feed_token_1 = __importDefault(__webpack_require__(41207));
const gitlab_incoming_mail_token_1 = __importDefault(__webpack_require__(76523));
const gitlab_oauth_app_secret_1 = __importDefault(__webpack_require__(48835));
const gitlab_pat_1 = __importDefault(__webpack_require__(56126));
const gitlab_pipeline_trigger_token_1 = __importDefault(__webpack_require__(98960));
const gitlab_runner_registration_token_1 = __importDefault(__webpack_require__(97699));
const gitlab_runner_token_1 = __importDefault(__webpack_require__(89357));
const gitlab_scim_token_1 = __importDefault(__webpack_require__(97351));
const gitlab_session_cookie_1 = __importDefault(__webpack_require__(74278));
const gocardless_access_token_1 = __importDefault(__webpack_require__(86787));
const grafana_api_key_1 = __importDefault(__webpack_require__(56070));
const grafana_cloud_api_token_1 = __importDefault(__webpack_require__(98704));
const grafana_k6_api_token_1 = __importDefault(__webpack_require__(35486));
const grafana_service_account_token_1 = __importDefault(__webpack_require__(19985));
const groq_api_key_1 = __importDefault(__webpack_require__(69855));
const harness_access_token_1 = __importDefault(__webpack_require__(70200));
const hcp_client_secret_1 = __importDefault(__webpack_require__(65593));
const heroku_api_key_1 = __importDefault(__webpack_require__(88322));
const heroku_api_key_legacy_1 = __importDefault(__webpack_require__(60608));
const honeycomb_api_key_1 = __importDefault(__webpack_require__(5484));
const honeycomb_ingest_key_1 = __importDefault(__webpack_require__(53238));
const hubspot_api_key_1 = __importDefault(__webpack_require__(32197));
const hubspot_private_app_token_1 = __importDefault(__webpack_require__(73142));
const huggingface_access_token_1 = __importDefault(__webpack_require__(30142));
const huggingface_org_token_1 = __importDefault(__webpack_require__(50755));
const ibm_cloud_api_key_1 = __importDefault(__webpack_require__(15336));
const infracost_api_key_1 = __importDefault(__webpack_require__(56573));
const intercom_access_token_1 = __importDefault(__webpack_require__(36505));
const jfrog_api_key_1 = __importDefault(__webpack_require__(78834));
const jfrog_reference_token_1 = __importDefault(__webpack_require__(48349));
const jwt_1 = __importDefault(__webpack_require__(71820));
const langsmith_api_key_1 = __importDefault(__webpack_require__(1981));
const launchdarkly_access_token_1 = __importDefault(__webpack_require__(32488));
const launchdarkly_sdk_key_1 = __importDefault(__webpack_require__(86134));
const lightstep_access_token_1 = __importDefault(__webpack_require__(29026));
const linear_api_key_1 = __importDefault(__webpack_require__(31251));
const linear_oauth_token_1 = __importDefault(__webpack_require__(40078));
const linkedin_client_secret_1 = __importDefault(__webpack_require__(67268));
const loggly_customer_token_1 = __importDefault(__webpack_require__(25790));
const mailchimp_api_key_1 = __importDefault(__webpack_require__(99452));
const mailchimp_transactional_api_key_1 = __importDefault(__webpack_require__(99048));
const mailersend_api_token_1 = __importDefault(__webpack_require__(13090));
const mailgun_api_key_1 = __importDefault(__webpack_require__(30265));
const mailgun_private_api_key_1 = __importDefault(__webpack_require__(14435));
const mapbox_secret_token_1 = __importDefault(__webpack_require__(29619));
const mattermost_access_token_1 = __importDefault(__webpack_require__(37550));
const microsoft_teams_webhook_url_1 = __importDefault(__webpack_require__(15330));
const mistral_api_key_1 = __importDefault(__webpack_require__(54662));
const mollie_api_key_1 = __importDefault(__webpack_require__(71892));
const netlify_access_token_1 = __importDefault(__webpack_require__(77883));
const newrelic_admin_api_key_1 = __importDefault(__webpack_require__(75813));
const newrelic_browser_api_key_1 = __importDefault(__webpack_require__(32406));
const newrelic_insights_insert_key_1 = __importDefault(__webpack_require__(82878));
const newrelic_insights_query_key_1 = __importDefault(__webpack_require__(22203));
const newrelic_license_key_1 = __importDefault(__webpack_require__(86512));
const newrelic_license_key_legacy_1 = __importDefault(__webpack_require__(63754));
const newrelic_user_api_key_1 = __importDefault(__webpack_require__(60921));
const notion_integration_token_1 = __importDefault(__webpack_require__(78775));
const notion_legacy_integration_token_1 = __importDefault(__webpack_require__(95409));
const npm_access_token_1 = __importDefault(__webpack_require__(61271));
const nuget_api_key_1 = __importDefault(__webpack_require__(71981));
const octopus_deploy_api_key_1 = __importDefault(__webpack_require__(75317));
const okta_api_token_1 = __importDefault(__webpack_require__(44462));
const onepassword_service_account_token_1 = __importDefault(__webpack_require__(91300));
const openai_admin_key_1 = __importDefault(__webpack_require__(64895));
const openai_api_key_1 = __importDefault(__webpack_require__(48200));
const openai_project_key_1 = __importDefault(__webpack_require__(13141));
const openai_service_account_key_1 = __importDefault(__webpack_require__(61453));
const openrouter_api_key_1 = __importDefault(__webpack_require__(22071));
const pagerduty_api_key_1 = __importDefault(__webpack_require__(93845));
const pagerduty_integration_key_1 = __importDefault(__webpack_require__(24463));
const paypal_client_secret_1 = __importDefault(__webpack_require__(17445));
const perplexity_api_key_1 = __importDefault(__webpack_require__(97512));
const plaid_access_token_1 = __importDefault(__webpack_require__(622));
const plaid_processor_token_1 = __importDefault(__webpack_require__(15922));
const plaid_secret_1 = __importDefault(__webpack_require__(29864));
const plivo_auth_token_1 = __importDefault(__webpack_require__(74668));
const portainer_access_token_1 = __importDefault(__webpack_require__(94294));
const postman_api_key_1 = __importDefault(__webpack_require__(20504));
const postmark_server_token_1 = __importDefault(__webpack_require__(31364));
const prefect_api_key_1 = __importDefault(__webpack_require__(59645));
const private_key_dsa_1 = __importDefault(__webpack_require__(98617));
const private_key_ec_1 = __importDefault(__webpack_require__(5761));
const private_key_openssh_1 = __importDefault(__webpack_require__(65671));
const private_key_pgp_1 = __importDefault(__webpack_require__(72538));
const private_key_pkcs8_1 = __importDefault(__webpack_require__(15480));
const private_key_pkcs8_encrypted_1 = __importDefault(__webpack_require__(60005));
const private_key_rsa_1 = __importDefault(__webpack_require__(59247));
const pulumi_access_token_1 = __importDefault(__webpack_require__(19362));
const pusher_app_secret_1 = __importDefault(__webpack_require__(5641));
const putty_private_key_1 = __importDefault(__webpack_require__(7603));
const pypi_api_token_1 = __importDefault(__webpack_require__(56876));
const pypi_test_api_token_1 = __importDefault(__webpack_require__(4407));
const razorpay_key_secret_1 = __importDefault(__webpack_require__(25994));
const readme_api_key_1 = __importDefault(__webpack_require__(33380));
const render_api_key_1 = __importDefault(__webpack_require__(55822));
const replicate_api_token_1 = __importDefault(__webpack_require__(92259));
const rubygems_api_key_1 = __importDefault(__webpack_require__(68714));
const sauce_labs_access_key_1 = __importDefault(__webpack_require__(54340));
const scalingo_api_token_1 = __importDefault(__webpack_require__(69918));
const sendgrid_api_key_1 = __importDefault(__webpack_require__(93416));
const sentry_auth_token_legacy_1 = __importDefault(__webpack_require__(73601));
const sentry_dsn_1 = __importDefault(__webpack_require__(14746));
const sentry_org_token_1 = __importDefault(__webpack_require__(27081));
const sentry_user_token_1 = __importDefault(__webpack_require__(49264));
const shippo_live_token_1 = __importDefault(__webpack_require__(48149));
const shippo_test_token_1 = __importDefault(__webpack_require__(46979));
const shopify_access_token_1 = __importDefault(__webpack_require__(86290));
const shopify_custom_app_token_1 = __importDefault(__webpack_require__(51881));
const shopify_private_app_token_1 = __importDefault(__webpack_require__(91459));
const shopify_shared_secret_1 = __importDefault(__webpack_require__(48734));
const slack_app_token_1 = __importDefault(__webpack_require__(49403));
const slack_bot_token_1 = __importDefault(__webpack_require__(70649));
const slack_config_access_token_1 = __importDefault(__webpack_require__(94835));
const slack_config_refresh_token_1 = __importDefault(__webpack_require__(74206));
const slack_legacy_token_1 = __importDefault(__webpack_require__(69861));
const slack_user_token_1 = __importDefault(__webpack_require__(72401));
const slack_webhook_url_1 = __importDefault(__webpack_require__(55945));
const slack_workflow_webhook_url_1 = __importDefault(__webpack_require__(11191));
const slack_workspace_token_1 = __importDefault(__webpack_require__(26662));
const snyk_api_token_1 = __importDefault(__webpack_require__(17845));
const sonarqube_global_analysis_token_1 = __importDefault(__webpack_require__(97452));
const sonarqube_project_token_1 = __importDefault(__webpack_require__(40385));
const sonarqube_user_token_1 = __importDefault(__webpack_require__(54993));
const sourcegraph_access_token_1 = __importDefault(__webpack_require__(14285));
const square_access_token_1 = __importDefault(__webpack_require__(93029));
const square_oauth_secret_1 = __importDefault(__webpack_require__(93005));
const stripe_restricted_key_1 = __importDefault(__webpack_require__(78190));
const stripe_secret_key_1 = __importDefault(__webpack_require__(20655));
const stripe_test_secret_key_1 = __importDefault(__webpack_require__(79476));
const stripe_webhook_secret_1 = __importDefault(__webpack_require__(65197));
const sumo_logic_access_id_1 = __importDefault(__webpack_require__(58771));
const sumo_logic_access_key_1 = __importDefault(__webpack_require__(8119));
const supabase_access_token_1 = __importDefault(__webpack_require__(25126));
const supabase_secret_key_1 = __importDefault(__webpack_require__(99730));
const tailscale_api_key_1 = __importDefault(__webpack_require__(34774));
const tailscale_auth_key_1 = __importDefault(__webpack_require__(81146));
const tailscale_oauth_client_secret_1 = __importDefault(__webpack_require__(22456));
const tailscale_scim_key_1 = __importDefault(__webpack_require__(22904));
const tailscale_webhook_secret_1 = __importDefault(__webpack_require__(28758));
const telegram_bot_token_1 = __importDefault(__webpack_require__(49310));
const tencent_cloud_secret_id_1 = __importDefault(__webpack_require__(28679));
const tencent_cloud_secret_key_1 = __importDefault(__webpack_require__(85859));
const terraform_cloud_api_token_1 = __importDefault(__webpack_require__(88576));
const travis_ci_api_token_1 = __importDefault(__webpack_require__(55036));
const twilio_api_key_1 = __importDefault(__webpack_require__(14174));
const twilio_api_secret_1 = __importDefault(__webpack_require__(82021));
const twilio_auth_token_1 = __importDefault(__webpack_require__(70016));
const twitch_access_token_1 = __importDefault(__webpack_require__(82301));
const twitter_access_token_1 = __importDefault(__webpack_require__(27309));
const twitter_bearer_token_1 = __importDefault(__webpack_require__(67750));
const typeform_personal_access_token_1 = __importDefault(__webpack_require__(36543));
const vault_batch_token_1 = __importDefault(__webpack_require__(59892));
const vault_legacy_token_1 = __importDefault(__webpack_require__(93961));
const vault_recovery_token_1 = __importDefault(__webpack_require__(25093));
const vault_service_token_1 = __importDefault(__webpack_require__(48687));
const vercel_access_token_1 = __importDefault(__webpack_require__(83569));
const vonage_api_secret_1 = __importDefault(__webpack_require__(11207));
const xai_api_key_1 = __importDefault(__webpack_require__(49864));
const yandex_cloud_api_key_1 = __importDefault(__webpack_require__(48135));
const yandex_cloud_iam_token_1 = __importDefault(__webpack_require__(3744));
const yandex_cloud_static_secret_key_1 = __importDefault(__webpack_require__(91630));
const zendesk_api_token_1 = __importDefault(__webpack_require__(38356));
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
    docker_config_auth_1.default,
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

/***/ 56573:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 36505:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
    pattern: /\b(?<secret>dG9rO[jm][A-Za-z0-9+/]{50,120}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 3,
    validate: isIntercomToken,
});


/***/ }),

/***/ 78834:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 48349:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __webpack_require__(39338);
const rule_1 = __webpack_require__(99815);
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

/***/ 71820:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __webpack_require__(39338);
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 32488:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 86134:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 29026:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 31251:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 40078:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 67268:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 25790:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 99452:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 99048:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 13090:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 30265:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 14435:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 29619:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __webpack_require__(39338);
const rule_1 = __webpack_require__(99815);
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

/***/ 37550:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 15330:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 54662:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
const _assignment_2 = __webpack_require__(13473);
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

/***/ 71892:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 77883:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 75813:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 32406:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 82878:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 22203:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 63754:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
/**
 * Forty lowercase hex characters assigned to a New Relic license-key name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'newrelic-license-key-legacy',
    provider: 'New Relic',
    description: 'New Relic license key (legacy 40-hex format)',
    keywords: [
        'new_relic_license',
        'new-relic-license',
        'new.relic.license',
        'newreliclicense',
        'newrelic_license',
        'newrelic-license',
        'newrelic.license',
        'nr_license',
        'nr-license',
        'nr.license',
        'nrlicense',
    ],
    pattern: (0, _assignment_1.assignedTo)(['new_relic_license', 'newrelic_license', 'nr_license'], '[a-f0-9]{40}'),
    minEntropy: 3,
});


/***/ }),

/***/ 86512:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 60921:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 78775:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 95409:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 61271:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const checksum_1 = __webpack_require__(47674);
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

/***/ 71981:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 75317:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 44462:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 91300:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _base64_json_1 = __webpack_require__(39338);
const rule_1 = __webpack_require__(99815);
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

/***/ 64895:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 48200:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 13141:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 61453:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 22071:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 93845:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
/**
 * Twenty characters of `[A-Za-z0-9_+-]` assigned to a PagerDuty name. The key from PagerDuty's API
 * documentation is ignored.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'pagerduty-api-key',
    provider: 'PagerDuty',
    description: 'PagerDuty REST API key',
    keywords: [
        'pagerduty',
        'pager_duty',
        'pager-duty',
        'pager.duty',
        'pd_api_key',
        'pd-api-key',
        'pd.api.key',
        'pdapikey',
        'pd_token',
        'pd-token',
        'pd.token',
        'pdtoken',
    ],
    pattern: (0, _assignment_1.assignedTo)(['pagerduty', 'pager_duty', 'pd_api_key', 'pd_token'], '[A-Za-z0-9_+-]{20}', { notFollowedBy: ['id', 'url', 'email'] }),
    minEntropy: 3.5,
    documentedExamples: ['y_NbAkKc66ryYTWUXYEu'],
});


/***/ }),

/***/ 24463:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
/**
 * Thirty-two lowercase letters and digits (usually hex) assigned to a PagerDuty name
 * (`PAGERDUTY_ROUTING_KEY`, `pd_integration_key`), to Alertmanager's `pagerduty_configs` keys
 * (`routing_key`, `service_key`, on lines of their own), or in an Events API integration URL.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'pagerduty-integration-key',
    provider: 'PagerDuty',
    description: 'PagerDuty Events API integration (routing) key',
    keywords: [
        'pagerduty',
        'pager_duty',
        'pager-duty',
        'pager.duty',
        'pd_routing_key',
        'pd-routing-key',
        'pd.routing.key',
        'pdroutingkey',
        'pd_integration_key',
        'pd-integration-key',
        'pd.integration.key',
        'pdintegrationkey',
        'pd_service_key',
        'pd-service-key',
        'pd.service.key',
        'pdservicekey',
        'routing_key',
        'routingkey',
        'service_key',
        'servicekey',
    ],
    pattern: new RegExp(`(?:${(0, _assignment_1.assignmentPrefix)(['pagerduty', 'pager_duty', 'pd_routing_key', 'pd_integration_key', 'pd_service_key', 'routing_key', 'service_key'])}|events\\.(?:eu\\.)?pagerduty\\.com/(?:integration|x-ere)/)(?<secret>[a-z0-9]{32})(?![A-Za-z0-9_+=-])`),
    // A key always has digits and letters; a 32-letter word run or all digits is not one.
    validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret),
    minEntropy: 3,
});


/***/ }),

/***/ 17445:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 97512:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 15922:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 29864:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 74668:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
const _assignment_2 = __webpack_require__(13473);
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

/***/ 94294:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 20504:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 31364:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 59645:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 98617:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _pem_1 = __webpack_require__(63344);
/**
 * `-----BEGIN DSA PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-dsa',
    provider: 'Private key',
    description: 'DSA private key (PEM)',
    keywords: ['begin dsa private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('DSA PRIVATE KEY'),
    validate: _pem_1.isKeyMaterial,
});


/***/ }),

/***/ 5761:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _pem_1 = __webpack_require__(63344);
/**
 * PEM `-----BEGIN EC PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-ec',
    provider: 'Private key',
    description: 'EC private key (SEC 1 PEM)',
    keywords: ['begin ec private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('EC PRIVATE KEY'),
    validate: _pem_1.isKeyMaterial,
});


/***/ }),

/***/ 65671:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _pem_1 = __webpack_require__(63344);
/**
 * `-----BEGIN OPENSSH PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-openssh',
    provider: 'Private key',
    description: 'OpenSSH private key',
    keywords: ['begin openssh private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('OPENSSH PRIVATE KEY'),
    validate: _pem_1.isKeyMaterial,
});


/***/ }),

/***/ 72538:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _pem_1 = __webpack_require__(63344);
/**
 * `-----BEGIN PGP PRIVATE KEY BLOCK-----` armor headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-pgp',
    provider: 'Private key',
    description: 'PGP private key block',
    keywords: ['begin pgp private key block'],
    pattern: (0, _pem_1.pemHeaderPattern)('PGP PRIVATE KEY BLOCK'),
    validate: _pem_1.isKeyMaterial,
});


/***/ }),

/***/ 60005:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _pem_1 = __webpack_require__(63344);
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
    validate: _pem_1.isKeyMaterial,
});


/***/ }),

/***/ 15480:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _pem_1 = __webpack_require__(63344);
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
    validate: _pem_1.isKeyMaterial,
});


/***/ }),

/***/ 59247:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _pem_1 = __webpack_require__(63344);
/**
 * PEM `-----BEGIN RSA PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'private-key-rsa',
    provider: 'Private key',
    description: 'RSA private key (PKCS#1 PEM)',
    keywords: ['begin rsa private key'],
    pattern: (0, _pem_1.pemHeaderPattern)('RSA PRIVATE KEY'),
    validate: _pem_1.isKeyMaterial,
});


/***/ }),

/***/ 19362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
/**
 * Twenty lowercase hex characters assigned to a Pusher secret name (the app key is public).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'pusher-app-secret',
    provider: 'Pusher',
    description: 'Pusher Channels app secret',
    keywords: [
        'pusher_app_secret',
        'pusher-app-secret',
        'pusher.app.secret',
        'pusherappsecret',
        'pusher_secret',
        'pusher-secret',
        'pusher.secret',
        'pushersecret',
    ],
    pattern: (0, _assignment_1.assignedTo)(['pusher_app_secret', 'pusher_secret'], '[a-f0-9]{20}'),
    minEntropy: 3,
});


/***/ }),

/***/ 7603:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 56876:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 25994:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
const _assignment_2 = __webpack_require__(13473);
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

/***/ 33380:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 55822:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 92259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 68714:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 54340:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 69918:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 93416:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 73601:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 14746:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * The secret key of a legacy Sentry DSN, `https://<32 hex public>:<32 hex secret>@…sentry.io/<project>`.
 * A DSN with only the public key (`https://<32 hex>@o<org>.ingest.sentry.io/<project>`) is public by
 * design: Sentry documents it as safe to ship in browser and mobile code, so it is not reported.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'sentry-dsn',
    provider: 'Sentry',
    description: 'Sentry DSN secret key (legacy DSN)',
    keywords: ['sentry.io'],
    pattern: /https:\/\/[0-9a-f]{32}:(?<secret>[0-9a-f]{32})@(?:o\d{1,20}\.ingest\.(?:[a-z]{2}\.)?|app\.)?sentry\.io\/\d{1,20}\b/,
    minEntropy: 3,
});


/***/ }),

/***/ 27081:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
    pattern: /\b(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,800}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 4,
    validate: hasSentryClaims,
});


/***/ }),

/***/ 49264:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 48149:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 46979:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 86290:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 51881:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 91459:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 48734:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 49403:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 70649:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 94835:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 74206:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 69861:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 72401:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 55945:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 11191:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 26662:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 17845:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 97452:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 40385:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 54993:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 14285:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 93029:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 93005:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 78190:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 20655:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 79476:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 65197:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
/**
 * `whsec_` + 32 or more base62/base64 characters (the same prefix is used by Svix-style webhook secrets).
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'stripe-webhook-secret',
    provider: 'Stripe',
    description: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    pattern: /\b(?<secret>whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 3.5,
});


/***/ }),

/***/ 58771:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 25126:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 99730:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 34774:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 81146:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 22456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 22904:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 28758:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 49310:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 28679:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 85859:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 88576:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 55036:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 14174:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 82021:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
const _assignment_2 = __webpack_require__(13473);
/**
 * Thirty-two base62 characters assigned to a Twilio secret name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'twilio-api-secret',
    provider: 'Twilio',
    description: 'Twilio API key secret',
    keywords: [
        'twilio_api_secret',
        'twilio-api-secret',
        'twilio.api.secret',
        'twilioapisecret',
        'twilio_secret',
        'twilio-secret',
        'twilio.secret',
        'twiliosecret',
        'twilio_api_key_secret',
        'twilio-api-key-secret',
        'twilio.api.key.secret',
        'twilioapikeysecret',
    ],
    pattern: (0, _assignment_2.assignedTo)(['twilio_api_secret', 'twilio_secret', 'twilio_api_key_secret'], '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 70016:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
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

/***/ 82301:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 27309:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 67750:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 36543:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 59892:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 93961:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 25093:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 48687:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 83569:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 11207:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
const _assignment_1 = __webpack_require__(13473);
const _assignment_2 = __webpack_require__(13473);
/**
 * Sixteen base62 characters assigned to a Vonage or Nexmo secret name.
 */
exports["default"] = (0, rule_1.defineSecretRule)({
    id: 'vonage-api-secret',
    provider: 'Vonage',
    description: 'Vonage (Nexmo) API secret',
    keywords: [
        'vonage_api_secret',
        'vonage-api-secret',
        'vonage.api.secret',
        'vonageapisecret',
        'vonage_secret',
        'vonage-secret',
        'vonage.secret',
        'vonagesecret',
        'nexmo_api_secret',
        'nexmo-api-secret',
        'nexmo.api.secret',
        'nexmoapisecret',
        'nexmo_secret',
        'nexmo-secret',
        'nexmo.secret',
        'nexmosecret',
    ],
    pattern: (0, _assignment_2.assignedTo)(['vonage_api_secret', 'vonage_secret', 'nexmo_api_secret', 'nexmo_secret'], '[A-Za-z0-9]{16}'),
    minEntropy: 3.3,
    validate: _assignment_1.isMixedAlphanumeric,
});


/***/ }),

/***/ 49864:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 48135:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 91630:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const rule_1 = __webpack_require__(99815);
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

/***/ 38356:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _assignment_1 = __webpack_require__(13473);
const rule_1 = __webpack_require__(99815);
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

/***/ 13968:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeHex = exports.PERCENT_RUN = exports.HEX_RUN = exports.BASE64_RUN = exports.MAX_ENCODED_LENGTH = exports.FOLLOWING_LENGTH = void 0;
exports.toPublicFinding = toPublicFinding;
exports.scanText = scanText;
exports.isKnownFake = isKnownFake;
exports.isReportable = isReportable;
exports.followingText = followingText;
exports.decodeBase64 = decodeBase64;
exports.decodePercent = decodePercent;
exports.isMostlyPrintable = isMostlyPrintable;
exports.dedupe = dedupe;
/**
 * The secret scanner: one pass over the text (find-candidates.ts: every rule keyword, by a
 * multi-keyword automaton, and every run of base64 characters) finds the few places where a rule
 * can match; only there, in a bounded window, do the rules' patterns run. The generic detectors
 * (secret-like keys, credentials in URLs) follow the same keywords, and the decoders look only at
 * the runs the pass found.
 */
const find_candidates_1 = __webpack_require__(66049);
const generic_1 = __webpack_require__(17396);
const keyword_automaton_1 = __webpack_require__(60009);
const redact_1 = __webpack_require__(21340);
const key_name_1 = __webpack_require__(47116);
const code_expression_1 = __webpack_require__(67395);
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
            byKeyword.set(k.toLowerCase(), [...(byKeyword.get(k.toLowerCase()) ?? []), rule]);
    }
    const generic = new Set(generic_1.GENERIC_KEYWORDS.map((k) => k.toLowerCase()));
    const keywords = [...new Set([...byKeyword.keys(), ...generic])];
    // Hits are grouped by line (groupByLine), which needs every keyword on one line.
    const multiline = keywords.find((k) => k.includes('\n'));
    if (multiline !== undefined)
        throw new Error(`secret rule keyword ${JSON.stringify(multiline)} spans a line break`);
    const global = new Map(rules.map((r) => [r, new RegExp(r.pattern.source, r.pattern.flags.replace(/[gy]/g, '') + 'g')]));
    c = {
        automaton: (0, keyword_automaton_1.buildKeywordAutomaton)(keywords),
        rulesOf: keywords.map((k) => byKeyword.get(k) ?? []),
        isGeneric: keywords.map((k) => generic.has(k)),
        global,
    };
    compiledCache.set(rules, c);
    return c;
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
    // A decoded value is data, whatever the file: its words are literals.
    const code = !at && (0, code_expression_1.isSourceCode)(file, text);
    const starts = (unit.starts ??= lineStarts(text));
    const candidates = (unit.candidates ??= (0, find_candidates_1.findCandidates)(compiled.automaton, text, unit.depth < (options.maxDecodeDepth ?? 2)));
    for (const h of groupByLine(candidates.hits, starts, compiled)) {
        const line = h.line;
        if (options.lines && !at && !options.lines.has(line))
            continue;
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
                if (!isReportable(rule, secret, followingText(text, winStart + offset + secret.length))) {
                    rejected.push({ offset, length: secret.length });
                    continue;
                }
                out.push({
                    ruleId: rule.id,
                    provider: rule.provider,
                    description: rule.description,
                    file,
                    ...position(offset, secret.length),
                    ...(at?.encoding ? { encoding: at.encoding } : {}),
                    value: secret,
                });
            }
        }
        if (generic && h.genericEnds.length && isAssignmentShaped(text, winStart, winEnd, h.genericEnds)) {
            for (const g of (0, generic_1.detectGeneric)(window, rejected, { code })) {
                out.push({
                    ruleId: g.ruleId,
                    provider: 'generic',
                    description: g.description,
                    file,
                    ...position(g.offset, g.value.length),
                    ...(at?.encoding ? { encoding: at.encoding } : {}),
                    value: g.value,
                });
            }
        }
    }
}
/**
 * The hits (flat: keyword, start, end, in order of their end) grouped by line. A line's rules are
 * listed by the start of their keyword, the longest keyword first at one start, so that of two
 * rules reporting the same value on a line the one with the longer keyword (`sk-ant-` before `sk-`)
 * is kept (see dedupe).
 */
function groupByLine(flat, starts, compiled) {
    const lines = [];
    let li = 0;
    for (let k = 0; k < flat.length;) {
        // No keyword spans a line break, so a hit's line is its last character's; ends only grow.
        const last = flat[k + 2] - 1;
        while (li + 1 < starts.length && starts[li + 1] <= last)
            li++;
        const next = li + 1 < starts.length ? starts[li + 1] : Infinity;
        let j = k;
        while (j < flat.length && flat[j + 2] - 1 < next)
            j += 3;
        const order = [];
        for (let x = k; x < j; x += 3)
            order.push(x);
        if (order.length > 1)
            order.sort((a, b) => flat[a + 1] - flat[b + 1] || flat[b + 2] - flat[a + 2]);
        const rules = new Set();
        const genericEnds = [];
        let from = Infinity;
        let to = -1;
        for (const x of order) {
            for (const r of compiled.rulesOf[flat[x]])
                rules.add(r);
            if (compiled.isGeneric[flat[x]])
                genericEnds.push(flat[x + 2]);
            from = Math.min(from, flat[x + 1]);
            to = Math.max(to, flat[x + 2]);
        }
        if (genericEnds.length > 1)
            genericEnds.sort((a, b) => a - b);
        lines.push({ line: li + 1, rules: [...rules], genericEnds, from, to });
        k = j;
    }
    return lines;
}
/**
 * Whether the generic detectors (generic.ts) can match in the window [from, to) of `text`, given
 * where its generic keywords end: an assignment needs its key — the run of `[A-Za-z0-9_.-]` that
 * holds the keyword — followed by an optional quote, spaces and `:` or `=` (`const userKey = …`,
 * `"auth_token": …`); a command-line flag needs `--` (or `-p` after `mysql`); a URL with credentials needs `://` and `@`.
 * Lines that only mention a key or a token (`logger.debug(userKey)`, `getAccessToken()`) are not
 * run through them. The test comparing the engine with a full-regex reference
 * (__tests__/core/secrets/engine-equivalence.test.ts) fails if a detector ever matches elsewhere.
 */
function isAssignmentShaped(text, from, to, genericEnds) {
    let scannedTo = -1;
    for (const end of genericEnds) {
        if (end < scannedTo)
            continue; // the same key as the hit before
        let i = end;
        while (i < to && isKeyChar(text.charCodeAt(i)))
            i++;
        scannedTo = i;
        if (i < to && (text.charCodeAt(i) === 0x22 || text.charCodeAt(i) === 0x27))
            i++;
        for (let spaces = 0; i < to && spaces < 64 && isSpace(text.charCodeAt(i)); spaces++)
            i++;
        if (i < to && (text.charCodeAt(i) === 0x3a || text.charCodeAt(i) === 0x3d))
            return true;
    }
    const window = text.slice(from, to);
    return window.includes('--') || (window.includes('-p') && /mysql|mariadb/i.test(window)) || (window.includes('://') && window.includes('@'));
}
/** `[A-Za-z0-9_.-]`: the characters of a key in the generic assignment pattern. */
function isKeyChar(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d;
}
/** `\s` of a JavaScript regular expression. */
function isSpace(c) {
    return ((c >= 0x09 && c <= 0x0d) ||
        c === 0x20 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
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
/**
 * Whether a value a rule's pattern matched is reported: not a documented example, random enough, with
 * a valid checksum (or, for a PEM header, a body below it that is key material).
 * @param following the text after the value (FOLLOWING_LENGTH characters at most); empty when the value stands alone
 */
function isReportable(rule, secret, following = '') {
    if (rule.documentedExamples?.includes(secret))
        return false;
    if (rule.minEntropy !== undefined && (0, key_name_1.shannonEntropy)(secret) < rule.minEntropy)
        return false;
    if (rule.validate && !rule.validate(secret, following))
        return false;
    return true;
}
/** How much of the text after a matched value a rule's validate sees: a PEM key's first lines. */
exports.FOLLOWING_LENGTH = 1024;
/** The text after `offset`, FOLLOWING_LENGTH characters at most. */
function followingText(text, offset) {
    return text.slice(offset, offset + exports.FOLLOWING_LENGTH);
}
/**
 * Longest encoded run decoded and rescanned (16 KiB of base64 is 12 KiB of data: a PEM key, a
 * service-account JSON). It also bounds the run patterns below: an unbounded `{24,}` over a
 * multi-megabyte data URI overflows the regular-expression stack, and a run longer than this is
 * never decoded anyway (the look-arounds reject its every prefix).
 */
exports.MAX_ENCODED_LENGTH = 16_384;
exports.BASE64_RUN = new RegExp(`(?<![A-Za-z0-9+/=_-])([A-Za-z0-9+/]{24,${exports.MAX_ENCODED_LENGTH}}={0,2}|[A-Za-z0-9_-]{24,${exports.MAX_ENCODED_LENGTH}})(?![A-Za-z0-9+/=_-])`, 'g');
/** BASE64_RUN for one run at a time, without the global flag's state. */
const BASE64_VALUE = new RegExp(exports.BASE64_RUN.source);
exports.HEX_RUN = new RegExp(`(?<![0-9a-fA-F])((?:[0-9a-fA-F]{2}){16,${exports.MAX_ENCODED_LENGTH / 2}})(?![0-9a-fA-F])`, 'g');
/** At least three escapes, each followed by up to 256 plain characters; a longer run is cut into pieces of 1024 escapes. */
exports.PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}[^\s%'"]{0,256}){3,1024}/g;
/**
 * Values hidden behind base64, hex or percent encoding: decode, and queue what they decode to.
 * Base64 and hex values are looked for only inside the long runs of base64 characters the one pass
 * found: a run is bounded by characters that are neither base64 nor hex, so the patterns' look-arounds
 * see the same text there as in the whole file.
 */
function queueDecoded(queue, unit, options) {
    const { text, at } = unit;
    const starts = (unit.starts ??= lineStarts(text));
    const runs = (unit.candidates ??= (0, find_candidates_1.findCandidates)(compile(options.rules).automaton, text, true)).runs;
    const queueValue = (index, value, encoding, decode) => {
        if (value.length > exports.MAX_ENCODED_LENGTH)
            return;
        const decoded = decode(value);
        if (!decoded || !isMostlyPrintable(decoded))
            return;
        const line = lineOf(starts, index);
        if (options.lines && !at && !options.lines.has(line))
            return;
        const position = at ?? { line, column: index - starts[line - 1] + 1, encoding };
        queue.push({ text: decoded, depth: unit.depth + 1, at: { ...position, encoding: at?.encoding ?? encoding } });
    };
    for (let r = 0; r < runs.length; r += 2) {
        if (runs[r + 1] - runs[r] > exports.MAX_ENCODED_LENGTH + 2)
            continue; // the run pattern stops at MAX_ENCODED_LENGTH (+ padding)
        const m = BASE64_VALUE.exec(text.slice(runs[r], runs[r + 1]));
        if (m)
            queueValue(runs[r] + m.index, m[0], 'base64', decodeBase64);
    }
    for (let r = 0; r < runs.length; r += 2) {
        if (runs[r + 1] - runs[r] < 32)
            continue; // the shortest hex value is 16 bytes
        const run = text.slice(runs[r], runs[r + 1]);
        for (const m of run.matchAll(exports.HEX_RUN))
            queueValue(runs[r] + (m.index ?? 0), m[0], 'hex', exports.decodeHex);
    }
    if (!text.includes('%'))
        return;
    for (const m of text.matchAll(exports.PERCENT_RUN))
        queueValue(m.index ?? 0, m[0], 'percent', decodePercent);
}
/** A base64 (or base64url) value's text, or undefined when the run looks like an identifier or a path. */
function decodeBase64(s) {
    // Identifiers and paths are long runs of base64 characters too; real encodings mix cases and digits.
    if (!/[0-9+/_-]/.test(s) || !/[a-z]/.test(s) || !/[A-Z]/.test(s))
        return undefined;
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}
const decodeHex = (s) => Buffer.from(s, 'hex').toString('utf8');
exports.decodeHex = decodeHex;
function decodePercent(s) {
    try {
        const d = decodeURIComponent(s);
        return d !== s ? d : undefined;
    }
    catch {
        return undefined; // Not valid percent-encoding: nothing hidden there.
    }
}
/** Whether decoded bytes are text worth scanning (at least 8 characters, 95% printable). */
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
/** One finding per file, line and value (a provider rule beats the generic one), by line and column. */
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

/***/ 15970:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isWordy = isWordy;
/**
 * Whether a name reads as words (`SecretManagerServiceClient`, `secretmanager_v1`, `cfg.db.password`):
 * split at case changes, digits and separators, its parts of four or more letters have vowels and
 * no long consonant runs, and short parts (`db`, `cfg`, `v`) are at most half its letters. Random
 * tokens (`eyJhbGciOiJIUzI1NiJ9`, `x7qzkf2mwp`) split into short or unpronounceable parts.
 */
function isWordy(name) {
    const parts = name.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
    let letters = 0;
    let short = 0;
    for (const p of parts) {
        letters += p.length;
        if (p.length <= 3) {
            short += p.length;
            continue;
        }
        const lower = p.toLowerCase();
        const vowels = (lower.match(/[aeiouy]/g) ?? []).length;
        if (vowels / p.length < 0.12 || /[^aeiouy]{5}/.test(lower))
            return false;
    }
    // Digits count against a name only when they outnumber its letters (`v1`, `b64` are fine).
    const digits = (name.match(/\d/g) ?? []).length;
    return letters > short && short / letters <= 0.5 && digits <= letters / 2;
}


/***/ })

};
;