// @ts-check
// Markdown for the smoke-test benchmark: printed by run.mjs and written to the "MCP smoke test"
// section of docs/benchmarks.md.
import { INSPECTOR_CALL, INSPECTOR_LIST, SERVERS, stackgateNineArgs, stackgateOneArgs } from './smoke-bench.mjs';

export const SMOKE_GOALS = { speedupVsInspector: 3, nineOverOne: 2 };

const duration = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const span = (r) => (r.maxMs >= 1000 ? `${(r.minMs / 1000).toFixed(2)}–${(r.maxMs / 1000).toFixed(2)} s` : `${r.minMs.toFixed(0)}–${r.maxMs.toFixed(0)} ms`);
const yesNo = (ok) => (ok ? 'yes' : '**no**');
const times = (x) => `${x.toFixed(1)}×`;
const status = (row) => (row?.skipped ? `skipped: ${row.skipped}` : row?.failed ? `**failed**: ${row.failed.replace(/\|/g, '\\|')}` : undefined);
const shell = (args) => args.map((a) => (/^[\w@%+=:,./<>-]+$/.test(a) ? a : `'${a}'`)).join(' ');

const find = (rows, key) => rows.find((r) => r.key === key);
const median = (rows, key) => find(rows, key)?.result?.medianMs;

export function renderSmokeGoals(bench) {
  const out = ['| Goal | Target | Measured | Met |', '| --- | --- | --: | :-: |'];
  const sg = median(bench.single, 'stackgate');
  for (const [key, what] of [
    ['launcher', 'the Inspector CLI as documented (`--cli`, the launcher)'],
    ['direct', "the Inspector CLI's direct entry (`build/index.js`)"],
  ]) {
    const other = median(bench.single, key);
    const goal = `stackgate vs ${what}, one server`;
    if (sg === undefined || other === undefined) out.push(`| ${goal} | ≥ ${SMOKE_GOALS.speedupVsInspector}× faster | not measured | – |`);
    else
      out.push(
        `| ${goal} | ≥ ${SMOKE_GOALS.speedupVsInspector}× faster | ${times(other / sg)} faster (${duration(sg)} vs ${duration(other)}) | ${yesNo(other / sg >= SMOKE_GOALS.speedupVsInspector)} |`,
      );
  }
  const nine = median(bench.nine, 'stackgate');
  const goal = `${SERVERS} servers checked in parallel vs one, stackgate`;
  if (sg === undefined || nine === undefined) out.push(`| ${goal} | < ${SMOKE_GOALS.nineOverOne}× the time of one | not measured | – |`);
  else
    out.push(
      `| ${goal} | < ${SMOKE_GOALS.nineOverOne}× the time of one | ${times(nine / sg)} (${duration(nine)} vs ${duration(sg)}) | ${yesNo(nine / sg < SMOKE_GOALS.nineOverOne)} |`,
    );
  return out.join('\n');
}

