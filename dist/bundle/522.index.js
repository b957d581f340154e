"use strict";
exports.id = 522;
exports.ids = [522];
exports.modules = {

/***/ 99054:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dockerfilesBuiltByCompose = dockerfilesBuiltByCompose;
/** The Dockerfiles Compose services build (`build:` with its context and dockerfile), repository-relative. */
const node_path_1 = __importDefault(__webpack_require__(76760));
const is_record_1 = __webpack_require__(32789);
function dockerfilesBuiltByCompose(compose) {
    const out = new Set();
    for (const stacks of compose.effective.values()) {
        for (const stack of stacks) {
            for (const service of stack.services) {
                const node = service.node.entries.get('build');
                const build = service.value.build;
                if (!node || build === undefined || build === null)
                    continue;
                // Relative paths are relative to the Compose file that set `build`.
                const base = node_path_1.default.posix.dirname(node.loc.file);
                const context = typeof build === 'string' ? build : (0, is_record_1.isRecord)(build) && typeof build.context === 'string' ? build.context : '.';
                const dockerfile = (0, is_record_1.isRecord)(build) && typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
                if (/^[a-z][a-z0-9+.-]*:\/\//i.test(context))
                    continue; // a Git URL: not a file of this repository
                out.add(node_path_1.default.posix.normalize(node_path_1.default.posix.join(base, context, dockerfile)));
            }
        }
    }
    return out;
}


/***/ }),

/***/ 34254:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The output of `helm template`: one YAML document per rendered template, each preceded by
 * `# Source: <chart>/templates/<file>`, and the way back from a rendered line to the template line
 * that wrote it (so findings point at the file and line a user edits).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitHelmOutput = splitHelmOutput;
exports.mapRenderedLines = mapRenderedLines;
/** The rendered documents, in helm's order; documents without a `# Source:` line are dropped (helm writes none). */
function splitHelmOutput(stdout) {
    const out = [];
    for (const chunk of stdout.split(/^---[ \t]*$/m)) {
        const m = /^# Source: ([^\r\n]+)$/m.exec(chunk);
        if (!m || !chunk.replace(/^\s*#.*$/gm, '').trim())
            continue;
        const source = m[1].trim();
        const slash = source.indexOf('/');
        out.push({ source: slash >= 0 ? source.slice(slash + 1) : source, text: chunk.replace(/^\r?\n/, '') });
    }
    return out;
}
const KEY = /^(?:-\s+)?("[^"]*"|'[^']*'|[^\s:#][^:#]*?):(?:\s|$)/;
/**
 * For each line of a rendered document (1-based index i -> out[i - 1]), the template line (1-based)
 * that most likely wrote it: the next template line with the same text, else the next one within
 * a few lines with the same key, else the line of the last match. Template and rendered output keep
 * their order, so the search only moves forward; a document that does not start after the cursor
 * (helm reorders documents by kind) starts again at the top of the template.
 */
function mapRenderedLines(rendered, template, cursor) {
    const tLines = template.split(/\r?\n/).map((l) => l.trim());
    const rLines = rendered.split(/\r?\n/).map((l) => l.trim());
    const firstContent = rLines.find((l) => l && !l.startsWith('#'));
    let at = cursor.line;
    if (firstContent !== undefined && findForward(tLines, firstContent, at, tLines.length) < 0)
        at = 0;
    let last = Math.max(at, 1);
    const out = [];
    for (const line of rLines) {
        if (!line || line.startsWith('#')) {
            out.push(last);
            continue;
        }
        let hit = findForward(tLines, line, at, tLines.length);
        if (hit < 0) {
            const key = KEY.exec(line)?.[1];
            if (key)
                hit = tLines.findIndex((t, i) => i >= at && i < at + 12 && KEY.exec(t)?.[1] === key);
        }
        if (hit >= 0) {
            last = hit + 1;
            at = hit + 1;
        }
        out.push(last);
    }
    cursor.line = at;
    return out;
}
function findForward(lines, text, from, to) {
    for (let i = from; i < to; i++)
        if (lines[i] === text)
            return i;
    return -1;
}


/***/ }),

/***/ 18155:
/***/ ((__unused_webpack_module, exports) => {


/** Added lines per file (and per commit, for `git log -p`) from unified diff text. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseUnifiedDiff = parseUnifiedDiff;
exports.parseBinaryChanges = parseBinaryChanges;
exports.addedLineNumbers = addedLineNumbers;
const COMMIT_MARKER = '\u0000commit ';
/**
 * Parses `git diff -U0` (or `git log -p -U0 --format=%x00commit %H`) output. Deleted files, binary
 * files and pure renames yield nothing; a renamed file's added lines belong to its new path.
 */
function parseUnifiedDiff(text) {
    const out = [];
    let commit;
    let current;
    let next = 0;
    for (const raw of text.split('\n')) {
        if (raw.startsWith(COMMIT_MARKER) || raw.startsWith('commit ')) {
            const sha = /([0-9a-f]{7,64})/.exec(raw)?.[1];
            if (sha && (raw.startsWith(COMMIT_MARKER) || /^commit [0-9a-f]{40,64}$/.test(raw))) {
                commit = sha;
                current = undefined;
                continue;
            }
        }
        if (raw.startsWith('diff --git ')) {
            current = undefined;
            continue;
        }
        if (raw.startsWith('+++ ')) {
            // git ends the name with a tab when it contains a space (for patch(1)).
            const target = raw.slice(4).replace(/\t$/, '');
            if (target === '/dev/null') {
                current = undefined;
                continue;
            }
            current = { file: unquote(target).replace(/^b\//, ''), ...(commit ? { commit } : {}), lines: [] };
            out.push(current);
            continue;
        }
        if (raw.startsWith('@@')) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
            next = m ? Number(m[1]) : 0;
            continue;
        }
        if (!current || raw.startsWith('--- '))
            continue;
        if (raw.startsWith('+')) {
            current.lines.push({ line: next, text: raw.slice(1) });
            next++;
        }
        else if (raw.startsWith(' ')) {
            next++;
        }
    }
    return out.filter((f) => f.lines.length > 0);
}
const BINARY_LINE = /^Binary files (.+) and (.+) differ$/;
/**
 * The files `git diff` / `git log -p` only say "Binary files … differ" about: their added lines are
 * not in the diff, so the caller reads both versions (a UTF-16 file decodes to text).
 */
function parseBinaryChanges(text) {
    const out = [];
    let commit;
    for (const raw of text.split('\n')) {
        if (raw.startsWith(COMMIT_MARKER)) {
            commit = /([0-9a-f]{7,64})/.exec(raw)?.[1];
            continue;
        }
        const m = BINARY_LINE.exec(raw);
        if (!m || m[2] === '/dev/null')
            continue;
        out.push({
            file: unquote(m[2]).replace(/^b\//, ''),
            ...(m[1] === '/dev/null' ? {} : { oldFile: unquote(m[1]).replace(/^a\//, '') }),
            ...(commit ? { commit } : {}),
        });
    }
    return out;
}
/**
 * The 1-based lines of `after` that `before` does not have, counted as a multiset: a line that
 * appears once more than before is added once. Moved lines are not added (they were committed already).
 */
function addedLineNumbers(before, after) {
    const remaining = new Map();
    for (const line of before.split('\n'))
        remaining.set(line, (remaining.get(line) ?? 0) + 1);
    const lines = after.split('\n');
    // The empty string after a final newline is not a line.
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    const added = [];
    lines.forEach((line, i) => {
        const n = remaining.get(line) ?? 0;
        if (n > 0)
            remaining.set(line, n - 1);
        else
            added.push(i + 1);
    });
    return added;
}
/** git quotes paths with unusual characters: "b/caf\303\251.yml". */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    const inner = p.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < inner.length; i++) {
        if (inner[i] === '\\') {
            const oct = /^[0-7]{3}/.exec(inner.slice(i + 1));
            if (oct) {
                bytes.push(parseInt(oct[0], 8));
                i += 3;
                continue;
            }
            const esc = inner[++i];
            bytes.push(...Buffer.from({ n: '\n', t: '\t', '"': '"', '\\': '\\' }[esc] ?? esc));
            continue;
        }
        bytes.push(...Buffer.from(inner[i]));
    }
    return Buffer.from(bytes).toString('utf8');
}


/***/ }),

/***/ 81842:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.operatedBecause = operatedBecause;
exports.isOperatedRepository = isOperatedRepository;
/**
 * Whether a repository is operated: it describes something that is deployed to environments and
 * run, rather than a library, a tool or a collection of examples. Operational checks (runbooks,
 * backups, alerting, log shipping, CI gates; CheckMeta.operatedOnly) apply only there: asking an
 * example repository for runbooks is noise that teaches users to switch the gate off.
 *
 * Signals, any one of which is enough:
 * - stackgate.yml names environments (`environments:`, per-stack or smoke-test environments) or MCP services;
 * - the Compose layout names environments (stacks/common + stacks/<env>, compose.<env>.yml);
 * - a Kubernetes manifest belongs to a named environment (a path segment or namespace such as
 *   overlays/prod, clusters/staging, namespace mcp-dev);
 * - the repository holds what a GitOps reconciler applies: a Flux Kustomization or HelmRelease,
 *   an Argo CD Application or ApplicationSet.
 */
const environments_1 = __webpack_require__(72658);
const environment_1 = __webpack_require__(84557);
const RECONCILED_KINDS = [
    ['kustomize.toolkit.fluxcd.io', 'Kustomization'],
    ['helm.toolkit.fluxcd.io', 'HelmRelease'],
    ['argoproj.io', 'Application'],
    ['argoproj.io', 'ApplicationSet'],
];
/** Why the repository counts as operated (one reason, for messages and `--verbose`), or undefined when it does not. */
function operatedBecause(sources) {
    const { config, compose, kubernetes } = sources;
    const configured = (0, environments_1.configuredEnvironmentNames)(config);
    if (configured.length)
        return `stackgate.yml names environments (${configured.join(', ')})`;
    if (config.mcp.services?.length)
        return 'stackgate.yml lists MCP services';
    const smoked = Object.keys(config.smoke.environments);
    if (smoked.length)
        return `stackgate.yml smoke-tests environments (${smoked.join(', ')})`;
    if ((0, environments_1.hasNamedEnvironments)(compose.environments))
        return `the Compose layout names environments (${compose.environments.map((e) => e.name).join(', ')})`;
    for (const obj of kubernetes) {
        const group = obj.apiVersion?.split('/')[0];
        const reconciled = RECONCILED_KINDS.find(([g, k]) => g === group && k === obj.kind);
        if (reconciled)
            return `${obj.file} is a ${reconciled[1]} a GitOps controller applies`;
        const env = (0, environment_1.environmentOfManifest)(obj, config);
        if (env)
            return `${obj.file} is deployed to ${env}`;
    }
    return undefined;
}
function isOperatedRepository(sources) {
    return operatedBecause(sources) !== undefined;
}


/***/ }),

/***/ 5911:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repositoryFileState = repositoryFileState;
/**
 * Whether a file a configuration refers to (a Compose `env_file`) is in the repository, is ignored
 * by a .gitignore (so it is kept on the machine that deploys, as `.env` files usually are), or is
 * missing. Reads only the repository's .gitignore files, through the workspace.
 */
const ignore_1 = __importDefault(__webpack_require__(70298));
const node_path_1 = __importDefault(__webpack_require__(76760));
const discover_1 = __webpack_require__(23866);
const workspace_1 = __webpack_require__(6936);
const cache = new WeakMap();
function indexOf(ws) {
    let index = cache.get(ws);
    if (!index) {
        const rules = ws.paths
            .filter((p) => node_path_1.default.posix.basename(p) === '.gitignore')
            .map((p) => ({ base: node_path_1.default.posix.dirname(p) === '.' ? '' : node_path_1.default.posix.dirname(p), ig: (0, ignore_1.default)().add((0, workspace_1.readText)(ws, p) ?? '') }));
        cache.set(ws, (index = { paths: new Set(ws.paths), rules }));
    }
    return index;
}
/** The state of a repository-relative path (forward slashes, no `..`). */
function repositoryFileState(ws, file) {
    const { paths, rules } = indexOf(ws);
    const normal = node_path_1.default.posix.normalize(file);
    if (paths.has(normal))
        return 'present';
    return (0, discover_1.isIgnored)(rules, normal, false) ? 'ignored' : 'missing';
}


/***/ }),

