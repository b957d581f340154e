"use strict";
exports.id = 4756;
exports.ids = [4756,3143];
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

/***/ 64747:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runWorker = runWorker;
exports.answerRequest = answerRequest;
exports.runClaims = runClaims;
exports.answerClaims = answerClaims;
/**
 * Worker threads for the work one run spreads over the cores (the secret scanner, validate): a
 * worker starts from a file of the bundle (dist/<name>-worker/index.js), gets one request, posts
 * one answer and is stopped. The calling thread works too instead of waiting. Work is shared in
 * fixed shares (secrets/scan-pool.ts: files balanced by bytes, which each worker reads itself), or
 * claimed item by item from a counter in shared memory (runClaims): every thread takes the next
 * item until none is left, so a worker that starts late (it loads its modules first) simply takes
 * fewer, and the threads finish together whatever their items cost.
 */
const node_worker_threads_1 = __webpack_require__(75919);
/** Starts a worker thread from `entry` and posts it `request`; it is stopped once it answers. `what` names it in errors. */
function runWorker(entry, request, what) {
    const worker = new node_worker_threads_1.Worker(entry);
    let settled = false;
    const answer = new Promise((resolve, reject) => {
        const settle = (fn) => {
            if (settled)
                return; // stopped, or answered already
            settled = true;
            fn();
        };
        worker.once('message', (result) => {
            settle(() => resolve(result));
            void worker.terminate();
        });
        // The worker's error, named (an Error made in the worker's realm may not pass `instanceof Error` here).
        worker.once('error', (e) => settle(() => reject(new Error(`${what} worker failed: ${messageOf(e)}`, { cause: e }))));
        worker.once('exit', (code) => settle(() => reject(new Error(`${what} worker exited with code ${code} before answering`))));
    });
    worker.postMessage(request);
    return {
        answer,
        stop: () => {
            settled = true;
            void worker.terminate();
        },
    };
}
function messageOf(e) {
    const message = e?.message;
    return typeof message === 'string' ? message : String(e);
}
/** A worker thread's side of runWorker: answers the one request it gets. */
function answerRequest(handle) {
    node_worker_threads_1.parentPort?.once('message', (request) => {
        void Promise.resolve(request)
            .then(handle)
            .then((answer) => node_worker_threads_1.parentPort.postMessage(answer));
    });
}
const NEXT = 0;
const TAKING = 1;
function claimFrom({ buffer, count, thread, isReserved }) {
    const slots = new Int32Array(buffer);
    let isFirst = isReserved;
    return () => {
        if (isFirst) {
            isFirst = false;
            if (thread < count)
                return thread;
        }
        // Marked before taking, so that the calling thread, once every item is taken, sees 0 only for a
        // worker that never took one and never will.
        Atomics.add(slots, TAKING + thread, 1);
        const index = Atomics.add(slots, NEXT, 1);
        if (index < count)
            return index;
        Atomics.sub(slots, TAKING + thread, 1);
        return undefined;
    };
}
/**
 * Shares `count` items between this thread and `threads - 1` workers. Resolves with this thread's
 * part and the answers of the workers that took items: a worker that has taken none by the time
 * this thread finds none left (it was still starting) is stopped, it has nothing to give.
 */
async function runClaims(run) {
    const buffer = new SharedArrayBuffer(4 * (TAKING + run.threads));
    const slots = new Int32Array(buffer);
    const isReserved = !!run.isEveryThreadTaking;
    if (isReserved)
        slots[NEXT] = run.threads;
    const claims = (thread) => ({ buffer, count: run.count, thread, isReserved });
    const workers = Array.from({ length: run.threads - 1 }, (_, i) => runWorker(run.entry, { request: run.request, claims: claims(i + 1) }, run.what));
    let here;
    try {
        here = await run.runHere(claimFrom(claims(0)));
    }
    catch (e) {
        // This thread's error is the one reported; the workers' results are of no use now.
        for (const w of workers)
            w.stop();
        throw e;
    }
    const answering = workers.filter((w, i) => {
        if (isReserved || Atomics.load(slots, TAKING + 1 + i) > 0)
            return true;
        w.stop();
        return false;
    });
    return { here, workers: await Promise.all(answering.map((w) => w.answer)) };
}
/** A worker thread's side of runClaims: takes items with `claim` until none is left, and answers. */
function answerClaims(handle) {
    answerRequest(({ request, claims }) => handle(request, claimFrom(claims)));
}


