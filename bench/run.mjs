// @ts-check
// `npm run bench`: generate the corpus (when missing or stale), then time, each in fresh processes,
//   (a) stackgate validate on the Compose subtree, (b) dclint on the same Compose files,
//   (c) stackgate validate on the Kubernetes subtree, (d) the validate action bundle on the example
//   repository as a GitHub runner starts it.
// Then the secret scanner (bench/secrets-bench.mjs): recall and precision of `stackgate secrets`
// and secretlint on a labelled corpus, and their throughput on ~100 MB of neutral repository content.
// Then the smoke test (bench/smoke-bench.mjs): `stackgate smoke` and the MCP Inspector CLI doing the
// same check of server-everything on streamable HTTP, for one server and for nine in parallel.
// Then the GitHub App (bench/bot-bench.mjs): `stackgate bot` processes against the fake GitHub, one
// replica and two on PostgreSQL, one on the embedded store, one with 16 workers: deliveries accepted
// per second and the time to verdict.
// Prints Markdown on stdout (progress on stderr); --write also rewrites docs/benchmarks.md (only
// the sections of the parts that ran: --only keeps the other part's section as it was).
// Regenerating the validate corpus empties bench/.corpus, secrets corpus included; the secrets part
// then regenerates its own (bench/secrets-corpus.mjs) on its next run.
//
//   npm run bench [-- --write] [--only validate|secrets|smoke|bot] [--regen] [--runs 3] [--dclint-runs 1]
//                 [--secretlint-runs 1] [--smoke-runs 5] [--bot-deliveries 300] [--dist dist]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS, generateCorpus, readCorpus } from './corpus.mjs';
import { actionEnv, actionFacts, cleanEnv } from './github-runner.mjs';
import { machineFacts } from './machine.mjs';
import { MeasureError, measure, measureInterleaved, stats, timeTogether } from './measure.mjs';
import { manifestsPerSecond, perFile, renderDocument, renderGoals, renderMachine, renderResults, renderThreads, renderValidateSection } from './report.mjs';
import { runSecretsBench, SECRETLINT_PRESET } from './secrets-bench.mjs';
import { DEFAULT_SECRETS_CORPUS } from './secrets-corpus.mjs';
import { renderSecretsSection } from './secrets-report.mjs';
import { BOT_DEFAULT_CONCURRENCY, BOT_DEFAULTS, runBotBench } from './bot-bench.mjs';
import { renderBotSection } from './bot-report.mjs';
import { runSmokeBench } from './smoke-bench.mjs';
import { renderSmokeSection } from './smoke-report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMAND = 'npm run bench -- --write';
const PARTS = ['validate', 'secrets', 'smoke', 'bot'];
const int = (n) => Math.round(n).toLocaleString('en-US');
const log = (line) => process.stderr.write(`${line}\n`);

