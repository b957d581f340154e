"use strict";
exports.id = 5324;
exports.ids = [5324];
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
 * Scans sources on every core: the calling thread takes one share of the files and one worker
 * thread per other core the rest. Worker threads start from dist/secrets-worker/index.js (which
 * loads the scanner and its rules from the bundle, nothing else), read their share of the files
 * themselves and post back findings, so no file content crosses threads. Without a worker file
 * (tests), or for small inputs, scanning happens on the calling thread alone.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const scan_source_1 = __webpack_require__(63200);
const decode_text_1 = __webpack_require__(84147);
const skipped_1 = __webpack_require__(31229);
const thread_count_1 = __webpack_require__(58314);
const thread_pool_1 = __webpack_require__(64747);
/** Below this many bytes, starting threads costs more than it saves. */
const PARALLEL_THRESHOLD_BYTES = 4 * 1024 * 1024;
/** The source's text, or why it cannot be scanned. */
function textOf(source) {
    if (source.text !== undefined)
        return { text: source.text };
    if (!source.absPath)
        return { reason: 'unreadable: no content' };
    let buf;
    try {
        buf = node_fs_1.default.readFileSync(source.absPath);
    }
    catch (e) {
        // Removed or made unreadable since it was listed: reported, never silently passed.
        return { reason: `unreadable: ${e.code ?? 'read failed'}` };
    }
    const text = (0, decode_text_1.decodeText)(buf);
    return text === undefined ? { reason: skipped_1.BINARY_REASON } : { text };
}
/** Scans sources on this thread (also what each worker runs). */
function scanInline(sources) {
    const findings = [];
    const invalid = [];
    const skipped = [];
    for (const s of sources) {
        const read = textOf(s);
        if ('reason' in read) {
            skipped.push({ file: s.file, reason: read.reason });
            continue;
        }
        const r = (0, scan_source_1.scanSource)({ ...s, text: read.text });
        // One at a time: spreading a file's findings into push() passes each as an argument, and 100k+ arguments overflow the stack.
        for (const f of r.findings)
            findings.push(f);
        for (const i of r.invalid)
            invalid.push(i);
    }
    return { findings, invalid, binary: skipped.length, skipped };
}
const sizeOf = (s) => s.size ?? s.text?.length ?? 0;
async function scanSources(sources, options = {}) {
    const bytes = sources.reduce((n, s) => n + sizeOf(s), 0);
    const threads = (0, thread_count_1.threadCount)(options.workers, sources.length);
    if (!options.workerEntry || !node_fs_1.default.existsSync(options.workerEntry) || threads < 2 || bytes < PARALLEL_THRESHOLD_BYTES)
        return scanInline(sources);
    // Largest first onto the least-loaded share keeps the threads finishing together.
    const shares = Array.from({ length: threads }, () => ({ bytes: 0, sources: [] }));
    for (const s of [...sources].sort((a, b) => sizeOf(b) - sizeOf(a))) {
        const share = shares.reduce((min, x) => (x.bytes < min.bytes ? x : min));
        share.sources.push(s);
        share.bytes += sizeOf(s);
    }
    // The calling thread scans the first share itself while threads - 1 workers scan the others: it
    // would only wait otherwise, and a worker more costs its start (loading and compiling the scanner).
    const [own, ...others] = shares;
    const running = Promise.all(others.map((share) => (0, thread_pool_1.runWorker)(options.workerEntry, share.sources, 'secret scanner').answer));
    // Should this thread's scan throw, that error is the one reported; a worker's failure after it
    // would add nothing (and must not surface as an unhandled rejection).
    running.catch(() => undefined);
    const mine = scanInline(own.sources);
    const results = [mine, ...(await running)];
    return {
        findings: results.flatMap((r) => r.findings),
        invalid: results.flatMap((r) => r.invalid),
        binary: results.reduce((n, r) => n + r.binary, 0),
        skipped: results.flatMap((r) => r.skipped),
    };
}


/***/ }),

/***/ 58314:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.coreCount = coreCount;
exports.threadCount = threadCount;
/** How many threads a run uses; apart from thread-pool.ts, so that deciding loads no worker code. */
const node_os_1 = __importDefault(__webpack_require__(48161));
/** The cores this process may use. */
function coreCount() {
    return node_os_1.default.availableParallelism?.() ?? node_os_1.default.cpus().length;
}
/** Threads to use: `requested`, else one per core; at least one, at most one per item. */
function threadCount(requested, items) {
    return Math.max(1, Math.min(requested ?? coreCount(), items));
}


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