/***/ }),

/***/ 13143:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prepareOnThreads = prepareOnThreads;
exports.prepareClaimed = prepareClaimed;
/**
 * Prepares validate's files (core/validate/prepare-files.ts: parse, recognise, run the checks of
 * each Kubernetes object) on several cores: the calling thread and worker threads started from
 * dist/validate-worker/index.js take the files one at a time until none is left (runClaims). A
 * worker posts back its files' parses packed (core/source/packed-yaml.ts) and its objects'
 * reports; the workspace is then built from them in file order, and validate runs the checks
 * across files on the calling thread. How many threads: prepare-threads.ts.
 */
const schema_1 = __webpack_require__(80757);
const prepare_files_1 = __webpack_require__(33707);
const thread_pool_1 = __webpack_require__(64747);
/** The workspace of the listed files, prepared on `options.threads` threads. */
async function prepareOnThreads(listed, prepare, options) {
    const { files } = listed;
    const loadModels = (0, prepare_files_1.mayHoldManifests)(files);
    const { here, workers } = await (0, thread_pool_1.runClaims)({
        entry: options.workerEntry,
        what: 'validate',
        threads: options.threads,
        count: files.length,
        request: { prepare, files, loadModels },
        isEveryThreadTaking: options.isEveryThreadTaking,
        runHere: async (claim) => prepareClaimed(files, (0, prepare_files_1.createFilePreparer)(prepare, loadModels ? await (0, schema_1.loadBuiltInModels)() : undefined), claim),
    });
    const fromWorkers = workers.map(prepare_files_1.unpackPreparedFiles);
    const prepared = new Map();
    for (const [index, file] of [...here, ...fromWorkers.flat()])
        prepared.set(files[index].path, file);
    return { ...(0, prepare_files_1.preparedWorkspace)(listed, prepared), perThread: [here.length, ...fromWorkers.map((w) => w.length)] };
}
/** Prepares the files this thread takes, until none is left. */
function prepareClaimed(files, prepare, claim) {
    const out = [];
    for (let index = claim(); index !== undefined; index = claim())
        out.push([index, prepare(files[index])]);
    return out;
}


/***/ }),

/***/ 14577:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
/** validate's worker thread: entry `validate-worker` of dist/bundle/, started from dist/validate-worker/index.js (prepare-pool.ts). */
const schema_1 = __webpack_require__(80757);
const prepare_files_1 = __webpack_require__(33707);
const thread_pool_1 = __webpack_require__(64747);
const prepare_pool_1 = __webpack_require__(13143);
(0, thread_pool_1.answerClaims)(async ({ prepare, files, loadModels }, claim) => {
    const models = loadModels ? await (0, schema_1.loadBuiltInModels)() : undefined;
    return (0, prepare_files_1.packPreparedFiles)((0, prepare_pool_1.prepareClaimed)(files, (0, prepare_files_1.createFilePreparer)(prepare, models), claim));
});


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

