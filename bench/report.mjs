// @ts-check
// Markdown for the benchmark: the results table printed by run.mjs and docs/benchmarks.md.

// Compose and Kubernetes: the goals of the validate issue (at least 20× dclint, 2,000 manifests/s); the action: the start-up goal.
export const GOALS = { speedupVsDclint: 20, manifestsPerSecond: 2000, actionMs: 1000 };

const int = (n) => Math.round(n).toLocaleString('en-US');
const duration = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const yesNo = (ok) => (ok ? 'yes' : '**no**');

/** rows: { name, input, and result + throughput + findings, or skipped, or failed (a reason) } */
export function renderResults(rows) {
  const out = ['| Measurement | Input | Runs | Median | Min | Max | Throughput | Findings reported |', '| --- | --- | --: | --: | --: | --: | --: | --: |'];
  for (const row of rows) {
    if (row.skipped) out.push(`| ${row.name} | ${row.input} | – | skipped: ${row.skipped} | | | | |`);
    else if (row.failed) out.push(`| ${row.name} | ${row.input} | – | **failed**: ${row.failed.replace(/\|/g, '\\|')} | | | | |`);
    else {
      const r = row.result;
      out.push(
        `| ${row.name} | ${row.input} | ${r.runs.length} | ${duration(r.medianMs)} | ${duration(r.minMs)} | ${duration(r.maxMs)} | ${row.throughput ?? ''} | ${row.findings ?? ''} |`,
      );
    }
  }
  return out.join('\n');
}

/** The three goals of the issue, measured against the medians; reported, never asserted. */
/**
 * The goals table; a measurement that did not run is missing.
 * @param {{ composeSg?: any, composeDclint?: any, k8sSg?: any, action?: any, corpus: any }} measured
 */
export function renderGoals({ composeSg, composeDclint, k8sSg, action, corpus }) {
  const out = ['| Goal | Target | Measured | Met |', '| --- | --- | --: | :-: |'];
  if (composeSg && composeDclint) {
    const ratio = composeDclint.medianMs / composeSg.medianMs;
    out.push(
      `| stackgate vs dclint, time per Compose file (same ${int(corpus.compose.files)} files) | ≥ ${GOALS.speedupVsDclint}× faster | ${ratio.toFixed(1)}× faster (${perFile(composeSg, corpus)} vs ${perFile(composeDclint, corpus)}) | ${yesNo(ratio >= GOALS.speedupVsDclint)} |`,
    );
  } else out.push(`| stackgate vs dclint, time per Compose file | ≥ ${GOALS.speedupVsDclint}× faster | not measured | – |`);
  if (k8sSg) {
    const rate = manifestsPerSecond(k8sSg, corpus);
    out.push(
      `| Kubernetes manifests per second, one \`stackgate validate\` process | ≥ ${int(GOALS.manifestsPerSecond)}/s | ${int(rate)}/s | ${yesNo(rate >= GOALS.manifestsPerSecond)} |`,
    );
  } else out.push(`| Kubernetes manifests per second | ≥ ${int(GOALS.manifestsPerSecond)}/s | not measured | – |`);
  if (action)
    out.push(
      `| \`node dist/validate/index.js\` on examples/mcp-stacks | < ${duration(GOALS.actionMs)} | ${duration(action.medianMs)} | ${yesNo(action.medianMs < GOALS.actionMs)} |`,
    );
  else out.push(`| \`node dist/validate/index.js\` on examples/mcp-stacks | < ${duration(GOALS.actionMs)} | not measured | – |`);
  return out.join('\n');
}

/**
 * What a second thread brings on the Kubernetes corpus: --workers 2 against --workers 1, the
 * default, and the machine's parallel capacity measured between the runs; empty when not measured.
 * @param {{ k8sSg?: any, k8sOneThread?: any, k8sTwoThreads?: any, parallelCapacity?: any, corpus: any, facts: any }} measured
 */
