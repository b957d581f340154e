/** Runs a CLI entry as the process: real stdio, cwd and environment; the exit code as process.exitCode. */
import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from './io';

export function runAsProcess(entry: (argv: readonly string[], io: CliIo) => Promise<number>, bundleDir: string): void {
  const failed: string[] = [];
  entry(process.argv.slice(2), {
    onShutdown: (handler) => {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => handler(signal));
    },
    stdout: closable(process.stdout, 'stdout', failed),
    stderr: closable(process.stderr, 'stderr', failed),
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
    columns: process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined,
    writeFile: (p, content) => fs.writeFileSync(p, content),
    // dist/bundle/ -> dist/secrets-worker/index.js, dist/validate-worker/index.js
    workerEntry: path.join(bundleDir, '../secrets-worker/index.js'),
    validateWorkerEntry: path.join(bundleDir, '../validate-worker/index.js'),
  }).then(
    (code) => {
      process.exitCode = failed.length ? 2 : code;
    },
    (e: unknown) => {
      process.stderr.write(`stackgate: internal error: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

/**
 * A standard stream whose reader may go away: `stackgate checks | head -1` closes the pipe after
 * one line. The rest of the output is then dropped quietly (no EPIPE stack trace) and the command
 * still finishes, so its exit code is its verdict, not an accident of how much the reader read.
 * Any other write error (a full disk behind a redirect) is reported once and makes the exit code 2.
 */
function closable(stream: NodeJS.WriteStream, name: string, failed: string[]): { write(chunk: string): boolean } {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (e.code === 'EPIPE') return;
    failed.push(name);
    if (name !== 'stderr') process.stderr.write(`stackgate: cannot write to ${name}: ${e.code ?? e.message}\n`);
    process.exitCode = 2;
  });
  return { write: (chunk) => !closed && stream.write(chunk) };
}
