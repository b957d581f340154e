// Runs the adversarial suite (__tests__/adversarial, against the committed bundles) and writes
// docs/adversarial.md: one row per case with its expectation and what happened.
//   npm run adversarial
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --compare <checkout>: also replay the cases against another version's bin/ and dist/ (a column of
// the table); --skip <regex>: cases not run against it (e.g. one that exhausts memory there).
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const compare = arg('--compare');
const skip = arg('--skip');

function run(target) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-adversarial-'));
  let failed = false;
  try {
    const filter = target && skip ? ['-t', `^(?!.*(?:${skip})).*$`] : [];
    execFileSync(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), '__tests__/adversarial', ...filter], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ADVERSARIAL_RESULTS: dir, ...(target ? { ADVERSARIAL_TARGET: target } : {}) },
    });
  } catch {
    failed = true; // The table still records which cases failed.
  }
  const cases = fs.readdirSync(dir).flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  fs.rmSync(dir, { recursive: true, force: true });
  return { cases, failed };
}

const order = ['leaks', 'outside', 'escaping', 'bounded'];
const current = run();
const cases = current.cases.sort((a, b) => order.indexOf(a.area) - order.indexOf(b.area) || a.name.localeCompare(b.name));
const before = compare ? new Map(run(path.resolve(compare)).cases.map((c) => [`${c.area}|${c.name}`, c.result])) : undefined;
const status = current.failed ? 1 : 0;
const compareLabel = compare
  ? fs.existsSync(path.join(compare, 'VERSION'))
    ? fs.readFileSync(path.join(compare, 'VERSION'), 'utf8').trim()
    : path.basename(compare)
  : '';

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const handled = cases.filter((c) => c.result === 'handled').length;
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const beforeHandled = before ? [...before.values()].filter((r) => r === 'handled').length : 0;
const lines = [
  '# Adversarial suite',
  '',
  'Hostile inputs replayed against what ships: `bin/stackgate.js` over the committed `dist/` bundles, and the',
  'action bundles run as the runner runs them (`INPUT_*`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, a fake GitHub',
  "that checks every request against GitHub's OpenAPI description). The cases are `__tests__/adversarial/*.test.ts`;",
  'CI runs them with the other tests. [security.md](security.md) describes the guarantees they test.',
  '',
  'Every case must be handled: a finding or an error naming its file, exit 0, 1 or 2, no stack trace and no',
  '"internal error", no hang beyond its bound, and no planted secret (nor an 8-character piece of one) in any byte',
  'written: stdout, stderr, files, the job summary, `GITHUB_OUTPUT` and the PR comment.',
  '',
  `Latest run: stackgate ${version}, ${handled} of ${cases.length} cases handled (\`npm run adversarial${compare ? ` -- --compare <checkout of ${compareLabel}>${skip ? ` --skip '${skip}'` : ''}` : ''}\`, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores).`,
  ...(before
    ? ['', `The same cases against ${compareLabel}: ${beforeHandled} of ${before.size} handled${skip ? ` (not run there: cases matching \`${skip}\`)` : ''}.`]
    : []),
  '',
  `| Area | Case | Expectation | Result | Exit | Time |${before ? ` ${compareLabel} |` : ''}`,
  `| --- | --- | --- | --- | ---: | ---: |${before ? ' --- |' : ''}`,
  ...cases.map(
    (c) =>
      `| ${c.area} | ${cell(c.name)} | ${cell(c.expectation)} | ${c.result} | ${c.exitCode ?? '–'} | ${(c.ms / 1000).toFixed(1)} s |${before ? ` ${before.get(`${c.area}|${c.name}`) ?? 'not run'} |` : ''}`,
  ),
  '',
];
fs.writeFileSync(path.join(root, 'docs/adversarial.md'), lines.join('\n'));
console.error(`docs/adversarial.md: ${handled} of ${cases.length} cases handled`);
process.exitCode = status;