/***/ 38134:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkedConfigSchema = void 0;
exports.configSchemaFor = configSchemaFor;
exports.loadCheckedConfig = loadCheckedConfig;
exports.parseCheckedConfigText = parseCheckedConfigText;
exports.configJsonSchema = configJsonSchema;
/**
 * stackgate.yml as the engine reads it. config/schema.ts knows checks by shape only; here every
 * registered check gets its own key under `checks:` (with its own options schema) and under
 * `overrides[].checks`, so an unknown id (with a did-you-mean), a bad severity or options that fail
 * the check's schema are config errors on their line, found in the same pass as every other
 * problem of the file. The JSON Schema of stackgate.yml is generated from this schema.
 */
const zod_1 = __webpack_require__(50924);
const index_1 = __webpack_require__(12293);
const read_1 = __webpack_require__(40812);
const schema_1 = __webpack_require__(47967);
/** The config schema whose `checks:` sections take exactly these checks, each with its own options. */
function configSchemaFor(checks) {
    const settings = {};
    const severities = {};
    for (const check of checks) {
        settings[check.id] = (0, schema_1.checkSettingSchema)(check.options).optional().describe(check.meta.title);
        severities[check.id] = schema_1.severitySetting.optional().describe(check.meta.title);
    }
    // Each key's schema is one of the generic shape's (a severity, or {severity, options}), narrowed.
    const sections = { checks: zod_1.z.strictObject(settings), overrideChecks: zod_1.z.strictObject(severities) };
    return (0, schema_1.buildConfigSchema)(sections);
}
/** stackgate.yml with the registered checks. */
exports.checkedConfigSchema = configSchemaFor(index_1.CHECKS);
/** Finds and loads the config of a repository (as config/load.ts does), its check settings checked against the registered checks. */
function loadCheckedConfig(root, explicitPath) {
    return (0, read_1.readConfig)(exports.checkedConfigSchema, root, explicitPath);
}
function parseCheckedConfigText(file, text) {
    return (0, read_1.parseConfigWith)(exports.checkedConfigSchema, file, text);
}
/**
 * The JSON Schema written to schema/stackgate.schema.json, in draft-07: the draft the YAML language
 * server (VS Code's YAML extension, and editors built on it) and SchemaStore load.
 */
function configJsonSchema() {
    const { $schema, ...rest } = zod_1.z.toJSONSchema(exports.checkedConfigSchema, { io: 'input', unrepresentable: 'any', target: 'draft-07' });
    return {
        $schema,
        $id: schema_1.CONFIG_SCHEMA_URL,
        title: 'stackgate.yml',
        ...rest,
    };
}


/***/ }),

/***/ 7137:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ENGINE_TABLES = void 0;
exports.emitEngineFindings = emitEngineFindings;
/**
 * Findings the engine reports itself: load problems, Compose layering problems and promtool results.
 * Each kind of problem maps to its engine check (imported, with one of its message ids), so a
 * problem kind without a check, or a misspelt check or message, does not compile.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const invalid_env_file_1 = __importDefault(__webpack_require__(45446));
const invalid_extends_1 = __importDefault(__webpack_require__(87569));
const invalid_interpolation_1 = __importDefault(__webpack_require__(37714));
const missing_stack_file_1 = __importDefault(__webpack_require__(15274));
const required_variable_missing_1 = __importDefault(__webpack_require__(44403));
const undefined_variable_1 = __importDefault(__webpack_require__(2515));
const duplicate_key_1 = __importDefault(__webpack_require__(35570));
const empty_file_1 = __importDefault(__webpack_require__(46947));
const file_too_large_1 = __importDefault(__webpack_require__(65022));
const file_unreadable_1 = __importDefault(__webpack_require__(76403));
const parse_error_1 = __importDefault(__webpack_require__(64809));
const symlink_outside_repository_1 = __importDefault(__webpack_require__(15893));
const yaml_alias_limit_1 = __importDefault(__webpack_require__(81637));
const incomplete_manifest_1 = __importDefault(__webpack_require__(33576));
const promtool_1 = __importDefault(__webpack_require__(27602));
const helm_not_rendered_1 = __importDefault(__webpack_require__(40100));
const helm_template_1 = __importDefault(__webpack_require__(3691));
const kustomize_build_1 = __importDefault(__webpack_require__(24584));
const helm_charts_1 = __webpack_require__(98644);
const kustomize_overlays_1 = __webpack_require__(35435);
/** Pairs a check with one of its own message ids (a message id the check does not declare does not compile). */
function reports(check, messageId, severity) {
    return { check, messageId, ...(severity ? { severity } : {}) };
}
/** Every kind of problem met while loading files, and the check that reports it. */
const FILE_PROBLEMS = {
    syntax: reports(parse_error_1.default, 'syntax'),
    'duplicate-key': reports(duplicate_key_1.default, 'duplicate'),
    'alias-limit': reports(yaml_alias_limit_1.default, 'limit'),
    'too-large': reports(file_too_large_1.default, 'tooLarge'),
    unreadable: reports(file_unreadable_1.default, 'unreadable'),
    'symlink-outside': reports(symlink_outside_repository_1.default, 'outside'),
    empty: reports(empty_file_1.default, 'empty'),
    'incomplete-manifest': reports(incomplete_manifest_1.default, 'incomplete'),
};
/** Every kind of problem met while building the effective Compose stacks, and the check that reports it. */
const COMPOSE_PROBLEMS = {
    'undefined-variable': reports(undefined_variable_1.default, 'undefined'),
    'required-variable': reports(required_variable_missing_1.default, 'required'),
    // The environment declares its variables complete: nothing supplies the value at deploy time.
    'required-variable-complete': reports(required_variable_missing_1.default, 'requiredComplete', 'error'),
    'interpolation-syntax': reports(invalid_interpolation_1.default, 'syntax'),
    extends: reports(invalid_extends_1.default, 'extends'),
    'env-file': reports(invalid_env_file_1.default, 'line'),
    'missing-file': reports(missing_stack_file_1.default, 'missing'),
};
/** The engine checks each table reports (the registry test holds them to the catalogue). */
exports.ENGINE_TABLES = { 'file-problem': FILE_PROBLEMS, 'compose-problem': COMPOSE_PROBLEMS };
function emitEngineFindings(ws, compose, config, emit, tools) {
    for (const p of ws.problems) {
        const { check, messageId } = FILE_PROBLEMS[p.code];
        emit(check, messageId, { detail: p.message }, { file: p.file, line: p.line, column: p.column });
    }
    for (const p of compose.problems) {
        const { check, messageId, severity } = COMPOSE_PROBLEMS[p.kind];
        emit(check, messageId, { detail: p.message, environment: p.environment }, p.loc, p.environment, severity);
    }
    runPromtool(ws, config, emit, tools);
    emitHelmFindings(ws, config, emit, tools);
    for (const p of (0, kustomize_overlays_1.buildKustomizeOverlays)(ws, config, tools?.kustomize)) {
        const dir = node_path_1.default.posix.dirname(p.file);
        if (p.kind === 'unavailable')
            emit(kustomize_build_1.default, 'unavailable', { dir }, { file: p.file, line: 1, column: 1 });
        else
            emit(kustomize_build_1.default, 'failed', { dir, detail: p.detail }, { file: p.file, line: 1, column: 1 });
    }
}
/** Charts not rendered, failed or required and unrenderable (validate() rendered them first; this reads the same results). */
function emitHelmFindings(ws, config, emit, tools) {
    for (const p of (0, helm_charts_1.renderHelmCharts)(ws, config.kubernetes.helm, tools?.helm)) {
        const chart = (0, helm_charts_1.chartName)(ws, p.chart);
        const at = { file: p.chart.chartFile, line: 1, column: 1 };
        if (p.kind === 'not-rendered')
            emit(helm_not_rendered_1.default, 'notRendered', { chart, reason: p.reason }, at);
        else if (p.kind === 'unavailable')
            emit(helm_template_1.default, 'unavailable', { chart }, at);
        else if (p.kind === 'invalid-chart')
            emit(helm_template_1.default, 'invalidChart', { chart, detail: p.detail }, p.loc);
        else
            emit(helm_template_1.default, 'failed', { chart, detail: p.detail }, p.loc);
    }
}
function runPromtool(ws, config, emit, tools) {
    const mode = config.monitoring.promtool;
    if (mode === 'never')
        return;
    // promtool reads plain rule/config files only; PrometheusRule resources are checked by stackgate's own checks.
    const ruleFiles = [...new Set(ws.prometheusRules.filter((d) => d.basePath.length === 0).map((d) => d.file))];
    const configFiles = [...new Set(ws.prometheusConfigs.map((d) => d.file))];
    if (!ruleFiles.length && !configFiles.length)
        return;
    const runner = tools?.promtool;
    const batches = [
        ['rules', ruleFiles],
        ['config', configFiles],
    ];
    for (const [kind, files] of batches) {
        if (!files.length)
            continue;
        const results = runner?.(kind, files.map((f) => node_path_1.default.join(ws.root, f)));
        if (!results) {
            if (mode === 'always')
                emit(promtool_1.default, 'unavailable', {}, { file: files[0], line: 1, column: 1 });
            return;
        }
        for (const r of results) {
            if (r.ok)
                continue;
            const rel = node_path_1.default.relative(ws.root, r.file).split(node_path_1.default.sep).join('/');
            for (const message of r.messages.length ? r.messages : ['failed']) {
                const line = /line (\d+)/.exec(message)?.[1] ?? /:(\d+):\d+:/.exec(message)?.[1];
                emit(promtool_1.default, 'failed', { mode: kind, detail: message }, { file: rel, line: line ? Number(line) : 1, column: 1 });
            }
        }
    }
}