/***/ 70565:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packParsedYaml = packParsedYaml;
exports.unpackParsedYaml = unpackParsedYaml;
// The first number of a node: its kind and flags.
const KIND_MASK = 3;
const MAP = 0;
const SEQ = 1;
const SCALAR = 2;
const HAS_TAG_KEY = 1 << 2; // the node has a `tag` property (undefined or not)
const HAS_TAG = 1 << 3; // ... that is defined: the tag is the next value
const KEY_LOC = 1 << 4; // keyLoc: 4 numbers of its own
const KEY_LOC_IS_LOC = 1 << 5; // keyLoc is the node's loc itself
const SCALAR_SHIFT = 6; // scalars: null, true, false, or a value
const SCALAR_NULL = 0;
const SCALAR_TRUE = 1;
const SCALAR_FALSE = 2;
const SCALAR_VALUE = 3;
function packParsedYaml(parsed) {
    const numbers = [];
    const values = [];
    const pushLoc = (loc) => {
        numbers.push(loc.line, loc.column, loc.endLine ?? -1, loc.endColumn ?? -1);
    };
    const pack = (node) => {
        let head = node.kind === 'map' ? MAP : node.kind === 'seq' ? SEQ : SCALAR;
        if ('tag' in node)
            head |= HAS_TAG_KEY;
        if (node.tag !== undefined)
            head |= HAS_TAG;
        if (node.keyLoc)
            head |= node.keyLoc === node.loc ? KEY_LOC_IS_LOC : KEY_LOC;
        if (node.kind === 'scalar') {
            const v = node.value;
            head |= (v === null ? SCALAR_NULL : v === true ? SCALAR_TRUE : v === false ? SCALAR_FALSE : SCALAR_VALUE) << SCALAR_SHIFT;
            if (v !== null && typeof v !== 'boolean')
                values.push(v);
        }
        numbers.push(head);
        pushLoc(node.loc);
        if (head & KEY_LOC)
            pushLoc(node.keyLoc);
        if (node.tag !== undefined)
            values.push(node.tag);
        if (node.kind === 'map') {
            numbers.push(node.entries.size);
            for (const [key, child] of node.entries) {
                values.push(key);
                pack(child);
            }
        }
        else if (node.kind === 'seq') {
            numbers.push(node.items.length);
            for (const child of node.items)
                pack(child);
        }
    };
    const files = parsed.map((p) => {
        for (const doc of p.documents)
            if (doc.root)
                pack(doc.root);
        return { file: p.file, problems: p.problems, documents: p.documents.map((d) => ({ index: d.index, line: d.line, hasRoot: !!d.root })) };
    });
    return { files, numbers: Int32Array.from(numbers), values };
}
function unpackParsedYaml(packed) {
    const { numbers, values } = packed;
    let n = 0;
    let v = 0;
    let file = '';
    const readLoc = () => {
        const loc = { file, line: numbers[n], column: numbers[n + 1] };
        if (numbers[n + 2] !== -1)
            loc.endLine = numbers[n + 2];
        if (numbers[n + 3] !== -1)
            loc.endColumn = numbers[n + 3];
        n += 4;
        return loc;
    };
    const unpack = () => {
        const head = numbers[n++];
        const kind = head & KIND_MASK;
        let value = null;
        if (kind === SCALAR) {
            const type = head >> SCALAR_SHIFT;
            value = type === SCALAR_NULL ? null : type === SCALAR_TRUE ? true : type === SCALAR_FALSE ? false : values[v++];
        }
        const loc = readLoc();
        const keyLoc = head & KEY_LOC ? readLoc() : head & KEY_LOC_IS_LOC ? loc : undefined;
        const tag = head & HAS_TAG ? values[v++] : undefined;
        let node;
        if (kind === MAP) {
            const entries = new Map();
            for (let size = numbers[n++]; size > 0; size--) {
                const key = values[v++];
                entries.set(key, unpack());
            }
            node = head & HAS_TAG_KEY ? { kind: 'map', entries, loc, tag } : { kind: 'map', entries, loc };
        }
        else if (kind === SEQ) {
            const items = [];
            for (let size = numbers[n++]; size > 0; size--)
                items.push(unpack());
            node = head & HAS_TAG_KEY ? { kind: 'seq', items, loc, tag } : { kind: 'seq', items, loc };
        }
        else
            node = head & HAS_TAG_KEY ? { kind: 'scalar', value, loc, tag } : { kind: 'scalar', value, loc };
        if (keyLoc)
            node.keyLoc = keyLoc;
        return node;
    };
    return packed.files.map((p) => {
        file = p.file;
        const documents = p.documents.map((d) => ({ index: d.index, root: d.hasRoot ? unpack() : null, line: d.line }));
        return { file: p.file, documents, problems: p.problems };
    });
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


/***/ }),

