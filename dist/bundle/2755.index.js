"use strict";
exports.id = 2755;
exports.ids = [2755];
exports.modules = {

/***/ 13984:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createHelmRenderer = createHelmRenderer;
exports.describeFailure = describeFailure;
/**
 * Runs the real `helm template` on a chart directory for validate()'s `externalTools.helm`: the
 * chart's own values, the default release name, a placeholder namespace (validate drops it: the release's
 * namespace is chosen at install time), no network (dependencies must be in charts/ already;
 * helm says so when they are not, and validate reports the chart as not rendered).
 */
const node_child_process_1 = __webpack_require__(31421);
const helm_charts_1 = __webpack_require__(98644);
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_MESSAGE_CHARS = 600;
function createHelmRenderer(options = {}) {
    const binary = options.binary ?? 'helm';
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let isMissing = false;
    return (absChartDir) => {
        if (isMissing)
            return undefined;
        const res = (0, node_child_process_1.spawnSync)(binary, ['template', absChartDir, '--namespace', helm_charts_1.RELEASE_NAMESPACE_PLACEHOLDER], {
            encoding: 'utf8',
            timeout: timeoutMs,
            maxBuffer: 64 * 1024 * 1024,
            windowsHide: true,
        });
        if (res.error) {
            const code = res.error.code;
            if (code === 'ENOENT') {
                isMissing = true;
                return undefined;
            }
            return { ok: false, message: code === 'ETIMEDOUT' ? `helm did not finish within ${timeoutMs} ms` : `could not run ${binary}: ${res.error.message}` };
        }
        if (res.status === 0)
            return { ok: true, stdout: res.stdout ?? '' };
        return { ok: false, message: describeFailure(res.stderr ?? '', absChartDir, res.status ?? res.signal) };
    };
}
/** helm's error without its `Error: ` prefix, the chart's absolute path or helm's debug hint, on one line. */
function describeFailure(stderr, absChartDir, status) {
    const text = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !/^Use --debug flag/i.test(l))
        .join('; ')
        .replace(/^Error:\s*/i, '')
        .split(`${absChartDir}/`)
        .join('')
        .split(absChartDir)
        .join('.');
    if (!text)
        return `helm exited with status ${status}`;
    return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}


/***/ }),

/***/ 40592:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createKustomizeRenderer = createKustomizeRenderer;
exports.describeKustomizeFailure = describeKustomizeFailure;
/**
 * Runs the real `kubectl kustomize` on an overlay for validate()'s `externalTools.kustomize`. The
 * overlay is built through a throw-away kustomization (in the system's temporary directory) that
 * includes it with `buildMetadata: [originAnnotations]`, so every built object says which file it
 * came from; kustomize needs relative paths for that, hence LoadRestrictionsNone. Offline: remote
 * bases fail, and validate reports the failure.
 */
