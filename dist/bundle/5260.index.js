"use strict";
exports.id = 5260;
exports.ids = [5260];
exports.modules = {

/***/ 97694:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addBaseWorktree = addBaseWorktree;
exports.pruneStaleWorktrees = pruneStaleWorktrees;
/**
 * The temporary worktree `score --base` checks the base out into. It never outlives the run:
 *
 * - it is locked with the owning process id (`git worktree add --lock --reason "stackgate pid N"`);
 * - SIGINT, SIGTERM and SIGHUP remove it before the process ends with the signal;
 * - a run that was killed outright (SIGKILL, a lost runner) leaves it behind, so every new one
 *   first removes the stackgate worktrees whose process is gone.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const run_git_1 = __webpack_require__(74899);
const PREFIX = 'stackgate-base-';
const REASON = /^stackgate pid (\d+)$/;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Worktrees of this process that exist now (repository top level -> directories). */
const live = new Map();
let listening = false;
/**
 * From the first worktree on, SIGINT, SIGTERM and SIGHUP remove the live worktrees and then end the
 * process by the same signal. The listener stays: a signal that arrives while synchronous work runs
 * is handled after that work, possibly after the worktree is gone, and must still end the process.
 */
function listenForSignals() {
    if (listening)
        return;
    listening = true;
    const onSignal = (signal) => {
        for (const [dir, top] of [...live])
            removeWorktree(top, dir);
        live.clear();
        for (const s of SIGNALS)
            process.removeListener(s, onSignal);
        listening = false;
        process.kill(process.pid, signal);
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
}
function addBaseWorktree(top, commit) {
    pruneStaleWorktrees(top);
    listenForSignals();
    const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), PREFIX));
    live.set(dir, top);
    const removeNow = () => {
        if (live.delete(dir))
            removeWorktree(top, dir);
    };
    try {
        (0, run_git_1.git)(top, ['worktree', 'add', '--detach', '--force', '--lock', '--reason', `stackgate pid ${process.pid}`, '--', dir, commit]);
    }
    catch (e) {
        removeNow();
        throw e;
    }
    return {
        dir,
        remove: async () => {
            removeNow();
            await new Promise((resolve) => setImmediate(resolve));
        },
    };
}
function removeWorktree(top, dir) {
    try {
        // Twice --force: the worktree is locked.
        (0, run_git_1.git)(top, ['worktree', 'remove', '--force', '--force', '--', dir]);
    }
    catch {
        // Removing the directory below and pruning is enough when git no longer knows the worktree.
    }
    node_fs_1.default.rmSync(dir, { recursive: true, force: true });
    try {
        (0, run_git_1.git)(top, ['worktree', 'prune']);
    }
    catch {
        // Nothing to prune.
    }
}
/** Removes the stackgate worktrees of processes that no longer run (killed before they could clean up). */
function pruneStaleWorktrees(top) {
    let listing;
    try {
        listing = (0, run_git_1.git)(top, ['worktree', 'list', '--porcelain']);
    }
    catch {
        return []; // Not a git repository any more, or no worktree support: nothing of ours to prune.
    }
    const stale = [];
    for (const block of listing.split('\n\n')) {
        const dir = /^worktree (.+)$/m.exec(block)?.[1];
        const pid = REASON.exec(/^locked (.+)$/m.exec(block)?.[1] ?? '')?.[1];
        if (!dir || !pid || !node_path_1.default.basename(dir).startsWith(PREFIX) || isAlive(Number(pid)))
            continue;
        removeWorktree(top, dir);
        stale.push(dir);
    }
    return stale;
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}


/***/ }),

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

