"use strict";
exports.id = 100;
exports.ids = [100];
exports.modules = {

/***/ 69587:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deploySchema = exports.webhookDeploySchema = exports.composeDeploySchema = exports.kubernetesDeploySchema = exports.portainerDeploySchema = exports.DEPLOY_DRIVERS = exports.httpUrl = void 0;
exports.isHttpUrl = isHttpUrl;
exports.driverOf = driverOf;
/**
 * `environments.<env>.deploy` of stackgate.yml: how `stackgate deploy` ships an environment, with
 * exactly one driver (Portainer, Kubernetes, Compose or a webhook), and what it does after.
 * Credentials never live here: they come from the action's inputs or the CLI's environment
 * (PORTAINER_API_KEY, KUBECONFIG, STACKGATE_WEBHOOK_SECRET, GITHUB_TOKEN).
 */
const zod_1 = __webpack_require__(50924);
const repository_path_1 = __webpack_require__(29545);
const smoke_schema_1 = __webpack_require__(76139);
const repoPath = zod_1.z.string().refine(repository_path_1.isRepositoryPath, repository_path_1.REPOSITORY_PATH_MESSAGE);
/** An absolute http(s) URL (checked by parsing, so the JSON Schema carries no `format` editors may not know). */
function isHttpUrl(value) {
    try {
        return /^https?:$/.test(new URL(value).protocol);
    }
    catch {
        return false;
    }
}
exports.httpUrl = zod_1.z.string().refine(isHttpUrl, 'expected an http:// or https:// URL');
const source = zod_1.z
    .string()
    .min(1)
    .optional()
    .describe("The repository's Compose stack to ship (a name of `stacks:`; default: the only stack of the repository).");
exports.DEPLOY_DRIVERS = ['portainer', 'kubernetes', 'compose', 'webhook'];
exports.portainerDeploySchema = zod_1.z
    .strictObject({
    url: exports.httpUrl.describe('Portainer base URL (https://portainer.example.com), without /api.'),
    endpoint: zod_1.z.number().int().positive().describe('The Portainer environment (endpoint) id the stack runs on.'),
    stack: zod_1.z.string().min(1).describe('The Portainer stack name on that endpoint.'),
    source,
    edge: zod_1.z.boolean().default(false).describe('An Edge endpoint: changes apply asynchronously, so verification polls with a grace period.'),
    edgeGrace: smoke_schema_1.duration.default('60s').describe('How long an Edge endpoint may take before its containers show the new images.'),
})
    .describe('Deploy a Portainer stack: a file stack gets the merged Compose file, a Git stack is redeployed at the commit.');
exports.kubernetesDeploySchema = zod_1.z
    .strictObject({
    paths: zod_1.z.array(repoPath).min(1).describe('Manifest files or directories (a directory with kustomization.yaml is applied with -k).'),
    namespace: zod_1.z.string().min(1).optional().describe('Namespace for objects that do not name one.'),
    context: zod_1.z.string().min(1).optional().describe('kubeconfig context (default: its current context).'),
    forceConflicts: zod_1.z
        .boolean()
        .default(false)
        .describe('Take over fields another field manager owns (after a `kubectl rollout undo` they belong to kubectl); reported in the deploy report.'),
})
    .describe('Deploy with kubectl apply --server-side, wait for every rollout, undo on failure.');
exports.composeDeploySchema = zod_1.z
    .strictObject({
    host: zod_1.z.string().min(1).optional().describe('DOCKER_HOST of the target (ssh://deploy@dev-host, unix:///var/run/docker.sock); default: the local engine.'),
    project: zod_1.z.string().min(1).describe('The Compose project name on the host.'),
    source,
})
    .describe('Deploy with docker compose up -d of the merged files.');
exports.webhookDeploySchema = zod_1.z
    .strictObject({
    url: exports.httpUrl.describe('Where the signed JSON payload is POSTed.'),
    statusUrl: exports.httpUrl.optional().describe('Polled until it reports done or failed (JSON {"status": "pending|running|success|failure"}).'),
    pollInterval: smoke_schema_1.duration.default('5s').describe('Between two polls of statusUrl.'),
})
    .describe('Deploy by calling a webhook signed with HMAC-SHA256 (X-Stackgate-Signature-256).');
exports.deploySchema = zod_1.z
    .strictObject({
    portainer: exports.portainerDeploySchema.optional(),
    kubernetes: exports.kubernetesDeploySchema.optional(),
    compose: exports.composeDeploySchema.optional(),
    webhook: exports.webhookDeploySchema.optional(),
    smoke: zod_1.z.boolean().default(true).describe('Run smoke.environments.<env> after the rollout.'),
    rollback: zod_1.z.boolean().default(true).describe('Redeploy the last good deployment when verification or smoke fails.'),
    timeout: smoke_schema_1.duration.default('5m').describe('The whole deploy, verification and smoke included.'),
})
    .superRefine((value, ctx) => {
    const drivers = exports.DEPLOY_DRIVERS.filter((d) => value[d] !== undefined);
    if (drivers.length !== 1)
        ctx.addIssue({
            code: 'custom',
            message: drivers.length ? `expected exactly one driver, got ${drivers.join(' and ')}` : `expected exactly one driver: ${exports.DEPLOY_DRIVERS.join(', ')}`,
        });
})
    .describe('How stackgate deploy ships this environment: exactly one of portainer, kubernetes, compose, webhook.');
/** The driver an environment's deploy section names (the schema guarantees exactly one). */
function driverOf(config) {
    return exports.DEPLOY_DRIVERS.find((d) => config[d] !== undefined);
}


/***/ }),

