// The only way to produce dist/: regenerate the check index, bundle each entry with ncc, then
// regenerate the files derived from the code (docs/checks.md, schema/stackgate.schema.json).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });

const ENTRIES = {
  cli: 'src/cli/index.ts',
  validate: 'src/actions/main/validate.ts',
  secrets: 'src/actions/main/secrets.ts',
  readiness: 'src/actions/main/readiness.ts',
  comment: 'src/actions/main/comment.ts',
  'secrets-worker': 'src/adapters/secrets/worker.ts',
};

run(process.execPath, ['scripts/gen-checks-index.mjs']);
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
for (const [name, entry] of Object.entries(ENTRIES)) {
  const out = path.join('dist', name);
  fs.rmSync(path.join(root, out), { recursive: true, force: true });
  run(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022']);
}
const cli = path.join(root, 'dist/cli/index.js');
const capture = (args) => execFileSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
fs.writeFileSync(path.join(root, 'docs/checks.md'), capture(['checks', '--format', 'markdown']));
fs.mkdirSync(path.join(root, 'schema'), { recursive: true });
fs.writeFileSync(path.join(root, 'schema/stackgate.schema.json'), capture(['schema', 'config']));
fs.writeFileSync(path.join(root, 'schema/readiness-report.schema.json'), capture(['schema', 'readiness-report']));
for (const name of Object.keys(ENTRIES)) {
  const size = fs.statSync(path.join(root, 'dist', name, 'index.js')).size;
  console.error(`dist/${name}/index.js ${(size / 1024).toFixed(0)} KiB`);
}