export function renderSmokeResults(bench) {
  const out = [
    `| Tool | Runs | One server: median | min–max | vs stackgate | ${SERVERS} servers in parallel: median | min–max | vs stackgate | ${SERVERS} / one |`,
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  const names = { stackgate: '`stackgate smoke`', launcher: 'Inspector CLI, `--cli` (launcher)', direct: 'Inspector CLI, `build/index.js` (direct entry)' };
  for (const key of ['stackgate', 'launcher', 'direct']) {
    const one = find(bench.single, key);
    const nine = find(bench.nine, key);
    const cells = (row, base) => {
      if (status(row)) return [status(row), '', ''];
      const r = row.result;
      const vs = key === 'stackgate' ? '1.0×' : base === undefined ? '–' : times(r.medianMs / base);
      return [duration(r.medianMs), span(r), vs];
    };
    const runs = one?.result?.runs.length ?? nine?.result?.runs.length ?? '–';
    const ratio = one?.result && nine?.result ? times(nine.result.medianMs / one.result.medianMs) : '–';
    out.push(
      `| ${names[key]} | ${runs} | ${cells(one, median(bench.single, 'stackgate')).join(' | ')} | ${cells(nine, median(bench.nine, 'stackgate')).join(' | ')} | ${ratio} |`,
    );
  }
  return out.join('\n');
}

export function renderSmokeMachine(facts) {
  return [
    `- Node.js ${facts.node} on ${facts.os}`,
    `- ${facts.cpus} × ${facts.cpuModel}, ${facts.memoryGb} GB RAM`,
    `- stackgate ${facts.stackgateVersion} at commit \`${facts.commit}\`${facts.dirty ? ' (with uncommitted changes)' : ''}, \`dist/cli-smoke\` bundle (@modelcontextprotocol/sdk ${facts.sdkVersion})`,
    `- @modelcontextprotocol/inspector-cli ${facts.inspectorVersion} (@modelcontextprotocol/sdk ${facts.inspectorSdkVersion})`,
    `- @modelcontextprotocol/server-everything ${facts.serverEverythingVersion}, \`streamableHttp\`, on 127.0.0.1`,
  ].join('\n');
}

/** The whole "MCP smoke test" section of docs/benchmarks.md (and of the printed output). */
export function renderSmokeSection({ date, command, facts, bench, runs }) {
  const checks = bench.checks.single?.checks;
  const notes = bench.notes.length ? `${bench.notes.map((n) => `- ${n}`).join('\n')}\n\n` : '';
  const url = 'http://127.0.0.1:<port>/mcp';
  const u = shell([url]);
  return `## MCP smoke test

Measured on ${date} with \`${command}\`.

### Goals

${renderSmokeGoals(bench)}

### Results

${renderSmokeResults(bench)}

${notes}stackgate does more work per run than the Inspector: besides connecting, listing the tools and
calling \`echo\`, it waits for the server to answer, pings it, checks every tool's input schema,
sends a request with an unknown session id (server-everything answers 400 where the specification
requires 404: \`--expected-failure session-unknown\`) and ends its session with DELETE${
    checks
      ? `;
${checks} checks per server in all`
      : ''
  }. The Inspector CLI makes one request per process, so its check is
two processes (tools/list, then tools/call), each connecting and initializing anew; its documented
\`--cli\` mode is a launcher that starts \`build/index.js\` as a second Node.js process for each
request.

### Machine

${renderSmokeMachine({ ...facts, ...bench.facts })}

### What runs

- One server: \`node bin/stackgate.js ${shell(stackgateOneArgs(url))}\`
  against the Inspector's pair \`node build/cli.js --cli ${u} ${shell(INSPECTOR_LIST)}\`
  then \`… ${shell(INSPECTOR_CALL)}\`, and the same pair through
  \`node build/index.js ${u} --transport http …\`.
- ${SERVERS} servers: one \`node bin/stackgate.js ${shell(stackgateNineArgs('<dir>'))}\` process with
  a temporary \`<dir>/stackgate.yml\` of ${SERVERS} targets under \`smoke.environments.bench\`, each the same
  check (\`tools: [echo]\`, a call of \`echo\` expecting \`hi\`, \`expectedFailures: [session-unknown]\`),
  against ${SERVERS} Inspector pairs started at once (each pair list-then-call on its own server), timed
  until the last one exits.

### How to read this

- Times are wall-clock, from spawning the first process to the exit of the last, measured with
  \`process.hrtime.bigint()\`. They include Node.js start-up and module loading, because that is what
  a deploy pipeline waits for. Every run starts fresh tool processes.
- ${SERVERS} \`server-everything streamableHttp\` processes (\`PORT=0\`, bound to 127.0.0.1 by
  \`__tests__/helpers/bind-loopback.cjs\`) are started once, before the first run, and stopped after
  the last; the one-server measurements use the first of them. The machine has ${facts.cpus} cores, so the
  ${SERVERS}-server runs share them between the servers and every client process (${SERVERS * 2} Inspector
  processes, ${SERVERS * 4} with the launcher, against one stackgate process).
- Each measurement is the median of ${runs} run${runs === 1 ? '' : 's'} (min and max shown). The runs are interleaved: run
  *i* of every measurement comes before run *i + 1* of any, so that load from elsewhere on the
  machine spreads over all of them. A first round, not timed, warms the servers and the file cache.
- Outputs are checked, not only exit codes: stackgate must exit 0 with its summary reporting every
  server passed and no failed check; the Inspector's tools/list must print JSON whose \`tools\`
  include \`echo\`, and its tools/call a text result containing \`hi\`.
- The Inspector CLI runs with \`bench/\` as its working directory: it looks for \`../package.json\`
  relative to the working directory (to name itself to the server) and stops when there is none.
  Its launcher starts \`node\` from \`PATH\`, which begins with the directory of the Node.js that
  runs the benchmark.
- The goals are reported, not asserted: \`npm run bench\` fails only when a tool fails to run.
`;
}
