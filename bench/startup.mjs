// Bundle size and start-up: the committed dist/ against the layout of a baseline commit (by default
// the last one with one ncc bundle per entry point), in the same run, on the bundled example.
//
//   node bench/startup.mjs [--baseline <git ref>] [--runs <n>] [--write]
//
// The baseline's bin/, dist/ and package.json come from `git archive <ref>` into a temporary
// directory, so both are timed by the same Node, on the same files, one run after the other.
// With --write the section "## Bundle size and start-up" of docs/benchmarks.md is replaced.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { actionEnv, cleanEnv } from './github-runner.mjs';
import { machineFacts } from './machine.mjs';
import { measure } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    baseline: { type: 'string', default: '416dce8' },
    runs: { type: 'string', default: '7' },
    write: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  process.stdout.write(`Usage: node bench/startup.mjs [options]
  --baseline <ref>  commit whose bin/ and dist/ are the baseline (default 416dce8: eight bundles)
  --runs <n>        runs per measurement, median reported (default 7)
  --write           replace the "Bundle size and start-up" section of docs/benchmarks.md
`);
  process.exit(0);
}
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${opts.runs}`);
const EXAMPLE = 'examples/mcp-stacks';

/** @param {string} dir @returns {{ bytes: number, files: number }} */
function treeSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += fs.statSync(path.join(e.parentPath ?? e.path, e.name)).size;
    files++;
  }
  return { bytes, files };
}

/** A checkout of `ref`'s bin/, dist/ and package.json in a temporary directory. */
function checkoutBaseline(ref) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-startup-'));
  const tar = execFileSync('git', ['archive', '--format=tar', ref, '--', 'bin', 'dist', 'package.json'], { cwd: root, maxBuffer: 512 * 2 ** 20 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim();
  return { dir, commit };
}

/**
 * The start-ups a user or a runner sees. Every command must do its work (exit 0, or 1 for "found
 * problems"), checked by what it printed, so a broken layout cannot look fast.
 * @param {string} layout directory holding bin/ and dist/
 * @param {string} tmp a scratch directory for the runner's command files
 */
function cases(layout, tmp) {
  const bin = path.join(layout, 'bin/stackgate.js');
  const env = cleanEnv();
  const runner = actionEnv({ root, tmp, inputPath: EXAMPLE });
  return [
    { name: '`stackgate --version`', args: [bin, '--version'], env, verify: (/** @type {any} */ r) => /^\d+\.\d+\.\d+/.test(r.stdout) },
    { name: '`stackgate smoke --help`', args: [bin, 'smoke', '--help'], env, verify: (/** @type {any} */ r) => r.stdout.startsWith('stackgate smoke') },
    {
      name: '`stackgate validate` on the example',
      args: [bin, 'validate', EXAMPLE, '-f', 'json'],
      env,
      verify: (/** @type {any} */ r) => Array.isArray(JSON.parse(r.stdout).findings),
    },
    {
      name: 'validate action on the example',
      args: [path.join(layout, 'dist/validate/index.js')],
      env: { ...env, ...runner },
      verify: () => /errors<<|errors=/.test(fs.readFileSync(runner.GITHUB_OUTPUT, 'utf8')),
    },
  ];
}

const baseline = checkoutBaseline(opts.baseline);
const layouts = [
  { label: `baseline \`${baseline.commit}\``, dir: baseline.dir },
  { label: 'this commit', dir: root },
];
const rows = [];
try {
  const sizes = layouts.map((l) => treeSize(path.join(l.dir, 'dist')));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-startup-runner-'));
  const perLayout = layouts.map((l) => cases(l.dir, tmp));
  for (let i = 0; i < perLayout[0].length; i++) {
    const medians = [];
    for (const list of perLayout) {
      const c = list[i];
      const r = await measure(process.execPath, c.args, {
        runs,
        cwd: root,
        env: c.env,
        verify: (/** @type {any} */ result) => {
          if (!c.verify(result)) throw new Error('its output does not show the work done');
          return {};
        },
      });
      medians.push(r.medianMs);
    }
    rows.push({ name: perLayout[0][i].name, medians });
    process.stderr.write(`${perLayout[0][i].name}: ${medians.map((m) => `${m.toFixed(0)} ms`).join(' -> ')}\n`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  const mib = (/** @type {number} */ b) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  const facts = machineFacts(root);
  const section = [
    '## Bundle size and start-up',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node bench/startup.mjs --baseline ${opts.baseline} --runs ${runs} --write\`: the committed`,
    `\`dist/\` of this commit against the layout of \`${baseline.commit}\` (one ncc bundle per entry point), in the same run,`,
    `each command started ${runs} times per layout as a fresh process (Node start-up included), median reported.`,
    '',
    `| | ${layouts.map((l) => l.label).join(' | ')} |`,
    '| --- | --: | --: |',
    `| \`dist/\` on disk | ${sizes.map((s) => `${mib(s.bytes)} (${s.files} files)`).join(' | ')} |`,
    ...rows.map((r) => `| ${r.name} | ${r.medians.map((m) => `${m.toFixed(0)} ms`).join(' | ')} |`),
    '',
    `Machine: ${facts.cpuModel}, ${facts.cpus} cores, ${facts.memoryGb} GiB, ${facts.os}, Node ${facts.node}; stackgate at \`${facts.commit}\`${facts.dirty ? ' (with uncommitted changes)' : ''}.`,
    '',
    'How to read this: every entry point now starts from a two-line stub (`dist/<name>/index.js`) that',
    'loads `dist/bundle/index.js` and then only the chunks its entry imports; the check catalogue, the',
    'Kubernetes models and the MCP client are separate chunks. The size goal of the layout is `dist/`',
    'under 10 MiB; the start-up goal is no slower than the baseline.',
    '',
  ].join('\n');
  process.stdout.write(`${section}\n`);
  if (opts.write) {
    const doc = path.join(root, 'docs/benchmarks.md');
    const text = fs.readFileSync(doc, 'utf8');
    const start = text.indexOf('## Bundle size and start-up');
    const next = start < 0 ? -1 : text.indexOf('\n## ', start + 1);
    const updated = start < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next + 1)}`;
    fs.writeFileSync(doc, updated);
  }
} finally {
  fs.rmSync(baseline.dir, { recursive: true, force: true });
}
