"use strict";
exports.id = 6762;
exports.ids = [6762];
exports.modules = {

/***/ 15200:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.READINESS_CATEGORIES = exports.DOMAINS = exports.CATEGORIES = void 0;
exports.defineCheck = defineCheck;
exports.defineEngineCheck = defineEngineCheck;
exports.isEngineCheck = isEngineCheck;
exports.domainOf = domainOf;
exports.formatMessage = formatMessage;
exports.isLoc = isLoc;
exports.CATEGORIES = ['correctness', 'security', 'reliability', 'resources', 'observability', 'supply-chain', 'operations'];
exports.DOMAINS = ['core', 'compose', 'kubernetes', 'dockerfile', 'monitoring', 'secrets', 'environments', 'ci', 'docs', 'mcp'];
/** The readiness categories (defined by the score, named by checks' `meta.readiness`). */
var categories_1 = __webpack_require__(42386);
Object.defineProperty(exports, "READINESS_CATEGORIES", ({ enumerable: true, get: function () { return categories_1.READINESS_CATEGORIES; } }));
/** Identity helper that infers message ids and option types. */
function defineCheck(check) {
    return check;
}
/** Identity helper for engine checks: infers message ids and the engine source. */
function defineEngineCheck(check) {
    return check;
}
function isEngineCheck(check) {
    return check.engine !== undefined;
}
function domainOf(id) {
    return id.split('/')[0];
}
/** `Hello {{name}}` with `{name: 'x'}` -> `Hello x`. Unknown placeholders stay visible. */
function formatMessage(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key) => (key in data ? String(data[key]) : m));
}
function isLoc(at) {
    return !!at && !Array.isArray(at) && typeof at.line === 'number';
}


/***/ }),

/***/ 42386:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.READINESS_TITLES = exports.READINESS_CATEGORIES = void 0;
/**
 * The readiness categories of the score (following the MCP deployment roadmap) and their titles.
 * Every check counts in one (check-category.ts); stackgate.yml sets a minimum per category. A leaf:
 * checks, config and the score all name the categories, so this imports none of them.
 */
exports.READINESS_CATEGORIES = ['containerization', 'kubernetes', 'compose', 'secrets', 'monitoring', 'environments', 'cicd', 'docs', 'mcp'];
exports.READINESS_TITLES = {
    containerization: 'Containerization',
    kubernetes: 'Kubernetes security',
    compose: 'Compose resilience',
    secrets: 'Secrets hygiene',
    monitoring: 'Monitoring and alerting',
    environments: 'Multi-environment',
    cicd: 'CI/CD',
    docs: 'Disaster recovery and documentation',
    mcp: 'MCP services',
};


/***/ }),

/***/ 47846:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.documentsFromEvents = documentsFromEvents;
exports.resolvePlain = resolvePlain;
/**
 * The fast path of parseYaml (yaml-tree.ts). js-yaml's event parser reads a file several times
 * faster than the yaml library composes its documents (0.4 s against 1.6 s on the benchmark's
 * 5,000 manifests), and most of validate's time on a large repository went there. Its events are
 * turned straight into the tree, with the positions the yaml library gives every node (a quoted
 * scalar from its quote, a block scalar from its `|` header, a block collection ending where its
 * last value's line ends), values resolved by the same YAML 1.2 core schema, aliases expanded and
 * merge keys merged as TreeBuilder does.
 *
 * Where the two could differ the fast path gives up (undefined) and parseYaml takes the yaml
 * library's path, whose trees and messages are the reference: a syntax error (js-yaml's messages
 * are not the ones validate reports), a duplicate or complex key, any tag or directive, an empty
 * value it cannot place, an alias bomb. __tests__/core/source/yaml-events.test.ts compares both
 * paths on every YAML file of the repository's fixtures and on the cases each give-up guards.
 */
const js_yaml_1 = __webpack_require__(2103);
const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = js_yaml_1.EVENT_ID;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL_BLOCK } = js_yaml_1.SCALAR_STYLE;
/** Thrown where the tree could differ from the yaml library's: the caller takes that path. */
class GiveUp extends Error {
}
/**
 * The documents of `text` as parseYaml builds them, or undefined where the fast path cannot be sure
 * of giving the same trees (the caller then parses with the yaml library). Throws nothing. `why`
 * hears the reason of a give-up (the tests check that each give-up is the one meant).
 */