const node_child_process_1 = __webpack_require__(31421);
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_MESSAGE_CHARS = 600;
function createKustomizeRenderer(options = {}) {
    const binary = options.binary ?? 'kubectl';
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let isMissing = false;
    return (absDir) => {
        if (isMissing)
            return undefined;
        const wrapper = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), 'stackgate-kustomize-'));
        try {
            const overlay = node_path_1.default.relative(wrapper, absDir).split(node_path_1.default.sep).join('/');
            node_fs_1.default.writeFileSync(node_path_1.default.join(wrapper, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nbuildMetadata: [originAnnotations]\nresources:\n  - ${JSON.stringify(overlay)}\n`);
            const res = (0, node_child_process_1.spawnSync)(binary, ['kustomize', '--load-restrictor=LoadRestrictionsNone', wrapper], {
                encoding: 'utf8',
                timeout: timeoutMs,
                maxBuffer: 64 * 1024 * 1024,
                windowsHide: true,
            });
            if (res.error) {
                const code = res.error.code;
                if (code === 'ENOENT') {
                    isMissing = true;
                    return undefined;
                }
                return {
                    ok: false,
                    message: code === 'ETIMEDOUT' ? `kubectl kustomize did not finish within ${timeoutMs} ms` : `could not run ${binary}: ${res.error.message}`,
                };
            }
            if (res.status === 0)
                return { ok: true, stdout: res.stdout ?? '', originDir: wrapper };
            return { ok: false, message: describeKustomizeFailure(res.stderr ?? '', wrapper, absDir, res.status ?? res.signal, overlay) };
        }
        finally {
            node_fs_1.default.rmSync(wrapper, { recursive: true, force: true });
        }
    };
}
/** kubectl's error on one line: its log prefix, deprecation warnings and the temporary paths removed. */
function describeKustomizeFailure(stderr, wrapper, absDir, status, overlay = '') {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !/^# Warning:/.test(l))
        .map((l) => l
        .replace(/^E\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\]\s*/, '')
        .replace(/^"command failed" err="(.*)"$/, '$1')
        .replace(/^error:\s*/i, ''))
        .join('; ');
    // Paths as the machine has them, longest first: the overlay as the throw-away kustomization names it
    // (from the temporary directory), files under the overlay, the overlay itself, the temporary directory.
    const replacements = [
        ...(overlay ? [[`'${overlay}'`, "'.'"]] : []),
        [`${absDir}/`, ''],
        [absDir, '.'],
        [wrapper, '<overlay>'],
    ];
    const text = replacements.reduce((t, [from, to]) => t.split(from).join(to), lines);
    if (!text)
        return `kubectl kustomize exited with status ${status}`;
    return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}


/***/ }),

/***/ 4769:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createPromtoolRunner = createPromtoolRunner;
exports.parseOutput = parseOutput;
exports.normalizeBlock = normalizeBlock;
/**
 * Runs the real `promtool check rules|config` and turns its output into per-file results for
 * validate()'s `externalTools.promtool`. promtool prints `Checking <file>` on stdout for every file,
 * followed by `SUCCESS: ...` when it passed; failures go to stderr as one `FAILED:` block per failed
 * file, in the same order. Messages are rewritten to start with `line N, column M:` whenever the
 * position is known (from promtool itself or by finding the rule or value it names in the file), so
 * the engine can point at the line.
 */
const node_child_process_1 = __webpack_require__(31421);
const node_fs_1 = __importDefault(__webpack_require__(73024));
const yaml_1 = __webpack_require__(38815);
const DEFAULT_TIMEOUT_MS = 60_000;
function createPromtoolRunner(options = {}) {
    const binary = options.binary ?? 'promtool';
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let supportsLintFlag = true;
    const spawn = (mode, files) => {
        // --syntax-only: referenced rule files are checked on their own, and credential or TLS files
        // named in the config usually exist only where Prometheus runs.
        // --lint=none: duplicate rules are reported by monitoring/duplicate-rule, and lint output has no file prefix.
        const args = mode === 'rules' ? ['check', 'rules', ...(supportsLintFlag ? ['--lint=none'] : []), ...files] : ['check', 'config', '--syntax-only', ...files];
        return (0, node_child_process_1.spawnSync)(binary, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, windowsHide: true });
    };
    const runBatch = (mode, files) => {
        let res = spawn(mode, files);
        if (!res.error && mode === 'rules' && supportsLintFlag && /unknown long flag '--lint'/.test(res.stderr ?? '')) {
            // promtool before 2.34 has no --lint; it does not lint either.
            supportsLintFlag = false;
            res = spawn(mode, files);
        }
        if (res.error) {
            const code = res.error.code;
            if (code === 'ENOENT')
                return undefined;
            const detail = code === 'ETIMEDOUT' ? `promtool did not finish within ${timeoutMs} ms` : `could not run ${binary}: ${res.error.message}`;
            return files.map((file) => ({ file, ok: false, messages: [detail] }));
        }
        const stdout = res.stdout ?? '';
        const stderr = res.stderr ?? '';
        const parsed = parseOutput(stdout, stderr, files);
        if (parsed)
            return parsed.map((r) => ({ ...r, messages: r.ok ? r.messages : locateMessages(r.file, r.messages) }));
        // Output we cannot attribute (a usage error such as a missing file aborts the whole run).
        if (files.length > 1) {
            const out = [];
            for (const f of files) {
                const one = runBatch(mode, [f]);
                if (!one)
                    return undefined;
                out.push(...one);
            }
            return out;
        }
        const text = `${stderr}\n${stdout}`
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l && !/^Checking /.test(l) && !/^FAILED:?$/.test(l));
        const ok = res.status === 0;
        return [
            {
                file: files[0],
                ok,
                messages: ok ? [] : text.length ? text.map((l) => stripPrefixes(l, files[0])) : [`promtool exited with status ${res.status ?? res.signal}`],
            },
        ];
    };
    return (mode, absFiles) => (absFiles.length ? runBatch(mode, absFiles) : []);
}
/** Results per file, or undefined when the output cannot be attributed to the files reliably. */
function parseOutput(stdout, stderr, files) {
    const checked = [];
    for (const line of stdout.split(/\r?\n/)) {
        const m = /^Checking (.+)$/.exec(line);
        if (m)
            checked.push({ file: m[1], ok: false });
        else if (/^\s*SUCCESS\b/.test(line) && checked.length)
            checked[checked.length - 1].ok = true;
    }
    if (checked.length !== files.length || checked.some((c, i) => c.file !== files[i]))
        return undefined;
    const blocks = [];
    for (const line of stderr.split(/\r?\n/)) {
        const m = /^\s*FAILED:\s*(.*)$/.exec(line);
        if (m) {
            blocks.push(m[1] ? [m[1]] : []);
            continue;
        }
        if (!line.trim())
            continue;
        if (!blocks.length)
            return undefined;
        blocks[blocks.length - 1].push(line);
    }
    const failed = checked.filter((c) => !c.ok);
    if (failed.length !== blocks.length)
        return undefined;
    let b = 0;
    return checked.map((c) => (c.ok ? { file: c.file, ok: true, messages: [] } : { file: c.file, ok: false, messages: normalizeBlock(blocks[b++], c.file) }));
}
/** One message per problem: file prefixes removed, `5:15: ...` turned into `line 5, column 15: ...`, unmarshal lists split. */
function normalizeBlock(lines, file) {
    const out = [];
    let header;
    for (const raw of lines) {
        const indented = /^\s/.test(raw);
        const text = stripPrefixes(raw.trim(), file);
        if (indented && header !== undefined) {
            // "yaml: unmarshal errors:" followed by "  line 6: field x not found ...".
            if (out[out.length - 1] === header)
                out.pop();
            out.push(`${header} ${text}`);
            continue;
        }
        header = text.endsWith(':') ? text : undefined;
        out.push(text);
    }
    const messages = [...new Set(out.filter(Boolean))];
    return messages.length ? messages : ['promtool reported a failure without details'];
}
function stripPrefixes(text, file) {
    let t = text;
    if (t.startsWith(`${file}: `))
        t = t.slice(file.length + 2);
    const parsing = `parsing YAML file ${file}: `;
    if (t.startsWith(parsing))
        t = t.slice(parsing.length);
    const pos = /^(\d+):(\d+): (.*)$/.exec(t);
    if (pos)
        t = `line ${pos[1]}, column ${pos[2]}: ${pos[3]}`;
    return t;
}
/** Adds `line N:` to messages without a position when the rule or value they name can be found in the file. */
function locateMessages(file, messages) {
    if (messages.every((m) => /\bline \d+/.test(m)))
        return messages;
    let text;
    try {
        text = node_fs_1.default.readFileSync(file, 'utf8');
    }
    catch {
        // The file vanished or is unreadable: keep promtool's words, the engine reports line 1.
        return messages;
    }
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter, uniqueKeys: false });
    return messages.map((m) => {
        if (/\bline \d+/.test(m))
            return m;
        const offset = findOffset(doc.contents, m);
        return offset === undefined ? m : `line ${lineCounter.linePos(offset).line}: ${m}`;
    });
}
function findOffset(root, message) {
    if (!root)
        return undefined;
    const ruleRef = /group "((?:[^"\\]|\\.)*)", rule (\d+)/.exec(message);
    if (ruleRef) {
        const rule = findRule(root, JSON.parse(`"${ruleRef[1]}"`), Number(ruleRef[2]) - 1);
        if (rule) {
            const annotation = /annotation "([^"]+)"/.exec(message)?.[1];
            const label = /invalid label name: (\S+)/.exec(message)?.[1] ?? /label "([^"]+)"/.exec(message)?.[1];
            const inner = (annotation && keyOffset(rule, 'annotations', annotation)) ?? (label && keyOffset(rule, 'labels', label));
            return typeof inner === 'number' ? inner : rule.range?.[0];
        }
    }
    const quoted = [...message.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
    const value = quoted[quoted.length - 1];
    if (value === undefined)
        return undefined;
    const hits = [];
    (0, yaml_1.visit)(root, {
        Scalar(_key, node) {
            if (String(node.value) === value && node.range)
                hits.push(node.range[0]);
        },
    });
    // "found multiple scrape configs with job name "a"", "groupname: "g" is repeated": the second one is the problem.
    if (/multiple|repeated|duplicate/.test(message) && hits.length > 1)
        return hits[1];
    return hits[0];
}
function findRule(root, groupName, index) {
    if (!(0, yaml_1.isMap)(root))
        return undefined;
    const groups = root.get('groups', true);
    if (!(0, yaml_1.isSeq)(groups))
        return undefined;
    for (const g of groups.items) {
        if (!(0, yaml_1.isMap)(g))
            continue;
        const name = g.get('name', true);
        if (!(0, yaml_1.isScalar)(name) || String(name.value) !== groupName)
            continue;
        const rules = g.get('rules', true);
        const rule = (0, yaml_1.isSeq)(rules) ? rules.items[index] : undefined;
        return rule ? rule : undefined;
    }
    return undefined;
}
function keyOffset(rule, section, key) {
    if (!(0, yaml_1.isMap)(rule))
        return undefined;
    const map = rule.get(section, true);
    if (!(0, yaml_1.isMap)(map))
        return undefined;
    for (const pair of map.items) {
        if ((0, yaml_1.isScalar)(pair.key) && String(pair.key.value) === key)
            return pair.key.range?.[0];
    }
    return undefined;
}


/***/ }),

/***/ 63008:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PARALLEL_THRESHOLD_BYTES = void 0;
exports.prepareThreadCount = prepareThreadCount;
/**
 * How many threads validate prepares a repository's files on (prepare-pool.ts), decided without
 * loading the worker code: a run on one thread never loads it.
 *
 * By default a repository of PARALLEL_THRESHOLD_BYTES of files or more gets a thread on every core
 * but one, a smaller one a single thread. One thread already keeps more than a core busy: V8 collects
 * its garbage and compiles its hot code on helper threads (validate on one thread used 3.4 s of CPU
 * in 2.5 s on the benchmark's 5,000 manifests). On 2 cores a worker thread only competes with them,
 * and pays its own start (loading the checks and the Kubernetes models, warming up the JIT): it was
 * slower than one thread there (docs/benchmarks.md, Threads). `--workers` sets the threads.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const thread_count_1 = __webpack_require__(58314);
/** Below this many bytes of files, validate runs on one thread unless told how many to use. */
exports.PARALLEL_THRESHOLD_BYTES = 1024 * 1024;
/** The threads to prepare `files` on, this one included; 1 without the worker's file (running from the sources). */
function prepareThreadCount(files, options) {
    const bytes = files.reduce((n, f) => n + f.text.length, 0);
    const threads = (0, thread_count_1.threadCount)(options.threads ?? (bytes >= exports.PARALLEL_THRESHOLD_BYTES ? (0, thread_count_1.coreCount)() - 1 : 1), files.length);
    return threads > 1 && options.workerEntry && node_fs_1.default.existsSync(options.workerEntry) ? threads : 1;
}


/***/ }),

/***/ 99574:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PROMTOOL_MODES = exports.FAIL_ON = void 0;
exports.validateRepository = validateRepository;
/**
 * The validate use case (the validate action, `stackgate validate`): read the checked stackgate.yml,
 * settle fail-on and the promtool mode (an input or flag over the config), list what changed when the
 * event has a commit range, run every check, and say whether a finding reaches fail-on. Findings come
 * back redacted, with the secrets they would have quoted as values to mask.
 *
 * The config is the nearest stackgate.yml at or above the path (never above the git top level), so
 * the results do not depend on the working directory; a subdirectory with a stackgate.yml of its
 * own is validated under that one.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const errors_1 = __webpack_require__(74296);
const findings_1 = __webpack_require__(44637);
const discover_1 = __webpack_require__(23866);
const nearest_config_1 = __webpack_require__(16595);
const config_1 = __webpack_require__(38134);
const run_1 = __webpack_require__(33355);
const workspace_1 = __webpack_require__(6936);
const prepare_threads_1 = __webpack_require__(63008);
const changed_files_1 = __webpack_require__(19485);
exports.FAIL_ON = ['error', 'warning', 'info', 'never'];
exports.PROMTOOL_MODES = ['auto', 'always', 'never'];
async function validateRepository(options, ports) {
    const { log } = ports;
    const now = ports.now ?? Date.now;
    // The nearest stackgate.yml at or above the path governs it (a --config names one outright): the
    // run reads the tree of that config and reports the findings under the path, relative to it.
    // A path that config's tree leaves out (git ignores it) is validated as a tree of its own: named
    // outright, it is validated, never silently dropped.
    const governing = (!options.configPath && (0, nearest_config_1.nearestConfigDirectory)(options.root)) || options.root;
    const governingSubtree = node_path_1.default.relative(governing, options.root).split(node_path_1.default.sep).join('/');
    const ignoredThere = governingSubtree !== '' && (0, discover_1.isDirectoryIgnored)(governing, governingSubtree);
    const root = ignoredThere ? options.root : governing;
    const subtree = ignoredThere ? '' : governingSubtree;
    if (ignoredThere)
        log.info(`${governingSubtree}/ is ignored by git in ${governing}: validating it as a tree of its own, without ${node_path_1.default.join(governing, 'stackgate.yml')}`);
    const { config, file: configFile } = (0, config_1.loadCheckedConfig)(root, options.configPath);
    if (subtree)
        log.info(`${subtree}/ is governed by ${node_path_1.default.join(root, configFile ?? 'stackgate.yml')}: validating that tree, reporting the findings under ${subtree}/`);
    const failOn = options.failOn ?? config.failOn;
    if (!isOneOf(exports.FAIL_ON, failOn))
        throw options.invalidInput('fail-on', failOn);
    if (options.promtool !== undefined && !isOneOf(exports.PROMTOOL_MODES, options.promtool))
        throw options.invalidInput('promtool', options.promtool);
    const promtool = options.promtool;
    if (promtool !== undefined)
        config.monitoring.promtool = promtool;
    const changedInTree = options.changes && changedUnderRoot({ ...options.changes, prefix: treePrefix(options.changes.prefix, subtree) }, log);
    if (!options.changes && options.changedOnly)
        log.info('changed-only: this event has no commit range; validating every file');
    const givenFiles = options.files && new Set([...options.files].map((f) => (subtree ? `${subtree}/${f}` : f)));
    const files = options.changedOnly ? changedInTree : givenFiles;
    const started = now();
    const whole = await log.group('Validate', async () => validateTree(root, { config, file: configFile }, { only: options.only, files, scope: options.scope, promtool, workers: options.workers }, ports));
    const validation = subtree ? underSubtree(whole, subtree) : whole;
    const changed = changedInTree && subtree ? new Set([...changedInTree].filter((f) => f.startsWith(`${subtree}/`)).map((f) => f.slice(subtree.length + 1))) : changedInTree;
    const summary = {
        filesChecked: validation.stats.files,
        stacks: validation.stats.stacks,
        durationMs: now() - started,
        environments: validation.compose.environments.map((e) => e.name).filter((name) => name !== ''),
    };
    const failed = failOn !== 'never' && validation.findings.some((f) => (0, findings_1.isAtLeast)(f.severity, failOn));
    return { config, configFile, root, failOn, changed, validation, summary, failed };
}
/**
 * Validates the tree of one stackgate.yml: its own files under its config, and each subdirectory
 * with a stackgate.yml of its own as a tree of its own (left out of this one), its findings under
 * its path. A nested tree gets the checks of its files and stacks; the repository-level checks
 * (workflows, documents, coverage) are those of the outermost run.
 */
async function validateTree(root, loaded, options, ports) {
    // The files of the tree; read again without the nested trees when there are some (rarely).
    let listed = (0, run_1.listValidateFiles)(root, loaded.config);
    const nested = (0, nearest_config_1.nestedConfigDirectories)(listed.paths, loaded.config);
    const config = nested.length ? { ...loaded.config, exclude: [...loaded.config.exclude, ...nested.map((dir) => `${dir}/**`)] } : loaded.config;
    if (nested.length)
        listed = (0, run_1.listValidateFiles)(root, config);
    // Large trees are parsed, and their objects checked, on several cores first.
    const threads = (0, prepare_threads_1.prepareThreadCount)(listed.files, { workerEntry: ports.workerEntry, threads: options.workers });
    const { workspace, objectChecks } = threads > 1 && ports.workerEntry
        ? await prepareOnThreads(listed, { root, config, only: options.only, layout: listed.layout }, { workerEntry: ports.workerEntry, threads, isEveryThreadTaking: options.workers !== undefined }, ports.log)
        : { workspace: (0, workspace_1.buildWorkspace)(listed), objectChecks: undefined };
    const result = await (0, run_1.validateRepositoryFiles)({
        root,
        workspace,
        config,
        configFile: loaded.file,
        only: options.only,
        files: options.files,
        externalTools: ports.externalTools,
        scope: options.scope,
        objectChecks,
    });
    for (const dir of nested) {
        const inner = loadNestedConfig(root, dir);
        if (options.promtool !== undefined)
            inner.config.monitoring.promtool = options.promtool;
        ports.log.info(`${dir}/: validated with its own ${inner.file ?? 'stackgate.yml'}`);
        const files = options.files && new Set([...options.files].filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1)));
        const sub = await validateTree(node_path_1.default.join(root, dir), inner, { ...options, files, scope: 'files' }, ports);
        result.findings.push(...sub.findings.map((f) => ({ ...f, file: `${dir}/${f.file}` })));
        result.valuesToMask.push(...sub.valuesToMask);
        sub.evaluated.forEach((id) => result.evaluated.add(id));
        for (const key of Object.keys(result.stats))
            result.stats[key] += sub.stats[key];
    }
    if (nested.length)
        result.findings.sort(findings_1.compareFindings);
    return result;
}
/** The workspace of the listed files, prepared on `threads` threads (prepare-pool.ts: loaded only for them). */
async function prepareOnThreads(listed, prepare, options, log) {
    const prepared = await (await __webpack_require__.e(/* import() */ 3143).then(__webpack_require__.bind(__webpack_require__, 13143))).prepareOnThreads(listed, prepare, options);
    log.debug(`parsed and checked ${listed.files.length} files on ${prepared.perThread.length} threads (${prepared.perThread.join(' + ')})`);
    return prepared;
}
/** The config of a nested tree; its errors name the file by its path in the outer tree. */
function loadNestedConfig(root, dir) {
    try {
        return (0, config_1.loadCheckedConfig)(node_path_1.default.join(root, dir));
    }
    catch (e) {
        if (!(0, errors_1.isUserError)(e) || !e.file)
            throw e;
        const file = `${dir}/${e.file}`;
        throw new errors_1.UserError(e.message.split(`\n${e.file}:`).join(`\n${file}:`), { file, line: e.line, column: e.column, hint: e.hint });
    }
}
/**
 * The findings under `subtree` (a path inside the run's root), their files relative to it; and the
 * Compose stacks whose base file is under it, their files relative to it (the stacks a change
 * touches are listed from those). The effective stacks stay those of the whole tree.
 */
function underSubtree(result, subtree) {
    const prefix = `${subtree}/`;
    const relative = (file) => node_path_1.default.posix.relative(subtree, file);
    const findings = result.findings.filter((f) => f.file.startsWith(prefix)).map((f) => ({ ...f, file: f.file.slice(prefix.length) }));
    const stacks = result.compose.stacks
        .filter((s) => s.files[0]?.startsWith(prefix))
        .map((s) => ({
        ...s,
        files: s.files.map(relative),
        environments: Object.fromEntries(Object.entries(s.environments).map(([env, files]) => [env, files.map(relative)])),
        envFiles: s.envFiles.map(relative),
    }));
    return { ...result, findings, compose: { ...result.compose, stacks } };
}
/** The prefix (in the git workspace) of the tree's root: that of the path given, less the subtree. */
function treePrefix(prefix, subtree) {
    if (!subtree || !prefix.endsWith(subtree))
        return prefix;
    return prefix === subtree ? '' : prefix.endsWith(`/${subtree}`) ? prefix.slice(0, -subtree.length - 1) : prefix;
}
/** The changed files under root, relative to it; undefined (every file is validated) when git cannot list them. */
function changedUnderRoot({ workspace, range, prefix }, log) {
    try {
        const files = (0, changed_files_1.changedFiles)(workspace, range);
        log.info(`${files.length} files changed in ${range.base.slice(0, 7)}...${range.head.slice(0, 7)}`);
        return new Set(files.filter((f) => !prefix || f.startsWith(`${prefix}/`)).map((f) => (prefix ? f.slice(prefix.length + 1) : f)));
    }
    catch (e) {
        log.warning(`cannot list changed files (${(0, errors_1.toError)(e).message.split('\n')[0]}); fetch history with actions/checkout fetch-depth: 0. Validating every file.`);
        return undefined;
    }
}
function isOneOf(values, value) {
    return values.includes(value);
}


/***/ }),

/***/ 16595:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nearestConfigDirectory = nearestConfigDirectory;
exports.nestedConfigDirectories = nestedConfigDirectories;
/**
 * Which stackgate.yml governs a directory, so that results do not depend on the working directory:
 * the nearest one at or above it. The search stops at the top level of the git work tree the
 * directory is in (the nearest directory with a `.git`), so nothing outside the repository is read;
 * outside git it goes up to the filesystem root. Below the directory, a stackgate.yml of its own
 * makes a subdirectory a tree of its own (nestedConfigDirectories).
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const picomatch_1 = __importDefault(__webpack_require__(14006));
const read_1 = __webpack_require__(40812);
/** The directory at or above `dir` whose stackgate.yml (or .github/stackgate.yml) governs it; undefined when none does. */
function nearestConfigDirectory(dir) {
    for (let at = node_path_1.default.resolve(dir);; at = node_path_1.default.dirname(at)) {
        if (read_1.CONFIG_FILES.some((f) => isFile(node_path_1.default.join(at, f))))
            return at;
        // The top level of the work tree: what lies above is not the repository's.
        if (node_fs_1.default.existsSync(node_path_1.default.join(at, '.git')) || node_path_1.default.dirname(at) === at)
            return undefined;
    }
}
const NESTED_CONFIG = /^(.+?)\/(?:\.github\/)?stackgate\.ya?ml$/;
/**
 * The directories among a tree's files (`paths`: relative, `/`-separated, not git-ignored; a
 * workspace's paths) that hold a stackgate.yml of their own, within the outer config's `include`
 * and outside its `exclude`, sorted: only the outermost ones (a tree inside one of them is that
 * tree's business).
 */
function nestedConfigDirectories(paths, globs = {}) {
    const isIncluded = globs.include?.length ? (0, picomatch_1.default)([...globs.include], { dot: true }) : () => true;
    const isExcluded = globs.exclude?.length ? (0, picomatch_1.default)([...globs.exclude], { dot: true }) : () => false;
    const dirs = new Set();
    for (const file of paths) {
        const dir = NESTED_CONFIG.exec(file)?.[1];
        if (dir && !dir.split('/').includes('.github') && isIncluded(file) && !isExcluded(file))
            dirs.add(dir);
    }
    const sorted = [...dirs].sort();
    return sorted.filter((dir) => !sorted.some((outer) => outer !== dir && dir.startsWith(`${outer}/`)));
}
function isFile(abs) {
    try {
        return node_fs_1.default.statSync(abs).isFile();
    }
    catch {
        return false; // Missing or unreadable: not a config this directory has.
    }
}


/***/ }),