/***/ 34594:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scoreWithBase = scoreWithBase;
/**
 * The score use case: scores the checkout and, in the same run, the merge base of a base ref: the base is checked out
 * into a temporary git worktree (no second checkout step in the workflow) and removed afterwards,
 * also when the run is interrupted (see git/base-worktree.ts).
 * The secret scanner runs over both trees, so the secrets check compares like with like.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const config_1 = __webpack_require__(38134);
const errors_1 = __webpack_require__(74296);
const delta_1 = __webpack_require__(36694);
const run_1 = __webpack_require__(43361);
const report_1 = __webpack_require__(79283);
const secret_sources_1 = __webpack_require__(69536);
const run_git_1 = __webpack_require__(74899);
const base_worktree_1 = __webpack_require__(97694);
const scan_secrets_1 = __webpack_require__(92382);
async function scoreWithBase(options, ports = {}) {
    return ports.log ? ports.log.group('Score the checkout and its base', () => scoreBoth(options, ports)) : scoreBoth(options, ports);
}
async function scoreBoth(options, ports) {
    const run = { ...options, now: ports.now?.() ?? new Date(), externalTools: ports.externalTools };
    const { config, file: configFile } = (0, config_1.loadCheckedConfig)(options.root, options.configPath);
    const inGit = (0, secret_sources_1.isGitRepository)(options.root);
    const head = await scoreCheckout(options.root, config, configFile, run, inGit ? (0, run_git_1.resolveCommit)(options.root) : undefined);
    const result = { report: head.report, config, configFile, valuesToMask: head.valuesToMask };
    if (!options.base)
        return result;
    if (!inGit)
        return { ...result, baseProblem: `cannot compare with ${options.base}: ${options.root} is not in a git repository` };
    let mergeBase;
    try {
        mergeBase = (0, run_git_1.git)(options.root, ['merge-base', '--end-of-options', options.base, 'HEAD']).trim();
    }
    catch (e) {
        return {
            ...result,
            baseProblem: `cannot compare with ${options.base}: ${(0, errors_1.toError)(e).message.split('\n')[0]} (fetch the base with actions/checkout fetch-depth: 0)`,
        };
    }
    const top = (0, run_git_1.git)(options.root, ['rev-parse', '--show-toplevel']).trim();
    const sub = node_path_1.default.relative(node_fs_1.default.realpathSync(top), node_fs_1.default.realpathSync(options.root));
    const worktree = (0, base_worktree_1.addBaseWorktree)(top, mergeBase);
    try {
        const baseRoot = node_path_1.default.join(worktree.dir, sub);
        let baseConfig;
        try {
            baseConfig = node_fs_1.default.existsSync(baseRoot) ? (0, config_1.loadCheckedConfig)(baseRoot, options.configPath) : { config, file: configFile };
        }
        catch (e) {
            // The base's stackgate.yml may predate this version's schema; score it with today's.
            if (!(0, errors_1.isUserError)(e))
                throw e;
            baseConfig = { config, file: configFile };
        }
        const base = node_fs_1.default.existsSync(baseRoot)
            ? await scoreCheckout(baseRoot, baseConfig.config, baseConfig.file, run, mergeBase)
            : { report: undefined, valuesToMask: [] };
        if (!base.report)
            return { ...result, baseProblem: `${sub || '.'} does not exist at the base ${mergeBase.slice(0, 7)}` };
        return {
            ...result,
            baseReport: base.report,
            delta: (0, delta_1.compareReadiness)(head.report, base.report),
            valuesToMask: [...result.valuesToMask, ...base.valuesToMask],
        };
    }
    finally {
        await worktree.remove();
    }
}
async function scoreCheckout(root, config, configFile, options, commit) {
    let secrets;
    let valuesToMask = [];
    if (options.secrets !== false) {
        // An empty checkout (a base before the first file) scores as empty; it is not a usage error here.
        const scan = await (0, scan_secrets_1.scanSecrets)({ root, config, configFile, mode: 'tree', workerEntry: options.workerEntry, proxy: options.proxy, allowEmpty: true });
        secrets = scan.findings.map(report_1.toFinding);
        valuesToMask = scan.valuesToMask;
    }
    const { report, validation } = await (0, run_1.scoreRepository)({
        root,
        config,
        configFile,
        secrets,
        commit,
        toolVersion: options.toolVersion,
        now: options.now,
        externalTools: options.externalTools,
    });
    return { report, valuesToMask: [...new Set([...valuesToMask, ...validation.valuesToMask])] };
}


/***/ }),

/***/ 25317:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readinessCategoryOf = readinessCategoryOf;
/**
 * Which readiness category each check counts in. Checks may name theirs (`meta.readiness`);
 * otherwise their domain and category decide. `core/*` checks are about reading files, not about
 * readiness: they are not scored, but an error among them is still a blocker.
 */
