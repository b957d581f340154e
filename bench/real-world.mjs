// @ts-check
// validate and secrets on checkouts of real repositories: what a new user sees (issues 12 and 13).
//
//   node bench/real-world.mjs [options] <dir>...
//
// For each checkout it runs `stackgate validate . -f json` and `stackgate secrets . --mode tree -f json`
// with the checkout as the working directory (as a CI job runs them), each bounded by --timeout, and
// reports per repository: files checked, findings by severity and by check, run time, crashes (an exit
// code other than 0, 1 or 2, a signal, a timeout, output that is not the JSON report, or a stack trace
// on stderr), every core/parse-error and kubernetes/schema finding (the goal is none on valid input),
// a reproducible sample of error and warning validate findings for judging, and every secrets finding.
// The start-up of the CLI (`stackgate --version`, median of 3) is measured once and reported, since
// it is part of every run time: --sources compiles the TypeScript at start-up and starts slower than
// the bundle.
//
// The sample is seeded and stable: each finding is ranked by sha256(seed, repository, file, line,
// check, message) and the lowest --sample ranks are taken, so the same run gives the same sample and a
// finding that survives a change keeps its place (before/after samples overlap where findings stay).
// Secrets findings are shown as the CLI's JSON gives them (rule, description and the redacted value):
// this script never reads or prints a raw secret.
//
// Which CLI runs:
//   (default)          bin/stackgate.js, i.e. the dist/ in the working tree
//   --ref <git ref>    bin/, dist/ and package.json of that commit (git archive into a temporary directory)
//   --sources          the current TypeScript sources: node -r __tests__/helpers/ts-child.cjs __tests__/helpers/cli-entry.ts
//   --cli <file>       any CLI script; --node-arg <arg> (repeatable) is passed to node before it
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cleanEnv } from './github-runner.mjs';
import { machineFacts } from './machine.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{ file: string, line?: number, column?: number, checkId: string, severity: string, message: string }} ValidateFinding
 * @typedef {{ ruleId: string, provider?: string, description?: string, file: string, line?: number, column?: number, redacted?: string }} SecretFinding
 * @typedef {{ exitCode: number | null, signal: string | null, timedOut: boolean, ms: number, stdout: string, stderr: string, error?: string }} RunResult
 * @typedef {{ reason: string, stderr: string }} Crash
 * @typedef {{ file: string, line: number | null, check: string, severity: string, message: string, key: string }} Sampled
 */

const USAGE = `Usage: node bench/real-world.mjs [options] <dir>...
  --cli <file>        stackgate CLI script to run with node (default bin/stackgate.js)
  --node-arg <arg>    argument for node before the CLI script; repeatable
  --sources           run the current sources (ts-child.cjs preloaded, __tests__/helpers/cli-entry.ts)
  --ref <git ref>     run the bin/ and dist/ of a commit of this repository (git archive)
  --label <text>      name of the run in the report (default: the CLI used)
  --timeout <s>       bound of each command in seconds (default 300)
  --seed <text>       seed of the sample (default real-world-1)
  --sample <n>        error/warning validate findings sampled per repository (default 20)
  --json <file>       write the whole report as JSON
  --quiet             print only the per-repository summary lines
`;

