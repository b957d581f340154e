// @ts-check
// The smoke-test part of `npm run bench`: the same check of an MCP server (connect, tools/list,
// one tools/call of `echo`) with `stackgate smoke` and with the MCP Inspector CLI, against
// @modelcontextprotocol/server-everything on streamable HTTP, for one server and for nine at once.
// Every run is a fresh tool process (the Inspector takes two, one per request), timed wall-clock from
// the first spawn to the last exit. The servers are started here from node_modules, on loopback, and
// stopped again whatever happens (a failed run, an exception, Ctrl-C).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MeasureError, stats, timeOnce } from './measure.mjs';

export const SERVERS = 9;
const SERVER_ENTRY = 'node_modules/@modelcontextprotocol/server-everything/dist/index.js';
const PRELOAD = './__tests__/helpers/bind-loopback.cjs';
const INSPECTOR = 'node_modules/@modelcontextprotocol/inspector-cli';
const EXPECTED_FAILURE = 'session-unknown'; // server-everything answers 400, not 404, to an unknown session id
const START_TIMEOUT_MS = 30_000;

/** The one-off stackgate command line for one server (bin/stackgate.js smoke …). */
export const stackgateOneArgs = (url) => [
  'smoke',
  '--url',
  url,
  '--expect-tool',
  'echo',
  '--call',
  'echo {"message":"hi"}',
  '--expect-contains',
  'hi',
  '--expected-failure',
  EXPECTED_FAILURE,
];
/** The stackgate command line for the nine targets of the temporary stackgate.yml. */
export const stackgateNineArgs = (dir) => ['smoke', dir, '--environment', 'bench', '--concurrency', String(SERVERS)];
/** The Inspector's two requests, after `<entry> [--cli] <url>`. */
export const INSPECTOR_LIST = ['--method', 'tools/list'];
export const INSPECTOR_CALL = ['--method', 'tools/call', '--tool-name', 'echo', '--tool-arg', 'message=hi'];

/**
 * opts: { root, node, stackgateCli (bin/stackgate.js, or a dist/cli/index.js), stackgateMissing, runs,
 *         spawnEnv, log }
 * Returns { single: rows, nine: rows, checks, facts, notes } where a row is
 * { key, name, input, result | skipped | failed }.
 */
