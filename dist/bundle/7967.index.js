"use strict";
exports.id = 7967;
exports.ids = [7967];
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

/***/ 80343:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.environmentProtectionSchema = exports.gateSchema = exports.gateProtectionSchema = exports.gatePrometheusSchema = exports.freezeWindowSchema = exports.datedFreezeSchema = exports.recurringFreezeSchema = void 0;
exports.isTimeZone = isTimeZone;
exports.cronProblem = cronProblem;
/**
 * `environments.<env>.gate` and `environments.<env>.protection` of stackgate.yml.
 *
 * - `gate`: what `stackgate gate` proves before a release manager's approval lets a job deploy the
 *   environment (the previous environment's verified deployment of the same commit, its smoke
 *   result, the readiness score, soak time, freeze windows, Prometheus, the protection rules).
 * - `protection`: the environment's protection on GitHub as code (`stackgate environments
 *   sync|check`): required reviewers, wait timer, self-review, deployment branches and tags.
 */
const croner_1 = __webpack_require__(32912);
const zod_1 = __webpack_require__(50924);
const smoke_schema_1 = __webpack_require__(76139);
const deploy_schema_1 = __webpack_require__(69587);
/** Whether the runtime knows the IANA time zone (Europe/Berlin, UTC). */
function isTimeZone(value) {
    try {
        new Intl.DateTimeFormat('en', { timeZone: value });
        return true;
    }
    catch {
        return false;
    }
}
/** Why croner rejects a cron pattern (five fields, or six with seconds), or undefined when it is valid. */
function cronProblem(pattern) {
    try {
        new croner_1.Cron(pattern, { paused: true });
        return undefined;
    }
    catch (e) {
        return e instanceof Error ? e.message.replace(/^CronPattern: /, '') : String(e);
    }
}
/** An instant with its offset (2026-12-20T00:00:00Z, 2026-12-20T01:00:00+01:00): a date without a zone means nothing across runners. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const instant = zod_1.z
    .string()
    .regex(INSTANT, 'expected a date and time with its offset, such as 2026-12-20T00:00:00Z')
    .refine((v) => Number.isFinite(Date.parse(v)), 'not a real date');
const reason = zod_1.z.string().min(1).optional().describe('Shown when the window blocks a promotion (e.g. "weekend freeze").');
exports.recurringFreezeSchema = zod_1.z
    .strictObject({
    cron: zod_1.z
        .string()
        .superRefine((value, ctx) => {
        const problem = cronProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: `not a cron pattern: ${problem}` });
    })
        .describe('When each window starts: a cron pattern ("0 16 * * 5" is Friday 16:00) in the time zone.'),
    duration: smoke_schema_1.duration.describe('How long each window lasts (64h), in elapsed time: across a DST change the wall-clock end moves by the hour.'),
    timezone: zod_1.z.string().refine(isTimeZone, 'not an IANA time zone (Europe/Berlin, UTC)').default('UTC'),
    reason,
})
    .describe('A recurring freeze window: starts at every cron occurrence in the time zone and lasts duration.');
exports.datedFreezeSchema = zod_1.z
    .strictObject({ from: instant, to: instant, reason })
    .refine((w) => Date.parse(w.to) > Date.parse(w.from), { message: '"to" must be after "from"', path: ['to'] })
    .describe('A dated freeze window, from (inclusive) to (exclusive).');
exports.freezeWindowSchema = zod_1.z.union([exports.recurringFreezeSchema, exports.datedFreezeSchema]);
const prometheusCheck = zod_1.z
    .strictObject({
    name: smoke_schema_1.name,
    query: zod_1.z.string().min(1).describe('PromQL that returns one number (a scalar, or a vector of one sample).'),
    max: zod_1.z.number().optional().describe('Highest value that passes.'),
    min: zod_1.z.number().optional().describe('Lowest value that passes.'),
})
    .refine((c) => c.max !== undefined || c.min !== undefined, 'expected max, min or both')
    .describe('A query measured at every interval; a measurement without data fails.');
exports.gatePrometheusSchema = zod_1.z
    .strictObject({
    url: deploy_schema_1.httpUrl.describe('Prometheus base URL (the /api/v1/query endpoint is under it).'),
    checks: zod_1.z.array(prometheusCheck).min(1),
    interval: smoke_schema_1.duration.default('1m').describe('Between two measurements.'),
    count: zod_1.z.number().int().min(1).max(100).default(5).describe('Measurements per check.'),
    failureLimit: zod_1.z.number().int().min(0).default(0).describe('Failed measurements a check may have and still pass (no data is a failure).'),
    timeout: smoke_schema_1.duration.default('10s').describe('Of each query; an unreachable Prometheus fails the gate.'),
})
    .refine((p) => p.failureLimit < p.count, { message: 'failureLimit must be below count, or no measurement could fail the check', path: ['failureLimit'] })
    .describe('Canary analysis of production metrics: every check measured count times, interval apart.');
exports.gateProtectionSchema = zod_1.z
    .strictObject({
    requiredReviewers: zod_1.z.number().int().min(0).max(6).default(1).describe('Fewest required reviewers the environment must list (GitHub allows 6).'),
    preventSelfReview: zod_1.z.boolean().default(false).describe('Whoever triggered the run must not be able to approve it.'),
    branches: zod_1.z
        .array(zod_1.z.string().min(1))
        .optional()
        .describe('The environment must be deployable only from these branches (name patterns of its deployment branch policy), or "protected" branches.'),
})
    .describe('The least protection the environment must have on GitHub; weaker, missing or unreadable protection closes the gate.');
exports.gateSchema = zod_1.z
    .strictObject({
    requires: smoke_schema_1.name.optional().describe('The previous environment in the chain: this commit must have a verified stackgate deployment there.'),
    minScore: zod_1.z.number().min(0).max(100).optional().describe('Lowest readiness score of the commit (as recorded by the previous deployment).'),
    soak: smoke_schema_1.duration.optional().describe('Time since the previous environment verified this commit.'),
    smoke: zod_1.z
        .enum(['passed', 'any'])
        .default('passed')
        .describe('passed: the previous deployment must have run smoke tests and passed them; any: a verified deployment without smoke counts.'),
    freeze: zod_1.z.array(exports.freezeWindowSchema).default([]).describe('No promotion inside these windows.'),
    prometheus: exports.gatePrometheusSchema.optional(),
    protection: exports.gateProtectionSchema.optional().describe('Default: what environments.<env>.protection declares, else one required reviewer.'),
})
    .superRefine((gate, ctx) => {
    if (gate.requires !== undefined)
        return;
    for (const key of ['minScore', 'soak'])
        if (gate[key] !== undefined)
            ctx.addIssue({ code: 'custom', message: `${key} is measured on the previous environment's deployment: set requires too`, path: [key] });
})
    .describe('What stackgate gate proves before this environment is deployed.');
const BRANCH_POLICIES = zod_1.z.union([zod_1.z.literal('protected'), zod_1.z.array(zod_1.z.string().min(1)).min(1)]);
exports.environmentProtectionSchema = zod_1.z
    .strictObject({
    reviewers: zod_1.z
        .array(zod_1.z.string().regex(/^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/, 'expected a user login, or org/team-slug for a team'))
        .max(6)
        .default([])
        .describe('Required reviewers: user logins, and teams as org/team-slug (at most 6; any one of them approves).'),
    waitTimer: smoke_schema_1.duration.optional().describe('Wait after approval before the job starts (whole minutes, at most 30 days).'),
    preventSelfReview: zod_1.z.boolean().default(false).describe('Whoever triggered the run cannot approve it.'),
    canAdminsBypass: zod_1.z.boolean().default(true).describe('Repository administrators may bypass the protection (GitHub default: true).'),
    branches: BRANCH_POLICIES.optional().describe('"protected" (protected branches only) or name patterns (main, release/*); absent: any branch.'),
    tags: zod_1.z.array(zod_1.z.string().min(1)).default([]).describe('Tag name patterns that may deploy too (only with branch patterns).'),
})
    .refine((p) => p.tags.length === 0 || Array.isArray(p.branches), { message: 'tags need branches as name patterns (not "protected")', path: ['tags'] })
    .describe('The environment on GitHub, as code: stackgate environments sync applies it, check reports drift.');


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
const gate_schema_1 = __webpack_require__(80343);
const repository_path_1 = __webpack_require__(29545);
/** A file of the repository: stackgate reads nothing outside it. */
const repoPath = zod_1.z.string().refine(repository_path_1.isRepositoryPath, repository_path_1.REPOSITORY_PATH_MESSAGE);
/** A check's severity in stackgate.yml (`off` turns it off). */
exports.severitySetting = zod_1.z.enum(['error', 'warning', 'info', 'off']);
const environment = zod_1.z
    .strictObject({
    url: deploy_schema_1.httpUrl.optional().describe('Where the environment answers (https://mcp-dev.example.com): the environment_url of its GitHub Deployments.'),
    deploy: deploy_schema_1.deploySchema.optional(),
    gate: gate_schema_1.gateSchema.optional(),
    protection: gate_schema_1.environmentProtectionSchema.optional(),
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
exports.DEFAULT_TEST_PATHS = [
    '**/test/**',
    '**/tests/**',
    '**/testdata/**',
    '**/__tests__/**',
    '**/fixtures/**',
    '**/e2e/**',
    '**/cypress/**',
    '**/playwright/**',
    '.github/**',
    // Archived configuration: kept for reference, deployed by nothing.
    '**/.archive/**',
    '**/.archived/**',
    // CI systems' and development containers' own directories.
    '.ci/**',
    '.circleci/**',
    '.buildkite/**',
    '.woodpecker/**',
    '.devcontainer/**',
    // A test stack beside the real one: docker-compose.test.yml, compose.test.yaml.
    '**/*.test.yml',
    '**/*.test.yaml',
];
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
        include: zod_1.z
            .array(zod_1.z.string())
            .default([])
            .describe('Globs of files to validate (default: everything not git-ignored, except node_modules and vendor/ directories of Go or Composer dependencies).'),
        exclude: zod_1.z.array(zod_1.z.string()).default([]).describe('Globs of files never to validate.'),
        testPaths: zod_1.z
            .array(zod_1.z.string())
            .default([...exports.DEFAULT_TEST_PATHS])
            .describe('Globs of test fixtures and CI scaffolding, which are not deployments: hardening findings (Compose, Kubernetes, Dockerfile; all but correctness) there are reported at info. So are they in files whose opening comment says they are not for production ("for the development setup", "not for production") and in Compose files that only tests start (workflow jobs without an environment, Makefile targets named test, e2e, dev, ci...) (the default file at the root only when it restarts no service), in Compose files of a development or test directory beside a production one or below the deployed Compose file, and in manifests CI applies to a kind, k3d or minikube cluster it creates. Kustomize overlays under these paths are not built. [] turns all of this off.'),
        maxFileSizeKb: zod_1.z.number().int().positive().default(1024).describe('Larger files are reported and skipped.'),
        failOn: zod_1.z.enum(['error', 'warning', 'info', 'never']).default('error').describe('Lowest severity that fails the run.'),
        environments: zod_1.z
            .record(smoke_schema_1.name, environment)
            .superRefine((environments, ctx) => {
            for (const [env, value] of Object.entries(environments)) {
                const requires = value.gate?.requires;
                if (requires === undefined)
                    continue;
                if (requires === env)
                    ctx.addIssue({ code: 'custom', message: `an environment cannot require itself`, path: [env, 'gate', 'requires'] });
                else if (!Object.hasOwn(environments, requires))
                    ctx.addIssue({
                        code: 'custom',
                        message: `"${requires}" is not an environment of stackgate.yml (${Object.keys(environments).join(', ')})`,
                        path: [env, 'gate', 'requires'],
                    });
            }
        })
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


/***/ })

};
;