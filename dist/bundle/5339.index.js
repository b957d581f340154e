"use strict";
exports.id = 5339;
exports.ids = [5339];
exports.modules = {

/***/ 65339:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.syncEnvironments = syncEnvironments;
/**
 * The environments use case (`stackgate environments sync|check`, actions/environments): the
 * environments of stackgate.yml that have a `protection:` section, compared with GitHub, and in sync
 * mode brought in line.
 *
 * 1. Every reviewer is resolved to its GitHub id and every wait timer to whole minutes before
 *    anything is read or written: a reviewer GitHub does not know is a UserError at its line of
 *    stackgate.yml, and nothing has been changed.
 * 2. Per environment: read it, plan (core/environments/plan.ts), and in sync mode apply: one PUT of
 *    the environment when any of its settings differs, then its branch and tag patterns, removals
 *    first (a half-done switch allows fewer refs, never more), from a fresh list of what GitHub has.
 * 3. A read or write that fails ends that environment as `failed` with what was applied and what was
 *    not; the other environments still run. check never writes.
 *
 * Environments stackgate.yml does not name, and those without `protection:`, are never read or
 * changed, and nothing is ever deleted but a branch or tag pattern of a managed environment.
 */
const api_error_1 = __webpack_require__(93073);
const client_1 = __webpack_require__(45423);
const environments_1 = __webpack_require__(3002);
const read_1 = __webpack_require__(40812);
const schema_1 = __webpack_require__(47967);
const plan_1 = __webpack_require__(8715);
const report_1 = __webpack_require__(15410);
const errors_1 = __webpack_require__(74296);
const yaml_tree_1 = __webpack_require__(43183);
async function syncEnvironments(options) {
    const { log, mode } = options;
    const { config, file, tree } = (0, read_1.readConfig)(schema_1.configSchema, options.root, options.config);
    const repository = `${options.repository.owner}/${options.repository.repo}`;
    const managed = [];
    const unmanaged = [];
    for (const [name, env] of Object.entries(config.environments)) {
        if (env.protection)
            managed.push({ name, protection: env.protection });
        else
            unmanaged.push(name);
    }
    if (managed.length === 0)
        return (0, report_1.environmentsReport)(mode, repository, [], unmanaged);
    const github = new environments_1.GitHubEnvironments((0, client_1.createGitHubClient)({ token: options.token, baseUrl: options.apiUrl, log, proxy: options.proxy, ...options.tuning }), options.repository, (message) => log.debug(message));
    const where = new ConfigPlace(file ?? 'stackgate.yml', tree ?? null);
    const resolve = reviewerResolver(github, where);
    const wanted = [];
    for (const { name, protection } of managed) {
        const timer = (0, plan_1.waitTimerMinutes)(protection.waitTimer);
        if ('problem' in timer)
            throw where.error(['environments', name, 'protection', 'waitTimer'], timer.problem, 'e.g. waitTimer: 5m');
        const reviewers = [];
        for (const [i, reviewer] of protection.reviewers.entries())
            reviewers.push(await resolve(reviewer, ['environments', name, 'protection', 'reviewers', i]));
        wanted.push((0, plan_1.desiredEnvironment)(name, protection, { reviewers, waitTimerMinutes: timer.minutes }));
    }
    const outcomes = [];
    for (const desired of wanted) {
        let plan;
        try {
            plan = (0, plan_1.planEnvironment)(desired, await github.readEnvironment(desired.name));
        }
        catch (e) {
            if (!(e instanceof api_error_1.GitHubApiError))
                throw e;
            outcomes.push({ name: desired.name, status: 'failed', changes: [], applied: [], notApplied: [], error: e.message, notes: [] });
            log.error(`${desired.name}: ${e.message}`);
            continue;
        }
        const outcome = mode === 'check' || plan.changes.length === 0 ? judge(plan) : await apply(plan, github);
        log.info(`${desired.name}: ${outcome.status}${outcome.changes.length ? ` (${outcome.changes.length} change${outcome.changes.length === 1 ? '' : 's'})` : ''}`);
        outcomes.push(outcome);
    }
    return (0, report_1.environmentsReport)(mode, repository, outcomes, unmanaged);
}
/** check (or nothing to do): the plan as drift. */
function judge(plan) {
    const changes = plan.changes.map((c) => c.description);
    return { name: plan.name, status: changes.length ? 'drift' : 'in-sync', changes, applied: [], notApplied: [], notes: plan.notes };
}
/** sync: the PUT of the environment, then its patterns; a failure stops there and the outcome says what went through. */
async function apply(plan, github) {
    const { desired } = plan;
    const applied = [];
    const environmentChanges = plan.changes.filter(plan_1.isEnvironmentWrite).map((c) => c.description);
    let patternTodo = plan.changes.filter((c) => !(0, plan_1.isEnvironmentWrite)(c)).map((c) => c.description);
    const outcome = (extra = {}) => {
        const notApplied = [...environmentChanges.filter((c) => !applied.includes(c)), ...patternTodo];
        return {
            name: plan.name,
            status: plan.exists ? 'updated' : 'created',
            changes: [...applied, ...notApplied],
            applied,
            notApplied,
            notes: plan.notes,
            ...extra,
        };
    };
    try {
        if (environmentChanges.length) {
            await github.writeEnvironment(plan.name, environmentWrite(plan));
            applied.push(...environmentChanges);
        }
        if (desired.branchPolicy.kind === 'custom') {
            // What GitHub has now (the PUT may have just switched to selected branches), not what the plan read.
            const current = await github.listBranchPolicies(plan.name);
            const changes = (0, plan_1.patternChanges)((0, plan_1.patternsOf)(desired.branchPolicy), current);
            patternTodo = changes.map((c) => c.description);
            for (const change of changes) {
                if (change.kind === 'remove-pattern') {
                    const policy = current.find((p) => p.type === change.pattern.type && p.name === change.pattern.name);
                    await github.deleteBranchPolicy(plan.name, policy);
                }
                else if (change.kind === 'add-pattern')
                    await github.createBranchPolicy(plan.name, change.pattern);
                applied.push(change.description);
                patternTodo.shift();
            }
        }
    }
    catch (e) {
        if (!(e instanceof api_error_1.GitHubApiError))
            throw e;
        return outcome({ status: 'failed', error: e.message });
    }
    return outcome();
}
function environmentWrite(plan) {
    const { desired } = plan;
    const bypass = plan.changes.find((c) => c.kind === 'admins-bypass');
    return {
        reviewers: desired.reviewers,
        preventSelfReview: desired.preventSelfReview && desired.reviewers.length > 0,
        waitTimerMinutes: desired.waitTimerMinutes,
        branchPolicy: desired.branchPolicy.kind,
        ...(bypass ? { canAdminsBypass: desired.canAdminsBypass } : {}),
    };
}
/** Reviewers of stackgate.yml (`alice`, `acme/release-managers`) to GitHub ids, each looked up once. */
function reviewerResolver(github, where) {
    const known = new Map();
    return async (reviewer, at) => {
        const slash = reviewer.indexOf('/');
        const isTeam = slash > 0;
        const key = reviewer.toLowerCase();
        if (!known.has(key))
            known.set(key, isTeam ? github.resolveTeam(reviewer.slice(0, slash), reviewer.slice(slash + 1)) : github.resolveUser(reviewer));
        let found;
        try {
            found = await known.get(key);
        }
        catch (e) {
            if (!(e instanceof api_error_1.GitHubApiError))
                throw e;
            throw where.error(at, `cannot look up reviewer "${reviewer}": ${e.message}`);
        }
        if (found)
            return found;
        throw isTeam
            ? where.error(at, `no team "${reviewer}" on GitHub, or the token cannot see it`, 'a team is written org/team-slug (the slug is in the team URL); looking teams up needs a token with the Members organization permission (read)')
            : where.error(at, `no GitHub user "${reviewer}"`, 'a user is written as their login; a team as org/team-slug');
    };
}
/** Where a setting is in stackgate.yml, for errors that name its line. */
class ConfigPlace {
    file;
    tree;
    constructor(file, tree) {
        this.file = file;
        this.tree = tree;
    }
    error(path, message, hint) {
        const at = (0, yaml_tree_1.locateValue)(this.tree, path, { file: this.file, line: 1, column: 1 });
        return new errors_1.UserError(`${(0, yaml_tree_1.formatPath)(path)}: ${message}`, { file: this.file, line: at.line, column: at.column, hint });
    }
}


/***/ }),

