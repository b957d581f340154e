"use strict";
exports.id = 4491;
exports.ids = [4491];
exports.modules = {

/***/ 6381:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runBounded = runBounded;
/**
 * Runs a program to its end within a deadline, for the tools a deploy drives (kubectl, docker
 * compose): a tool that waits on a server that never answers (`kubectl rollout status` on a silent
 * watch ignores its own `--timeout`) must not hold the run past its deadline.
 *
 * - The program leads a new process group (`detached`); the group is sent SIGTERM KILL_GRACE_MS
 *   before the deadline (or at once when `signal` aborts), then SIGKILL at the deadline, so what it
 *   started goes too. Groups still running when this process exits are killed (SIGKILL).
 * - stdout and stderr are collected as text, each up to `maxOutputBytes` (the rest is dropped and
 *   `isTruncated` says so).
 * - On Windows, which has no process groups to signal, only the program itself is killed.
 */
const node_child_process_1 = __webpack_require__(31421);
/** Between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 500;
/** How long the pipes may stay open after the program exits (a grandchild that escaped the group). */
const PIPE_GRACE_MS = 500;
const DEFAULT_MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
const running = new Set();
let isExitHookInstalled = false;
/** Runs `command` with `args` (no shell); rejects only when it cannot be started (ENOENT, EACCES). */
function runBounded(command, args, options) {
    const now = options.now ?? Date.now;
    const started = now();
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const isWindows = process.platform === 'win32';
    installExitHook();
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.spawn)(command, args, { cwd: options.cwd, env: options.env, detached: !isWindows, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
        const out = [];
        const err = [];
        const sizes = { out: 0, err: 0 };
        let isTruncated = false;
        let killed;
        let code = null;
        let isDone = false;
        const timers = [];
        const collect = (into, which) => (chunk) => {
            const room = max - sizes[which];
            if (room <= 0)
                return void (isTruncated = true);
            if (chunk.length > room)
                isTruncated = true;
            into.push(chunk.subarray(0, room));
            sizes[which] += Math.min(chunk.length, room);
        };
        child.stdout.on('data', collect(out, 'out'));
        child.stderr.on('data', collect(err, 'err'));
        const signalProcess = (sig) => {
            if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
                return;
            try {
                if (isWindows)
                    child.kill(sig);
                else
                    process.kill(-child.pid, sig);
            }
            catch {
                // ESRCH: the group is gone already.
            }
        };
        const stop = (why) => {
            if (isDone || killed)
                return;
            killed = why;
            signalProcess('SIGTERM');
            timers.push(setTimeout(() => signalProcess('SIGKILL'), why === 'aborted' ? KILL_GRACE_MS : Math.max(0, options.deadline - now())));
        };
        const finish = () => {
            if (isDone)
                return;
            isDone = true;
            timers.forEach(clearTimeout);
            options.signal?.removeEventListener('abort', onAbort);
            if (child.pid !== undefined)
                running.delete(child.pid);
            child.stdout.destroy();
            child.stderr.destroy();
            resolve({
                code,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                killed,
                isTruncated,
                durationMs: now() - started,
            });
        };
        const onAbort = () => stop('aborted');
        child.once('error', (e) => {
            if (child.pid === undefined) {
                timers.forEach(clearTimeout);
                options.signal?.removeEventListener('abort', onAbort);
                isDone = true;
                reject(e);
            }
        });
        child.once('spawn', () => {
            if (child.pid !== undefined && !isWindows)
                running.add(child.pid);
            if (options.signal?.aborted)
                return stop('aborted');
            options.signal?.addEventListener('abort', onAbort, { once: true });
            timers.push(setTimeout(() => stop('deadline'), Math.max(0, options.deadline - KILL_GRACE_MS - now())));
        });
        child.once('exit', (status) => {
            code = status;
            // What the program started may still be running: its group goes with it.
            if (child.pid !== undefined && !isWindows) {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // ESRCH: nothing else was in the group.
                }
            }
            timers.push(setTimeout(finish, PIPE_GRACE_MS));
        });
        child.once('close', finish);
    });
}
function installExitHook() {
    if (isExitHookInstalled)
        return;
    isExitHookInstalled = true;
    process.once('exit', () => {
        for (const pgid of running) {
            try {
                process.kill(-pgid, 'SIGKILL');
            }
            catch {
                // ESRCH: it ended meanwhile.
            }
        }
    });
}


/***/ }),

/***/ 64157:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ChildProcessError = void 0;
exports.runChild = runChild;
exports.childEnvironment = childEnvironment;
exports.valueRedactor = valueRedactor;
exports.outputTail = outputTail;
exports.displayHost = displayHost;
/**
 * The programs the Compose driver runs: `docker compose` (the v2 plugin) or, where the plugin is not
 * installed, `docker-compose` (v1, Debian's python package), and the `docker` CLI for what Compose v1
 * cannot say (container state, health, logs, digests).
 *
 * - Every child is bounded by the deploy's deadline and signal with its whole process group
 *   (bounded-process.ts): `ssh`, which the Docker CLI starts for an `ssh://` DOCKER_HOST, goes too.
 * - Its environment is the inherited one with DOCKER_HOST set to the target (DOCKER_CONTEXT dropped,
 *   it would win over it) and stackgate's variables on top, for Compose to substitute. Action inputs
 *   (INPUT_*), the runner's tokens (ACTIONS_*), GITHUB_TOKEN, stackgate's credential variables and
 *   any value equal to a credential of the run are left out. The environment is never logged, and
 *   what a child prints is shown only through `redact`, which hides every variable's value.
 */
const template_1 = __webpack_require__(78187);
const bounded_process_1 = __webpack_require__(6381);
/** A child that did not run to its end: not installed, killed at the deadline or on cancel, or not started. */
class ChildProcessError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'ChildProcessError';
    }
}
exports.ChildProcessError = ChildProcessError;
/** A variable's value shorter than this is not looked for in output (it would blot out ordinary words). */
const MIN_REDACTED_CHARS = 4;
/** Runs `command args` to its end; a ChildProcessError when it cannot start or is killed at the deadline or on cancel. */
async function runChild(command, args, env, bounds, what) {
    if (bounds.signal.aborted)
        throw new ChildProcessError(`${what}: not started, the deploy was cancelled`, 'cancelled');
    if (bounds.deadline - bounds.now() <= 0)
        throw new ChildProcessError(`${what}: not started, the deploy's time is up`, 'timeout');
    const res = await (0, bounded_process_1.runBounded)(command, [...args], { deadline: bounds.deadline, signal: bounds.signal, now: bounds.now, env }).catch((e) => {
        throw e.code === 'ENOENT'
            ? new ChildProcessError(`${command} is not installed (not found on PATH)`, 'missing')
            : new ChildProcessError(`${what}: ${command} did not start (${e.code ?? e.message})`, 'spawn');
    });
    if (res.killed === 'aborted')
        throw new ChildProcessError(`${what}: stopped, the deploy was cancelled`, 'cancelled');
    if (res.killed === 'deadline')
        throw new ChildProcessError(`${what}: killed at the deploy's deadline, after ${Math.round(res.durationMs)} ms`, 'timeout');
    return { code: res.code, stdout: res.stdout, stderr: res.stderr, durationMs: res.durationMs };
}
/**
 * The environment of every child: `inherited` without what holds credentials (isWithheld, and any
 * value equal to one of `credentials`), DOCKER_HOST set to `host` when there is one, then `variables`.
 */
function childEnvironment(inherited, host, variables, credentials) {
    const hidden = new Set(credentials.filter((c) => !!c));
    const env = {};
    for (const [name, value] of Object.entries(inherited))
        if (value !== undefined && !isWithheld(name) && !hidden.has(value))
            env[name] = value;
    if (host) {
        env.DOCKER_HOST = host;
        delete env.DOCKER_CONTEXT;
    }
    return { ...env, ...variables };
}
/** Variables Compose has no use for that hold credentials: action inputs, the runner's own tokens, stackgate's credentials. */
const isWithheld = (name) => name.startsWith('INPUT_') || name.startsWith('ACTIONS_') || ['GITHUB_TOKEN', 'PORTAINER_API_KEY', 'STACKGATE_WEBHOOK_SECRET'].includes(name);
/** Hides every value of `secrets` (longest first, so a value inside another goes with it) as `***`. */
function valueRedactor(secrets) {
    const values = [...secrets].filter((v) => !!v && v.length >= MIN_REDACTED_CHARS);
    return (text) => (0, template_1.redact)(text, values);
}
/** The last lines of a child's output as one line of at most `maxChars` (what a message quotes of it). */
function outputTail(text, maxChars = 400) {
    const line = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .join('; ');
    return line.length > maxChars ? `…${line.slice(-(maxChars - 1))}` : line;
}
/** `ssh://deploy@dev-host`, with a password in it shown as `***`. */
function displayHost(host) {
    return host.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@]*):[^/@]*@/i, '$1:***@');
}


/***/ }),

/***/ 21897:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.detectCompose = detectCompose;
exports.runCompose = runCompose;
exports.projectContainers = projectContainers;
exports.engineTime = engineTime;
exports.containerLogTail = containerLogTail;
exports.imageRepoDigests = imageRepoDigests;
/**
 * The Compose project on its Docker engine, through the programs compose-cli.ts runs: `config` and
 * `up` through Compose (v2 plugin or v1), the project's containers, their logs and their images'
 * digests through the `docker` CLI. Containers are found by the label every Compose version sets,
 * `com.docker.compose.project`, so v1 and v2 are read the same way.
 */
const is_record_1 = __webpack_require__(32789);
const compose_cli_1 = __webpack_require__(64157);
const PROJECT_LABEL = 'com.docker.compose.project';
/** Compose v2 when `<docker> compose version` answers, else v1; undefined when neither runs. */
async function detectCompose(programs, env, bounds) {
    const v2 = await tryVersion(programs.docker, ['compose', 'version', '--short'], env, bounds);
    if (v2 !== undefined)
        return { argv: [programs.docker, 'compose'], name: 'docker compose', label: `docker compose ${v2}`.trim() };
    const v1 = await tryVersion(programs.dockerCompose, ['version', '--short'], env, bounds);
    if (v1 !== undefined)
        return { argv: [programs.dockerCompose], name: 'docker-compose', label: `docker-compose ${v1}`.trim() };
    return undefined;
}
async function tryVersion(command, args, env, bounds) {
    try {
        const res = await (0, compose_cli_1.runChild)(command, args, env, bounds, `${command} ${args.join(' ')}`);
        return res.code === 0 ? res.stdout.trim().split('\n')[0].replace(/^v/, '') : undefined;
    }
    catch (e) {
        if (e instanceof compose_cli_1.ChildProcessError && (e.kind === 'missing' || e.kind === 'spawn'))
            return undefined;
        throw e;
    }
}
/**
 * `compose -p <project> -f <file> --project-directory <dir> <args>`. No `--ansi never`: v1 before
 * 1.28 does not know it, and neither version colours output that is not a terminal.
 */
function runCompose(flavor, target, args, env, bounds) {
    const [command, ...prefix] = flavor.argv;
    const global = ['-p', target.project, '-f', target.file, '--project-directory', target.projectDirectory];
    return (0, compose_cli_1.runChild)(command, [...prefix, ...global, ...args], env, bounds, `${flavor.name} ${args[0]}`);
}
/** Every container of the project, stopped ones included (one-off containers marked). */
async function projectContainers(docker, project, env, bounds) {
    const list = await (0, compose_cli_1.runChild)(docker, ['ps', '-a', '-q', '--no-trunc', '--filter', `label=${PROJECT_LABEL}=${project}`], env, bounds, 'docker ps');
    if (list.code !== 0)
        throw new Error(`docker ps failed (exit ${list.code}): ${list.stderr.trim()}`);
    const ids = list.stdout.split(/\s+/).filter(Boolean);
    if (!ids.length)
        return [];
    const inspected = await (0, compose_cli_1.runChild)(docker, ['inspect', ...ids], env, bounds, 'docker inspect');
    // A container removed between the list and the inspection is reported missing; the others are still printed.
    const parsed = parseJson(inspected.stdout);
    if (!Array.isArray(parsed))
        throw new Error(`docker inspect failed (exit ${inspected.code}): ${inspected.stderr.trim()}`);
    return parsed.map(parseContainer).filter((c) => c !== undefined);
}
function parseContainer(raw) {
    if (!(0, is_record_1.isRecord)(raw) || typeof raw.Id !== 'string')
        return undefined;
    const state = (0, is_record_1.isRecord)(raw.State) ? raw.State : {};
    const config = (0, is_record_1.isRecord)(raw.Config) ? raw.Config : {};
    const labels = (0, is_record_1.isRecord)(config.Labels) ? config.Labels : {};
    const hostConfig = (0, is_record_1.isRecord)(raw.HostConfig) ? raw.HostConfig : {};
    const policy = (0, is_record_1.isRecord)(hostConfig.RestartPolicy) ? hostConfig.RestartPolicy : {};
    const health = (0, is_record_1.isRecord)(state.Health) ? state.Health : undefined;
    const log = health && Array.isArray(health.Log) ? health.Log : [];
    const last = log.length && (0, is_record_1.isRecord)(log[log.length - 1])
        ? text(log[log.length - 1].Output)
            .trim()
            .split('\n')
            .pop()
        : undefined;
    return {
        id: raw.Id,
        name: text(raw.Name).replace(/^\//, ''),
        service: text(labels['com.docker.compose.service']),
        isOneOff: /^true$/i.test(text(labels['com.docker.compose.oneoff'])),
        status: text(state.Status),
        exitCode: Number(state.ExitCode ?? 0),
        restartCount: Number(raw.RestartCount ?? 0),
        restartPolicy: text(policy.Name),
        startedAt: startTime(text(state.StartedAt)),
        health: health && text(health.Status) ? { status: text(health.Status), lastOutput: last || undefined } : undefined,
        configImage: text(config.Image),
        imageId: text(raw.Image),
    };
}
/** `0001-01-01T00:00:00Z` is Docker's "never". */
const startTime = (iso) => (iso && !iso.startsWith('0001-') ? Date.parse(iso) : NaN);
/** The engine's time now (epoch ms), from `docker info`. */
async function engineTime(docker, env, bounds) {
    const res = await (0, compose_cli_1.runChild)(docker, ['info', '--format', '{{json .SystemTime}}'], env, bounds, 'docker info');
    const time = Date.parse(String(parseJson(res.stdout)));
    if (res.code !== 0 || Number.isNaN(time))
        throw new Error(`docker info failed (exit ${res.code}): ${res.stderr.trim().split('\n')[0]}`);
    return time;
}
/** The last `lines` lines a container wrote (stdout and stderr), for a failure message; empty when docker cannot say. */
async function containerLogTail(docker, id, lines, env, bounds) {
    const res = await (0, compose_cli_1.runChild)(docker, ['logs', '--tail', String(lines), id], env, bounds, 'docker logs');
    return res.code === 0 ? `${res.stdout}\n${res.stderr}` : '';
}
/** The registry digests of images by image id (`ghcr.io/acme/mcp@sha256:…`); none for an image built or imported on the host. */
async function imageRepoDigests(docker, imageIds, env, bounds) {
    const found = new Map();
    if (!imageIds.length)
        return found;
    const res = await (0, compose_cli_1.runChild)(docker, ['image', 'inspect', ...imageIds], env, bounds, 'docker image inspect');
    const parsed = parseJson(res.stdout);
    for (const image of Array.isArray(parsed) ? parsed : [])
        if ((0, is_record_1.isRecord)(image) && typeof image.Id === 'string')
            found.set(image.Id, Array.isArray(image.RepoDigests) ? image.RepoDigests.filter((d) => typeof d === 'string') : []);
    return found;
}
const text = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
function parseJson(stdout) {
    try {
        return JSON.parse(stdout);
    }
    catch {
        // Not JSON (docker printed only an error): the caller reports the exit code and stderr.
        return undefined;
    }
}


/***/ }),

/***/ 4581:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readServices = readServices;
exports.normalizeImage = normalizeImage;
exports.isSameImage = isSameImage;
exports.diffServices = diffServices;
/**
 * What a deploy driver reads in a Compose file: the services `up` starts, the image each must run
 * once the variables are substituted, and which are one-shot jobs; how two image references compare;
 * and the per-service diff a plan shows. Shared by the Portainer and Compose drivers.
 */
