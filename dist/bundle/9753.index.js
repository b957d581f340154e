"use strict";
exports.id = 9753;
exports.ids = [9753];
exports.modules = {

/***/ 3002:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubEnvironments = void 0;
/**
 * GitHub environments as stackgate reads and writes them: an environment's protection, normalised
 * to EnvironmentState (required reviewers, prevent self-review, wait timer, admin bypass, the
 * deployment branch policy with its branch and tag patterns, the custom protection rules' apps),
 * the PUT that creates or updates it, its branch and tag patterns, and reviewers resolved to ids.
 *
 * Failures are GitHubApiErrors naming the operation, the request and the status; a 403 (or a 404
 * on a write) also names the token permission the operation needs, as GitHub documents it for
 * fine-grained tokens and GitHub Apps:
 * - reading an environment, its branch policies and its protection rules: Actions (read);
 * - creating or updating an environment, adding or removing a pattern: Administration (write),
 *   which the workflow's GITHUB_TOKEN never has;
 * - looking up a team: Members (read) on the organization; a user needs nothing.
 *
 * `can_admins_bypass` is not in GitHub's OpenAPI description, though GitHub answers it with the
 * environment and takes it in the PUT: it is read when present (absent means GitHub's default, true)
 * and sent only when it has to change, so an environment that keeps the default never depends on it.
 */
const api_error_1 = __webpack_require__(93073);
/** A token permission, as GitHub's documentation names it. */
const ACTIONS_READ = 'the token needs the Actions repository permission (read)';
const ADMINISTRATION_WRITE = 'the token needs the Administration repository permission (write), which the workflow GITHUB_TOKEN never has: use a fine-grained personal access token or a GitHub App token with it (a classic token needs the repo scope and an admin of the repository)';
const MEMBERS_READ = 'the token needs the Members organization permission (read) to look up teams';
const POLICY_PAGE = 100;
/** Pages of branch policies read at most (1,000 patterns). */
const MAX_POLICY_PAGES = 10;
class GitHubEnvironments {
    octokit;
    repository;
    debug;
    constructor(octokit, repository, debug = () => undefined) {
        this.octokit = octokit;
        this.repository = repository;
        this.debug = debug;
    }
    /** The environment's protection as it is on GitHub; undefined when there is no such environment (404). */
    async readEnvironment(name) {
        const where = { ...this.repository, environment_name: name };
        let data;
        try {
            ({ data } = await this.octokit.rest.repos.getEnvironment(where));
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw this.error(e, `read environment "${name}"`, ACTIONS_READ);
        }
        const rules = data.protection_rules ?? [];
        const reviewersRule = rules.find((r) => r.type === 'required_reviewers');
        const waitRule = rules.find((r) => r.type === 'wait_timer');
        const reviewers = (reviewersRule?.reviewers ?? []).flatMap((r) => {
            const id = r.reviewer?.id;
            if (typeof id !== 'number')
                return [];
            return r.type === 'Team'
                ? [{ type: 'Team', id, name: `${this.repository.owner}/${r.reviewer?.slug ?? id}` }]
                : [{ type: 'User', id, name: r.reviewer?.login ?? String(id) }];
        });
        const settings = data.deployment_branch_policy;
        const branchPolicy = !settings
            ? { kind: 'all' }
            : settings.protected_branches
                ? { kind: 'protected' }
                : customPolicy(await this.listBranchPolicies(name));
        const bypass = data.can_admins_bypass;
        return {
            name: data.name,
            id: data.id,
            reviewers,
            preventSelfReview: reviewersRule?.prevent_self_review === true,
            waitTimerMinutes: waitRule?.wait_timer ?? 0,
            canAdminsBypass: typeof bypass === 'boolean' ? bypass : true,
            branchPolicy,
            customRules: await this.readCustomRules(name),
        };
    }
    /** Creates the environment or replaces its protection (reviewers, wait timer, self-review, branch policy kind). */
    async writeEnvironment(name, write) {
        const body = {
            ...this.repository,
            environment_name: name,
            wait_timer: write.waitTimerMinutes,
            prevent_self_review: write.preventSelfReview,
            reviewers: write.reviewers.map((r) => ({ type: r.type, id: r.id })),
            deployment_branch_policy: write.branchPolicy === 'all'
                ? null
                : { protected_branches: write.branchPolicy === 'protected', custom_branch_policies: write.branchPolicy === 'custom' },
            ...(write.canAdminsBypass === undefined ? {} : { can_admins_bypass: write.canAdminsBypass }),
        };
        try {
            await this.octokit.rest.repos.createOrUpdateEnvironment(body);
        }
        catch (e) {
            throw this.error(e, `write environment "${name}"`, ADMINISTRATION_WRITE, {
                404: `${this.full()} does not exist or the token cannot see it`,
                422: 'required reviewers and wait timers need a public repository, or GitHub Pro, Team or Enterprise for a private one, and each reviewer needs read access to the repository',
            });
        }
    }
    /** The environment's branch and tag patterns, with their ids. */
    async listBranchPolicies(name) {
        const out = [];
        for (let page = 1; page <= MAX_POLICY_PAGES; page++) {
            let data;
            try {
                ({ data } = await this.octokit.rest.repos.listDeploymentBranchPolicies({ ...this.repository, environment_name: name, per_page: POLICY_PAGE, page }));
            }
            catch (e) {
                throw this.error(e, `list the deployment branch policies of "${name}"`, ACTIONS_READ);
            }
            for (const p of data.branch_policies) {
                if (typeof p.id === 'number' && typeof p.name === 'string')
                    out.push({ id: p.id, name: p.name, type: p.type === 'tag' ? 'tag' : 'branch' });
            }
            if (data.branch_policies.length < POLICY_PAGE || out.length >= data.total_count)
                return out;
        }
        throw new api_error_1.GitHubApiError(`list the deployment branch policies of "${name}": more than ${MAX_POLICY_PAGES * POLICY_PAGE} patterns`, undefined);
    }
    async createBranchPolicy(name, pattern) {
        try {
            await this.octokit.rest.repos.createDeploymentBranchPolicy({ ...this.repository, environment_name: name, name: pattern.name, type: pattern.type });
        }
        catch (e) {
            // 303: GitHub has this pattern already (someone added it since stackgate read the list).
            if (e instanceof api_error_1.UnexpectedResponseError && e.status === 303)
                return;
            throw this.error(e, `allow ${pattern.type} pattern "${pattern.name}" in "${name}"`, ADMINISTRATION_WRITE, {
                404: `environment "${name}" does not deploy from selected branches and tags, or the token cannot see it`,
            });
        }
    }
    async deleteBranchPolicy(name, policy) {
        try {
            await this.octokit.rest.repos.deleteDeploymentBranchPolicy({ ...this.repository, environment_name: name, branch_policy_id: policy.id });
        }
        catch (e) {
            throw this.error(e, `remove ${policy.type} pattern "${policy.name}" from "${name}"`, ADMINISTRATION_WRITE, {
                404: `the pattern is gone or the token cannot see ${this.full()}`,
            });
        }
    }
    /** A user by login (`GET /users/{username}`); undefined when GitHub has none (or the login is an organization's). */
    async resolveUser(login) {
        try {
            const { data } = await this.octokit.rest.users.getByUsername({ username: login });
            return data.type === 'Organization' ? undefined : { type: 'User', id: data.id, name: data.login };
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw this.error(e, `look up user ${login}`, '');
        }
    }
    /** A team by organization and slug (`GET /orgs/{org}/teams/{team_slug}`); undefined when the token sees none. */
    async resolveTeam(org, slug) {
        try {
            const { data } = await this.octokit.rest.teams.getByName({ org, team_slug: slug });
            return { type: 'Team', id: data.id, name: `${org}/${data.slug}` };
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw this.error(e, `look up team ${org}/${slug}`, MEMBERS_READ);
        }
    }
    /** Slugs of the apps whose custom deployment protection rules are enabled. */
    async readCustomRules(name) {
        try {
            const { data } = await this.octokit.rest.repos.getAllDeploymentProtectionRules({ ...this.repository, environment_name: name });
            return (data.custom_deployment_protection_rules ?? []).filter((r) => r.enabled).map((r) => r.app.slug);
        }
        catch (e) {
            throw this.error(e, `read the custom protection rules of "${name}"`, ACTIONS_READ);
        }
    }
    full() {
        return `${this.repository.owner}/${this.repository.repo}`;
    }
    /** `e` as a GitHubApiError; a 403 that is not a rate limit names `permission`, other statuses the hint given for them. */
    error(e, operation, permission, hints = {}) {
        return (0, api_error_1.withPermissionHint)(e, operation, permission, this.debug, hints);
    }
}
exports.GitHubEnvironments = GitHubEnvironments;
function customPolicy(policies) {
    return {
        kind: 'custom',
        branches: policies.filter((p) => p.type === 'branch').map((p) => p.name),
        tags: policies.filter((p) => p.type === 'tag').map((p) => p.name),
    };
}
/** GitHub answered 404 with its JSON (a proxy's page with that status is not an answer about the resource). */
function isNotFound(e) {
    const error = e;
    return typeof error === 'object' && error !== null && !(e instanceof api_error_1.UnexpectedResponseError) && error.status === 404 && error.response !== undefined;
}


/***/ }),

