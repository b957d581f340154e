"use strict";
exports.id = 3026;
exports.ids = [3026];
exports.modules = {

/***/ 7790:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.incompleteManifest = incompleteManifest;
/** API groups whose documents are configuration files with an apiVersion, not objects with a kind. */
const NOT_OBJECTS = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io|kubeadm\.k8s\.io|kubelet\.config\.k8s\.io)\//;
function incompleteManifest(root) {
    const metadata = root.entries.get('metadata');
    if (metadata?.kind !== 'map')
        return undefined;
    const apiVersion = root.entries.get('apiVersion');
    const kind = root.entries.get('kind');
    const text = (n) => (n?.kind === 'scalar' && typeof n.value === 'string' && n.value ? n.value : undefined);
    const name = text(metadata.entries.get('name'));
    const called = name ? ` "${name}"` : '';
    if (kind && !apiVersion) {
        const k = text(kind);
        if (!k)
            return undefined;
        return { message: `${k}${called} has no apiVersion: kubectl and the API server reject an object without one`, loc: kind.keyLoc ?? kind.loc };
    }
    if (apiVersion && !kind) {
        const v = text(apiVersion);
        if (!v || NOT_OBJECTS.test(v))
            return undefined;
        return {
            message: `the ${v} object${called} has no kind: kubectl and the API server reject an object without one`,
            loc: apiVersion.keyLoc ?? apiVersion.loc,
        };
    }
    return undefined;
}


/***/ }),

/***/ 52483:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findHelmCharts = findHelmCharts;
exports.helmChartOfTemplate = helmChartOfTemplate;
exports.isAnsibleRoleTemplate = isAnsibleRoleTemplate;
exports.isKustomizationFile = isKustomizationFile;
exports.findKustomizePatches = findKustomizePatches;
exports.findKustomizeRoots = findKustomizeRoots;
/**
 * Repository layouts whose files are not manifests as written: Helm charts (a directory with
 * `Chart.yaml`; everything under its `templates/` is a Go template, never YAML), Ansible role
 * templates (`roles/<role>/templates/`, Jinja2) and Kustomize
 * patches (files a kustomization.yaml names under `patches`, `patchesStrategicMerge` or
 * `patchesJson6902`: fragments merged into a resource, not objects of their own).
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const yaml_tree_1 = __webpack_require__(43183);
const KUSTOMIZATION_NAME = /^kustomization\.ya?ml$/i;
/** The chart directories among the repository's paths: every directory holding a Chart.yaml. */
function findHelmCharts(paths) {
    const dirs = paths.filter((p) => node_path_1.default.posix.basename(p) === 'Chart.yaml').map((p) => dirOf(p));
    const charts = dirs.map((dir) => {
        const prefix = dir ? `${dir}/templates/` : 'templates/';
        return {
            dir,
            chartFile: dir ? `${dir}/Chart.yaml` : 'Chart.yaml',
            templates: paths.filter((p) => p.startsWith(prefix)).sort(),
            isSubchart: dirs.some((other) => other !== dir && dir.startsWith(other ? `${other}/charts/` : 'charts/')),
        };
    });
    return charts.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}
/** The chart whose `templates/` holds a file, if any. */
function helmChartOfTemplate(charts, file) {
    return charts.find((c) => file.startsWith(c.dir ? `${c.dir}/templates/` : 'templates/'));
}
/**
 * Whether a file is an Ansible role's template (`roles/<role>/templates/…`): Jinja2 text that the
 * template module renders on the target host (`{% for %}`, `{{ var }}`), not YAML as written.
 */
function isAnsibleRoleTemplate(file) {
    return /(^|\/)roles\/[^/]+\/templates\//.test(file);
}
/** Whether a file name is a kustomization file. */
function isKustomizationFile(file) {
    return KUSTOMIZATION_NAME.test(node_path_1.default.posix.basename(file));
}
/**
 * The patch files named by the given kustomization files (path and text), resolved against each
 * kustomization's directory. Inline patches (a `patch:` string, or a multi-line string entry of
 * `patchesStrategicMerge`) name no file.
 */
function findKustomizePatches(kustomizations) {
    const patches = new Set();
    for (const k of kustomizations) {
        const dir = dirOf(k.path);
        for (const doc of (0, yaml_tree_1.parseYaml)(k.path, k.text).documents) {
            if (!doc.root || doc.root.kind !== 'map')
                continue;
            const value = (0, yaml_tree_1.toPlain)(doc.root);
            for (const ref of patchReferences(value)) {
                const resolved = node_path_1.default.posix.normalize(dir ? `${dir}/${ref}` : ref);
                if (!resolved.startsWith('../'))
                    patches.add(resolved);
            }
        }
    }
    return patches;
}
/**
 * The kustomization files no other kustomization includes (through `resources`, `bases` or
 * `components`): the overlays a user builds. A base included by an overlay is built with it; a
 * Component is built only into a kustomization that names it.
 */
