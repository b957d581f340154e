"use strict";
exports.id = 7131;
exports.ids = [7131];
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

/***/ 97855:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeoutError = void 0;
exports.withTimeout = withTimeout;
/**
 * A bounded wait: a promise that does not settle in time rejects with a TimeoutError. The MCP
 * client bounds every wait of a smoke run with it, the readiness comment its whole run.
 */
class TimeoutError extends Error {
    constructor(what, ms) {
        super(`${what}: no answer within ${ms} ms`);
        this.name = 'TimeoutError';
    }
}
exports.TimeoutError = TimeoutError;
async function withTimeout(promise, ms, what, onTimeout) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            onTimeout?.();
            reject(new TimeoutError(what, ms));
        }, ms);
        timer.unref?.();
    });
    try {
        return await Promise.race([promise, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ })

};
;