/***/ 32635:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_ACTIONS_BOT_ID = void 0;
exports.createGateReads = createGateReads;
/**
 * What the promotion gate reads from GitHub (app/gate.ts GateGitHub): the deploy ledger, the
 * environment's protection, the repository's visibility, and the run's approvals and trigger.
 *
 * Trusted deployers: the token's own account and `github-actions[bot]` (the GITHUB_TOKEN of this
 * repository's workflows, which is what actions/deploy records deployments with). A deployment or a
 * status written by anyone else, whatever its payload says, is not evidence.
 */
const api_error_1 = __webpack_require__(93073);
const deployments_1 = __webpack_require__(24966);
const environments_1 = __webpack_require__(3002);
/** github-actions[bot]: the account of every workflow's GITHUB_TOKEN. */
exports.GITHUB_ACTIONS_BOT_ID = 41898282;
const DEPLOYMENTS_READ = 'the token needs the Deployments repository permission (read): permissions: deployments: read';
const ACTIONS_READ = 'the token needs the Actions repository permission (read): permissions: actions: read';
function createGateReads(octokit, repository, identity, debug = () => undefined) {
    const ledger = new deployments_1.DeploymentLedger(octokit, repository, identity, debug);
    const environments = new environments_1.GitHubEnvironments(octokit, repository, debug);
    const call = async (operation, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw (0, api_error_1.toGitHubApiError)(e, operation, debug) ?? e;
        }
    };
    return {
        trustedDeployers: new Set([identity.id, exports.GITHUB_ACTIONS_BOT_ID]),
        recordOf: (environment, sha, trusted) => ledger.recordOf(environment, sha, trusted).catch((e) => {
            throw (0, api_error_1.withPermissionHint)(e, `list the deployments of ${sha.slice(0, 7)} to ${environment}`, DEPLOYMENTS_READ, debug);
        }),
        readEnvironment: (name) => environments.readEnvironment(name),
        repository: async () => {
            const { data } = await call('read the repository', () => octokit.rest.repos.get(repository));
            return { private: data.private, visibility: data.visibility ?? (data.private ? 'private' : 'public') };
        },
        approvals: async (runId) => {
            let data;
            try {
                ({ data } = await octokit.rest.actions.getReviewsForRun({ ...repository, run_id: runId }));
            }
            catch (e) {
                throw (0, api_error_1.withPermissionHint)(e, `read the approvals of run ${runId}`, ACTIONS_READ, debug);
            }
            return data.map((a) => ({
                state: a.state,
                comment: a.comment,
                user: a.user.login,
                environments: a.environments.flatMap((e) => (e.name ? [e.name] : [])),
            }));
        },
        triggeredBy: async (runId) => {
            const { data } = await call(`read run ${runId}`, () => octokit.rest.actions.getWorkflowRun({ ...repository, run_id: runId }));
            return data.triggering_actor?.login ?? data.actor?.login;
        },
    };
}


/***/ }),

