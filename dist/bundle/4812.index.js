"use strict";
exports.id = 4812;
exports.ids = [4812];
exports.modules = {

/***/ 34812:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAsProcess = runAsProcess;
/** Runs a CLI entry as the process: real stdio, cwd and environment; the exit code as process.exitCode. */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
function runAsProcess(entry, bundleDir) {
    const failed = [];
    entry(process.argv.slice(2), {
        onShutdown: (handler) => {
            for (const signal of ['SIGTERM', 'SIGINT'])
                process.once(signal, () => handler(signal));
        },
        stdout: closable(process.stdout, 'stdout', failed),
        stderr: closable(process.stderr, 'stderr', failed),
        cwd: process.cwd(),
        env: process.env,
        isTTY: !!process.stdout.isTTY,
        columns: process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined,
        writeFile: (p, content) => node_fs_1.default.writeFileSync(p, content),
        // dist/bundle/ -> dist/secrets-worker/index.js, dist/validate-worker/index.js
        workerEntry: node_path_1.default.join(bundleDir, '../secrets-worker/index.js'),
        validateWorkerEntry: node_path_1.default.join(bundleDir, '../validate-worker/index.js'),
    }).then((code) => {
        process.exitCode = failed.length ? 2 : code;
    }, (e) => {
        process.stderr.write(`stackgate: internal error: ${String(e)}\n`);
        process.exitCode = 2;
    });
}
/**
 * A standard stream whose reader may go away: `stackgate checks | head -1` closes the pipe after
 * one line. The rest of the output is then dropped quietly (no EPIPE stack trace) and the command
 * still finishes, so its exit code is its verdict, not an accident of how much the reader read.
 * Any other write error (a full disk behind a redirect) is reported once and makes the exit code 2.
 */
function closable(stream, name, failed) {
    let closed = false;
    stream.on('error', (e) => {
        if (closed)
            return;
        closed = true;
        if (e.code === 'EPIPE')
            return;
        failed.push(name);
        if (name !== 'stderr')
            process.stderr.write(`stackgate: cannot write to ${name}: ${e.code ?? e.message}\n`);
        process.exitCode = 2;
    });
    return { write: (chunk) => !closed && stream.write(chunk) };
}


/***/ })

};
;