/***/ 22446:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderJson = renderJson;
/** Machine-readable output (`--format json`): a versioned envelope with counts and every finding. */
const findings_1 = __webpack_require__(44637);
const summary_1 = __webpack_require__(26942);
function renderJson(findings, summary) {
    const counts = (0, findings_1.countFindings)(findings);
    const report = {
        version: 1,
        summary: { errors: counts.error, warnings: counts.warning, info: counts.info, filesChecked: summary.filesChecked },
        findings: (0, summary_1.sortFindings)(findings).map(toJsonFinding),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** Copies the known fields in a fixed order, so the output never depends on how a finding was built. */
function toJsonFinding(f) {
    const out = { file: f.file, line: f.line, column: f.column };
    if (f.endLine !== undefined)
        out.endLine = f.endLine;
    if (f.endColumn !== undefined)
        out.endColumn = f.endColumn;
    out.checkId = f.checkId;
    if (f.messageId !== undefined)
        out.messageId = f.messageId;
    out.severity = f.severity;
    out.category = f.category;
    out.message = f.message;
    if (f.environments?.length)
        out.environments = [...f.environments];
    if (f.subject !== undefined)
        out.subject = f.subject;
    return out;
}


/***/ }),

/***/ 46490:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderJunit = renderJunit;
exports.escapeXmlText = escapeXmlText;
exports.escapeXmlAttribute = escapeXmlAttribute;
const findings_1 = __webpack_require__(44637);
const summary_1 = __webpack_require__(26942);
function renderJunit(findings, checks) {
    const byId = new Map(checks.map((c) => [c.id, c]));
    const sorted = (0, summary_1.sortFindings)(findings);
    const byFile = new Map();
    for (const f of sorted) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    const counts = (0, findings_1.countFindings)(sorted);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
    if (!sorted.length) {
        // An empty report reads as "no tests ran" in most UIs; say explicitly that everything passed.
        out.push('<testsuites name="stackgate" tests="1" failures="0" errors="0" skipped="0">', '  <testsuite name="stackgate" tests="1" failures="0" errors="0" skipped="0">', '    <testcase name="no problems found" classname="stackgate"/>', '  </testsuite>', '</testsuites>');
        return `${out.join('\n')}\n`;
    }
    out.push(`<testsuites name="stackgate" tests="${sorted.length}" failures="${counts.error + counts.warning}" errors="0" skipped="0">`);
    for (const [file, list] of byFile) {
        const fileCounts = (0, findings_1.countFindings)(list);
        out.push(`  <testsuite name="${escapeXmlAttribute(file)}" tests="${list.length}" failures="${fileCounts.error + fileCounts.warning}" errors="0" skipped="0">`);
        const names = testcaseNames(list);
        list.forEach((f, i) => {
            const open = `    <testcase name="${escapeXmlAttribute(names[i])}" classname="${escapeXmlAttribute(file)}" file="${escapeXmlAttribute(file)}" line="${f.line}">`;
            const detail = escapeXmlText(describe(f, byId.get(f.checkId)));
            if (f.severity === 'info') {
                out.push(open, `      <system-out>${detail}</system-out>`, '    </testcase>');
            }
            else {
                out.push(open, `      <failure message="${escapeXmlAttribute(f.message)}" type="${f.severity}">${detail}</failure>`, '    </testcase>');
            }
        });
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
}
/** `<check> at line N`, made unique inside the file (UIs merge test cases with the same name). */
function testcaseNames(list) {
    const tally = (names) => {
        const counts = new Map();
        for (const n of names)
            counts.set(n, (counts.get(n) ?? 0) + 1);
        return counts;
    };
    const base = list.map((f) => `${f.checkId} at line ${f.line}`);
    const baseCounts = tally(base);
    const withColumn = base.map((name, i) => ((baseCounts.get(name) ?? 0) > 1 ? `${name}, column ${list[i].column}` : name));
    const counts = tally(withColumn);
    const seen = new Map();
    return withColumn.map((name) => {
        if ((counts.get(name) ?? 0) < 2)
            return name;
        const n = (seen.get(name) ?? 0) + 1;
        seen.set(name, n);
        return `${name} (${n})`;
    });
}
function describe(f, check) {
    const lines = [`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`];
    if (f.environments?.length)
        lines.push(`Environments: ${f.environments.join(', ')}`);
    if (f.subject)
        lines.push(`Subject: ${f.subject}`);
    lines.push(`Check: ${f.checkId}${check ? ` (${check.meta.title})` : ''}`);
    if (check)
        lines.push(`How to fix: ${check.meta.remediation}`);
    return lines.join('\n');
}
/**
 * Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab, LF and
 * CR, lone surrogates, U+FFFE and U+FFFF. They are replaced with a visible `\uXXXX`.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function visible(c) {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** Escapes element content. */
function escapeXmlText(value) {
    return value.replace(NOT_XML_CHAR, visible).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
/** Escapes an attribute value (double-quoted); whitespace is kept through attribute-value normalisation. */
function escapeXmlAttribute(value) {
    return escapeXmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}


/***/ }),