/***/ 14656:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PrometheusQueryError = exports.PrometheusUnreachableError = void 0;
exports.queryEndpoint = queryEndpoint;
exports.createPrometheusQuery = createPrometheusQuery;
const errors_1 = __webpack_require__(74296);
const is_record_1 = __webpack_require__(32789);
const template_1 = __webpack_require__(78187);
const http_1 = __webpack_require__(96324);
/** No usable answer from Prometheus: unreachable, too slow, a 5xx, or an answer that is not its API's. */
class PrometheusUnreachableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PrometheusUnreachableError';
    }
}
exports.PrometheusUnreachableError = PrometheusUnreachableError;
/** Prometheus rejected the query (400 bad_data, 422 execution): the query in stackgate.yml needs fixing. */
class PrometheusQueryError extends Error {
    errorType;
    constructor(message, 
    /** Prometheus's errorType (bad_data, execution). */
    errorType) {
        super(message);
        this.errorType = errorType;
        this.name = 'PrometheusQueryError';
    }
}
exports.PrometheusQueryError = PrometheusQueryError;
const MAX_ERROR_CHARS = 500;
const MAX_LISTED_SERIES = 3;
/** `https://host/prometheus/` → `https://host/prometheus/api/v1/query` */
function queryEndpoint(baseUrl) {
    const url = new URL(baseUrl);
    // fetch refuses such a URL with an error that quotes it, password included.
    if (url.username || url.password)
        throw new errors_1.UserError('prometheus.url: credentials in the URL are not supported; give a bearer token instead');
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
    url.search = '';
    url.hash = '';
    return url;
}
function createPrometheusQuery(options) {
    const secrets = options.token ? [options.token] : [];
    const doFetch = options.fetch ?? fetch;
    const endpoint = queryEndpoint(options.url);
    const timeoutSeconds = Math.max(0.001, options.timeoutMs / 1000);
    return async (query, signal) => {
        const url = new URL(endpoint);
        url.searchParams.set('query', query);
        url.searchParams.set('timeout', String(timeoutSeconds));
        const target = (0, http_1.describeTarget)('GET', url.href);
        if (signal?.aborted)
            throw new PrometheusUnreachableError(`${target}: not sent, cancelled`);
        let response;
        try {
            const now = Date.now;
            response = await (0, http_1.requestJson)({ fetch: doFetch, now, deadline: now() + options.timeoutMs, signal: signal ?? new AbortController().signal }, { method: 'GET', url: url.href, headers: options.token ? { authorization: `Bearer ${options.token}` } : {}, timeoutMs: options.timeoutMs });
        }
        catch (e) {
            if (e instanceof http_1.HttpRequestError)
                throw new PrometheusUnreachableError((0, template_1.redact)(`Prometheus unreachable: ${e.message}`, secrets));
            throw e;
        }
        return readAnswer(response, target, secrets);
    };
}
function readAnswer(response, target, secrets) {
    const { status, json } = response;
    const envelope = (0, is_record_1.isRecord)(json) ? json : undefined;
    const prometheusError = envelope?.status === 'error' ? errorText(envelope) : undefined;
    const fail = (message) => {
        throw new PrometheusUnreachableError((0, template_1.redact)(message, secrets));
    };
    if ((status === 400 || status === 422) && prometheusError !== undefined) {
        const errorType = typeof envelope?.errorType === 'string' ? envelope.errorType : 'bad_data';
        throw new PrometheusQueryError((0, template_1.redact)(`Prometheus rejected the query (${status} ${errorType}): ${prometheusError}`, secrets), errorType);
    }
    if (status === 401 || status === 403)
        fail(`${target} answered ${status}: the token is missing or not accepted`);
    if (status === 404)
        fail(`${target} answered 404: is the URL Prometheus's base URL (with its path prefix, without /api/v1)?`);
    if (status < 200 || status >= 300)
        fail(`Prometheus unreachable: ${target} answered ${status}${prometheusError !== undefined ? ` (${prometheusError})` : ''}`);
    if (!envelope)
        fail(`${target} answered ${status} with ${response.contentType || 'no content type'}, not Prometheus's JSON: is the URL Prometheus's?`);
    if (prometheusError !== undefined)
        fail(`Prometheus answered ${status} with an error: ${prometheusError}`);
    const data = envelope.data;
    if (envelope.status !== 'success' || !(0, is_record_1.isRecord)(data))
        fail(`${target} answered ${status} without Prometheus's "status" and "data": is the URL Prometheus's?`);
    return readResult(data, fail);
}
function readResult(data, fail) {
    const { resultType, result } = data;
    switch (resultType) {
        case 'scalar':
            return sampleValue(result, fail);
        case 'vector': {
            if (!Array.isArray(result))
                return fail('Prometheus answered a vector that is not a list');
            if (result.length === 0)
                return { kind: 'no-data', detail: 'empty result (no series matched)' };
            if (result.length > 1)
                return { kind: 'invalid', detail: `${result.length} series (${listSeries(result)}): aggregate the query to one number (sum, max)` };
            const sample = result[0];
            if ((0, is_record_1.isRecord)(sample) && sample.value === undefined && sample.histogram !== undefined)
                return { kind: 'invalid', detail: 'a native histogram sample: take a number of it (histogram_quantile, histogram_count)' };
            return sampleValue((0, is_record_1.isRecord)(sample) ? sample.value : undefined, fail);
        }
        case 'matrix':
            return { kind: 'invalid', detail: 'a range vector: the query must give one number at an instant (rate(x[5m]), not x[5m])' };
        case 'string':
            return { kind: 'invalid', detail: 'a string: the query must give a number' };
        default:
            return fail(`Prometheus answered an unknown resultType ${JSON.stringify(resultType)}`);
    }
}
/** `[<unix time>, "<value>"]`; Prometheus writes NaN, +Inf and -Inf as such. */
function sampleValue(pair, fail) {
    const text = Array.isArray(pair) ? pair[1] : undefined;
    if (typeof text !== 'string')
        return fail('Prometheus answered a sample without a value');
    if (text === 'NaN')
        return { kind: 'no-data', detail: 'NaN (e.g. 0/0: no requests in the window)' };
    if (text === '+Inf' || text === 'Inf')
        return { kind: 'value', value: Infinity };
    if (text === '-Inf')
        return { kind: 'value', value: -Infinity };
    const value = Number(text);
    if (text.trim() === '' || Number.isNaN(value))
        return fail(`Prometheus answered a sample value that is not a number: ${JSON.stringify(text.slice(0, 40))}`);
    return { kind: 'value', value };
}
/** `{status="200"}, {status="500"}, 1 more` */
function listSeries(result) {
    const labels = result.slice(0, MAX_LISTED_SERIES).map((s) => {
        const metric = (0, is_record_1.isRecord)(s) && (0, is_record_1.isRecord)(s.metric) ? s.metric : {};
        return `{${Object.entries(metric)
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(', ')}}`;
    });
    if (result.length > MAX_LISTED_SERIES)
        labels.push(`${result.length - MAX_LISTED_SERIES} more`);
    return labels.join(', ');
}
function errorText(envelope) {
    const text = typeof envelope.error === 'string' ? envelope.error : `errorType ${String(envelope.errorType)}`;
    return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}…` : text;
}


/***/ }),

/***/ 98959:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requiredProtection = requiredProtection;
exports.verifiedSuccess = verifiedSuccess;
exports.evaluateGate = evaluateGate;
const audit_1 = __webpack_require__(62732);
const freeze_1 = __webpack_require__(67960);
const protection_1 = __webpack_require__(96352);
const redactor_1 = __webpack_require__(98789);
const duration_1 = __webpack_require__(38169);
const messageOf = (e) => (e instanceof Error ? e.message : String(e));
/** The requirement: gate.protection, else what environments.<env>.protection declares, else one required reviewer. */
function requiredProtection(gate, declared) {
    if (gate?.protection)
        return gate.protection;
    if (declared)
        return {
            requiredReviewers: Math.max(1, declared.reviewers.length),
            preventSelfReview: declared.preventSelfReview,
            ...(Array.isArray(declared.branches) && declared.tags.length === 0 ? { branches: declared.branches } : {}),
        };
    return { requiredReviewers: 1, preventSelfReview: false };
}
/** The success status the gate counts, or why there is none. */
function verifiedSuccess(statuses, trusted) {
    const newest = statuses[0];
    if (!newest)
        return { ok: false, why: 'it has no status' };
    const isTrusted = (s) => s.creator !== undefined && trusted.has(s.creator.id);
    if (newest.state === 'success')
        return isTrusted(newest)
            ? { ok: true, at: newest.createdAt }
            : { ok: false, why: `its success status was written by ${newest.creator?.login ?? 'an unknown account'}, not by stackgate's deployer` };
    if (newest.state === 'inactive') {
        const before = statuses.find((s) => s.state !== 'inactive');
        if (before?.state === 'success' && isTrusted(before))
            return { ok: true, at: before.createdAt, supersededAt: newest.createdAt };
        return { ok: false, why: `it is inactive without a verified success before (${before ? before.state : 'no other status'})` };
    }
    const what = {
        failure: 'it failed',
        error: 'it ended in an error',
        in_progress: 'it is still in progress',
        queued: 'it is still queued',
        pending: 'it is still pending',
    };
    return { ok: false, why: `${what[newest.state] ?? newest.state}${newest.description ? `: ${newest.description}` : ''}` };
}
async function evaluateGate(request, ports) {
    const now = ports.now ?? Date.now;
    const evaluatedAt = new Date(now());
    const { environment, sha, gate } = request;
    const github = ports.github;
    const rules = [];
    const audit = {
        schema: audit_1.GATE_AUDIT_SCHEMA_ID,
        repository: request.repository,
        environment,
        sha,
        evaluatedAt: evaluatedAt.toISOString(),
        allowed: false,
        dryRun: request.dryRun,
        reasons: [],
        rules,
        images: [],
        approvals: [],
        toolVersion: request.toolVersion,
        ...(request.run ? { run: request.run } : {}),
    };
    const where = request.configFile ?? 'stackgate.yml';
    const noToken = 'no GitHub token: the gate cannot read the deployments, the protection rules or the approvals it must prove';
    if (!gate) {
        rules.push({
            rule: 'previous-deployment',
            verdict: 'fail',
            summary: request.configProblem ?? `environments.${environment}.gate is not in ${where}: nothing says what this environment requires, so the gate stays closed`,
            evidence: {},
        });
        return finish(audit);
    }
    // previous-deployment, smoke, score, soak
    let record;
    let verifiedAt;
    const requires = gate.requires;
    if (!requires) {
        for (const rule of ['previous-deployment', 'smoke', 'score', 'soak'])
            rules.push({ rule, verdict: 'skip', summary: 'gate.requires names no previous environment', evidence: {} });
    }
    else if (!github) {
        rules.push({ rule: 'previous-deployment', verdict: 'fail', summary: noToken, evidence: {} });
    }
    else {
        let readError;
        try {
            record = await github.recordOf(requires, sha, github.trustedDeployers);
        }
        catch (e) {
            if (ports.rethrow?.(e))
                throw e;
            readError = messageOf(e);
        }
        if (readError)
            rules.push({ rule: 'previous-deployment', verdict: 'fail', summary: `cannot read the deployments of ${requires}: ${readError}`, evidence: {} });
        else if (!record)
            rules.push({
                rule: 'previous-deployment',
                verdict: 'fail',
                summary: `${sha.slice(0, 7)} has no stackgate deployment in ${requires} (deployments of other commits, or by other accounts, do not count)`,
                evidence: { environment: requires },
            });
        else {
            const verified = verifiedSuccess(record.statuses, github.trustedDeployers);
            const previous = {
                environment: requires,
                deploymentId: record.id,
                createdAt: record.createdAt,
                createdBy: record.creator.login,
                state: record.state,
                description: record.description,
                ...(verified.ok ? { verifiedAt: verified.at } : {}),
                ...(record.environmentUrl ? { environmentUrl: record.environmentUrl } : {}),
                ...(record.payload.run ? { run: record.payload.run } : {}),
            };
            audit.previous = previous;
            audit.images = record.payload.images;
            if (verified.ok) {
                verifiedAt = verified.at;
                rules.push({
                    rule: 'previous-deployment',
                    verdict: 'pass',
                    summary: `deployment ${record.id} of ${sha.slice(0, 7)} to ${requires} was verified at ${verified.at}${verified.supersededAt ? ` (a newer deployment replaced it at ${verified.supersededAt})` : ''}`,
                    evidence: { ...previous },
                });
            }
            else
                rules.push({
                    rule: 'previous-deployment',
                    verdict: 'fail',
                    summary: `deployment ${record.id} of ${sha.slice(0, 7)} to ${requires} does not count: ${verified.why}`,
                    evidence: { ...previous },
                });
        }
        const passed = rules.at(-1)?.verdict === 'pass';
        const notProven = `not proven: there is no verified deployment of ${sha.slice(0, 7)} in ${requires}`;
        // smoke
        if (gate.smoke === 'any')
            rules.push({ rule: 'smoke', verdict: 'skip', summary: 'gate.smoke is any', evidence: {} });
        else if (!record || !passed)
            rules.push({ rule: 'smoke', verdict: 'fail', summary: notProven, evidence: {} });
        else {
            const smoke = record.payload.smoke;
            rules.push(smoke === 'on'
                ? {
                    rule: 'smoke',
                    verdict: 'pass',
                    summary: `smoke tests passed in ${requires} before it was marked a success (${record.description})`,
                    evidence: { smoke },
                }
                : {
                    rule: 'smoke',
                    verdict: 'fail',
                    summary: smoke === 'off'
                        ? `the deployment to ${requires} ran no smoke tests (environments.${requires}.deploy.smoke is off)`
                        : smoke === 'no-targets'
                            ? `the deployment to ${requires} ran no smoke tests (smoke.environments.${requires} has no targets)`
                            : `the deployment to ${requires} does not record whether smoke tests ran`,
                    evidence: { smoke: smoke ?? null },
                });
        }
        // score
        if (gate.minScore === undefined)
            rules.push({ rule: 'score', verdict: 'skip', summary: 'gate.minScore is not set', evidence: {} });
        else if (!record || !passed)
            rules.push({ rule: 'score', verdict: 'fail', summary: notProven, evidence: { minScore: gate.minScore } });
        else {
            const readiness = record.payload.readiness;
            if (!readiness)
                rules.push({
                    rule: 'score',
                    verdict: 'fail',
                    summary: `the deployment to ${requires} records no readiness score (it was deployed without a GitHub token, or the score failed)`,
                    evidence: { minScore: gate.minScore },
                });
            else
                rules.push({
                    rule: 'score',
                    verdict: readiness.score >= gate.minScore ? 'pass' : 'fail',
                    summary: `readiness score ${readiness.score} (${readiness.grade}) ${readiness.score >= gate.minScore ? 'clears' : 'is below'} the bar of ${gate.minScore}`,
                    evidence: { score: readiness.score, grade: readiness.grade, minScore: gate.minScore },
                });
        }
        // soak
        if (gate.soak === undefined)
            rules.push({ rule: 'soak', verdict: 'skip', summary: 'gate.soak is not set', evidence: {} });
        else if (!verifiedAt)
            rules.push({ rule: 'soak', verdict: 'fail', summary: notProven, evidence: { soak: gate.soak } });
        else {
            const soakMs = (0, duration_1.parseDurationMs)(gate.soak, `environments.${environment}.gate.soak`);
            const elapsed = evaluatedAt.getTime() - Date.parse(verifiedAt);
            const over = new Date(Date.parse(verifiedAt) + soakMs).toISOString();
            rules.push({
                rule: 'soak',
                verdict: elapsed >= soakMs ? 'pass' : 'fail',
                summary: elapsed >= soakMs
                    ? `soaked ${(0, duration_1.formatMs)(elapsed)} in ${requires} (at least ${gate.soak})`
                    : `soaked only ${(0, duration_1.formatMs)(Math.max(0, elapsed))} of ${gate.soak} in ${requires}; over at ${over}`,
                evidence: { verifiedAt, soak: gate.soak, elapsedMs: elapsed, over },
            });
        }
    }
    // freeze
    if (!gate.freeze.length)
        rules.push({ rule: 'freeze', verdict: 'skip', summary: 'no freeze windows', evidence: {} });
    else {
        const { open, nextStart } = (0, freeze_1.evaluateFreeze)(gate.freeze, evaluatedAt, `environments.${environment}.gate.freeze`);
        const evidence = {
            open: open.map((w) => ({ window: w.description, start: w.start.toISOString(), end: w.end.toISOString(), ...(w.reason ? { reason: w.reason } : {}) })),
            ...(nextStart ? { next: { window: nextStart.description, start: nextStart.at.toISOString() } } : {}),
        };
        if (open.length) {
            const until = new Date(Math.max(...open.map((w) => w.end.getTime()))).toISOString();
            const what = open.map((w) => (w.reason ? `${w.reason} (${w.description})` : w.description)).join('; ');
            rules.push({ rule: 'freeze', verdict: 'fail', summary: `inside a freeze window until ${until}: ${what}`, evidence });
        }
        else
            rules.push({
                rule: 'freeze',
                verdict: 'pass',
                summary: `no freeze window is open${nextStart ? `; the next opens at ${nextStart.at.toISOString()}` : ''}`,
                evidence,
            });
    }
    // protection and approval
    const required = requiredProtection(gate, request.protection);
    if (!github) {
        rules.push({ rule: 'protection', verdict: 'fail', summary: noToken, evidence: { required } });
        rules.push({ rule: 'approval', verdict: 'fail', summary: noToken, evidence: {} });
    }
    else {
        let read;
        try {
            const state = await github.readEnvironment(environment);
            read = state ? { kind: 'read', state } : { kind: 'missing' };
        }
        catch (e) {
            if (ports.rethrow?.(e))
                throw e;
            read = { kind: 'unreadable', message: messageOf(e) };
        }
        let repository;
        try {
            repository = await github.repository();
        }
        catch (e) {
            if (ports.rethrow?.(e))
                throw e;
            ports.log?.(`cannot read the repository's visibility: ${messageOf(e)}`);
        }
        rules.push((0, protection_1.judgeProtection)(environment, required, read, repository));
        let run;
        if (request.approvalsNotJudged) {
            rules.push({ rule: 'approval', verdict: 'skip', summary: request.approvalsNotJudged, evidence: {} });
        }
        else if (request.run) {
            let approvals;
            try {
                approvals = (await github.approvals(request.run.id))
                    .filter((a) => a.environments.includes(environment))
                    .map((a) => ({ user: a.user, state: a.state, comment: a.comment }));
                audit.approvals = approvals;
            }
            catch (e) {
                if (ports.rethrow?.(e))
                    throw e;
                approvals = { unreadable: messageOf(e) };
            }
            let triggeredBy;
            try {
                triggeredBy = await github.triggeredBy(request.run.id);
                if (triggeredBy && audit.run)
                    audit.run.triggeredBy = triggeredBy;
            }
            catch (e) {
                if (ports.rethrow?.(e))
                    throw e;
                ports.log?.(`cannot read who triggered run ${request.run.id}: ${messageOf(e)}`);
            }
            run = { approvals, ...(triggeredBy ? { triggeredBy } : {}) };
        }
        if (!request.approvalsNotJudged)
            rules.push((0, protection_1.judgeApproval)(environment, required, read, repository, run));
    }
    // prometheus, last
    if (!gate.prometheus)
        rules.push({ rule: 'prometheus', verdict: 'skip', summary: 'gate.prometheus is not set', evidence: {} });
    else if (rules.some((r) => r.verdict === 'fail'))
        rules.push({ rule: 'prometheus', verdict: 'skip', summary: 'not measured: the gate is already closed by the rules above', evidence: {} });
    else if (!ports.canary)
        rules.push({ rule: 'prometheus', verdict: 'fail', summary: 'no Prometheus client', evidence: {} });
    else {
        try {
            const result = await ports.canary(gate.prometheus, ports.signal);
            rules.push({
                rule: 'prometheus',
                verdict: result.passed ? 'pass' : 'fail',
                summary: result.error ? `${result.error}` : result.summary,
                evidence: { url: gate.prometheus.url, ...(result.checks !== undefined ? { checks: result.checks } : {}) },
            });
        }
        catch (e) {
            if (ports.rethrow?.(e))
                throw e;
            rules.push({ rule: 'prometheus', verdict: 'fail', summary: `Prometheus analysis failed: ${messageOf(e)}`, evidence: { url: gate.prometheus.url } });
        }
    }
    return finish(audit);
}
/** Every summary through the secret redactor (they quote servers and GitHub), then the verdict. */
function finish(audit) {
    for (const rule of audit.rules)
        rule.summary = (0, redactor_1.redactSecrets)(rule.summary);
    audit.reasons = (0, audit_1.reasonsOf)(audit.rules);
    audit.allowed = audit.reasons.length === 0;
    return audit;
}