export function renderThreads({ k8sSg, k8sOneThread, k8sTwoThreads, parallelCapacity, corpus, facts }) {
  if (!k8sOneThread || !k8sTwoThreads) return '';
  const rate = (r) => `${int(manifestsPerSecond(r, corpus))}/s`;
  const lines = [
    `Two threads against one: ${duration(k8sTwoThreads.medianMs)} against ${duration(k8sOneThread.medianMs)}, ${(k8sOneThread.medianMs / k8sTwoThreads.medianMs).toFixed(2)}× (${rate(k8sTwoThreads)} against ${rate(k8sOneThread)} manifests).` +
      (k8sSg
        ? ` Without \`--workers\`, stackgate takes every core but one from 1 MiB of files up (${facts.cpus > 2 ? `${facts.cpus - 1} threads` : 'one thread'} on ${facts.cpus} cores here): ${duration(k8sSg.medianMs)}, ${rate(k8sSg)}.`
        : ''),
  ];
  if (parallelCapacity) {
    const c = parallelCapacity;
    lines.push(
      `What two cores give here, measured after each round: two \`--workers 1\` runs started at once took ${duration(c.togetherMs)}, against ${duration(c.aloneMs)} for one alone (medians of ${c.count}), so ${c.capacity.toFixed(2)}× the work of one in the same time (${c.min.toFixed(2)}–${c.max.toFixed(2)}). Two cores running in parallel at full speed give 2.0; cores shared with other work, or two hyperthreads of one core, give less. And one thread is not one core: V8's garbage collector (parallel scavenges, concurrent marking) and its optimising compiler run on helper threads, on the other core. That figure, not 2, is the ceiling of a second thread of stackgate here; and it is why stackgate leaves a core to those helper threads by default.`,
    );
  }
  lines.push(
    "What a second thread shares: parsing the files and the checks of each manifest (those of one object, most of the checks), the calling thread and a worker thread taking the files one at a time. What it cannot share: Node.js start-up and loading the modules, listing and reading the files, the worker's own start (loading the checks and the Kubernetes models, warming up the JIT: the calling thread takes files meanwhile), the parses coming back from the worker (packed into flat arrays, unpacked by the calling thread), and what needs every manifest at once, run by the calling thread after: the checks across objects (Service selectors, PodDisruptionBudgets, NetworkPolicy coverage), the checks of the repository as a whole, suppressions and the JSON report.",
  );
  return lines.map((l) => `- ${l}`).join('\n');
}

export function perFile(result, corpus) {
  const ms = result.medianMs / corpus.compose.files;
  return `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms/file`;
}

export function manifestsPerSecond(result, corpus) {
  return corpus.kubernetes.documents / (result.medianMs / 1000);
}

export function renderMachine(facts) {
  return [renderHost(facts), `- dclint ${facts.dclintVersion}, default rules`].join('\n');
}

/** Node.js, the OS, the CPUs and memory, and the commit measured: the first lines of every part's "Machine". */
export function renderHost(facts) {
  return [
    `- Node.js ${facts.node} on ${facts.os}`,
    `- ${facts.cpus} × ${facts.cpuModel}, ${facts.memoryGb} GB RAM`,
    `- stackgate ${facts.stackgateVersion} at commit \`${facts.commit}\`${facts.dirty ? ' (with uncommitted changes)' : ''}`,
  ].join('\n');
}

