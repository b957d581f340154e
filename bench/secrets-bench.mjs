// @ts-check
// The secret-scanner half of `npm run bench`: accuracy of `stackgate secrets` and secretlint
// (recommended preset) against the labelled corpus, then throughput of both on the ~100 MB neutral
// corpus (and on its first 10%, for linearity), with `cat` of the same files as the floor.
// Only counts are printed: no planted value, no tool message (secretlint's JSON report carries
// the files' text, so it goes to a temporary file that is deleted once parsed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MeasureError, measure } from './measure.mjs';
import { DEFAULT_SECRETS_CORPUS, generateSecretsCorpus, readSecretsCorpus } from './secrets-corpus.mjs';

export const SECRETLINT_PRESET = '@secretlint/secretlint-rule-preset-recommend';

/**
 * opts: { root, node, stackgateCli, stackgateMissing, secretlintCli, runs, secretlintRuns,
 *         regen, corpusOptions, spawnEnv, log }
 * Returns { corpus, accuracy: { stackgate, secretlint }, throughput: { rows, neutral, ... }, failed }.
 */
export async function runSecretsBench(opts) {
  const { root, log } = opts;
  const dir = path.join(root, 'bench/.corpus/secrets');
  const corpusOptions = { ...DEFAULT_SECRETS_CORPUS, ...opts.corpusOptions };
  let corpus = opts.regen ? undefined : readSecretsCorpus(dir, corpusOptions);
  if (corpus) log(`secrets corpus: up to date in ${path.relative(root, dir)} (--regen to rebuild)`);
  else {
    const started = process.hrtime.bigint();
    corpus = generateSecretsCorpus(dir, corpusOptions);
    log(`secrets corpus: generated in ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
  }
  const { labels, files: formats } = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  const accuracyDir = path.join(dir, 'accuracy');
  const throughputDir = path.join(dir, 'throughput');
  // The corpus sits in a git-ignored folder of this repository: without a ceiling, `stackgate
  // secrets --mode tree` would find the enclosing repository and scan its tracked files (none here).
  const env = { ...opts.spawnEnv, GIT_CEILING_DIRECTORIES: dir };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-bench-secrets-'));
  const rc = path.join(tmp, '.secretlintrc.json');
  fs.writeFileSync(rc, `${JSON.stringify({ rules: [{ id: SECRETLINT_PRESET }] }, null, 2)}\n`);
  const secretlintMissing =
    opts.secretlintRuns === 0
      ? '--secretlint-runs 0'
      : !fs.existsSync(opts.secretlintCli)
        ? `secretlint not installed (${path.relative(root, opts.secretlintCli)})`
        : undefined;
  const out = { corpus, accuracy: {}, throughput: { rows: [] }, notes: [] };

  const stackgateArgs = (target, extra = []) => [opts.stackgateCli, 'secrets', target, '--mode', 'tree', '--format', 'json', ...extra];
  const secretlintArgs = (report) => [opts.secretlintCli, '**/*', '--format', 'json', '--output', report, '--secretlintrc', rc, '--no-color'];
  const guarded = async (what, fn) => {
    try {
      return await fn();
    } catch (e) {
      if (!(e instanceof MeasureError)) throw e;
      log(`  ${what} failed: ${e.message}${e.output ? `\n    ${redactOutput(e.output).split('\n').slice(0, 20).join('\n    ')}` : ''}`);
      process.exitCode = 1;
      return { failed: e.message };
    }
  };

  try {
    // --- Accuracy -------------------------------------------------------------------------------
    log(`(s1) stackgate secrets on ${corpus.accuracy.files} labelled files (${labels.length} planted secrets)`);
    out.accuracy.stackgate = opts.stackgateMissing
      ? { skipped: opts.stackgateMissing }
      : await guarded('stackgate', async () => {
          const r = await measure(opts.node, stackgateArgs(accuracyDir), { cwd: root, env, runs: 1, verify: stackgateFindings });
          if (r.facts.files !== corpus.accuracy.files)
            out.notes.push(`stackgate reported ${r.facts.files} files scanned of the ${corpus.accuracy.files} labelled files.`);
          return { ...score(labels, formats, r.facts.findings), ms: r.medianMs };
        });
    log(`(s2) secretlint on the same files`);
    out.accuracy.secretlint = secretlintMissing
      ? { skipped: secretlintMissing }
      : await guarded('secretlint', async () => {
          const report = path.join(tmp, 'secretlint-accuracy.json');
          const r = await measure(opts.node, secretlintArgs(report), { cwd: accuracyDir, env, runs: 1, verify: () => secretlintFindings(report, accuracyDir) });
          if (r.facts.files !== corpus.accuracy.files)
            out.notes.push(`secretlint reported on ${r.facts.files} of the ${corpus.accuracy.files} labelled files.`);
          return { ...score(labels, formats, r.facts.findings), ms: r.medianMs };
        });
    for (const [tool, a] of Object.entries(out.accuracy))
      if (a.recall !== undefined)
        log(`  ${tool}: recall ${pct(a.recall)}, precision ${pct(a.precision)} (${a.tp} true, ${a.fp} false positives, ${a.fn} missed)`);

    // --- Throughput -----------------------------------------------------------------------------
    // The neutral corpus (secrets-throughput-corpus.mjs): both tools on the whole of it; one shard
    // (10%) as well, to see whether each tool's time is linear in its input; `cat` of the same files
    // as the floor (reading them costs at least that).
    const shards = corpus.throughput.shards;
    const subset = shards[0];
    const full = { label: `the whole corpus (${shards.length} shards)`, dir: throughputDir, bytes: corpus.throughput.bytes, files: corpus.throughput.files };
    const part = {
      label: `one shard (\`${subset.shard}\`, ${pct(subset.bytes / full.bytes)})`,
      dir: path.join(throughputDir, subset.shard),
      bytes: subset.bytes,
      files: subset.files,
    };
    const progress = (label) => (i, ms) => log(`  ${label} run ${i}: ${(ms / 1000).toFixed(2)} s`);
    const rows = out.throughput.rows;
    const sgRow = async (name, target, extra, runs) => {
      if (opts.stackgateMissing) return rows.push({ name, input: target.label, skipped: opts.stackgateMissing });
      log(`(s3) stackgate secrets ${path.relative(root, target.dir)} ${extra.join(' ')}`.trimEnd());
      const r = await guarded('stackgate', () =>
        measure(opts.node, stackgateArgs(target.dir, extra), { cwd: root, env, runs, verify: stackgateFindings, onRun: progress('stackgate') }),
      );
      rows.push({ name, input: target.label, target, ...(r.failed ? r : { result: r, findings: r.facts.findings.length, scannedBytes: r.facts.bytes }) });
      return r.failed ? undefined : r;
    };
    const slRow = async (target, runs) => {
      const name = '`secretlint` (recommended preset)';
      if (secretlintMissing) return void rows.push({ name, input: target.label, skipped: secretlintMissing });
      log(`(s4) secretlint on ${path.relative(root, target.dir)} (single process, one core)`);
      const report = path.join(tmp, 'secretlint-throughput.json');
      const r = await guarded('secretlint', () =>
        measure(opts.node, secretlintArgs(report), {
          cwd: target.dir,
          env,
          runs,
          verify: () => secretlintFindings(report, target.dir),
          onRun: progress('secretlint'),
        }),
      );
      rows.push({ name, input: target.label, target, ...(r.failed ? r : { result: r, findings: r.facts.findings.length }) });
      return r.failed ? undefined : r;
    };
    const catRow = async (target, runs) => {
      const name = '`cat` of the same files (the floor)';
      const files = listFiles(target.dir);
      log(`(s5) cat of the ${files.length} files of ${path.relative(root, target.dir)}`);
      // Through xargs, as many files per cat as the command line takes; the output goes nowhere.
      const r = await guarded('cat', async () => {
        const list = path.join(tmp, 'files.txt');
        fs.writeFileSync(list, files.join('\0'));
        return measure('sh', ['-c', `xargs -0 cat < "${list}" > /dev/null`], { cwd: target.dir, env, runs, okCodes: [0], onRun: progress('cat') });
      });
      rows.push({ name, input: target.label, target, ...(r.failed ? r : { result: r }) });
      return r.failed ? undefined : r;
    };

    const cat = await catRow(full, opts.runs);
    const sgFull = await sgRow('`stackgate secrets` (all cores)', full, [], opts.runs);
    const sgOne = await sgRow('`stackgate secrets --workers 1`', full, ['--workers', '1'], opts.runs);
    const sgTwo = await sgRow('`stackgate secrets --workers 2`', full, ['--workers', '2'], opts.runs);
    const sgPart = await sgRow('`stackgate secrets` (all cores)', part, [], opts.runs);
    const slPart = await slRow(part, opts.secretlintRuns);
    const slFull = await slRow(full, opts.secretlintRuns);
    out.throughput.goal = speedup(sgFull, slFull, full);
    // The neutral corpus holds no planted secret: every finding there is a false positive.
    out.throughput.neutral = { input: full, stackgate: sgFull?.facts.findings.length, secretlint: slFull?.facts.findings.length };
    out.throughput.floor = cat && sgFull ? { cat: mbPerSecond(full.bytes, cat.medianMs), stackgate: mbPerSecond(full.bytes, sgFull.medianMs) } : undefined;
    out.throughput.workers = sgOne && sgTwo ? { one: sgOne.medianMs, two: sgTwo.medianMs, ratio: sgOne.medianMs / sgTwo.medianMs } : undefined;
    out.throughput.linearity = {
      secretlint: linearity(slPart, slFull, part, full),
      stackgate: linearity(sgPart, sgFull, part, full),
    };
    out.throughput.part = part;
    out.throughput.whole = full;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

function speedup(sg, sl, target) {
  if (sg?.medianMs === undefined || sl?.medianMs === undefined) return undefined;
  const stackgate = mbPerSecond(target.bytes, sg.medianMs);
  const secretlint = mbPerSecond(target.bytes, sl.medianMs);
  return { ratio: stackgate / secretlint, stackgate, secretlint, input: target };
}

/**
 * Time on the whole corpus over time on its first shard, against the ratio of their bytes: 1.0 is
 * linear, above 1 grows faster than the input. Start-up (the same for both) makes the small run
 * relatively slower, so a linear tool shows a little under 1.
 */
function linearity(partRun, fullRun, part, full) {
  if (partRun?.medianMs === undefined || fullRun?.medianMs === undefined) return undefined;
  const timeRatio = fullRun.medianMs / partRun.medianMs;
  const bytesRatio = full.bytes / part.bytes;
  return {
    timeRatio,
    bytesRatio,
    growth: timeRatio / bytesRatio,
    partMbPerSecond: mbPerSecond(part.bytes, partRun.medianMs),
    fullMbPerSecond: mbPerSecond(full.bytes, fullRun.medianMs),
  };
}

/** Every file under `dir`, relative to it, sorted. */
function listFiles(dir) {
  const files = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) files.push(child);
    }
  };
  walk('');
  return files.sort();
}

export const mb = (bytes) => (bytes / 1e6).toFixed(1);
export const mbPerSecond = (bytes, ms) => bytes / 1e6 / (ms / 1000);
export const pct = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);