/***/ }),

/***/ 98644:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RELEASE_NAMESPACE_PLACEHOLDER = void 0;
exports.renderHelmCharts = renderHelmCharts;
exports.chartName = chartName;
/**
 * Helm charts in validate: each chart (not a subchart, which its parent renders) is rendered by the
 * helm runner the entry point supplies (`kubernetes.helm: auto | always | never`), and the rendered
 * objects join the workspace's manifests under the template file that wrote them, on the template's
 * lines. A chart that is not rendered is reported once; its templates are never read as YAML.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const helm_output_1 = __webpack_require__(34254);
const workspace_1 = __webpack_require__(6936);
const yaml_tree_1 = __webpack_require__(43183);
/**
 * The namespace charts are rendered into (`helm template --namespace`): the release's namespace is
 * chosen at install time, so objects that take it (`{{ .Release.Namespace }}`) get no namespace
 * once rendered, rather than helm's `default`.
 */
exports.RELEASE_NAMESPACE_PLACEHOLDER = 'stackgate-release-namespace';
const rendered = new WeakMap();
/**
 * Renders every chart of the workspace once (later calls return the first call's problems) and adds
 * the rendered objects to `ws.kubernetes`.
 */
function renderHelmCharts(ws, mode, renderer) {
    const done = rendered.get(ws);
    if (done)
        return done;
    const problems = [];
    for (const chart of ws.layout.helmCharts) {
        // A chart under stackgate.yml's exclude (or outside include) is not validated.
        if (!ws.files.has(chart.chartFile))
            continue;
        // helm refuses a chart whose Chart.yaml lacks what it requires; that is checked with or without helm.
        const invalid = chartFileProblems(ws, chart);
        if (invalid === 'unparsed' || invalid.length) {
            if (invalid !== 'unparsed')
                problems.push(...invalid);
            continue;
        }
        // A subchart is rendered by its parent; a library chart only holds helpers for other charts' templates.
        if (chart.isSubchart || isLibraryChart(ws, chart))
            continue;
        if (mode === 'never') {
            problems.push({ kind: 'not-rendered', chart, reason: 'kubernetes.helm is "never"' });
            continue;
        }
        const result = renderer?.(node_path_1.default.join(ws.root, chart.dir));
        if (!result) {
            problems.push(mode === 'always' ? { kind: 'unavailable', chart } : { kind: 'not-rendered', chart, reason: 'helm is not installed' });
            continue;
        }
        if (!result.ok) {
            // Dependencies fetched at deploy time are not the repository's fault; the chart is just not rendered.
            if (/missing in charts\/ directory|dependency build|dependencies are not/i.test(result.message)) {
                problems.push({ kind: 'not-rendered', chart, reason: 'its dependencies are not in charts/ (run "helm dependency build")' });
            }
            else if (/execution error at \(|don't meet the specifications of the schema/i.test(result.message)) {
                // `required`, `fail` or values.schema.json asking for values the installer supplies: the chart is fine, its defaults do not render.
                problems.push({ kind: 'not-rendered', chart, reason: `its default values do not render: ${result.message}` });
            }
            else {
                problems.push({ kind: 'failed', chart, detail: result.message, loc: failureLocation(ws, chart, result.message) });
            }
            continue;
        }
        problems.push(...addRenderedObjects(ws, chart, result.stdout));
    }
    rendered.set(ws, problems);
    return problems;
}
const CHART_API_VERSIONS = ['v1', 'v2'];
const CHART_TYPES = ['application', 'library'];
// SemVer 2, as helm reads it (a leading v and a missing minor or patch are accepted).
const CHART_VERSION = /^v?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** What helm requires of Chart.yaml: apiVersion v1 or v2, a name, a SemVer version, a known type. 'unparsed' when it does not parse (core/parse-error says so). */
function chartFileProblems(ws, chart) {
    const parsed = ws.parsed.get(chart.chartFile);
    const root = parsed?.documents[0]?.root;
    if (!parsed || parsed.problems.length)
        return 'unparsed';
    const file = { file: chart.chartFile, line: 1, column: 1 };
    if (!root || root.kind !== 'map')
        return [{ kind: 'invalid-chart', chart, detail: 'Chart.yaml must be a map with apiVersion, name and version', loc: file }];
    const problems = [];
    const field = (key, isValid, expected) => {
        const node = root.entries.get(key);
        const value = node?.kind === 'scalar' ? node.value : node ? (0, yaml_tree_1.toPlain)(node) : undefined;
        if (isValid(value))
            return;
        const detail = node ? `${key}: expected ${expected}, got ${JSON.stringify(value)}` : `${key} is required (${expected})`;
        problems.push({ kind: 'invalid-chart', chart, detail, loc: node ? (node.keyLoc ?? node.loc) : file });
    };
    field('apiVersion', (v) => typeof v === 'string' && CHART_API_VERSIONS.includes(v), 'v2, or v1 for Helm 2 charts');
    field('name', (v) => typeof v === 'string' && v.trim() !== '', 'the chart name');
    field('version', (v) => (typeof v === 'string' || typeof v === 'number') && CHART_VERSION.test(String(v)), 'a SemVer version such as 0.1.0');
    if (root.entries.has('type'))
        field('type', (v) => typeof v === 'string' && CHART_TYPES.includes(v), 'application or library');
    return problems;
}
function isLibraryChart(ws, chart) {
    const root = ws.parsed.get(chart.chartFile)?.documents[0]?.root;
    const type = root?.kind === 'map' ? root.entries.get('type') : undefined;
    return type?.kind === 'scalar' && type.value === 'library';
}
/** The chart's name from Chart.yaml, else its directory's. */
function chartName(ws, chart) {
    const name = /^name:\s*["']?([^"'\s#]+)/m.exec(ws.files.get(chart.chartFile)?.text ?? '')?.[1];
    return name ?? (node_path_1.default.posix.basename(chart.dir) || '.');
}
function addRenderedObjects(ws, chart, stdout) {
    const problems = [];
    const cursors = new Map();
    const docCounts = new Map();
    for (const doc of (0, helm_output_1.splitHelmOutput)(stdout)) {
        const candidate = chart.dir ? `${chart.dir}/${doc.source}` : doc.source;
        // A template of a packaged subchart (charts/*.tgz) has no file in the repository: the chart stands for it.
        const file = ws.files.has(candidate) ? candidate : chart.chartFile;
        let cursor = cursors.get(file);
        if (!cursor)
            cursors.set(file, (cursor = { line: 0 }));
        const lines = file === candidate ? (0, helm_output_1.mapRenderedLines)(doc.text, ws.files.get(file).text, cursor) : [];
        const templateLines = file === candidate ? ws.files.get(file).text.split(/\r?\n/) : [];
        const parsed = (0, yaml_tree_1.parseYaml)(file, doc.text);
        const first = parsed.problems[0];
        if (first) {
            const line = lines[first.line - 1] ?? 1;
            problems.push({ kind: 'failed', chart, detail: `${doc.source} renders invalid YAML: ${first.message}`, loc: { file, line, column: 1 } });
            continue;
        }
        for (const d of parsed.documents) {
            if (!d.root || d.root.kind !== 'map')
                continue;
            relocate(d.root, lines, templateLines);
            dropReleaseNamespace(d.root);
            const value = (0, yaml_tree_1.toPlain)(d.root);
            if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string')
                continue;
            const index = docCounts.get(file) ?? 0;
            docCounts.set(file, index + 1);
            const items = (0, yaml_tree_1.getNode)(d.root, ['items']);
            const roots = value.kind.endsWith('List') && items?.kind === 'seq' ? items.items : [d.root];
            for (const root of roots) {
                const v = (0, yaml_tree_1.toPlain)(root);
                if (root.kind !== 'map' || typeof v.apiVersion !== 'string' || typeof v.kind !== 'string')
                    continue;
                const obj = (0, workspace_1.toKubernetesObject)(file, index, root, v);
                ws.kubernetes.push(obj);
                const spec = obj.kind === 'PrometheusRule' ? (0, yaml_tree_1.getNode)(root, ['spec']) : undefined;
                if (spec)
                    ws.prometheusRules.push({ file, root: spec, basePath: ['spec'] });
            }
            const kinds = ws.kinds.get(file) ?? new Set();
            kinds.add('kubernetes');
            ws.kinds.set(file, kinds);
        }
    }
    return problems;
}
function dropReleaseNamespace(root) {
    const metadata = (0, yaml_tree_1.getNode)(root, ['metadata']);
    const namespace = metadata?.kind === 'map' ? metadata.entries.get('namespace') : undefined;
    if (metadata?.kind === 'map' && namespace?.kind === 'scalar' && namespace.value === exports.RELEASE_NAMESPACE_PLACEHOLDER)
        metadata.entries.delete('namespace');
}
/** Moves every position of a rendered tree to the template line that wrote it (column: where that line's text starts). */
function relocate(root, lines, templateLines) {
    const seen = new Set();
    const move = (loc) => {
        if (!loc || seen.has(loc))
            return;
        seen.add(loc);
        const line = lines[loc.line - 1] ?? 1;
        loc.line = line;
        loc.column = (/^\s*/.exec(templateLines[line - 1] ?? '')?.[0].length ?? 0) + 1;
        delete loc.endLine;
        delete loc.endColumn;
    };
    const walk = (node) => {
        move(node.loc);
        move(node.keyLoc);
        if (node.kind === 'map')
            for (const child of node.entries.values())
                walk(child);
        else if (node.kind === 'seq')
            for (const child of node.items)
                walk(child);
    };
    walk(root);
}
/** helm's errors name the template and line (`template: web/templates/x.yaml:12:3: ...`); else the chart's Chart.yaml. */
function failureLocation(ws, chart, message) {
    const m = /[\w.-]+\/((?:charts\/[^/:\s]+\/)?templates\/[^:\s]+):(\d+)/.exec(message);
    if (m) {
        const file = chart.dir ? `${chart.dir}/${m[1]}` : m[1];
        if (ws.files.has(file))
            return { file, line: Number(m[2]), column: 1 };
    }
    return { file: chart.chartFile, line: 1, column: 1 };
}


/***/ }),

