"use strict";
exports.id = 6860;
exports.ids = [6860];
exports.modules = {

/***/ 69536:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCAN_MODES = void 0;
exports.isGitRepository = isGitRepository;
exports.collectSources = collectSources;
/**
 * What the secret scanner reads in each mode: `tree` (tracked files, or every file outside a git
 * repository), `diff` (lines added between a base and a head commit), `history` (lines each commit
 * reachable from a ref added) and `staged` (lines added to the index, for a pre-commit hook).
 */
const node_child_process_1 = __webpack_require__(31421);
const run_git_1 = __webpack_require__(74899);
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const unified_diff_1 = __webpack_require__(18155);
const decode_text_1 = __webpack_require__(84147);
const discover_1 = __webpack_require__(23866);
const skipped_1 = __webpack_require__(31229);
exports.SCAN_MODES = ['diff', 'tree', 'history', 'staged'];
const MAX_BUFFER = 1024 * 1024 * 1024;
function gitBuffer(root, args) {
    try {
        return (0, node_child_process_1.execFileSync)('git', args, { cwd: root, maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'ignore'] });
    }
    catch {
        return undefined; // The blob is gone (deleted in head): nothing to scan.
    }
}
function isGitRepository(root) {
    try {
        (0, node_child_process_1.execFileSync)('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
        return true;
    }
    catch {
        return false;
    }
}
/** Whether git ignores the directory itself (`.gitignore`, `info/exclude`): nothing in it is tracked or listed. */
function isIgnoredByGit(root) {
    try {
        (0, node_child_process_1.execFileSync)('git', ['check-ignore', '-q', '--no-index', '.'], { cwd: root, stdio: 'ignore' });
        return true;
    }
    catch {
        return false; // Exit 1: not ignored (the usual case), or no answer: list tracked files as before.
    }
}
function collectSources(options) {
    switch (options.mode) {
        case 'tree':
            return collectTree(options);
        case 'diff':
            return collectDiff(options);
        case 'staged':
            return collectAdded(options, (0, run_git_1.git)(options.root, ['diff', '--cached', '--no-color', '--no-ext-diff', '--no-textconv', '-U0', '-M', '--diff-filter=AMR', '--relative']), {
                after: (file) => gitBuffer(options.root, ['show', '--no-textconv', `:./${file}`]),
                before: (change) => blobAt(options.root, 'HEAD', change.oldFile),
            });
        case 'history':
            return collectHistory(options);
    }
}
function collectTree(options) {
    const skipped = [];
    const sources = [];
    let bytes = 0;
    // A directory named explicitly is scanned even when git ignores it (as ripgrep does): walk it.
    if (isGitRepository(options.root) && !isIgnoredByGit(options.root)) {
        const files = (0, run_git_1.git)(options.root, ['ls-files', '-z', '--cached', '--exclude-standard']).split('\0').filter(Boolean);
        for (const file of files) {
            if (!options.isAllowedPath(file))
                continue;
            const abs = node_path_1.default.join(options.root, file);
            let st;
            try {
                st = node_fs_1.default.lstatSync(abs);
            }
            catch {
                continue; // Deleted in the work tree but still in the index: nothing on disk to leak.
            }
            if (!st.isFile()) {
                // A link's target is a path, not content; a submodule is another repository (scan it there).
                skipped.push({
                    file,
                    reason: st.isSymbolicLink() ? 'symbolic link (not followed)' : st.isDirectory() ? 'submodule (scan it on its own)' : 'not a regular file',
                });
                continue;
            }
            if (st.size > options.maxFileBytes) {
                skipped.push({ file, reason: `larger than ${options.maxFileBytes} bytes` });
                continue;
            }
            // Read (and checked for binary content) by the scanning thread.
            bytes += st.size;
            sources.push({ file, absPath: abs, size: st.size });
        }
        return { sources, skipped, bytes };
    }
    const found = (0, discover_1.discoverFiles)({ root: options.root, maxFileBytes: options.maxFileBytes, acceptName: () => true });
    for (const p of found.problems)
        skipped.push({ file: p.path, reason: p.code === 'binary' ? skipped_1.BINARY_REASON : p.message });
    for (const f of found.files) {
        if (!options.isAllowedPath(f.path))
            continue;
        bytes += Buffer.byteLength(f.text);
        sources.push({ file: f.path, text: f.text });
    }
    return { sources, skipped, bytes };
}
function defaultBase(root) {
    try {
        return (0, run_git_1.git)(root, ['merge-base', 'HEAD', '@{upstream}']).trim();
    }
    catch {
        return 'HEAD~1';
    }
}
function collectDiff(options) {
    const head = (0, run_git_1.revParseCommit)(options.root, options.head ?? 'HEAD');
    const base = (0, run_git_1.revParseCommit)(options.root, options.base ?? defaultBase(options.root));
    const range = { base, head };
    // Same commit (a push that changed nothing, a re-run): nothing was added.
    if (base === head)
        return { sources: [], skipped: [], range, bytes: 0 };
    const diff = (0, run_git_1.git)(options.root, [
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '-U0',
        '-M',
        '--diff-filter=AMR',
        '--relative',
        '--end-of-options',
        `${base}...${head}`,
    ]);
    let mergeBase;
    return {
        ...collectAdded(options, diff, {
            after: (file) => gitBuffer(options.root, ['show', '--no-textconv', '--end-of-options', `${head}:./${file}`]),
            // The diff is base...head: a binary file's old version is the merge base's.
            before: (change) => blobAt(options.root, (mergeBase ??= (0, run_git_1.git)(options.root, ['merge-base', '--end-of-options', base, head]).trim()), change.oldFile),
        }),
        range,
    };
}
/** A file's blob at a commit, or undefined (no such file there, no such commit). */
function blobAt(root, rev, file) {
    return file === undefined ? undefined : gitBuffer(root, ['show', '--no-textconv', '--end-of-options', `${rev}:./${file}`]);
}
/**
 * Whole new files with only the added lines counting: context (a Secret's kind) stays visible.
 * Files git diffed as binary are read on both sides; when they decode to text (UTF-16), the lines
 * the new version adds count.
 */
function collectAdded(options, diff, versions) {
    const sources = [];
    const skipped = [];
    let bytes = 0;
    const add = (file, lines) => {
        if (!options.isAllowedPath(file))
            return;
        const buf = versions.after(file);
        if (!buf)
            return void skipped.push({ file, reason: 'unreadable: git could not read the new version' });
        const text = (0, decode_text_1.decodeText)(buf);
        if (text === undefined)
            return void skipped.push({ file, reason: skipped_1.BINARY_REASON });
        if (buf.length > options.maxFileBytes) {
            skipped.push({ file, reason: `larger than ${options.maxFileBytes} bytes` });
            return;
        }
        bytes += buf.length;
        sources.push({ file, text, lines: lines(text) });
    };
    for (const added of (0, unified_diff_1.parseUnifiedDiff)(diff))
        add(added.file, () => added.lines.map((l) => l.line));
    for (const change of (0, unified_diff_1.parseBinaryChanges)(diff))
        add(change.file, (text) => (0, unified_diff_1.addedLineNumbers)(decodedOrEmpty(versions.before(change)), text));
    return { sources, skipped, bytes };
}
function decodedOrEmpty(buf) {
    return (buf && (0, decode_text_1.decodeText)(buf)) ?? '';
}
function collectHistory(options) {
    const ref = options.head ?? 'HEAD';
    (0, run_git_1.revParseCommit)(options.root, ref);
    const log = (0, run_git_1.git)(options.root, [
        'log',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '-p',
        '-U0',
        '-M',
        '--diff-filter=AMR',
        '--relative',
        '--format=%x00commit %H',
        '--end-of-options',
        ref,
    ]);
    const sources = [];
    let bytes = 0;
    const skipped = [];
    for (const added of (0, unified_diff_1.parseUnifiedDiff)(log)) {
        if (!options.isAllowedPath(added.file))
            continue;
        const text = added.lines.map((l) => l.text).join('\n');
        bytes += Buffer.byteLength(text);
        sources.push({ file: added.file, text, lineMap: added.lines.map((l) => l.line), commit: added.commit });
    }
    // What git shows as binary (UTF-16 files among them): both versions of the commit, decoded.
    for (const change of (0, unified_diff_1.parseBinaryChanges)(log)) {
        if (!change.commit || !options.isAllowedPath(change.file))
            continue;
        const buf = blobAt(options.root, change.commit, change.file);
        const inCommit = ` (in commit ${change.commit.slice(0, 12)})`;
        if (!buf) {
            skipped.push({ file: change.file, reason: `unreadable: git could not read it${inCommit}` });
            continue;
        }
        const text = (0, decode_text_1.decodeText)(buf);
        if (text === undefined) {
            skipped.push({ file: change.file, reason: `${skipped_1.BINARY_REASON}${inCommit}` });
            continue;
        }
        if (buf.length > options.maxFileBytes) {
            skipped.push({ file: change.file, reason: `larger than ${options.maxFileBytes} bytes${inCommit}` });
            continue;
        }
        bytes += buf.length;
        const lines = (0, unified_diff_1.addedLineNumbers)(decodedOrEmpty(blobAt(options.root, `${change.commit}^`, change.oldFile)), text);
        if (lines.length)
            sources.push({ file: change.file, text, lines, commit: change.commit });
    }
    return { sources, skipped, bytes };
}


/***/ }),

