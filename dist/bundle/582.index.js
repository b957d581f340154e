"use strict";
exports.id = 582;
exports.ids = [582];
exports.modules = {

/***/ 15324:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scanInline = scanInline;
exports.scanSources = scanSources;
/**
 * Scans sources on every core. Worker threads start from dist/secrets-worker/index.js (which loads
 * the scanner and its rules from the bundle, nothing else), read their share of the files
 * themselves and post back findings, so no file content crosses threads. Without a worker file
 * (tests), or for small inputs, scanning happens on the calling thread.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_worker_threads_1 = __webpack_require__(75919);
const scan_source_1 = __webpack_require__(63200);
const decode_text_1 = __webpack_require__(84147);
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

/***/ 71582:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
/** The secret scanner's worker thread: entry `secrets-worker` of dist/bundle/, started from dist/secrets-worker/index.js. */
const node_worker_threads_1 = __webpack_require__(75919);
const scan_pool_1 = __webpack_require__(15324);
node_worker_threads_1.parentPort?.once('message', (sources) => {
    node_worker_threads_1.parentPort.postMessage((0, scan_pool_1.scanInline)(sources));
});


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

/***/ 47762:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scanKubernetesSecrets = scanKubernetesSecrets;
/**
 * Kubernetes `Secret` manifests: each `data:` value is base64-decoded and scanned with the rules
 * and, because the key names the value (`password: cGFzc3dvcmQ=`), with the key-aware detector.
 * Findings point at the data key's line.
 */
const key_name_1 = __webpack_require__(47116);
const generic_1 = __webpack_require__(17396);
const scan_1 = __webpack_require__(13968);
const yaml_tree_1 = __webpack_require__(43183);
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

/***/ 63200:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scanSource = scanSource;
/**
 * One unit of scanning: a file's text (or the lines a commit added to it), with the lines that
 * count. Runs the rules, the generic detectors and the Kubernetes Secret decoder, then applies the
 * file's inline `stackgate-ignore secrets:<rule-id> <reason>` comments. Pure: safe in worker threads.
 */
const suppress_1 = __webpack_require__(28311);
const ids_1 = __webpack_require__(92387);
const kubernetes_secret_1 = __webpack_require__(47762);
const index_1 = __webpack_require__(62117);
const scan_1 = __webpack_require__(13968);
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

/***/ 84147:
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
        return Buffer.from(buf.subarray(2, evenEnd(buf)))
            .swap16()
            .toString('utf16le');
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

/***/ 43183:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
const yaml_1 = __webpack_require__(38815);
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
                const value = pair.value ? this.build(pair.value, viaAlias) : { kind: 'scalar', value: null, loc: keyLoc };
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
    let best = root ? (root.keyLoc ?? root.loc) : fallback;
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
    return segmentsToPath(root, pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
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