function documentsFromEvents(file, text, maxAliasNodes, why) {
    if (text.charCodeAt(0) === 0xfeff) {
        why?.('byte order mark');
        return undefined;
    }
    let events;
    try {
        events = (0, js_yaml_1.parseEvents)(text, {});
    }
    catch (e) {
        why?.(`js-yaml: ${e.message.split('\n')[0]}`);
        return undefined;
    }
    try {
        return new EventTreeBuilder(file, text, maxAliasNodes).documents(events);
    }
    catch (e) {
        if (!(e instanceof GiveUp))
            throw e;
        why?.(e.message);
        return undefined;
    }
}
class EventTreeBuilder {
    file;
    text;
    maxAliasNodes;
    lineStarts = [0];
    anchors = new Map();
    open = new Set();
    aliasNodes = 0;
    /** The line lineOf found last. */
    cursor = 1;
    constructor(file, text, maxAliasNodes) {
        this.file = file;
        this.text = text;
        this.maxAliasNodes = maxAliasNodes;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.lineStarts.push(i + 1);
    }
    documents(events) {
        const out = [];
        const stack = [];
        let doc;
        let previousEnd = 0;
        for (const event of events) {
            switch (event.type) {
                case DOCUMENT:
                    if (event.directives.length > 0 || event.explicitEnd)
                        throw new GiveUp('a directive or document end marker');
                    doc = { explicit: event.explicitStart };
                    this.anchors.clear();
                    this.aliasNodes = 0;
                    break;
                case SCALAR:
                    this.place(stack, doc, this.scalar(event, stack[stack.length - 1]));
                    break;
                case ALIAS:
                    this.place(stack, doc, this.alias(event.anchorStart, event.anchorEnd));
                    break;
                case MAPPING:
                case SEQUENCE: {
                    if (event.tagStart !== -1)
                        throw new GiveUp('a tag');
                    const flow = event.style === js_yaml_1.COLLECTION_STYLE.FLOW;
                    if (flow && this.text[event.start] !== (event.type === MAPPING ? '{' : '['))
                        throw new GiveUp('a flow pair outside braces');
                    const node = event.type === MAPPING
                        ? { kind: 'map', entries: new Map(), loc: this.loc(event.start, event.start) }
                        : { kind: 'seq', items: [], loc: this.loc(event.start, event.start) };
                    const built = { node, start: event.start, end: event.start, after: event.start };
                    const frame = { built, flow };
                    if (event.anchorStart !== -1) {
                        frame.anchor = this.text.slice(event.anchorStart, event.anchorEnd);
                        this.open.add(frame.anchor);
                    }
                    this.place(stack, doc, built);
                    stack.push(frame);
                    break;
                }
                case POP: {
                    const frame = stack.pop();
                    if (frame) {
                        this.close(frame);
                        break;
                    }
                    if (!doc?.root)
                        throw new GiveUp('an empty document');
                    out.push({ index: out.length, root: doc.root.node, line: this.lineOf(this.documentStart(doc, previousEnd)) });
                    previousEnd = doc.root.after;
                    doc = undefined;
                    break;
                }
            }
        }
        if (stack.length > 0 || doc)
            throw new GiveUp('unclosed events');
        return out;
    }
    /** Where the yaml library starts a document: its `---`, or its content. */
    documentStart(doc, previousEnd) {
        const rootStart = doc.root.start;
        let at = previousEnd;
        // Blank and comment lines before the document belong to it only through its marker.
        for (;;) {
            at = this.skipSpace(at);
            if (this.text[at] === '#')
                at = this.lineEnd(at);
            else
                break;
        }
        if (!doc.explicit) {
            if (at !== rootStart)
                throw new GiveUp('content before the document');
            return at;
        }
        if (!this.text.startsWith('---', at) || at > rootStart)
            throw new GiveUp('a document without its marker');
        return at;
    }
    close(frame) {
        const { built } = frame;
        if (frame.key)
            throw new GiveUp('a key without a value');
        if (frame.flow) {
            let at = frame.last ? frame.last.end : built.start + 1;
            for (;;) {
                at = this.skipSpace(at);
                const c = this.text[at];
                if (c === ',')
                    at++;
                else if (c === '#')
                    at = this.lineEnd(at);
                else
                    break;
            }
            if (this.text[at] !== (built.node.kind === 'map' ? '}' : ']'))
                throw new GiveUp('a flow collection without its bracket');
            built.end = at + 1;
            built.after = this.nodeEnd(built.end);
        }
        else {
            if (!frame.last || this.commentFollows(frame.last.after, !frame.last.empty))
                throw new GiveUp('a comment after the last value');
            built.end = built.after = frame.last.after;
        }
        if (built.node.kind === 'map' && frame.merge) {
            // Merge keys: explicit keys win, earlier merge sources win over later ones.
            const { entries } = built.node;
            const sources = frame.merge.kind === 'seq' ? frame.merge.items : [frame.merge];
            if (sources.length === 0)
                throw new GiveUp('an empty merge');
            for (const source of sources) {
                if (source.kind !== 'map')
                    throw new GiveUp('a merge of something not a map');
                for (const [k, v] of source.entries)
                    if (!entries.has(k))
                        entries.set(k, v);
            }
        }
        built.node.loc = this.loc(built.start, built.end);
        if (frame.anchor) {
            this.open.delete(frame.anchor);
            this.anchors.set(frame.anchor, built.node);
        }
    }
    /** Puts a node where it belongs: the document's root, a sequence's item, a map's key or value. */
    place(stack, doc, built) {
        const parent = stack[stack.length - 1];
        if (!parent) {
            if (!doc || doc.root)
                throw new GiveUp('two roots');
            doc.root = built;
            return;
        }
        const container = parent.built.node;
        if (container.kind === 'seq') {
            container.items.push(built.node);
            parent.last = built;
            return;
        }
        if (container.kind !== 'map')
            throw new GiveUp('an item outside a collection');
        if (!parent.key) {
            parent.key = this.keyOf(built);
            return;
        }
        const key = parent.key;
        parent.key = undefined;
        parent.last = built;
        if (key.isMerge) {
            if (parent.merge)
                throw new GiveUp('two merge keys');
            parent.merge = built.node;
            return;
        }
        if (container.entries.has(key.text))
            throw new GiveUp('a duplicate key');
        built.node.keyLoc = this.loc(key.start, key.end);
        container.entries.set(key.text, built.node);
    }
    /** A key as TreeBuilder reads it: the string of a scalar key's value. */
    keyOf(built) {
        const { node, keyStyle } = built;
        if (node.kind !== 'scalar' || !keyStyle)
            throw new GiveUp('a key that is not a scalar');
        const text = String(node.value);
        return { text, start: built.start, end: built.end, isMerge: keyStyle === 'plain' && text === '<<' };
    }
    scalar(event, parent) {
        if (event.tagStart !== -1)
            throw new GiveUp('a tag');
        const { style, valueStart, valueEnd } = event;
        let built;
        if (valueStart === -1) {
            // An empty value: the yaml library places it after its indicator and the spaces that follow.
            if (style !== PLAIN || event.anchorStart !== -1)
                throw new GiveUp('an empty value with an anchor or a style');
            const at = this.emptyValueAt(parent);
            built = { node: { kind: 'scalar', value: null, loc: this.loc(at, at) }, start: at, end: at, after: at, empty: true };
            return built;
        }
        if (style === PLAIN) {
            const source = event.fast ? this.text.slice(valueStart, valueEnd) : (0, js_yaml_1.getScalarValue)(this.text, event);
            built = {
                node: { kind: 'scalar', value: resolvePlain(source), loc: this.loc(valueStart, valueEnd) },
                start: valueStart,
                end: valueEnd,
                after: this.nodeEnd(valueEnd),
                keyStyle: 'plain',
            };
        }
        else if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
            const quote = style === SINGLE_QUOTED ? "'" : '"';
            const start = valueStart - 1;
            const end = valueEnd + 1;
            if (this.text[start] !== quote || this.text[valueEnd] !== quote)
                throw new GiveUp('a quoted scalar without its quotes');
            built = {
                node: { kind: 'scalar', value: (0, js_yaml_1.getScalarValue)(this.text, event), loc: this.loc(start, end) },
                start,
                end,
                after: this.nodeEnd(end),
                keyStyle: 'quoted',
            };
        }
        else {
            if (event.chomping === js_yaml_1.CHOMPING_MODE.KEEP)
                throw new GiveUp('keep chomping');
            const start = this.blockHeader(valueStart, style === LITERAL_BLOCK ? '|' : '>');
            const end = this.blockEnd(valueStart, valueEnd);
            built = { node: { kind: 'scalar', value: (0, js_yaml_1.getScalarValue)(this.text, event), loc: this.loc(start, end) }, start, end, after: end };
        }
        if (event.anchorStart !== -1)
            this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), built.node);
        return built;
    }
    /** The anchored node again, as TreeBuilder builds an alias: a copy with the anchor's positions. */
    alias(anchorStart, anchorEnd) {
        const name = this.text.slice(anchorStart, anchorEnd);
        const target = this.anchors.get(name);
        if (!target || this.open.has(name))
            throw new GiveUp('an alias to an unknown or open anchor');
        const node = this.copy(target);
        delete node.keyLoc;
        // The yaml library's range of an alias: `*name`, then its line's end.
        const start = anchorStart - 1;
        return { node, start, end: anchorEnd, after: this.nodeEnd(anchorEnd) };
    }
    copy(node) {
        // Half the limit: TreeBuilder also counts the merge sources it builds again, which a copy does not.
        if (++this.aliasNodes > this.maxAliasNodes / 2)
            throw new GiveUp('many aliases');
        const base = { loc: { ...node.loc }, ...(node.keyLoc ? { keyLoc: { ...node.keyLoc } } : {}) };
        switch (node.kind) {
            case 'scalar':
                return { kind: 'scalar', value: node.value, ...base };
            case 'seq':
                return { kind: 'seq', items: node.items.map((i) => this.copy(i)), ...base };
            case 'map': {
                const entries = new Map();
                for (const [k, v] of node.entries)
                    entries.set(k, this.copy(v));
                return { kind: 'map', entries, ...base };
            }
        }
    }
    /** Where the yaml library puts an empty value: after the `:` or `-` before it, and the spaces after that. */
    emptyValueAt(parent) {
        if (!parent || parent.flow)
            throw new GiveUp('an empty value outside a block collection');
        let at;
        if (parent.built.node.kind === 'map') {
            if (!parent.key)
                throw new GiveUp('an empty key');
            at = this.skipInline(parent.key.end);
            if (this.text[at] !== ':')
                throw new GiveUp('an empty value without its colon');
        }
        else {
            at = parent.last ? parent.last.after : parent.built.start;
            for (;;) {
                at = this.skipSpace(at);
                if (this.text[at] === '#')
                    at = this.lineEnd(at);
                else
                    break;
            }
            if (this.text[at] !== '-')
                throw new GiveUp('an empty item without its dash');
        }
        return this.skipInline(at + 1);
    }
    /** The offset of a block scalar's `|` or `>` header: the only one on the line before its content, without a comment there. */
    blockHeader(valueStart, indicator) {
        const lineEnd = valueStart - 1;
        if (this.text[lineEnd] !== '\n')
            throw new GiveUp('a block scalar without its header line');
        const lineStart = this.text.lastIndexOf('\n', lineEnd - 1) + 1;
        const line = this.text.slice(lineStart, lineEnd);
        const at = line.indexOf(indicator);
        if (at === -1 || line.indexOf(indicator, at + 1) !== -1 || line.includes('#') || line.includes(indicator === '|' ? '>' : '|'))
            throw new GiveUp('a block scalar header not alone on its line');
        return lineStart + at;
    }
    /** Where the yaml library ends a block scalar: after the line break of its last line that is not blank. */
    blockEnd(valueStart, valueEnd) {
        let at = valueEnd - 1;
        while (at >= valueStart && /\s/.test(this.text[at]))
            at--;
        if (at < valueStart)
            throw new GiveUp('an empty block scalar');
        const lineBreak = this.text.indexOf('\n', at);
        return lineBreak === -1 || lineBreak >= valueEnd ? Math.min(valueEnd, lineBreak === -1 ? this.text.length : lineBreak + 1) : lineBreak + 1;
    }
    /**
     * Whether a comment line comes before the next content (an indented one only, with `indentedOnly`).
     * The yaml library makes an indented comment part of the last value, of the collection or of one
     * around it, by its indentation, and any comment part of an empty last value, and ends their ranges
     * after it: not worth following here. Otherwise a comment in the first column ends nothing.
     */
    commentFollows(at, indentedOnly) {
        for (;;) {
            const p = this.skipInline(at);
            const c = this.text[p];
            if (c === '#') {
                if (!indentedOnly || (p > 0 && this.text[p - 1] !== '\n'))
                    return true;
                at = this.lineEnd(p) + 1;
            }
            else if (c === '\n')
                at = p + 1;
            else if (c === '\r' && this.text[p + 1] === '\n')
                at = p + 2;
            else
                return false;
        }
    }
    /** After a value: its trailing spaces, comment and line break (the yaml library's range[2]). */
    nodeEnd(end) {
        let at = this.skipInline(end);
        if (this.text[at] === '#')
            at = this.lineEnd(at);
        if (this.text[at] === '\r' && this.text[at + 1] === '\n')
            return at + 2;
        return this.text[at] === '\n' ? at + 1 : at;
    }
    skipInline(at) {
        while (this.text[at] === ' ' || this.text[at] === '\t')
            at++;
        return at;
    }
    skipSpace(at) {
        for (let c = this.text[at]; c === ' ' || c === '\t' || c === '\n' || c === '\r'; c = this.text[++at])
            ;
        return at;
    }
    lineEnd(at) {
        const lineBreak = this.text.indexOf('\n', at);
        return lineBreak === -1 ? this.text.length : lineBreak;
    }
    /** The 1-based line of an offset. Offsets mostly come in order: the search starts from the last line found. */
    lineOf(offset) {
        const starts = this.lineStarts;
        let line = this.cursor;
        if (offset >= starts[line - 1]) {
            while (line < starts.length && starts[line] <= offset)
                line++;
        }
        else {
            let low = 0;
            let high = line;
            while (low < high) {
                const mid = (low + high) >> 1;
                if (offset < starts[mid])
                    high = mid;
                else
                    low = mid + 1;
            }
            line = low;
        }
        this.cursor = line;
        return line;
    }
    loc(start, end) {
        const line = this.lineOf(start);
        const column = start - this.lineStarts[line - 1] + 1;
        const endLine = this.lineOf(end);
        return { file: this.file, line, column, endLine, endColumn: end - this.lineStarts[endLine - 1] + 1 };
    }
}
const MAY_RESOLVE = /[~nNtTfF0-9+\-.]/;
/** A plain scalar's value by the YAML 1.2 core schema, tested in the yaml library's order. */
function resolvePlain(source) {
    // Most scalars are words: none of the core schema's forms starts with another letter.
    if (source.length > 0 && !MAY_RESOLVE.test(source[0]))
        return source;
    if (/^(?:~|[Nn]ull|NULL)?$/.test(source))
        return null;
    if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source))
        return source[0] === 't' || source[0] === 'T';
    if (/^0o[0-7]+$/.test(source))
        return parseInt(source.substring(2), 8);
    if (/^[-+]?[0-9]+$/.test(source))
        return parseInt(source, 10);
    if (/^0x[0-9a-fA-F]+$/.test(source))
        return parseInt(source.substring(2), 16);
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
        return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    }
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source))
        return parseFloat(source);
    return source;
}


/***/ }),

/***/ 43183:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseYaml = parseYaml;
exports.parseYamlDocuments = parseYamlDocuments;
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
const yaml_events_1 = __webpack_require__(47846);
const yaml_1 = __webpack_require__(38815);
const DEFAULT_MAX_ALIAS_NODES = 50_000;
class AliasLimitError extends Error {
}
function parseYaml(file, text, options = {}) {
    const documents = (0, yaml_events_1.documentsFromEvents)(file, text, options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES);
    return documents ? { file, documents, problems: [] } : parseYamlDocuments(file, text, options);
}
/**
 * parseYaml through the yaml library's documents: the reference the fast path (yaml-events.ts)
 * matches, and the path of every file it gives up on, so its messages are the ones reported.
 */
function parseYamlDocuments(file, text, options = {}) {
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