const yaml_1 = __webpack_require__(38815);
const canonical_json_1 = __webpack_require__(60484);
const interpolate_1 = __webpack_require__(56543);
const is_record_1 = __webpack_require__(32789);
/** The services of a Compose file with `vars` substituted; throws an Error saying why when the file does not parse. */
function readServices(text, vars) {
    let doc;
    try {
        doc = (0, yaml_1.parse)(text, { merge: true });
    }
    catch (e) {
        throw new Error(`the Compose file does not parse: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
    }
    const services = (0, is_record_1.isRecord)(doc) ? doc.services : undefined;
    if (!(0, is_record_1.isRecord)(services))
        throw new Error('the Compose file has no services');
    const jobs = new Set(Object.values(services).flatMap(completedDependencies));
    return Object.entries(services).map(([name, def]) => {
        const service = (0, is_record_1.isRecord)(def) ? def : {};
        const image = imageOf(service, vars);
        const profiles = Array.isArray(service.profiles) ? service.profiles.map(String) : [];
        return { name, ...image, isJob: jobs.has(name), notStarted: notStarted(service), profiles, definition: (0, canonical_json_1.canonicalJson)(substitute(service, vars)) };
    });
}
function imageOf(service, vars) {
    if (typeof service.image !== 'string' || service.image === '')
        return { imageUnchecked: service.build !== undefined ? 'built on the host, no image to compare' : 'no image in the Compose file' };
    const { value, issues } = (0, interpolate_1.interpolateString)(service.image, vars);
    const unset = issues.find((i) => i.kind !== 'syntax');
    if (issues.length || !value)
        return {
            imageUnchecked: `image ${service.image} not resolved (${unset ? `${unset.variable} is not in the stack's Env` : (issues[0]?.message ?? 'empty')})`,
        };
    return { image: value };
}
/** Services this one waits for to complete. */
function completedDependencies(def) {
    const dependsOn = (0, is_record_1.isRecord)(def) ? def.depends_on : undefined;
    if (!(0, is_record_1.isRecord)(dependsOn))
        return [];
    return Object.entries(dependsOn)
        .filter(([, d]) => (0, is_record_1.isRecord)(d) && d.condition === 'service_completed_successfully')
        .map(([name]) => name);
}
function notStarted(service) {
    if (Array.isArray(service.profiles) && service.profiles.length)
        return `in profile ${service.profiles.join(', ')}: not started by a plain up`;
    const replicas = (0, is_record_1.isRecord)(service.deploy) ? service.deploy.replicas : undefined;
    if (service.scale === 0 || replicas === 0)
        return 'scaled to 0';
    return undefined;
}
/** Every string of a value with `vars` substituted (unresolved variables become empty, as Compose does). */
function substitute(value, vars) {
    if (typeof value === 'string')
        return (0, interpolate_1.interpolateString)(value, vars).value;
    if (Array.isArray(value))
        return value.map((v) => substitute(v, vars));
    if ((0, is_record_1.isRecord)(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, vars)]));
    return value;
}
/**
 * `nginx` as Docker names it (`docker.io/library/nginx:latest`), so references written two ways compare equal.
 * A reference with a digest keeps its digest and drops nothing else.
 */
function normalizeImage(reference) {
    const [nameAndTag, digest] = reference.trim().split('@', 2);
    const slash = nameAndTag.lastIndexOf('/');
    const colon = nameAndTag.lastIndexOf(':');
    let name = colon > slash ? nameAndTag.slice(0, colon) : nameAndTag;
    const tag = colon > slash ? nameAndTag.slice(colon + 1) : digest ? '' : 'latest';
    const first = name.split('/')[0];
    const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (!hasRegistry)
        name = `docker.io/${name.includes('/') ? '' : 'library/'}${name}`;
    name = name.replace(/^index\.docker\.io\//, 'docker.io/');
    return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}
/** Whether a container created from `actual` runs `expected` (a digest, when expected names one, decides). */
function isSameImage(actual, expected) {
    const a = normalizeImage(actual);
    const e = normalizeImage(expected);
    if (e.includes('@'))
        return a.endsWith(`@${e.split('@')[1]}`) && a.split(/[:@]/)[0] === e.split(/[:@]/)[0];
    return a === e;
}
/** Per service what deploying `next` over `current` changes (create, update with the image old -> new, unchanged, delete). */
function diffServices(current, next) {
    const before = new Map(current.map((s) => [s.name, s]));
    const items = next.map((service) => {
        const old = before.get(service.name);
        const image = service.image ?? service.imageUnchecked;
        if (!old)
            return { name: service.name, action: 'create', image: service.image, detail: `new service, image ${image}` };
        if (old.definition === service.definition)
            return { name: service.name, action: 'unchanged', image: service.image, detail: `image ${image}` };
        const oldImage = old.image ?? old.imageUnchecked;
        const detail = oldImage === image ? `definition changes, image ${image}` : `image ${oldImage} -> ${image}`;
        return { name: service.name, action: 'update', image: service.image, detail };
    });
    const names = new Set(next.map((s) => s.name));
    for (const old of current)
        if (!names.has(old.name))
            items.push({ name: old.name, action: 'delete', image: old.image, detail: 'not in the new Compose file' });
    return items;
}


/***/ }),

/***/ 81687:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planItems = planItems;
exports.withActiveProfiles = withActiveProfiles;
const compose_file_1 = __webpack_require__(4581);
/** Per service what `up` would do to what runs now (by image), and the running services it would remove. */
function planItems(services, running) {
    const items = services
        .filter((s) => !s.notStarted)
        .map((s) => {
        const image = s.image ?? s.imageUnchecked;
        const current = running.filter((c) => c.service === s.name);
        if (!current.length)
            return { name: s.name, action: 'create', image: s.image, detail: `new service, image ${image}` };
        const old = current.find((c) => !s.image || !(0, compose_file_1.isSameImage)(c.configImage, s.image));
        if (s.image && old)
            return { name: s.name, action: 'update', image: s.image, detail: `image ${old.configImage} -> ${s.image}` };
        return { name: s.name, action: 'unchanged', image: s.image, detail: `image ${image}` };
    });
    const names = new Set(services.map((s) => s.name));
    for (const service of new Set(running.map((c) => c.service)))
        if (!names.has(service))
            items.push({
                name: service,
                action: 'delete',
                image: running.find((c) => c.service === service)?.configImage,
                detail: 'not in the new Compose file: removed (--remove-orphans)',
            });
    return items;
}
/**
 * Services of a profile that COMPOSE_PROFILES turns on are started by `up`: checked like the others
 * (Compose v1's `config` lists every service with its profiles, v2's the active ones with theirs).
 */
function withActiveProfiles(services, composeProfiles) {
    const active = new Set((composeProfiles ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean));
    if (!active.size)
        return services;
    return services.map((s) => (active.has('*') || s.profiles.some((p) => active.has(p))) && s.notStarted?.startsWith('in profile') ? { ...s, notStarted: undefined } : s);
}


/***/ }),

/***/ 31090:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyProject = verifyProject;
/**
 * Whether a Compose project runs what `up` was given, seen through `docker inspect` of its
 * containers. Every service `up` starts must have a container on the expected image that runs, and
 * is healthy when it has a healthcheck; a one-shot job (another service waits for it to complete)
 * must have exited 0.
 *
 * A container without a healthcheck counts as running once it has run `minUptimeMs` (by the
 * engine's clock): a service that crashes a second after it starts, under a restart policy, is
 * running at many an instant, and one look would take a crash loop for success.
 *
 * It polls, with a growing interval, until the deadline. What cannot change any more fails at once:
 * a container that exited with no restart policy to bring it back, a dead one, an old image. What
 * may still resolve (unhealthy, restarting, exited under a restart policy, anything not fine yet
 * after a restart since `up`) fails once `settleMs` have passed, or at the deadline; a failure quotes
 * the health check's last output or the last lines the container wrote, through `redact`. Only
 * waiting (health starting, created, a job running) at the deadline is a timeout.
 */
const driver_1 = __webpack_require__(60665);
const duration_1 = __webpack_require__(38169);
const compose_cli_1 = __webpack_require__(64157);
const compose_engine_1 = __webpack_require__(21897);
const compose_file_1 = __webpack_require__(4581);
const container_state_1 = __webpack_require__(18649);
const FIRST_POLL_MS = 250;
const MAX_POLL_MS = 2_000;
const LOG_LINES = 5;
const MAX_QUOTE_CHARS = 300;
const RANK = { ok: 0, waiting: 1, settling: 2, failed: 3 };
async function verifyProject(ctx, options) {
    const started = ctx.now();
    let delayMs = FIRST_POLL_MS;
    let checks = [];
    let pollError;
    let logged = '';
    const engineNow = await engineClock(ctx, options);
    const restartsBefore = new Map(options.before.map((c) => [c.id, c.restartCount]));
    for (;;) {
        try {
            const containers = (await (0, compose_engine_1.projectContainers)(options.docker, options.project, options.env, ctx))
                .filter((c) => !c.isOneOff)
                .map((c) => redactHealth(c, options.redact));
            const observed = (c) => ({
                ...c,
                uptimeMs: Number.isNaN(c.startedAt) ? 0 : engineNow() - c.startedAt,
                restarts: c.restartCount - (restartsBefore.get(c.id) ?? 0),
            });
            checks = options.services.map((s) => checkService(s, containers.filter((c) => c.service === s.name).map(observed), options.minUptimeMs));
            pollError = undefined;
        }
        catch (e) {
            if (e instanceof compose_cli_1.ChildProcessError && e.kind === 'cancelled')
                throw new driver_1.DeployFailure(e.message, 'timeout', (0, container_state_1.deployedItems)(checks));
            if (e instanceof compose_cli_1.ChildProcessError && e.kind === 'missing')
                throw new driver_1.DeployFailure(`${e.message}: the docker CLI is needed to verify the containers`, 'verify', [], true);
            if (!(e instanceof compose_cli_1.ChildProcessError && e.kind === 'timeout'))
                pollError = options.redact(e instanceof Error ? e.message : String(e));
        }
        const summary = pollError ?? checks.map((c) => `${c.name}: ${c.detail}`).join('; ');
        if (summary !== logged)
            ctx.log(options.redact(`verify ${options.project} after ${(0, duration_1.formatMs)(ctx.now() - started)}: ${summary}`));
        logged = summary;
        const elapsedMs = ctx.now() - started;
        if (!pollError && checks.every((c) => c.verdict === 'ok'))
            return success(ctx, options, checks, elapsedMs);
        if (!pollError && checks.some((c) => c.verdict === 'failed' || (c.verdict === 'settling' && elapsedMs >= options.settleMs)))
            throw await failure(ctx, options, checks, 'verify', elapsedMs);
        const leftMs = ctx.deadline - ctx.now();
        if (leftMs <= 0 || ctx.signal.aborted)
            break;
        await ctx.sleep(Math.min(delayMs, leftMs));
        delayMs = Math.min(Math.round(delayMs * 1.5), MAX_POLL_MS);
    }
    const phase = checks.some((c) => RANK[c.verdict] >= RANK.settling) ? 'verify' : 'timeout';
    throw await failure(ctx, options, checks, phase, ctx.now() - started, pollError);
}
/**
 * The engine's clock, as the offset of its time from ours (a remote host's clock may be off): how
 * long a container has run is its StartedAt against the engine's time. Ours when the engine cannot
 * say (then uptimes are as good as the two clocks agree).
 */
async function engineClock(ctx, options) {
    const before = ctx.now();
    const engineMs = await (0, compose_engine_1.engineTime)(options.docker, options.env, ctx).catch((e) => {
        if (e instanceof compose_cli_1.ChildProcessError && (e.kind === 'cancelled' || e.kind === 'timeout'))
            throw new driver_1.DeployFailure(e.message, 'timeout', []);
        ctx.log(options.redact(`compose: the engine's clock is unknown (${e instanceof Error ? e.message : String(e)}); container uptimes are measured by this machine's`));
        return undefined;
    });
    const offsetMs = engineMs === undefined ? 0 : engineMs - (before + ctx.now()) / 2;
    return () => ctx.now() + offsetMs;
}
function checkService(service, containers, minUptimeMs) {
    if (service.notStarted)
        return { name: service.name, verdict: 'ok', detail: `not checked: ${service.notStarted}` };
    if (!containers.length)
        return { name: service.name, verdict: 'waiting', detail: 'no container' };
    const worst = (0, container_state_1.worstContainer)(containers.map((container) => ({ container, ...withRestarts(container, checkContainer(service, container, minUptimeMs)) })), RANK);
    return { name: service.name, verdict: worst.verdict, detail: worst.detail, container: worst.container };
}
/**
 * A container that restarted since `up` and is not fine yet has a problem, even if it only waits now
 * (a crash loop between crashes). Docker resets ExitCode when a container starts again: only a
 * stopped one has a last exit code to tell.
 */
function withRestarts(c, judgement) {
    if (c.restarts <= 0 || judgement.verdict === 'ok' || RANK[judgement.verdict] >= RANK.settling)
        return judgement;
    return {
        verdict: 'settling',
        detail: `${judgement.detail} after ${c.restarts} restart${c.restarts === 1 ? '' : 's'} since up${c.status === 'running' ? '' : ` (last exit code ${c.exitCode})`}`,
    };
}
/**
 * Compose's policies on the shared judgement: a container without a healthcheck must have run
 * `minUptimeMs`; what exited with no restart policy to bring it back, a dead one and an old image
 * fail at once; unhealthy, restarting and exited under a restart policy may still resolve.
 */
function checkContainer(service, c, minUptimeMs) {
    const judged = (0, container_state_1.judgeContainer)(service, c, (output) => `, last check: ${(0, container_state_1.clip)(output, MAX_QUOTE_CHARS)}`);
    switch (judged.condition) {
        case 'running':
            // Without a healthcheck, running is all there is to see: for long enough that a crash at start would have shown.
            if (c.uptimeMs >= minUptimeMs)
                return { verdict: 'ok', detail: 'running (no healthcheck)' };
            return { verdict: 'waiting', detail: `running for ${(0, duration_1.formatMs)(Math.max(0, c.uptimeMs))} (no healthcheck)` };
        case 'exited': {
            const mayRestart = c.restartPolicy === 'always' || c.restartPolicy === 'unless-stopped' || (c.restartPolicy === 'on-failure' && c.exitCode !== 0);
            return { verdict: mayRestart ? 'settling' : 'failed', detail: `${judged.detail}${mayRestart ? ` (restart policy ${c.restartPolicy})` : ''}` };
        }
        case 'unhealthy':
        case 'restarting':
            return { verdict: 'settling', detail: judged.detail };
        default:
            return { verdict: judged.verdict === 'problem' ? 'failed' : judged.verdict, detail: judged.detail };
    }
}
/** The health check's output with the variables' values hidden, before anything cuts it short (a cut value would no longer be found). */
const redactHealth = (c, redact) => c.health?.lastOutput ? { ...c, health: { ...c.health, lastOutput: redact(c.health.lastOutput) } } : c;
async function success(ctx, options, checks, tookMs) {
    const digests = await registryDigests(ctx, options, checks);
    const running = checks.filter((c) => c.container).length;
    const notes = [`verified after ${(0, duration_1.formatMs)(tookMs)}: ${running} of ${checks.length} services as deployed`];
    for (const s of options.services)
        if (s.imageUnchecked && !s.notStarted)
            notes.push(`${s.name}: ${s.imageUnchecked}; checked that it runs only`);
    return { items: (0, container_state_1.deployedItems)(checks, digests), notes };
}
/** The registry digest of each image, where the engine knows one (a pulled image): it enriches the report only. */
async function registryDigests(ctx, options, checks) {
    const containers = checks.flatMap((c) => (c.container?.imageId ? [c.container] : []));
    const digests = new Map();
    try {
        const known = await (0, compose_engine_1.imageRepoDigests)(options.docker, [...new Set(containers.map((c) => c.imageId))], options.env, ctx);
        for (const c of containers) {
            const repository = (0, compose_file_1.normalizeImage)(c.configImage).split(/[:@]/)[0];
            const found = known.get(c.imageId)?.find((d) => (0, compose_file_1.normalizeImage)(d).split('@')[0] === repository);
            if (found)
                digests.set(c.imageId, found.split('@')[1]);
        }
    }
    catch (e) {
        // Without digests the verification still stands; say why they are missing.
        ctx.log(options.redact(`no image digests: ${e instanceof Error ? e.message : String(e)}`));
    }
    return digests;
}
async function failure(ctx, options, checks, phase, tookMs, pollError) {
    const problems = [];
    for (const c of checks.filter((c) => c.verdict !== 'ok')) {
        const logs = c.container && (c.container.status === 'exited' || c.container.status === 'restarting') ? await logTail(ctx, options, c.container) : '';
        problems.push(`${c.name}: ${c.detail}${logs ? ` (last output: ${logs})` : ''}`);
    }
    const what = phase === 'verify' ? `did not verify after ${(0, duration_1.formatMs)(tookMs)}` : `was not verified by the deadline (${(0, duration_1.formatMs)(tookMs)})`;
    const lastPoll = pollError ? `; the last check failed: ${pollError}` : '';
    const seen = problems.length ? problems.join('; ') : checks.length ? 'no problem seen yet' : 'no check completed';
    return new driver_1.DeployFailure(options.redact(`compose project ${options.project} ${what}: ${seen}${lastPoll}`), phase, (0, container_state_1.deployedItems)(checks));
}
async function logTail(ctx, options, container) {
    try {
        const text = await (0, compose_engine_1.containerLogTail)(options.docker, container.id, LOG_LINES, options.env, ctx);
        const line = text
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean)
            .join(' | ');
        return (0, container_state_1.clip)(options.redact(line), MAX_QUOTE_CHARS);
    }
    catch (e) {
        // Past the deadline, or docker could not say: the failure stands without the output.
        if (!(e instanceof compose_cli_1.ChildProcessError))
            throw e;
        return '';
    }
}


/***/ }),

/***/ 71346:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.composeDriver = composeDriver;
/**
 * The Compose deploy driver: `docker compose up -d --remove-orphans` of the environment's merged
 * Compose file against the target engine (DOCKER_HOST = `deploy.compose.host`, for instance
 * `ssh://deploy@dev-host`; default the inherited environment's), as project `deploy.compose.project`.
 * Compose v2 (`docker compose`) where the plugin is installed, else v1 (`docker-compose`).
 *
 * - The merged file goes to a temporary directory of its own (0700, the file 0600), removed after;
 *   the project directory is the stack's (`composeFile.projectDirectory`) in the checkout, so
 *   relative paths (build contexts, env_file, .env) mean what they mean in the repository.
 * - stackgate's variables reach Compose (and through `${VAR}`, the containers) in the children's
 *   environment only: never on a command line, never in a log line or message (compose-cli.ts).
 * - Success is what compose-verify.ts sees: every service running its image, healthy where it has
 *   a healthcheck, one-shot jobs exited 0, all by the deadline.
 * - capture() is the previous deployment's files (the use case reads them from Git at its commit);
 *   restore() brings them up again and verifies them the same way. plan() runs `config` and reads
 *   the running containers: it changes nothing.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const driver_1 = __webpack_require__(60665);
const is_record_1 = __webpack_require__(32789);
const duration_1 = __webpack_require__(38169);
const compose_cli_1 = __webpack_require__(64157);
const compose_engine_1 = __webpack_require__(21897);
const compose_services_1 = __webpack_require__(81687);
const compose_verify_1 = __webpack_require__(31090);
const compose_file_1 = __webpack_require__(4581);
const DEFAULT_SETTLE_MS = 10_000;
const DEFAULT_MIN_UPTIME_MS = 3_000;
function composeDriver(config, options = {}) {
    const docker = options.docker ?? 'docker';
    const dockerCompose = options.dockerCompose ?? 'docker-compose';
    const inherited = options.env ?? process.env;
    const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    const minUptimeMs = options.minUptimeMs ?? DEFAULT_MIN_UPTIME_MS;
    const where = config.host
        ? (0, compose_cli_1.displayHost)(config.host)
        : inherited.DOCKER_HOST
            ? `${(0, compose_cli_1.displayHost)(inherited.DOCKER_HOST)} (DOCKER_HOST)`
            : 'the local Docker engine';
    const target = `compose project ${config.project} on ${where}`;
    let detected;
    /** Runs `fn` with the source's merged file written out; the file is removed after, whatever happens. */
    async function withSession(ctx, source, fn) {
        const compose = source.composeFile;
        if (!compose)
            throw new driver_1.DeployFailure(`no Compose stack to deploy for environment ${source.environment} at ${source.sha.slice(0, 7)}: set deploy.compose.source or add a Compose file`, 'deploy', [], false);
        const credentials = [ctx.secrets.portainerApiKey, ctx.secrets.kubeconfig, ctx.secrets.webhookSecret];
        const env = (0, compose_cli_1.childEnvironment)(inherited, config.host, source.variables, credentials);
        const redact = (0, compose_cli_1.valueRedactor)([...Object.values(source.variables), ...credentials]);
        const flavor = await (detected ??= (0, compose_engine_1.detectCompose)({ docker, dockerCompose }, env, ctx).catch((e) => {
            detected = undefined;
            throw childFailure(e, 'looking for docker compose', false, redact);
        }));
        if (!flavor)
            throw new driver_1.DeployFailure(`neither \`${docker} compose\` (the Compose v2 plugin) nor ${dockerCompose} (Compose v1) runs here: install one of them`, 'deploy', [], false);
        const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), 'stackgate-compose-'));
        try {
            const file = node_path_1.default.join(dir, 'compose.yml');
            node_fs_1.default.writeFileSync(file, compose.text, { mode: 0o600 });
            const projectDirectory = node_path_1.default.resolve(source.root, compose.projectDirectory || '.');
            return await fn({ flavor, env, redact, file, projectDirectory });
        }
        finally {
            node_fs_1.default.rmSync(dir, { recursive: true, force: true });
        }
    }
    async function compose(ctx, session, args, hasChanged) {
        try {
            return await (0, compose_engine_1.runCompose)(session.flavor, { project: config.project, file: session.file, projectDirectory: session.projectDirectory }, args, session.env, ctx);
        }
        catch (e) {
            throw childFailure(e, `${session.flavor.name} ${args[0]}`, hasChanged, session.redact);
        }
    }
    /** The services of the file as Compose reads it (`config`: merged, substituted, validated). */
    async function readConfig(ctx, session) {
        const res = await compose(ctx, session, ['config'], false);
        if (res.code !== 0)
            throw new driver_1.DeployFailure(`${session.flavor.name} config refused the Compose file: ${(0, compose_cli_1.outputTail)(session.redact(res.stderr)) || `exit code ${res.code}`}`, 'deploy', [], false);
        try {
            return (0, compose_services_1.withActiveProfiles)((0, compose_file_1.readServices)(res.stdout, {}), session.env.COMPOSE_PROFILES);
        }
        catch (e) {
            throw new driver_1.DeployFailure(session.redact(`${session.flavor.name} config: ${e instanceof Error ? e.message : String(e)}`), 'deploy', [], false);
        }
    }
    /** What runs before `up`, to count restarts from; none when docker cannot say yet (verification will, or fail). */
    async function containersBefore(ctx, session) {
        try {
            return await (0, compose_engine_1.projectContainers)(docker, config.project, session.env, ctx);
        }
        catch (e) {
            if (e instanceof compose_cli_1.ChildProcessError && (e.kind === 'timeout' || e.kind === 'cancelled'))
                throw childFailure(e, 'docker ps', false, session.redact);
            ctx.log(session.redact(`compose: the containers before up are unknown (${e instanceof Error ? e.message : String(e)})`));
            return [];
        }
    }
    async function ship(ctx, source, verb) {
        return withSession(ctx, source, async (session) => {
            ctx.log(`compose: ${verb} ${source.sha.slice(0, 7)} to ${target} with ${session.flavor.label}`);
            const services = await readConfig(ctx, session);
            const before = await containersBefore(ctx, session);
            const up = await compose(ctx, session, ['up', '-d', '--remove-orphans'], true);
            if (up.code !== 0)
                throw new driver_1.DeployFailure(`${session.flavor.name} up failed (exit code ${up.code}): ${(0, compose_cli_1.outputTail)(session.redact(up.stderr)) || 'no output'}`, 'deploy', [], true);
            ctx.log(`compose: up -d took ${(0, duration_1.formatMs)(up.durationMs)}`);
            const verified = await (0, compose_verify_1.verifyProject)(ctx, {
                project: config.project,
                services,
                settleMs,
                minUptimeMs,
                docker,
                env: session.env,
                redact: session.redact,
                before,
            });
            return { items: verified.items, notes: verified.notes };
        });
    }
    return {
        kind: 'compose',
        plan(ctx) {
            return withSession(ctx, ctx.source, async (session) => {
                const services = await readConfig(ctx, session);
                let running;
                try {
                    running = (await (0, compose_engine_1.projectContainers)(docker, config.project, session.env, ctx)).filter((c) => !c.isOneOff);
                }
                catch (e) {
                    throw e instanceof compose_cli_1.ChildProcessError
                        ? childFailure(e, 'docker ps', false, session.redact)
                        : new driver_1.DeployFailure(session.redact(e instanceof Error ? e.message : String(e)), 'deploy', [], false);
                }
                return {
                    driver: 'compose',
                    target,
                    items: (0, compose_services_1.planItems)(services, running),
                    notes: [
                        `${session.flavor.label}: up -d --remove-orphans, then every service must run (healthy where it has a healthcheck) by the deadline`,
                        'the plan compares images; Compose also recreates a service whose other settings changed',
                        ...services.filter((s) => s.notStarted).map((s) => `${s.name}: not started, ${s.notStarted}`),
                    ],
                };
            });
        },
        async capture(ctx) {
            const previous = ctx.previous;
            const files = previous?.source?.composeFile;
            if (!previous || !files) {
                if (previous)
                    ctx.log(`compose: the checkout has no files of deployment ${previous.deploymentId} at ${previous.sha.slice(0, 7)} (a fetch-depth: 0 checkout has them): nothing to restore`);
                return undefined;
            }
            const point = {
                driver: 'compose',
                description: `the Compose files of deployment ${previous.deploymentId} at ${previous.sha.slice(0, 7)} (${files.files.join(', ')}), project ${config.project}`,
                sha: previous.sha,
                deploymentId: previous.deploymentId,
                composeFile: { ...files },
                root: previous.source.root,
            };
            return point;
        },
        deploy(ctx) {
            return ship(ctx, ctx.source, 'deploy');
        },
        restore(ctx, point) {
            const files = point.composeFile;
            const sha = typeof point.sha === 'string' ? point.sha : '';
            if (!(0, is_record_1.isRecord)(files) || typeof files.text !== 'string' || !Array.isArray(files.files) || !sha)
                throw new driver_1.DeployFailure(`compose restore: the restore point holds no Compose file (${point.description})`, 'deploy', [], false);
            const previous = ctx.previous?.sha === sha ? ctx.previous.source : undefined;
            const root = typeof point.root === 'string' && node_fs_1.default.existsSync(point.root) ? point.root : ctx.source.root;
            const composeFile = {
                text: files.text,
                files: files.files.map(String),
                stack: String(files.stack ?? ''),
                projectDirectory: String(files.projectDirectory ?? '.'),
            };
            return ship(ctx, { ...ctx.source, sha, root, composeFile, variables: previous?.variables ?? ctx.source.variables }, 'restore');
        },
    };
}
/** A child that did not run to its end, as a DeployFailure: a timeout, a cancel, a program missing. */
function childFailure(e, what, hasChanged, redact) {
    if (!(e instanceof compose_cli_1.ChildProcessError))
        return e;
    const phase = e.kind === 'timeout' || e.kind === 'cancelled' ? 'timeout' : 'deploy';
    return new driver_1.DeployFailure(redact(e.kind === 'missing' ? `${what}: ${e.message}` : e.message), phase, [], hasChanged);
}