export async function runSmokeBench(opts) {
  const { root, node, log, runs } = opts;
  const inspectorDir = path.join(root, INSPECTOR);
  const inspectorMissing = fs.existsSync(path.join(inspectorDir, 'build/index.js')) ? undefined : `${INSPECTOR} not installed (npm ci)`;
  const serverMissing = fs.existsSync(path.join(root, SERVER_ENTRY)) ? undefined : '@modelcontextprotocol/server-everything not installed (npm ci)';
  const out = { single: [], nine: [], notes: [], facts: inspectorFacts(root), checks: {} };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-bench-smoke-'));
  const servers = [];
  const stopOnSignal = (signal) => {
    stopAllSync(servers);
    fs.rmSync(tmp, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  const onExit = () => stopAllSync(servers); // last resort: an uncaught exception still kills them
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  process.on('exit', onExit);

  try {
    if (serverMissing) {
      for (const rows of [out.single, out.nine]) for (const m of measurements(rows === out.nine)) rows.push({ ...m, skipped: serverMissing });
      return out;
    }
    const loadBefore = os.loadavg()[0]; // the machine may be shared: how busy it was before we started
    log(`(m0) starting ${SERVERS} × server-everything streamableHttp on 127.0.0.1`);
    const started = process.hrtime.bigint();
    for (let i = 0; i < SERVERS; i++) servers.push(startServer({ root, node, env: opts.spawnEnv, dir: tmp, index: i }));
    await Promise.all(servers.map((s) => s.ready));
    log(`  listening on ${servers.map((s) => s.port).join(', ')} after ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
    const urls = servers.map((s) => `http://127.0.0.1:${s.port}/mcp`);

    // Nine targets in one stackgate.yml, each the same check as the one-off command line.
    const configDir = path.join(tmp, 'config');
    fs.mkdirSync(configDir);
    fs.writeFileSync(path.join(configDir, 'stackgate.yml'), stackgateYaml(urls));

    // The Inspector resolves ../package.json from its working directory: run it in a subdirectory
    // of this npm project. Its `--cli` launcher starts `node` from PATH: the same node as ours.
    const inspectorEnv = { ...opts.spawnEnv, PATH: [path.dirname(node), opts.spawnEnv.PATH].filter(Boolean).join(path.delimiter) };
    const inspectorCwd = path.join(root, 'bench');
    const stackgate = (args) => timeOnce(node, [opts.stackgateCli, ...args], { cwd: root, env: opts.spawnEnv });
    const inspector = (entry, url, method) =>
      timeOnce(node, [path.join(inspectorDir, 'build', entry), ...(entry === 'cli.js' ? ['--cli', url] : [url, '--transport', 'http']), ...method], {
        cwd: inspectorCwd,
        env: inspectorEnv,
      });
    const pair = async (entry, url) => {
      const list = await inspector(entry, url, INSPECTOR_LIST);
      checkInspector(list, 'tools/list', inspectorListed);
      const call = await inspector(entry, url, INSPECTOR_CALL);
      checkInspector(call, 'tools/call', inspectorEchoed);
    };
    const skip = { stackgate: opts.stackgateMissing, launcher: inspectorMissing, direct: inspectorMissing };

    // What each measurement runs once; it throws a MeasureError when the tool did not do the check.
    const single = {
      stackgate: async () => (out.checks.single = checkStackgate(await stackgate(stackgateOneArgs(urls[0])), 1)),
      launcher: () => pair('cli.js', urls[0]),
      direct: () => pair('index.js', urls[0]),
    };
    const nine = {
      stackgate: async () => (out.checks.nine = checkStackgate(await stackgate(stackgateNineArgs(configDir)), SERVERS)),
      launcher: () => allDone(urls.map((url) => pair('cli.js', url))),
      direct: () => allDone(urls.map((url) => pair('index.js', url))),
    };

    const series = [
      ...measurements(false).map((m) => ({ ...m, rows: out.single, once: single[m.key] })),
      ...measurements(true).map((m) => ({ ...m, rows: out.nine, once: nine[m.key] })),
    ].map((s) => ({ ...s, skipped: skip[s.key], failed: /** @type {string | undefined} */ (undefined), times: /** @type {number[]} */ ([]) }));

    // Round-robin: run i of every measurement before run i + 1 of any, so that load from elsewhere
    // on the machine spreads over all of them. Round 0 is a warm-up (server JIT, file cache), untimed.
    for (let round = 0; round <= runs; round++) {
      log(round === 0 ? '(m1) warm-up round, not timed' : `(m${round + 1}) run ${round} of ${runs}`);
      for (const s of series) {
        if (s.skipped || s.failed) continue;
        const t0 = process.hrtime.bigint();
        try {
          await s.once();
        } catch (e) {
          if (!(e instanceof MeasureError)) throw e;
          s.failed = e.message;
          log(`  ${s.label} failed: ${e.message}${e.output ? `\n    ${e.output.split('\n').slice(0, 20).join('\n    ')}` : ''}`);
          process.exitCode = 1;
          continue;
        }
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (round > 0) s.times.push(ms);
        log(`  ${s.label}: ${(ms / 1000).toFixed(2)} s`);
      }
    }
    for (const s of series) {
      const row = { key: s.key, name: s.name, input: s.input };
      if (s.skipped) row.skipped = s.skipped;
      else if (s.failed) row.failed = s.failed;
      else row.result = { runs: s.times, ...stats(s.times) };
      s.rows.push(row);
    }
    out.notes.push(
      `The 1-minute load average was ${loadBefore.toFixed(1)} on ${os.cpus().length} cores when this part started (it climbs during the runs, the ${SERVERS}-server Inspector runs most).`,
    );
    const exited = servers.filter((s) => s.exited);
    if (exited.length) throw new Error(`${exited.length} server-everything process(es) exited during the benchmark`);
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await Promise.all(servers.map((s) => s.stop()));
    process.off('exit', onExit);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

/** The three rows of a table: stackgate, the Inspector's launcher and its direct entry. */
function measurements(nine) {
  const n = nine ? `${SERVERS} servers` : 'one server';
  return [
    {
      key: 'stackgate',
      name: nine ? `\`stackgate smoke --environment bench --concurrency ${SERVERS}\`` : '`stackgate smoke --url …`',
      input: nine ? `${n}, one process` : n,
      label: `stackgate, ${n}`,
    },
    {
      key: 'launcher',
      name: '`inspector-cli --cli` (launcher)',
      input: nine ? `${n}, ${SERVERS} pairs of processes in parallel` : `${n}, 2 processes`,
      label: `inspector --cli, ${n}`,
    },
    {
      key: 'direct',
      name: '`inspector-cli` `build/index.js` (direct entry)',
      input: nine ? `${n}, ${SERVERS} pairs of processes in parallel` : `${n}, 2 processes`,
      label: `inspector build/index.js, ${n}`,
    },
  ];
}

/** stackgate.yml with one smoke target per URL, the same check as the one-off command line. */
export function stackgateYaml(urls) {
  const lines = ['smoke:', '  environments:', '    bench:'];
  urls.forEach((url, i) => {
    lines.push(
      `      everything-${i + 1}:`,
      `        url: ${url}`,
      '        tools: [echo]',
      '        calls:',
      '          - tool: echo',
      '            arguments: { message: hi }',
      '            expect: { contains: hi }',
      `        expectedFailures: [${EXPECTED_FAILURE}]`,
    );
  });
  return `${lines.join('\n')}\n`;
}

/**
 * stackgate's text report: exit code 0 and its summary line, `smoke[ <environment>]: N of N services
 * pass, 0 failed checks of C (E expected failures)`, for the number of targets given. Returns { checks, expected }.
 */
function checkStackgate(run, targets) {
  const output = () => (run.stdout.trim() || run.stderr.trim()).slice(0, 2000);
  if (run.code !== 0) throw new MeasureError(`stackgate exit code ${run.code}`, output());
  const m = /^smoke(?: [\w.-]+)?: (\d+) of (\d+) services? pass, (\d+) failed checks? of (\d+)(?: \((\d+) expected failures?\))?/m.exec(run.stdout);
  if (!m) throw new MeasureError('stackgate exit code 0 but no summary line in its report', output());
  const [passed, total, failed, checks, expected = '0'] = m.slice(1).map(Number);
  if (passed !== targets || total !== targets || failed !== 0)
    throw new MeasureError(`stackgate exit code 0 but its summary says ${m[0]} (expected ${targets} of ${targets})`, output());
  if (!/^PASS$/m.test(run.stdout)) throw new MeasureError('stackgate exit code 0 but its report does not end in PASS', output());
  if (checks < 6 * targets) throw new MeasureError(`stackgate ran only ${checks} checks on ${targets} target(s)`, output());
  return { checks: checks / targets, expected };
}

function checkInspector(run, what, verify) {
  const output = () => (run.stderr.trim() || run.stdout.trim()).slice(0, 2000);
  if (run.code !== 0) throw new MeasureError(`Inspector ${what}: exit code ${run.code}`, output());
  let json;
  try {
    json = JSON.parse(run.stdout);
  } catch (e) {
    throw new MeasureError(`Inspector ${what}: exit code 0 but its output does not parse as JSON (${e.message})`, output());
  }
  const problem = verify(json);
  if (problem) throw new MeasureError(`Inspector ${what}: exit code 0 but ${problem}`, output());
}

const inspectorListed = (json) =>
  !Array.isArray(json.tools) ? 'no tools array' : json.tools.some((t) => t?.name === 'echo') ? undefined : 'echo is not listed';
const inspectorEchoed = (json) => {
  if (json.isError) return 'the call returned isError';
  const text = (json.content ?? [])
    .filter((c) => c?.type === 'text')
    .map((c) => c.text)
    .join('\n');
  return text.includes('hi') ? undefined : 'the call result does not contain "hi"';
};

/**
 * One server-everything on streamable HTTP: PORT=0 and the loopback preload, which appends
 * `listening <port>` to SG_LISTEN_REPORT. `ready` resolves with the port; `stop()` ends it.
 */
function startServer({ root, node, env, dir, index }) {
  const report = path.join(dir, `listen-${index}.txt`);
  const child = spawn(node, ['-r', PRELOAD, SERVER_ENTRY, 'streamableHttp'], {
    cwd: root,
    env: { ...env, PORT: '0', SG_LISTEN_REPORT: report },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr = [];
  child.stderr.on('data', (c) => stderr.length < 50 && stderr.push(c));
  const server = { child, port: undefined, exited: false };
  const exit = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      server.exited = true;
      resolve(code ?? signal);
    }),
  );
  child.once('error', () => {}); // reported through `exit` / the start timeout
  server.ready = new Promise((resolve, reject) => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    const poll = () => {
      const port = fs.existsSync(report) ? /^listening (\d+)$/m.exec(fs.readFileSync(report, 'utf8'))?.[1] : undefined;
      if (port) return resolve((server.port = Number(port)));
      if (server.exited)
        return reject(new Error(`server-everything #${index + 1} exited before listening: ${Buffer.concat(stderr).toString('utf8').trim().slice(0, 1000)}`));
      if (Date.now() > deadline) return reject(new Error(`server-everything #${index + 1} not listening after ${START_TIMEOUT_MS / 1000} s`));
      setTimeout(poll, 25);
    };
    poll();
  });
  server.stop = async () => {
    if (server.exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => !server.exited && child.kill('SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
  };
  return server;
}

/** Like Promise.all, but waits for every chain: a failed pair leaves no process running into the next measurement. */
async function allDone(promises) {
  const failed = (await Promise.allSettled(promises)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

function stopAllSync(servers) {
  for (const s of servers) if (!s.exited) s.child.kill('SIGKILL');
}

/** Versions of what is measured, from node_modules. */
function inspectorFacts(root) {
  const version = (p) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(root, p, 'package.json'), 'utf8')).version;
    } catch {
      return 'not installed';
    }
  };
  const own = `${INSPECTOR}/node_modules/@modelcontextprotocol/sdk`;
  return {
    inspectorVersion: version(INSPECTOR),
    inspectorSdkVersion: fs.existsSync(path.join(root, own)) ? version(own) : version('node_modules/@modelcontextprotocol/sdk'),
    sdkVersion: version('node_modules/@modelcontextprotocol/sdk'),
    serverEverythingVersion: version('node_modules/@modelcontextprotocol/server-everything'),
  };
}
