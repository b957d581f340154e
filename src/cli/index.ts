/** The `stackgate` executable (bundled to dist/cli/index.js); also the secret scanner's worker thread. */
import fs from 'node:fs';
import { isSecretsWorker, runSecretsWorker } from '../adapters/secrets/scan-pool';
import { main } from './main';

if (isSecretsWorker()) {
  runSecretsWorker();
} else {
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
    writeFile: (p, content) => fs.writeFileSync(p, content),
    workerEntry: __filename,
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