/***/ 87466:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.proxySettingsFromEnv = proxySettingsFromEnv;
exports.proxiedFetch = proxiedFetch;
/**
 * GitHub behind an HTTP proxy (self-hosted runners in a closed network): requests go through the
 * proxy that HTTPS_PROXY / HTTP_PROXY name, except to hosts NO_PROXY lists, with undici's
 * EnvHttpProxyAgent as the fetch dispatcher. The entry point reads the environment
 * (`proxySettingsFromEnv`) and passes the settings down; nothing here reads process.env.
 */
const undici_1 = __webpack_require__(46752);
/** The proxy settings of an environment; a lowercase name wins over the uppercase one, as in curl and undici. */
function proxySettingsFromEnv(env) {
    const read = (name) => (env[name.toLowerCase()] || env[name] || '').trim() || undefined;
    const settings = {};
    const httpProxy = read('HTTP_PROXY');
    const httpsProxy = read('HTTPS_PROXY');
    const noProxy = read('NO_PROXY');
    if (httpProxy)
        settings.httpProxy = httpProxy;
    if (httpsProxy)
        settings.httpsProxy = httpsProxy;
    if (noProxy)
        settings.noProxy = noProxy;
    return settings;
}
/**
 * A fetch that goes through the proxies of `settings`, or undefined when they name none (the
 * platform's fetch is used then). The settings are passed whole to the agent, so that it never
 * falls back to process.env.
 */