/***/ }),

/***/ 18649:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.clip = void 0;
exports.judgeContainer = judgeContainer;
exports.worstContainer = worstContainer;
exports.deployedItems = deployedItems;
const compose_file_1 = __webpack_require__(4581);
/**
 * How `c` stands against what `service` expects. `quoteHealth` turns the health check's last
 * output into the end of the unhealthy sentence (each driver quotes it its own way).
 */
function judgeContainer(service, c, quoteHealth) {
    if (service.image && !(0, compose_file_1.isSameImage)(c.configImage, service.image))
        return { verdict: 'problem', condition: 'old-image', detail: `runs ${c.configImage || 'an unknown image'}, expected ${service.image}` };
    switch (c.status) {
        case 'running':
            if (service.isJob)
                return { verdict: 'waiting', condition: 'job-running', detail: 'job still running' };
            if (!c.health)
                return { verdict: 'ok', condition: 'running', detail: 'running' };
            if (c.health.status === 'healthy')
                return { verdict: 'ok', condition: 'healthy', detail: 'running, healthy' };
            if (c.health.status === 'unhealthy')
                return { verdict: 'problem', condition: 'unhealthy', detail: `unhealthy${c.health.lastOutput ? quoteHealth(c.health.lastOutput) : ''}` };
            return { verdict: 'waiting', condition: 'health-pending', detail: `running, health ${c.health.status || 'unknown'}` };
        case 'exited':
            if (service.isJob && c.exitCode === 0)
                return { verdict: 'ok', condition: 'job-completed', detail: 'job completed (exit code 0)' };
            return { verdict: 'problem', condition: 'exited', detail: `exited with code ${c.exitCode}` };
        case 'restarting':
            return { verdict: 'problem', condition: 'restarting', detail: `restarting (last exit code ${c.exitCode}, ${c.restartCount} restarts)` };
        case 'created':
        case 'removing':
            return { verdict: 'waiting', condition: 'transitional', detail: c.status };
        default:
            return { verdict: 'problem', condition: 'unknown', detail: c.status || 'no state reported' };
    }
}
/** `text` cut to `max` characters, an ellipsis marking the cut. */
const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
exports.clip = clip;
/**
 * A service's containers judged: the worst of them, its detail prefixed with how many share that
 * verdict when there are several (`2 of 3 containers exited with code 1`).
 */
function worstContainer(judged, rank) {
    const worst = judged.reduce((a, b) => (rank[b.verdict] > rank[a.verdict] ? b : a));
    const count = judged.length > 1 ? `${judged.filter((j) => j.verdict === worst.verdict).length} of ${judged.length} containers ` : '';
    return { ...worst, detail: `${count}${worst.detail}` };
}
/** The report's items: per service its detail and the image its worst container runs, with the registry digest where known (by image id). */
function deployedItems(checks, digests = new Map()) {
    return checks.map((c) => ({
        name: c.name,
        action: 'deployed',
        image: c.container?.configImage || undefined,
        digest: c.container ? digests.get(c.container.imageId) : undefined,
        detail: c.detail,
    }));
}


/***/ }),

/***/ 20794:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createDriver = createDriver;
/** The driver an environment's deploy section names (the schema guarantees exactly one). */
const deploy_schema_1 = __webpack_require__(69587);
const compose_1 = __webpack_require__(71346);
const kubernetes_1 = __webpack_require__(4476);
const portainer_1 = __webpack_require__(23928);
const webhook_1 = __webpack_require__(27911);
function createDriver(config, origin = {}) {
    switch ((0, deploy_schema_1.driverOf)(config)) {
        case 'portainer':
            return (0, portainer_1.portainerDriver)(config.portainer);
        case 'kubernetes':
            return (0, kubernetes_1.kubernetesDriver)(config.kubernetes);
        case 'compose':
            return (0, compose_1.composeDriver)(config.compose);
        case 'webhook':
            return (0, webhook_1.webhookDriver)(config.webhook, origin);
    }
}


/***/ }),

/***/ 85997:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestSources = manifestSources;
exports.getObjects = getObjects;
exports.applySources = applySources;
exports.failureOf = failureOf;
/**
 * `kubectl apply --server-side --field-manager=stackgate` of an environment's manifests (for real,
 * or as a server dry run for a plan), and `kubectl get` of the same objects before and after.
 *
 * The configured paths become kubectl sources in their order: files and plain directories share one
 * run (`-f a -f b`), each kustomization directory has its own (`-k`: kubectl keeps only the last
 * `-k` of a run). A source that fails stops the ones after it.
 *
 * Field conflicts (409): after a `kubectl rollout undo` the pod template belongs to the `kubectl`
 * field manager, so the next apply is refused for those fields. Without `forceConflicts` that is the
 * failure, naming the object, the manager and the fields; with it, the source is applied again with
 * `--force-conflicts` and the takeover is reported. kubectl's errors do not name their object:
 * the objects of the source that kubectl did not print are the refused ones, in order.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const driver_1 = __webpack_require__(60665);
const kubernetes_objects_1 = __webpack_require__(24501);
const FIELD_MANAGER = 'stackgate';
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function manifestSources(config, ctx) {
    const sources = [];
    for (const p of config.paths) {
        const abs = node_path_1.default.resolve(ctx.source.root, p);
        const stat = node_fs_1.default.statSync(abs, { throwIfNoEntry: false });
        if (!stat)
            throw new driver_1.DeployFailure(`kubernetes: ${p} does not exist in the repository at ${ctx.source.sha.slice(0, 7)}`, 'deploy', [], false);
        const isKustomization = stat.isDirectory() && KUSTOMIZATION_FILES.some((f) => node_fs_1.default.existsSync(node_path_1.default.join(abs, f)));
        const last = sources[sources.length - 1];
        if (isKustomization)
            sources.push({ label: p, args: ['-k', abs] });
        else if (last && last.args[0] === '-f')
            sources[sources.length - 1] = { label: `${last.label}, ${p}`, args: [...last.args, '-f', abs] };
        else
            sources.push({ label: p, args: ['-f', abs] });
    }
    return sources;
}
function namespaceArgs(config) {
    return config.namespace ? ['--namespace', config.namespace] : [];
}
/** The objects of every source as the cluster has them now (missing ones left out), per source. */
async function getObjects(k, config, sources) {
    const out = [];
    for (const s of sources) {
        const res = await k.run(['get', ...namespaceArgs(config), ...s.args, '-o', 'json', '--ignore-not-found']);
        if (res.code !== 0 || res.killed) {
            const f = failureOf(res, `kubectl get of ${s.label}`);
            throw new driver_1.DeployFailure(f.message, f.phase, [], false);
        }
        out.push((0, kubernetes_objects_1.parseObjects)(res.stdout));
    }
    return out;
}
/**
 * Applies every source in order (`dryRun`: `--dry-run=server -o json`, nothing changes). `before`
 * is what getObjects saw, per source: the objects a refused apply is matched to.
 */
async function applySources(k, config, sources, before, opts) {
    const result = { objects: [], notes: [] };
    for (const [i, s] of sources.entries()) {
        const run = (force, output = opts.dryRun ? 'json' : 'name') => k.run([
            'apply',
            '--server-side',
            `--field-manager=${FIELD_MANAGER}`,
            ...(opts.dryRun ? ['--dry-run=server'] : []),
            ...(force ? ['--force-conflicts'] : []),
            ...namespaceArgs(config),
            ...s.args,
            '-o',
            output,
        ]);
        let res = await run(false);
        if (res.code !== 0 || res.killed) {
            const f = failureOf(res, `kubectl apply of ${s.label}`);
            if (!f.isConflict)
                return { ...record(result, res, opts.dryRun), failure: f };
            // `-o json` prints nothing when an object fails; `-o name` prints those that did not.
            const refused = refusedObjects(opts.dryRun ? await run(false, 'name') : res, before[i] ?? []);
            const conflicts = describeConflicts(refused, (0, kubernetes_objects_1.errorLines)(res.stderr));
            const setting = `\`forceConflicts: true\` (environments.${opts.environment}.deploy.kubernetes)`;
            if (!config.forceConflicts) {
                const undo = conflicts.managers.includes('"kubectl"') ? " (after a `kubectl rollout undo` the pod template is kubectl's)" : '';
                const message = `${conflicts.text}. The fields belong to ${conflicts.managers}${undo}; conflicts can be forced with ${setting}, and stackgate then takes the fields over`;
                if (!opts.dryRun)
                    return { ...record(result, res, false), failure: { ...f, message } };
                result.notes.push(`${message}. As it stands the deploy will be refused`);
            }
            else {
                result.notes.push(`${conflicts.text}: ${opts.dryRun ? 'would be' : 'was'} taken over from ${conflicts.managers} with --force-conflicts (forceConflicts: true)`);
            }
            res = await run(true);
            if (res.code !== 0 || res.killed)
                return { ...record(result, res, opts.dryRun), failure: failureOf(res, `kubectl apply --force-conflicts of ${s.label}`) };
        }
        record(result, res, opts.dryRun);
    }
    return result;
}
function record(result, res, isJson) {
    if (isJson && res.code === 0)
        result.objects.push(...(0, kubernetes_objects_1.parseObjects)(res.stdout));
    return result;
}
/** The source's existing objects kubectl did not print: the ones it refused. */
function refusedObjects(res, before) {
    const printed = (0, kubernetes_objects_1.printedNames)(res.stdout);
    return before.filter((o) => !printed.has((0, kubernetes_objects_1.printedNameOf)(o)));
}
/**
 * The refused objects with kubectl's error for each (`deployment/mcp-app in mcp: Apply failed with 1
 * conflict: conflict with "kubectl" using apps/v1: .spec…image`), and the managers that own the fields.
 */
function describeConflicts(refused, errors) {
    const conflicts = errors.filter((e) => (0, kubernetes_objects_1.parseConflict)(e));
    const names = [...new Set(conflicts.flatMap((e) => (0, kubernetes_objects_1.parseConflict)(e).managers))];
    const managers = names.length ? `the field manager${names.length > 1 ? 's' : ''} ${names.join(' and ')}` : 'another field manager';
    if (refused.length === conflicts.length)
        return { text: refused.map((o, i) => `${(0, kubernetes_objects_1.describeObject)(o)}: ${conflicts[i]}`).join('; '), managers };
    const objects = refused.length ? refused.map(kubernetes_objects_1.describeObject).join(', ') : 'objects of the source';
    return { text: `${objects}: ${conflicts.join('; ')}`, managers };
}
/** A failed kubectl run in a sentence: its error lines, or that it was killed. */
function failureOf(res, what) {
    if (res.killed === 'deadline')
        return { message: `${what}: not finished by the deadline; kubectl was killed`, phase: 'timeout', isConflict: false };
    if (res.killed === 'aborted')
        return { message: `${what}: cancelled; kubectl was killed`, phase: 'timeout', isConflict: false };
    const errors = (0, kubernetes_objects_1.errorLines)(res.stderr);
    const isConflict = errors.length > 0 && errors.every((e) => (0, kubernetes_objects_1.parseConflict)(e) !== undefined);
    const text = errors.join('; ') || `kubectl exited with status ${res.code}`;
    return { message: `${what}: ${text}${hintFor(text)}`, phase: 'deploy', isConflict };
}
/** The likely fix for what kubectl said, when it is about the kubeconfig's user. */
function hintFor(text) {
    if (/provide credentials|\(Unauthorized\)|You must be logged in/.test(text))
        return ' (the API server refused the credentials of the kubeconfig: expired or wrong?)';
    if (/\(Forbidden\)|is forbidden/.test(text))
        return " (the kubeconfig's user lacks a permission (RBAC) for this)";
    return '';
}


/***/ }),