export function renderCorpus(corpus) {
  const kinds = Object.entries(corpus.kubernetes.kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${int(n)} ${k}`)
    .join(', ');
  return [
    `- ${int(corpus.compose.files)} Compose files (\`docker-compose.yml\`, one per directory, ${int(corpus.compose.services)} services, ${(corpus.compose.bytes / 1e6).toFixed(1)} MB)`,
    `- ${int(corpus.kubernetes.documents)} Kubernetes manifests in ${int(corpus.kubernetes.files)} files (${int(corpus.kubernetes.multiDocumentFiles)} of them multi-document, ${(corpus.kubernetes.bytes / 1e6).toFixed(1)} MB): ${kinds}`,
    `- generated by \`bench/corpus.mjs\` from seed ${corpus.seed} (fingerprint \`${corpus.fingerprint}\`); the same seed gives the same files on every machine`,
  ].join('\n');
}

/** The "Validate" section of docs/benchmarks.md. */
export function renderValidateSection({ date, command, facts, corpus, results, goals, notes, threads, runs, dclintRuns }) {
  return `## Validate

Measured on ${date} with \`${command}\`.

### Goals

${goals}

### Results

${results}

${notes.length ? `${notes.map((n) => `- ${n}`).join('\n')}\n\n` : ''}${threads ? `### Threads\n\n${threads}\n\n` : ''}### Machine

${renderMachine(facts)}

### Corpus

${renderCorpus(corpus)}

Compose files are MCP-server stacks (an MCP server plus a gateway, Postgres, Redis, Prometheus,
Grafana, an OpenTelemetry collector, Qdrant or MinIO), written in the varied styles found in the wild.
Manifests are ConfigMaps, Deployments, StatefulSets, Services, ServiceAccounts, NetworkPolicies and
PodDisruptionBudgets for dev, staging and prod namespaces. Most are hardened; a minority carry the
usual faults: \`latest\` or missing image tags, no resource limits, privileged containers, no
healthcheck or probes, ports bound to every interface. All ${int(corpus.kubernetes.documents)} manifests are valid against the
Kubernetes schemas and every Compose file is valid against the Compose specification.

### How to read this

- Times are wall-clock, from spawning the process to its exit, measured with
  \`process.hrtime.bigint()\`. They include Node.js start-up and module loading, because that is what
  a developer or a CI runner waits for.
- Both tools run as their command-line interfaces, each run in a fresh process, one after the other
  (never in parallel), on the same files: \`stackgate validate bench/.corpus/compose --format json\`
  and \`dclint -r -f json -o <temporary file> bench/.corpus/compose\`. Each report is parsed afterwards
  to check that the tool really read every file; nothing is printed to a terminal. (stackgate's JSON
  goes to a pipe; dclint writes a file because it exits before a piped stdout has drained.)
- Each stackgate measurement is the median of ${runs} runs (min and max shown). dclint ran
  ${dclintRuns === 1 ? 'once' : `${dclintRuns} times`}: it takes far longer, and its time over ${int(corpus.compose.files)} files varies little between
  runs (\`--dclint-runs 3\` gives a median of three). A CPU profile of dclint 3.1.0 shows most of its
  time going to compiling the Compose JSON Schema (Ajv) again for every file.
- The tools do not check the same things, so the finding counts are not comparable: dclint lints the
  raw file (schema, style, ordering), stackgate validates each stack layered per environment (dev,
  staging, prod) and runs its production-readiness checks on every service.
- Throughput for Kubernetes is manifests (YAML documents) divided by the median wall-clock time.
- The three Kubernetes measurements (the default, \`--workers 1\` and \`--workers 2\`) are interleaved,
  run *i* of each before run *i + 1* of any, with the parallel capacity measured after each round, so
  that load from elsewhere on the machine spreads over all of them. Their findings are the same: the
  threads only share the work (\`__tests__/adapters/validate/prepare-pool.test.ts\` compares the JSON
  reports of one, two and three threads byte for byte).
- The goals are reported, not asserted: \`npm run bench\` fails only when a tool fails to run.
`;
}

const SECTIONS = ['validate', 'secrets', 'smoke', 'bot'];
const marker = (name, edge) => `<!-- ${name}:${edge} -->`;

/**
 * docs/benchmarks.md from the sections just measured plus, for a part that did not run
 * (\`--only\`), its section from the current document. A document written before the sections
 * had markers is all validate results; its headings move one level down under "Validate".
 */
export function renderDocument({ command, sections, previous = '' }) {
  const kept = sectionsOf(previous);
  const body = SECTIONS.map((name) => {
    const text = sections[name] ?? kept[name];
    return text ? `${marker(name, 'start')}\n${text.trim()}\n${marker(name, 'end')}\n` : '';
  }).filter(Boolean);
  return `# Benchmarks

<!-- Generated by \`${command}\` (bench/run.mjs); edit bench/report.mjs, bench/secrets-report.mjs, bench/smoke-report.mjs and bench/bot-report.mjs, not this file. -->

${body.join('\n')}`;
}

function sectionsOf(text) {
  const out = {};
  for (const name of SECTIONS) {
    const m = new RegExp(`${marker(name, 'start')}\\n([\\s\\S]*?)\\n${marker(name, 'end')}`).exec(text);
    if (m) out[name] = m[1];
  }
  if (!Object.keys(out).length && /^Measured on /m.test(text)) {
    const legacy = text.slice(text.search(/^Measured on /m)).replace(/^## /gm, '### ');
    out.validate = `## Validate\n\n${legacy.trim()}`;
  }
  return out;
}