function proxiedFetch(settings) {
    if (!settings?.httpProxy && !settings?.httpsProxy)
        return undefined;
    const dispatcher = new undici_1.EnvHttpProxyAgent({ httpProxy: settings.httpProxy ?? '', httpsProxy: settings.httpsProxy ?? '', noProxy: settings.noProxy ?? '' });
    // undici's own fetch with its own agent: the platform's fetch may bundle another undici version.
    return ((input, init) => (0, undici_1.fetch)(input, { ...init, dispatcher }));
}


/***/ }),

/***/ 9489:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyGitHubToken = verifyGitHubToken;
/**
 * Live verification of a GitHub token: ask the API who the token belongs to (`GET /user`).
 * 200 means the token works, 401 means GitHub rejects it; anything else (rate limit, outage,
 * timeout, network error) leaves the question open. The token goes into the Authorization
 * header and nowhere else: never into a message, an error or a log.
 */
const errors_1 = __webpack_require__(74296);
const proxy_1 = __webpack_require__(87466);
const DEFAULT_TIMEOUT_MS = 10_000;
async function verifyGitHubToken(token, options) {
    const url = userEndpoint(options.apiUrl);
    const fetchImpl = options.fetchImpl ?? (0, proxy_1.proxiedFetch)(options.proxy) ?? fetch;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
        const response = await fetchImpl(url, {
            method: 'GET',
            headers: {
                Authorization: `Bearer ${token}`,
                Accept: 'application/vnd.github+json',
                'X-GitHub-Api-Version': '2022-11-28',
                'User-Agent': 'stackgate',
            },
            // A redirect could carry the token to another host; GitHub does not redirect /user.
            redirect: 'error',
            signal: controller.signal,
        });
        // Only the status matters; release the connection without reading (or keeping) the body.
        await response.body?.cancel().catch(() => undefined);
        if (response.status === 200)
            return 'valid';
        if (response.status === 401)
            return 'invalid';
        return 'unknown'; // 403 (rate limit, SSO enforcement), 5xx…: the token's state is not known.
    }
    catch {
        // Timeout, refused connection, DNS or TLS failure: the token's state is not known. The error
        // itself is dropped on purpose: the caller records the verdict `unknown` for the finding.
        return 'unknown';
    }
    finally {
        clearTimeout(timer);
    }
}
/** `{apiUrl}/user`; a malformed apiUrl is a configuration error, reported without any token. */
function userEndpoint(apiUrl) {
    let base;
    try {
        base = new URL(apiUrl);
    }
    catch {
        throw new errors_1.UserError(`GET /user: secrets.verify.apiUrl is not a URL: ${JSON.stringify(apiUrl)}`, {
            hint: 'use https://api.github.com, or https://<host>/api/v3 for GitHub Enterprise Server',
        });
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') {
        throw new errors_1.UserError(`GET ${base.host}/user: secrets.verify.apiUrl must be an http(s) URL, got ${base.protocol}`);
    }
    base.pathname = `${base.pathname.replace(/\/+$/, '')}/user`;
    base.search = '';
    base.hash = '';
    return base;
}


/***/ }),

