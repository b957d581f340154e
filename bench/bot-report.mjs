// @ts-check
// Markdown for the GitHub App benchmark: printed by run.mjs and written to the "GitHub App (stackgate
// bot)" section of docs/benchmarks.md.
import { ALONE, BOT_DEFAULT_CONCURRENCY } from './bot-bench.mjs';
import { ENVIRONMENT, STACKGATE_YML } from './bot-github.mjs';
import { renderHost } from './report.mjs';

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms) => `${ms.toFixed(0)} ms`;
const perSecond = (n) => (n >= 100 || Number.isInteger(n) ? n.toFixed(0) : n.toFixed(1));
const rate = (n) => `${perSecond(n)}/s`;
const status = (row) => (row.skipped ? `skipped: ${row.skipped}` : `**failed**: ${row.failed.replace(/\|/g, '\\|')}`);

/** The bound the write pacing puts on one process: { perReplica, byWorkers, byInstallations, writes }. */
export function pacingBound({ installations, concurrency, writesPerVerdict }) {
  // A job's writes go out one per second (its installation's pacing): with w of them it holds a worker ≥ w − 1 seconds.
  const wholeWrites = Math.round(writesPerVerdict);
  const byWorkers = wholeWrites > 1 ? concurrency / (wholeWrites - 1) : Infinity;
  const byInstallations = installations / Math.max(writesPerVerdict, Number.EPSILON);
  return { perReplica: Math.min(byWorkers, byInstallations), byWorkers, byInstallations, writes: wholeWrites, writesPerVerdict };
}

const operationList = (perVerdict) =>
  Object.entries(perVerdict)
    .map(([op, n]) => `${Math.abs(n - 1) < 0.005 ? '' : `${n.toFixed(2)} × `}\`${op}\``)
    .join(', ');

/** The bullet on the workers: the default against 16, when both one-replica PostgreSQL configurations ran; else nothing. */
function renderWorkers(rows, bound) {
  const base = rows.find((r) => r.key === 'postgres-1')?.result;
  const more = rows.find((r) => r.key === 'postgres-1-c16')?.result;
  if (!base || !more) return '';
  const requests = Object.values(base.operations).reduce((a, b) => a + b, 0);
  return `- **The workers.** A job makes its ${requests.toFixed(0)} requests to GitHub one after another, and a replica works on
  \`STACKGATE_BOT_CONCURRENCY\` jobs at once: one replica on PostgreSQL drained ${rate(base.verdictsPerSecond)} with ${base.concurrency} workers
  and ${rate(more.verdictsPerSecond)} with ${more.concurrency}, against the pacing bound of ${perSecond(bound.perReplica)} per second.
`;
}

/** The bullet on GitHub's pacing of writes, from what the verdicts of the first configuration sent. */
function renderPacing(sample, bound, { installations, concurrency, isDefaultConcurrency }) {
  const w = bound.writesPerVerdict;
  const writes = Math.abs(w - Math.round(w)) < 0.005 ? String(Math.round(w)) : w.toFixed(2);
  const lines = [
    `- **GitHub's pacing of writes, per installation.** GitHub asks a client to send its writes one at a
  time, at least a second apart; the bot paces each installation's writes on their own (\`throttleId\`
  in \`src/adapters/github/client.ts\`), so one busy organisation does not slow the others, and
  @octokit/plugin-throttling paces GraphQL queries as writes too. Each verdict made ${writes} paced
  request${writes === '1' ? '' : 's'} here (${operationList(sample.paced)}), so with ${installations} installations one process
  can give at most ${installations} / ${writes} ≈ ${perSecond(bound.byInstallations)} verdicts per second (\`--bot-installations\` changes that).`,
  ];
  if (Number.isFinite(bound.byWorkers))
    lines.push(`  Each job waits a second between its ${bound.writes} writes, so it holds a worker for at least ${bound.writes - 1} s: with
  \`STACKGATE_BOT_CONCURRENCY\` ${concurrency}${isDefaultConcurrency ? " (the bot's default)" : ''}, at most ${perSecond(bound.byWorkers)} per second per process; that wait is also
  most of the time to verdict one at a time.`);
  if (!('graphql' in sample.paced))
    lines.push(`  The App's identity (the GraphQL \`viewer\` query) is asked once per installation and process, so
  only the warm-up asked for it: after a start, a replica's first verdict for an installation waits a second more.`);
  lines.push(`  The bound is ${perSecond(bound.perReplica)} verdicts per second per replica here.`);
  return lines.join('\n');
}