/***/ 92979:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.withKubectl = withKubectl;
/**
 * The kubectl runs of one driver call (plan, capture, deploy or restore): the kubeconfig's content
 * in a 0600 file of a fresh 0700 temporary directory, with a discovery cache of its own beside it,
 * both removed when the call ends (success, failure, or this process exiting). Every run gets
 * `--kubeconfig`, `--cache-dir` and the configured `--context`, is bounded by the call's deadline
 * and signal (bounded-process.ts), and gives back its output with the credentials and the temporary
 * directory taken out.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const yaml_1 = __webpack_require__(38815);
const driver_1 = __webpack_require__(60665);
const duration_1 = __webpack_require__(38169);
const template_1 = __webpack_require__(78187);
const bounded_process_1 = __webpack_require__(6381);
const live = new Set();
let isExitHookInstalled = false;
/** Runs `fn` with a session whose temporary directory is gone when it settles. */
async function withKubectl(ctx, config, options, fn) {
    const kubeconfig = ctx.secrets.kubeconfig;
    if (!kubeconfig?.trim())
        throw new driver_1.DeployFailure('kubernetes: no kubeconfig was given (the kubeconfig input of the action, KUBECONFIG for the CLI)', 'deploy', [], false);
    installExitHook();
    const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(options.tempDir ?? node_os_1.default.tmpdir(), 'stackgate-kubectl-'));
    live.add(dir);
    try {
        const file = node_path_1.default.join(dir, 'kubeconfig');
        node_fs_1.default.writeFileSync(file, kubeconfig, { mode: 0o600, flag: 'wx' });
        node_fs_1.default.chmodSync(file, 0o600);
        const secrets = credentialsOf(kubeconfig);
        const root = `${ctx.source.root.replace(/[\\/]+$/, '')}${node_path_1.default.sep}`;
        const redact = (text) => (0, template_1.redact)(text, secrets).split(dir).join('<temp>').split(root).join('');
        const global = ['--kubeconfig', file, '--cache-dir', node_path_1.default.join(dir, 'cache'), ...(config.context ? ['--context', config.context] : [])];
        const binary = options.kubectl ?? 'kubectl';
        return await fn({
            target: config.context ? `kubectl context ${config.context}` : 'kubectl (current context of the kubeconfig)',
            redact,
            run: async (args, opts = {}) => {
                const deadline = Math.min(opts.deadline ?? ctx.deadline, ctx.deadline);
                const shown = `kubectl ${args.map((a) => redact(a)).join(' ')}`;
                if (ctx.signal.aborted)
                    throw new driver_1.DeployFailure(`${shown}: cancelled before it started`, 'timeout', [], false);
                const res = await (0, bounded_process_1.runBounded)(binary, [...global, ...args], { deadline, signal: ctx.signal, now: ctx.now }).catch((e) => {
                    throw new driver_1.DeployFailure(e.code === 'ENOENT' ? `kubernetes: ${binary} was not found; install kubectl on the runner` : `kubernetes: could not run ${binary}: ${e.message}`, 'deploy', [], false);
                });
                ctx.log(`${shown}: ${res.killed ? `killed (${res.killed})` : `exit ${res.code}`} after ${(0, duration_1.formatMs)(res.durationMs)}`);
                return { code: res.code, stdout: res.stdout, stderr: redact(res.stderr), killed: res.killed };
            },
        });
    }
    finally {
        node_fs_1.default.rmSync(dir, { recursive: true, force: true });
        live.delete(dir);
    }
}
/** Values of the kubeconfig's `users` (tokens, passwords, keys) and its lines that carry them. */
function credentialsOf(kubeconfig) {
    const found = new Set();
    const walk = (v) => {
        if (typeof v === 'string' && v.length >= 6)
            found.add(v);
        else if (v && typeof v === 'object')
            Object.values(v).forEach(walk);
    };
    try {
        const doc = (0, yaml_1.parse)(kubeconfig);
        for (const u of doc?.users ?? [])
            walk(u?.user);
    }
    catch {
        // Not YAML: kubectl may quote any line of it in its error, so every line is kept out.
        for (const line of kubeconfig.split(/\r?\n/))
            if (line.trim().length >= 8)
                found.add(line.trim());
    }
    if (kubeconfig.trim())
        found.add(kubeconfig.trim());
    return [...found];
}
function installExitHook() {
    if (isExitHookInstalled)
        return;
    isExitHookInstalled = true;
    process.once('exit', () => live.forEach((dir) => node_fs_1.default.rmSync(dir, { recursive: true, force: true })));
}


/***/ }),

/***/ 24501:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseObjects = parseObjects;
exports.isWorkload = isWorkload;
exports.refOf = refOf;
exports.printedNameOf = printedNameOf;
exports.keyOf = keyOf;
exports.describeObject = describeObject;
exports.itemOf = itemOf;
exports.imageChange = imageChange;
exports.errorLines = errorLines;
exports.parseConflict = parseConflict;
exports.printedNames = printedNames;
/**
 * What the Kubernetes driver reads from kubectl's output: the objects of `get -o json` and
 * `apply -o json` (a List, one object, or nothing), the names `apply -o name` printed, and kubectl's
 * error lines (its conflict advice and log prefixes left out), with the field conflicts in them.
 */
const canonical_json_1 = __webpack_require__(60484);
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'];
const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
/** The objects of kubectl's JSON output; empty output (get --ignore-not-found of nothing) is none. */
function parseObjects(stdout) {
    if (!stdout.trim())
        return [];
    const doc = JSON.parse(stdout);
    const raws = doc.kind === 'List' || Array.isArray(doc.items) ? (doc.items ?? []) : [doc];
    return raws.filter((r) => r.kind && r.metadata?.name).map(toState);
}
function toState(r) {
    const [group, version] = (r.apiVersion ?? '').includes('/') ? r.apiVersion.split('/') : ['', r.apiVersion];
    const pod = r.spec?.template?.spec;
    const images = [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])].flatMap((c) => (c.image ? [c.image] : []));
    const { status: _s, metadata, ...rest } = r;
    const { resourceVersion: _rv, generation: _g, managedFields: _m, uid: _u, creationTimestamp: _c, ...meta } = (metadata ?? {});
    return {
        kind: r.kind,
        group: version === undefined ? '' : group,
        name: r.metadata.name,
        namespace: r.metadata?.namespace,
        resourceVersion: r.metadata?.resourceVersion,
        generation: r.metadata?.generation,
        revision: r.kind === 'Deployment' ? r.metadata?.annotations?.[REVISION_ANNOTATION] : r.kind === 'StatefulSet' ? r.status?.updateRevision : undefined,
        images,
        content: (0, canonical_json_1.canonicalJson)({ ...rest, metadata: meta }),
    };
}
function isWorkload(o) {
    return WORKLOAD_KINDS.includes(o.kind);
}
/** `deployment/mcp-app`: how kubectl's rollout commands and the report name an object. */
function refOf(o) {
    return `${o.kind.toLowerCase()}/${o.name}`;
}
/** `deployment.apps/mcp-app`: how `-o name` prints it. */
function printedNameOf(o) {
    return `${o.kind.toLowerCase()}${o.group ? `.${o.group}` : ''}/${o.name}`;
}
function keyOf(o) {
    return `${o.group}/${o.kind}/${o.namespace ?? ''}/${o.name}`;
}
/** `deployment/mcp-app in mcp`: an object in a sentence. */
function describeObject(o) {
    return o.namespace ? `${refOf(o)} in ${o.namespace}` : refOf(o);
}
/** The report's item for an object: its first container's image (and digest when pinned by one), and the image change when there is one. */
function itemOf(o, action, before, detail) {
    const change = imageChange(before, o);
    const parts = [o.namespace ? `namespace ${o.namespace}` : '', change, detail ?? ''].filter(Boolean);
    return {
        name: refOf(o),
        action,
        ...(o.images.length ? { image: o.images[0] } : {}),
        ...(o.images[0]?.includes('@sha256:') ? { digest: o.images[0].slice(o.images[0].indexOf('@') + 1) } : {}),
        ...(parts.length ? { detail: parts.join('; ') } : {}),
    };
}
/** `image ghcr.io/acme/app:1.2 -> 1.3` (containers matched by position), or ''. */
function imageChange(before, after) {
    if (!before)
        return '';
    const changes = after.images.flatMap((img, i) => {
        const old = before.images[i];
        if (!old || old === img)
            return [];
        const [oldRepo, newRepo] = [repoOf(old), repoOf(img)];
        return [oldRepo === newRepo ? `${old} -> ${img.slice(newRepo.length + 1)}` : `${old} -> ${img}`];
    });
    return changes.length ? `image ${changes.join(', ')}` : '';
}
function repoOf(image) {
    const at = image.indexOf('@');
    if (at >= 0)
        return image.slice(0, at);
    const colon = image.lastIndexOf(':');
    return colon > image.lastIndexOf('/') ? image.slice(0, colon) : image;
}
const CONFLICT_ADVICE_START = /^Please review the fields above--they currently have other managers/;
const CONFLICT_ADVICE_END = /^See https:\/\/kubernetes\.io\/docs\/reference\/using-api\/server-side-apply\/#conflicts/;
/**
 * kubectl's errors, one per entry: `error: ` and klog prefixes removed, the advice it prints after a
 * conflict left out, the `- .spec…` lines of a multi-field conflict joined to their error.
 */
function errorLines(stderr) {
    const out = [];
    let isAdvice = false;
    for (const raw of stderr.split(/\r?\n/)) {
        const line = raw.trim();
        if (CONFLICT_ADVICE_START.test(line))
            isAdvice = true;
        if (isAdvice) {
            if (CONFLICT_ADVICE_END.test(line))
                isAdvice = false;
            continue;
        }
        if (!line || /^Warning:/.test(line))
            continue;
        const text = line
            .replace(/^[EW]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\]\s*/, '')
            .replace(/^"[^"]*" err="(.*)"$/, (_m, inner) => inner.replace(/\\"/g, '"'))
            .replace(/^error:\s*/i, '');
        // A conflict error goes on over lines: `conflicts with "kubectl" using apps/v1:`, `- .spec…`.
        if (/^(- \.|conflicts? with ")/.test(text) && out.length)
            out[out.length - 1] += ` ${text}`;
        else if (text && !out.includes(text))
            out.push(text);
    }
    return out;
}
/** The managers (`"kubectl" using apps/v1`) and fields of an `Apply failed with N conflict(s)` error. */
function parseConflict(error) {
    if (!/^Apply failed with \d+ conflicts?:/.test(error))
        return undefined;
    const managers = [...error.matchAll(/conflicts? with ("[^"]+"(?: with subresource "[^"]+")?(?: using [^\s:]+)?)/g)].map((m) => m[1]);
    const fields = [...error.matchAll(/(?:: |- )(\.\S+)/g)].map((m) => m[1]);
    return { managers: [...new Set(managers)], fields };
}
/** The names `apply -o name` printed (`deployment.apps/mcp-app`). */
function printedNames(stdout) {
    return new Set(stdout
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean));
}


/***/ }),

/***/ 52492:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyRollouts = verifyRollouts;
/**
 * `kubectl rollout status` of workloads, one after the other, each with the time left before the
 * deadline as its `--timeout` (a second short of it, so kubectl says so itself) — and killed at the
 * deadline all the same: on a watch that never answers, kubectl ignores its own timeout.
 */
const driver_1 = __webpack_require__(60665);
const duration_1 = __webpack_require__(38169);
const kubernetes_objects_1 = __webpack_require__(24501);
/** Left between kubectl's own --timeout and the deadline. */
const TIMEOUT_MARGIN_MS = 1000;
/**
 * Waits for each workload's rollout; the items of those that rolled out come back. The first that
 * does not roll out throws a DeployFailure naming it with kubectl's error (`verify`), or `timeout`.
 */
async function verifyRollouts(k, ctx, workloads, 
/** The report's item for a workload; `isRolledOut` false for the one that failed. */
itemFor, opts) {
    const items = [];
    for (const w of workloads) {
        const leftMs = ctx.deadline - ctx.now();
        const fail = (message, phase) => new driver_1.DeployFailure(message, phase, [...opts.checked, ...items, itemFor(w, 'not rolled out', false)], opts.changed);
        if (leftMs <= 0)
            throw fail(`${(0, kubernetes_objects_1.describeObject)(w)}: no time left to wait for its rollout`, 'timeout');
        const timeoutS = Math.max(1, Math.floor((leftMs - TIMEOUT_MARGIN_MS) / 1000));
        const started = ctx.now();
        const res = await k.run(['rollout', 'status', (0, kubernetes_objects_1.refOf)(w), ...(w.namespace ? ['--namespace', w.namespace] : []), `--timeout=${timeoutS}s`]);
        // kubectl's progress line names what the API server said: shown only through the session's redaction, as stderr is.
        const waiting = k.redact(lastLine(res.stdout));
        if (res.killed) {
            const why = res.killed === 'deadline' ? 'no answer from the API server before the deadline' : 'cancelled';
            throw fail(`${(0, kubernetes_objects_1.describeObject)(w)}: kubectl rollout status was killed (${why})${waiting ? `; last seen: ${waiting}` : ''}`, 'timeout');
        }
        if (res.code !== 0) {
            const error = (0, kubernetes_objects_1.errorLines)(res.stderr).join('; ') || `kubectl rollout status exited with status ${res.code}`;
            const isTimeout = /timed out waiting for the condition/.test(error);
            throw fail(`${(0, kubernetes_objects_1.describeObject)(w)}: ${error}${isTimeout && waiting ? ` (${waiting})` : ''}`, isTimeout ? 'timeout' : 'verify');
        }
        items.push(itemFor(w, `rolled out in ${(0, duration_1.formatMs)(ctx.now() - started)}`, true));
    }
    return items;
}
function lastLine(stdout) {
    const lines = stdout
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    return lines[lines.length - 1] ?? '';
}


/***/ }),

/***/ 4476:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kubernetesDriver = kubernetesDriver;
const driver_1 = __webpack_require__(60665);
const kubernetes_apply_1 = __webpack_require__(85997);
const kubernetes_kubectl_1 = __webpack_require__(92979);
const kubernetes_objects_1 = __webpack_require__(24501);
const kubernetes_rollout_1 = __webpack_require__(52492);
function kubernetesDriver(config, options = {}) {
    const session = (ctx, fn) => (0, kubernetes_kubectl_1.withKubectl)(ctx, config, options, fn);
    return {
        kind: 'kubernetes',
        plan: (ctx) => session(ctx, (k) => plan(k, ctx, config)),
        capture: (ctx) => session(ctx, (k) => capture(k, ctx, config)),
        deploy: (ctx) => session(ctx, (k) => deploy(k, ctx, config)),
        restore: (ctx, point) => session(ctx, (k) => restore(k, ctx, config, point)),
    };
}
async function plan(k, ctx, config) {
    const sources = (0, kubernetes_apply_1.manifestSources)(config, ctx);
    const before = await (0, kubernetes_apply_1.getObjects)(k, config, sources);
    const current = new Map(before.flat().map((o) => [(0, kubernetes_objects_1.keyOf)(o), o]));
    const dry = await (0, kubernetes_apply_1.applySources)(k, config, sources, before, { dryRun: true, environment: ctx.source.environment });
    if (dry.failure)
        throw new driver_1.DeployFailure(`dry run: ${dry.failure.message}`, dry.failure.phase, [], false);
    const items = dry.objects.map((o) => {
        const was = current.get((0, kubernetes_objects_1.keyOf)(o));
        return (0, kubernetes_objects_1.itemOf)(o, !was ? 'create' : was.content !== o.content ? 'update' : 'unchanged', was);
    });
    return { driver: 'kubernetes', target: targetOf(k, config), items, notes: dry.notes };
}
async function capture(k, ctx, config) {
    const objects = (await (0, kubernetes_apply_1.getObjects)(k, config, (0, kubernetes_apply_1.manifestSources)(config, ctx))).flat();
    if (!objects.length)
        return undefined;
    const workloads = objects.filter(kubernetes_objects_1.isWorkload).map(({ content: _c, ...w }) => w);
    const description = workloads.length
        ? workloads
            .map((w) => `${(0, kubernetes_objects_1.describeObject)(w)} at ${w.revision ? `revision ${w.revision}` : `generation ${w.generation}`}${w.images.length ? ` (${w.images.join(', ')})` : ''}`)
            .join('; ')
        : `${objects.length} object${objects.length === 1 ? '' : 's'}, no workloads`;
    return { driver: 'kubernetes', description, objects: objects.map(kubernetes_objects_1.keyOf), workloads };
}
async function deploy(k, ctx, config) {
    const sources = (0, kubernetes_apply_1.manifestSources)(config, ctx);
    const before = await (0, kubernetes_apply_1.getObjects)(k, config, sources);
    const was = new Map(before.flat().map((o) => [(0, kubernetes_objects_1.keyOf)(o), o]));
    const applied = await (0, kubernetes_apply_1.applySources)(k, config, sources, before, { dryRun: false, environment: ctx.source.environment });
    // What the cluster holds now; after a kill at the deadline there is no time to look: assume it changed.
    const after = await (0, kubernetes_apply_1.getObjects)(k, config, sources).then((objs) => objs.flat(), (e) => {
        if (applied.failure && e instanceof driver_1.DeployFailure)
            return undefined;
        throw e;
    });
    // `deployed` is what was applied and, for a workload, rolled out; the rest says what changed.
    const itemFor = (o, detail, isDeployed = !applied.failure && !(0, kubernetes_objects_1.isWorkload)(o)) => {
        const prev = was.get((0, kubernetes_objects_1.keyOf)(o));
        const change = changeOf(prev, o);
        const action = isDeployed ? 'deployed' : { created: 'create', updated: 'update', unchanged: 'unchanged' }[change];
        return (0, kubernetes_objects_1.itemOf)(o, action, prev, [change, detail].filter(Boolean).join('; '));
    };
    const isChanged = !after || after.some((o) => changeOf(was.get((0, kubernetes_objects_1.keyOf)(o)), o) !== 'unchanged');
    ctx.log(`kubernetes: ${(after ?? []).map((o) => `${(0, kubernetes_objects_1.describeObject)(o)} ${changeOf(was.get((0, kubernetes_objects_1.keyOf)(o)), o)}`).join(', ') || 'no objects'}`);
    if (applied.failure)
        throw new driver_1.DeployFailure(applied.failure.message, applied.failure.phase, (after ?? []).map((o) => itemFor(o)), isChanged);
    const objects = after ?? [];
    const workloads = objects.filter(kubernetes_objects_1.isWorkload);
    const rolledOut = await (0, kubernetes_rollout_1.verifyRollouts)(k, ctx, workloads, itemFor, {
        checked: objects.filter((o) => !(0, kubernetes_objects_1.isWorkload)(o)).map((o) => itemFor(o)),
        changed: isChanged,
    });
    const verified = new Map(workloads.map((w, i) => [(0, kubernetes_objects_1.keyOf)(w), rolledOut[i]]));
    return { items: objects.map((o) => verified.get((0, kubernetes_objects_1.keyOf)(o)) ?? itemFor(o)), notes: applied.notes };
}
function changeOf(before, after) {
    if (!before)
        return 'created';
    return before.resourceVersion === after.resourceVersion ? 'unchanged' : 'updated';
}
async function restore(k, ctx, config, point) {
    const p = restorePointOf(point);
    const now = await currentWorkloads(k, p.workloads);
    const items = [];
    const notes = [];
    const undone = [];
    for (const w of p.workloads) {
        const cur = now.get((0, kubernetes_objects_1.keyOf)(w));
        if (!cur) {
            notes.push(`${(0, kubernetes_objects_1.describeObject)(w)}: gone since the deploy began; not recreated`);
            continue;
        }
        if (cur.generation === w.generation) {
            items.push((0, kubernetes_objects_1.itemOf)(cur, 'unchanged', undefined, 'unchanged since the deploy began'));
            continue;
        }
        if (w.kind === 'Deployment' && w.revision && cur.revision === w.revision) {
            items.push((0, kubernetes_objects_1.itemOf)(cur, 'unchanged', undefined, `pod template unchanged (revision ${w.revision})`));
            notes.push(`${(0, kubernetes_objects_1.describeObject)(w)}: changed outside its pod template (generation ${w.generation} -> ${cur.generation}); rollout undo restores pod templates only`);
            continue;
        }
        const toRevision = w.kind === 'Deployment' && w.revision ? [`--to-revision=${w.revision}`] : [];
        const res = await k.run(['rollout', 'undo', (0, kubernetes_objects_1.refOf)(w), ...(w.namespace ? ['--namespace', w.namespace] : []), ...toRevision]);
        if (res.code !== 0 || res.killed) {
            const f = (0, kubernetes_apply_1.failureOf)(res, `${(0, kubernetes_objects_1.describeObject)(w)}: kubectl rollout undo`);
            throw new driver_1.DeployFailure(f.message, f.phase, [...items, (0, kubernetes_objects_1.itemOf)(cur, 'unchanged', undefined, 'not rolled back')], undone.length > 0);
        }
        undone.push(cur);
    }
    const rolledBack = await (0, kubernetes_rollout_1.verifyRollouts)(k, ctx, undone, (o, detail, isRolledOut) => {
        const w = p.workloads.find((x) => (0, kubernetes_objects_1.keyOf)(x) === (0, kubernetes_objects_1.keyOf)(o));
        const back = `rolled back to ${w.revision ? `revision ${w.revision}` : 'the previous revision'}`;
        return (0, kubernetes_objects_1.itemOf)(w, isRolledOut ? 'deployed' : 'update', o, [back, detail].filter(Boolean).join('; '));
    }, { checked: items, changed: true });
    const created = await createdObjects(k, ctx, config, p);
    for (const o of created)
        notes.push(`${(0, kubernetes_objects_1.describeObject)(o)}: created by the deploy being rolled back and left in place; delete it by hand if it should go`);
    if (undone.length)
        notes.push(`${undone.map(kubernetes_objects_1.describeObject).join(', ')}: rolled back with kubectl rollout undo, so the pod template now belongs to the kubectl field manager; the next deploy conflicts unless forceConflicts is true`);
    return { items: [...items, ...rolledBack], notes };
}
/** The captured workloads as they are now, one `kubectl get` per namespace. */
async function currentWorkloads(k, workloads) {
    const found = new Map();
    for (const ns of new Set(workloads.map((w) => w.namespace))) {
        const refs = workloads.filter((w) => w.namespace === ns).map((w) => `${w.kind.toLowerCase()}.${w.group}/${w.name}`);
        const res = await k.run(['get', ...refs, ...(ns ? ['--namespace', ns] : []), '-o', 'json', '--ignore-not-found']);
        if (res.code !== 0 || res.killed) {
            const f = (0, kubernetes_apply_1.failureOf)(res, 'kubectl get of the workloads to restore');
            throw new driver_1.DeployFailure(f.message, f.phase, [], false);
        }
        for (const o of (0, kubernetes_objects_1.parseObjects)(res.stdout))
            found.set((0, kubernetes_objects_1.keyOf)(o), o);
    }
    return found;
}
/** Objects of the manifests that exist now but did not when the point was captured. */
async function createdObjects(k, ctx, config, p) {
    const objects = (await (0, kubernetes_apply_1.getObjects)(k, config, (0, kubernetes_apply_1.manifestSources)(config, ctx))).flat();
    const existed = new Set(p.objects);
    return objects.filter((o) => !existed.has((0, kubernetes_objects_1.keyOf)(o)));
}
function restorePointOf(point) {
    const p = point;
    if (p.driver !== 'kubernetes' || !Array.isArray(p.objects) || !Array.isArray(p.workloads))
        throw new driver_1.DeployFailure(`kubernetes: not a restore point of the Kubernetes driver (${point.driver})`, 'deploy', [], false);
    return p;
}
function targetOf(k, config) {
    return `${k.target}${config.namespace ? `, namespace ${config.namespace}` : ''}`;
}


