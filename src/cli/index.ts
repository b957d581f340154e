/** The `stackgate` executable (bundled to dist/cli/index.js). */
import fs from 'node:fs';
import path from 'node:path';
import { main } from './main';

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  isTTY: !!process.stdout.isTTY,
  writeFile: (p, content) => fs.writeFileSync(p, content),
  // dist/cli/index.js -> dist/secrets-worker/index.js
  workerEntry: path.join(__dirname, '../secrets-worker/index.js'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`stackgate: internal error: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