export function renderBotResults(bench) {
  const storeOf = (row) => (row.store === 'pglite' ? 'embedded (pglite, `STACKGATE_DATA_DIR`)' : 'PostgreSQL server (`DATABASE_URL`)');
  const accepting = [
    '| Configuration | Store | Replicas | Workers each | Accepted (202) per second while sending | Sending took | Answer p50 | Answer p95 |',
    '| --- | --- | --: | --: | --: | --: | --: | --: |',
  ];
  const deciding = [
    `| Configuration | One at a time: time to verdict, median of ${ALONE} | Burst: time to verdict p50 | p95 | max | Drain | Verdicts per second | CPU per verdict: bot processes | benchmark process |`,
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const row of bench.rows) {
    const r = row.result;
    if (!r) {
      accepting.push(`| ${row.name} | ${storeOf(row)} | ${row.replicas} | ${row.concurrency ?? '–'} | ${status(row)} | | | |`);
      deciding.push(`| ${row.name} | ${status(row)} | | | | | | | |`);
      continue;
    }
    accepting.push(
      `| ${row.name} | ${storeOf(row)} | ${row.replicas} | ${r.concurrency} | **${rate(r.acceptedPerSecond)}** | ${seconds(r.sendingMs)} | ${millis(r.answer.p50Ms)} | ${millis(r.answer.p95Ms)} |`,
    );
    const botsCpu = r.cpu.botsMsPerVerdict === undefined ? 'not measured' : millis(r.cpu.botsMsPerVerdict);
    deciding.push(
      `| ${row.name} | ${seconds(r.alone.p50Ms)} | ${seconds(r.verdict.p50Ms)} | **${seconds(r.verdict.p95Ms)}** | ${seconds(r.verdict.maxMs)} | ${seconds(r.drainMs)} | **${rate(r.verdictsPerSecond)}** | ${botsCpu} | ${millis(r.cpu.benchMsPerVerdict)} |`,
    );
  }
  return `Accepting deliveries (the answer to GitHub's POST):\n\n${accepting.join('\n')}\n\nDeciding (the review POSTed back):\n\n${deciding.join('\n')}`;
}