/***/ }),

/***/ 45981:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PortainerClient = exports.PortainerApiError = exports.COMPOSE_STACK = void 0;
/**
 * Portainer's REST API (CE 2.x and BE) as the deploy driver uses it: the stacks of one endpoint and
 * that endpoint's Docker API through Portainer's proxy. Auth is the `X-API-Key` header.
 *
 * - Answers are parsed case-insensitively: Go emits the struct's field names (`Id`, `Env`,
 *   `GitConfig`), Portainer's swagger writes some in camelCase (`gitConfig`).
 * - Every failure is a PortainerApiError whose message says what was being done, the method, host and
 *   path, the status and Portainer's own `{message, details}`, and the likely fix. The API key never
 *   appears in it: it is only sent in a header, and anything the server echoes back is redacted, as
 *   are the stack's Env values (`hide`) in errors and health check output.
 */
const is_record_1 = __webpack_require__(32789);
const template_1 = __webpack_require__(78187);
const container_state_1 = __webpack_require__(18649);
const http_1 = __webpack_require__(96324);
exports.COMPOSE_STACK = 2;
/** Characters of Portainer's own error message (and of its details) a failure quotes. */
const MAX_QUOTE_CHARS = 300;
/** As the run's redactor: the secret detectors report values of 8 characters or more. */
const MIN_HIDDEN_CHARS = 8;
/** A Portainer call that did not succeed; `status` is undefined when no answer came. */
class PortainerApiError extends Error {
    status;
    kind;
    constructor(message, status, kind) {
        super(message);
        this.status = status;
        this.kind = kind;
        this.name = 'PortainerApiError';
    }
}
exports.PortainerApiError = PortainerApiError;
class PortainerClient {
    endpoint;
    apiKey;
    bounds;
    base;
    /** What never appears in a message: the API key, and the values `hide` was given. */
    hidden;
    constructor(url, endpoint, apiKey, bounds) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.bounds = bounds;
        this.base = url.replace(/\/+$/, '');
        this.hidden = apiKey.length >= 4 ? [apiKey] : [];
    }
    /**
     * Values (the stack's Env) that Portainer's errors and the health checks' output may quote: shown
     * as `***`. Shorter values than MIN_HIDDEN_CHARS are left: they would hide ordinary words and versions.
     */
    hide(values) {
        this.hidden = [...this.hidden, ...[...values].filter((v) => v.length >= MIN_HIDDEN_CHARS)];
    }
    /** The stacks of the endpoint (Portainer filters them by `EndpointID`; the filter is applied again here). */
    async listStacks() {
        const filters = encodeURIComponent(JSON.stringify({ EndpointID: this.endpoint }));
        const list = await this.call(`list the stacks of endpoint ${this.endpoint}`, 'GET', `/stacks?filters=${filters}`);
        if (!Array.isArray(list))
            throw this.unexpected(`list the stacks of endpoint ${this.endpoint}`, 'a list of stacks');
        return list.map(parseStack).filter((s) => s !== undefined && s.endpointId === this.endpoint);
    }
    async stackFile(stack) {
        const operation = `read the Compose file of stack ${stack.name}`;
        const content = field(await this.call(operation, 'GET', `/stacks/${stack.id}/file`), 'StackFileContent');
        if (typeof content !== 'string')
            throw this.unexpected(operation, '{"StackFileContent": "…"}');
        return content;
    }
    /** `PUT /stacks/{id}`: a file stack gets a new Compose file and Env (Env is replaced as a whole). */
    async updateFileStack(stack, stackFileContent, env) {
        const operation = `update stack ${stack.name}`;
        const body = { StackFileContent: stackFileContent, Env: env, PullImage: true };
        return this.stackAnswer(operation, await this.call(operation, 'PUT', `/stacks/${stack.id}?endpointId=${this.endpoint}`, body));
    }
    /** `PUT /stacks/{id}/git/redeploy`: Portainer pulls `referenceName` and deploys it, synchronously. */
    async redeployGitStack(stack, referenceName, env) {
        const operation = `redeploy Git stack ${stack.name}`;
        const body = {
            RepositoryReferenceName: referenceName,
            // With authentication on and no password, Portainer uses the one it stores for the stack.
            RepositoryAuthentication: stack.git.hasAuthentication,
            RepositoryUsername: stack.git.hasAuthentication ? stack.git.username : '',
            RepositoryPassword: '',
            Env: env,
            Prune: stack.prune,
            PullImage: true,
        };
        return this.stackAnswer(operation, await this.call(operation, 'PUT', `/stacks/${stack.id}/git/redeploy?endpointId=${this.endpoint}`, body));
    }
    /** Containers of a Compose project on the endpoint, stopped ones included. */
    async listContainers(project, timeoutMs) {
        const operation = `list the containers of stack ${project}`;
        const filters = encodeURIComponent(JSON.stringify({ label: [`com.docker.compose.project=${project}`] }));
        const list = await this.call(operation, 'GET', `${this.docker}/containers/json?all=1&filters=${filters}`, undefined, timeoutMs);
        if (!Array.isArray(list))
            throw this.unexpected(operation, 'a list of containers');
        return list.map((c) => {
            const labels = field(c, 'Labels');
            const label = (name) => ((0, is_record_1.isRecord)(labels) && typeof labels[name] === 'string' ? labels[name] : '');
            return { id: text(field(c, 'Id')), service: label('com.docker.compose.service'), isOneOff: /^true$/i.test(label('com.docker.compose.oneoff')) };
        });
    }
    async inspectContainer(id, timeoutMs) {
        const answer = await this.call(`inspect container ${id.slice(0, 12)}`, 'GET', `${this.docker}/containers/${encodeURIComponent(id)}/json`, undefined, timeoutMs);
        const state = field(answer, 'State');
        const health = field(state, 'Health');
        const log = field(health, 'Log');
        const last = Array.isArray(log) && log.length
            ? text(field(log[log.length - 1], 'Output'))
                .trim()
                .split('\n')
                .pop()
            : undefined;
        return {
            id,
            status: text(field(state, 'Status')),
            exitCode: Number(field(state, 'ExitCode') ?? 0),
            restartCount: Number(field(answer, 'RestartCount') ?? 0),
            health: (0, is_record_1.isRecord)(health) && text(field(health, 'Status'))
                ? { status: text(field(health, 'Status')), lastOutput: last ? this.redact(last) : undefined }
                : undefined,
            configImage: text(field(field(answer, 'Config'), 'Image')),
            imageId: text(field(answer, 'Image')),
        };
    }
    /** The registry digests of an image (`ghcr.io/acme/mcp@sha256:…`); empty for a local image. */
    async imageDigests(imageId, timeoutMs) {
        const answer = await this.call(`inspect image ${imageId}`, 'GET', `${this.docker}/images/${encodeURIComponent(imageId)}/json`, undefined, timeoutMs);
        const digests = field(answer, 'RepoDigests');
        return Array.isArray(digests) ? digests.filter((d) => typeof d === 'string') : [];
    }
    get docker() {
        return `/endpoints/${this.endpoint}/docker`;
    }
    stackAnswer(operation, answer) {
        const stack = parseStack(answer);
        if (!stack)
            throw this.unexpected(operation, 'a stack');
        return stack;
    }
    async call(operation, method, path, body, timeoutMs) {
        const url = `${this.base}/api${path}`;
        const target = (0, http_1.describeTarget)(method, url);
        let response;
        try {
            response = await (0, http_1.requestJson)(this.bounds, { method, url, headers: { 'X-API-Key': this.apiKey }, body, timeoutMs });
        }
        catch (e) {
            if (e instanceof http_1.HttpRequestError)
                throw new PortainerApiError(this.redact(`${operation}: ${e.message}`), undefined, e.kind);
            throw e;
        }
        const { status, json } = response;
        if (status >= 200 && status < 300)
            return json;
        const message = text(field(json, 'message'));
        const details = text(field(json, 'details'));
        const said = message
            ? `: "${(0, container_state_1.clip)(message, MAX_QUOTE_CHARS)}"${details && details !== message ? ` (${(0, container_state_1.clip)(details, MAX_QUOTE_CHARS)})` : ''}`
            : json === undefined
                ? `, not with Portainer's error JSON (${response.contentType || 'no content-type'})`
                : '';
        throw new PortainerApiError(this.redact(`${operation}: ${target} answered ${status}${said}${hintFor(status, this.endpoint)}`), status);
    }
    unexpected(operation, expected) {
        return new PortainerApiError(`${operation}: Portainer answered something other than ${expected}: is ${this.base} a Portainer server?`, undefined);
    }
    /** The API key and the hidden values, wherever a server echoed them, as `***`. */
    redact(message) {
        return (0, template_1.redact)(message, this.hidden);
    }
}
exports.PortainerClient = PortainerClient;
function hintFor(status, endpoint) {
    if (status === 400)
        return ': Portainer refused the request as invalid';
    if (status === 401)
        return ': Portainer rejects the API key (expired, revoked or made on another Portainer); set a current one (PORTAINER_API_KEY, or the portainer-api-key input)';
    if (status === 403)
        return `: the API key's user may not do this; it needs access to endpoint ${endpoint} and to the stack (an environment administrator, or the stack's owner or team)`;
    if (status === 404)
        return `: not found; check the url and that endpoint ${endpoint} exists`;
    if (status === 409)
        return ': Portainer reports a conflict, another change to the stack may be under way; retry once it ends';
    if (status >= 500)
        return ': a Portainer or Docker error (for a deploy, Compose failed and Portainer kept the previous file)';
    return '';
}
/** `obj[name]`, matching the key case-insensitively (Go decodes and emits field names in either case). */
function field(obj, name) {
    if (!(0, is_record_1.isRecord)(obj))
        return undefined;
    if (name in obj)
        return obj[name];
    const lower = name.toLowerCase();
    const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
    return key === undefined ? undefined : obj[key];
}
const text = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
function parseStack(raw) {
    const id = Number(field(raw, 'Id'));
    const name = text(field(raw, 'Name'));
    if (!Number.isInteger(id) || id <= 0 || !name)
        return undefined;
    const git = field(raw, 'GitConfig');
    const auth = field(git, 'Authentication');
    const env = field(raw, 'Env');
    return {
        id,
        name,
        type: Number(field(raw, 'Type') ?? 0),
        endpointId: Number(field(raw, 'EndpointId') ?? 0),
        env: Array.isArray(env) ? env.map((p) => ({ name: text(field(p, 'name')), value: text(field(p, 'value')) })).filter((p) => p.name) : [],
        git: (0, is_record_1.isRecord)(git)
            ? {
                url: text(field(git, 'URL')),
                referenceName: text(field(git, 'ReferenceName')),
                configFilePath: text(field(git, 'ConfigFilePath')),
                configHash: text(field(git, 'ConfigHash')),
                hasAuthentication: (0, is_record_1.isRecord)(auth),
                username: text(field(auth, 'Username')),
            }
            : undefined,
        prune: field(field(raw, 'Option'), 'Prune') === true,
    };
}


/***/ }),

/***/ 61321:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envVars = void 0;
exports.mergeEnv = mergeEnv;
exports.describeEnvChange = describeEnvChange;
/** The stack's Env with `variables` set: existing entries kept in place, ours updated or appended; nothing is removed. */
function mergeEnv(existing, variables) {
    const names = new Set(existing.map((p) => p.name));
    const updated = Object.keys(variables).filter((name) => names.has(name) && existing.some((p) => p.name === name && p.value !== variables[name]));
    const added = Object.keys(variables).filter((name) => !names.has(name));
    const env = [
        ...existing.map((p) => (Object.prototype.hasOwnProperty.call(variables, p.name) ? { name: p.name, value: variables[p.name] } : { ...p })),
        ...added.map((name) => ({ name, value: variables[name] })),
    ];
    return { env, added, updated };
}
/** `adds A, B; updates C; keeps 4 (values not shown)`: names only, values may be secrets. */
function describeEnvChange(merged, existingCount) {
    const parts = [merged.added.length ? `adds ${merged.added.join(', ')}` : '', merged.updated.length ? `updates ${merged.updated.join(', ')}` : ''];
    const kept = existingCount - merged.updated.length;
    return `Env ${[...parts.filter(Boolean), `keeps ${kept} ${kept === 1 ? 'entry' : 'entries'}`].join('; ')} (values not shown)`;
}
/** The Env as variables (a later entry wins, as in an env file). */
const envVars = (env) => Object.fromEntries(env.map((p) => [p.name, p.value]));
exports.envVars = envVars;


/***/ }),

/***/ 87356:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRestorePoint = parseRestorePoint;
/**
 * What the Portainer driver captures before a deploy and restores after a failed one: the stack's
 * Compose file and Env (Env values included: restoring puts them back as they were), and for a Git
 * stack its ref and the commit it ran. Plain JSON, checked when it comes back.
 */
const zod_1 = __webpack_require__(50924);
const driver_1 = __webpack_require__(60665);
const restorePointSchema = zod_1.z.object({
    driver: zod_1.z.literal('portainer'),
    description: zod_1.z.string(),
    stackId: zod_1.z.number().int().positive(),
    stackName: zod_1.z.string().min(1),
    stackFileContent: zod_1.z.string().min(1),
    env: zod_1.z.array(zod_1.z.object({ name: zod_1.z.string().min(1), value: zod_1.z.string() })),
    git: zod_1.z.object({ referenceName: zod_1.z.string().min(1), configHash: zod_1.z.string() }).nullable(),
});
function parseRestorePoint(point) {
    const parsed = restorePointSchema.safeParse(point);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new driver_1.DeployFailure(`the restore point is not one the Portainer driver captured (${issue.path.join('.') || 'the point'}: ${issue.message}): nothing restored`, 'deploy', [], false);
}


/***/ }),