/***/ 35435:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildKustomizeOverlays = buildKustomizeOverlays;
/**
 * Kustomize overlays in validate (`kubernetes.kustomize: auto | always`): each kustomization that
 * no other includes is built by the runner the entry point supplies (`kubectl kustomize`, with
 * origin annotations), and the built objects replace the objects of the files they came from. Each
 * field is reported where it is written: in the patch that set it when a patch of the same object
 * does, else in the resource file, else on the nearest enclosing field that is written somewhere.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const test_paths_1 = __webpack_require__(76869);
const layout_1 = __webpack_require__(52483);
const workspace_1 = __webpack_require__(6936);
const kustomize_patches_1 = __webpack_require__(26842);
const yaml_tree_1 = __webpack_require__(43183);
const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const REMOTE_RESOURCE = /^\s*-\s*(?:[\w.-]+=)?["']?(https?:\/\/|git@|ssh:\/\/|git::|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/m;
/** What kubectl says when a remote base or generator file cannot be fetched (no network here). */
const NETWORK_FAILURE = /dial tcp|no such host|lookup [\w.-]+ on|i\/o timeout|network is unreachable|temporary failure in name resolution|TLS handshake timeout|error downloading|failed to download|couldn't make target for https?:/i;
const built = new WeakMap();
/** Builds every overlay of the workspace once (later calls return the first call's problems). */
function buildKustomizeOverlays(ws, config, renderer) {
    const done = built.get(ws);
    if (done)
        return done;
    const problems = [];
    built.set(ws, problems);
    const mode = config.kubernetes.kustomize;
    if (mode === 'never')
        return problems;
    const kustomizations = [...ws.files.values()].filter((f) => (0, layout_1.isKustomizationFile)(f.path));
    const fetching = kustomizations.filter((k) => REMOTE_RESOURCE.test(k.text)).map((k) => k.path);
    const rendered = [];
    const replaced = new Set();
    for (const file of (0, layout_1.findKustomizeRoots)(kustomizations)) {
        // An overlay among test fixtures or archived files is not deployed, and may be broken on purpose.
        if ((0, test_paths_1.isTestPath)(config, file))
            continue;
        // Remote bases and generator files would be fetched over the network: such an overlay's files
        // (its own kustomization or one of those below it) are checked as written.
        const dir = node_path_1.default.posix.dirname(file);
        if (fetching.some((k) => dir === '.' || k === file || k.startsWith(`${dir}/`)))
            continue;
        const result = renderer?.(node_path_1.default.join(ws.root, dir));
        if (!result) {
            if (mode === 'always')
                problems.push({ kind: 'unavailable', file });
            continue;
        }
        if (!result.ok) {
            // A fetch that failed for want of a network says nothing of the overlay: checked as written.
            if (!NETWORK_FAILURE.test(result.message))
                problems.push({ kind: 'failed', file, detail: result.message });
            continue;
        }
        for (const obj of builtObjects(ws, file, result.stdout, result.originDir)) {
            rendered.push(obj);
            replaced.add(obj.file);
        }
    }
    if (!rendered.length)
        return problems;
    // The built objects stand for the files they came from (several overlays of one base each give their own).
    const kept = ws.kubernetes.filter((o) => !replaced.has(o.file) || o.kind === 'Kustomization');
    ws.kubernetes.length = 0;
    ws.kubernetes.push(...kept, ...rendered);
    return problems;
}
function builtObjects(ws, kustomization, stdout, originDir) {
    const out = [];
    const parsed = (0, yaml_tree_1.parseYaml)(kustomization, stdout);
    const fallback = { file: kustomization, line: 1, column: 1 };
    parsed.documents.forEach((doc) => {
        const root = doc.root;
        if (!root || root.kind !== 'map')
            return;
        const origin = takeOrigin(root);
        const file = origin ? repositoryPath(ws, originDir, origin) : undefined;
        const value = (0, yaml_tree_1.toPlain)(root);
        if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string')
            return;
        const name = value.metadata?.name;
        const source = file ? sourceObject(ws, file, value.kind, typeof name === 'string' ? name : '') : undefined;
        const patches = (0, kustomize_patches_1.kustomizePatchTrees)(ws, value.kind, typeof name === 'string' ? name : '');
        const where = source?.loc ?? (file ? { file, line: 1, column: 1 } : fallback);
        relocate(root, source?.root, patches, where);
        const obj = (0, workspace_1.toKubernetesObject)(where.file, source?.docIndex ?? 0, root, value);
        out.push({ ...obj, overlay: node_path_1.default.posix.dirname(kustomization) });
    });
    return out;
}
/** Removes the origin annotation kustomize added (and `annotations` when it held only that); returns the origin's path. */
function takeOrigin(root) {
    const metadata = (0, yaml_tree_1.getNode)(root, ['metadata']);
    const annotations = metadata?.kind === 'map' ? metadata.entries.get('annotations') : undefined;
    if (!metadata || metadata.kind !== 'map' || annotations?.kind !== 'map')
        return undefined;
    const origin = annotations.entries.get(ORIGIN_ANNOTATION);
    annotations.entries.delete(ORIGIN_ANNOTATION);
    if (!annotations.entries.size)
        metadata.entries.delete('annotations');
    if (origin?.kind !== 'scalar' || typeof origin.value !== 'string')
        return undefined;
    // `path: base/deployment.yaml` for a resource file; `configuredIn: kustomization.yaml` for a generated object.
    return /^path:\s*(.+)$/m.exec(origin.value)?.[1].trim() ?? /^configuredIn:\s*(.+)$/m.exec(origin.value)?.[1].trim();
}
function repositoryPath(ws, originDir, origin) {
    const rel = node_path_1.default.relative(ws.root, node_path_1.default.resolve(originDir, origin)).split(node_path_1.default.sep).join('/');
    return ws.files.has(rel) ? rel : undefined;
}
/** The object of a resource file that the built one came from: same kind, and its name inside the built name (namePrefix, nameSuffix). */
function sourceObject(ws, file, kind, name) {
    const candidates = ws.kubernetes.filter((o) => o.file === file && o.kind === kind);
    return candidates.find((o) => o.name === name) ?? candidates.find((o) => name.includes(o.name)) ?? candidates[0];
}
/**
 * Gives every node of the built tree the position of the same field where it is written (list items
 * matched by `name`, else by index): a value set by a patch is the patch's, a map or list the resource
 * file defines is the resource's (a patch only names it to reach into it), anything else is where a
 * patch adds it; a field written nowhere takes its parent's position.
 */
function relocate(built, resource, patches, fallback) {
    const walk = (node, counterparts, parentLoc) => {
        const [inResource, ...inPatches] = counterparts;
        const hit = node.kind === 'scalar' ? scalarSource(node.value, inResource, inPatches) : (inResource ?? inPatches.find((c) => c !== undefined));
        const loc = hit ? { ...hit.loc } : { ...parentLoc };
        node.loc = loc;
        if (node.keyLoc)
            node.keyLoc = hit?.keyLoc ? { ...hit.keyLoc } : loc;
        if (node.kind === 'map') {
            for (const [key, child] of node.entries)
                walk(child, counterparts.map((c) => (c?.kind === 'map' ? c.entries.get(key) : undefined)), loc);
        }
        else if (node.kind === 'seq') {
            node.items.forEach((item, i) => walk(item, counterparts.map((c) => (c?.kind === 'seq' ? matchItem(c.items, item, i) : undefined)), loc));
        }
    };
    walk(built, [resource, ...patches], fallback);
}
/** Where a value was written: the resource when it holds that value (a patch may restate it, as it does names), else the last patch that sets it. */
function scalarSource(value, inResource, inPatches) {
    const holds = (c) => c?.kind === 'scalar' && c.value === value;
    if (holds(inResource))
        return inResource;
    return [...inPatches].reverse().find(holds) ?? inResource ?? inPatches.find((c) => c !== undefined);
}
/** The item of a list that stands for a built item: the one of the same `name`, else the one at its index when that names nothing (a JSON 6902 path indexes the list). */
function matchItem(items, item, index) {
    const nameOf = (node) => {
        const name = node?.kind === 'map' ? node.entries.get('name') : undefined;
        return name?.kind === 'scalar' ? name.value : undefined;
    };
    const name = nameOf(item);
    if (name === undefined)
        return items[index];
    return items.find((i) => nameOf(i) === name) ?? (nameOf(items[index]) === undefined ? items[index] : undefined);
}