/***/ 58115:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderText = renderText;
exports.printable = printable;
/**
 * Terminal output in the style of ESLint's "stylish" formatter: findings grouped under their file,
 * aligned `line:col  severity` columns followed by the message and the check id, a rollup of the
 * checks that fired (count, first location), and a closing summary line.
 *
 * With a `width` (the terminal's columns) a long message wraps under itself; without one (output
 * to a pipe or a file) every finding stays on one line, so grep and diff see whole findings.
 */
const node_util_1 = __webpack_require__(57975);
const findings_1 = __webpack_require__(44637);
const wrap_words_1 = __webpack_require__(23972);
const summary_1 = __webpack_require__(26942);
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue' };
function renderText(findings, options) {
    const paint = (style, text) => 
    // validateStream: false: the caller decided about colour (TTY, NO_COLOR, --color); don't re-check stdout here.
    options.color && text ? (0, node_util_1.styleText)(style, text, { validateStream: false }) : text;
    const sorted = (0, summary_1.sortFindings)(findings);
    const min = options.minSeverity;
    const shown = min ? sorted.filter((f) => (0, findings_1.isAtLeast)(f.severity, min)) : sorted;
    const out = [];
    const byFile = new Map();
    for (const f of shown) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    for (const [file, list] of byFile) {
        out.push(paint('underline', printable(file)));
        const rows = list.map((f) => {
            const envs = (0, summary_1.visibleEnvironments)(f, options.summary);
            return {
                severity: f.severity,
                line: String(f.line),
                column: String(f.column),
                message: printable(f.message) + (envs.length ? ` [${envs.map(printable).join(', ')}]` : ''),
                checkId: printable(f.checkId),
            };
        });
        const lineWidth = Math.max(...rows.map((r) => r.line.length));
        const columnWidth = Math.max(...rows.map((r) => r.column.length));
        const severityWidth = Math.max(...rows.map((r) => r.severity.length));
        // `  line:col  severity  `: continuation lines of a wrapped message start under the message.
        const indent = 2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2;
        for (const r of rows) {
            const position = paint('dim', `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`);
            const severity = paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(severityWidth));
            const lines = (0, wrap_words_1.wrapWords)(`${r.message}  ${r.checkId}`, options.width === undefined ? undefined : options.width - indent);
            const last = lines.length - 1;
            // The check id ends the last line, whole.
            lines[last] = `${lines[last].slice(0, lines[last].length - r.checkId.length)}${paint('dim', r.checkId)}`;
            out.push(`  ${position}  ${severity}  ${lines[0]}`, ...lines.slice(1).map((l) => `${' '.repeat(indent)}${l}`));
        }
        out.push('');
    }
    if (shown.length)
        out.push(...renderRollup(shown, paint), '');
    const coverage = (0, summary_1.describeCoverage)(options.summary);
    const problems = (0, summary_1.describeProblems)(sorted);
    const hidden = sorted.length - shown.length;
    const notShown = hidden && min ? `, ${hidden} below ${min} not shown` : '';
    if (problems) {
        const hasErrors = sorted.some((f) => f.severity === 'error');
        const hasWarnings = sorted.some((f) => f.severity === 'warning');
        const style = hasErrors ? ['red', 'bold'] : hasWarnings ? ['yellow', 'bold'] : ['blue', 'bold'];
        out.push(`${paint(style, `✖ ${problems}`)}${notShown} — ${coverage}`);
    }
    else {
        out.push(`${paint(['green', 'bold'], '✔ no problems')} — ${coverage}`);
    }
    return `${out.join('\n')}\n`;
}
/**
 * "Findings by check": each check that fired, most severe first and then the most frequent, with its count
 * and its first location (the order of the listing above).
 */