/***/ 65920:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SETTLE_MS = void 0;
exports.verifyStack = verifyStack;
/**
 * Whether a Portainer stack runs what was deployed, seen through the endpoint's Docker proxy.
 * Portainer answers 200 for a stack whose image pull failed (the old container keeps running) and
 * for containers that exit or never become healthy: success is only what this sees. Every service
 * `up` starts must have a container on the expected image that runs (healthy, when it has a
 * healthcheck); a one-shot job must have exited 0.
 *
 * It polls with a bounded backoff until the deadline. A problem (old image, exited, unhealthy, no
 * container) counts only once `patienceMs` have passed since the deploy: the settling time of a
 * standalone endpoint, or the grace period of an Edge endpoint, whose agent applies changes later.
 */
const driver_1 = __webpack_require__(60665);
const duration_1 = __webpack_require__(38169);
const compose_file_1 = __webpack_require__(4581);
const container_state_1 = __webpack_require__(18649);
const portainer_api_1 = __webpack_require__(45981);
/** How long a standalone endpoint may take to settle (a restart, a container recreated late) before a problem counts. */
exports.SETTLE_MS = 30_000;
const FIRST_POLL_MS = 1_000;
const MAX_POLL_MS = 10_000;
/** One poll's requests: a Docker proxy that hangs once does not end the verification. */
const POLL_TIMEOUT_MS = 30_000;
const MAX_QUOTE_CHARS = 200;
const RANK = { ok: 0, waiting: 1, failed: 2 };
async function verifyStack(client, ctx, options) {
    const started = ctx.now();
    let delayMs = FIRST_POLL_MS;
    let checks;
    let pollError;
    let logged = '';
    while (ctx.now() < ctx.deadline && !ctx.signal.aborted) {
        try {
            checks = await observe(client, options.stack, options.services);
            pollError = undefined;
        }
        catch (e) {
            if (!(e instanceof portainer_api_1.PortainerApiError))
                throw e;
            if (e.status !== undefined && [401, 403, 404].includes(e.status))
                throw new driver_1.DeployFailure(e.message, 'verify', checks ? (0, container_state_1.deployedItems)(checks) : []);
            pollError = e.message;
        }
        const summary = pollError ?? checks.map((c) => `${c.name}: ${c.detail}`).join('; ');
        if (summary !== logged)
            ctx.log(`verify ${options.stack} after ${(0, duration_1.formatMs)(ctx.now() - started)}: ${summary}`);
        logged = summary;
        if (checks && !pollError && checks.every((c) => c.verdict === 'ok'))
            return success(client, ctx, options, checks, ctx.now() - started);
        if (checks && !pollError && ctx.now() - started >= options.patienceMs && checks.some((c) => c.verdict === 'failed'))
            throw failure(options, checks, 'verify', ctx.now() - started);
        const leftMs = ctx.deadline - ctx.now();
        if (leftMs <= 0)
            break;
        await ctx.sleep(Math.min(delayMs, leftMs));
        delayMs = Math.min(delayMs * 2, MAX_POLL_MS);
    }
    const phase = checks?.some((c) => c.verdict === 'failed') ? 'verify' : 'timeout';
    throw failure(options, checks ?? [], phase, ctx.now() - started, pollError);
}
async function observe(client, stack, services) {
    const containers = (await client.listContainers(stack, POLL_TIMEOUT_MS)).filter((c) => !c.isOneOff);
    const checks = [];
    for (const service of services) {
        if (service.notStarted) {
            checks.push({ name: service.name, verdict: 'ok', detail: `not checked: ${service.notStarted}` });
            continue;
        }
        const states = [];
        for (const c of containers.filter((c) => c.service === service.name)) {
            try {
                states.push(await client.inspectContainer(c.id, POLL_TIMEOUT_MS));
            }
            catch (e) {
                // Removed between the list and the inspection (Compose recreating it): seen again on the next poll.
                if (!(e instanceof portainer_api_1.PortainerApiError && e.status === 404))
                    throw e;
            }
        }
        checks.push(checkService(service, states));
    }
    return checks;
}
function checkService(service, states) {
    if (!states.length)
        return { name: service.name, verdict: 'failed', detail: 'no container' };
    const worst = (0, container_state_1.worstContainer)(states.map((container) => ({ container, ...checkContainer(service, container) })), RANK);
    const unchecked = service.imageUnchecked && worst.verdict === 'ok' ? ` (${service.imageUnchecked}: checked that it runs only)` : '';
    return { name: service.name, verdict: worst.verdict, detail: `${worst.detail}${unchecked}`, container: worst.container };
}
/** Any problem fails (once the patience is over): Portainer's containers get no second look at their restart policy. */
function checkContainer(service, c) {
    const judged = (0, container_state_1.judgeContainer)(service, c, (output) => `: ${(0, container_state_1.clip)(output, MAX_QUOTE_CHARS)}`);
    if (judged.condition === 'old-image')
        return { verdict: 'failed', detail: `image still old: ${judged.detail} (the new image did not replace it; its pull may have failed)` };
    return { verdict: judged.verdict === 'problem' ? 'failed' : judged.verdict, detail: judged.detail };
}
async function success(client, ctx, options, checks, tookMs) {
    const digests = await registryDigests(client, ctx, checks);
    const running = checks.filter((c) => c.container).length;
    const notes = [`verified after ${(0, duration_1.formatMs)(tookMs)}: ${running} of ${checks.length} services running the expected images`];
    if (options.isEdge)
        notes.push(`Edge endpoint: the change showed after ${(0, duration_1.formatMs)(tookMs)} (grace period ${(0, duration_1.formatMs)(options.patienceMs)})`);
    for (const s of options.services)
        if (s.notStarted || s.imageUnchecked)
            notes.push(`${s.name}: ${s.notStarted ? `not checked, ${s.notStarted}` : `${s.imageUnchecked}; checked that it runs only`}`);
    return { items: (0, container_state_1.deployedItems)(checks, digests), notes };
}
/** The registry digest of each running image, where the engine knows one (a pulled image); by image id. */
async function registryDigests(client, ctx, checks) {
    const digests = new Map();
    // One inspection per image: services often share one, and a local image has no digest to find.
    const repoDigests = new Map();
    for (const { container } of checks) {
        if (!container?.imageId || digests.has(container.imageId))
            continue;
        try {
            const repository = (0, compose_file_1.normalizeImage)(container.configImage).split(/[:@]/)[0];
            const known = repoDigests.get(container.imageId) ?? (await client.imageDigests(container.imageId, POLL_TIMEOUT_MS));
            repoDigests.set(container.imageId, known);
            const found = known.find((d) => (0, compose_file_1.normalizeImage)(d).split('@')[0] === repository);
            if (found)
                digests.set(container.imageId, found.split('@')[1]);
        }
        catch (e) {
            // The digest only enriches the report: its absence is logged, the verification stands.
            if (!(e instanceof portainer_api_1.PortainerApiError))
                throw e;
            ctx.log(`no digest for ${container.configImage}: ${e.message}`);
        }
    }
    return digests;
}
function failure(options, checks, phase, tookMs, pollError) {
    const problems = checks.filter((c) => c.verdict !== 'ok').map((c) => `${c.name}: ${c.detail}`);
    const what = phase === 'verify' ? `did not verify after ${(0, duration_1.formatMs)(tookMs)}` : `was not verified by the deadline (${(0, duration_1.formatMs)(tookMs)})`;
    const edge = options.isEdge ? ` (Edge endpoint: its agent had a grace period of ${(0, duration_1.formatMs)(options.patienceMs)} to apply the change)` : '';
    const lastPoll = pollError ? `; the last check failed: ${pollError}` : '';
    const seen = problems.length ? problems.join('; ') : checks.length ? 'no problem seen yet' : 'no check completed';
    return new driver_1.DeployFailure(`stack ${options.stack} ${what}${edge}: ${seen}${lastPoll}`, phase, (0, container_state_1.deployedItems)(checks));
}


/***/ }),

/***/ 23928:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.portainerDriver = portainerDriver;
const driver_1 = __webpack_require__(60665);
const duration_1 = __webpack_require__(38169);
const portainer_api_1 = __webpack_require__(45981);
const compose_file_1 = __webpack_require__(4581);
const portainer_compose_1 = __webpack_require__(61321);
const portainer_verify_1 = __webpack_require__(65920);
const portainer_restore_point_1 = __webpack_require__(87356);
function portainerDriver(config) {
    const edgeGraceMs = (0, duration_1.parseDurationMs)(config.edgeGrace, 'deploy.portainer.edgeGrace');
    const target = `portainer ${config.url} endpoint ${config.endpoint} stack ${config.stack}`;
    const connect = async (ctx) => {
        const apiKey = ctx.secrets.portainerApiKey;
        if (!apiKey)
            throw new driver_1.DeployFailure('no Portainer API key: set PORTAINER_API_KEY (CLI) or the portainer-api-key input (action)', 'deploy', [], false);
        const client = new portainer_api_1.PortainerClient(config.url, config.endpoint, apiKey, ctx);
        const stacks = await client.listStacks();
        const stack = stacks.find((s) => s.name === config.stack);
        if (!stack) {
            const names = stacks.length ? `its stacks: ${stacks.map((s) => s.name).join(', ')}` : 'it has none';
            throw new driver_1.DeployFailure(`no stack named ${config.stack} on Portainer endpoint ${config.endpoint} (${names}): create the stack in Portainer, or correct deploy.portainer.stack and endpoint`, 'deploy', [], false);
        }
        if (stack.type !== portainer_api_1.COMPOSE_STACK) {
            const kind = stack.type === 1 ? 'Swarm' : stack.type === 3 ? 'Kubernetes' : `type ${stack.type}`;
            throw new driver_1.DeployFailure(`stack ${stack.name} is a ${kind} stack: the Portainer driver deploys Compose (standalone) stacks`, 'deploy', [], false);
        }
        client.hide([...stack.env.map((p) => p.value), ...Object.values(ctx.source.variables)]);
        ctx.log(`portainer: stack ${stack.name} (id ${stack.id}, ${stack.git ? `Git stack at ${stack.git.referenceName}` : 'file stack'}) on endpoint ${config.endpoint}`);
        return { client, stack };
    };
    /** Verifies `text` (with `env`) on the endpoint. */
    const verify = (client, ctx, text, env) => (0, portainer_verify_1.verifyStack)(client, ctx, {
        stack: config.stack,
        services: servicesOf(text, env, 'the deployed Compose file'),
        patienceMs: config.edge ? edgeGraceMs : portainer_verify_1.SETTLE_MS,
        isEdge: config.edge,
    });
    /** A write to the stack: a refusal (4xx) changed nothing, a server error or no answer may have. */
    const write = async (hasWritten, fn) => {
        try {
            const stack = await fn();
            hasWritten();
            return stack;
        }
        catch (e) {
            if (!(e instanceof portainer_api_1.PortainerApiError))
                throw e;
            throw asFailure(e, e.status === undefined ? e.kind !== 'redirect' : e.status >= 500);
        }
    };
    return {
        kind: 'portainer',
        plan: (ctx) => step(async () => {
            const { client, stack } = await connect(ctx);
            const currentText = await client.stackFile(stack);
            const merged = (0, portainer_compose_1.mergeEnv)(stack.env, ctx.source.variables);
            const notes = [(0, portainer_compose_1.describeEnvChange)(merged, stack.env.length)];
            let current = [];
            try {
                current = (0, compose_file_1.readServices)(currentText, (0, portainer_compose_1.envVars)(stack.env));
            }
            catch (e) {
                notes.push(`the stack's current Compose file: ${e.message}; every service shows as new`);
            }
            if (stack.git)
                notes.push(gitNote(stack, ctx.source.sha));
            const compose = ctx.source.composeFile;
            if (!compose) {
                notes.push(stack.git ? 'no Compose file in the repository to compare with' : 'no Compose file for this environment: deploy would fail');
                return { driver: 'portainer', target, items: [], notes };
            }
            const next = servicesOf(compose.text, merged.env, `the merged Compose file (${compose.files.join(', ')})`);
            for (const s of next)
                if (s.notStarted || s.imageUnchecked)
                    notes.push(`${s.name}: ${s.notStarted ?? s.imageUnchecked}`);
            return { driver: 'portainer', target, items: (0, compose_file_1.diffServices)(current, next), notes };
        }),
        capture: (ctx) => step(async () => {
            const { client, stack } = await connect(ctx);
            const stackFileContent = await client.stackFile(stack);
            const git = stack.git ? { referenceName: stack.git.referenceName, configHash: stack.git.configHash } : null;
            const description = git
                ? `Git stack ${stack.name} at ${git.referenceName} commit ${git.configHash.slice(0, 12)}`
                : `stack ${stack.name}: its Compose file and ${stack.env.length} Env entries`;
            const point = {
                driver: 'portainer',
                description,
                stackId: stack.id,
                stackName: stack.name,
                stackFileContent,
                env: stack.env,
                git,
            };
            return point;
        }),
        deploy: (ctx) => step(async (wrote) => {
            const { client, stack } = await connect(ctx);
            const merged = (0, portainer_compose_1.mergeEnv)(stack.env, ctx.source.variables);
            const envChange = (0, portainer_compose_1.describeEnvChange)(merged, stack.env.length);
            ctx.log(envChange);
            if (stack.git) {
                const git = stack;
                ctx.log(gitNote(git, ctx.source.sha));
                const deployed = await write(wrote, () => client.redeployGitStack(git, git.git.referenceName, merged.env));
                expectCommit(deployed, git.git.referenceName, ctx.source.sha, 'the commit this run deploys', 'the branch has moved on, or the commit is not on it');
                const text = ctx.source.composeFile?.text ?? (await client.stackFile(deployed));
                const verified = await verify(client, ctx, text, merged.env);
                return {
                    items: verified.items,
                    notes: [`Git stack: Portainer redeployed ${git.git.referenceName} at ${ctx.source.sha.slice(0, 12)}`, envChange, ...verified.notes],
                };
            }
            const compose = ctx.source.composeFile;
            if (!compose)
                throw new driver_1.DeployFailure(`no Compose file for environment ${ctx.source.environment}: nothing to give file stack ${stack.name}`, 'deploy', [], false);
            servicesOf(compose.text, merged.env, `the merged Compose file (${compose.files.join(', ')})`);
            await write(wrote, () => client.updateFileStack(stack, compose.text, merged.env));
            const verified = await verify(client, ctx, compose.text, merged.env);
            return { items: verified.items, notes: [envChange, ...verified.notes] };
        }),
        restore: (ctx, point) => step(async (wrote) => {
            const saved = (0, portainer_restore_point_1.parseRestorePoint)(point);
            const { client, stack } = await connect(ctx);
            if (stack.id !== saved.stackId)
                throw new driver_1.DeployFailure(`stack ${stack.name} is not the one captured (id ${stack.id}, captured id ${saved.stackId}): not restored`, 'deploy', [], false);
            if (Boolean(stack.git) !== Boolean(saved.git))
                throw new driver_1.DeployFailure(`stack ${stack.name} is ${stack.git ? 'now' : 'no longer'} a Git stack: not restored the way it was captured`, 'deploy', [], false);
            if (saved.git) {
                const deployed = await write(wrote, () => client.redeployGitStack(stack, saved.git.referenceName, saved.env));
                expectCommit(deployed, saved.git.referenceName, saved.git.configHash, 'the commit captured before the deploy', 'a Git stack follows its ref; revert the commit on the branch to restore it');
            }
            else {
                await write(wrote, () => client.updateFileStack(stack, saved.stackFileContent, saved.env));
            }
            const verified = await verify(client, ctx, saved.stackFileContent, saved.env);
            return { items: verified.items, notes: [`restored ${saved.description}`, ...verified.notes] };
        }),
    };
}
/**
 * A driver call whose failures are DeployFailures that say whether the stack changed: nothing has
 * before `wrote` is called (a write succeeded), everything after may have.
 */
async function step(fn) {
    let hasWritten = false;
    try {
        return await fn(() => {
            hasWritten = true;
        });
    }
    catch (e) {
        if (e instanceof portainer_api_1.PortainerApiError)
            throw asFailure(e, hasWritten);
        if (e instanceof driver_1.DeployFailure && hasWritten && !e.changed)
            throw new driver_1.DeployFailure(e.message, e.phase, e.items, true);
        throw e;
    }
}
const asFailure = (e, changed) => new driver_1.DeployFailure(e.message, e.kind === 'timeout' || e.kind === 'cancelled' ? 'timeout' : 'deploy', [], changed);
function servicesOf(text, env, what) {
    try {
        return (0, compose_file_1.readServices)(text, (0, portainer_compose_1.envVars)(env));
    }
    catch (e) {
        throw new driver_1.DeployFailure(`${what}: ${e.message}`, 'deploy', [], false);
    }
}
function gitNote(stack, sha) {
    const now = stack.git.configHash ? `, at commit ${stack.git.configHash.slice(0, 12)} now` : '';
    return `Git stack: Portainer redeploys its ref ${stack.git.referenceName} of ${stack.git.url}${now}; the deploy verifies that it deploys ${sha.slice(0, 12)}`;
}
/** A Git redeploy that deployed another commit than `sha` has not deployed what was asked. */
function expectCommit(deployed, ref, sha, which, hint) {
    const hash = deployed.git?.configHash ?? '';
    if (hash.toLowerCase() === sha.toLowerCase())
        return;
    const got = hash ? `commit ${hash.slice(0, 12)}` : 'no commit it reported';
    throw new driver_1.DeployFailure(`Portainer deployed ${ref} at ${got}, not ${sha.slice(0, 12)} (${which}): ${hint}`, 'verify');
}


/***/ }),

/***/ 81059:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DELIVERY_HEADER = exports.SIGNATURE_HEADER = void 0;
exports.buildPayload = buildPayload;
exports.signatureOf = signatureOf;
/**
 * What the webhook driver sends, and how a receiver checks it came from stackgate.
 *
 * The POST to `webhook.url` carries this JSON body (UTF-8, exactly the bytes signed):
 *
 * ```json
 * {
 *   "action": "deploy",                  // or "rollback": put `sha` (the last good commit) back
 *   "environment": "dev",
 *   "sha": "<40 hex: the commit to run>",
 *   "ref": "refs/heads/main",            // when known
 *   "repository": "acme/mcp-stacks",     // when known
 *   "failedSha": "<40 hex>",             // rollback only: the commit whose deploy failed
 *   "compose": { "stack": "mcp", "files": ["compose.yml", "dev/compose.yml"], "file": "<merged YAML, ${VAR} left in>" },
 *   "sentAt": "2026-11-22T10:00:00.000Z",
 *   "stackgate": { "version": "0.1.0" }
 * }
 * ```
 *
 * Headers: `Content-Type: application/json`, `X-Stackgate-Delivery: <uuid>` (one per deploy or
 * rollback; a receiver can drop a delivery it has seen) and `X-Stackgate-Signature-256:
 * sha256=<hex>`, the HMAC-SHA256 of the raw body keyed with the webhook secret, as GitHub's
 * X-Hub-Signature-256. A receiver recomputes it over the bytes it received and compares in constant
 * time (crypto.timingSafeEqual), and may refuse an old `sentAt`.
 *
 * The polls of `webhook.statusUrl` are GETs with the same delivery header and the signature of the
 * empty body (`sha256=` + HMAC-SHA256 of ""), so one verification routine serves both.
 * Variables are never sent: the target substitutes `${VAR}` from its own environment.
 */
