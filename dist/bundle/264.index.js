"use strict";
exports.id = 264;
exports.ids = [264];
exports.modules = {

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

/***/ 19409:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.environmentsOf = environmentsOf;
exports.buildComposeProject = buildComposeProject;
exports.discoverStacks = discoverStacks;
/**
 * Compose stacks and their effective model per environment: base files + environment overrides,
 * interpolated from env files, with `extends` resolved and profiles applied.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const environments_1 = __webpack_require__(72658);
const yaml_tree_1 = __webpack_require__(43183);
const env_file_1 = __webpack_require__(46014);
const interpolate_1 = __webpack_require__(56543);
const merge_1 = __webpack_require__(32264);
function environmentsOf(config) {
    return (0, environments_1.environmentNames)(config).map((name) => ({ name, isProduction: (0, environments_1.isProductionEnvironment)(config, name) }));
}
function buildComposeProject(ws, config) {
    const environments = environmentsOf(config);
    const stacks = config.stacks
        ? Object.entries(config.stacks).map(([name, s]) => ({ name, files: s.files, environments: s.environments, envFiles: s.envFiles }))
        : discoverStacks(ws.composeFiles, environments.map((e) => e.name));
    const problems = [];
    const effective = new Map();
    for (const env of environments) {
        const list = [];
        for (const stack of stacks) {
            const built = buildEffectiveStack(ws, config, stack, env.name, problems);
            if (built)
                list.push(built);
        }
        effective.set(env.name, list);
    }
    return { environments, stacks, effective, problems: dedupeProblems(problems) };
}
/**
 * Stacks by convention: `<dir>/common/<file>` is a base layer with `<dir>/<env>/<same file>` (or the
 * Compose files there) as its overrides; elsewhere `compose.yml`/`docker-compose.yml` is a base with
 * `*.override.yml` always applied and `*.<env>.yml` per environment; any other Compose file is a
 * stack of its own.
 */
function discoverStacks(composeFiles, envNames) {
    const envSet = new Set(envNames);
    const byDir = new Map();
    for (const f of composeFiles) {
        const dir = node_path_1.default.posix.dirname(f);
        byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
    }
    const consumed = new Set();
    const stacks = [];
    for (const [dir, files] of byDir) {
        if (node_path_1.default.posix.basename(dir) !== 'common')
            continue;
        const parent = node_path_1.default.posix.dirname(dir);
        for (const base of files) {
            const baseName = node_path_1.default.posix.basename(base);
            const environments = {};
            for (const env of envNames) {
                const envDir = parent === '.' ? env : `${parent}/${env}`;
                const envFiles = byDir.get(envDir) ?? [];
                const same = envFiles.filter((f) => node_path_1.default.posix.basename(f) === baseName);
                const chosen = same.length ? same : files.length === 1 ? envFiles : [];
                if (chosen.length)
                    environments[env] = chosen;
                chosen.forEach((f) => consumed.add(f));
            }
            consumed.add(base);
            const stem = stemOf(baseName);
            stacks.push({ name: files.length === 1 || stem === 'docker-compose' || stem === 'compose' ? 'common' : stem, files: [base], environments, envFiles: [] });
        }
    }
    for (const [dir, files] of byDir) {
        const remaining = files.filter((f) => !consumed.has(f));
        if (!remaining.length)
            continue;
        // Files in an environment directory next to a `common` directory are overrides already consumed.
        if (envSet.has(node_path_1.default.posix.basename(dir)) && byDir.has(`${node_path_1.default.posix.dirname(dir) === '.' ? '' : `${node_path_1.default.posix.dirname(dir)}/`}common`))
            continue;
        const bases = remaining.filter((f) => /^(docker-)?compose\.ya?ml$/i.test(node_path_1.default.posix.basename(f)));
        const dirName = dir === '.' ? 'root' : node_path_1.default.posix.basename(dir);
        if (bases.length) {
            const always = remaining.filter((f) => /\.override\.ya?ml$/i.test(f));
            const environments = {};
            for (const env of envNames) {
                const perEnv = remaining.filter((f) => new RegExp(`[.-]${escapeRegExp(env)}\\.ya?ml$`, 'i').test(f));
                if (perEnv.length || always.length)
                    environments[env] = [...always, ...perEnv];
                perEnv.forEach((f) => consumed.add(f));
            }
            always.forEach((f) => consumed.add(f));
            bases.forEach((f) => consumed.add(f));
            stacks.push({ name: dirName, files: bases.slice(0, 1), environments, envFiles: [] });
            bases.slice(1).forEach((f) => stacks.push({ name: `${dirName}/${stemOf(node_path_1.default.posix.basename(f))}`, files: [f], environments: {}, envFiles: [] }));
        }
        for (const f of remaining.filter((x) => !consumed.has(x))) {
            consumed.add(f);
            const stem = stemOf(node_path_1.default.posix.basename(f)).replace(/^(docker-)?compose[.-]?/i, '');
            stacks.push({ name: stem ? `${dirName}/${stem}` : dirName, files: [f], environments: {}, envFiles: [] });
        }
    }
    // Unique names: a clash gets the directory path.
    const counts = new Map();
    stacks.forEach((s) => counts.set(s.name, (counts.get(s.name) ?? 0) + 1));
    return stacks.map((s) => counts.get(s.name) > 1 ? { ...s, name: node_path_1.default.posix.dirname(s.files[0]) + (s.name.includes('/') ? `/${s.name.split('/').pop()}` : '') } : s);
}
function stemOf(name) {
    return name.replace(/\.ya?ml$/i, '');
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function buildEffectiveStack(ws, config, stack, envName, problems) {
    const layers = [...stack.files, ...(stack.environments[envName] ?? [])];
    const envConfig = config.environments[envName];
    const firstLoc = { file: layers[0], line: 1, column: 1 };
    const vars = variablesFor(ws, stack, envName, envConfig?.envFiles ?? [], envConfig?.variables ?? {}, problems);
    let merged;
    for (const file of layers) {
        const root = composeRoot(ws, file);
        if (root === 'missing') {
            problems.push({
                kind: 'missing-file',
                message: `Compose file "${file}" of stack "${stack.name}" does not exist or was not loaded`,
                loc: { file: stack.files[0], line: 1, column: 1 },
                environment: envName,
            });
            continue;
        }
        if (!root)
            continue;
        const interpolated = interpolateTree(root, vars, envName, problems);
        const resolved = resolveExtends(ws, file, interpolated, vars, envName, problems);
        merged = merged ? (0, merge_1.mergeTopLevel)(merged, resolved) : resolved;
    }
    if (!merged)
        return undefined;
    const profiles = new Set(envConfig?.profiles ?? []);
    const servicesNode = merged.entries.get('services');
    const services = [];
    if (servicesNode?.kind === 'map') {
        for (const [name, node] of servicesNode.entries) {
            if (node.kind !== 'map')
                continue;
            const value = (0, yaml_tree_1.toPlain)(node);
            const svcProfiles = Array.isArray(value.profiles) ? value.profiles.map(String) : [];
            if (svcProfiles.length && !svcProfiles.some((p) => profiles.has(p)))
                continue;
            services.push({ name, node, value, loc: node.keyLoc ?? node.loc });
        }
    }
    return { name: stack.name, environment: envName, files: layers, node: merged, services, loc: firstLoc };
}
function composeRoot(ws, file) {
    const parsed = ws.parsed.get(file);
    if (!parsed)
        return ws.files.has(file) ? null : 'missing';
    const root = parsed.documents.find((d) => d.root)?.root;
    return root?.kind === 'map' ? root : null;
}
function variablesFor(ws, stack, envName, envFiles, variables, problems) {
    const projectDir = node_path_1.default.posix.dirname(stack.files[0]);
    const files = stack.envFiles.length ? stack.envFiles : [projectDir === '.' ? '.env' : `${projectDir}/.env`];
    let vars = {};
    for (const file of [...files, ...envFiles]) {
        const f = ws.files.get(file);
        if (!f)
            continue;
        const parsed = (0, env_file_1.parseEnvFile)(f.text, vars);
        for (const p of parsed.problems)
            problems.push({ kind: 'env-file', message: p.message, loc: { file, line: p.line, column: 1 }, environment: envName });
        vars = { ...vars, ...parsed.vars };
    }
    return { ...vars, ...variables };
}
function interpolateTree(node, vars, envName, problems) {
    switch (node.kind) {
        case 'scalar': {
            if (typeof node.value !== 'string' || !node.value.includes('$'))
                return node;
            const { value, issues } = (0, interpolate_1.interpolateString)(node.value, vars);
            for (const issue of issues) {
                const kind = issue.kind === 'undefined' ? 'undefined-variable' : issue.kind === 'required' ? 'required-variable' : 'interpolation-syntax';
                problems.push({ kind, message: issue.message, loc: node.loc, environment: envName });
            }
            return { ...node, value };
        }
        case 'seq':
            return { ...node, items: node.items.map((i) => interpolateTree(i, vars, envName, problems)) };
        case 'map': {
            const entries = new Map();
            for (const [k, v] of node.entries)
                entries.set(k, k.startsWith('x-') ? v : interpolateTree(v, vars, envName, problems));
            return { ...node, entries };
        }
    }
}
/** Resolves `extends` (same file or another file) for every service of one layer. */
function resolveExtends(ws, file, root, vars, envName, problems) {
    const services = root.entries.get('services');
    if (services?.kind !== 'map')
        return root;
    const out = new Map();
    for (const [name, svc] of services.entries) {
        out.set(name, svc.kind === 'map' ? resolveService(ws, file, services, name, svc, vars, envName, problems, []) : svc);
    }
    return { ...root, entries: new Map(root.entries).set('services', { ...services, entries: out }) };
}
function resolveService(ws, file, services, _name, svc, vars, envName, problems, chain) {
    const ext = svc.entries.get('extends');
    if (!ext)
        return svc;
    const own = { ...svc, entries: new Map([...svc.entries].filter(([k]) => k !== 'extends')) };
    const spec = (0, yaml_tree_1.toPlain)(ext);
    const target = typeof spec === 'string' ? { service: spec } : spec;
    const report = (message) => {
        problems.push({ kind: 'extends', message, loc: ext.keyLoc ?? ext.loc, environment: envName });
        return own;
    };
    if (!target || typeof target.service !== 'string')
        return report('"extends" needs a "service" name');
    let baseFile = file;
    let baseServices = services;
    if (typeof target.file === 'string') {
        baseFile = node_path_1.default.posix.normalize(node_path_1.default.posix.join(node_path_1.default.posix.dirname(file), target.file));
        const root = composeRoot(ws, baseFile);
        if (!root || root === 'missing')
            return report(`"extends" file "${target.file}" was not found (resolved to ${baseFile})`);
        const interpolated = interpolateTree(root, vars, envName, problems);
        const s = interpolated.entries.get('services');
        if (s?.kind !== 'map')
            return report(`"extends" file "${target.file}" has no services`);
        baseServices = s;
    }
    const key = `${baseFile}#${target.service}`;
    if (chain.includes(key))
        return report(`"extends" cycle: ${[...chain, key].join(' -> ')}`);
    const base = baseServices.entries.get(target.service);
    if (base?.kind !== 'map')
        return report(`"extends" names service "${target.service}", which ${baseFile === file ? 'this file' : baseFile} does not define`);
    const resolvedBase = resolveService(ws, baseFile, baseServices, target.service, base, vars, envName, problems, [...chain, key]);
    const merged = (0, merge_1.mergeService)({ ...resolvedBase, keyLoc: svc.keyLoc }, own);
    return { ...merged, keyLoc: svc.keyLoc, loc: svc.loc };
}
function dedupeProblems(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const k = `${p.kind}|${p.loc.file}|${p.loc.line}|${p.loc.column}|${p.message}|${p.environment}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}


/***/ }),

/***/ 47967:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CONFIG_SCHEMA_URL = exports.configSchema = exports.severitySetting = void 0;
exports.checkSettingSchema = checkSettingSchema;
exports.buildConfigSchema = buildConfigSchema;
/**
 * The single schema of stackgate.yml. Later capabilities (targets, smoke tests, gates, scoring) add
 * their sections here. It knows checks only by shape: `checks:` holds, per check id, a severity or
 * {severity, options}, with options unknown at this stage. The engine composes it with the
 * registered checks (validate/config.ts: every id, with its own options schema), so there is still
 * one schema, and the JSON Schema generated from that lists every check id for editor completion.
 */
const zod_1 = __webpack_require__(50924);
const categories_1 = __webpack_require__(42386);
const comment_settings_1 = __webpack_require__(771);
const smoke_schema_1 = __webpack_require__(76139);
const repository_path_1 = __webpack_require__(29545);
/** A file of the repository: stackgate reads nothing outside it. */
const repoPath = zod_1.z.string().refine(repository_path_1.isRepositoryPath, repository_path_1.REPOSITORY_PATH_MESSAGE);
/** A check's severity in stackgate.yml (`off` turns it off). */
exports.severitySetting = zod_1.z.enum(['error', 'warning', 'info', 'off']);
const environment = zod_1.z
    .strictObject({
    production: zod_1.z.boolean().optional().describe('Production environments get the strictest checks (defaults to true for names like "prod").'),
    profiles: zod_1.z.array(zod_1.z.string()).default([]).describe('Compose profiles active in this environment.'),
    envFiles: zod_1.z.array(repoPath).default([]).describe('Env files (repository-relative) used for ${VAR} interpolation, after the project .env.'),
    variables: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).default({}).describe('Variables for ${VAR} interpolation; they win over env files.'),
    kubernetes: zod_1.z
        .strictObject({
        paths: zod_1.z.array(zod_1.z.string()).default([]).describe('Globs of manifests that belong to this environment.'),
        namespaces: zod_1.z.array(zod_1.z.string()).default([]).describe('Namespaces that belong to this environment.'),
    })
        .default({ paths: [], namespaces: [] }),
})
    .describe('A deployment environment (dev, staging, prod, ...).');
const stack = zod_1.z
    .strictObject({
    files: zod_1.z.array(repoPath).min(1).describe('Base Compose files, in `docker compose -f` order.'),
    environments: zod_1.z.record(zod_1.z.string(), zod_1.z.array(repoPath)).default({}).describe('Override files per environment, applied after the base files.'),
    envFiles: zod_1.z.array(repoPath).default([]).describe('Env files for interpolation (default: .env next to the first file).'),
})
    .describe('A Compose stack: base files plus per-environment overrides.');
/** One entry of `checks:`: a severity, or {severity, options} (`options` only where there is a schema for them). */
function checkSettingSchema(options) {
    const detailed = zod_1.z.strictObject({
        severity: exports.severitySetting.optional(),
        ...(options ? { options: options.optional() } : {}),
    });
    return zod_1.z.union([exports.severitySetting, detailed]);
}
/** `checks:` as config reads it: any check id, with options of any shape. */
const ANY_CHECKS = {
    checks: zod_1.z.object({}).catchall(checkSettingSchema(zod_1.z.unknown())),
    overrideChecks: zod_1.z.object({}).catchall(exports.severitySetting),
};
/** The schema of stackgate.yml with the given `checks:` sections. */
function buildConfigSchema(sections) {
    return zod_1.z
        .strictObject({
        $schema: zod_1.z.string().optional(),
        version: zod_1.z.literal(1).default(1).describe('Configuration format version.'),
        include: zod_1.z.array(zod_1.z.string()).default([]).describe('Globs of files to validate (default: everything not git-ignored).'),
        exclude: zod_1.z.array(zod_1.z.string()).default([]).describe('Globs of files never to validate.'),
        maxFileSizeKb: zod_1.z.number().int().positive().default(1024).describe('Larger files are reported and skipped.'),
        failOn: zod_1.z.enum(['error', 'warning', 'info', 'never']).default('error').describe('Lowest severity that fails the run.'),
        environments: zod_1.z.record(smoke_schema_1.name, environment).default({}).describe('Environments; default dev, staging and prod.'),
        stacks: zod_1.z.record(smoke_schema_1.name, stack).optional().describe('Compose stacks; discovered by convention when absent (stacks/common + stacks/<env>).'),
        kubernetes: zod_1.z
            .strictObject({
            schemas: zod_1.z
                .record(zod_1.z.string(), repoPath)
                .default({})
                .describe('JSON Schema or CustomResourceDefinition file per "group/version/Kind" of custom resources.'),
        })
            .default({ schemas: {} }),
        monitoring: zod_1.z
            .strictObject({
            promtool: zod_1.z.enum(['auto', 'always', 'never']).default('auto').describe('Use promtool when installed (auto), require it, or never run it.'),
        })
            .default({ promtool: 'auto' }),
        secrets: zod_1.z
            .strictObject({
            allow: zod_1.z
                .strictObject({
                paths: zod_1.z.array(zod_1.z.string()).default([]).describe('Globs of files never scanned for secrets (fixtures, vendored code).'),
                patterns: zod_1.z.array(zod_1.z.string()).default([]).describe('Regular expressions; a found value matching one is accepted.'),
                rules: zod_1.z.array(zod_1.z.string()).default([]).describe('Rule ids (e.g. generic-secret-assignment) that are not reported.'),
            })
                .default({ paths: [], patterns: [], rules: [] }),
            baseline: repoPath.default('.stackgate/secrets-baseline.json').describe('Accepted findings, stored as salted fingerprints.'),
            maxFileSizeKb: zod_1.z.number().int().positive().default(10240).describe('Larger files are skipped (and reported).'),
            verify: zod_1.z
                .strictObject({
                github: zod_1.z.boolean().default(false).describe('Ask the GitHub API whether found GitHub tokens are live (off by default).'),
                apiUrl: zod_1.z.string().default('https://api.github.com').describe('GitHub API URL used for verification.'),
            })
                .default({ github: false, apiUrl: 'https://api.github.com' }),
        })
            .default({
            allow: { paths: [], patterns: [], rules: [] },
            baseline: '.stackgate/secrets-baseline.json',
            maxFileSizeKb: 10240,
            verify: { github: false, apiUrl: 'https://api.github.com' },
        })
            .describe('The secret scanner (stackgate secrets, actions/secrets).'),
        mcp: zod_1.z
            .strictObject({
            services: zod_1.z
                .array(zod_1.z.string())
                .optional()
                .describe('Compose services / Kubernetes workloads that are MCP servers (default: names or images containing "mcp").'),
            litellm: repoPath.optional().describe('LiteLLM proxy config that registers the MCP servers (default: found by its mcp_servers key).'),
        })
            .default({})
            .describe('The MCP servers of the repository.'),
        smoke: smoke_schema_1.smokeSection,
        readiness: zod_1.z
            .strictObject({
            failUnder: zod_1.z.number().min(0).max(100).default(0).describe('Fail when the score is below this.'),
            minimums: zod_1.z.partialRecord(zod_1.z.enum(categories_1.READINESS_CATEGORIES), zod_1.z.number().min(0).max(100)).default({}).describe('Lowest accepted score per category.'),
            comment: zod_1.z
                .strictObject({
                key: zod_1.z
                    .string()
                    .regex(comment_settings_1.COMMENT_KEY, 'expected at most 50 letters, digits, ".", "_" or "-"')
                    .default('readiness')
                    .describe('Tells this comment apart from other stackgate comments on the PR.'),
                mode: zod_1.z.enum(comment_settings_1.COMMENT_MODES).default('update'),
            })
                .default({ key: 'readiness', mode: 'update' }),
        })
            .default({ failUnder: 0, minimums: {}, comment: { key: 'readiness', mode: 'update' } })
            .describe('The readiness score (stackgate score, the PR comment).'),
        checks: sections.checks.default({}).describe('Per-check settings: off, a severity, or {severity, options}.'),
        overrides: zod_1.z
            .array(zod_1.z.strictObject({
            files: zod_1.z.array(zod_1.z.string()).min(1).describe('Globs the settings apply to.'),
            checks: sections.overrideChecks.describe('Severity per check id for matching files.'),
        }))
            .default([])
            .describe('Check settings for files matching globs; later entries win.'),
    })
        .describe('stackgate configuration');
}
/** stackgate.yml as config reads it, checks known by shape only (the engine's schema: validate/config.ts). */
exports.configSchema = buildConfigSchema(ANY_CHECKS);
/** Where the JSON Schema of stackgate.yml is published: its `$id`, and the URL editors map files to. */
exports.CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/stackgate/stackgate/main/schema/stackgate.schema.json';


/***/ }),

/***/ 771:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_MODES = exports.COMMENT_KEY = void 0;
exports.checkCommentKey = checkCommentKey;
exports.parseCommentMode = parseCommentMode;
/**
 * The sticky comment's settings, one rule for stackgate.yml, action inputs, the report envelope and
 * the upsert: the key (in the comment's HTML marker and the artifact's envelope) and the modes.
 */
const errors_1 = __webpack_require__(74296);
exports.COMMENT_KEY = /^[\w.-]{1,50}$/;
exports.COMMENT_MODES = ['update', 'recreate', 'skip-unchanged', 'off'];
function checkCommentKey(key, where) {
    if (!exports.COMMENT_KEY.test(key))
        throw new errors_1.UserError(`${where}: comment key ${JSON.stringify(key)} may only contain letters, digits, ".", "_" and "-" (at most 50)`);
    return key;
}
/** An action's `comment` input; empty means the default (stackgate.yml's, or update). */
function parseCommentMode(input, where = 'input "comment"') {
    if (!input)
        return undefined;
    if (!exports.COMMENT_MODES.includes(input))
        throw new errors_1.UserError(`${where}: expected one of ${exports.COMMENT_MODES.join(', ')}, got "${input}"`);
    return input;
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

/***/ 6936:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadWorkspace = loadWorkspace;
exports.readText = readText;
exports.parsedYaml = parsedYaml;
/**
 * The loaded repository: every candidate file read once, YAML/JSON parsed once, and each document
 * recognised by name and by content (a document with apiVersion + kind is a Kubernetes manifest
 * wherever it lives; a top-level `services:` map of services is a Compose file).
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const decode_text_1 = __webpack_require__(84147);
const discover_1 = __webpack_require__(23866);
const yaml_tree_1 = __webpack_require__(43183);
const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;
const DOCKERFILE_NAME = /^(dockerfile|containerfile)([.-][\w.-]+)?$|\.(dockerfile|containerfile)$/i;
const RULES_NAME = /(^|[._-])(rules?|alerts?|alerting|recording)([._-][\w.-]*)?\.ya?ml$|\.rules(\.ya?ml)?$/i;
const PROM_CONFIG_NAME = /^prometheus([.-][\w.-]+)?\.ya?ml$/i;
function loadWorkspace(options) {
    const { files, problems: discoveryProblems, paths } = (0, discover_1.discoverFiles)(options);
    const ws = {
        root: node_path_1.default.resolve(options.root),
        files: new Map(files.map((f) => [f.path, f])),
        paths,
        parsed: new Map(),
        kinds: new Map(),
        composeFiles: [],
        dockerfiles: [],
        kubernetes: [],
        prometheusRules: [],
        prometheusConfigs: [],
        dashboards: [],
        problems: discoveryProblems.flatMap((p) => p.code === 'binary' ? [] : [{ file: p.path, line: 1, column: 1, code: p.code, message: p.message }]),
    };
    for (const file of files)
        classifyFile(ws, file, options.maxAliasNodes);
    return ws;
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
function classifyFile(ws, file, maxAliasNodes) {
    const base = node_path_1.default.posix.basename(file.path);
    const lower = base.toLowerCase();
    if (DOCKERFILE_NAME.test(base)) {
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
    const parsed = (0, yaml_tree_1.parseYaml)(file.path, file.text, { maxAliasNodes });
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
        if (typeof value.apiVersion === 'string' && typeof value.kind === 'string') {
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
        name: typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? `${meta.generateName}*` : '(unnamed)',
        namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
        root,
        value,
        loc: root.loc,
    };
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
const promtool_1 = __importDefault(__webpack_require__(27602));
/** Pairs a check with one of its own message ids (a message id the check does not declare does not compile). */
function reports(check, messageId) {
    return { check, messageId };
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
};
/** Every kind of problem met while building the effective Compose stacks, and the check that reports it. */
const COMPOSE_PROBLEMS = {
    'undefined-variable': reports(undefined_variable_1.default, 'undefined'),
    'required-variable': reports(required_variable_missing_1.default, 'required'),
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
        const { check, messageId } = COMPOSE_PROBLEMS[p.kind];
        emit(check, messageId, { detail: p.message, environment: p.environment }, p.loc, p.environment);
    }
    runPromtool(ws, config, emit, tools);
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
const yaml_tree_1 = __webpack_require__(43183);
const settings_1 = __webpack_require__(6785);
const ids_1 = __webpack_require__(92387);
const suppress_1 = __webpack_require__(28311);
const engine_findings_1 = __webpack_require__(7137);
const redactor_1 = __webpack_require__(98789);
const schema_1 = __webpack_require__(80757);
const redact_findings_1 = __webpack_require__(97540);
/** The files validate reads: the repository under `config`'s include, exclude and size limit. */
function loadValidateWorkspace(root, config) {
    return (0, workspace_1.loadWorkspace)({ root, include: config.include, exclude: config.exclude, maxFileBytes: config.maxFileSizeKb * 1024 });
}
/** validate, after reading the files and loading the Kubernetes models when there are manifests. */
async function validateRepositoryFiles(options) {
    const workspace = options.workspace ?? loadValidateWorkspace(options.root, options.config);
    const kubernetesModels = options.kubernetesModels ?? (workspace.kubernetes.length ? await (0, schema_1.loadBuiltInModels)() : undefined);
    return validate({ ...options, workspace, kubernetesModels });
}
function validate(options) {
    const { config } = options;
    const ws = options.workspace ?? loadValidateWorkspace(options.root, config);
    const compose = (0, project_1.buildComposeProject)(ws, config);
    const settings = (0, settings_1.resolveCheckSettings)(index_1.CHECKS, config, options.only);
    const raw = [];
    const makeReporter = (check, root, fallback, extra = {}) => (d) => {
        const template = check.meta.messages[d.messageId];
        if (template === undefined)
            throw new Error(`check ${check.id} reported unknown messageId "${d.messageId}"`);
        const loc = (0, types_1.isLoc)(d.at) ? d.at : (0, yaml_tree_1.locate)(root, d.at ?? [], fallback);
        raw.push({ check, messageId: d.messageId, message: (0, types_1.formatMessage)(template, d.data), loc, environment: extra.environment, subject: extra.subject });
    };
    const byTarget = new Map();
    const withRepository = options.scope === 'repository' || !!options.only;
    for (const check of index_1.CHECKS) {
        if (!settings.get(check.id)?.enabled)
            continue;
        if ((0, types_1.isEngineCheck)(check))
            continue; // reported below, by emitEngineFindings and finalize
        if (check.target === 'repository' && !withRepository)
            continue;
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
            run('compose-file', (check) => invoke(check, { options: opts(check), file, document, root: document.root, report: makeReporter(check, document.root, document.root.loc) }));
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
    for (const object of ws.kubernetes) {
        const objectIsProduction = isProd(object);
        run('kubernetes-object', (check) => {
            if (check.meta.productionOnly && !objectIsProduction)
                return;
            invoke(check, {
                options: opts(check),
                object,
                isProduction: objectIsProduction,
                builtInModels,
                report: makeReporter(check, object.root, object.loc, { subject: `${object.kind}/${object.name}` }),
            });
        });
    }
    const { schemas: customSchemas, problems: schemaProblems } = (0, custom_resources_1.loadConfiguredSchemas)(config.kubernetes.schemas, (f) => ws.files.get(f)?.text);
    if (ws.kubernetes.length)
        run('kubernetes-set', (check) => invoke(check, {
            options: opts(check),
            objects: ws.kubernetes,
            isProduction: isProd,
            customSchemas,
            report: makeReporter(check, null, { file: ws.kubernetes[0]?.file ?? '.', line: 1, column: 1 }),
        }));
    // Dockerfiles.
    for (const file of ws.dockerfiles) {
        const text = ws.files.get(file).text;
        const dockerfile = dockerfile_ast_1.DockerfileParser.parse(text);
        const dir = node_path_1.default.posix.dirname(file);
        const hasDockerignore = ws.files.has(dir === '.' ? '.dockerignore' : `${dir}/.dockerignore`) || ws.files.has(`${file}.dockerignore`) || ws.files.has('.dockerignore');
        run('dockerfile', (check) => invoke(check, { options: opts(check), file, text, dockerfile, hasDockerignore, report: makeReporter(check, null, { file, line: 1, column: 1 }) }));
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
    const emit = (check, messageId, data, loc, environment) => {
        if (!settings.get(check.id)?.enabled)
            return;
        makeReporter(check, null, loc, { environment })({ messageId, data, at: loc });
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
    const overrideMatchers = config.overrides.map((o) => ({ match: (0, picomatch_1.default)(o.files, { dot: true }), checks: o.checks }));
    const merged = new Map();
    for (const r of raw) {
        const setting = settings.get(r.check.id);
        if (!setting?.enabled)
            continue;
        let severity = setting.severity;
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
        const key = `${r.check.id}|${r.loc.file}|${r.loc.line}|${r.loc.column}|${message}`;
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