/***/ 40812:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CONFIG_BYTES = exports.CONFIG_FILES = void 0;
exports.readConfig = readConfig;
exports.parseConfigWith = parseConfigWith;
/**
 * stackgate.yml -> validated data, for any schema of it: the whole product's (load.ts) or one
 * section's (the smoke bundle reads only `smoke:`). Every problem names file:line:column; unknown
 * keys get a "did you mean" from the schema's own keys.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const did_you_mean_1 = __webpack_require__(87568);
const errors_1 = __webpack_require__(74296);
const yaml_tree_1 = __webpack_require__(43183);
const regular_file_1 = __webpack_require__(99944);
exports.CONFIG_FILES = ['stackgate.yml', 'stackgate.yaml', '.github/stackgate.yml', '.github/stackgate.yaml'];
/** A stackgate.yml is a few kilobytes; this bounds what a hostile one makes stackgate read. */
exports.MAX_CONFIG_BYTES = 1024 * 1024;
/** Finds and reads the config of a repository against a schema; with no file, the schema's defaults. */
function readConfig(schema, root, explicitPath) {
    // A named file may be anywhere the user points; a discovered one must be the repository's own.
    const candidates = explicitPath ? [explicitPath] : exports.CONFIG_FILES;
    for (const candidate of candidates) {
        const abs = node_path_1.default.resolve(root, candidate);
        const rel = node_path_1.default.relative(root, abs).split(node_path_1.default.sep).join('/') || node_path_1.default.basename(abs);
        const read = (0, regular_file_1.readRegularFile)(root, abs, { maxBytes: exports.MAX_CONFIG_BYTES, allowOutside: !!explicitPath });
        if (read.ok)
            return { ...parseConfigTree(schema, rel, read.text), file: rel };
        if (read.problem === 'missing' && !explicitPath)
            continue;
        if (read.problem === 'missing')
            throw new errors_1.UserError(`config file not found: ${explicitPath}`, { hint: 'pass --config with a path relative to the repository, or omit it' });
        throw new errors_1.UserError(`cannot use this config: ${read.message}`, { file: rel });
    }
    return { config: schema.parse({}) };
}
function parseConfigWith(schema, file, text) {
    return parseConfigTree(schema, file, text).config;
}
function parseConfigTree(schema, file, text) {
    const parsed = (0, yaml_tree_1.parseYaml)(file, text);
    const problem = parsed.problems[0];
    if (problem) {
        throw new errors_1.UserError(`invalid YAML: ${problem.message}`, { file, line: problem.line, column: problem.column });
    }
    if (parsed.documents.filter((d) => d.root).length > 1) {
        const second = parsed.documents.filter((d) => d.root)[1];
        throw new errors_1.UserError('expected one YAML document, found several', { file, line: second.line, column: 1 });
    }
    const root = parsed.documents.find((d) => d.root)?.root ?? null;
    const data = root ? (0, yaml_tree_1.toPlain)(root) : {};
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new errors_1.UserError('expected a mapping of settings at the top level', { file, line: root?.loc.line ?? 1, column: root?.loc.column ?? 1 });
    }
    const result = schema.safeParse(data);
    if (result.success)
        return { config: result.data, tree: root };
    throw configError(schema, file, root, result.error.issues);
}
function configError(schema, file, root, issues) {
    const fallback = { file, line: 1, column: 1 };
    const lines = [];
    for (const issue of issues) {
        const issuePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        if (issue.code === 'unrecognized_keys') {
            const candidates = keysAt(schema, issuePath);
            for (const key of issue.keys) {
                const at = (0, yaml_tree_1.locate)(root, [...issuePath, key], fallback);
                const suggestion = (0, did_you_mean_1.suggest)(key, candidates);
                lines.push({
                    line: at.line,
                    column: at.column,
                    text: `${(0, yaml_tree_1.formatPath)([...issuePath, key])}: unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
                });
            }
            continue;
        }
        const at = (0, yaml_tree_1.locateValue)(root, issuePath, fallback);
        lines.push({ line: at.line, column: at.column, text: `${(0, yaml_tree_1.formatPath)(issuePath) || '(top level)'}: ${describeIssue(issue)}` });
    }
    lines.sort((a, b) => a.line - b.line || a.column - b.column);
    const [first, ...rest] = lines;
    const message = [first.text, ...rest.map((l) => `${file}:${l.line}:${l.column}: ${l.text}`)].join('\n');
    return new errors_1.UserError(message, { file, line: first.line, column: first.column });
}
function describeIssue(issue) {
    if (issue.code === 'invalid_union')
        return 'expected "off", "error", "warning", "info" or a mapping with severity/options';
    return issue.message.replace(/^Invalid input: /, '');
}
/** The keys the schema allows at a path (for "did you mean"). */
function keysAt(schema, p) {
    let cur = schema;
    for (const seg of p) {
        cur = unwrap(cur);
        const def = defOf(cur);
        if (!def)
            return [];
        if (def.type === 'object')
            cur = def.shape[String(seg)] ?? def.catchall;
        else if (def.type === 'record')
            cur = def.valueType;
        else if (def.type === 'array')
            cur = def.element;
        else if (def.type === 'union')
            cur = def.options.find((o) => defOf(unwrap(o))?.type === 'object');
        else
            return [];
        if (!cur)
            return [];
    }
    cur = unwrap(cur);
    const def = defOf(cur);
    if (def?.type === 'union') {
        const obj = def.options.map(unwrap).find((o) => defOf(o)?.type === 'object');
        return obj ? Object.keys(defOf(obj).shape) : [];
    }
    return def?.type === 'object' ? Object.keys(def.shape) : [];
}
function defOf(s) {
    return s?._zod?.def;
}
function unwrap(s) {
    let cur = s;
    for (let d = defOf(cur); d && (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault'); d = defOf(cur)) {
        cur = d.innerType;
    }
    return cur;
}


/***/ }),

/***/ 47967:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CONFIG_SCHEMA_URL = exports.configSchema = exports.DEFAULT_TEST_PATHS = exports.severitySetting = void 0;
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
const deploy_schema_1 = __webpack_require__(69587);
const repository_path_1 = __webpack_require__(29545);
/** A file of the repository: stackgate reads nothing outside it. */
const repoPath = zod_1.z.string().refine(repository_path_1.isRepositoryPath, repository_path_1.REPOSITORY_PATH_MESSAGE);
/** A check's severity in stackgate.yml (`off` turns it off). */
exports.severitySetting = zod_1.z.enum(['error', 'warning', 'info', 'off']);
const environment = zod_1.z
    .strictObject({
    url: deploy_schema_1.httpUrl.optional().describe('Where the environment answers (https://mcp-dev.example.com): the environment_url of its GitHub Deployments.'),
    deploy: deploy_schema_1.deploySchema.optional(),
    production: zod_1.z.boolean().optional().describe('Production environments get the strictest checks (defaults to true for names like "prod").'),
    profiles: zod_1.z.array(zod_1.z.string()).default([]).describe('Compose profiles active in this environment.'),
    envFiles: zod_1.z.array(repoPath).default([]).describe('Env files (repository-relative) used for ${VAR} interpolation, after the project .env.'),
    variables: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).default({}).describe('Variables for ${VAR} interpolation; they win over env files.'),
    variablesComplete: zod_1.z
        .boolean()
        .default(false)
        .describe('The variables of this environment are all in the repository (env files, `variables`): a required ${VAR:?} without a value is an error, not a warning that it must be supplied at deploy time.'),
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
/** Where repositories keep test fixtures and CI scaffolding: Compose files and manifests there start services for tests, not deployments. */
exports.DEFAULT_TEST_PATHS = ['**/test/**', '**/tests/**', '**/testdata/**', '**/__tests__/**', '**/fixtures/**', '**/e2e/**', '.github/**'];
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
        testPaths: zod_1.z
            .array(zod_1.z.string())
            .default([...exports.DEFAULT_TEST_PATHS])
            .describe('Globs of test fixtures and CI scaffolding, which are not deployments: hardening findings (Compose, Kubernetes, Dockerfile; all but correctness) there are reported at info. [] turns this off.'),
        maxFileSizeKb: zod_1.z.number().int().positive().default(1024).describe('Larger files are reported and skipped.'),
        failOn: zod_1.z.enum(['error', 'warning', 'info', 'never']).default('error').describe('Lowest severity that fails the run.'),
        environments: zod_1.z
            .record(smoke_schema_1.name, environment)
            .default({})
            .describe('Environments; without them, those of the stacks/<env> layout, or none (Compose files are checked once, as they are).'),
        stacks: zod_1.z.record(smoke_schema_1.name, stack).optional().describe('Compose stacks; discovered by convention when absent (stacks/common + stacks/<env>).'),
        kubernetes: zod_1.z
            .strictObject({
            schemas: zod_1.z
                .record(zod_1.z.string(), repoPath)
                .default({})
                .describe('JSON Schema or CustomResourceDefinition file per "group/version/Kind" of custom resources.'),
            helm: zod_1.z
                .enum(['auto', 'always', 'never'])
                .default('auto')
                .describe('Render Helm charts with "helm template" when helm is installed (auto), require it, or never render them.'),
            kustomize: zod_1.z
                .enum(['auto', 'always', 'never'])
                .default('auto')
                .describe('Build Kustomize overlays with "kubectl kustomize" and check the built objects, one finding per base line with the overlays as its environments (auto: when kubectl is installed; always: require it), or check the files as written (never).'),
        })
            .default({ schemas: {}, helm: 'auto', kustomize: 'auto' }),
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

/***/ 76139:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.smokeOnlyConfig = exports.smokeSection = exports.smokeTarget = exports.duration = exports.name = void 0;
/**
 * The smoke section of stackgate.yml (part of the one schema in schema.ts). Kept in its own module
 * so that `stackgate smoke` with a one-off target, and actions/smoke, validate targets without
 * loading the check catalogue.
 */
const zod_1 = __webpack_require__(50924);
/** Environment, stack and service names. */
exports.name = zod_1.z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected a name of letters, digits, ".", "_" or "-"');
exports.duration = zod_1.z
    .union([zod_1.z.number().nonnegative(), zod_1.z.string().regex(/^\d+(\.\d+)?(ms|s|m)$/, 'expected a duration such as 500ms, 10s or 2m')])
    .describe('Milliseconds, or a duration such as 500ms, 10s, 2m.');
const toolCall = zod_1.z.strictObject({
    tool: zod_1.z.string().min(1).describe('Tool name.'),
    arguments: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).default({}).describe('Arguments passed to tools/call.'),
    expect: zod_1.z
        .strictObject({
        contains: zod_1.z.string().optional().describe('The text content contains this string.'),
        regex: zod_1.z.string().optional().describe('The text content matches this regular expression.'),
        json: zod_1.z.unknown().optional().describe('The structured content (or the text parsed as JSON) contains this subset.'),
        isError: zod_1.z.boolean().default(false).describe('Whether the result is expected to be an error (isError: true).'),
    })
        .default({ isError: false }),
});
exports.smokeTarget = zod_1.z
    .strictObject({
    transport: zod_1.z
        .enum(['streamable-http', 'sse', 'stdio'])
        .optional()
        .describe('MCP transport (default: stdio with command; sse for a URL ending in /sse; otherwise streamable-http).'),
    url: zod_1.z.string().optional().describe('MCP endpoint URL (streamable-http or sse); ${VAR} is read from the environment.'),
    command: zod_1.z.array(zod_1.z.string()).min(1).optional().describe('Command and arguments that start the server on stdio.'),
    env: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).default({}).describe('Environment of the stdio command; ${VAR} is read from the environment and never printed.'),
    cwd: zod_1.z.string().optional().describe('Working directory of the stdio command (relative to the repository).'),
    headers: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).default({}).describe('Request headers; ${VAR} is read from the environment and never printed.'),
    health: zod_1.z
        .strictObject({
        url: zod_1.z.string().describe('Health endpoint URL.'),
        status: zod_1.z.number().int().default(200).describe('Expected HTTP status.'),
        json: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).optional().describe('Expected values by JSON path in the body (e.g. {"status": "ok", "checks.db": "up"}).'),
        budget: exports.duration.optional().describe('Latency budget of the health request.'),
    })
        .optional(),
    tools: zod_1.z.array(zod_1.z.string()).default([]).describe('Tools that must be listed.'),
    minTools: zod_1.z.number().int().nonnegative().optional().describe('At least this many tools.'),
    resources: zod_1.z.array(zod_1.z.string()).optional().describe('Resource URIs that must be listed (resources/list).'),
    prompts: zod_1.z.array(zod_1.z.string()).optional().describe('Prompts that must be listed (prompts/list).'),
    calls: zod_1.z.array(toolCall).default([]).describe('tools/call checks.'),
    repetitions: zod_1.z.number().int().positive().max(10000).default(1).describe('Run the tool calls this many times for latency percentiles and the error rate.'),
    budgets: zod_1.z
        .strictObject({
        p50: exports.duration.optional().describe('Median tool call latency.'),
        p95: exports.duration.optional().describe('95th percentile of tool call latency.'),
        p99: exports.duration.optional().describe('99th percentile of tool call latency.'),
        errorRate: zod_1.z.number().min(0).max(1).optional().describe('Highest accepted share of failed calls.'),
    })
        .default({}),
    sessionChecks: zod_1.z.boolean().default(true).describe('Streamable HTTP: check that an unknown session gets 404 and that the session ends at the end.'),
    expectedFailures: zod_1.z
        .array(zod_1.z.string())
        .default([])
        .describe('Check ids known to fail (e.g. "call:fetch", "session-unknown"): reported as expected failures, not failing.'),
})
    .describe('How to smoke-test one MCP service in one environment.');
exports.smokeSection = zod_1.z
    .strictObject({
    waitTimeout: exports.duration.default('60s').describe('How long to wait for a target to answer (retrying with backoff) before checking it.'),
    timeout: exports.duration.default('10s').describe('Timeout of each request.'),
    concurrency: zod_1.z.number().int().positive().default(4).describe('Services checked at once.'),
    drift: zod_1.z
        .enum(['fail', 'warn', 'off'])
        .default('fail')
        .describe("When the tool surface differs from the previous environment's report (--compare): fail, warn or do not check."),
    strict: zod_1.z.boolean().default(false).describe('Fail on protocol-hygiene findings (session-unknown, session-close) instead of reporting them as warnings.'),
    environments: zod_1.z.record(exports.name, zod_1.z.record(zod_1.z.string(), exports.smokeTarget)).default({}).describe('Smoke targets per environment and service.'),
})
    .default({ waitTimeout: '60s', timeout: '10s', concurrency: 4, drift: 'fail', strict: false, environments: {} })
    .describe('Post-deploy smoke tests (stackgate smoke).');
/** stackgate.yml seen by the smoke command: its smoke section, every other key left to the full schema. */
exports.smokeOnlyConfig = zod_1.z.looseObject({ smoke: exports.smokeSection });


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


/***/ })

};
;