/** stackgate's JSON report: the findings' (file, line), the files and bytes it read. */
function stackgateFindings(result) {
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch (e) {
    throw new Error(`its JSON report does not parse (${e.message})`, { cause: e });
  }
  if (!Array.isArray(report.findings) || typeof report.summary?.files !== 'number') throw new Error('its JSON report has no findings or summary.files');
  if ((result.code === 1) !== report.findings.length > 0) throw new Error(`exit code ${result.code} with ${report.findings.length} findings`);
  return { findings: report.findings.map((f) => ({ file: f.file, line: f.line, rule: f.ruleId })), files: report.summary.files, bytes: report.summary.bytes };
}

/** secretlint's JSON report (written to `reportFile`): findings relative to `base`. */
function secretlintFindings(reportFile, base) {
  if (!fs.existsSync(reportFile)) throw new Error('it wrote no report');
  let report;
  try {
    report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  } catch (e) {
    throw new Error(`its JSON report does not parse (${e.message})`, { cause: e });
  } finally {
    fs.rmSync(reportFile, { force: true }); // it holds the files' text; and a later run must write its own
  }
  if (!Array.isArray(report)) throw new Error('its JSON report is not a list of files');
  const findings = [];
  for (const entry of report) {
    const file = path.relative(base, entry.filePath).split(path.sep).join('/');
    for (const m of entry.messages ?? []) findings.push({ file, line: m.loc?.start?.line, rule: m.ruleId });
  }
  return { findings, files: report.length };
}