/***/ 80375:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SARIF_CATEGORY = exports.FINGERPRINT_KEY = exports.SARIF_SCHEMA_URI = void 0;
exports.renderSarif = renderSarif;
exports.buildSarif = buildSarif;
exports.pascalCase = pascalCase;
exports.normalizeUri = normalizeUri;
/**
 * SARIF 2.1.0 (`--format sarif`) for GitHub code scanning and other SARIF viewers. Every known check
 * is listed as a rule (so code scanning can show its help for any alert), results point at
 * repository-relative URIs under %SRCROOT%, and partial fingerprints leave the line out so an alert
 * follows its finding when lines above it move.
 */
const node_crypto_1 = __webpack_require__(77598);
const catalogue_1 = __webpack_require__(78672);
const types_1 = __webpack_require__(15200);
const channel_budgets_1 = __webpack_require__(4882);
const summary_1 = __webpack_require__(26942);
exports.SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key; bump the version if the hashed fields ever change. */
exports.FINGERPRINT_KEY = 'stackgate/v1';
/**
 * `runs[].automationDetails.id` of each kind of run. Code scanning keeps one analysis per tool and
 * category, and rejects an upload holding two runs of the same tool and category: validate and
 * secrets runs differ by theirs. The trailing `/` makes the whole id the category (no run id after it).
 */
exports.SARIF_CATEGORY = { validate: 'stackgate/validate/', secrets: 'stackgate/secrets/' };
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning shows rules with a `security-severity` as security alerts, ranked by it. */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', info: '2.0' };
function renderSarif(findings, checks, options) {
    return `${JSON.stringify(buildSarif(findings, checks, options), null, 2)}\n`;
}
function buildSarif(findings, checks, options) {
    const kept = (0, channel_budgets_1.selectMostSevere)(findings, options.maxResults ?? channel_budgets_1.SARIF_RESULT_LIMIT);
    const sorted = (0, summary_1.sortFindings)(kept.shown);
    const known = [...checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const rules = known.map((c) => ruleOf(c, options));
    const ruleIndex = new Map(known.map((c, i) => [c.id, i]));
    // A finding from a check missing from the list (an alias, a plugin) still needs a rule to point at.
    for (const f of sorted) {
        if (ruleIndex.has(f.checkId))
            continue;
        ruleIndex.set(f.checkId, rules.length);
        rules.push(unknownRuleOf(f));
    }
    const occurrences = new Map();
    const results = sorted.map((f) => {
        const identity = [f.checkId, normalizeUri(f.file), f.message].join('\u0000');
        const n = (occurrences.get(identity) ?? 0) + 1;
        occurrences.set(identity, n);
        return resultOf(f, ruleIndex.get(f.checkId), `${sha256(identity)}:${n}`);
    });
    return {
        $schema: exports.SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'stackgate',
                        version: options.toolVersion,
                        semanticVersion: /^\d+\.\d+\.\d+/.test(options.toolVersion) ? options.toolVersion : undefined,
                        informationUri: options.informationUri,
                        rules,
                    },
                },
                automationDetails: { id: options.category },
                originalUriBaseIds: {
                    '%SRCROOT%': options.srcRootUri
                        ? { uri: options.srcRootUri.endsWith('/') ? options.srcRootUri : `${options.srcRootUri}/` }
                        : { description: { text: 'The root of the repository that was validated.' } },
                },
                columnKind: 'utf16CodeUnits',
                ...(kept.omitted
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        descriptor: { id: 'stackgate/results-omitted' },
                                        message: {
                                            text: `${kept.omitted} of ${findings.length} results were left out of this run (at most ${options.maxResults ?? channel_budgets_1.SARIF_RESULT_LIMIT}, the most severe kept); run stackgate with --format json for all of them.`,
                                        },
                                    },
                                ],
                            },
                        ],
                    }
                    : {}),
                results,
            },
        ],
    };
}
function ruleOf(check, options) {
    const { title, rationale, remediation, category, severity } = check.meta;
    const helpUri = options.helpUriBase ? `${options.helpUriBase}#${(0, catalogue_1.anchorOf)(check.id)}` : undefined;
    const tags = [category, (0, types_1.domainOf)(check.id)];
    if (check.meta.productionOnly)
        tags.push('production');
    return {
        id: check.id,
        name: pascalCase(check.id),
        shortDescription: { text: title },
        fullDescription: { text: rationale },
        help: {
            text: `${rationale}\n\nHow to fix: ${remediation}`,
            markdown: `${rationale}\n\n**How to fix:** ${remediation}${helpUri ? `\n\n[Documentation](${helpUri})` : ''}`,
        },
        helpUri,
        defaultConfiguration: { level: LEVEL[severity] },
        properties: {
            category,
            tags,
            ...(category === 'security' ? { 'security-severity': SECURITY_SEVERITY[severity] } : {}),
        },
    };
}
function unknownRuleOf(f) {
    return {
        id: f.checkId,
        name: pascalCase(f.checkId),
        shortDescription: { text: f.checkId },
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: { category: f.category, tags: [f.category] },
    };
}
function resultOf(f, ruleIndex, fingerprint) {
    const startLine = Math.max(1, Math.trunc(f.line) || 1);
    const startColumn = Math.max(1, Math.trunc(f.column) || 1);
    const region = { startLine, startColumn };
    if (typeof f.endLine === 'number' && f.endLine >= startLine)
        region.endLine = f.endLine;
    if (typeof f.endColumn === 'number' && f.endColumn >= 1 && ((region.endLine ?? startLine) > startLine || f.endColumn >= startColumn)) {
        region.endColumn = f.endColumn;
    }
    const properties = {};
    if (f.environments?.length)
        properties.environments = [...f.environments];
    if (f.subject)
        properties.subject = f.subject;
    return {
        ruleId: f.checkId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: normalizeUri(f.file), uriBaseId: '%SRCROOT%' }, region } }],
        partialFingerprints: { [exports.FINGERPRINT_KEY]: fingerprint },
        ...(Object.keys(properties).length ? { properties } : {}),
    };
}
/** `compose/healthcheck-missing` -> `ComposeHealthcheckMissing` */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/**
 * A repository-relative path as a relative URI reference: forward slashes, no leading `./` or `/`,
 * and each segment percent-encoded (spaces, `#`, `?`, `%` and non-ASCII would otherwise break it).
 */
function normalizeUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/%(40|2B|3D|2C|3B|24|26)/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))))
        .join('/');
}
function sha256(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text, 'utf8').digest('hex');
}


/***/ }),

/***/ 47229:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scanComposeEnvironment = scanComposeEnvironment;
/**
 * Compose files: every literal a service's `environment:` (or `build.args`) gives a secret-sounding
 * variable is judged as `compose/hardcoded-secret` judges it, by the key-name detector (long and
 * varied enough, not a placeholder such as `changeme`, `${VAR}` or `<password>`), so `stackgate
 * secrets` and `stackgate validate` agree on `MYSQL_ROOT_PASSWORD: somewordpress`. An environment
 * value is a literal: a lowercase word there is the password, not the name of something (the line
 * scan, which cannot tell, keeps such words quiet). References, paths, masked values and the other
 * forms of not-a-secret.ts stay quiet here too. A password in a URL there (`DATABASE_URL:
 * mysql://root:…@db`) is judged as the service's PASSWORD variable would be. Findings point at the value.
 */
const _list_or_map_1 = __webpack_require__(86214);
const yaml_tree_1 = __webpack_require__(43183);
const generic_1 = __webpack_require__(17396);
const key_name_1 = __webpack_require__(47116);
const not_a_secret_1 = __webpack_require__(9255);
const scan_1 = __webpack_require__(13968);
/** compose.yaml, docker-compose.yml, compose.prod.yml, docker-compose.override.yaml. */
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:\.[\w.-]+)?\.ya?ml$/i;
const FIELDS = [['environment'], ['build', 'args']];
function scanComposeEnvironment(file, text, options) {
    if (options.generic === false || !COMPOSE_FILE.test(file) || !/^services:/m.test(text))
        return [];
    const out = [];
    let lines;
    for (const doc of (0, yaml_tree_1.parseYaml)(file, text).documents) {
        const services = (0, yaml_tree_1.getNode)(doc.root, ['services']);
        if (services?.kind !== 'map')
            continue;
        for (const [service, node] of services.entries) {
            for (const field of FIELDS) {
                const values = (0, yaml_tree_1.getNode)(node, field);
                for (const entry of (0, _list_or_map_1.listOrMapEntries)(values)) {
                    const at = (0, yaml_tree_1.getNode)(values, entry.path)?.loc;
                    if (entry.value === null || !at || (options.lines && !options.lines.has(at.line)))
                        continue;
                    for (const c of candidates(entry.key, entry.value.trim())) {
                        if (!isLiteralSecret(c.key, c.value, options))
                            continue;
                        const found = (lines ??= text.split('\n'))[at.line - 1]?.indexOf(c.value, at.column - 1) ?? -1;
                        const column = found >= 0 ? found + 1 : at.column;
                        const description = `secret assigned to ${c.what} in the environment of service ${service}`;
                        out.push({ ruleId: c.ruleId, provider: 'generic', description, file, line: at.line, column, endColumn: column + c.value.length, value: c.value });
                    }
                }
            }
        }
    }
    return out;
}
/** What an environment entry may hold: its value, and the password of each URL in it (judged as a PASSWORD variable). */
function candidates(key, value) {
    const out = [{ ruleId: 'generic-secret-assignment', key, value, what: key }];
    for (const m of value.includes('://') ? value.matchAll(generic_1.URL_CREDENTIALS) : [])
        out.push({ ruleId: 'generic-url-credentials', key: 'PASSWORD', value: m.groups.pass, what: `a URL in ${key}` });
    return out;
}
/** The judgement of compose/hardcoded-secret (the key-name detector), and none of not-a-secret.ts's forms but a test value. */
function isLiteralSecret(key, value, options) {
    if (!key_name_1.keyNameEntropyDetector.detect({ key, value }) || (0, scan_1.isKnownFake)(value, options.rules))
        return false;
    return !(0, not_a_secret_1.notALiteralSecret)({ value, quoted: true, after: '' });
}


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
const not_a_secret_1 = __webpack_require__(9255);
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
            if (!decoded || (0, not_a_secret_1.isPlaceholderOrReference)(decoded))
                continue;
            const position = { file, line: at.line, column: at.column, endColumn: at.column + key.length, encoding: 'base64' };
            const byRule = (0, scan_1.scanText)(file, decoded, { ...options, lines: undefined });
            if (byRule.length) {
                for (const f of byRule)
                    out.push({ ...f, ...position });
                continue;
            }
            const envKey = key.replace(/[.-]/g, '_');
            // Judged as a literal (never code): a reference, path, URL, masked or test value is no secret.
            if ((0, not_a_secret_1.notASecret)({ value: decoded.trim(), quoted: true, after: '' }))
                continue;
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
 * count. Runs the rules, the generic detectors, the Kubernetes Secret decoder and the Compose
 * environment judge, then applies the file's inline `stackgate-ignore secrets:<rule-id> <reason>`
 * comments. Pure: safe in worker threads.
 */