/***/ 92382:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scanSecrets = scanSecrets;
exports.assertMode = assertMode;
/**
 * The secrets use case, a whole run over a repository: collect sources for the mode, scan them on every core,
 * apply allowlists and the baseline, optionally verify GitHub tokens. Raw values stay here: the
 * caller gets redacted findings plus the list of values to mask.
 */
const picomatch_1 = __importDefault(__webpack_require__(14006));
const read_1 = __webpack_require__(40812);
const errors_1 = __webpack_require__(74296);
const yaml_tree_1 = __webpack_require__(43183);
const regular_file_1 = __webpack_require__(99944);
const baseline_1 = __webpack_require__(4862);
const allow_patterns_1 = __webpack_require__(14142);
const filter_1 = __webpack_require__(4123);
const per_file_limit_1 = __webpack_require__(17216);
const scan_1 = __webpack_require__(13968);
const verify_token_1 = __webpack_require__(9489);
const secret_sources_1 = __webpack_require__(69536);
const scan_pool_1 = __webpack_require__(15324);
/** A baseline holds a fingerprint per accepted finding: 16 MiB is hundreds of thousands of them. */
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;
async function scanSecrets(options, ports = {}) {
    const { config } = options;
    const locate = allowPatternLocator(options.root, options.configFile);
    const patterns = (0, allow_patterns_1.compileAllowPatterns)(config.secrets.allow.patterns, locate);
    const allowPaths = config.secrets.allow.paths.length ? (0, picomatch_1.default)(config.secrets.allow.paths, { dot: true }) : () => false;
    const baselineRel = options.baselineFile ?? config.secrets.baseline;
    const collected = (0, secret_sources_1.collectSources)({
        root: options.root,
        mode: options.mode,
        base: options.base,
        head: options.head,
        maxFileBytes: config.secrets.maxFileSizeKb * 1024,
        // The baseline holds fingerprints only, but never scan it or allowlisted paths.
        isAllowedPath: (file) => !allowPaths(file) && file !== baselineRel,
    });
    const scanned = await (0, scan_pool_1.scanSources)(collected.sources, { workerEntry: options.workerEntry, workers: options.workers });
    const skipped = [...collected.skipped, ...scanned.skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const files = new Set(collected.sources.map((s) => s.file)).size - scanned.skipped.length;
    if (files <= 0 && !options.allowEmpty && (options.mode === 'tree' || options.mode === 'history'))
        throw emptyRunError(options, skipped);
    const allowedValues = (0, allow_patterns_1.acceptedValues)(patterns, [...new Set(scanned.findings.map((f) => f.value))], { locate });
    // The baseline is the repository's own file: a link out of it, a FIFO or a huge file is refused.
    const read = (0, regular_file_1.readRegularFile)(options.root, baselineRel, { maxBytes: MAX_BASELINE_BYTES });
    if (!read.ok && read.problem !== 'missing')
        throw new errors_1.UserError(`cannot use the secrets baseline: ${read.message}`, { file: baselineRel });
    const baseline = read.ok ? (0, baseline_1.parseBaseline)(baselineRel, read.text) : undefined;
    if (options.updateBaseline) {
        const { reported } = (0, filter_1.filterFindings)(scanned.findings, config, allowedValues);
        const next = (0, baseline_1.baselineOf)(reported, baseline);
        const written = (0, regular_file_1.writeRegularFile)(options.root, baselineRel, (0, baseline_1.renderBaseline)(next));
        if (!written.ok)
            throw new errors_1.UserError(`cannot write the secrets baseline: ${written.message}`, { file: baselineRel });
        return {
            findings: [],
            valuesToMask: [], // Nothing is listed: the baseline holds fingerprints only.
            invalidSuppressions: scanned.invalid,
            skipped,
            summary: summaryOf(options.mode, collected, files, skipped, { findings: 0, baselined: 0, allowlisted: scanned.findings.length - reported.length }),
            baselineWritten: { file: baselineRel, entries: next.findings.length },
        };
    }
    const { reported, allowlisted, baselined } = (0, filter_1.filterFindings)(scanned.findings, config, allowedValues, baseline);
    const { listed, omitted } = (0, per_file_limit_1.limitPerFile)(sortFindings(reported));
    const verify = options.verifyGitHub ?? config.secrets.verify.github;
    const findings = omitted.map(per_file_limit_1.omittedNote);
    for (const f of listed) {
        const verified = verify && f.ruleId.startsWith('github-')
            ? await (0, verify_token_1.verifyGitHubToken)(f.value, { apiUrl: config.secrets.verify.apiUrl, fetchImpl: ports.fetch, proxy: options.proxy })
            : undefined;
        findings.push((0, scan_1.toPublicFinding)(f, { fingerprint: baseline ? (0, baseline_1.fingerprintOf)(baseline.salt, f) : undefined, ...(verified ? { verified } : {}) }));
    }
    const omittedCount = omitted.reduce((n, o) => n + o.count, 0);
    return {
        findings,
        // Masks for what can reach an output at all: the listed findings (a dump of 100,000 values would
        // otherwise become 100,000 ::add-mask:: lines).
        valuesToMask: [...new Set(listed.map((f) => f.value))],
        invalidSuppressions: scanned.invalid,
        skipped,
        summary: summaryOf(options.mode, collected, files, skipped, {
            findings: reported.length,
            baselined,
            allowlisted,
            ...(omittedCount ? { omitted: omittedCount } : {}),
        }),
    };
}
/** Where `secrets.allow.patterns[i]` is in the config file, for errors about it. */
function allowPatternLocator(root, configFile) {
    const file = configFile ?? 'stackgate.yml';
    let doc;
    return (index) => {
        if (!configFile)
            return { file };
        if (!doc) {
            const read = (0, regular_file_1.readRegularFile)(root, configFile, { maxBytes: read_1.MAX_CONFIG_BYTES, allowOutside: true });
            // The file was read and parsed moments ago; without it, the message still names the setting.
            if (!read.ok)
                return { file };
            doc = (0, yaml_tree_1.parseYaml)(file, read.text).documents.find((d) => d.root);
        }
        const at = (0, yaml_tree_1.locateValue)(doc?.root, ['secrets', 'allow', 'patterns', index], { file, line: 1, column: 1 });
        return { file, line: at.line, column: at.column };
    };
}
function summaryOf(mode, collected, files, skipped, counts) {
    return {
        ...counts,
        files,
        bytes: collected.bytes,
        mode,
        ...(collected.range ? { range: collected.range } : {}),
        ...(skipped.length ? { skipped } : {}),
    };
}
/**
 * A tree or history run that scanned nothing proves nothing: a path git ignores or that holds no
 * text, every file allowlisted, a repository with no commits. Diff and staged runs may add no line.
 */
function emptyRunError(options, skipped) {
    const listed = skipped
        .slice(0, 3)
        .map((s) => `${s.file}: ${s.reason}`)
        .join('; ');
    const why = skipped.length ? ` (not scanned: ${listed}${skipped.length > 3 ? `; ${skipped.length - 3} more` : ''})` : '';
    return new errors_1.UserError(`nothing to scan: ${options.mode} mode found 0 files to check in ${options.root}${why}`, {
        hint: 'check the path and secrets.allow.paths; pass --allow-empty (action input allow-empty: true) when an empty run is expected',
    });
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
}
function assertMode(mode, where) {
    if (['diff', 'tree', 'history', 'staged'].includes(mode))
        return mode;
    throw new errors_1.UserError(`${where}: unknown mode "${mode}"`, { hint: 'use diff, tree, history or staged' });
}


/***/ }),