const node_crypto_1 = __webpack_require__(77598);
const version_1 = __webpack_require__(83323);
exports.SIGNATURE_HEADER = 'X-Stackgate-Signature-256';
exports.DELIVERY_HEADER = 'X-Stackgate-Delivery';
function buildPayload(action, source, origin, sentAtMs, failedSha) {
    const compose = source.composeFile;
    return {
        action,
        environment: source.environment,
        sha: source.sha,
        ...(origin.ref ? { ref: origin.ref } : {}),
        ...(origin.repository ? { repository: origin.repository } : {}),
        ...(failedSha && failedSha !== source.sha ? { failedSha } : {}),
        ...(compose ? { compose: { stack: compose.stack, files: compose.files, file: compose.text } } : {}),
        sentAt: new Date(sentAtMs).toISOString(),
        stackgate: { version: version_1.VERSION },
    };
}
/** `sha256=<hex>`: the value of X-Stackgate-Signature-256 for `body` (the exact bytes sent). */
function signatureOf(body, secret) {
    return `sha256=${(0, node_crypto_1.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}


/***/ }),

/***/ 27911:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.webhookDriver = webhookDriver;
/**
 * The webhook deploy driver: POSTs a signed JSON payload (webhook-payload.ts) to `webhook.url` and,
 * with `statusUrl`, polls it until the target says the deploy succeeded or failed.
 *
 * - A non-2xx answer to the POST is a DeployFailure with the status and a short excerpt of the body
 *   (the secret and the signature never in it). No answer by the deadline is a `timeout` failure.
 * - With `statusUrl`: every `pollInterval` a signed GET, answered with JSON `{"status": …}`:
 *   `success` ends the deploy, `failure` or `error` fails it (with the answer's `description`), any
 *   other status (`pending`, `queued`, `in_progress`, `running`) is waited for. A 404 (the delivery
 *   is not known yet), a 5xx or a poll without an answer is waited through; a 401 or 403 ends the
 *   wait (the status URL refuses the signature, nothing would change). Bounded by the deadline.
 *   An `environment_url` in the status (or in the POST's answer) becomes the environment's URL.
 * - Without `statusUrl`, the 2xx answer is all that is known: the outcome says so, and the smoke
 *   tests are what verify the environment.
 * - capture() is the previous deployment of the ledger; restore() POSTs `action: "rollback"` with
 *   its commit (and its Compose file when the checkout has that commit) and waits the same way.
 */
const node_crypto_1 = __webpack_require__(77598);
const driver_1 = __webpack_require__(60665);
const is_record_1 = __webpack_require__(32789);
const duration_1 = __webpack_require__(38169);
const template_1 = __webpack_require__(78187);
const container_state_1 = __webpack_require__(18649);
const http_1 = __webpack_require__(96324);
const webhook_payload_1 = __webpack_require__(81059);
/** One poll waits at most this long for its answer, so a poll that hangs does not use up the whole deadline. */
const POLL_TIMEOUT_MS = 30_000;
const EXCERPT_CHARS = 200;
const DONE = new Set(['success']);
const FAILED = new Set(['failure', 'error']);
const WAITING = new Set(['pending', 'queued', 'in_progress', 'running']);
const short = (sha) => sha.slice(0, 7);
function webhookDriver(config, origin = {}) {
    const pollIntervalMs = (0, duration_1.parseDurationMs)(config.pollInterval, 'deploy.webhook.pollInterval');
    const hook = (0, http_1.hostAndPath)(config.url);
    const status = config.statusUrl ? (0, http_1.hostAndPath)(config.statusUrl) : undefined;
    async function send(ctx, payload) {
        const secret = ctx.secrets.webhookSecret;
        if (!secret)
            throw new driver_1.DeployFailure(`webhook ${hook}: no webhook secret, and stackgate sends no unsigned payload; set STACKGATE_WEBHOOK_SECRET (CLI) or the webhook-secret input`, 'deploy', [], false);
        const delivery = (0, node_crypto_1.randomUUID)();
        const redact = redactor(secret);
        // requestJson sends JSON.stringify(body): the same bytes as `raw`, which is what is signed.
        const raw = JSON.stringify(payload);
        const started = ctx.now();
        ctx.log(`webhook: POST ${hook} action ${payload.action} at ${short(payload.sha)}, delivery ${delivery}`);
        let answer;
        try {
            answer = await (0, http_1.requestJson)(ctx, {
                method: 'POST',
                url: config.url,
                headers: { [webhook_payload_1.SIGNATURE_HEADER]: (0, webhook_payload_1.signatureOf)(raw, secret), [webhook_payload_1.DELIVERY_HEADER]: delivery },
                body: payload,
            });
        }
        catch (e) {
            if (!(e instanceof http_1.HttpRequestError))
                throw e;
            // A POST with no answer may have reached the hook: only a connection that failed changed nothing.
            const isTimeout = e.kind === 'timeout' || e.kind === 'cancelled';
            throw new driver_1.DeployFailure(redact(`webhook ${e.message}`), isTimeout ? 'timeout' : 'deploy', [], e.kind !== 'network');
        }
        const tookMs = ctx.now() - started;
        if (answer.status < 200 || answer.status >= 300) {
            const excerpt = redact(bodyExcerpt(answer.text));
            throw new driver_1.DeployFailure(`webhook POST ${hook} answered ${answer.status}${excerpt ? `: ${excerpt}` : ''}${hintFor(answer.status)}`, 'deploy', [], answer.status >= 500);
        }
        ctx.log(`webhook: ${hook} answered ${answer.status} in ${(0, duration_1.formatMs)(tookMs)}`);
        const item = {
            name: payload.environment,
            action: 'deployed',
            detail: `${payload.action} at ${short(payload.sha)}: hook answered ${answer.status}`,
        };
        const answeredUrl = environmentUrlOf(answer.json);
        if (!config.statusUrl)
            return {
                items: [item],
                notes: [`not verified beyond the hook's ${answer.status} answer (no statusUrl): the smoke tests verify the environment`],
                ...(answeredUrl ? { environmentUrl: answeredUrl } : {}),
            };
        const final = await poll(ctx, config.statusUrl, delivery, secret, item);
        const environmentUrl = environmentUrlOf(final.json) ?? answeredUrl;
        return {
            items: [{ ...item, detail: `${item.detail}; status success after ${(0, duration_1.formatMs)(ctx.now() - started)}` }],
            notes: [],
            ...(environmentUrl ? { environmentUrl } : {}),
        };
    }
    async function poll(ctx, url, delivery, secret, item) {
        const redact = redactor(secret);
        const headers = { [webhook_payload_1.SIGNATURE_HEADER]: (0, webhook_payload_1.signatureOf)('', secret), [webhook_payload_1.DELIVERY_HEADER]: delivery };
        let last = 'no status yet';
        const said = new Set();
        const tell = (line) => {
            if (!said.has(line))
                ctx.log(line);
            said.add(line);
        };
        for (let polls = 1;; polls++) {
            if (ctx.now() >= ctx.deadline || ctx.signal.aborted) {
                const why = ctx.signal.aborted ? 'the deploy was cancelled before a final status' : "no final status within the deploy's time";
                throw new driver_1.DeployFailure(`webhook status ${status}: ${why} (${polls - 1} polls; last: ${last})`, 'timeout', [item]);
            }
            try {
                const answer = await (0, http_1.requestJson)(ctx, { method: 'GET', url, headers, timeoutMs: POLL_TIMEOUT_MS });
                if (answer.status === 401 || answer.status === 403)
                    throw new driver_1.DeployFailure(`webhook status GET ${status} answered ${answer.status}: it refuses stackgate's ${webhook_payload_1.SIGNATURE_HEADER} (the HMAC-SHA256 of the empty body with the webhook secret)`, 'verify', [item]);
                const value = (0, is_record_1.isRecord)(answer.json) && typeof answer.json.status === 'string' ? answer.json.status : undefined;
                if (answer.status >= 200 && answer.status < 300 && value !== undefined) {
                    const state = value.toLowerCase();
                    if (DONE.has(state))
                        return answer;
                    if (FAILED.has(state)) {
                        const why = (0, is_record_1.isRecord)(answer.json) && typeof answer.json.description === 'string' ? redact(bodyExcerpt(answer.json.description)) : '';
                        throw new driver_1.DeployFailure(`webhook status ${status} reports ${state} for delivery ${delivery}${why ? `: ${why}` : ''}`, 'verify', [item]);
                    }
                    last = `status "${redact(bodyExcerpt(value))}"`;
                    if (!WAITING.has(state))
                        tell(`webhook: status ${last} is not one stackgate knows; waiting for success or failure`);
                }
                else {
                    last = answer.status >= 200 && answer.status < 300 ? `${answer.status} without a JSON status` : `${answer.status}`;
                    tell(`webhook: status ${status} answered ${last}; polling again`);
                }
            }
            catch (e) {
                if (!(e instanceof http_1.HttpRequestError))
                    throw e;
                if (e.kind === 'redirect')
                    throw new driver_1.DeployFailure(redact(`webhook status ${e.message}`), 'verify', [item]);
                last = e.kind === 'timeout' ? 'a poll without an answer' : e.message;
                if (e.kind !== 'cancelled')
                    tell(redact(`webhook: ${e.message}; polling again`));
            }
            const waitMs = Math.min(pollIntervalMs, ctx.deadline - ctx.now());
            if (waitMs > 0 && !ctx.signal.aborted)
                await ctx.sleep(waitMs);
        }
    }
    return {
        kind: 'webhook',
        async plan(ctx) {
            const notes = [
                config.statusUrl
                    ? `then GET ${status} every ${(0, duration_1.formatMs)(pollIntervalMs)} until it reports success or failure`
                    : "no statusUrl: the hook's 2xx answer is the only verification before the smoke tests",
            ];
            if (!ctx.secrets.webhookSecret)
                notes.push('no webhook secret is set: the deploy would refuse to send an unsigned payload');
            const plan = {
                driver: 'webhook',
                target: `webhook POST ${hook}`,
                items: [{ name: ctx.source.environment, action: 'update', detail: `POST action "deploy" at ${short(ctx.source.sha)}, signed (${webhook_payload_1.SIGNATURE_HEADER})` }],
                notes,
            };
            return plan;
        },
        async capture(ctx) {
            const previous = ctx.previous;
            if (!previous)
                return undefined;
            const point = {
                driver: 'webhook',
                description: `deployment ${previous.deploymentId} at ${short(previous.sha)} (the hook is asked to roll back to it)`,
                sha: previous.sha,
                deploymentId: previous.deploymentId,
            };
            return point;
        },
        deploy(ctx) {
            return send(ctx, (0, webhook_payload_1.buildPayload)('deploy', ctx.source, origin, ctx.now()));
        },
        restore(ctx, point) {
            const sha = typeof point.sha === 'string' ? point.sha : '';
            if (!/^[0-9a-f]{40}$/i.test(sha))
                throw new driver_1.DeployFailure(`webhook restore: the restore point has no commit (${point.description})`, 'deploy', [], false);
            const previous = ctx.previous?.sha === sha && ctx.previous.source ? ctx.previous.source : { ...ctx.source, sha, composeFile: undefined };
            return send(ctx, (0, webhook_payload_1.buildPayload)('rollback', previous, origin, ctx.now(), ctx.source.sha));
        },
    };
}
/** The text with the secret (and what is derived from it, the signatures) as `***`. */
function redactor(secret) {
    const hidden = [secret, (0, webhook_payload_1.signatureOf)('', secret).slice('sha256='.length)].filter((h) => h.length >= 4);
    return (text) => (0, template_1.redact)(text, hidden);
}
/** One line of at most EXCERPT_CHARS: enough to say what the hook said, never a whole page. */
function bodyExcerpt(text) {
    const line = text
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return (0, container_state_1.clip)(line, EXCERPT_CHARS);
}
function environmentUrlOf(json) {
    const url = (0, is_record_1.isRecord)(json) ? json.environment_url : undefined;
    return typeof url === 'string' && /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
}
function hintFor(status) {
    if (status === 401 || status === 403)
        return ` (the hook refuses the payload: does it check ${webhook_payload_1.SIGNATURE_HEADER} with the same secret as STACKGATE_WEBHOOK_SECRET?)`;
    if (status === 404)
        return ' (check deploy.webhook.url)';
    return '';
}


/***/ }),

/***/ 12116:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pathInRepository = pathInRepository;
/**
 * Where a directory sits in its git repository: SARIF locations are relative to the repository's
 * root (code scanning resolves them against the checkout), whatever directory was checked.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const run_git_1 = __webpack_require__(74899);
/**
 * `dir` relative to the top level of its git work tree, with `/` separators: `''` at the top level,
 * and also outside git (or outside the work tree), where there is no other root to be relative to.
 */
function pathInRepository(dir) {
    let top;
    try {
        top = (0, run_git_1.git)(dir, ['rev-parse', '--show-toplevel']).trim();
    }
    catch {
        return ''; // Not a git work tree: paths stay relative to the directory itself.
    }
    const relative = node_path_1.default.relative(node_fs_1.default.realpathSync(top), node_fs_1.default.realpathSync(dir));
    if (!relative || relative.startsWith('..') || node_path_1.default.isAbsolute(relative))
        return '';
    return relative.split(node_path_1.default.sep).join('/');
}


/***/ }),

/***/ 60512:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deploy = deploy;
exports.declaredImages = declaredImages;
/**
 * The deploy use case: ship one environment at one commit through its driver, record it as a
 * GitHub Deployment, verify it (the driver's own checks, then the environment's smoke targets) and,
 * when that fails, put back what ran before and say so in the ledger.
 *
 * 1. Refuse to start while another stackgate deployment to the environment is in progress, unless
 *    told to; one left in progress by a run that ended (its workflow run completed, or it is older
 *    than its own timeout allows) is marked `error` first.
 * 2. Create the deployment (ref = the commit) and set it `in_progress`; the driver captures what runs.
 * 3. The driver deploys and verifies; then smoke, when the environment asks for it.
 * 4. Success: status `success` with the environment URL. Failure: status `failure`; with rollback on,
 *    the driver restores its capture and the last successful deployment gets a `success` status that
 *    says it is a rollback. No capture and no earlier success: the run fails with nothing half-done.
 *
 * The deploy, its verification and smoke share one deadline (`deploy.timeout`); the rollback gets a
 * budget of its own of the same length, so a deploy that ran out of time can still be undone. Every
 * message goes through the redactor with the run's credentials, so none reaches the report.
 */