/***/ 28325:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeReport = describeReport;
exports.objectChecksOf = objectChecksOf;
exports.checkObject = checkObject;
/**
 * The checks of one Kubernetes object (target `kubernetes-object`), as validate runs them on each
 * manifest. What they report depends on the object, whether it is a production manifest, the
 * settings and the built-in models only, so a worker thread that parsed the file can run them
 * (prepare-files.ts) and validate takes its reports in place of running the checks again.
 */
const types_1 = __webpack_require__(15200);
const yaml_tree_1 = __webpack_require__(43183);
/** The report of a check as validate records it: the message from its template, the location of a path under `root` (else `fallback`). */
function describeReport(check, root, fallback, d) {
    const template = check.meta.messages[d.messageId];
    if (template === undefined)
        throw new Error(`check ${check.id} reported unknown messageId "${d.messageId}"`);
    const loc = (0, types_1.isLoc)(d.at) ? d.at : (0, yaml_tree_1.locate)(root, d.at ?? [], fallback);
    return { messageId: d.messageId, message: (0, types_1.formatMessage)(template, d.data), loc };
}
/** The enabled checks of single objects, in registry order (validate leaves out those only for MCP repositories where there is none). */
function objectChecksOf(checks, settings) {
    return checks.filter((c) => !(0, types_1.isEngineCheck)(c) && c.target === 'kubernetes-object' && !!settings.get(c.id)?.enabled);
}
/** Runs the checks on the object in order; a production-only check runs on a production manifest only. */
function checkObject(object, checks, context) {
    const { settings, isProduction, builtInModels } = context;
    const runs = [];
    for (const check of checks) {
        if (check.meta.productionOnly && !isProduction)
            continue;
        const reports = [];
        runs.push({ checkId: check.id, reports });
        check.check({
            options: settings.get(check.id)?.options,
            object,
            isProduction,
            builtInModels,
            report: (d) => reports.push(describeReport(check, object.root, object.loc, d)),
        });
    }
    return runs;
}


/***/ }),

/***/ 33707:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createFilePreparer = createFilePreparer;
exports.mayHoldManifests = mayHoldManifests;
exports.preparedWorkspace = preparedWorkspace;
exports.packPreparedFiles = packPreparedFiles;
exports.unpackPreparedFiles = unpackPreparedFiles;
/**
 * The part of validate that runs file by file, so that threads can share it: parse a file,
 * recognise its documents and run the checks of each Kubernetes object in it (object-checks.ts).
 * A thread prepares the files it takes; validate then builds the workspace from their parses, in
 * file order, and takes the prepared object checks in place of running them, so the findings are
 * those of a run on one thread. Everything else (Compose stacks, the checks across objects and
 * across the repository) needs every file and runs after, on the calling thread.
 */