const types_1 = __webpack_require__(15200);
function readinessCategoryOf(check) {
    if (check.meta.readiness)
        return check.meta.readiness;
    switch ((0, types_1.domainOf)(check.id)) {
        case 'core':
            return undefined;
        case 'dockerfile':
            return 'containerization';
        case 'kubernetes':
            return 'kubernetes';
        case 'monitoring':
            return 'monitoring';
        case 'secrets':
            return 'secrets';
        case 'environments':
            return 'environments';
        case 'ci':
            return 'cicd';
        case 'docs':
            return 'docs';
        case 'mcp':
            return 'mcp';
        case 'compose':
            if (check.meta.category === 'security' || check.meta.category === 'supply-chain')
                return 'containerization';
            if (check.meta.category === 'observability')
                return 'monitoring';
            return 'compose';
    }
}


/***/ }),

/***/ 36694:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compareReadiness = compareReadiness;
const round1 = (n) => Math.round(n * 10) / 10;
function compareReadiness(head, base) {
    const baseChecks = new Map(base.checks.map((c) => [c.id, c]));
    const baseCategories = new Map(base.categories.map((c) => [c.id, c]));
    return {
        baseCommit: base.commit,
        baseScore: base.score,
        baseGrade: base.grade,
        delta: round1(head.score - base.score),
        categories: head.categories.map((c) => {
            const from = baseCategories.get(c.id)?.score ?? null;
            return { id: c.id, title: c.title, from, to: c.score, delta: from === null || c.score === null ? null : round1(c.score - from) };
        }),
        newlyFailing: head.checks.filter((c) => c.status === 'fail' && baseChecks.get(c.id)?.status !== 'fail'),
        newlyFixed: head.checks.filter((c) => c.status === 'pass' && baseChecks.get(c.id)?.status === 'fail'),
    };
}


/***/ }),

/***/ 43361:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scoreRepository = scoreRepository;
/** Score one checkout: validate in repository scope, then the readiness model. */
const index_1 = __webpack_require__(12293);
const run_1 = __webpack_require__(33355);
const score_1 = __webpack_require__(32466);
async function scoreRepository(options) {
    const validation = await (0, run_1.validateRepositoryFiles)({
        root: options.root,
        config: options.config,
        configFile: options.configFile,
        externalTools: options.externalTools,
        scope: 'repository',
    });
    const ws = validation.workspace;
    const domainsWithFiles = new Set();
    if (ws.composeFiles.length)
        domainsWithFiles.add('compose');
    if (ws.kubernetes.length)
        domainsWithFiles.add('kubernetes');
    if (ws.dockerfiles.length)
        domainsWithFiles.add('dockerfile');
    if (ws.prometheusRules.length || ws.prometheusConfigs.length || ws.dashboards.length)
        domainsWithFiles.add('monitoring');
    const report = (0, score_1.computeReadiness)({
        checks: index_1.CHECKS,
        settings: validation.settings,
        evaluated: validation.evaluated,
        findings: validation.findings,
        domainsWithFiles,
        secrets: options.secrets,
        commit: options.commit,
        toolVersion: options.toolVersion,
        generatedAt: options.now.toISOString(),
    });
    return { report, validation };
}


/***/ }),

/***/ 32466:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_LOCATIONS = exports.SECRETS_CHECK_ID = exports.SEVERITY_WEIGHTS = void 0;
exports.gradeOf = gradeOf;
exports.computeReadiness = computeReadiness;
/**
 * The readiness score: every check passes, fails or is not applicable; passing weight over
 * applicable weight, overall and per category; blockers listed beside the number.
 * Documented in docs/readiness.md; the JSON shape is `ReadinessReport` (report-schema.ts).
 */
