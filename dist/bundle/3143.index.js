"use strict";
exports.id = 3143;
exports.ids = [3143];
exports.modules = {

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


/***/ })

};
;