function findKustomizeRoots(kustomizations) {
    const included = new Set();
    const components = new Set();
    for (const k of kustomizations) {
        const dir = dirOf(k.path);
        for (const doc of (0, yaml_tree_1.parseYaml)(k.path, k.text).documents) {
            if (!doc.root || doc.root.kind !== 'map')
                continue;
            const value = (0, yaml_tree_1.toPlain)(doc.root);
            if (value.kind === 'Component')
                components.add(k.path);
            for (const key of ['resources', 'bases', 'components']) {
                for (const entry of Array.isArray(value[key]) ? value[key] : []) {
                    if (typeof entry === 'string')
                        included.add(node_path_1.default.posix.normalize(dir ? `${dir}/${entry}` : entry).replace(/\/$/, ''));
                }
            }
        }
    }
    return kustomizations.map((k) => k.path).filter((file) => !components.has(file) && !included.has(dirOf(file) || '.'));
}
function patchReferences(kustomization) {
    const refs = [];
    const list = (key) => (Array.isArray(kustomization[key]) ? kustomization[key] : []);
    for (const entry of list('patchesStrategicMerge')) {
        if (isFileReference(entry))
            refs.push(entry.trim());
    }
    for (const key of ['patches', 'patchesJson6902']) {
        for (const entry of list(key)) {
            if (isFileReference(entry))
                refs.push(entry.trim());
            else if (entry && typeof entry === 'object' && typeof entry.path === 'string') {
                refs.push(entry.path.trim());
            }
        }
    }
    return refs.filter((r) => r && !/^[a-z][a-z0-9+.-]*:\/\//i.test(r));
}
/** A list entry that names a file, not an inline patch (YAML text: several lines, or a `key: value`). */
function isFileReference(entry) {
    return typeof entry === 'string' && !entry.includes('\n') && !/:\s|^\s*[{[]/.test(entry);
}
function dirOf(file) {
    const dir = node_path_1.default.posix.dirname(file);
    return dir === '.' ? '' : dir;
}


/***/ }),

/***/ 6936:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadWorkspace = loadWorkspace;
exports.listWorkspaceFiles = listWorkspaceFiles;
exports.buildWorkspace = buildWorkspace;
exports.readText = readText;
exports.parsedYaml = parsedYaml;
exports.toKubernetesObject = toKubernetesObject;
/**
 * The loaded repository: every candidate file read once, YAML/JSON parsed once, and each document
 * recognised by name and by content (a document with apiVersion + kind is a Kubernetes manifest
 * wherever it lives; a top-level `services:` map of services is a Compose file).
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const decode_text_1 = __webpack_require__(84147);
const discover_1 = __webpack_require__(23866);
const layout_1 = __webpack_require__(52483);
const yaml_tree_1 = __webpack_require__(43183);
const display_value_1 = __webpack_require__(42785);
const incomplete_manifest_1 = __webpack_require__(7790);
const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;
const DOCKERFILE_NAME = /^(dockerfile|containerfile)([.-][\w.-]+)?$|\.(dockerfile|containerfile)$/i;
const RULES_NAME = /(^|[._-])(rules?|alerts?|alerting|recording)([._-][\w.-]*)?\.ya?ml$|\.rules(\.ya?ml)?$/i;
const PROM_CONFIG_NAME = /^prometheus([.-][\w.-]+)?\.ya?ml$/i;
function loadWorkspace(options) {
    return buildWorkspace(listWorkspaceFiles(options), options);
}
/** Lists and reads the files under the options' include, exclude and size limit, and finds the Helm charts and Kustomize patches among them. */
function listWorkspaceFiles(options) {
    const { files, problems, paths } = (0, discover_1.discoverFiles)({ ...options, skipVendoredDependencies: true });
    const layout = {
        helmCharts: (0, layout_1.findHelmCharts)(paths),
        kustomizePatches: (0, layout_1.findKustomizePatches)(files.filter((f) => (0, layout_1.isKustomizationFile)(f.path))),
    };
    return { root: options.root, files, paths, problems, layout };
}
/** Parses the files (those not parsed already) and recognises each document, file by file in order. */
function buildWorkspace(listed, options = {}) {
    const ws = {
        root: node_path_1.default.resolve(listed.root),
        files: new Map(listed.files.map((f) => [f.path, f])),
        paths: listed.paths,
        parsed: new Map(),
        kinds: new Map(),
        composeFiles: [],
        dockerfiles: [],
        kubernetes: [],
        prometheusRules: [],
        prometheusConfigs: [],
        dashboards: [],
        problems: listed.problems.flatMap((p) => p.code === 'binary' ? [] : [{ file: p.path, line: 1, column: 1, code: p.code, message: p.message }]),
        layout: listed.layout,
    };
    const parse = (file) => options.parsed?.get(file.path) ?? (0, yaml_tree_1.parseYaml)(file.path, file.text, { maxAliasNodes: options.maxAliasNodes });
    for (const file of listed.files) {
        const alone = options.classified?.get(file.path);
        if (alone)
            addClassified(ws, alone);
        else
            classifyFile(ws, file, parse);
    }
    return ws;
}
/** Adds a file recognised alone: the same as recognising it here, since recognising a file adds to the workspace for that file only. */
function addClassified(ws, one) {
    for (const [file, parsed] of one.parsed)
        ws.parsed.set(file, parsed);
    for (const [file, kinds] of one.kinds)
        ws.kinds.set(file, kinds);
    ws.composeFiles.push(...one.composeFiles);
    ws.dockerfiles.push(...one.dockerfiles);
    ws.kubernetes.push(...one.kubernetes);
    ws.prometheusRules.push(...one.prometheusRules);
    ws.prometheusConfigs.push(...one.prometheusConfigs);
    ws.dashboards.push(...one.dashboards);
    ws.problems.push(...one.problems);
}
const MAX_OTHER_FILE_BYTES = 1024 * 1024;
const otherTexts = new WeakMap();
/**
 * The text of any repository file (README, runbooks, workflows, scripts): validated files come
 * from memory, others are read once on demand. Undefined for files that are missing, ignored,
 * binary or over 1 MiB.
 */
function readText(ws, file) {
    const known = ws.files.get(file);
    if (known)
        return known.text;
    let cache = otherTexts.get(ws);
    if (!cache)
        otherTexts.set(ws, (cache = { paths: new Set(ws.paths), texts: new Map() }));
    if (cache.texts.has(file))
        return cache.texts.get(file);
    let text;
    if (cache.paths.has(file)) {
        try {
            const abs = node_path_1.default.join(ws.root, file);
            if (node_fs_1.default.statSync(abs).size <= MAX_OTHER_FILE_BYTES) {
                text = (0, decode_text_1.decodeText)(node_fs_1.default.readFileSync(abs));
            }
        }
        catch {
            text = undefined;
        }
    }
    cache.texts.set(file, text);
    return text;
}
/** A repository YAML or JSON file parsed with positions: the validated ones are already, others are parsed once. */
function parsedYaml(ws, file) {
    const known = ws.parsed.get(file);
    if (known)
        return known;
    const text = readText(ws, file);
    if (text === undefined)
        return undefined;
    const parsed = (0, yaml_tree_1.parseYaml)(file, text);
    ws.parsed.set(file, parsed);
    return parsed;
}
function mark(ws, file, kind) {
    let set = ws.kinds.get(file);
    if (!set)
        ws.kinds.set(file, (set = new Set()));
    set.add(kind);
}
function classifyFile(ws, file, parse) {
    // A Helm template is Go template text, not YAML: validate renders its chart with helm when it can.
    if ((0, layout_1.helmChartOfTemplate)(ws.layout.helmCharts, file.path))
        return;
    // So is an Ansible role's template (Jinja2), rendered by Ansible on the host it configures.
    if ((0, layout_1.isAnsibleRoleTemplate)(file.path))
        return;
    const base = node_path_1.default.posix.basename(file.path);
    const lower = base.toLowerCase();
    // Dockerfile.dockerignore is BuildKit's ignore file for that Dockerfile, not a Dockerfile.
    if (DOCKERFILE_NAME.test(base) && !/\.dockerignore$/i.test(base)) {
        ws.dockerfiles.push(file.path);
        mark(ws, file.path, 'dockerfile');
        return;
    }
    if (lower === '.env' || lower.endsWith('.env')) {
        mark(ws, file.path, 'env');
        return;
    }
    const isJson = lower.endsWith('.json');
    const byComposeName = COMPOSE_NAME.test(base);
    // JSON files are read only when they look like dashboards; avoid parsing package.json and friends.
    if (isJson && !/"panels"\s*:/.test(file.text))
        return;
    const parsed = parse(file);
    ws.parsed.set(file.path, parsed);
    for (const p of parsed.problems)
        ws.problems.push({ file: file.path, line: p.line, column: p.column, code: p.code, message: p.message });
    const docs = parsed.documents.filter((d) => d.root);
    if (byComposeName) {
        ws.composeFiles.push(file.path);
        mark(ws, file.path, 'compose');
        if (!docs.length && !parsed.problems.length) {
            ws.problems.push({ file: file.path, line: 1, column: 1, code: 'empty', message: 'Compose file is empty' });
        }
        return;
    }
    if (!docs.length) {
        if (!parsed.problems.length && !file.text.trim() && /\.ya?ml$/.test(lower) && RULES_NAME.test(base)) {
            ws.problems.push({ file: file.path, line: 1, column: 1, code: 'empty', message: 'file is empty' });
        }
        return;
    }
    for (const doc of parsed.documents) {
        const root = doc.root;
        if (!root || root.kind !== 'map')
            continue;
        const value = (0, yaml_tree_1.toPlain)(root);
        if (isJson) {
            const dash = (0, yaml_tree_1.getNode)(root, ['dashboard']);
            if (Array.isArray(value.panels) || (dash?.kind === 'map' && Array.isArray(value.dashboard.panels))) {
                const basePath = Array.isArray(value.panels) ? [] : ['dashboard'];
                ws.dashboards.push({ file: file.path, root: basePath.length ? dash : root, basePath });
                mark(ws, file.path, 'grafana-dashboard');
            }
            continue;
        }
        const incomplete = (0, incomplete_manifest_1.incompleteManifest)(root);
        if (incomplete) {
            ws.problems.push({ file: file.path, line: incomplete.loc.line, column: incomplete.loc.column, code: 'incomplete-manifest', message: incomplete.message });
            continue;
        }
        if (typeof value.apiVersion === 'string' && typeof value.kind === 'string') {
            // A Kustomize patch is a fragment merged into a resource, not an object of its own.
            if (ws.layout.kustomizePatches.has(file.path))
                continue;
            // `kind: List` (and `*List`, as `kubectl get -o yaml` writes) carries its objects in items.
            const items = (0, yaml_tree_1.getNode)(root, ['items']);
            if (value.kind.endsWith('List') && items?.kind === 'seq') {
                items.items.forEach((item) => {
                    const itemValue = (0, yaml_tree_1.toPlain)(item);
                    if (item.kind === 'map' && typeof itemValue.apiVersion === 'string' && typeof itemValue.kind === 'string') {
                        ws.kubernetes.push(toKubernetesObject(file.path, doc.index, item, itemValue));
                    }
                });
                mark(ws, file.path, 'kubernetes');
                continue;
            }
            const obj = toKubernetesObject(file.path, doc.index, root, value);
            ws.kubernetes.push(obj);
            mark(ws, file.path, 'kubernetes');
            if (obj.kind === 'PrometheusRule') {
                const spec = (0, yaml_tree_1.getNode)(root, ['spec']);
                if (spec) {
                    ws.prometheusRules.push({ file: file.path, root: spec, basePath: ['spec'] });
                    mark(ws, file.path, 'prometheus-rules');
                }
            }
            continue;
        }
        if (isServicesMap(value.services)) {
            if (!ws.composeFiles.includes(file.path))
                ws.composeFiles.push(file.path);
            mark(ws, file.path, 'compose');
            continue;
        }
        // Rule files by content, or by name (alerts.yml, *.rules.yml) when `groups` is there but malformed.
        if ((Array.isArray(value.groups) && value.groups.some((g) => g && typeof g === 'object' && 'rules' in g)) || (RULES_NAME.test(base) && 'groups' in value)) {
            ws.prometheusRules.push({ file: file.path, root, basePath: [] });
            mark(ws, file.path, 'prometheus-rules');
            continue;
        }
        // Promtail and the Grafana agent also have scrape_configs; their clients/positions/server keys tell them apart.
        const isPromtail = 'clients' in value || 'positions' in value || 'server' in value;
        if (!isPromtail && ('scrape_configs' in value || (PROM_CONFIG_NAME.test(base) && ('global' in value || 'rule_files' in value)))) {
            ws.prometheusConfigs.push({ file: file.path, root, basePath: [] });
            mark(ws, file.path, 'prometheus-config');
        }
    }
}
function isServicesMap(v) {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return false;
    const entries = Object.values(v);
    return entries.length > 0 && entries.every((s) => s === null || (typeof s === 'object' && !Array.isArray(s)));
}
function toKubernetesObject(file, docIndex, root, value) {
    const meta = (value.metadata && typeof value.metadata === 'object' ? value.metadata : {});
    return {
        file,
        docIndex,
        apiVersion: String(value.apiVersion),
        kind: String(value.kind),
        name: (0, display_value_1.scalarText)(meta.name) ?? (typeof meta.generateName === 'string' ? `${meta.generateName}*` : '(unnamed)'),
        namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
        root,
        value,
        loc: root.loc,
    };
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
        out.set(check.id, { enabled, severity, options });
    }
    return out;
}


/***/ })

};
;