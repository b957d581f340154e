"use strict";
exports.id = 3979;
exports.ids = [3979];
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

/***/ 2449:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COLOR_OPTIONS = exports.BASE_OPTIONS = void 0;
exports.describeFormats = describeFormats;
exports.withUsageErrors = withUsageErrors;
exports.parseCommandArgs = parseCommandArgs;
exports.commandRoot = commandRoot;
exports.formatParser = formatParser;
exports.parseOutputs = parseOutputs;
exports.parseWorkers = parseWorkers;
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const node_util_1 = __webpack_require__(57975);
const errors_1 = __webpack_require__(74296);
/** --debug and -h/--help: every command takes them. */
exports.BASE_OPTIONS = {
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** --color and --no-color (the last one given wins; see color.ts). */
exports.COLOR_OPTIONS = {
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
};
/** `text (default), json, sarif or junit`: a command's formats in its help, from the list its parser uses. */
function describeFormats(formats) {
    const [first, ...rest] = formats;
    const all = [`${first} (default)`, ...rest];
    return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}` : all[0];
}
/** Runs a parseArgs call, turning its errors (unknown flag, missing value) into a UserError. */
function withUsageErrors(parse, hint = 'run "stackgate --help" for usage') {
    try {
        return parse();
    }
    catch (e) {
        throw new errors_1.UserError(e.message.replace(/\. To specify a positional argument.*$/s, ''), { hint });
    }
}
/** parseArgs with our UserError on unknown flags or missing values. */
function parseCommandArgs(args, options, allowPositionals = true) {
    return withUsageErrors(() => (0, node_util_1.parseArgs)({ args: [...args], options, allowPositionals, strict: true }));
}
/** The one optional `[path]` of a command, as an existing directory. */
function commandRoot(command, positionals, cwd) {
    if (positionals.length > 1)
        throw new errors_1.UserError(`${command} takes one path, got ${positionals.length}`, { hint: `stackgate ${command} [path]` });
    const root = node_path_1.default.resolve(cwd, positionals[0] ?? '.');
    if (!node_fs_1.default.existsSync(root) || !node_fs_1.default.statSync(root).isDirectory())
        throw new errors_1.UserError(`not a directory: ${positionals[0] ?? '.'}`);
    return root;
}
/** A parser of a command's output formats: `--format` and the format half of `--output`. */
function formatParser(formats) {
    return (value, where) => {
        if (formats.includes(value))
            return value;
        throw new errors_1.UserError(`${where}: unknown format "${value}"`, { hint: `use one of ${formats.join(', ')}` });
    };
}
/** `--output format=file`, repeatable. */
function parseOutputs(values, parseFormat) {
    return values.map((value) => {
        const at = value.indexOf('=');
        if (at <= 0 || at === value.length - 1)
            throw new errors_1.UserError(`--output: expected format=file, got "${value}"`, { hint: 'e.g. --output json=report.json' });
        return { format: parseFormat(value.slice(0, at), '--output'), file: value.slice(at + 1) };
    });
}
/** `--workers <n>`: threads to use, a whole number of at least 1; undefined when not given. */
function parseWorkers(value) {
    if (value === undefined)
        return undefined;
    const workers = Number(value);
    if (!Number.isInteger(workers) || workers < 1)
        throw new errors_1.UserError(`--workers: expected a whole number of at least 1, got "${value}"`);
    return workers;
}


/***/ }),

/***/ 63979:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCORE_VALUES = exports.SCORE_OPTIONS = exports.SCORE_HELP = void 0;
exports.runScoreCommand = runScoreCommand;
const node_path_1 = __importDefault(__webpack_require__(76760));
const score_with_base_1 = __webpack_require__(34594);
const readiness_envelope_1 = __webpack_require__(6080);
const helm_template_1 = __webpack_require__(13984);
const kubectl_kustomize_1 = __webpack_require__(40592);
const promtool_1 = __webpack_require__(4769);
const types_1 = __webpack_require__(15200);
const errors_1 = __webpack_require__(74296);
const gate_1 = __webpack_require__(15169);
const render_1 = __webpack_require__(84034);
const channel_budgets_1 = __webpack_require__(4882);
const command_args_1 = __webpack_require__(2449);
const git_ref_1 = __webpack_require__(89782);
const version_1 = __webpack_require__(83323);
const result_output_1 = __webpack_require__(10955);
const FORMATS = ['text', 'json', 'markdown'];
const parseFormat = (0, command_args_1.formatParser)(FORMATS);
exports.SCORE_HELP = `stackgate score [path] [options] — the production-readiness score of a repository

Every check (the validate checks plus repository-level ones: workflows, runbooks, monitoring
coverage, MCP services) passes, fails or does not apply; the score is the weighted share of
applicable checks that pass (error 3, warning 2, info 1). Error findings and secrets are blockers:
they fail the score whatever the number. See docs/readiness.md.

      --base <ref>           also score the merge base of <ref> and HEAD (in a temporary git worktree)
                             and report the change, overall and per category; a <ref> that names no
                             commit is a usage error
  -f, --format <format>      ${(0, command_args_1.describeFormats)(FORMATS)}
  -o, --output <fmt=file>    also write a format to a file; repeatable
      --fail-under <score>   exit 1 when the score is below this (default from stackgate.yml: 0)
      --min <cat=score>      lowest accepted score of a category; repeatable (${types_1.READINESS_CATEGORIES.join(', ')})
      --no-secrets           do not scan the tree for secrets (the secrets check is then not applicable)
  -c, --config <file>        stackgate.yml to use
      --color, --no-color    accepted like every command's, for uniform scripts: score prints no colours
      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 passes, 1 blockers or a score under the thresholds, 2 usage or config error.
`;
exports.SCORE_OPTIONS = {
    base: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o', multiple: true, default: [] },
    'fail-under': { type: 'string' },
    min: { type: 'string', multiple: true, default: [] },
    'no-secrets': { type: 'boolean' },
    config: { type: 'string', short: 'c' },
    ...command_args_1.COLOR_OPTIONS,
    ...command_args_1.BASE_OPTIONS,
};
exports.SCORE_VALUES = { format: FORMATS, min: types_1.READINESS_CATEGORIES.map((c) => `${c}=`) };
async function runScoreCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.SCORE_OPTIONS);
    if (values.help) {
        io.stdout.write(exports.SCORE_HELP);
        return 0;
    }
    const root = (0, command_args_1.commandRoot)('score', positionals, io.cwd);
    const format = parseFormat(values.format, '--format');
    const outputs = (0, command_args_1.parseOutputs)(values.output, parseFormat);
    const failUnder = (0, gate_1.parseFailUnder)(values['fail-under'], '--fail-under');
    const { minimums, errors } = (0, gate_1.parseMinimums)(values.min.join(','), types_1.READINESS_CATEGORIES);
    if (errors.length)
        throw new errors_1.UserError(`--min: ${errors.join('; ')}`);
    if (values.base !== undefined)
        (0, git_ref_1.assertCommit)(root, values.base, '--base');
    const result = await (0, score_with_base_1.scoreWithBase)({
        root,
        configPath: values.config,
        base: values.base,
        secrets: !values['no-secrets'],
        workerEntry: io.workerEntry,
        toolVersion: version_1.VERSION,
    }, { externalTools: { promtool: (0, promtool_1.createPromtoolRunner)(), helm: (0, helm_template_1.createHelmRenderer)(), kustomize: (0, kubectl_kustomize_1.createKustomizeRenderer)() } });
    if (result.baseProblem)
        io.stderr.write(`stackgate: ${result.baseProblem}\n`);
    const { report, delta, verdict, notes } = (0, readiness_envelope_1.readinessEnvelope)(result, { thresholds: { failUnder, minimums } });
    const render = (f) => {
        switch (f) {
            case 'json':
                return `${JSON.stringify({ ...report, ...(delta ? { delta } : {}), verdict }, null, 2)}\n`;
            case 'markdown':
                return (0, render_1.renderReadinessMarkdown)(report, { delta, verdict, maxChars: channel_budgets_1.SUMMARY_LIMIT, notes });
            case 'text':
                return (0, render_1.renderReadinessText)(report, { delta, verdict });
        }
    };
    (0, result_output_1.writeResult)(io, format, render(format));
    for (const o of outputs)
        io.writeFile(node_path_1.default.resolve(io.cwd, o.file), render(o.format));
    return verdict.passed ? 0 : 1;
}


/***/ }),

/***/ 89782:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertCommit = assertCommit;
/**
 * A ref the user named on the command line (--base, --head) must name a commit: a typo or an
 * unfetched branch is a usage error naming the ref, not a comparison quietly skipped.
 */
const run_git_1 = __webpack_require__(74899);
const secret_sources_1 = __webpack_require__(69536);
const errors_1 = __webpack_require__(74296);
function assertCommit(root, ref, flag) {
    if (!(0, secret_sources_1.isGitRepository)(root))
        throw new errors_1.UserError(`${flag} ${ref}: the repository is not a git repository, so there is no ${ref} to compare with`, {
            hint: `run it in a git clone, or leave out ${flag}`,
        });
    if (!(0, run_git_1.resolveCommit)(root, ref)) {
        throw new errors_1.UserError(`${flag}: "${ref}" names no commit in this repository`, {
            hint: 'check the spelling, or fetch it first (git fetch origin <branch>; in GitHub Actions, actions/checkout with fetch-depth: 0)',
        });
    }
}


/***/ }),

/***/ 10955:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeResult = writeResult;
/** Results on stdout: as rendered, or, in a GitHub Actions step, with workflow commands broken. */
const workflow_commands_1 = __webpack_require__(97584);
const KIND = { json: 'json', sarif: 'json', junit: 'xml', markdown: 'markdown', text: 'text' };
function writeResult(io, format, output) {
    io.stdout.write(io.env.GITHUB_ACTIONS === 'true' ? (0, workflow_commands_1.neutraliseWorkflowCommands)(KIND[format] ?? 'text', output) : output);
}


/***/ })

};
;