const yaml_1 = __webpack_require__(38815);
const timeout_1 = __webpack_require__(97855);
const deploy_schema_1 = __webpack_require__(69587);
const duration_1 = __webpack_require__(38169);
const redactor_1 = __webpack_require__(98789);
const driver_1 = __webpack_require__(60665);
const report_1 = __webpack_require__(73461);
const deployments_1 = __webpack_require__(24966);
async function deploy(request, ports) {
    const now = ports.now ?? Date.now;
    const started = now();
    const redactor = new redactor_1.SecretRedactor();
    for (const value of Object.values(request.secrets))
        if (value)
            redactor.add(value);
    const clean = (text) => redactor.redact(text);
    const log = (line) => ports.log(clean(line));
    const timeoutMs = request.timeoutMs ?? (0, duration_1.parseDurationMs)(request.deploy.timeout, `environments.${request.environment}.deploy.timeout`);
    const driverKind = (0, deploy_schema_1.driverOf)(request.deploy);
    const report = {
        schema: report_1.DEPLOY_REPORT_SCHEMA_ID,
        environment: request.environment,
        sha: request.sha,
        driver: driverKind,
        dryRun: request.dryRun,
        status: 'error',
        message: '',
        environmentUrl: request.environmentUrl,
        rolledBack: false,
        items: [],
        notes: [],
        abandoned: [],
        durationMs: 0,
    };
    const finish = (status, message) => {
        report.status = status;
        report.message = clean(message);
        const cleanItems = (items) => items.map((i) => ({ ...i, detail: i.detail && clean(i.detail) }));
        report.items = cleanItems(report.items);
        report.notes = report.notes.map(clean);
        if (report.plan)
            report.plan = { ...report.plan, items: cleanItems(report.plan.items), notes: report.plan.notes.map(clean) };
        report.durationMs = Math.max(0, now() - started);
        return report;
    };
    const budget = (ms) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new Error(`the deploy timeout of ${(0, duration_1.formatMs)(ms)} ran out`)), ms);
        timer.unref?.();
        return { deadline: now() + ms, signal: controller.signal, done: () => clearTimeout(timer) };
    };
    const context = (b, previous) => ({
        source: request.source,
        previous,
        secrets: request.secrets,
        deadline: b.deadline,
        signal: b.signal,
        log,
        now,
        sleep: ports.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        fetch: ports.fetch ?? fetch,
    });
    if (request.dryRun) {
        const b = budget(timeoutMs);
        try {
            report.plan = await ports.driver.plan(context(b));
            return finish('success', `dry run: ${describePlan(report.plan)}; nothing was changed`);
        }
        catch (e) {
            return finish('error', `dry run failed: ${messageOf(e)}`);
        }
        finally {
            b.done();
        }
    }
    const { ledger } = ports;
    let history = [];
    if (ledger) {
        history = await ledger.list(request.environment);
        for (const d of history.filter(deployments_1.isActive)) {
            if (await isAbandoned(d, ledger, now())) {
                await ledger.setStatus(d.id, { state: 'error', description: 'abandoned: the run that deployed it ended before it finished (killed or cancelled)' });
                report.abandoned.push(d.id);
                d.state = 'error';
                log(`deployment ${d.id} (${d.sha.slice(0, 7)}) was left in progress by a run that ended: marked error`);
            }
            else if (!request.force) {
                return finish('error', `deployment ${d.id} of ${d.sha.slice(0, 7)} to ${request.environment} is still in progress${d.payload.run ? ` (${d.payload.run.url})` : ''}; wait for it, or force a deploy to start anyway`);
            }
        }
    }
    const last = history.find(deployments_1.ranWell);
    const previous = last && previousDeployment(last, ports.sourceAt);
    let deploymentId;
    const setStatus = async (state, description, environmentUrl) => {
        if (!ledger || deploymentId === undefined)
            return;
        await ledger.setStatus(deploymentId, { state, description: clean(description), environmentUrl, logUrl: request.run?.url });
    };
    if (ledger) {
        const payload = {
            stackgate: { version: request.toolVersion },
            driver: driverKind,
            environment: request.environment,
            sha: request.sha,
            images: declaredImages(request.source),
            ...(request.readiness ? { readiness: request.readiness } : {}),
            ...(request.run ? { run: request.run } : {}),
            startedAt: new Date(started).toISOString(),
            timeoutMs,
            smoke: request.deploy.smoke ? (ports.smoke ? 'on' : 'no-targets') : 'off',
        };
        deploymentId = await ledger.create(payload, `stackgate deploy of ${request.sha.slice(0, 7)} (${driverKind})`, {
            productionEnvironment: request.production,
        });
        report.deploymentId = deploymentId;
        await setStatus('in_progress', `deploying ${request.sha.slice(0, 7)} with ${driverKind}`);
    }
    const main = budget(timeoutMs);
    let capture;
    let failure;
    let changed = true;
    try {
        capture = await ports.driver.capture(context(main, previous));
        const outcome = await ports.driver.deploy(context(main, previous));
        report.items = outcome.items;
        report.notes.push(...outcome.notes);
        if (outcome.environmentUrl)
            report.environmentUrl = outcome.environmentUrl;
        if (request.deploy.smoke) {
            if (!ports.smoke)
                report.notes.push(`smoke: no smoke targets for ${request.environment} in stackgate.yml (smoke.environments.${request.environment})`);
            else {
                // Smoke shares the deploy's deadline: it is cut off with the rest.
                const smoke = await (0, timeout_1.withTimeout)(ports.smoke(main.signal), Math.max(0, main.deadline - now()), 'smoke');
                const s = smoke.summary;
                report.smoke = {
                    passed: s.failedTargets === 0,
                    targets: s.targets,
                    failedTargets: s.failedTargets,
                    summary: `${s.passedTargets} of ${s.targets} smoke targets passed${s.failedChecks ? `, ${s.failedChecks} checks failed` : ''}`,
                };
                if (!report.smoke.passed)
                    failure = `smoke failed: ${report.smoke.summary} (${failedTargets(smoke)})`;
            }
        }
    }
    catch (e) {
        if (e instanceof driver_1.DeployFailure) {
            report.items = e.items.length ? e.items : report.items;
            changed = e.changed;
            failure = `${e.phase === 'verify' ? 'verification failed' : e.phase === 'timeout' ? 'timed out' : 'deploy failed'}: ${e.message}`;
        }
        else if (main.signal.aborted || e instanceof timeout_1.TimeoutError)
            failure = `timed out: ${messageOf(main.signal.aborted ? main.signal.reason : e)}`;
        else {
            main.done();
            await setStatus('error', `error: ${messageOf(e)}`);
            return finish('error', `deploy of ${request.sha.slice(0, 7)} to ${request.environment} failed with an error: ${messageOf(e)}`);
        }
    }
    finally {
        main.done();
    }
    if (!failure) {
        await setStatus('success', `deployed ${request.sha.slice(0, 7)} with ${driverKind}${report.smoke ? `; ${report.smoke.summary}` : ''}`, report.environmentUrl);
        return finish('success', `deployed ${request.sha.slice(0, 7)} to ${request.environment} with ${driverKind}${report.smoke ? `; ${report.smoke.summary}` : ''}`);
    }
    log(failure);
    await setStatus('failure', failure);
    if (!request.deploy.rollback)
        return finish('failure', `${failure}; rollback is off for ${request.environment}`);
    if (!changed) {
        report.rollback = { status: 'not-possible', message: 'nothing was changed on the target, so there is nothing to roll back' };
        return finish('failure', `${failure}; nothing was changed, nothing to roll back`);
    }
    if (!capture) {
        report.rollback = { status: 'not-possible', message: `no earlier deployment of ${request.environment} to roll back to` };
        return finish('failure', `${failure}; no earlier deployment of ${request.environment} to roll back to`);
    }
    const back = budget(timeoutMs);
    try {
        log(`rolling back: ${capture.description}`);
        const restored = await ports.driver.restore(context(back, previous), capture);
        report.notes.push(...restored.notes);
        report.rolledBack = true;
        const to = previous ? `${previous.sha.slice(0, 7)} (deployment ${previous.deploymentId})` : capture.description;
        report.rollback = { deploymentId: previous?.deploymentId, sha: previous?.sha, status: 'restored', message: `restored ${to}` };
        if (ledger && previous)
            await ledger.setStatus(previous.deploymentId, {
                state: 'success',
                description: clean(`rollback: restored after ${request.sha.slice(0, 7)} failed`),
                environmentUrl: report.environmentUrl,
                logUrl: request.run?.url,
            });
        return finish('rolled-back', `${failure}; rolled back to ${to}`);
    }
    catch (e) {
        const why = e instanceof driver_1.DeployFailure ? e.message : messageOf(e);
        report.rollback = { deploymentId: previous?.deploymentId, sha: previous?.sha, status: 'failed', message: clean(why) };
        return finish('failure', `${failure}; the rollback failed too: ${why}`);
    }
    finally {
        back.done();
    }
}
/**
 * The last good deployment as drivers see it. The repository at its commit is checked out only when a
 * driver asks for it (Compose restores from those files; the others never do), once.
 */
function previousDeployment(last, sourceAt) {
    let source;
    let read = false;
    return {
        sha: last.sha,
        deploymentId: last.id,
        get source() {
            if (!read) {
                read = true;
                source = sourceAt?.(last.sha);
            }
            return source;
        },
    };
}
/** A deployment in progress whose run has ended, or that is older than its own timeout allows. */
async function isAbandoned(d, ledger, nowMs) {
    if (d.payload.run) {
        const active = await ledger.runIsActive(d.payload.run.id);
        if (active !== undefined)
            return !active;
    }
    const startedAt = Date.parse(d.payload.startedAt);
    return Number.isFinite(startedAt) && nowMs > startedAt + d.payload.timeoutMs * 2 + report_1.STALE_GRACE_MS;
}
/** The images the merged Compose file names (as written: `${VAR}` unresolved), with the digest where the reference pins one. */
function declaredImages(source) {
    const text = source.composeFile?.text;
    if (!text)
        return [];
    const services = (0, yaml_1.parse)(text)?.services ?? {};
    return Object.entries(services).flatMap(([service, s]) => {
        const image = typeof s?.image === 'string' ? s.image : undefined;
        if (!image)
            return [];
        const digest = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
        return [{ service, image, ...(digest ? { digest } : {}) }];
    });
}
function describePlan(plan) {
    const counts = new Map();
    for (const i of plan.items)
        counts.set(i.action, (counts.get(i.action) ?? 0) + 1);
    const parts = [...counts].map(([action, n]) => `${n} ${action}`);
    return `${plan.driver} to ${plan.target}: ${parts.length ? parts.join(', ') : 'nothing to change'}`;
}
function failedTargets(report) {
    return report.targets
        .filter((t) => !t.passed)
        .map((t) => t.service)
        .join(', ');
}
function messageOf(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 23422:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prepareDeploy = prepareDeploy;
/**
 * What `stackgate deploy` and actions/deploy share before the use case runs: stackgate.yml's
 * environment and its deploy section, the repository as the driver ships it (the merged Compose
 * file, or the checkout for kubectl), the smoke run of the environment, the repository at an earlier
 * commit (for drivers that restore from files), and the ledger when a GitHub token is given.
 * Bad input (no such environment, no deploy section, a missing credential) is a UserError naming
 * stackgate.yml and what to add; nothing is contacted before all of it is known to be there.
 */
const node_path_1 = __importDefault(__webpack_require__(76760));
const client_1 = __webpack_require__(45423);
const deployments_1 = __webpack_require__(24966);
const token_identity_1 = __webpack_require__(95970);
const base_worktree_1 = __webpack_require__(97694);
const repository_root_1 = __webpack_require__(12116);
const run_git_1 = __webpack_require__(74899);
const index_1 = __webpack_require__(20794);
const project_1 = __webpack_require__(19409);
const deploy_schema_1 = __webpack_require__(69587);
const environments_1 = __webpack_require__(72658);
const read_1 = __webpack_require__(40812);
const schema_1 = __webpack_require__(47967);
const errors_1 = __webpack_require__(74296);
const duration_1 = __webpack_require__(38169);
const plan_1 = __webpack_require__(35554);
const workspace_1 = __webpack_require__(6936);
const version_1 = __webpack_require__(83323);
const run_smoke_1 = __webpack_require__(43522);
const score_with_base_1 = __webpack_require__(34594);
/** The credential each driver needs, where it comes from, for the error when it is missing. */
const CREDENTIALS = {
    portainer: { key: 'portainerApiKey', input: 'portainer-api-key', variable: 'PORTAINER_API_KEY' },
    kubernetes: { key: 'kubeconfig', input: 'kubeconfig', variable: 'KUBECONFIG (a file)' },
    webhook: { key: 'webhookSecret', input: 'webhook-secret', variable: 'STACKGATE_WEBHOOK_SECRET' },
};
async function prepareDeploy(inputs) {
    const { config, file: configFile } = (0, read_1.readConfig)(schema_1.configSchema, inputs.root, inputs.config);
    const where = configFile ?? 'stackgate.yml';
    const envConfig = (0, environments_1.environmentOf)(config, configFile, inputs.environment, 'deploy');
    const deployConfig = envConfig.deploy;
    if (!deployConfig)
        throw new errors_1.UserError(`environment "${inputs.environment}" has no deploy section in ${where}`, {
            file: configFile,
            hint: `add environments.${inputs.environment}.deploy with one of portainer, kubernetes, compose or webhook`,
        });
    const kind = (0, deploy_schema_1.driverOf)(deployConfig);
    const needed = kind === 'compose' ? undefined : CREDENTIALS[kind];
    // A dry run reads the target too, so it needs the credential as well.
    if (needed && !inputs.secrets[needed.key])
        throw new errors_1.UserError(`environment "${inputs.environment}" deploys with ${kind}, which needs a credential: input "${needed.input}" (CLI: ${needed.variable})`);
    const sourceAtRoot = (root, sha) => {
        const stackName = deployConfig.portainer?.source ?? deployConfig.compose?.source;
        const usesCompose = kind === 'portainer' || kind === 'compose';
        const stack = usesCompose
            ? (0, project_1.stackFileFor)((0, workspace_1.loadWorkspace)({ root, include: config.include, exclude: config.exclude }), config, inputs.environment, stackName)
            : undefined;
        return {
            environment: inputs.environment,
            sha,
            root,
            variables: stack?.variables ?? {},
            ...(stack ? { composeFile: { text: stack.text, files: stack.files, stack: stack.stack, projectDirectory: stack.projectDirectory } } : {}),
        };
    };
    const source = sourceAtRoot(inputs.root, inputs.sha);
    const worktrees = [];
    const sourceAt = (sha) => {
        // An earlier commit, checked out from git when the checkout has it (fetch-depth: 0); a shallow clone does not.
        try {
            const top = (0, run_git_1.git)(inputs.root, ['rev-parse', '--show-toplevel']).trim();
            const worktree = (0, base_worktree_1.addBaseWorktree)(top, sha);
            worktrees.push(worktree);
            return sourceAtRoot(node_path_1.default.join(worktree.dir, (0, repository_root_1.pathInRepository)(inputs.root)), sha);
        }
        catch (e) {
            inputs.log.debug(`the repository at ${sha.slice(0, 7)} is not available: ${e instanceof Error ? e.message : String(e)}`);
            return undefined;
        }
    };
    const smokeTargets = config.smoke.environments[inputs.environment];
    const smoke = smokeTargets && Object.keys(smokeTargets).length
        ? async () => (0, run_smoke_1.runSmoke)((0, plan_1.planSmoke)(config.smoke, inputs.environment, { env: inputs.env, resolveCwd: (cwd) => node_path_1.default.resolve(inputs.root, cwd) }), {
            toolVersion: version_1.VERSION,
            commit: inputs.sha,
        })
        : undefined;
    let ledger;
    if (inputs.github && !inputs.dryRun) {
        const debug = (m) => inputs.log.debug(m);
        const octokit = (0, client_1.createGitHubClient)({ token: inputs.github.token, baseUrl: inputs.github.apiUrl, log: inputs.log, proxy: inputs.github.proxy });
        const identity = await (0, token_identity_1.fetchTokenIdentity)(octokit, debug);
        ledger = new deployments_1.DeploymentLedger(octokit, inputs.github.repository, identity, debug);
    }
    // The readiness score of the commit goes into the ledger, where the promotion gates read it: without a ledger it is not computed.
    let readiness;
    if (ledger) {
        try {
            const { report } = await (0, score_with_base_1.scoreWithBase)({ root: inputs.root, configPath: inputs.config, toolVersion: version_1.VERSION, workerEntry: inputs.workerEntry });
            readiness = { score: report.score, grade: report.grade };
        }
        catch (e) {
            inputs.log.warning(`the readiness score of ${inputs.sha.slice(0, 7)} could not be computed, so the deployment records none: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    return {
        config,
        configFile,
        request: {
            environment: inputs.environment,
            sha: inputs.sha,
            deploy: deployConfig,
            environmentUrl: envConfig.url,
            production: (0, environments_1.isProductionEnvironment)(config, inputs.environment),
            source,
            secrets: inputs.secrets,
            dryRun: inputs.dryRun,
            force: inputs.force,
            timeoutMs: inputs.timeout ? (0, duration_1.parseDurationMs)(inputs.timeout, 'timeout') : undefined,
            toolVersion: version_1.VERSION,
            run: inputs.run,
            readiness,
        },
        ports: {
            driver: (0, index_1.createDriver)(deployConfig, inputs.github ? { repository: `${inputs.github.repository.owner}/${inputs.github.repository.repo}` } : {}),
            ledger,
            smoke,
            sourceAt,
            log: (line) => inputs.log.info(line),
        },
        cleanup: async () => {
            for (const w of worktrees)
                await w.remove();
        },
    };
}


/***/ }),

/***/ 60665:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeployFailure = void 0;
/** A deploy that did not verify: what failed, in a sentence naming the service or object. */
class DeployFailure extends Error {
    phase;
    items;
    changed;
    constructor(message, 
    /** `deploy` (the change was refused or failed), `verify` (it applied but did not become healthy), `timeout`. */
    phase, 
    /** What was checked before the failure (shown in the report). */
    items = [], 
    /** Whether anything was changed on the target (nothing to roll back when false). */
    changed = true) {
        super(message);
        this.phase = phase;
        this.items = items;
        this.changed = changed;
        this.name = 'DeployFailure';
    }
}
exports.DeployFailure = DeployFailure;


/***/ }),

/***/ 49107:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderDeployText = renderDeployText;
exports.renderDeployMarkdown = renderDeployMarkdown;
/** The deploy report as a terminal reads it and as a job summary shows it. */
const channel_budgets_1 = __webpack_require__(4882);
const markdown_1 = __webpack_require__(34201);
const duration_1 = __webpack_require__(38169);
const MARK = { success: '✅', failure: '❌', 'rolled-back': '↩️', error: '❌' };
function itemLine(i) {
    return `${i.action} ${i.name}${i.image ? ` (${i.image}${i.digest && !i.image?.includes('@') ? `@${i.digest.slice(0, 19)}…` : ''})` : ''}${i.detail ? `: ${i.detail}` : ''}`;
}
function renderDeployText(report) {
    const out = [`${report.status}: ${report.message}`];
    if (report.plan) {
        out.push(`plan (${report.plan.driver}, ${report.plan.target}):`);
        for (const i of report.plan.items)
            out.push(`  ${itemLine(i)}`);
        for (const n of report.plan.notes)
            out.push(`  note: ${n}`);
    }
    for (const i of report.items)
        out.push(`  ${itemLine(i)}`);
    if (report.smoke)
        out.push(`smoke: ${report.smoke.summary}`);
    if (report.rollback)
        out.push(`rollback: ${report.rollback.status}: ${report.rollback.message}`);
    for (const n of report.notes)
        out.push(`note: ${n}`);
    if (report.abandoned.length)
        out.push(`marked error (left in progress by runs that ended): deployment ${report.abandoned.join(', ')}`);
    if (report.deploymentId !== undefined)
        out.push(`deployment ${report.deploymentId}${report.environmentUrl ? `, ${report.environmentUrl}` : ''}, ${(0, duration_1.formatMs)(report.durationMs)}`);
    return `${out.join('\n')}\n`;
}
function renderDeployMarkdown(report) {
    const title = `${MARK[report.status]} stackgate deploy to \`${(0, markdown_1.escapeCode)(report.environment)}\`: ${report.dryRun ? 'dry run' : report.status}`;
    const out = [`### ${title}`, '', (0, markdown_1.escapeInline)(report.message), ''];
    const items = report.plan?.items ?? report.items;
    if (items.length) {
        out.push('| Item | Action | Image | Detail |', '| --- | --- | --- | --- |');
        for (const i of items)
            out.push(`| \`${(0, markdown_1.escapeCode)(i.name)}\` | ${i.action} | ${i.image ? `\`${(0, markdown_1.escapeCode)(i.image)}\`` : '–'} | ${i.detail ? (0, markdown_1.escapeCell)(i.detail) : ''} |`);
        out.push('');
    }
    const facts = [`driver ${report.driver}`, `commit \`${report.sha.slice(0, 7)}\``];
    if (report.deploymentId !== undefined)
        facts.push(`deployment ${report.deploymentId}`);
    if (report.environmentUrl)
        facts.push((0, markdown_1.escapeInline)(report.environmentUrl));
    if (report.smoke)
        facts.push(`smoke: ${(0, markdown_1.escapeInline)(report.smoke.summary)}`);
    if (report.rollback)
        facts.push(`rollback ${report.rollback.status}: ${(0, markdown_1.escapeInline)(report.rollback.message)}`);
    facts.push((0, duration_1.formatMs)(report.durationMs));
    out.push(facts.join(' · '), '');
    for (const n of [...(report.plan?.notes ?? []), ...report.notes])
        out.push(`> ${(0, markdown_1.escapeInline)(n)}`, '');
    return (0, channel_budgets_1.fitBytes)(`${out.join('\n')}\n`, channel_budgets_1.SUMMARY_LIMIT, 'the JSON report (report-json, `stackgate deploy --format json`) has everything');
}


/***/ }),

/***/ 73461:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STALE_GRACE_MS = exports.DEPLOY_REPORT_SCHEMA_ID = void 0;
exports.DEPLOY_REPORT_SCHEMA_ID = 'stackgate/deploy-report@1';
/** How long past its own timeout a deployment may stay in_progress before the next run calls it abandoned. */
exports.STALE_GRACE_MS = 5 * 60_000;


/***/ })

};
;