const { values: opts } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    regen: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    'dclint-runs': { type: 'string', default: '1' },
    dist: { type: 'string', default: 'dist' },
    compose: { type: 'string', default: String(DEFAULT_CORPUS.composeFiles) },
    manifests: { type: 'string', default: String(DEFAULT_CORPUS.manifests) },
    only: { type: 'string' },
    'secretlint-runs': { type: 'string', default: '1' },
    secretlint: { type: 'string', default: 'node_modules/secretlint/bin/secretlint.js' },
    'secrets-projects': { type: 'string', default: String(DEFAULT_SECRETS_CORPUS.projects) },
    'secrets-mb': { type: 'string', default: String(DEFAULT_SECRETS_CORPUS.mb) },
    'smoke-runs': { type: 'string', default: '5' },
    'bot-deliveries': { type: 'string', default: String(BOT_DEFAULTS.deliveries) },
    'bot-installations': { type: 'string', default: String(BOT_DEFAULTS.installations) },
    'bot-senders': { type: 'string', default: String(BOT_DEFAULTS.senders) },
    'bot-concurrency': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write(`Usage: npm run bench -- [options]
  --write              also rewrite docs/benchmarks.md
  --regen              regenerate bench/.corpus even when it is up to date
  --runs <n>           runs per stackgate measurement, median reported (default 3)
  --dclint-runs <n>    runs of dclint (default 1: it takes far longer; 0 skips it)
  --dist <dir>         bundles to time: <dir>/cli/index.js and <dir>/validate/index.js (default dist,
                       built by npm run build; the CLI then runs as bin/stackgate.js)
  --compose <n>        Compose files in the corpus (default ${DEFAULT_CORPUS.composeFiles})
  --manifests <n>      Kubernetes manifests in the corpus (default ${DEFAULT_CORPUS.manifests})
  --only <part>        run one part: validate, secrets, smoke or bot (default all four)
  --secretlint-runs <n>  runs of secretlint per measurement (default 1; 0 skips it)
  --secretlint <file>  secretlint's CLI (default node_modules/secretlint/bin/secretlint.js; the
                       preset ${SECRETLINT_PRESET} must resolve from there)
  --secrets-projects <n>  repositories in the labelled secrets corpus (default ${DEFAULT_SECRETS_CORPUS.projects})
  --secrets-mb <n>     size of the secrets throughput corpus in MB (default ${DEFAULT_SECRETS_CORPUS.mb})
  --smoke-runs <n>     runs per smoke-test measurement, stackgate and Inspector alike (default 5;
                       each takes about a second; the smoke test times <dir>/cli/index.js)
  --bot-deliveries <n> deliveries in the GitHub App's burst, per configuration (default ${BOT_DEFAULTS.deliveries})
  --bot-installations <n>  organisations with the App installed (default ${BOT_DEFAULTS.installations}; the bot paces
                       each installation's writes on its own, so this bounds the verdict rate)
  --bot-senders <n>    concurrent senders of deliveries (default ${BOT_DEFAULTS.senders})
  --bot-concurrency <n>  STACKGATE_BOT_CONCURRENCY of each replica (default unset: the bot's own, ${BOT_DEFAULT_CONCURRENCY});
                       the configuration with 16 workers keeps its 16
`);
  process.exit(0);
}
const runs = positiveInt(opts.runs, '--runs', 1);
const dclintRuns = positiveInt(opts['dclint-runs'], '--dclint-runs', 0);
const secretlintRuns = positiveInt(opts['secretlint-runs'], '--secretlint-runs', 0);
const smokeRuns = positiveInt(opts['smoke-runs'], '--smoke-runs', 1);
const botOptions = {
  deliveries: positiveInt(opts['bot-deliveries'], '--bot-deliveries', 1),
  installations: positiveInt(opts['bot-installations'], '--bot-installations', 1),
  senders: positiveInt(opts['bot-senders'], '--bot-senders', 1),
  concurrency: opts['bot-concurrency'] === undefined ? undefined : positiveInt(opts['bot-concurrency'], '--bot-concurrency', 1),
};
if (opts.only !== undefined && !PARTS.includes(opts.only)) {
  log(`--only: expected ${PARTS.slice(0, -1).join(', ')} or ${PARTS.at(-1)}, got "${opts.only}"`);
  process.exit(2);
}
const runsPart = (part) => !opts.only || opts.only === part;
const command = `npm run bench -- ${opts.only ? `--only ${opts.only} ` : ''}--write${opts.dist === 'dist' ? '' : ` --dist ${opts.dist}`}`;
const date = new Date().toISOString().slice(0, 10);
const sections = {};
const printed = [];
const incomplete = [];

const facts = { ...machineFacts(root), ...secretlintFacts(path.resolve(root, opts.secretlint)) };
log(
  `machine: node ${facts.node}, ${facts.cpus} × ${facts.cpuModel}; stackgate ${facts.commit}, dclint ${facts.dclintVersion}, secretlint ${facts.secretlintVersion}`,
);

const node = process.execPath;
const distDir = path.resolve(root, opts.dist);
const isDefaultDist = distDir === path.join(root, 'dist');
const stackgateCli = isDefaultDist ? path.join(root, 'bin/stackgate.js') : path.join(distDir, 'cli/index.js');
const notBuilt = isDefaultDist ? 'run npm run build' : `no bundle in ${opts.dist}`;
const stackgateMissing = fs.existsSync(path.join(distDir, 'cli/index.js')) ? undefined : notBuilt;
const progress = (label) => (i, ms) => log(`  ${label} run ${i}: ${(ms / 1000).toFixed(2)} s`);
const spawnEnv = cleanEnv();