/***/ }),

/***/ 13930:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prepareGate = prepareGate;
exports.gateCanary = gateCanary;
/**
 * What `stackgate gate` and actions/gate share before the evaluation: stackgate.yml's environment and
 * its gate section, the GitHub reads (with the token's identity as a trusted deployer), and the
 * Prometheus canary. An environment that is not in stackgate.yml is a UserError naming the file;
 * one without a gate section is evaluated, and fails closed saying what to add.
 */
const client_1 = __webpack_require__(45423);
const gate_reads_1 = __webpack_require__(32635);
const token_identity_1 = __webpack_require__(95970);
const http_api_1 = __webpack_require__(14656);
const read_1 = __webpack_require__(40812);
const schema_1 = __webpack_require__(47967);
const environments_1 = __webpack_require__(72658);
const canary_1 = __webpack_require__(98327);
const duration_1 = __webpack_require__(38169);
const version_1 = __webpack_require__(83323);
async function prepareGate(inputs) {
    const { config, file: configFile } = (0, read_1.readConfig)(schema_1.configSchema, inputs.root, inputs.config);
    const envConfig = (0, environments_1.environmentOf)(config, configFile, inputs.environment, 'gate');
    const debug = (m) => inputs.log.debug(m);
    let github;
    if (inputs.github) {
        const octokit = (0, client_1.createGitHubClient)({
            token: inputs.github.token,
            baseUrl: inputs.github.apiUrl,
            log: inputs.log,
            proxy: inputs.github.proxy,
            ...inputs.tuning,
        });
        const identity = await (0, token_identity_1.fetchTokenIdentity)(octokit, debug);
        github = (0, gate_reads_1.createGateReads)(octokit, inputs.github.repository, identity, debug);
    }
    const now = inputs.now ?? Date.now;
    const canary = gateCanary({ environment: inputs.environment, prometheusToken: inputs.prometheusToken, log: inputs.log, now, sleep: inputs.sleep });
    const repository = inputs.github ? `${inputs.github.repository.owner}/${inputs.github.repository.repo}` : (inputs.repository ?? '');
    return {
        request: {
            environment: inputs.environment,
            sha: inputs.sha,
            gate: envConfig.gate,
            protection: envConfig.protection,
            repository,
            run: inputs.run,
            dryRun: inputs.dryRun,
            toolVersion: version_1.VERSION,
            configFile,
        },
        ports: { github, canary, now, log: (line) => inputs.log.info(line) },
    };
}
/**
 * The Prometheus canary of an environment's gate: the HTTP API adapter under runCanary, with the
 * bearer token and the clock given. actions/gate, the CLI and the GitHub App all use this one.
 */
