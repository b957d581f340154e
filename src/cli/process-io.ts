/** Runs a CLI entry as the process: real stdio, cwd and environment; the exit code as process.exitCode. */
import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from './io';

export function runAsProcess(entry: (argv: readonly string[], io: CliIo) => Promise<number>, bundleDir: string): void {
  entry(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
    writeFile: (p, content) => fs.writeFileSync(p, content),
    // dist/<cli bundle>/index.js -> dist/secrets-worker/index.js
    workerEntry: path.join(bundleDir, '../secrets-worker/index.js'),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`stackgate: internal error: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