/***/ }),

/***/ 26842:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kustomizePatchTrees = kustomizePatchTrees;
/**
 * Where kustomize patches write the fields they set, for kustomize-overlays.ts to report a built
 * object's field in the patch that set it. Every patch the repository's kustomization files apply to
 * an object of a kind and name, as trees with the positions of the patch's own text:
 * - strategic-merge patches, in files (`patchesStrategicMerge`, `patches`) or inline (a `patch:`
 *   string, a multi-line entry of `patchesStrategicMerge`);
 * - JSON 6902 patches (`patchesJson6902`, `patches` with a `target`), in files or inline: each `add`
 *   or `replace` becomes a tree of its path holding its `value`, where the value is written.
 * An inline patch's positions are those of its lines inside the kustomization file (block scalars).
 */
const is_record_1 = __webpack_require__(32789);
const layout_1 = __webpack_require__(52483);
const yaml_tree_1 = __webpack_require__(43183);
const collected = new WeakMap();
/** The patch trees the kustomization files of the workspace apply to an object of this kind and name. */
function kustomizePatchTrees(ws, kind, name) {
    let patches = collected.get(ws);
    if (!patches) {
        patches = [];
        for (const file of ws.files.keys()) {
            if (!(0, layout_1.isKustomizationFile)(file))
                continue;
            for (const doc of ws.parsed.get(file)?.documents ?? [])
                if (doc.root?.kind === 'map')
                    patches.push(...patchesOfKustomization(ws, file, doc.root));
        }
        collected.set(ws, patches);
    }
    const object = { kind, name };
    return patches.filter((p) => p.appliesTo(object)).map((p) => p.tree);
}
function patchesOfKustomization(ws, file, root) {
    const out = [];
    const items = (key) => {
        const node = root.entries.get(key);
        return node?.kind === 'seq' ? node.items : [];
    };
    for (const entry of items('patchesStrategicMerge')) {
        for (const tree of patchContent(ws, file, entry))
            if (tree.kind === 'map')
                out.push({ tree, appliesTo: strategicMergeMatcher(tree, undefined) });
    }
    for (const key of ['patches', 'patchesJson6902']) {
        for (const entry of items(key)) {
            const target = entry.kind === 'map' ? targetMatcher(entry) : undefined;
            const content = entry.kind === 'map' ? (entry.entries.get('patch') ?? entry.entries.get('path')) : entry;
            if (!content)
                continue;
            for (const tree of patchContent(ws, file, content, entry.kind === 'map' && entry.entries.has('patch'))) {
                // A JSON 6902 patch names no object of its own: only its target selects one.
                if (tree.kind === 'seq')
                    out.push(...json6902Trees(tree).map((t) => ({ tree: t, appliesTo: target ?? (() => false) })));
                else if (tree.kind === 'map')
                    out.push({ tree, appliesTo: strategicMergeMatcher(tree, target) });
            }
        }
    }
    return out;
}
/** The documents of a patch: the file a reference names (parsed with the workspace), or the inline text. */
function patchContent(ws, kustomization, node, isInline = false) {
    if (node.kind !== 'scalar' || typeof node.value !== 'string')
        return [];
    const text = node.value;
    if (!isInline && (0, layout_1.isFileReference)(text)) {
        const file = (0, layout_1.resolveKustomizeReference)(kustomization, text.trim());
        return (ws.parsed.get(file)?.documents ?? []).flatMap((d) => (d.root ? [d.root] : []));
    }
    const offset = inlineOffset(ws.files.get(kustomization)?.text ?? '', node.loc);
    if (!offset)
        return [];
    const parsed = (0, yaml_tree_1.parseYaml)(kustomization, text);
    if (parsed.problems.length)
        return [];
    const roots = parsed.documents.flatMap((d) => (d.root ? [d.root] : []));
    for (const root of roots)
        shift(root, offset);
    return roots;
}
/**
 * How an inline patch's own lines sit in the kustomization file: a block scalar (`patch: |`) starts
 * on the line after its header, indented; a one-line plain or quoted string where it is written.
 * undefined for what cannot be mapped line for line (folded or multi-line quoted strings).
 */
function inlineOffset(text, loc) {
    const lines = text.split(/\r?\n/);
    const header = lines[loc.line - 1]?.slice(loc.column - 1) ?? '';
    if (/^\|[-+0-9]*\s*(#.*)?$/.test(header)) {
        const first = lines.slice(loc.line).find((l) => l.trim() !== '');
        return first === undefined ? undefined : { lines: loc.line, columns: first.length - first.trimStart().length };
    }
    if (/^[>|]/.test(header))
        return undefined;
    const quote = /^["']/.test(header) ? 1 : 0;
    if (loc.endLine !== undefined && loc.endLine !== loc.line)
        return undefined;
    return { lines: loc.line - 1, columns: loc.column - 1 + quote };
}
function shift(node, by) {
    const move = (loc) => {
        loc.line += by.lines;
        loc.column += by.columns;
        if (loc.endLine !== undefined)
            loc.endLine += by.lines;
        if (loc.endColumn !== undefined)
            loc.endColumn += by.columns;
    };
    move(node.loc);
    if (node.keyLoc && node.keyLoc !== node.loc)
        move(node.keyLoc);
    if (node.kind === 'map')
        for (const child of node.entries.values())
            shift(child, by);
    else if (node.kind === 'seq')
        for (const item of node.items)
            shift(item, by);
}
/**
 * Which objects an entry's `target` selects: its kind, and its name (a regular expression in
 * kustomize, compiled once) or a name inside the built one (prefixes, suffixes). undefined without a target.
 */
function targetMatcher(entry) {
    const target = (0, yaml_tree_1.toPlain)(entry.entries.get('target'));
    if (!(0, is_record_1.isRecord)(target))
        return undefined;
    const kind = typeof target.kind === 'string' ? target.kind : undefined;
    const name = typeof target.name === 'string' ? target.name : undefined;
    let pattern;
    try {
        pattern = name === undefined ? undefined : new RegExp(`^(?:${name})$`);
    }
    catch {
        pattern = undefined;
    }
    return (object) => (kind === undefined || kind === object.kind) && (name === undefined || object.name.includes(name) || !!pattern?.test(object.name));
}
/** Which objects a strategic-merge patch applies to: those of its own kind and name, or, when it names none, the entry's target's. */
function strategicMergeMatcher(tree, target) {
    const v = (0, yaml_tree_1.toPlain)(tree);
    const name = (0, is_record_1.isRecord)(v.metadata) && typeof v.metadata.name === 'string' ? v.metadata.name : undefined;
    if (typeof v.kind === 'string' && name !== undefined)
        return (object) => v.kind === object.kind && object.name.includes(name);
    return target ?? (() => false);
}
/** Each `add` or `replace` operation of a JSON 6902 patch as a tree of its path, holding its value where the value is written. */
function json6902Trees(ops) {
    if (ops.kind !== 'seq')
        return [];
    const out = [];
    for (const op of ops.items) {
        if (op.kind !== 'map')
            continue;
        const kind = op.entries.get('op');
        const pointer = op.entries.get('path');
        const value = op.entries.get('value');
        if (kind?.kind !== 'scalar' || !/^(add|replace)$/.test(String(kind.value)) || pointer?.kind !== 'scalar' || typeof pointer.value !== 'string' || !value)
            continue;
        const segments = pointer.value
            .split('/')
            .slice(1)
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        // `-` appends: where the value lands depends on the list, which a position cannot tell.
        if (!segments.length || segments.includes('-'))
            continue;
        let tree = value;
        for (let i = segments.length - 1; i >= 0; i--) {
            const segment = segments[i];
            const loc = { ...pointer.loc };
            if (/^(0|[1-9]\d*)$/.test(segment)) {
                const items = [];
                items[Number(segment)] = tree;
                tree = { kind: 'seq', items, loc };
            }
            else {
                tree.keyLoc ??= op.entries.get('value')?.keyLoc ?? loc;
                tree = { kind: 'map', entries: new Map([[segment, tree]]), loc };
            }
        }
        out.push(tree);
    }
    return out;
}


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

/***/ 97540:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findingContext = findingContext;
exports.learnFindingSecrets = learnFindingSecrets;
const workspace_1 = __webpack_require__(6936);
/** Longest stretch of lines read around one finding. */
const MAX_CONTEXT_LINES = 50;
const linesCache = new WeakMap();
/** The source text a finding at `loc` may quote, or undefined when the file is not readable text. */
function findingContext(ws, loc) {
    const lines = linesOf(ws, loc.file);
    if (!lines || loc.line < 1 || loc.line > lines.length)
        return undefined;
    const last = Math.min(lines.length, loc.line + MAX_CONTEXT_LINES - 1);
    let end = Math.max(loc.line, Math.min(loc.endLine ?? loc.line, last));
    while (end < last && /\\\s*$/.test(lines[end - 1]))
        end++;
    return lines.slice(loc.line - 1, end).join('\n');
}
/** Learns the secrets of every finding's context and message in one pass of the scanner. */
function learnFindingSecrets(redactor, ws, reports) {
    const texts = new Set();
    for (const r of reports) {
        const context = findingContext(ws, r.loc);
        if (context)
            texts.add(context);
        texts.add(r.message);
        if (r.subject)
            texts.add(r.subject);
    }
    redactor.learn(texts);
}
function linesOf(ws, file) {
    let cache = linesCache.get(ws);
    if (!cache)
        linesCache.set(ws, (cache = new Map()));
    let lines = cache.get(file);
    if (!lines) {
        const text = (0, workspace_1.readText)(ws, file);
        if (text === undefined)
            return undefined;
        cache.set(file, (lines = text.split(/\r?\n/)));
    }
    return lines;
}


/***/ }),