function gateCanary(options) {
    const sleep = options.sleep ??
        ((ms, signal) => new Promise((resolve) => {
            const timer = setTimeout(resolve, ms);
            signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
        }));
    return async (prometheus, signal) => {
        const query = (0, http_api_1.createPrometheusQuery)({
            url: prometheus.url,
            token: options.prometheusToken,
            timeoutMs: (0, duration_1.parseDurationMs)(prometheus.timeout, `environments.${options.environment}.gate.prometheus.timeout`),
        });
        return (0, canary_1.runCanary)(prometheus, { query: (check, s) => query(check.query, s), sleep, now: options.now ?? Date.now, log: options.log }, signal);
    };
}


/***/ }),

/***/ 62732:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The gate's verdict and its audit record (stackgate/gate-audit@1): every rule with its verdict and
 * the evidence behind it, the commit, the images, the previous deployment, and who approved the run.
 * The job summary, the action's outputs, the CLI and the GitHub App all show this one record.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GATE_RULES = exports.GATE_AUDIT_SCHEMA_ID = void 0;
exports.reasonsOf = reasonsOf;
exports.GATE_AUDIT_SCHEMA_ID = 'stackgate/gate-audit@1';
exports.GATE_RULES = ['previous-deployment', 'smoke', 'score', 'soak', 'freeze', 'protection', 'approval', 'prometheus'];
/** Reasons are the summaries of the failed rules, in rule order. */
function reasonsOf(rules) {
    return rules.filter((r) => r.verdict === 'fail').map((r) => `${r.rule}: ${r.summary}`);
}