function renderRollup(findings, paint) {
    const byCheck = new Map();
    for (const f of findings) {
        const entry = byCheck.get(f.checkId);
        if (!entry)
            byCheck.set(f.checkId, { checkId: f.checkId, count: 1, severity: f.severity, first: f });
        else {
            entry.count++;
            if ((0, findings_1.isAtLeast)(f.severity, entry.severity))
                entry.severity = f.severity;
        }
    }
    const entries = [...byCheck.values()].sort((a, b) => (0, findings_1.severityRank)(b.severity) - (0, findings_1.severityRank)(a.severity) || b.count - a.count || a.checkId.localeCompare(b.checkId));
    const countWidth = Math.max(...entries.map((e) => String(e.count).length));
    const severityWidth = Math.max(...entries.map((e) => e.severity.length));
    const idWidth = Math.max(...entries.map((e) => printable(e.checkId).length));
    return [
        `Findings by check (${(0, summary_1.plural)(entries.length, 'check')}; count, first location)`,
        ...entries.map((e) => `  ${String(e.count).padStart(countWidth)}  ${paint(SEVERITY_STYLE[e.severity], e.severity.padEnd(severityWidth))}  ${printable(e.checkId).padEnd(idWidth)}  ${paint('dim', `${printable(e.first.file)}:${e.first.line}:${e.first.column}`)}`),
    ];
}
/**
 * One terminal-safe line: newlines and tabs become spaces, other control characters and
 * bidirectional overrides become visible escapes, so a file's content can't drive the terminal.
 */