/***/ 33355:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadValidateWorkspace = loadValidateWorkspace;
exports.listValidateFiles = listValidateFiles;
exports.validateRepositoryFiles = validateRepositoryFiles;
exports.validate = validate;
/**
 * The validate pipeline: load the repository, build the effective Compose stacks, run every
 * enabled check on its targets, then apply severities, path overrides and inline suppressions.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const picomatch_1 = __importDefault(__webpack_require__(14006));
const dockerfile_ast_1 = __webpack_require__(78390);
const index_1 = __webpack_require__(12293);
const invalid_suppression_1 = __importDefault(__webpack_require__(88076));
const custom_resource_schema_1 = __importDefault(__webpack_require__(9794));
const types_1 = __webpack_require__(15200);
const project_1 = __webpack_require__(19409);
const findings_1 = __webpack_require__(44637);
const custom_resources_1 = __webpack_require__(18433);
const environment_1 = __webpack_require__(84557);
const workspace_1 = __webpack_require__(6936);
const settings_1 = __webpack_require__(6785);
const ids_1 = __webpack_require__(92387);
const suppress_1 = __webpack_require__(28311);
const engine_findings_1 = __webpack_require__(7137);
const redactor_1 = __webpack_require__(98789);
const schema_1 = __webpack_require__(80757);
const redact_findings_1 = __webpack_require__(97540);
const file_state_1 = __webpack_require__(5911);
const list_services_1 = __webpack_require__(63251);
const operated_1 = __webpack_require__(81842);
const test_scaffolding_1 = __webpack_require__(65043);
const built_dockerfiles_1 = __webpack_require__(99054);
const workload_kinds_1 = __webpack_require__(75581);
const helm_charts_1 = __webpack_require__(98644);
const kustomize_overlays_1 = __webpack_require__(35435);
const object_checks_1 = __webpack_require__(28325);
/** Production hardening of deployable files (Compose, Kubernetes, Dockerfile); correctness findings break tests too. */
function isHardeningCheck(check) {
    return ['compose', 'kubernetes', 'dockerfile'].includes((0, types_1.domainOf)(check.id)) && check.meta.category !== 'correctness';
}
/** The files validate reads: the repository under `config`'s include, exclude and size limit. */
function loadValidateWorkspace(root, config) {
    return (0, workspace_1.buildWorkspace)(listValidateFiles(root, config));
}
/** The files validate reads, listed and read, not parsed yet. */
function listValidateFiles(root, config) {
    return (0, workspace_1.listWorkspaceFiles)({ root, include: config.include, exclude: config.exclude, maxFileBytes: config.maxFileSizeKb * 1024 });
}
/** validate, after reading the files and loading the Kubernetes models when there are manifests. */
async function validateRepositoryFiles(options) {
    const workspace = options.workspace ?? loadValidateWorkspace(options.root, options.config);
    // Rendered Helm charts add manifests, so render before deciding whether the models are needed.
    (0, helm_charts_1.renderHelmCharts)(workspace, options.config.kubernetes.helm, options.externalTools?.helm);
    (0, kustomize_overlays_1.buildKustomizeOverlays)(workspace, options.config, options.externalTools?.kustomize);
    const kubernetesModels = options.kubernetesModels ?? (workspace.kubernetes.length ? await (0, schema_1.loadBuiltInModels)() : undefined);
    return validate({ ...options, workspace, kubernetesModels });
}
function validate(options) {
    const { config } = options;
    const ws = options.workspace ?? loadValidateWorkspace(options.root, config);
    (0, helm_charts_1.renderHelmCharts)(ws, config.kubernetes.helm, options.externalTools?.helm);
    (0, kustomize_overlays_1.buildKustomizeOverlays)(ws, config, options.externalTools?.kustomize);
    const compose = (0, project_1.buildComposeProject)(ws, config);
    const settings = (0, settings_1.resolveCheckSettings)(index_1.CHECKS, config, options.only);
    const raw = [];
    const makeReporter = (check, root, fallback, extra = {}) => (d) => {
        raw.push({
            check,
            ...(0, object_checks_1.describeReport)(check, root, fallback, d),
            environment: extra.environment,
            subject: extra.subject,
            severity: extra.severity,
            ...(d.atInfo ? { atInfo: true } : {}),
        });
    };
    const byTarget = new Map();
    const withRepository = options.scope === 'repository' || !!options.only;
    let deploysMcp;
    const hasMcp = () => (deploysMcp ??= (0, list_services_1.deploysMcpServers)({ config, compose, kubernetes: ws.kubernetes }));
    let mcpNames;
    const mcpWorkloads = () => (mcpNames ??= new Set((0, list_services_1.findMcpServices)({ config, compose, kubernetes: ws.kubernetes })
        .filter((s) => s.platform === 'kubernetes')
        .map((s) => s.name)));
    let operated;
    const isOperated = () => (operated ??= (0, operated_1.isOperatedRepository)({ config, compose, kubernetes: ws.kubernetes }));
    for (const check of index_1.CHECKS) {
        if (!settings.get(check.id)?.enabled)
            continue;
        if ((0, types_1.isEngineCheck)(check))
            continue; // reported below, by emitEngineFindings and finalize
        if (check.target === 'repository' && !withRepository)
            continue;
        if (check.meta.mcpOnly && !hasMcp())
            continue; // not applicable: the repository runs no MCP server
        if (check.meta.operatedOnly && !isOperated())
            continue; // not applicable: a library, tool or example repository
        byTarget.set(check.target, [...(byTarget.get(check.target) ?? []), check]);
    }
    const run = (target, fn) => {
        for (const check of byTarget.get(target) ?? [])
            fn(check);
    };
    const evaluated = new Set();
    const invoke = (check, ctx) => {
        evaluated.add(check.id);
        check.check(ctx);
    };
    const opts = (check) => settings.get(check.id)?.options;
    // Compose: raw files, then effective services/stacks per environment.
    for (const file of ws.composeFiles) {
        const parsed = ws.parsed.get(file);
        for (const document of parsed?.documents ?? []) {
            if (!document.root)
                continue;
            run('compose-file', (check) => invoke(check, {
                options: opts(check),
                file,
                document,
                root: document.root,
                fileState: (f) => (0, file_state_1.repositoryFileState)(ws, f),
                report: makeReporter(check, document.root, document.root.loc),
            }));
        }
    }
    for (const env of compose.environments) {
        const stacks = compose.effective.get(env.name) ?? [];
        for (const stack of stacks) {
            run('compose-stack', (check) => {
                if (check.meta.productionOnly && !env.isProduction)
                    return;
                invoke(check, {
                    options: opts(check),
                    environment: env,
                    stack,
                    report: makeReporter(check, stack.node, stack.loc, { environment: env.name, subject: stack.name }),
                });
            });
            for (const service of stack.services) {
                run('compose-service', (check) => {
                    if (check.meta.productionOnly && !env.isProduction)
                        return;
                    invoke(check, {
                        options: opts(check),
                        environment: env,
                        stack,
                        service,
                        report: makeReporter(check, service.node, service.loc, { environment: env.name, subject: `${stack.name}/${service.name}` }),
                    });
                });
            }
        }
        if (stacks.length)
            run('compose-project', (check) => {
                if (check.meta.productionOnly && !env.isProduction)
                    return;
                invoke(check, {
                    options: opts(check),
                    environment: env,
                    stacks,
                    report: makeReporter(check, null, { file: stacks[0]?.files[0] ?? '.', line: 1, column: 1 }, { environment: env.name }),
                });
            });
    }
    // Kubernetes.
    const production = new Map(ws.kubernetes.map((obj) => [obj, (0, environment_1.isProductionManifest)(obj, config)]));
    const isProd = (obj) => production.get(obj) ?? (0, environment_1.isProductionManifest)(obj, config);
    const needsModels = ws.kubernetes.length > 0 && !!byTarget.get('kubernetes-object')?.some((check) => check.id === 'kubernetes/schema');
    if (needsModels && !options.kubernetesModels) {
        throw new Error('validate: the repository has Kubernetes manifests but the built-in models were not given (validateRepositoryFiles loads them)');
    }
    const builtInModels = options.kubernetesModels ?? new Map();
    const objectChecks = byTarget.get('kubernetes-object') ?? [];
    const objectCheckById = new Map(objectChecks.map((check) => [check.id, check]));
    for (const object of ws.kubernetes) {
        // Run on a worker thread (options.objectChecks), or here; of those, the checks this run applies.
        const runs = options.objectChecks?.get(object) ?? (0, object_checks_1.checkObject)(object, objectChecks, { settings, isProduction: isProd(object), builtInModels });
        for (const { checkId, reports } of runs) {
            const check = objectCheckById.get(checkId);
            if (!check)
                continue;
            evaluated.add(checkId);
            const overlay = object.overlay ? { environment: node_path_1.default.posix.basename(object.overlay), overlay: true } : {};
            for (const r of reports)
                raw.push({ check, ...r, subject: `${object.kind}/${object.name}`, ...overlay });
        }
    }
    const { schemas: customSchemas, problems: schemaProblems } = (0, custom_resources_1.loadConfiguredSchemas)(config.kubernetes.schemas, (f) => ws.files.get(f)?.text);
    if (ws.kubernetes.length)
        run('kubernetes-set', (check) => invoke(check, {
            options: opts(check),
            objects: ws.kubernetes,
            isProduction: isProd,
            isKnownProduction: (obj) => (0, environment_1.namedProduction)(obj, config) ?? mcpWorkloads().has(obj.name),
            customSchemas,
            report: makeReporter(check, null, { file: ws.kubernetes[0]?.file ?? '.', line: 1, column: 1 }),
        }));
    // Dockerfiles.
    let built;
    const builtByCompose = () => (built ??= (0, built_dockerfiles_1.dockerfilesBuiltByCompose)(compose));
    const hasWorkloads = () => ws.kubernetes.some((o) => workload_kinds_1.LONG_RUNNING_KINDS.has(o.kind));
    for (const file of ws.dockerfiles) {
        const text = ws.files.get(file).text;
        const dockerfile = dockerfile_ast_1.DockerfileParser.parse(text);
        const dir = node_path_1.default.posix.dirname(file);
        const hasDockerignore = ws.files.has(dir === '.' ? '.dockerignore' : `${dir}/.dockerignore`) || ws.files.has(`${file}.dockerignore`) || ws.files.has('.dockerignore');
        const runtime = builtByCompose().has(file) ? 'compose' : hasWorkloads() ? 'kubernetes' : undefined;
        run('dockerfile', (check) => invoke(check, {
            options: opts(check),
            file,
            text,
            dockerfile,
            hasDockerignore,
            runtime,
            report: makeReporter(check, null, { file, line: 1, column: 1 }),
        }));
    }
    // Monitoring.
    const treeTargets = [
        ['prometheus-rules', ws.prometheusRules],
        ['prometheus-config', ws.prometheusConfigs],
        ['grafana-dashboard', ws.dashboards],
    ];
    for (const [target, docs] of treeTargets) {
        for (const doc of docs) {
            run(target, (check) => invoke(check, {
                options: opts(check),
                file: doc.file,
                root: doc.root,
                basePath: doc.basePath,
                report: makeReporter(check, doc.root, doc.root.keyLoc ?? doc.root.loc),
            }));
        }
    }
    // The repository as a whole (readiness): workflows, documents, coverage across files.
    run('repository', (check) => invoke(check, {
        options: opts(check),
        paths: ws.paths,
        read: (file) => (0, workspace_1.readText)(ws, file),
        yaml: (file) => (0, workspace_1.parsedYaml)(ws, file),
        config,
        configFile: options.configFile,
        compose,
        kubernetes: ws.kubernetes,
        prometheusRules: ws.prometheusRules,
        prometheusConfigs: ws.prometheusConfigs,
        dashboards: ws.dashboards,
        notApplicable: () => evaluated.delete(check.id),
        report: makeReporter(check, null, { file: options.configFile ?? '.', line: 1, column: 1 }),
    }));
    // Engine-level findings (parse errors, discovery problems, interpolation, promtool, unknown kinds).
    const emit = (check, messageId, data, loc, environment, severity) => {
        if (!settings.get(check.id)?.enabled)
            return;
        makeReporter(check, null, loc, { environment, severity })({ messageId, data, at: loc });
    };
    (0, engine_findings_1.emitEngineFindings)(ws, compose, config, emit, options.externalTools);
    for (const p of schemaProblems) {
        emit(custom_resource_schema_1.default, 'badSchema', { key: p.key, origin: p.file, detail: p.message }, configLocation(ws, options.configFile, p.key));
    }
    const redactor = new redactor_1.SecretRedactor();
    const findings = finalize(raw, ws, settings, config, emit, options.files, redactor);
    return {
        findings,
        valuesToMask: redactor.values,
        workspace: ws,
        compose,
        settings,
        evaluated,
        stats: {
            files: ws.kinds.size,
            compose: ws.composeFiles.length,
            kubernetes: ws.kubernetes.length,
            dockerfiles: ws.dockerfiles.length,
            monitoring: ws.prometheusRules.length + ws.prometheusConfigs.length + ws.dashboards.length,
            stacks: compose.stacks.length,
        },
    };
}
/** The line of the config file that mentions a key (config values keep no positions once parsed). */
function configLocation(ws, configFile, key) {
    const file = configFile ?? 'stackgate.yml';
    const lines = (ws.files.get(file)?.text ?? '').split('\n');
    const at = lines.findIndex((l) => l.includes(key));
    return { file, line: at >= 0 ? at + 1 : 1, column: at >= 0 ? lines[at].indexOf(key) + 1 : 1 };
}
function finalize(raw, ws, settings, config, emit, onlyFiles, redactor) {
    // secrets:<rule-id> suppressions belong to the secret scanner; they are valid here, and match no check.
    const knownIds = new Set([...index_1.CHECKS.map((c) => c.id), ...(0, ids_1.secretSuppressionIds)()]);
    const suppressionCache = new Map();
    const suppressionsOf = (file) => {
        let s = suppressionCache.get(file);
        if (!s) {
            const text = ws.files.get(file)?.text ?? '';
            const parsed = (0, suppress_1.parseSuppressions)(text, knownIds);
            s = parsed.suppressions;
            suppressionCache.set(file, s);
            for (const bad of parsed.invalid) {
                emit(invalid_suppression_1.default, bad.problem === 'missing-reason' ? 'missingReason' : 'unknownCheck', { checkId: bad.checkId || '(none)' }, { file, line: bad.line, column: bad.column });
            }
        }
        return s;
    };
    // Parse every file's suppressions once so invalid ones are reported even where nothing fired.
    for (const file of ws.files.keys())
        suppressionsOf(file);
    // Messages quote file content: whatever secret the lines they point at (or they themselves) hold
    // is shown redacted, in every output.
    (0, redact_findings_1.learnFindingSecrets)(redactor, ws, raw);
    // Test fixtures and scaffolding: the testPaths globs, and what the repository itself says of its files (test-scaffolding.ts).
    const isTestFile = (0, test_scaffolding_1.testFileTest)(config, { paths: ws.paths, read: (file) => (0, workspace_1.readText)(ws, file), yaml: (file) => (0, workspace_1.parsedYaml)(ws, file) }, ws.composeFiles);
    const overrideMatchers = config.overrides.map((o) => ({ match: (0, picomatch_1.default)(o.files, { dot: true }), checks: o.checks }));
    // Files Kustomize overlays built objects from: what a check reports there, each overlay reports again.
    const renderedFiles = new Set(ws.kubernetes.filter((o) => o.overlay).map((o) => o.file));
    const merged = new Map();
    for (const r of raw) {
        const setting = settings.get(r.check.id);
        if (!setting?.enabled)
            continue;
        let severity = setting.severity === 'off' ? 'off' : (r.severity ?? (r.atInfo && !setting.isSeveritySet ? 'info' : setting.severity));
        // A test fixture is not a deployment: what it lacks for production is worth knowing, not a warning.
        if (severity !== 'off' && isHardeningCheck(r.check) && isTestFile(r.loc.file))
            severity = 'info';
        for (const o of overrideMatchers) {
            const s = o.checks[r.check.id];
            if (s && o.match(r.loc.file))
                severity = s;
        }
        if (severity === 'off')
            continue;
        if (onlyFiles && !onlyFiles.has(r.loc.file))
            continue;
        if ((0, suppress_1.isSuppressed)(suppressionsOf(r.loc.file), r.check.id, r.loc.line))
            continue;
        const message = redactor.redactKnown(r.message);
        const perOverlay = r.overlay || (renderedFiles.has(r.loc.file) && (0, types_1.domainOf)(r.check.id) === 'kubernetes');
        const key = `${r.check.id}|${r.loc.file}|${r.loc.line}|${r.loc.column}|${perOverlay ? `overlay:${r.messageId}` : message}`;
        const existing = merged.get(key);
        if (existing) {
            if (r.environment && existing.environments && !existing.environments.includes(r.environment))
                existing.environments.push(r.environment);
            continue;
        }
        merged.set(key, {
            checkId: r.check.id,
            messageId: r.messageId,
            severity,
            category: r.check.meta.category,
            message,
            file: r.loc.file,
            line: r.loc.line,
            column: r.loc.column,
            endLine: r.loc.endLine,
            endColumn: r.loc.endColumn,
            ...(r.environment ? { environments: [r.environment] } : {}),
            ...(r.subject ? { subject: redactor.redactKnown(r.subject) } : {}),
        });
    }
    return [...merged.values()].sort(findings_1.compareFindings);
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


/***/ }),