/***/ }),

/***/ 98327:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runCanary = runCanary;
exports.formatValue = formatValue;
/**
 * Canary analysis of `environments.<env>.gate.prometheus` (as Argo Rollouts' analysis runs): every
 * check is measured `count` times, `interval` apart, all checks in the same round, with no wait
 * after the last round. A measurement passes when its value lies within the check's min/max; no
 * data (an empty result, NaN) and an unusable result (several series) are failed measurements. A
 * check fails when its failed measurements exceed `failureLimit`; the analysis stops after the
 * round in which that happens, since the outcome is then certain.
 *
 * Fails closed: when a query throws (Prometheus unreachable, the query rejected) or the signal
 * aborts, the analysis stops, does not pass, and `error` says why.
 */
const errors_1 = __webpack_require__(74296);
const duration_1 = __webpack_require__(38169);
async function runCanary(config, ports, signal) {
    const intervalMs = (0, duration_1.parseDurationMs)(config.interval, 'prometheus.interval');
    const { count, failureLimit } = config;
    const checks = config.checks.map((c) => ({
        name: c.name,
        query: c.query,
        ...(c.min !== undefined && { min: c.min }),
        ...(c.max !== undefined && { max: c.max }),
        measurements: [],
        failures: 0,
        passed: true,
    }));
    const start = ports.now();
    let rounds = 0;
    let error;
    try {
        for (let round = 0; round < count; round++) {
            if (round > 0) {
                await ports.sleep(Math.max(0, start + round * intervalMs - ports.now()), signal);
                throwIfAborted(signal);
            }
            for (const [i, check] of config.checks.entries()) {
                throwIfAborted(signal);
                const at = new Date(ports.now()).toISOString();
                const measurement = judge(await ports.query(check, signal), check, at);
                record(checks[i], measurement, failureLimit);
                ports.log?.[measurement.passed ? 'info' : 'warning'](`${check.name} (round ${round + 1} of ${count}): ${describeMeasurement(measurement, check)}`);
            }
            rounds = round + 1;
            if (checks.some((c) => !c.passed))
                break;
        }
    }
    catch (e) {
        error = signal?.aborted ? 'cancelled' : (0, errors_1.toError)(e).message;
        for (const c of checks)
            c.passed = false;
    }
    const passed = error === undefined && checks.every((c) => c.passed);
    const result = { passed, summary: '', checks, rounds, count, failureLimit, intervalMs, ...(error !== undefined && { error }) };
    result.summary = summarize(result);
    ports.log?.[passed ? 'info' : 'error'](`canary analysis ${passed ? 'passed' : 'failed'}: ${result.summary}`);
    return result;
}
function throwIfAborted(signal) {
    if (signal?.aborted)
        throw new Error('cancelled');
}
function record(check, measurement, failureLimit) {
    check.measurements.push(measurement);
    if (!measurement.passed)
        check.failures++;
    check.passed = check.failures <= failureLimit;
}
function judge(m, check, at) {
    if (m.kind === 'no-data')
        return { at, noData: m.detail, passed: false };
    if (m.kind === 'invalid')
        return { at, invalid: m.detail, passed: false };
    if (Number.isNaN(m.value))
        return { at, noData: 'NaN', passed: false };
    const passed = (check.min === undefined || m.value >= check.min) && (check.max === undefined || m.value <= check.max);
    return { at, value: m.value, passed };
}
/**
 * `0.0004 within max 0.001`, `0.0023 above max 0.001`, `no data (empty result)`; short (for the
 * summary) without the detail of no data or an unusable answer.
 */
