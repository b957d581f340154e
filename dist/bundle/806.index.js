"use strict";
exports.id = 806;
exports.ids = [806];
exports.modules = {

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


/***/ })

};
;