/***/ 65043:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.declaresNotDeployed = declaresNotDeployed;
exports.testFileTest = testFileTest;
/**
 * Test fixtures and scaffolding, which are not deployments: validate reports hardening findings there
 * at info. The `testPaths` globs, and files the repository itself calls scaffolding:
 * - A file whose opening comment says it is not for production: "for the development setup",
 *   "for local development", "for integration tests", "not for production", "do not use in production".
 * - A Compose file that only tests start: the repository's workflows start it in jobs that deploy
 *   to no environment, and its root Makefile only in targets named for tests, development or CI
 *   (test, e2e, integration, dev, local, ci). The default Compose file at the root, which users run,
 *   counts only when none of its services has a restart policy, which a stack that serves keeps.
 * - A Compose file in a development or test directory beside a production one (`docker/development/`
 *   next to `docker/production/`), or below a directory whose own Compose file is the deployed one
 *   (`dev/docker-compose.yml` under a root `docker-compose.yml`).
 * - Kubernetes manifests CI applies (`kubectl apply -f`) to a cluster it creates for the job (kind,
 *   k3d, minikube) in jobs that deploy to no environment: test fixtures such as a chart's samples.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const project_1 = __webpack_require__(19409);
const environments_1 = __webpack_require__(72658);
const test_paths_1 = __webpack_require__(76869);
const is_record_1 = __webpack_require__(32789);
const _makefile_1 = __webpack_require__(28235);
const _workflows_1 = __webpack_require__(78197);
const yaml_tree_1 = __webpack_require__(43183);
/** The subjects a comment may say a file is for, when it is not a deployment. */
const NOT_DEPLOYED = String.raw `(?:local\s+)?(?:development|dev|testing|tests?|ci|integration(?:[- ]tests?)?|e2e(?:[- ]tests?)?|end-to-end\s+tests?)`;
/** "This file is for the **development** setup", "Services for integration tests", "for local development only". */
const FOR_NOT_DEPLOYED = new RegExp(String.raw `\b(?:for|is)\s+(?:the\s+|a\s+)?[*_]{0,2}${NOT_DEPLOYED}[*_]{0,2}(?=\s*(?:$|[.,:;!)]|\s(?:setup|environment|env|purposes?|only|use|usage|stack|services?|and)\b))`, 'im');
const NOT_FOR_PRODUCTION = /\bnot\s+(?:(?:meant|intended|suitable|designed|recommended|ready)\s+)?(?:for|to\s+be\s+used\s+in)\s+production\b|\b(?:do\s+not|don'?t|never)\s+use\s+(?:this\s+(?:file\s+)?|it\s+)?in\s+production\b/i;
/** Whether a file's opening comment block (`#` lines before anything else) says it is not deployed. */
function declaresNotDeployed(text) {
    const comment = [];
    for (const line of text.split(/\r?\n/, 40)) {
        const trimmed = line.trim();
        if (!trimmed && !comment.length)
            continue;
        if (!trimmed.startsWith('#'))
            break;
        comment.push(trimmed.replace(/^#+\s?/, ''));
    }
    const said = comment.join('\n');
    return FOR_NOT_DEPLOYED.test(said) || NOT_FOR_PRODUCTION.test(said);
}
/** The files `docker compose` reads without `-f`, in its order of precedence. */
const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
/** A Makefile target started for tests, development or CI. */
const TEST_TARGET = /(?:^|[-_.])(?:test|tests|e2e|integration|it|dev|develop|local|ci|check)(?:$|[-_.])/i;
const COMPOSE_COMMAND = /\bdocker[- ]compose\b([^\n;&|]*)/g;
/**
 * Whether a file of the repository is a test fixture or scaffolding, not a deployment: under the
 * config's `testPaths`, or (unless `testPaths: []` turns all of it off) scaffolding by what the
 * repository says of it. Built once per run; each file is read at most once, when asked about.
 */
function testFileTest(config, repo, composeFiles) {
    const compose = new Set(composeFiles);
    const answers = new Map();
    let testStacks;
    let applied;
    const isScaffolding = (file) => {
        testStacks ??= startedOnlyByTests(repo, composeFiles);
        applied ??= appliedToThrowawayClusters(repo);
        const text = repo.read(file);
        return (testStacks.has(file) ||
            (compose.has(file) && isDevelopmentStack(file, repo.paths, composeFiles)) ||
            applied.some((target) => file === target || file.startsWith(`${target}/`)) ||
            (text !== undefined && declaresNotDeployed(text)));
    };
    return (file) => {
        if ((0, test_paths_1.isTestPath)(config, file))
            return true;
        if (!config.testPaths.length)
            return false;
        let answer = answers.get(file);
        if (answer === undefined)
            answers.set(file, (answer = isScaffolding(file)));
        return answer;
    };
}
/** The Compose files only tests start (the root's default file only when none of its services restarts). */
function startedOnlyByTests(repo, composeFiles) {
    const out = new Set();
    const starters = composeStarters(repo, composeFiles);
    for (const file of composeFiles) {
        const started = starters.get(file) ?? [];
        // The default file at the root is what users run; tests may start it too. It counts as a test
        // stack only when nothing in it is kept running.
        if (!started.length || ((0, project_1.isBaseComposeFile)(file) && node_path_1.default.posix.dirname(file) === '.' && hasRestartPolicy(repo, file)))
            continue;
        if (started.every((s) => (s.kind === 'make' ? TEST_TARGET.test(s.target) : s.job.environment === undefined)))
            out.add(file);
    }
    return out;
}
/** Stage names of what is not deployed to production: development and test setups. */
const NON_PRODUCTION_DIR = /^(dev|devel|develop|development|local|sandbox|test|testing|e2e|ci)$/i;
/**
 * A Compose file in a development or test directory (`dev/`, `development/`, `testing/`) beside a
 * production one (`docker/development/` next to `docker/production/`), or below a directory whose own
 * Compose file is the one deployed (`dev/docker-compose.yml` under a root `docker-compose.yml`): the
 * developers' and the tests' stacks. stackgate's own layout, overrides beside a `common/` base, is an
 * environment model instead (compose/project.ts) and is left to it.
 */
function isDevelopmentStack(file, paths, composeFiles) {
    const dir = node_path_1.default.posix.dirname(file);
    if (!NON_PRODUCTION_DIR.test(node_path_1.default.posix.basename(dir)))
        return false;
    const parent = node_path_1.default.posix.dirname(dir);
    const prefix = parent === '.' ? '' : `${parent}/`;
    const siblings = new Set(paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).split('/')[0]));
    if (siblings.has('common'))
        return false;
    if ([...siblings].some((name) => (0, environments_1.isProductionName)(name) && paths.some((p) => p.startsWith(`${prefix}${name}/`))))
        return true;
    for (let up = parent;; up = node_path_1.default.posix.dirname(up)) {
        if (composeFiles.some((f) => node_path_1.default.posix.dirname(f) === up))
            return true;
        if (up === '.' || up === '/')
            return false;
    }
}
/** Actions and commands that create a cluster for the length of a CI job. */
const THROWAWAY_CLUSTER_ACTION = /^(?:helm\/kind-action|engineerd\/setup-kind|container-tools\/kind-action|AbsaOSS\/k3d-action|nolar\/setup-k3d-k3s|medyagh\/setup-minikube|manusa\/actions-setup-minikube)(?:@|$)/i;
const THROWAWAY_CLUSTER_COMMAND = /\b(?:kind\s+create\s+cluster|k3d\s+cluster\s+create|minikube\s+start|ctlptl\s+create)\b/;
const KUBECTL_APPLY = /\bkubectl\s+(?:[^\n;&|]*\s)?(?:apply|create)\s+(?:[^\n;&|]*\s)?(?:-f|--filename)(?:\s+|=)["']?([^\s"';&|]+)/g;
/**
 * The manifests (files or directories) CI applies to a cluster it creates for the job (kind, k3d,
 * minikube) in jobs that deploy to no environment: fixtures for testing, such as a chart's samples.
 */
function appliedToThrowawayClusters(repo) {
    const out = [];
    for (const workflow of (0, _workflows_1.listWorkflows)(repo)) {
        for (const job of workflow.jobs) {
            if (job.environment !== undefined)
                continue;
            const throwaway = job.steps.some((s) => (s.uses !== undefined && THROWAWAY_CLUSTER_ACTION.test(s.uses.trim())) || THROWAWAY_CLUSTER_COMMAND.test(s.run ?? ''));
            if (!throwaway)
                continue;
            for (const step of job.steps) {
                for (const m of (step.run ?? '').matchAll(KUBECTL_APPLY)) {
                    if (/^(?:https?:|-$)/.test(m[1]))
                        continue;
                    out.push(node_path_1.default.posix.normalize(m[1].replace(/^\.\//, '')).replace(/\/$/, ''));
                }
            }
        }
    }
    return out;
}
/** Who starts each Compose file: `docker compose [-f file]` in workflow steps and Makefile recipes, `compose-file:` inputs, COMPOSE_FILE. */
function composeStarters(repo, composeFiles) {
    const known = new Set(composeFiles);
    const out = new Map();
    const add = (file, starter) => {
        const normal = node_path_1.default.posix.normalize(file.replace(/^\.\//, ''));
        if (known.has(normal))
            out.set(normal, [...(out.get(normal) ?? []), starter]);
    };
    for (const workflow of (0, _workflows_1.listWorkflows)(repo)) {
        for (const job of workflow.jobs) {
            const starter = { kind: 'workflow', workflow, job };
            for (const file of composeFileEnv(workflow.root, job.node))
                add(file, starter);
            for (const step of job.steps) {
                const workingDirectory = (0, yaml_tree_1.toPlain)(step.node.entries.get('working-directory'));
                const dir = typeof workingDirectory === 'string' && !workingDirectory.includes('${{') ? workingDirectory : '.';
                for (const [key, value] of Object.entries(step.with)) {
                    if (!/^compose[-_]?files?$|^file$/i.test(key) || typeof value !== 'string')
                        continue;
                    for (const file of value.split(/[\n,]/).map((f) => f.trim().replace(/^["']|["']$/g, '')))
                        if (file)
                            add(node_path_1.default.posix.join(dir, file), starter);
                }
                for (const file of composeFileEnv(step.node))
                    add(file, starter);
                for (const file of composeCommandFiles(step.run, dir, known))
                    add(file, starter);
            }
        }
    }
    const makefile = (0, _makefile_1.rootMakefile)(repo.read);
    for (const [target, rule] of makefile?.rules ?? []) {
        for (const file of composeCommandFiles(rule.recipe.join('\n'), '.', known))
            add(file, { kind: 'make', target });
    }
    return out;
}
/** The files of `COMPOSE_FILE` in the `env:` of the given nodes (`:`-separated). */
function composeFileEnv(...nodes) {
    return nodes.flatMap((node) => {
        const env = (0, yaml_tree_1.toPlain)(node.entries.get('env'));
        const value = (0, is_record_1.isRecord)(env) ? env.COMPOSE_FILE : undefined;
        return typeof value === 'string' && !value.includes('${{') ? value.split(':').filter(Boolean) : [];
    });
}
/** The files `docker compose` commands of a script start: each `-f`/`--file`, else the default file of the directory. */
function composeCommandFiles(script, dir, known) {
    const out = [];
    for (const m of (script ?? '').matchAll(COMPOSE_COMMAND)) {
        const args = m[1];
        if (!/\b(?:up|run|start|create)\b/.test(args))
            continue;
        const files = [...args.matchAll(/(?:^|\s)(?:-f|--file)(?:\s+|=)["']?([^\s"']+)/g)].map((f) => f[1]);
        if (files.length)
            out.push(...files.map((f) => node_path_1.default.posix.join(dir, f)));
        else {
            const fallback = DEFAULT_COMPOSE_FILES.map((f) => node_path_1.default.posix.join(dir, f)).find((f) => known.has(f));
            if (fallback)
                out.push(fallback);
        }
    }
    return out;
}
/** Whether any service of a Compose file sets `restart:` (or `deploy.restart_policy`). */
function hasRestartPolicy(repo, file) {
    const services = (0, yaml_tree_1.toPlain)(repo.yaml(file)?.documents[0]?.root);
    if (!(0, is_record_1.isRecord)(services) || !(0, is_record_1.isRecord)(services.services))
        return false;
    return Object.values(services.services).some((s) => (0, is_record_1.isRecord)(s) && (s.restart !== undefined || ((0, is_record_1.isRecord)(s.deploy) && s.deploy.restart_policy !== undefined)));
}


/***/ })

};
;