function describeMeasurement(m, check, short = false) {
    if (m.noData !== undefined)
        return short ? 'no data' : `no data (${m.noData})`;
    if (m.invalid !== undefined)
        return short ? 'not one number' : `not one number (${m.invalid})`;
    const value = formatValue(m.value);
    if (check.max !== undefined && m.value > check.max)
        return `${value} above max ${formatValue(check.max)}`;
    if (check.min !== undefined && m.value < check.min)
        return `${value} below min ${formatValue(check.min)}`;
    return `${value} within ${bounds(check)}`;
}
/** `max 0.001`, `min 5`, `min 1 and max 5`. */
function bounds(check) {
    return [check.min !== undefined && `min ${formatValue(check.min)}`, check.max !== undefined && `max ${formatValue(check.max)}`].filter(Boolean).join(' and ');
}
/** Four significant digits at most (`0.001235`, `1235`, `+Inf`). */
function formatValue(value) {
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}
/** `14:03:00Z` of an ISO instant. */
const clockTime = (iso) => `${iso.slice(11, 19)}Z`;
const MAX_REASONS = 3;
function summarize(result) {
    const parts = result.checks.map((c) => {
        const taken = c.measurements.length;
        const failed = c.measurements.filter((m) => !m.passed);
        const reasons = failed.slice(0, MAX_REASONS).map((m) => `${describeMeasurement(m, c, true)} at ${clockTime(m.at)}`);
        if (failed.length > MAX_REASONS)
            reasons.push(`${failed.length - MAX_REASONS} more`);
        const why = reasons.length ? ` (${reasons.join(', ')})` : '';
        if (taken === 0)
            return `${c.name}: not measured`;
        if (c.failures === 0)
            return `${c.name}: ${taken} of ${taken} measurements within ${bounds(c)}`;
        if (c.failures <= result.failureLimit)
            return `${c.name}: ${taken - c.failures} of ${taken} measurements within ${bounds(c)}, ${c.failures} failed${why}, limit ${result.failureLimit}`;
        return `${c.name}: ${c.failures} of ${taken} failed${why}, limit ${result.failureLimit}`;
    });
    const stopped = result.error !== undefined
        ? `stopped after ${result.rounds} of ${result.count} rounds: ${result.error}; `
        : result.rounds < result.count
            ? `stopped early after round ${result.rounds} of ${result.count}; `
            : '';
    return `${stopped}${parts.join('; ')}`;
}


/***/ }),

/***/ 67960:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeWindow = describeWindow;
exports.evaluateFreeze = evaluateFreeze;
/**
 * Freeze windows: is an instant inside one, and when does the next one open.
 *
 * A recurring window opens at every occurrence of its cron pattern in its time zone (so "0 16 * * 5"
 * in Europe/Berlin is 16:00 Berlin time in winter and in summer) and lasts its duration in elapsed
 * time (64h after a Friday 16:00 is Monday 08:00, or 09:00 / 07:00 when the clocks change that
 * weekend), as Argo CD's sync windows do. A dated window runs from `from` (inclusive) to `to`
 * (exclusive). The instant is injected: nothing here reads the clock.
 */