/***/ 8715:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_WAIT_TIMER_MINUTES = void 0;
exports.isEnvironmentWrite = isEnvironmentWrite;
exports.githubDefaults = githubDefaults;
exports.waitTimerMinutes = waitTimerMinutes;
exports.desiredEnvironment = desiredEnvironment;
exports.planEnvironment = planEnvironment;
exports.patternsOf = patternsOf;
exports.patternChanges = patternChanges;
exports.describeReviewer = describeReviewer;
const duration_1 = __webpack_require__(38169);
/** GitHub's largest wait timer: 30 days, in minutes. */
exports.MAX_WAIT_TIMER_MINUTES = 43_200;
/** The changes one PUT of the environment makes; the others are branch policy writes. */
const ENVIRONMENT_WRITE = new Set(['create', 'reviewers', 'wait-timer', 'prevent-self-review', 'admins-bypass', 'branch-policy']);
function isEnvironmentWrite(change) {
    return ENVIRONMENT_WRITE.has(change.kind);
}
/** A new environment's protection on GitHub. */
function githubDefaults(name) {
    return { name, id: 0, reviewers: [], preventSelfReview: false, waitTimerMinutes: 0, canAdminsBypass: true, branchPolicy: { kind: 'all' }, customRules: [] };
}
/** `waitTimer` of stackgate.yml in whole minutes, or why GitHub cannot take it. */
function waitTimerMinutes(value) {
    if (value === undefined)
        return { minutes: 0 };
    const ms = (0, duration_1.parseDurationMs)(value, 'waitTimer');
    if (ms % 60_000 !== 0)
        return { problem: `GitHub's wait timer counts whole minutes, got ${String(value)}` };
    const minutes = ms / 60_000;
    if (minutes > exports.MAX_WAIT_TIMER_MINUTES)
        return { problem: `GitHub's wait timer is at most 30 days (43200 minutes), got ${String(value)}` };
    return { minutes };
}
/** stackgate.yml's protection with reviewers resolved (in the order of `reviewers:`) and the wait timer in minutes. */
function desiredEnvironment(name, protection, resolved) {
    const branches = protection.branches;
    return {
        name,
        reviewers: uniqueReviewers(resolved.reviewers),
        preventSelfReview: protection.preventSelfReview,
        waitTimerMinutes: resolved.waitTimerMinutes,
        canAdminsBypass: protection.canAdminsBypass,
        branchPolicy: branches === undefined
            ? { kind: 'all' }
            : branches === 'protected'
                ? { kind: 'protected' }
                : { kind: 'custom', branches: unique(branches), tags: unique(protection.tags) },
    };
}
function planEnvironment(desired, actual) {
    const now = actual ?? githubDefaults(desired.name);
    const changes = [];
    const notes = [];
    if (!actual)
        changes.push({ kind: 'create', description: `create environment "${desired.name}"` });
    const key = (r) => `${r.type}:${r.id}`;
    const have = new Set(now.reviewers.map(key));
    const want = new Set(desired.reviewers.map(key));
    const add = desired.reviewers.filter((r) => !have.has(key(r)));
    const remove = now.reviewers.filter((r) => !want.has(key(r)));
    if (add.length || remove.length) {
        const parts = [add.length ? `add ${add.map(describeReviewer).join(', ')}` : '', remove.length ? `remove ${remove.map(describeReviewer).join(', ')}` : ''];
        changes.push({ kind: 'reviewers', add, remove, description: `required reviewers: ${parts.filter(Boolean).join('; ')}` });
    }
    if (desired.waitTimerMinutes !== now.waitTimerMinutes)
        changes.push({
            kind: 'wait-timer',
            from: now.waitTimerMinutes,
            to: desired.waitTimerMinutes,
            description: `set the wait timer to ${minutes(desired.waitTimerMinutes)} (from ${minutes(now.waitTimerMinutes)})`,
        });
    const preventSelfReview = desired.preventSelfReview && desired.reviewers.length > 0;
    if (desired.preventSelfReview && desired.reviewers.length === 0)
        notes.push('preventSelfReview has no effect without reviewers: GitHub keeps it on the required-reviewers rule');
    if (preventSelfReview !== (now.preventSelfReview && now.reviewers.length > 0) && desired.reviewers.length > 0)
        changes.push({
            kind: 'prevent-self-review',
            to: preventSelfReview,
            description: `turn prevent self-review ${preventSelfReview ? 'on' : 'off'}`,
        });
    if (desired.canAdminsBypass !== now.canAdminsBypass)
        changes.push({
            kind: 'admins-bypass',
            to: desired.canAdminsBypass,
            description: desired.canAdminsBypass ? 'let administrators bypass the protection' : 'stop administrators bypassing the protection',
        });
    if (desired.branchPolicy.kind !== now.branchPolicy.kind)
        changes.push({
            kind: 'branch-policy',
            from: now.branchPolicy.kind,
            to: desired.branchPolicy.kind,
            description: `deploy from ${BRANCH_POLICY_WORDS[desired.branchPolicy.kind]} (from ${BRANCH_POLICY_WORDS[now.branchPolicy.kind]})`,
        });
    if (desired.branchPolicy.kind === 'custom')
        changes.push(...patternChanges(patternsOf(desired.branchPolicy), patternsOf(now.branchPolicy)));
    return { name: desired.name, desired, exists: actual !== undefined, changes, notes };
}
/** The name patterns of a branch policy (none unless it is custom). */
function patternsOf(policy) {
    if (policy.kind !== 'custom')
        return [];
    return [...policy.branches.map((name) => ({ type: 'branch', name })), ...policy.tags.map((name) => ({ type: 'tag', name }))];
}
/** Removals, then additions, that turn `actual` patterns into `desired` (compared as sets, per type). */
function patternChanges(desired, actual) {
    const key = (p) => `${p.type}:${p.name}`;
    const want = new Set(desired.map(key));
    const have = new Set(actual.map(key));
    const removals = actual.filter((p) => !want.has(key(p)));
    const additions = desired.filter((p) => !have.has(key(p)));
    return [
        ...removals.map((pattern) => ({
            kind: 'remove-pattern',
            pattern,
            description: `stop allowing ${pattern.type} pattern "${pattern.name}"`,
        })),
        ...additions.map((pattern) => ({ kind: 'add-pattern', pattern, description: `allow ${pattern.type} pattern "${pattern.name}"` })),
    ];
}
/** `alice (user)`, `acme/release-managers (team)`. */
function describeReviewer(r) {
    return `${r.name} (${r.type === 'Team' ? 'team' : 'user'})`;
}
const BRANCH_POLICY_WORDS = {
    all: 'any branch or tag',
    protected: 'protected branches only',
    custom: 'selected branches and tags',
};
function minutes(n) {
    return n === 0 ? 'none' : `${n} minute${n === 1 ? '' : 's'}`;
}
function unique(values) {
    return [...new Set(values)];
}
function uniqueReviewers(reviewers) {
    const seen = new Set();
    return reviewers.filter((r) => {
        const key = `${r.type}:${r.id}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 15410:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.environmentsReport = environmentsReport;
exports.hasDrift = hasDrift;
exports.exitCodeOf = exitCodeOf;
exports.renderEnvironmentsText = renderEnvironmentsText;
exports.renderEnvironmentsMarkdown = renderEnvironmentsMarkdown;
/**
 * What `stackgate environments sync|check` and actions/environments report: per environment of
 * stackgate.yml with a `protection:` section, whether GitHub matches it, what differs, and in sync
 * mode what was applied and what was not (a write that fails stops the environment there, and the
 * report says which changes went through before it).
 */
const markdown_1 = __webpack_require__(34201);
function environmentsReport(mode, repository, environments, unmanaged) {
    const has = (status) => environments.some((e) => e.status === status);
    const status = has('failed') ? 'error' : has('drift') ? 'drift' : has('created') || has('updated') ? 'synced' : 'in-sync';
    return { schema: 'stackgate/environments-report@1', mode, repository, status, environments, unmanaged };
}
/** Whether GitHub differed from stackgate.yml when the run read it (check: drift; sync: something was or was to be changed). */
function hasDrift(report) {
    return report.environments.some((e) => e.status === 'drift' || e.status === 'created' || e.status === 'updated' || (e.status === 'failed' && e.changes.length > 0));
}
/** 0 in sync (or synced), 1 drift found by check, 2 a read or write failed. */
function exitCodeOf(report) {
    return report.status === 'error' ? 2 : report.status === 'drift' ? 1 : 0;
}
const HEADLINE = {
    'in-sync': 'in sync',
    drift: 'drift',
    created: 'created',
    updated: 'updated',
    failed: 'FAILED',
};
function renderEnvironmentsText(report) {
    const lines = [];
    for (const e of report.environments)
        lines.push(`${e.name}: ${HEADLINE[e.status]}`, ...details(e).map((d) => `  ${d}`));
    if (report.environments.length === 0)
        lines.push('no environment of stackgate.yml has a protection: section: nothing to do');
    if (report.unmanaged.length)
        lines.push(`not managed (no protection: section): ${report.unmanaged.join(', ')}`);
    lines.push(summaryLine(report));
    return `${lines.join('\n')}\n`;
}
function renderEnvironmentsMarkdown(report) {
    const out = [`### stackgate environments ${report.mode}: ${(0, markdown_1.escapeInline)(report.repository)}`, '', summaryLine(report), ''];
    if (report.environments.length) {
        out.push('| Environment | Status | Changes |', '| --- | --- | --- |');
        for (const e of report.environments)
            out.push(`| \`${(0, markdown_1.escapeCode)(e.name)}\` | ${HEADLINE[e.status]} | ${details(e).map(markdown_1.escapeCell).join('<br>') || '-'} |`);
        out.push('');
    }
    if (report.unmanaged.length)
        out.push(`Not managed (no \`protection:\` section): ${report.unmanaged.map((n) => `\`${(0, markdown_1.escapeCode)(n)}\``).join(', ')}`, '');
    return `${out.join('\n')}\n`;
}
/** An environment's lines under its status: the changes, or after a failed write what was and was not applied; the error; the notes. */
function details(e) {
    const isPartial = e.status === 'failed' && (e.applied.length > 0 || e.notApplied.length > 0);
    const changes = e.status === 'in-sync'
        ? []
        : isPartial
            ? [...e.applied.map((c) => `applied: ${c}`), ...e.notApplied.map((c) => `not applied: ${c}`)]
            : e.changes.map((c) => `- ${c}`);
    return [...changes, ...(e.error ? [`error: ${e.error}`] : []), ...e.notes.map((n) => `note: ${n}`)];
}
function summaryLine(report) {
    const count = (status) => report.environments.filter((e) => e.status === status).length;
    const n = report.environments.length;
    const envs = `${n} environment${n === 1 ? '' : 's'}`;
    switch (report.status) {
        case 'error':
            return `${count('failed')} of ${envs} failed (see above)`;
        case 'drift':
            return `drift in ${count('drift')} of ${envs}: run stackgate environments sync to apply stackgate.yml`;
        case 'synced':
            return `synced ${envs}: ${count('created')} created, ${count('updated')} updated, ${count('in-sync')} already in sync`;
        default:
            return `${envs} in sync with stackgate.yml`;
    }
}


/***/ })

};
;