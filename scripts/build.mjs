// The only way to produce dist/: regenerate the check index, bundle each entry with ncc, then
// regenerate the files derived from the code (docs/checks.md, schema/stackgate.schema.json).
import { execFile, execFileSync } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });

const ENTRIES = {
  cli: 'src/cli/index.ts',
  'cli-smoke': 'src/cli/smoke-entry.ts',
  validate: 'src/actions/main/validate.ts',
  secrets: 'src/actions/main/secrets.ts',
  smoke: 'src/actions/main/smoke.ts',
  readiness: 'src/actions/main/readiness.ts',
  comment: 'src/actions/main/comment.ts',
  'secrets-worker': 'src/adapters/secrets/worker.ts',
};

// Some bundled sources (tslib's licence header, for one) carry CRLF line endings; the committed
// dist/ is LF-only (.gitattributes), so the build writes LF and a fresh build equals the commit byte
// for byte.
function normaliseLineEndings(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) normaliseLineEndings(file);
    else if (/\.(js|cjs|mjs|txt|json)$/.test(entry.name)) {
      const text = fs.readFileSync(file, 'utf8');
      if (text.includes('\r\n')) fs.writeFileSync(file, text.replace(/\r\n/g, '\n'));
    }
  }
}

run(process.execPath, ['scripts/gen-checks-index.mjs']);
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
// Two bundles at a time (each ncc run keeps more than one core busy only part of the time).
const bundle = async ([name, entry]) => {
  const out = path.join('dist', name);
  fs.rmSync(path.join(root, out), { recursive: true, force: true });
  try {
    await promisify(execFile)(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    process.stderr.write(`${e.stdout ?? ''}${e.stderr ?? ''}`);
    throw new Error(`ncc build of ${entry} failed`);
  }
  normaliseLineEndings(path.join(root, out));
};
const queue = Object.entries(ENTRIES);
const workers = Array.from({ length: Math.min(2, Math.max(1, os.availableParallelism?.() ?? os.cpus().length)) }, async () => {
  while (queue.length) await bundle(queue.shift());
});
await Promise.all(workers);
const cli = path.join(root, 'dist/cli/index.js');
const capture = (args) => execFileSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
fs.writeFileSync(path.join(root, 'docs/checks.md'), capture(['checks', '--format', 'markdown']));
fs.mkdirSync(path.join(root, 'schema'), { recursive: true });
fs.writeFileSync(path.join(root, 'schema/stackgate.schema.json'), capture(['schema', 'config']));
fs.writeFileSync(path.join(root, 'schema/readiness-report.schema.json'), capture(['schema', 'readiness-report']));
fs.writeFileSync(path.join(root, 'schema/smoke-report.schema.json'), capture(['schema', 'smoke-report']));
for (const name of Object.keys(ENTRIES)) {
  const size = fs.statSync(path.join(root, 'dist', name, 'index.js')).size;
  console.error(`dist/${name}/index.js ${(size / 1024).toFixed(0)} KiB`);
}