/***/ 8771:
/***/ ((__unused_webpack_module, exports) => {


/**
 * "a" or "an" before a name, by how the name is said: "an Adyen key", "a GitHub token", "an AWS key"
 * (A is said "ay"), "an npm token" ("en-pee-em"), "a 1Password token" ("one").
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.indefiniteArticle = indefiniteArticle;
exports.withIndefiniteArticle = withIndefiniteArticle;
/** Letters whose names start with a vowel sound when a word is spelled out: "an F", "an SSH key". */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX');
/** Words that start with a vowel letter but a consonant sound: "a unit", "a user", "a one-time token". */
const CONSONANT_SOUND_START = /^(?:[Uu]ni(?![mn])|[Uu]s[eu]|[Uu]ti|[Uu]ra|[Ee]u|[Ee]we|[Oo]ne(?![a-z]))/;
/** Words that start with a silent h: "an hour". */
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;
/** "a" or "an" for the phrase that follows it. */
function indefiniteArticle(phrase) {
    const word = /^[\p{L}\p{N}]+/u.exec(phrase.trim())?.[0] ?? '';
    if (!word)
        return 'a';
    if (/^\d/.test(word))
        return /^(?:8|11|18)(?!\d)|^8\d*$/.test(word) ? 'an' : 'a';
    if (isSpelledOut(word))
        return VOWEL_SOUND_LETTERS.has(word[0].toUpperCase()) ? 'an' : 'a';
    if (SILENT_H.test(word))
        return 'an';
    if (CONSONANT_SOUND_START.test(word))
        return 'a';
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
/** `phrase` after its article, with the article capitalised when `isSentenceStart`. */
function withIndefiniteArticle(phrase, isSentenceStart = false) {
    const article = indefiniteArticle(phrase);
    return `${isSentenceStart ? article[0].toUpperCase() + article.slice(1) : article} ${phrase}`;
}
/**
 * Whether a word is said letter by letter: an initialism in capitals ("AWS", "IBM", "SSH"), one
 * with a lowercase lead ("xAI"), a single letter ("X"), or a word without vowels ("npm").
 */
function isSpelledOut(word) {
    if (word.length === 1)
        return true;
    // All capitals and no vowel second (AWS, IBM, JSON; not NASA, which is said as a word).
    if (/^[A-Z]{2,}$/.test(word) && !/^.[AEIOU]/.test(word))
        return true;
    if (/^[a-z][A-Z]/.test(word))
        return true;
    return !/[aeiouy]/i.test(word);
}


/***/ }),

/***/ 14142:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ALLOW_PATTERN_BUDGET_MS = void 0;
exports.compileAllowPatterns = compileAllowPatterns;
exports.acceptedValues = acceptedValues;
/**
 * `secrets.allow.patterns`: the user's regular expressions, run over the values the scanner found.
 * JavaScript's engine backtracks, so a pattern such as `(a+)+$` can run for hours on a value the
 * repository chose. Every test of one value by one pattern therefore has a time budget: node:vm's
 * watchdog interrupts an expression that overruns it, and the pattern is refused with a UserError
 * at its stackgate.yml line. A static ReDoS check was the alternative; recheck (the rule tests'
 * checker) adds 2.9 MB to a bundle and fails to load once bundled, and no checker covers every
 * pattern JavaScript accepts, while a budget holds for all of them.
 *
 * The tests run in batches, one watchdog per batch. When a batch times out, the test that was
 * running is blamed only if it was the batch's first (it had the whole budget to itself);
 * otherwise the next batch starts with it. So each test gets at least the full budget, and a run
 * of fast tests costs one watchdog however many values there are.
 */
const node_vm_1 = __importDefault(__webpack_require__(30714));
const errors_1 = __webpack_require__(74296);
/** Time one pattern may spend on one value. Real patterns need microseconds; catastrophic ones never finish. */
exports.ALLOW_PATTERN_BUDGET_MS = 1000;
/** The patterns as regular expressions; an invalid one is a UserError at its line. */
function compileAllowPatterns(patterns, locate = () => ({})) {
    return patterns.map((p, i) => {
        try {
            return new RegExp(p);
        }
        catch (e) {
            throw new errors_1.UserError(`secrets.allow.patterns[${i}]: invalid regular expression: ${e.message}`, locate(i));
        }
    });
}
// Runs in its own context so that the watchdog's timeout applies; the patterns are the caller's objects.
const RUN_BATCH = new node_vm_1.default.Script(`
  for (let v = batch.value, p = batch.pattern; v < batch.values.length; v++, p = 0) {
    for (; p < batch.patterns.length; p++) {
      batch.value = v;
      batch.pattern = p;
      if (batch.patterns[p].test(batch.values[v])) {
        batch.accepted.push(v);
        break;
      }
    }
  }
`);
/** The values at least one pattern matches. Throws a UserError naming a pattern that overruns the budget on one value. */
function acceptedValues(patterns, values, options = {}) {
    if (!patterns.length || !values.length)
        return new Set();
    const budgetMs = options.budgetMs ?? exports.ALLOW_PATTERN_BUDGET_MS;
    const batch = { patterns, values, value: 0, pattern: 0, accepted: [] };
    const context = node_vm_1.default.createContext({ batch });
    for (;;) {
        const first = { value: batch.value, pattern: batch.pattern };
        try {
            RUN_BATCH.runInContext(context, { timeout: budgetMs });
            break;
        }
        catch (e) {
            if (e.code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT')
                throw e;
            if (batch.value !== first.value || batch.pattern !== first.pattern)
                continue; // Earlier tests used the budget: resume at this one.
            const i = batch.pattern;
            throw new errors_1.UserError(`secrets.allow.patterns[${i}]: ${JSON.stringify(patterns[i].source)} ran for more than ${budgetMs} ms on one value (catastrophic backtracking), so it is refused`, {
                ...options.locate?.(i),
                hint: 'rewrite it without nested or overlapping repeats such as (a+)+ or (\\w+\\s?)*, e.g. anchor it on a fixed prefix: ^sk_test_',
            });
        }
    }
    return new Set(batch.accepted.map((v) => values[v]));
}


/***/ }),