const suppress_1 = __webpack_require__(28311);
const compose_environment_1 = __webpack_require__(47229);
const ids_1 = __webpack_require__(92387);
const kubernetes_secret_1 = __webpack_require__(47762);
const index_1 = __webpack_require__(62117);
const scan_1 = __webpack_require__(13968);
let knownIds;
function scanSource(source, options = {}) {
    const lines = source.lines ? new Set(source.lines) : undefined;
    const scanOptions = { rules: index_1.SECRET_RULES, generic: options.generic, maxDecodeDepth: options.maxDecodeDepth, lines };
    // Secret data first: its findings point at the data key, and win over the same value decoded in place.
    // Compose environment last: a rule's finding of the same value on the same line wins over it.
    const found = [
        ...(0, kubernetes_secret_1.scanKubernetesSecrets)(source.file, source.text, scanOptions),
        ...(0, scan_1.scanText)(source.file, source.text, scanOptions),
        ...(0, compose_environment_1.scanComposeEnvironment)(source.file, source.text, scanOptions),
    ];
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

/***/ 31229:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BINARY_REASON = void 0;
exports.renderSkippedText = renderSkippedText;
exports.renderSkippedMarkdown = renderSkippedMarkdown;
exports.withSkippedNotifications = withSkippedNotifications;
const markdown_1 = __webpack_require__(34201);
const sarif_1 = __webpack_require__(80375);
/** The reason every reader gives for a file that is not text. */
exports.BINARY_REASON = 'binary (a NUL byte in its first 8 KB)';
/** Text output: one line per skipped file after the findings, or nothing. */
function renderSkippedText(skipped) {
    if (!skipped.length)
        return '';
    return `\nnot scanned (${skipped.length} ${skipped.length === 1 ? 'file' : 'files'}):\n${skipped.map((s) => `  ${s.file}: ${s.reason}\n`).join('')}`;
}
/** Markdown (job summary): a list of the skipped files, or nothing. */
function renderSkippedMarkdown(skipped) {
    if (!skipped.length)
        return '';
    return `\n**Not scanned** (${skipped.length} ${skipped.length === 1 ? 'file' : 'files'}):\n\n${skipped.map((s) => `- \`${(0, markdown_1.escapeCode)(s.file)}\`: ${(0, markdown_1.escapeInline)(s.reason)}\n`).join('')}`;
}
/** A SARIF log with one tool execution notification per skipped file, pointing at it (code scanning lists them under the analysis). */
function withSkippedNotifications(log, skipped) {
    const run = log.runs[0];
    if (!skipped.length || !run)
        return log;
    const notifications = skipped.map((s) => ({
        level: 'warning',
        descriptor: { id: 'stackgate/file-not-scanned' },
        message: { text: `${s.file} was not scanned: ${s.reason}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: (0, sarif_1.normalizeUri)(s.file), uriBaseId: '%SRCROOT%' } } }],
    }));
    const [first, ...rest] = run.invocations ?? [{ executionSuccessful: true }];
    const invocation = { ...first, toolExecutionNotifications: [...(first.toolExecutionNotifications ?? []), ...notifications] };
    return { ...log, runs: [{ ...run, invocations: [invocation, ...rest] }, ...log.runs.slice(1)] };
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