/**
 * A finding is a true positive when its (file, line) is a labelled line (or inside a labelled
 * PEM block). Findings are first reduced to distinct (file, line), so a tool neither gains nor
 * loses by reporting one line twice. recall = labels hit / labels; precision = true / distinct.
 */
export function score(labels, formats, findings) {
  const byFile = new Map();
  for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  const hit = new Set();
  const lines = new Set(findings.map((f) => `${f.file}\0${f.line}`));
  let tp = 0;
  const fpByFormat = {};
  for (const key of lines) {
    const [file, lineText] = key.split('\0');
    const line = Number(lineText);
    const label = byFile.get(file)?.find((l) => line >= l.line && line <= (l.endLine ?? l.line));
    if (label) {
      tp++;
      hit.add(label);
    } else {
      const format = formats[file] ?? 'other';
      fpByFormat[format] = (fpByFormat[format] ?? 0) + 1;
    }
  }
  const byKind = {};
  for (const l of labels) {
    const k = (byKind[l.kind] ??= { labels: 0, found: 0 });
    k.labels++;
    if (hit.has(l)) k.found++;
  }
  const fp = lines.size - tp;
  return {
    tp,
    fp,
    fn: labels.length - hit.size,
    recall: hit.size / labels.length,
    precision: lines.size ? tp / lines.size : undefined,
    byKind,
    fpByFormat,
    findings: findings.length,
  };
}

/** A failing tool's stderr, with anything that looks like a long token cut (it may quote a line). */
function redactOutput(text) {
  return text.replace(/[A-Za-z0-9_+/=.-]{20,}/g, (m) => `${m.slice(0, 4)}…`);
}