/***/ 4862:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.newBaseline = newBaseline;
exports.fingerprintOf = fingerprintOf;
exports.parseBaseline = parseBaseline;
exports.isInBaseline = isInBaseline;
exports.baselineOf = baselineOf;
exports.renderBaseline = renderBaseline;
/**
 * Accepted findings, stored as fingerprints: the rule, the file, and a salted SHA-256 of the
 * value. The value itself is never written; the salt is random per baseline, so a fingerprint
 * cannot be looked up in a table of known tokens.
 */
const node_crypto_1 = __webpack_require__(77598);
const errors_1 = __webpack_require__(74296);
function newBaseline() {
    return { version: 1, salt: (0, node_crypto_1.randomBytes)(16).toString('hex'), findings: [] };
}
function fingerprintOf(salt, finding) {
    return (0, node_crypto_1.createHash)('sha256').update(`${salt}\0${finding.ruleId}\0${finding.file}\0${finding.value}`).digest('hex');
}
function parseBaseline(file, text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new errors_1.UserError(`invalid baseline: ${e.message}`, { file, hint: 'regenerate it with stackgate secrets --update-baseline' });
    }
    const b = data;
    if (b?.version !== 1 || typeof b.salt !== 'string' || b.salt.length < 16 || !Array.isArray(b.findings)) {
        throw new errors_1.UserError('invalid baseline: expected { "version": 1, "salt": "<hex>", "findings": [...] }', {
            file,
            hint: 'regenerate it with stackgate secrets --update-baseline',
        });
    }
    for (const [i, f] of b.findings.entries()) {
        if (!f || typeof f.rule !== 'string' || typeof f.file !== 'string' || !/^[0-9a-f]{64}$/.test(String(f.fingerprint))) {
            throw new errors_1.UserError(`invalid baseline entry #${i + 1}: expected rule, file and a 64-hex fingerprint`, { file });
        }
    }
    return b;
}
function isInBaseline(baseline, finding) {
    return entryKeys(baseline).has(entryKey(finding.ruleId, finding.file, fingerprintOf(baseline.salt, finding)));
}
// One set of entries per baseline (read-only once parsed): a lookup per finding, not a pass over
// 100,000 entries for each of 100,000 findings.
const keysOf = new WeakMap();
function entryKeys(baseline) {
    let keys = keysOf.get(baseline);
    if (!keys)
        keysOf.set(baseline, (keys = new Set(baseline.findings.map((e) => entryKey(e.rule, e.file, e.fingerprint)))));
    return keys;
}
function entryKey(rule, file, fingerprint) {
    return `${rule}\u0000${file}\u0000${fingerprint}`;
}
/** A baseline that accepts exactly these findings (keeping the salt of the previous one). */
function baselineOf(findings, previous) {
    const salt = previous?.salt ?? newBaseline().salt;
    const seen = new Set();
    const entries = [];
    for (const f of findings) {
        const entry = { rule: f.ruleId, file: f.file, fingerprint: fingerprintOf(salt, f) };
        const key = entryKey(entry.rule, entry.file, entry.fingerprint);
        if (seen.has(key))
            continue;
        seen.add(key);
        entries.push(entry);
    }
    entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
    return { version: 1, salt, findings: entries };
}
function renderBaseline(baseline) {
    return `${JSON.stringify(baseline, null, 2)}\n`;
}