const index_1 = __webpack_require__(12293);
const environment_1 = __webpack_require__(84557);
const packed_yaml_1 = __webpack_require__(70565);
const workspace_1 = __webpack_require__(6936);
const object_checks_1 = __webpack_require__(28325);
const settings_1 = __webpack_require__(6785);
/** Prepares files for a request; without built-in models, files with objects leave them to validate when kubernetes/schema runs. */
function createFilePreparer(request, builtInModels) {
    const settings = (0, settings_1.resolveCheckSettings)(index_1.CHECKS, request.config, request.only);
    const checks = (0, object_checks_1.objectChecksOf)(index_1.CHECKS, settings);
    const hasModels = !!builtInModels || !checks.some((c) => c.id === 'kubernetes/schema');
    const context = { settings, builtInModels: builtInModels ?? new Map() };
    return (file) => {
        // The file alone, recognised as loadWorkspace recognises it among the others.
        const ws = (0, workspace_1.buildWorkspace)({ root: request.root, files: [file], paths: [], problems: [], layout: request.layout });
        const parsed = ws.parsed.get(file.path);
        if (!ws.kubernetes.length || !hasModels)
            return { parsed, classified: ws };
        const objects = ws.kubernetes.map((o) => (0, object_checks_1.checkObject)(o, checks, { ...context, isProduction: (0, environment_1.isProductionManifest)(o, request.config) }));
        return { parsed, objects, classified: ws };
    };
}
/** Whether a thread should load the built-in models before preparing files: some file may hold a manifest (a model missing only leaves its checks to validate). */
function mayHoldManifests(files) {
    return files.some((f) => f.text.includes('apiVersion'));
}
/**
 * The workspace of the listed files, built from their preparation (as buildWorkspace builds it from
 * the files), and the runs of the prepared object checks by object (a file's objects come in the
 * order they were prepared).
 */
function preparedWorkspace(listed, prepared) {
    const parsed = new Map();
    const classified = new Map();
    for (const [file, p] of prepared) {
        if (p.classified)
            classified.set(file, p.classified);
        else if (p.parsed)
            parsed.set(file, p.parsed);
    }
    const workspace = (0, workspace_1.buildWorkspace)(listed, { parsed, classified });
    const objectChecks = new Map();
    const seen = new Map();
    for (const object of workspace.kubernetes) {
        const index = seen.get(object.file) ?? 0;
        seen.set(object.file, index + 1);
        const runs = prepared.get(object.file)?.objects?.[index];
        if (runs)
            objectChecks.set(object, runs);
    }
    return { workspace, objectChecks };
}
function packPreparedFiles(prepared) {
    const parsed = prepared.flatMap(([, p]) => (p.parsed ? [p.parsed] : []));
    return {
        indexes: prepared.map(([index]) => index),
        isParsed: prepared.map(([, p]) => !!p.parsed),
        parsed: (0, packed_yaml_1.packParsedYaml)(parsed),
        objects: prepared.map(([, p]) => p.objects),
    };
}
function unpackPreparedFiles(packed) {
    const parsed = (0, packed_yaml_1.unpackParsedYaml)(packed.parsed);
    let next = 0;
    return packed.indexes.map((index, i) => [index, { parsed: packed.isParsed[i] ? parsed[next++] : undefined, objects: packed.objects[i] }]);
}


/***/ }),

/***/ 6785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveCheckSettings = resolveCheckSettings;
function resolveCheckSettings(checks, config, only) {
    const onlySet = only ? new Set(only) : undefined;
    const out = new Map();
    for (const check of checks) {
        // stackgate.yml's setting: a severity, or {severity, options} (loadCheckedConfig checked it against the check).
        const setting = config.checks[check.id];
        let severity = check.meta.severity;
        let rawOptions;
        const isSeveritySet = typeof setting === 'string' || !!setting?.severity;
        if (typeof setting === 'string')
            severity = setting;
        else if (setting) {
            if (setting.severity)
                severity = setting.severity;
            rawOptions = setting.options;
        }
        const options = check.options ? check.options.parse(rawOptions ?? {}) : undefined;
        // A check turned off globally may still be turned on for some paths by an override.
        const enabledByOverride = config.overrides.some((o) => {
            const s = o.checks[check.id];
            return s !== undefined && s !== 'off';
        });
        const enabled = (severity !== 'off' || enabledByOverride) && (!onlySet || onlySet.has(check.id));
        out.set(check.id, { enabled, severity, options, isSeveritySet });
    }
    return out;
}


/***/ })

};
;