/** The whole "GitHub App (stackgate bot)" section of docs/benchmarks.md (and of the printed output). */
export function renderBotSection({ date, command, facts: machine, bench, options }) {
  const facts = { ...machine, ...bench.facts };
  const measured = bench.rows.filter((r) => r.result);
  const sample = measured[0]?.result;
  const concurrency = options.concurrency ?? BOT_DEFAULT_CONCURRENCY;
  const bound = sample
    ? pacingBound({ installations: options.installations, concurrency, writesPerVerdict: Object.values(sample.paced).reduce((a, b) => a + b, 0) })
    : undefined;
  const two = measured.find((r) => r.replicas === 2)?.result;
  const notes = bench.notes.length ? `${bench.notes.map((n) => `- ${n}`).join('\n')}\n\n` : '';
  const flags = `--bot-deliveries ${options.deliveries} --bot-installations ${options.installations} --bot-senders ${options.senders}${options.concurrency ? ` --bot-concurrency ${options.concurrency}` : ''}`;
  return `## GitHub App (stackgate bot)

Measured on ${date} with \`${command}\` (${flags}).

### Results

${renderBotResults(bench)}

${notes}${two ? `With two replicas, the first decided ${two.perReplica[0]} runs and the second ${two.perReplica[1]}${bound ? `; the pacing bound below doubles, to ${perSecond(2 * bound.perReplica)} verdicts per second` : ''}.\n\n` : ''}### What bounds these figures

${
  bound
    ? `${renderPacing(sample, bound, { installations: options.installations, concurrency, isDefaultConcurrency: !options.concurrency })}
${renderWorkers(bench.rows, bound)}- **Accepting is short work.** A delivery is answered once its signature is verified and it is
  stored in the queue (one insert); GitHub allows 10 seconds. The burst is sent in about the time
  shown, so *accepted per second* covers a short window, while the replicas have started on the
  jobs and the senders and the fake GitHub run on the same cores: it is what this machine did, not
  a ceiling of the bot's own.
- **The pacing is per process.** Two replicas pace their writes separately (no limiter shared between
  them), so together they may write for one installation twice as often as GitHub asks of one client.
- **The time to verdict under a burst is time in the queue.** The ${options.deliveries} deliveries are all accepted
  within a second or so, then the queue drains at the rate above: the p95 time to verdict is close to
  95% of the drain, and grows with the size of the burst. The drain rate (verdicts per second) is the
  capacity; the time to verdict one at a time is the latency of an idle bot.
- **The machine is shared.** ${facts.cpus} cores run the bot processes, PostgreSQL, and the benchmark process:
  the fake GitHub, which checks every request and every answer against GitHub's OpenAPI description,
  and the senders (the CPU columns above; PostgreSQL's own is not counted).
- Each verdict is ${sample.requestsPerVerdict.toFixed(1)} requests to the fake GitHub: ${operationList(sample.operations)}.`
    : '- No configuration was measured.'
}
- **No comparison.** The issue names no peer for this figure, and there is no comparable load tool for
  GitHub Apps to run against; the figures stand on their own.

### Machine

${renderHost(facts)}, the \`dist/\` bundle through \`bin/stackgate.js\`
- PostgreSQL ${facts.postgresVersion} (a throwaway cluster on 127.0.0.1, \`fsync=off\`), driver pg ${facts.pgVersion}; @electric-sql/pglite ${facts.pgliteVersion}

### What runs

- The fake GitHub of the bot's tests (\`__tests__/helpers/fake-github.ts\` with the App of
  \`github-app.ts\`), in the benchmark process, with the App installed on ${options.installations} organisations, one
  repository each. Each repository's commit carries a gate, a \`dev\` deployment recorded by
  github-actions[bot] with readiness 90, and a \`${ENVIRONMENT}\` environment with a reviewer:

  \`\`\`yaml
${STACKGATE_YML.trimEnd()
  .split('\n')
  .map((line) => `  ${line}`)
  .join('\n')}
  \`\`\`

  Every verdict is a real gate evaluation: stackgate.yml read at the SHA, the deploy ledger and the environment
  read, the review POSTed; every one is an approval.
- \`node bin/stackgate.js bot --port 0 --host 127.0.0.1\` as processes, configured by environment,
  \`STACKGATE_BOT_CONCURRENCY\` ${options.concurrency ?? "unset (the bot's default, " + BOT_DEFAULT_CONCURRENCY + ')'} except where the table says 16. Four configurations,
  each with a fresh fake and an empty store: one replica with \`DATABASE_URL\` (a database of its own
  on one PostgreSQL server), two replicas with the same \`DATABASE_URL\`, one replica with the
  embedded store (\`STACKGATE_DATA_DIR\`, a temporary directory), and one replica on PostgreSQL with
  16 workers.
- Per configuration: a warm-up, not measured, until each replica has decided a run of each
  installation (installation tokens and the App's identity, cached per process; connections; JIT); then ${ALONE} deliveries one at a time, each to another installation, each waiting for its
  verdict; then the burst: ${options.deliveries} \`deployment_protection_rule\` deliveries (payloads built from GitHub's
  webhook schema, signed with \`X-Hub-Signature-256\`), spread over the installations and the
  replicas in turn, from ${options.senders} concurrent senders.

### How to read this

- Times are taken with \`performance.now()\` in the benchmark process. *Accepted per second* is the
  deliveries answered 202 divided by the time from the first send to the last answer; the *answer* is
  from a send to its response. *Time to verdict* is from a send to the moment the fake GitHub records
  the review that decides the run; *drain* is from the first send to the last verdict, and *verdicts
  per second* the deliveries divided by the drain.
- Checked, not only timed: every delivery answered 202; every run exactly one review, an approval
  (counted again a second after the last verdict); no request or answer off GitHub's description. Otherwise the configuration
  fails, and so does \`npm run bench\`. The figures themselves are reported, not asserted.
- \`--bot-deliveries\`, \`--bot-installations\`, \`--bot-senders\` and \`--bot-concurrency\` change the load.
`;
}