const types_1 = __webpack_require__(15200);
const findings_1 = __webpack_require__(44637);
const categories_1 = __webpack_require__(42386);
const check_category_1 = __webpack_require__(25317);
exports.SEVERITY_WEIGHTS = { error: 3, warning: 2, info: 1 };
exports.SECRETS_CHECK_ID = 'secrets/committed-secrets';
/** Locations kept per failing check in the report (the count is always exact). */
exports.MAX_LOCATIONS = 50;
function gradeOf(score) {
    if (score >= 90)
        return 'A';
    if (score >= 80)
        return 'B';
    if (score >= 70)
        return 'C';
    if (score >= 60)
        return 'D';
    return 'F';
}
const round1 = (n) => Math.round(n * 10) / 10;
function computeReadiness(input) {
    const byCheck = new Map();
    for (const f of input.findings)
        byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
    if (input.secrets?.length) {
        byCheck.set(exports.SECRETS_CHECK_ID, input.secrets.map((f) => ({ ...f, checkId: exports.SECRETS_CHECK_ID, messageId: 'found', severity: 'error' })));
    }
    const results = [];
    const blockers = [];
    for (const check of input.checks) {
        const setting = input.settings.get(check.id);
        if (!setting?.enabled)
            continue;
        const category = (0, check_category_1.readinessCategoryOf)(check);
        const findings = (byCheck.get(check.id) ?? []).slice().sort(findings_1.compareFindings);
        // Blockers come from every check, scored or not (a file that does not parse blocks).
        for (const f of findings) {
            if (f.severity === 'error' || check.id === exports.SECRETS_CHECK_ID)
                blockers.push({ checkId: check.id, file: f.file, line: f.line, message: f.message });
        }
        if (!category)
            continue;
        const applicable = findings.length > 0 || isApplicable(check, input);
        const severity = findings.length
            ? findings.reduce((s, f) => ((0, findings_1.severityRank)(f.severity) > (0, findings_1.severityRank)(s) ? f.severity : s), 'info')
            : effectiveSeverity(check, setting.severity);
        const first = findings[0];
        results.push({
            id: check.id,
            title: check.meta.title,
            category,
            severity,
            weight: exports.SEVERITY_WEIGHTS[severity],
            status: !applicable ? 'not-applicable' : findings.length ? 'fail' : 'pass',
            findings: findings.length,
            ...(first ? { file: first.file, line: first.line, message: first.message } : {}),
            locations: findings.slice(0, exports.MAX_LOCATIONS).map((f) => ({ file: f.file, line: f.line, message: f.message, severity: f.severity })),
        });
    }
    const categories = categories_1.READINESS_CATEGORIES.map((id) => summarize(id, results.filter((r) => r.category === id)));
    const overall = summarize(undefined, results);
    return {
        schema: 'https://stackgate.dev/schemas/readiness-report/v1',
        tool: { name: 'stackgate', version: input.toolVersion },
        commit: input.commit ?? null,
        generatedAt: input.generatedAt,
        score: overall.score ?? 100,
        grade: gradeOf(overall.score ?? 100),
        passed: overall.passed,
        failed: overall.failed,
        notApplicable: overall.notApplicable,
        total: overall.total,
        categories,
        blockers: blockers.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
        secretsScanned: input.secrets !== undefined,
        checks: results,
    };
}
function effectiveSeverity(check, configured) {
    return configured === 'off' ? check.meta.severity : configured;
}
function isApplicable(check, input) {
    if (check.id === exports.SECRETS_CHECK_ID)
        return input.secrets !== undefined;
    if ((0, types_1.isEngineCheck)(check))
        return input.domainsWithFiles.has((0, types_1.domainOf)(check.id));
    return input.evaluated.has(check.id);
}
function summarize(id, results) {
    const applicable = results.filter((r) => r.status !== 'not-applicable');
    const weight = applicable.reduce((n, r) => n + r.weight, 0);
    const passedWeight = applicable.filter((r) => r.status === 'pass').reduce((n, r) => n + r.weight, 0);
    const score = weight ? round1((100 * passedWeight) / weight) : null;
    return {
        id: id ?? 'overall',
        title: id ? categories_1.READINESS_TITLES[id] : 'Overall',
        score,
        grade: score === null ? null : gradeOf(score),
        passed: applicable.filter((r) => r.status === 'pass').length,
        failed: applicable.filter((r) => r.status === 'fail').length,
        notApplicable: results.length - applicable.length,
        total: applicable.length,
    };
}


/***/ })

};
;