/***/ }),

/***/ 4123:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.filterFindings = filterFindings;
const baseline_1 = __webpack_require__(4862);
/** @param allowedValues the found values `secrets.allow.patterns` accept (allow-patterns.ts) */
function filterFindings(findings, config, allowedValues, baseline) {
    const allowRules = new Set(config.secrets.allow.rules);
    let allowlisted = 0;
    let baselined = 0;
    const reported = [];
    for (const f of findings) {
        if (allowRules.has(f.ruleId) || allowedValues.has(f.value)) {
            allowlisted++;
            continue;
        }
        if (baseline && (0, baseline_1.isInBaseline)(baseline, f)) {
            baselined++;
            continue;
        }
        reported.push(f);
    }
    return { reported, allowlisted, baselined };
}


/***/ }),

/***/ 17216:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FINDINGS_LIMIT_ID = exports.MAX_FINDINGS_PER_FILE = void 0;
exports.limitPerFile = limitPerFile;
exports.describeOmitted = describeOmitted;
exports.omittedNote = omittedNote;
exports.MAX_FINDINGS_PER_FILE = 1000;
/** The rule id of the note (not a detector: nothing matches it, and it cannot be suppressed). */
exports.FINDINGS_LIMIT_ID = 'findings-per-file-limit';
/** The first `limit` findings of each file (in the order given), and how many each file had beyond. */
function limitPerFile(findings, limit = exports.MAX_FINDINGS_PER_FILE) {
    const perFile = new Map();
    const listed = [];
    for (const f of findings) {
        const n = (perFile.get(f.file) ?? 0) + 1;
        perFile.set(f.file, n);
        if (n <= limit)
            listed.push(f);
    }
    const omitted = [...perFile].filter(([, n]) => n > limit).map(([file, n]) => ({ file, count: n - limit, limit }));
    return { listed, omitted };
}
function describeOmitted(o) {
    return `${o.count} more finding${o.count === 1 ? '' : 's'} in ${o.file} not listed (limit ${o.limit} per file)`;
}
/** The note as an entry of the findings list: the file's line 1, no value, the count in its message. */
function omittedNote(o) {
    return {
        ruleId: exports.FINDINGS_LIMIT_ID,
        provider: 'stackgate',
        description: describeOmitted(o),
        file: o.file,
        line: 1,
        column: 1,
        endColumn: 1,
        redacted: '',
        omitted: o.count,
    };
}


