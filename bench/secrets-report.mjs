// @ts-check
// Markdown for the secret-scanner benchmark: printed by run.mjs and written to the "Secret scanner"
// section of docs/benchmarks.md. Counts and rates only: never a value.
import { mb, pct } from './secrets-bench.mjs';

export const SECRETS_GOALS = { recall: 0.95, precision: 0.95, speedupVsSecretlint: 10, neutralFindings: 0 };

const int = (n) => Math.round(n).toLocaleString('en-US');
const duration = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const yesNo = (ok) => (ok ? 'yes' : '**no**');
const rate = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const status = (a) => (a?.skipped ? `skipped: ${a.skipped}` : a?.failed ? `**failed**: ${a.failed}` : undefined);

export function renderSecretsGoals(bench) {
  const { stackgate: sg, secretlint: sl } = bench.accuracy;
  const out = ['| Goal | Target | stackgate | secretlint | Met |', '| --- | --- | --: | --: | :-: |'];
  const n = bench.corpus.accuracy.labels;
  for (const [metric, target] of [
    ['recall', SECRETS_GOALS.recall],
    ['precision', SECRETS_GOALS.precision],
  ]) {
    const a = sg?.[metric];
    const b = sl?.[metric];
    const met = a === undefined ? '–' : yesNo(a >= target && (b === undefined || a > b));
    out.push(
      `| ${metric === 'recall' ? `Recall on the labelled corpus (${int(n)} planted secrets)` : 'Precision on the labelled corpus'} | ≥ ${pct(target)} and above secretlint | ${status(sg) ?? pct(a)} | ${status(sl) ?? pct(b)} | ${met} |`,
    );
  }
  const neutral = bench.throughput.neutral;
  const count = (n) => (n === undefined ? 'not measured' : int(n));
  if (neutral)
    out.push(
      `| False positives on the neutral corpus (${mb(neutral.input.bytes)} MB, no planted secret: every finding is one) | ${SECRETS_GOALS.neutralFindings} | ${count(neutral.stackgate)} | ${count(neutral.secretlint)} | ${neutral.stackgate === undefined ? '–' : yesNo(neutral.stackgate <= SECRETS_GOALS.neutralFindings)} |`,
    );
  const g = bench.throughput.goal;
  if (g) {
    out.push(
      `| Throughput, MB/s, both tools on the whole neutral corpus (${mb(g.input.bytes)} MB) | ≥ ${SECRETS_GOALS.speedupVsSecretlint}× secretlint | ${rate(g.stackgate)} MB/s | ${rate(g.secretlint)} MB/s | ${yesNo(g.ratio >= SECRETS_GOALS.speedupVsSecretlint)} (${g.ratio.toFixed(1)}×) |`,
    );
  } else out.push(`| Throughput on the same files | ≥ ${SECRETS_GOALS.speedupVsSecretlint}× secretlint | not measured | not measured | – |`);
  return out.join('\n');
}