const croner_1 = __webpack_require__(32912);
const duration_1 = __webpack_require__(38169);
function describeWindow(w) {
    return 'cron' in w ? `cron "${w.cron}" (${w.timezone}) for ${w.duration}` : `${w.from} to ${w.to}`;
}
/** The window occurrence that contains `now`, or that opens next (within a year) when `next` is set. */
function occurrence(w, index, now, where) {
    const base = { index, description: describeWindow(w), ...(w.reason ? { reason: w.reason } : {}) };
    if (!('cron' in w)) {
        const start = new Date(w.from);
        const end = new Date(w.to);
        if (now >= start && now < end)
            return { open: { ...base, start, end } };
        return now < start ? { next: start } : {};
    }
    const durationMs = (0, duration_1.parseDurationMs)(w.duration, `${where}.duration`);
    const cron = new croner_1.Cron(w.cron, { timezone: w.timezone, paused: true });
    // The latest start at or before now: if it has ended, every earlier one has too.
    const last = cron.previousRuns(1, new Date(now.getTime() + 1))[0];
    if (last && now.getTime() < last.getTime() + durationMs)
        return { open: { ...base, start: last, end: new Date(last.getTime() + durationMs) } };
    return { next: cron.nextRun(now) ?? undefined };
}
/** Every window open at `now` (overlapping windows are all listed), and the next one to open. */
function evaluateFreeze(windows, now, where = 'gate.freeze') {
    const open = [];
    let nextStart;
    windows.forEach((w, i) => {
        const o = occurrence(w, i, now, `${where}[${i}]`);
        if (o.open)
            open.push(o.open);
        else if (o.next && (!nextStart || o.next < nextStart.at))
            nextStart = { index: i, at: o.next, description: describeWindow(w) };
    });
    return { open, ...(nextStart ? { nextStart } : {}) };
}


/***/ }),

/***/ 96352:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.judgeProtection = judgeProtection;
exports.judgeApproval = judgeApproval;
const ENTERPRISE_NOTE = 'on private and internal repositories GitHub enforces required reviewers only with GitHub Enterprise (Free, Pro and Team do not)';
function judgeProtection(environment, required, read, repository) {
    const fail = (summary, evidence = {}) => ({ rule: 'protection', verdict: 'fail', summary, evidence });
    const requiredEvidence = { required };
    if (read.kind === 'unreadable')
        return fail(`cannot read the protection rules of ${environment}: ${read.message}`, requiredEvidence);
    if (read.kind === 'missing')
        return fail(`environment ${environment} does not exist on GitHub, so nothing protects it (create it: stackgate environments sync)`, requiredEvidence);
    const s = read.state;
    const evidence = {
        ...requiredEvidence,
        found: {
            reviewers: s.reviewers.map((r) => `${r.type === 'Team' ? 'team ' : ''}${r.name}`),
            preventSelfReview: s.preventSelfReview,
            waitTimerMinutes: s.waitTimerMinutes,
            canAdminsBypass: s.canAdminsBypass,
            branchPolicy: s.branchPolicy,
            customRules: s.customRules,
        },
        ...(repository ? { visibility: repository.visibility } : {}),
    };
    const problems = [];
    if (s.reviewers.length < required.requiredReviewers) {
        const has = s.reviewers.length ? `only ${s.reviewers.length}` : 'none';
        problems.push(`${required.requiredReviewers} required reviewer${required.requiredReviewers === 1 ? '' : 's'} wanted, ${has} listed${repository?.private && s.reviewers.length === 0 ? ` (${ENTERPRISE_NOTE})` : ''}`);
    }
    if (required.preventSelfReview && !s.preventSelfReview)
        problems.push('self-review is allowed (prevent_self_review is off)');
    if (required.branches) {
        const weaker = branchWeakness(required.branches, s.branchPolicy);
        if (weaker)
            problems.push(weaker);
    }
    if (problems.length)
        return fail(`protection of ${environment} is weaker than required: ${problems.join('; ')}`, evidence);
    return {
        rule: 'protection',
        verdict: 'pass',
        summary: `${environment} has ${s.reviewers.length} required reviewer${s.reviewers.length === 1 ? '' : 's'}${s.preventSelfReview ? ', self-review prevented' : ''}${required.branches ? `, deployable from ${required.branches.join(', ')} only` : ''}`,
        evidence,
    };
}
function branchWeakness(required, policy) {
    const wanted = required.join(', ');
    if (policy.kind === 'all')
        return `any branch may deploy (no deployment branch policy), not only ${wanted}`;
    if (policy.kind === 'protected')
        return `every protected branch may deploy, not only ${wanted}`;
    const extra = policy.branches.filter((b) => !required.includes(b));
    const tags = policy.tags;
    if (!extra.length && !tags.length)
        return undefined;
    return `deployment branch policy allows more than ${wanted}: ${[...extra.map((b) => `branch ${b}`), ...tags.map((t) => `tag ${t}`)].join(', ')}`;
}
/**
 * The approvals of this run for the environment, as enforcement evidence. `run` is undefined outside
 * a workflow run (the CLI on a laptop): nothing can be proven about approvals then.
 */
function judgeApproval(environment, required, read, repository, run) {
    const rule = 'approval';
    if (required.requiredReviewers === 0)
        return { rule, verdict: 'skip', summary: 'no required reviewers are required', evidence: {} };
    if (!run)
        return {
            rule,
            verdict: 'skip',
            summary: `not inside a workflow run: whether ${environment}'s reviewers approved is checked by the run itself${repository?.private ? ` (${ENTERPRISE_NOTE})` : ''}`,
            evidence: {},
        };
    if ('unreadable' in run.approvals)
        return { rule, verdict: 'fail', summary: `cannot read this run's approvals: ${run.approvals.unreadable}`, evidence: {} };
    const approvals = run.approvals;
    const evidence = { approvals, ...(run.triggeredBy ? { triggeredBy: run.triggeredBy } : {}) };
    const rejected = approvals.filter((a) => a.state === 'rejected');
    if (rejected.length)
        return { rule, verdict: 'fail', summary: `rejected by ${rejected.map((a) => a.user).join(', ')}`, evidence };
    const approved = approvals.filter((a) => a.state === 'approved');
    if (!approved.length) {
        const listed = read.kind === 'read' && read.state.reviewers.length > 0;
        return {
            rule,
            verdict: 'fail',
            summary: listed
                ? `${environment} lists required reviewers but nobody approved this run: the protection is not enforced (${repository?.private ? ENTERPRISE_NOTE : 'does the job run under `environment: ' + environment + '`?'})`
                : `nobody approved this run for ${environment}`,
            evidence,
        };
    }
    if (required.preventSelfReview && run.triggeredBy) {
        const self = approved.filter((a) => a.user === run.triggeredBy);
        if (self.length === approved.length)
            return { rule, verdict: 'fail', summary: `approved only by ${run.triggeredBy}, who triggered the run (self-review)`, evidence };
    }
    return { rule, verdict: 'pass', summary: `approved by ${approved.map((a) => a.user).join(', ')}`, evidence };
}


/***/ })

};
;