const { values: opts, positionals: dirs } = parseArgs({
  allowPositionals: true,
  options: {
    cli: { type: 'string' },
    'node-arg': { type: 'string', multiple: true, default: [] },
    sources: { type: 'boolean', default: false },
    ref: { type: 'string' },
    label: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    seed: { type: 'string', default: 'real-world-1' },
    sample: { type: 'string', default: '20' },
    json: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help || dirs.length === 0) {
  process.stdout.write(USAGE);
  process.exit(opts.help ? 0 : 2);
}
const timeoutMs = Number(opts.timeout) * 1000;
const sampleSize = Number(opts.sample);
if (!(timeoutMs > 0)) throw new Error(`--timeout must be a positive number of seconds, not ${opts.timeout}`);
if (!Number.isInteger(sampleSize) || sampleSize < 0) throw new Error(`--sample must be a non-negative integer, not ${opts.sample}`);
if ([opts.cli, opts.ref, opts.sources || undefined].filter((x) => x !== undefined).length > 1) throw new Error('--cli, --ref and --sources exclude each other');

/** The node arguments that start the CLI, and a description of it. @returns {{ args: string[], what: string, cleanup?: () => void }} */
function resolveCli() {
  if (opts.sources) {
    const args = ['-r', path.join(root, '__tests__/helpers/ts-child.cjs'), path.join(root, '__tests__/helpers/cli-entry.ts')];
    const head = git(root, ['rev-parse', '--short', 'HEAD']);
    const dirty = git(root, ['status', '--porcelain', '--', 'src']).split('\n').filter(Boolean).length;
    return { args, what: `sources of the working tree (HEAD ${head}, ${dirty} changed or new paths under src/)` };
  }
  if (opts.ref) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-real-world-'));
    const tar = execFileSync('git', ['archive', '--format=tar', opts.ref, '--', 'bin', 'dist', 'package.json'], { cwd: root, maxBuffer: 1024 * 2 ** 20 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    return {
      args: [path.join(dir, 'bin/stackgate.js')],
      what: `bin/ and dist/ of commit ${git(root, ['rev-parse', '--short', opts.ref])}`,
      cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const cli = path.resolve(opts.cli ?? path.join(root, 'bin/stackgate.js'));
  const extra = opts['node-arg'].map((a) => (a.startsWith('.') ? path.resolve(a) : a));
  return {
    args: [...extra, cli],
    what: opts.cli
      ? `${[...opts['node-arg'], opts.cli].join(' ')}`
      : `bin/stackgate.js (dist/ of the working tree, HEAD ${git(root, ['rev-parse', '--short', 'HEAD'])})`,
  };
}

/** git's stdout, trimmed, or '' when git fails (a directory that is not a checkout). */
function git(cwd, args) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** @param {string[]} nodeArgs @param {string} cwd @returns {RunResult} */
function run(nodeArgs, cwd) {
  const start = performance.now();
  const r = spawnSync(process.execPath, nodeArgs, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 2 ** 30 });
  const ms = Math.round(performance.now() - start);
  const timedOut = r.error !== undefined && /ETIMEDOUT/.test(String(r.error));
  return {
    exitCode: r.status,
    signal: r.signal,
    timedOut,
    ms,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    error: r.error && !timedOut ? String(r.error) : undefined,
  };
}

const STACK = /^\s+at (?:.+ \()?(?:\S+):\d+:\d+\)?$/m;

/** Why a run counts as a crash, or undefined. @param {RunResult} r @param {boolean} parsed */
function crashOf(r, parsed) {
  const stderr = r.stderr.length > 2000 ? `${r.stderr.slice(0, 2000)}…` : r.stderr;
  if (r.timedOut) return { reason: `timeout after ${timeoutMs / 1000} s`, stderr };
  if (r.error) return { reason: `could not run: ${r.error}`, stderr };
  if (r.signal) return { reason: `killed by ${r.signal}`, stderr };
  if (r.exitCode !== 0 && r.exitCode !== 1 && r.exitCode !== 2) return { reason: `exit code ${r.exitCode}`, stderr };
  if (STACK.test(r.stderr)) return { reason: 'stack trace on stderr', stderr };
  if (!parsed && r.exitCode !== 2) return { reason: `exit code ${r.exitCode} without a JSON report on stdout`, stderr };
  return undefined;
}

/** @param {string} text @returns {any} */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** @param {Record<string, number>} counts */
function sorted(counts) {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** @param {string} repo @param {ValidateFinding} f */
function rankOf(repo, f) {
  return createHash('sha256')
    .update(JSON.stringify([opts.seed, repo, f.file, f.line ?? null, f.checkId, f.message]))
    .digest('hex');
}

/** @param {ValidateFinding} f @param {string} key @returns {Sampled} */
function sampled(f, key) {
  return { file: f.file, line: f.line ?? null, check: f.checkId, severity: f.severity, message: f.message, key: key.slice(0, 12) };
}

/** @param {string[]} cli @param {string} dir */
function validate(cli, dir, repo) {
  const r = run([...cli, 'validate', '.', '-f', 'json'], dir);
  const report = parseJson(r.stdout);
  const findings = /** @type {ValidateFinding[] | undefined} */ (report?.findings);
  const crash = crashOf(r, Array.isArray(findings));
  /** @type {Record<string, number>} */ const bySeverity = { error: 0, warning: 0, info: 0 };
  /** @type {Record<string, Record<string, number>>} */ const byCheckSeverity = {};
  /** @type {Record<string, number>} */ const byCheck = {};
  for (const f of findings ?? []) {
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    byCheck[f.checkId] = (byCheck[f.checkId] ?? 0) + 1;
    const s = (byCheckSeverity[f.checkId] ??= {});
    s[f.severity] = (s[f.severity] ?? 0) + 1;
  }
  const loud = (findings ?? []).filter((f) => f.severity === 'error' || f.severity === 'warning');
  const sample = loud
    .map((f) => ({ f, key: rankOf(repo, f) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, sampleSize)
    .sort((a, b) => a.f.file.localeCompare(b.f.file) || (a.f.line ?? 0) - (b.f.line ?? 0))
    .map(({ f, key }) => sampled(f, key));
  const parseOrSchema = (findings ?? [])
    .filter((f) => f.checkId === 'core/parse-error' || f.checkId === 'kubernetes/schema')
    .map((f) => sampled(f, rankOf(repo, f)));
  return {
    exitCode: r.exitCode,
    ms: r.ms,
    crash,
    filesChecked: report?.summary?.filesChecked ?? null,
    findings: findings?.length ?? null,
    bySeverity,
    byCheck: sorted(byCheck),
    byCheckSeverity,
    errorsAndWarnings: loud.length,
    sample,
    parseOrSchema,
  };
}

/** @param {string[]} cli @param {string} dir */
function secrets(cli, dir) {
  const r = run([...cli, 'secrets', '.', '--mode', 'tree', '-f', 'json'], dir);
  const report = parseJson(r.stdout);
  const findings = /** @type {SecretFinding[] | undefined} */ (report?.findings);
  const crash = crashOf(r, Array.isArray(findings));
  /** @type {Record<string, number>} */ const byRule = {};
  for (const f of findings ?? []) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const summary = report?.summary ?? {};
  return {
    exitCode: r.exitCode,
    ms: r.ms,
    crash,
    files: summary.files ?? null,
    bytes: summary.bytes ?? null,
    skipped: summary.skipped ?? null,
    findingCount: findings?.length ?? null,
    byRule: sorted(byRule),
    findings: (findings ?? []).map((f) => ({
      file: f.file,
      line: f.line ?? null,
      rule: f.ruleId,
      description: f.description ?? '',
      redacted: f.redacted ?? '',
    })),
  };
}

/** Median wall-clock ms of `stackgate --version` (3 runs): the start-up inside every run time below. */
function startupMs(nodeArgs) {
  const times = [0, 1, 2].map(() => run([...nodeArgs, '--version'], root).ms).sort((a, b) => a - b);
  return times[1];
}

// A reader that stops early (`| head`) ends the output, not the run with an EPIPE trace.
process.stdout.on('error', (err) => {
  if (/** @type {NodeJS.ErrnoException} */ (err).code === 'EPIPE') process.exit(0);
  throw err;
});

const cli = resolveCli();
const label = opts.label ?? cli.what;
const results = [];
let startup = 0;
try {
  startup = startupMs(cli.args);
  process.stdout.write(`${label}: start-up (stackgate --version, median of 3) ${startup} ms\n`);
  for (const given of dirs) {
    const dir = path.resolve(given);
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${given} is not a directory`);
    const repo = path.basename(dir);
    const commit = git(dir, ['rev-parse', '--short', 'HEAD']) || null;
    const remote = git(dir, ['config', '--get', 'remote.origin.url']) || null;
    const v = validate(cli.args, dir, repo);
    const s = secrets(cli.args, dir);
    results.push({ repo, dir, commit, remote, validate: v, secrets: s });
    const sev = v.bySeverity;
    const top = Object.entries(v.byCheck)
      .slice(0, 3)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    process.stdout.write(
      `${repo}@${commit ?? '-'}: validate ${v.filesChecked ?? '?'} files, ${sev.error} errors, ${sev.warning} warnings, ${sev.info} info, ${v.ms} ms, exit ${v.exitCode}` +
        `${v.crash ? ` CRASH (${v.crash.reason})` : ''}; top: ${top || '-'}; parse/schema ${v.parseOrSchema.length}` +
        ` | secrets ${s.files ?? '?'} files, ${s.findingCount ?? '?'} findings, ${s.ms} ms, exit ${s.exitCode}${s.crash ? ` CRASH (${s.crash.reason})` : ''}\n`,
    );
    if (opts.quiet) continue;
    for (const f of v.sample) process.stdout.write(`  sample ${f.severity} ${f.file}:${f.line ?? '-'} ${f.check}: ${f.message}\n`);
    for (const f of v.parseOrSchema) process.stdout.write(`  parse/schema ${f.severity} ${f.file}:${f.line ?? '-'} ${f.check}: ${f.message}\n`);
    for (const f of s.findings) process.stdout.write(`  secret ${f.file}:${f.line ?? '-'} ${f.rule}: ${f.description} (${f.redacted})\n`);
  }
} finally {
  cli.cleanup?.();
}

const totals = {
  repositories: results.length,
  validateCrashes: results.filter((r) => r.validate.crash).length,
  secretsCrashes: results.filter((r) => r.secrets.crash).length,
  errors: results.reduce((n, r) => n + r.validate.bySeverity.error, 0),
  warnings: results.reduce((n, r) => n + r.validate.bySeverity.warning, 0),
  info: results.reduce((n, r) => n + r.validate.bySeverity.info, 0),
  parseOrSchema: results.reduce((n, r) => n + r.validate.parseOrSchema.length, 0),
  secretFindings: results.reduce((n, r) => n + (r.secrets.findingCount ?? 0), 0),
  validateMs: results.reduce((n, r) => n + r.validate.ms, 0),
  secretsMs: results.reduce((n, r) => n + r.secrets.ms, 0),
};
process.stdout.write(
  `\n${label}: ${totals.repositories} repositories, ${totals.errors} errors, ${totals.warnings} warnings, ${totals.info} info, ` +
    `${totals.parseOrSchema} parse/schema findings, ${totals.secretFindings} secrets findings, crashes: validate ${totals.validateCrashes}, secrets ${totals.secretsCrashes}\n`,
);
if (opts.json) {
  const report = {
    label,
    cli: cli.what,
    date: new Date().toISOString(),
    machine: machineFacts(root),
    startupMs: startup,
    seed: opts.seed,
    sample: sampleSize,
    timeoutSeconds: timeoutMs / 1000,
    totals,
    results,
  };
  fs.writeFileSync(opts.json, `${JSON.stringify(report, null, 2)}\n`);
}