export function renderSecretsAccuracy(bench) {
  const rows = [
    '| Tool | Recall | Precision | Secrets found | False positives | Missed | Findings reported | Time |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ];
  const tools = [
    ['`stackgate secrets`', bench.accuracy.stackgate],
    ['`secretlint`', bench.accuracy.secretlint],
  ];
  for (const [name, a] of tools) {
    if (status(a)) rows.push(`| ${name} | ${status(a)} | | | | | | |`);
    else
      rows.push(`| ${name} | ${pct(a.recall)} | ${pct(a.precision)} | ${int(a.tp)} | ${int(a.fp)} | ${int(a.fn)} | ${int(a.findings)} | ${duration(a.ms)} |`);
  }
  const kinds = Object.entries(bench.corpus.accuracy.kinds);
  const byKind = ['| Kind | Planted | stackgate found | secretlint found |', '| --- | --: | --: | --: |'];
  const found = (a, kind) => (status(a) ? '–' : `${int(a.byKind[kind]?.found ?? 0)}`);
  for (const [kind, count] of kinds)
    byKind.push(`| ${kind} | ${int(count)} | ${found(bench.accuracy.stackgate, kind)} | ${found(bench.accuracy.secretlint, kind)} |`);
  const formats = Object.entries(bench.corpus.accuracy.formats).sort((a, b) => b[1] - a[1]);
  const fpRows = ['| File format | Files | stackgate false positives | secretlint false positives |', '| --- | --: | --: | --: |'];
  const fp = (a, f) => (status(a) ? '–' : `${int(a.fpByFormat[f] ?? 0)}`);
  for (const [format, files] of formats)
    fpRows.push(`| ${format} | ${int(files)} | ${fp(bench.accuracy.stackgate, format)} | ${fp(bench.accuracy.secretlint, format)} |`);
  return { summary: rows.join('\n'), byKind: byKind.join('\n'), falsePositives: fpRows.join('\n') };
}

export function renderSecretsThroughput(bench) {
  const out = ['| Measurement | Input | Runs | Median | Min | Max | MB/s | Findings reported |', '| --- | --- | --: | --: | --: | --: | --: | --: |'];
  for (const row of bench.throughput.rows) {
    if (row.skipped) out.push(`| ${row.name} | ${row.input} | – | skipped: ${row.skipped} | | | | |`);
    else if (row.failed) out.push(`| ${row.name} | ${row.input} | – | **failed**: ${row.failed.replace(/\|/g, '\\|')} | | | | |`);
    else {
      const r = row.result;
      out.push(
        `| ${row.name} | ${row.input}, ${mb(row.target.bytes)} MB | ${r.runs.length} | ${duration(r.medianMs)} | ${duration(r.minMs)} | ${duration(r.maxMs)} | ${rate(row.target.bytes / 1e6 / (r.medianMs / 1000))} | ${row.findings === undefined ? '–' : int(row.findings)} |`,
      );
    }
  }
  return out.join('\n');
}

/** What the throughput rows say: the goal's ratio, the floor, linearity, and what a second worker gains. */
export function renderSecretsThroughputNotes(bench) {
  const t = bench.throughput;
  const lines = [];
  if (t.goal)
    lines.push(
      `stackgate scans the whole corpus at ${rate(t.goal.stackgate)} MB/s with its default workers, ${t.goal.ratio.toFixed(1)}× secretlint's ${rate(t.goal.secretlint)} MB/s on the same files (goal: ${SECRETS_GOALS.speedupVsSecretlint}×).`,
    );
  const sl = t.linearity?.secretlint;
  if (t.goal && sl && sl.growth > 1.15)
    lines.push(
      `secretlint is not linear on this corpus (below), so its rate on the whole corpus inflates the ratio: against its rate on the first shard (${rate(sl.partMbPerSecond)} MB/s, start-up included) stackgate is ${(t.goal.stackgate / sl.partMbPerSecond).toFixed(1)}× as fast.`,
    );
  if (t.floor)
    lines.push(
      `The floor: \`cat\` reads the same files at ${rate(t.floor.cat)} MB/s; stackgate runs at ${pct(t.floor.stackgate / t.floor.cat)} of that speed, Node.js start-up included.`,
    );
  const lin = (name, l) =>
    l &&
    `${name} took ${l.timeRatio.toFixed(1)}× as long on the whole corpus as on its first shard, for ${l.bytesRatio.toFixed(1)}× the bytes (${rate(l.partMbPerSecond)} MB/s on the shard, ${rate(l.fullMbPerSecond)} MB/s on the whole): ${l.growth <= 1.15 ? 'linear in its input' : `${l.growth.toFixed(2)}× faster growth than its input, so not linear`}${l.growth < 0.9 ? ' (its fixed start-up weighs more on the small run)' : ''}.`;
  for (const line of [lin('secretlint', t.linearity?.secretlint), lin('stackgate', t.linearity?.stackgate)]) if (line) lines.push(line);
  if (t.workers)
    lines.push(
      `Two threads against one on the whole corpus: ${duration(t.workers.two)} against ${duration(t.workers.one)} (${t.workers.ratio.toFixed(2)}×). With \`--workers 1\` the calling thread scans every file; with two it scans one share and a worker thread the other, reading its files itself (shares balanced by bytes, largest first), so only findings cross threads. What a second thread cannot share: Node.js start-up, listing the files, and the worker's own start (loading the scanner, compiling its patterns, warming up the JIT), paid on top of the scan.`,
    );
  return lines.map((l) => `- ${l}`).join('\n');
}

export function renderSecretsCorpus(corpus) {
  const a = corpus.accuracy;
  const t = corpus.throughput;
  const kinds = Object.keys(a.kinds).length;
  return [
    `- Labelled corpus: ${int(a.projects)} small repositories, ${int(a.files)} files (${mb(a.bytes)} MB) in ${Object.keys(a.formats).length} formats, with ${int(a.labels)} planted secrets of ${kinds} kinds; labels in \`bench/.corpus/secrets/labels.json\` (file, line, kind; no values)`,
    `- Throughput corpus: ${int(t.files)} files, ${mb(t.bytes)} MB of neutral repository content in ${t.shards.length} shards of the same mix (source in JavaScript/TypeScript, Python, Go, Java, Rust and shell; YAML: Kubernetes manifests, workflows, Compose files; JSON: package manifests and API fixtures; Markdown; npm, Yarn, Go, Cargo and Poetry lock files; minified bundles), of which ${mb(t.binaryBytes)} MB binary files (skipped by both tools); nothing of the labelled corpus and no planted secret, so every finding there is a false positive`,
    `- Generated by \`bench/secrets-corpus.mjs\` from seed ${corpus.seed} (fingerprint \`${corpus.fingerprint}\`); the same seed gives the same files on every machine. Every credential is fabricated at generation time in its provider's published format (GitHub and npm tokens with valid CRC32 checksums); none is, or was, live`,
  ].join('\n');
}

export function renderSecretsMachine(facts) {
  return [
    `- Node.js ${facts.node} on ${facts.os}`,
    `- ${facts.cpus} × ${facts.cpuModel}, ${facts.memoryGb} GB RAM`,
    `- stackgate ${facts.stackgateVersion} at commit \`${facts.commit}\`${facts.dirty ? ' (with uncommitted changes)' : ''}`,
    `- secretlint ${facts.secretlintVersion} with @secretlint/secretlint-rule-preset-recommend ${facts.secretlintPresetVersion}`,
  ].join('\n');
}

/** The whole "Secret scanner" section of docs/benchmarks.md (and of the printed output). */
export function renderSecretsSection({ date, command, facts, bench, runs }) {
  const acc = renderSecretsAccuracy(bench);
  const notes = bench.notes.length ? `${bench.notes.map((n) => `- ${n}`).join('\n')}\n\n` : '';
  return `## Secret scanner

Measured on ${date} with \`${command}\`.

### Goals

${renderSecretsGoals(bench)}

### Accuracy

${acc.summary}

Recall by kind of secret:

${acc.byKind}

False positives by file format (lines reported that hold no planted secret):

${acc.falsePositives}

### Throughput

${renderSecretsThroughput(bench)}

${renderSecretsThroughputNotes(bench)}

${notes}### Machine

${renderSecretsMachine(facts)}

### Corpus

${renderSecretsCorpus(bench.corpus)}

The labelled files are what MCP-server repositories hold: \`.env\` and \`.env.example\`, Compose
files, Kubernetes Secrets (base64 \`data:\`) and ConfigMaps, Helm values, JSON configs, a GCP
service-account key, Java \`.properties\`, shell scripts, Python, JavaScript, Go and Java source,
tests, Terraform, GitHub Actions workflows, READMEs, \`package-lock.json\`, \`.npmrc\`, Dockerfiles,
AWS credential files, PEM private keys, certificates and \`authorized_keys\`. Planted secrets:
GitHub (classic, fine-grained, OAuth, app, refresh), AWS key pairs, Slack tokens and webhooks,
Stripe, OpenAI, Anthropic, GitLab, npm, Tailscale, Portainer, SendGrid, Google, Docker Hub and
Hugging Face tokens, PEM private keys, JWTs, database URLs with passwords, random passwords and
generated secrets (\`openssl rand\`) under secret-like keys, and base64-encoded values in
Kubernetes Secrets. Next to them sit the negatives a scanner must stay quiet about: references
(\`\${DB_PASSWORD}\`, \`process.env.X\`, \`os.environ[...]\`, \`\${{ secrets.X }}\`, \`var.x\`,
\`{{ .Values.x }}\`), placeholders (\`changeme\`, \`<your-token>\`, \`xxxx\`, \`****\`), the AWS
documentation keys, sha256 digests, UUIDs, git SHAs, lock-file integrity hashes, trace ids,
Stripe publishable keys and customer ids, GitHub and npm look-alikes with a wrong checksum,
base64 of plain words, certificates and public keys.

### How to read this

- A finding is a true positive when its file and line hold a planted secret (any line of a PEM
  block counts for that block). Findings are first reduced to distinct (file, line), so reporting
  one line twice neither helps nor hurts. Recall = planted secrets found / planted secrets;
  precision = true positives / distinct lines reported.
- \`stackgate secrets <dir> --mode tree --format json\` and \`secretlint "**/*" --format json
  --output <temporary file> --secretlintrc <temporary .secretlintrc.json>\` (run in the corpus
  directory; the rc file enables only \`@secretlint/secretlint-rule-preset-recommend\`) read the
  same files; each report is parsed to check that the tool read them. Nothing they report is
  printed. The corpus lives in a git-ignored folder, so stackgate runs with
  \`GIT_CEILING_DIRECTORIES\` set and walks the directory as it does outside a git repository.
- Times are wall-clock from spawn to exit, Node.js start-up included; stackgate's and \`cat\`'s
  median of ${runs} run${runs === 1 ? '' : 's'}. stackgate scans with worker threads on every core by default; the
  \`--workers 1\` row is one thread, like secretlint. MB/s divides the bytes of the files given
  to the tool (binary files included, which both skip) by the median time. secretlint ran once
  per measurement (\`--secretlint-runs\` for more), on the whole corpus and on its first shard
  (10%) to check that its time is linear in its input. \`cat\` is \`xargs -0 cat > /dev/null\`
  over the same file list: the time to read the files, which no scanner can beat.
- The goals are reported, not asserted: \`npm run bench\` fails only when a tool fails to run.
`;
}