function printable(text) {
    return text
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/\t/g, ' ')
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 23972:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Word wrapping for terminal text: lines of at most `width` columns, broken only at spaces. A word
 * longer than the width (a path, a URL, a check id) gets a line of its own and is never cut, so it
 * can still be copied whole. Columns are counted as UTF-16 code units: wide (East Asian) characters
 * count as one, so such a line may end up a little longer than the width.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MIN_WRAP_WIDTH = void 0;
exports.wrapWords = wrapWords;
/** Below this, wrapping would leave a column of single words: the text stays on one line. */
exports.MIN_WRAP_WIDTH = 30;
/** The lines of `text`; the spaces between words on one line are kept as written. */
function wrapWords(text, width) {
    if (width === undefined || width < exports.MIN_WRAP_WIDTH || text.length <= width)
        return [text];
    const lines = [];
    let current = '';
    let gap = '';
    for (const [, word, after] of text.matchAll(/(\S+)(\s*)/g)) {
        if (!current)
            current = word;
        else if (current.length + gap.length + word.length <= width)
            current += gap + word;
        else {
            lines.push(current);
            current = word;
        }
        gap = after;
    }
    lines.push(current);
    return lines;
}


/***/ }),

/***/ 54226:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HELP_URI_BASE = exports.FORMATS = void 0;
exports.parseFormat = parseFormat;
exports.renderFormat = renderFormat;
/** Renders a validate result in any supported format. */
const catalogue_1 = __webpack_require__(78672);
const index_1 = __webpack_require__(12293);
const errors_1 = __webpack_require__(74296);
const findings_1 = __webpack_require__(44637);
const json_1 = __webpack_require__(22446);
const junit_1 = __webpack_require__(46490);
const markdown_1 = __webpack_require__(34201);
const sarif_1 = __webpack_require__(80375);
const summary_1 = __webpack_require__(26942);
const text_1 = __webpack_require__(58115);
exports.FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'];
/** Each SARIF rule's helpUri is this plus `#<anchor>` (the check's section). */
exports.HELP_URI_BASE = catalogue_1.CHECKS_DOC_URL;
function parseFormat(value, where) {
    if (exports.FORMATS.includes(value))
        return value;
    throw new errors_1.UserError(`${where}: unknown format "${value}"`, { hint: `use one of ${exports.FORMATS.join(', ')}` });
}
function renderFormat(format, findings, summary, options) {
    switch (format) {
        case 'text':
            return (0, text_1.renderText)(findings, { color: options.color, summary, minSeverity: options.minSeverity, width: options.width });
        case 'json':
            return (0, json_1.renderJson)(findings, summary);
        case 'sarif':
            return (0, sarif_1.renderSarif)(findings, index_1.CHECKS, {
                toolVersion: options.toolVersion,
                category: sarif_1.SARIF_CATEGORY.validate,
                informationUri: 'https://github.com/stackgate/stackgate',
                helpUriBase: exports.HELP_URI_BASE,
            });
        case 'junit':
            return (0, junit_1.renderJunit)(findings, index_1.CHECKS);
        case 'markdown': {
            const min = options.minSeverity;
            const shown = min ? findings.filter((f) => (0, findings_1.isAtLeast)(f.severity, min)) : findings;
            const hidden = findings.length - shown.length;
            const markdown = (0, markdown_1.renderMarkdownSummary)(shown, summary, {
                title: 'stackgate validate',
                linkBase: options.linkBase,
                moreHint: options.moreHint,
                documentedChecks: new Set(index_1.CHECKS.map((c) => c.id)),
            });
            return hidden ? `${markdown}\n${(0, summary_1.plural)(hidden, 'finding')} below ${min} not shown (--min-severity).\n` : markdown;
        }
    }
}


/***/ })

};
;