/***/ }),

/***/ 79283:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECRET_CHECK_PREFIX = void 0;
exports.toFinding = toFinding;
exports.secretChecks = secretChecks;
exports.renderSecretsJson = renderSecretsJson;
const indefinite_article_1 = __webpack_require__(8771);
const ids_1 = __webpack_require__(92387);
const per_file_limit_1 = __webpack_require__(17216);
const index_1 = __webpack_require__(62117);
exports.SECRET_CHECK_PREFIX = 'secrets/';
function toFinding(f) {
    // The per-file limit's note: its description is the whole message ("N more findings in … not listed").
    if (f.omitted !== undefined)
        return {
            checkId: `${exports.SECRET_CHECK_PREFIX}${f.ruleId}`,
            severity: 'error',
            category: 'security',
            message: f.description,
            file: f.file,
            line: f.line,
            column: f.column,
        };
    const where = [f.encoding ? `${f.encoding}-encoded` : '', f.commit ? `in commit ${f.commit.slice(0, 12)}` : ''].filter(Boolean).join(', ');
    return {
        checkId: `${exports.SECRET_CHECK_PREFIX}${f.ruleId}`,
        severity: 'error',
        category: 'security',
        message: `${f.description}: ${f.redacted}${where ? ` (${where})` : ''}`,
        file: f.file,
        line: f.line,
        column: f.column,
        endColumn: f.endColumn,
    };
}
const REMEDIATION = 'Revoke the credential at its provider first (it is in the git history now), then remove it from the file and load it from the platform: a Portainer stack variable, a Kubernetes Secret created by External Secrets, or a GitHub Actions secret.';
/** The secret rules as catalogue entries, for SARIF rule metadata. */
function secretChecks() {
    const generic = {
        'generic-secret-assignment': 'Literal secret assigned to a secret-like key',
        'generic-url-credentials': 'Password inside a URL',
        'kubernetes-secret-data': 'Kubernetes Secret data holds a secret literal',
    };
    const entries = [
        ...index_1.SECRET_RULES.map((r) => [r.id, r.description, r.provider]),
        ...ids_1.GENERIC_RULE_IDS.map((id) => [id, generic[id], 'generic']),
    ];
    return [
        ...entries.map(([id, title, provider]) => secretCheck(id, title, `${(0, indefinite_article_1.withIndefiniteArticle)(provider === 'generic' ? 'credential' : `${provider} credential`, true)} committed to a repository is readable by everyone who can clone it, forever, and is the first thing attackers search for.`, REMEDIATION)),
        secretCheck(per_file_limit_1.FINDINGS_LIMIT_ID, 'More findings in one file than are listed', `A file with more than ${per_file_limit_1.MAX_FINDINGS_PER_FILE} findings (a credentials dump, generated fixtures) lists the first ${per_file_limit_1.MAX_FINDINGS_PER_FILE}; this note counts the rest, which fail the run like the listed ones.`, 'Revoke and remove the listed findings, then scan again to list the next ones; if the file only holds test values, allowlist its path (`secrets.allow.paths`).'),
    ];
}
function secretCheck(id, title, rationale, remediation) {
    return {
        id: `${exports.SECRET_CHECK_PREFIX}${id}`,
        engine: 'secret-scan',
        meta: { title, category: 'security', severity: 'error', rationale, remediation, messages: { found: '{{detail}}' } },
    };
}
function renderSecretsJson(findings, summary) {
    const notes = findings.filter((f) => f.omitted !== undefined).map((f) => ({ file: f.file, omitted: f.omitted, message: f.description }));
    const ordered = findings
        .filter((f) => f.omitted === undefined)
        .map((f) => ({
        ruleId: f.ruleId,
        provider: f.provider,
        description: f.description,
        file: f.file,
        line: f.line,
        column: f.column,
        endColumn: f.endColumn,
        redacted: f.redacted,
        ...(f.encoding ? { encoding: f.encoding } : {}),
        ...(f.commit ? { commit: f.commit } : {}),
        ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
        ...(f.verified ? { verified: f.verified } : {}),
    }));
    return `${JSON.stringify({ version: 1, summary, findings: ordered, ...(notes.length ? { notes } : {}) }, null, 2)}\n`;
}


/***/ })

};
;