if (runsPart('validate')) {
  const corpusDir = path.join(root, 'bench/.corpus');
  const corpusOptions = {
    ...DEFAULT_CORPUS,
    composeFiles: positiveInt(opts.compose, '--compose', 1),
    manifests: positiveInt(opts.manifests, '--manifests', 1),
  };
  let corpus = opts.regen ? undefined : readCorpus(corpusDir, corpusOptions);
  if (corpus) log(`corpus: up to date in ${path.relative(root, corpusDir)} (--regen to rebuild)`);
  else {
    const started = process.hrtime.bigint();
    corpus = generateCorpus(corpusDir, corpusOptions);
    log(`corpus: generated in ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
  }
  const composeRel = 'bench/.corpus/compose';
  const k8sRel = 'bench/.corpus/k8s';
  // Each half of the corpus is a repository of its own: its stackgate.yml (every check at its
  // default) is the nearest config, so stackgate's own (and its .gitignore, which lists the corpus)
  // govern nothing, and validate reads only that half.
  for (const rel of [composeRel, k8sRel]) fs.writeFileSync(path.join(root, rel, 'stackgate.yml'), '# The benchmark corpus: every check at its default.\n');

  const results = {};
  const rows = [];
  const notes = [];

  /** Adds a table row; a tool that did not do its job fails its row (and the run), not the whole table. */
  async function row(name, input, skipped, fn) {
    const entry = { name, input };
    if (skipped) entry.skipped = skipped;
    else {
      try {
        Object.assign(entry, await fn());
      } catch (e) {
        if (!(e instanceof MeasureError)) throw e;
        entry.failed = e.message;
        log(`  failed: ${e.message}${e.output ? `\n    ${e.output.split('\n').slice(0, 20).join('\n    ')}` : ''}`);
        process.exitCode = 1;
      }
    }
    rows.push(entry);
  }

  // (a) stackgate on the Compose files.
  const composeInput = `${int(corpus.compose.files)} Compose files (${int(corpus.compose.services)} services)`;
  await row('`stackgate validate` — Compose', composeInput, stackgateMissing, async () => {
    log(`(a) stackgate validate ${composeRel} --format json`);
    const r = (results.composeSg = await measure(node, [stackgateCli, 'validate', composeRel, '--format', 'json'], {
      cwd: root,
      env: spawnEnv,
      runs,
      verify: stackgateFacts,
      onRun: progress('stackgate'),
    }));
    if (r.facts.filesChecked !== corpus.compose.files)
      notes.push(`stackgate reported ${int(r.facts.filesChecked)} files checked for the ${int(corpus.compose.files)} Compose files.`);
    return { result: r, throughput: perFile(r, corpus), findings: `${int(r.facts.findings)} in ${int(r.facts.filesWithFindings)} files` };
  });

  // (b) dclint on the same Compose files: one process over the directory, default rules. dclint exits
  // before a piped stdout drains (its JSON arrives truncated), so it writes its report to a file with
  // its own --output-file option; nothing is printed either way.
  const dclintCli = path.join(root, 'node_modules/dclint/bin/dclint.cjs');
  const dclintSkipped = dclintRuns === 0 ? '--dclint-runs 0' : !fs.existsSync(dclintCli) ? 'dclint not installed (npm ci)' : undefined;
  await row('`dclint` — Compose', `the same ${int(corpus.compose.files)} files`, dclintSkipped, async () => {
    log(`(b) dclint -r -f json ${composeRel} (about a minute or two for 2,000 files on 2 cores)`);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-bench-'));
    const reportFile = path.join(tmp, 'dclint.json');
    try {
      const r = (results.composeDclint = await measure(node, [dclintCli, '-r', '-f', 'json', '-o', reportFile, composeRel], {
        cwd: root,
        env: spawnEnv,
        runs: dclintRuns,
        verify: () => dclintFacts(reportFile),
        onRun: progress('dclint'),
      }));
      if (r.facts.files !== corpus.compose.files) notes.push(`dclint reported on ${int(r.facts.files)} of the ${int(corpus.compose.files)} Compose files.`);
      return { result: r, throughput: perFile(r, corpus), findings: `${int(r.facts.messages)} in ${int(r.facts.filesWithMessages)} files` };
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  // (c) stackgate on the Kubernetes manifests: by default (a thread per core), then on one thread
  // and on two (--workers), the runs interleaved, with the machine's parallel capacity measured
  // after each round: two one-thread runs at once, against the round's one-thread run alone.
  const k8sInput = `${int(corpus.kubernetes.documents)} Kubernetes manifests in ${int(corpus.kubernetes.files)} files`;
  const k8sVariants = [
    { key: 'k8sSg', name: '`stackgate validate` — Kubernetes', args: [] },
    { key: 'k8sOneThread', name: '`stackgate validate --workers 1` — Kubernetes', args: ['--workers', '1'] },
    { key: 'k8sTwoThreads', name: '`stackgate validate --workers 2` — Kubernetes', args: ['--workers', '2'] },
  ];
  const capacities = [];
  let k8sMeasured = [];
  if (!stackgateMissing) {
    log(`(c) stackgate validate ${k8sRel} --format json [--workers 1 | --workers 2], interleaved; then two --workers 1 runs at once`);
    const k8sArgs = (more) => [stackgateCli, 'validate', k8sRel, '--format', 'json', ...more];
    k8sMeasured = await measureInterleaved(
      k8sVariants.map((v) => ({
        command: node,
        args: k8sArgs(v.args),
        cwd: root,
        env: spawnEnv,
        verify: stackgateFacts,
        onRun: progress(`stackgate${v.args.length ? ` ${v.args.join(' ')}` : ''}`),
      })),
      {
        runs,
        between: async (_round, ms) => {
          const alone = ms[k8sVariants.findIndex((v) => v.key === 'k8sOneThread')];
          if (alone === undefined) return;
          let together;
          try {
            together = await timeTogether(node, k8sArgs(['--workers', '1']), { copies: 2, cwd: root, env: spawnEnv });
          } catch (e) {
            if (!(e instanceof MeasureError)) throw e;
            log(`  two --workers 1 runs at once failed: ${e.message}`);
            return;
          }
          log(`  two --workers 1 runs at once: ${(together / 1000).toFixed(2)} s (one alone: ${(alone / 1000).toFixed(2)} s)`);
          capacities.push({ aloneMs: alone, togetherMs: together, capacity: (2 * alone) / together });
        },
      },
    );
  }
  for (const [i, v] of k8sVariants.entries()) {
    await row(v.name, k8sInput, stackgateMissing, async () => {
      const r = k8sMeasured[i];
      if (r instanceof MeasureError) throw r;
      results[v.key] = r;
      if (r.facts.filesChecked !== corpus.kubernetes.files)
        notes.push(
          `stackgate${v.args.length ? ` ${v.args.join(' ')}` : ''} reported ${int(r.facts.filesChecked)} files checked for the ${int(corpus.kubernetes.files)} manifest files.`,
        );
      return {
        result: r,
        throughput: `${int(manifestsPerSecond(r, corpus))} manifests/s`,
        findings: `${int(r.facts.findings)} in ${int(r.facts.filesWithFindings)} files`,
      };
    });
  }
  if (capacities.length) results.parallelCapacity = capacityStats(capacities);

  // (d) the validate action bundle, started the way a runner starts a node24 action.
  const actionInput = 'examples/mcp-stacks';
  const actionBundle = path.join(distDir, 'validate/index.js');
  const actionSkipped = !fs.existsSync(actionBundle) ? notBuilt : !fs.existsSync(path.join(root, actionInput)) ? `${actionInput} not found` : undefined;
  await row('action `node dist/validate/index.js`', actionInput, actionSkipped, async () => {
    log(`(d) node dist/validate/index.js with INPUT_PATH=${actionInput}`);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-bench-'));
    try {
      const env = { ...spawnEnv, ...actionEnv({ root, tmp, inputPath: actionInput }) };
      const r = (results.action = await measure(node, [actionBundle], {
        cwd: root,
        env,
        runs,
        onRun: progress('action'),
        verify: (run) => actionFacts(run, env.GITHUB_OUTPUT),
      }));
      return { result: r, findings: `${r.facts.errors} errors, ${r.facts.warnings} warnings` };
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  const goals = renderGoals({ ...results, corpus });
  const table = renderResults(rows);
  const threads = renderThreads({ ...results, corpus, facts });
  printed.push(`${goals}\n\n${table}\n\n${notes.map((n) => `- ${n}\n`).join('')}${threads}\n\n${renderMachine(facts)}\n`);
  incomplete.push(...rows.filter((r) => !r.result).map((r) => r.name));
  sections.validate = renderValidateSection({ date, command, facts, corpus, results: table, goals, notes, threads, runs, dclintRuns });
}

if (runsPart('secrets')) {
  const bench = await runSecretsBench({
    root,
    node,
    stackgateCli,
    stackgateMissing,
    secretlintCli: path.resolve(root, opts.secretlint),
    runs,
    secretlintRuns,
    regen: opts.regen,
    corpusOptions: { projects: positiveInt(opts['secrets-projects'], '--secrets-projects', 1), mb: positiveInt(opts['secrets-mb'], '--secrets-mb', 1) },
    spawnEnv,
    log,
  });
  const section = renderSecretsSection({ date, command, facts, bench, runs });
  printed.push(section);
  const { stackgate, secretlint } = bench.accuracy;
  if (!(stackgate?.recall !== undefined && secretlint?.recall !== undefined)) incomplete.push('secret-scanner accuracy');
  incomplete.push(...bench.throughput.rows.filter((r) => !r.result).map((r) => r.name));
  sections.secrets = section;
}

if (runsPart('smoke')) {
  // bin/stackgate.js starts dist/cli/index.js, which loads the smoke command's chunks; with --dist, that directory's CLI.
  const smokeBundle = path.join(distDir, 'cli/index.js');
  const bench = await runSmokeBench({
    root,
    node,
    stackgateCli: isDefaultDist ? path.join(root, 'bin/stackgate.js') : smokeBundle,
    stackgateMissing: fs.existsSync(smokeBundle) ? undefined : notBuilt,
    runs: smokeRuns,
    spawnEnv,
    log,
  });
  const section = renderSmokeSection({ date, command, facts, bench, runs: smokeRuns });
  printed.push(section);
  incomplete.push(...[...bench.single, ...bench.nine].filter((r) => !r.result).map((r) => `smoke: ${r.name} (${r.input})`));
  sections.smoke = section;
}

if (runsPart('bot')) {
  // bin/stackgate.js starts dist/cli/index.js; the bot's modules come from dist/bundle/.
  const bench = await runBotBench({
    root,
    stackgateCli: isDefaultDist ? path.join(root, 'bin/stackgate.js') : path.join(distDir, 'cli/index.js'),
    stackgateMissing,
    ...botOptions,
    log,
  });
  const section = renderBotSection({ date, command, facts, bench, options: botOptions });
  printed.push(section);
  incomplete.push(...bench.rows.filter((r) => !r.result).map((r) => `bot: ${r.name}`));
  sections.bot = section;
}

process.stdout.write(printed.join('\n'));
if (opts.write && incomplete.length) {
  log(`not writing docs/benchmarks.md: no figures for ${[...new Set(incomplete)].join(', ')}`);
  process.exitCode = 1;
} else if (opts.write) {
  const doc = path.join(root, 'docs/benchmarks.md');
  const previous = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : '';
  fs.writeFileSync(doc, renderDocument({ command: COMMAND, sections, previous }));
  log('wrote docs/benchmarks.md');
}

/** The median, least and greatest capacity of the measurements, and the median times. */
function capacityStats(measurements) {
  const median = (values) => stats(values).medianMs;
  const capacities = measurements.map((c) => c.capacity);
  return {
    capacity: median(capacities),
    min: Math.min(...capacities),
    max: Math.max(...capacities),
    count: measurements.length,
    aloneMs: median(measurements.map((c) => c.aloneMs)),
    togetherMs: median(measurements.map((c) => c.togetherMs)),
  };
}

function positiveInt(value, flag, min) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    log(`${flag}: expected an integer ≥ ${min}, got "${value}"`);
    process.exit(2);
  }
  return n;
}

function stackgateFacts(result) {
  const report = parseJson(result.stdout, 'its JSON report');
  if (typeof report.summary?.filesChecked !== 'number' || !Array.isArray(report.findings))
    throw new Error('its JSON report has no summary.filesChecked or findings');
  const files = new Set(report.findings.map((f) => f.file));
  return { filesChecked: report.summary.filesChecked, findings: report.findings.length, filesWithFindings: files.size };
}

function dclintFacts(reportFile) {
  if (!fs.existsSync(reportFile)) throw new Error('it wrote no report');
  const report = parseJson(fs.readFileSync(reportFile, 'utf8'), 'its JSON report');
  fs.rmSync(reportFile); // so a later run that writes nothing cannot pass on this report
  if (!Array.isArray(report)) throw new Error('its JSON report is not a list of files');
  return {
    files: report.length,
    messages: report.reduce((n, r) => n + r.messages.length, 0),
    filesWithMessages: report.filter((r) => r.messages.length).length,
  };
}

function parseJson(text, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what} does not parse (${e.message})`, { cause: e });
  }
}

/** secretlint's and its preset's versions, from their package.json next to the CLI. */
function secretlintFacts(cli) {
  const version = (file) => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')).version;
    } catch {
      return 'not installed';
    }
  };
  const modules = path.resolve(path.dirname(cli), '../..');
  return {
    secretlintVersion: version(path.join(modules, 'secretlint/package.json')),
    secretlintPresetVersion: version(path.join(modules, SECRETLINT_PRESET, 'package.json')),
  };
}
