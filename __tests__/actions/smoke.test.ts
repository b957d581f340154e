/**
 * actions/smoke as the runner runs it: targets from stackgate.yml or the `targets` input, outputs,
 * job summary, annotations, report files, masking of tokens read from the environment, and the
 * committed bundle run as a node24 action would be.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../src/actions/smoke';
import { OUTPUT_LIMIT, SUMMARY_LIMIT } from '../../src/core/report/channel-budgets';
import { smokeReportSchema } from '../../src/core/smoke/report-schema';
import { startFixtureServer, type FixtureKind, type RunningServer } from '../helpers/mcp-fixtures';
import { runActionInProcess, spawnCollect } from '../helpers/run-action';
import { parseAnnotations, runnerEnv, type RunnerFiles } from '../helpers/runner';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const ROOT = path.join(__dirname, '../..');
const TOKEN = 'sg-action-token-0a1b2c3d4e5f60718293';
const HOSTILE_STDIO = path.join(__dirname, '../helpers/hostile-stdio-server.cjs');
/** A stdio target running the hostile server in `mode`, as the `targets` input (JSON). */
const hostileTarget = (mode: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ hostile: { command: [process.execPath, HOSTILE_STDIO, mode], ...extra } });

/**
 * Lines of a step log the runner would obey as workflow commands the action did not issue: `::name::`
 * at the start of a line or the legacy `##[name]` anywhere in it, outside `::stop-commands::` fences.
 * A line that is one of the action's own commands (an annotation) is read as that command only.
 */
function strayCommands(stdout: string): string[] {
  const stray: string[] = [];
  let fence: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/).map((l) => l.trimStart())) {
    if (fence !== undefined) {
      if (line === `::${fence}::`) fence = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) fence = stop[1];
    else if (/^::(add-mask|error|warning|notice|debug)( [^:]*)?::/.test(line)) continue;
    else if (line.startsWith('::') || line.includes('##[')) stray.push(line);
  }
  return stray;
}

const servers: RunningServer[] = [];
const cleanups: (() => void)[] = [];
let repo: TempRepo;
beforeEach(() => {
  repo = tempRepo();
  cleanups.push(() => repo.cleanup());
});
afterEach(async () => {
  cleanups.splice(0).forEach((c) => c());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(kind: FixtureKind): Promise<RunningServer> {
  const s = await startFixtureServer(kind);
  servers.push(s);
  return s;
}
function runner(inputs: Record<string, string>, extra: Record<string, string> = {}): RunnerFiles {
  const r = runnerEnv(repo.root, inputs, { GITHUB_SHA: 'c'.repeat(40), ...extra });
  cleanups.push(() => r.cleanup());
  return r;
}

function devConfig(good: RunningServer, broken: RunningServer): void {
  repo.write(
    'stackgate.yml',
    [
      'smoke:',
      '  waitTimeout: 2s',
      '  environments:',
      '    dev:',
      '      memory:',
      `        url: ${good.url}`,
      '        tools: [echo]',
      '      fetch:',
      `        url: ${broken.url}`,
      '        tools: [add]',
      '',
    ].join('\n'),
  );
}

describe('actions/smoke', () => {
  it('checks the environment from stackgate.yml: outputs, report file, summary and one annotation per failing check', async () => {
    devConfig(await serve('good'), await serve('missing-tool'));
    const r = runner({ environment: 'dev', 'junit-file': 'out/smoke.xml' });
    const { stdout, exitCode } = await runActionInProcess(run, r.env);
    expect(exitCode).toBe(1);
    const outputs = r.outputs();
    expect(outputs.passed).toBe('false');
    const report = smokeReportSchema.parse(JSON.parse(outputs['report-json']));
    expect(report).toMatchObject({ environment: 'dev', commit: 'c'.repeat(40), passed: false });
    expect(report.targets.map((t) => [t.service, t.passed])).toEqual([
      ['memory', true],
      ['fetch', false],
    ]);
    expect(JSON.parse(fs.readFileSync(outputs['report-file'], 'utf8'))).toEqual(report);
    expect(path.basename(outputs['report-file'])).toBe('stackgate-smoke-dev.json');
    expect(fs.readFileSync(path.join(repo.root, 'out/smoke.xml'), 'utf8')).toContain('<failure');
    const annotations = parseAnnotations(stdout).filter((a) => a.level === 'error' && a.props.title?.startsWith('smoke '));
    expect(annotations.map((a) => a.props.title)).toEqual(['smoke tools-list']);
    expect(annotations[0].message).toMatch(/^fetch: .*add/);
    // On the failing target's line in stackgate.yml (`fetch:` is line 8).
    expect(annotations[0].props).toMatchObject({ file: 'stackgate.yml', line: '8', col: '7' });
    expect(stdout).toMatch(/::error::smoke failed for fetch \(1 failed check\)/);
    expect(r.summary()).toMatch(/\| `memory` \|.*\| pass \|/);
    expect(r.summary()).toMatch(/\| `fetch` \|.*\| \*\*FAIL\*\* \|/);
  });

  it('the targets input replaces stackgate.yml; header tokens from the environment are masked before anything is printed', async () => {
    const s = await serve('good');
    const targets = [
      'memory:',
      `  url: ${s.url}?key=\${SMOKE_TOKEN}`,
      '  headers:',
      '    Authorization: Bearer ${SMOKE_TOKEN}',
      '  calls:',
      '    - tool: echo',
      '      arguments: { message: hi }',
      '      expect: { contains: "Echo: hi" }',
      '',
    ].join('\n');
    const r = runner({ environment: 'staging', targets, 'wait-timeout': '2s' }, { SMOKE_TOKEN: TOKEN });
    const { stdout, exitCode } = await runActionInProcess(run, r.env);
    expect(exitCode).toBeUndefined();
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
    expect(lines.slice(1).join('\n')).not.toContain(TOKEN);
    const outputs = r.outputs();
    expect(outputs.passed).toBe('true');
    for (const text of [r.summary(), outputs['report-json'], fs.readFileSync(outputs['report-file'], 'utf8')]) expect(text).not.toContain(TOKEN);
    expect(JSON.parse(outputs['report-json']).environment).toBe('staging');
    expect(s.requests.some((q) => q.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('compare-with fails when the tool surface differs from the previous environment', async () => {
    const staging = await serve('good');
    const prod = await serve('missing-tool');
    const first = runner({ environment: 'staging', targets: `memory: { url: "${staging.url}" }`, 'report-file': 'staging.json' });
    await runActionInProcess(run, first.env);
    expect(first.outputs().passed).toBe('true');
    const second = runner({ environment: 'prod', targets: `memory: { url: "${prod.url}" }`, 'compare-with': 'staging.json' });
    const { exitCode } = await runActionInProcess(run, second.env);
    expect(exitCode).toBe(1);
    const drift = JSON.parse(second.outputs()['report-json']).targets[0].checks.find((c: { id: string }) => c.id === 'tool-surface');
    expect(drift).toMatchObject({ status: 'fail', message: expect.stringMatching(/differs from staging: missing add/) });
  });

  it('protocol hygiene: by default a 400 for an unknown session is a warning annotation on the target and the step passes; input strict fails it', async () => {
    const s = await serve('session-400');
    repo.write('stackgate.yml', ['smoke:', '  waitTimeout: 2s', '  environments:', '    dev:', '      memory:', `        url: ${s.url}`, ''].join('\n'));
    const relaxed = runner({ environment: 'dev', 'junit-file': 'smoke.xml' });
    const first = await runActionInProcess(run, relaxed.env);
    expect(first.exitCode).toBeUndefined();
    expect(relaxed.outputs().passed).toBe('true');
    const warnings = parseAnnotations(first.stdout).filter((a) => a.props.title?.startsWith('smoke '));
    expect(warnings.map((a) => [a.level, a.props.title, a.props.file, a.props.line])).toEqual([['warning', 'smoke session-unknown', 'stackgate.yml', '5']]);
    expect(warnings[0].message).toMatch(/^memory: .*HTTP 400.*protocol hygiene/);
    const report = smokeReportSchema.parse(JSON.parse(relaxed.outputs()['report-json']));
    expect(report).toMatchObject({ passed: true, strict: false, summary: { warnings: 1, failedChecks: 0 } });
    expect(relaxed.summary()).toMatch(/\| `session-unknown` \| warn \| .*HTTP 400/);
    expect(fs.readFileSync(path.join(repo.root, 'smoke.xml'), 'utf8')).toMatch(/<testcase name="session-unknown"[^>]*>\s*<system-out>warning: /);

    const strict = runner({ environment: 'dev', strict: 'true' });
    const second = await runActionInProcess(run, strict.env);
    expect(second.exitCode).toBe(1);
    expect(strict.outputs().passed).toBe('false');
    expect(
      parseAnnotations(second.stdout)
        .filter((a) => a.props.title === 'smoke session-unknown')
        .map((a) => a.level),
    ).toEqual(['error']);
    expect(smokeReportSchema.parse(JSON.parse(strict.outputs()['report-json']))).toMatchObject({ strict: true, summary: { failedChecks: 1 } });
  });

  it('annotates up to 10 failing checks and, apart from them, up to 10 warnings, as GitHub counts each level', async () => {
    const calls = Array.from({ length: 12 }, () => ({ tool: 'echo', arguments: { message: 'hi' } }));
    const r = runner({
      environment: 'dev',
      targets: hostileTarget('echo', { env: { SG_ERROR_TEXT: 'upstream down' }, calls, expectedFailures: ['no-such-check'] }),
    });
    const { stdout, exitCode } = await runActionInProcess(run, r.env);
    expect(exitCode).toBe(1);
    const smokeAnnotations = parseAnnotations(stdout).filter((a) => a.props.title?.startsWith('smoke '));
    expect(smokeAnnotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(smokeAnnotations.filter((a) => a.level === 'warning').map((a) => a.props.title)).toEqual(['smoke expected-failures']);
    expect(stdout).toContain('not annotated: 2 more failing checks (GitHub shows 10 of each level per step)');
  });

  it('input strict overrides smoke.strict of stackgate.yml both ways', async () => {
    const s = await serve('session-400');
    repo.write(
      'stackgate.yml',
      ['smoke:', '  strict: true', '  waitTimeout: 2s', '  environments:', '    dev:', '      memory:', `        url: ${s.url}`, ''].join('\n'),
    );
    const fromConfig = runner({ environment: 'dev' });
    expect((await runActionInProcess(run, fromConfig.env)).exitCode).toBe(1);
    const relaxed = runner({ environment: 'dev', strict: 'false' });
    expect((await runActionInProcess(run, relaxed.env)).exitCode).toBeUndefined();
    expect(relaxed.outputs().passed).toBe('true');
  });

  it('bad input fails the step with one clear message, and no report', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{}, /give input "environment".*or input "targets"/],
      [{ targets: 'memory:\n  url: http://127.0.0.1:9/mcp\n  tols: [echo]\n' }, /input "targets" line 3, column 3: .*unknown key "tols"; did you mean "tools"/],
      [{ environment: 'prod' }, /no smoke targets for environment "prod"/],
      [
        { targets: 'memory: { url: "http://127.0.0.1:9/mcp" }', 'compare-with': 'missing.json' },
        /input "compare-with": cannot read missing.json: no such file/,
      ],
      [{ targets: 'memory: { url: "http://127.0.0.1:9/mcp" }', strict: 'yes' }, /input "strict": expected true or false, got "yes"/],
    ];
    for (const [inputs, message] of cases) {
      const r = runner(inputs);
      const { stdout, exitCode } = await runActionInProcess(run, r.env);
      expect(exitCode).toBe(1);
      expect(stdout).toMatch(message);
      expect(stdout).not.toMatch(/\n\s+at /);
      expect(r.outputs().passed).toBeUndefined();
    }
  });

  it('a config error in stackgate.yml is annotated on its line', async () => {
    repo.write('stackgate.yml', 'smoke:\n  environments:\n    dev:\n      memory:\n        url: http://127.0.0.1:9/mcp\n        repetitions: many\n');
    const r = runner({ environment: 'dev' });
    const { stdout } = await runActionInProcess(run, r.env);
    const a = parseAnnotations(stdout).find((x) => x.props.file === 'stackgate.yml');
    expect(a?.props.line).toBe('6');
  });

  it('the committed bundle runs as the runner starts it (node, dist/smoke/index.js)', async () => {
    const s = await serve('good');
    const r = runner({ environment: 'dev', targets: `memory: { url: "${s.url}", tools: [echo] }` });
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...r.env };
    const result = await spawnCollect(process.execPath, [path.join(ROOT, 'dist/smoke/index.js')], { cwd: repo.root, env });
    expect(result.stdout).toContain('memory');
    expect(result.code).toBe(0);
    expect(r.outputs().passed).toBe('true');
  });

  it('server text cannot issue workflow commands: every line that carries it is fenced with ::stop-commands::', async () => {
    const r = runner({
      environment: 'dev',
      targets: hostileTarget('echo', {
        env: { SG_ERROR_TEXT: 'bad\n##[error]injected by the server\n::add-mask::injected too' },
        calls: [{ tool: 'echo', arguments: { message: 'hi' } }],
      }),
    });
    const { stdout, exitCode } = await runActionInProcess(run, r.env);
    expect(exitCode).toBe(1);
    expect(stdout).toContain('##[error]injected by the server');
    expect(strayCommands(stdout)).toEqual([]);
  });

  it('a server with megabyte names and input schemas: report-json and the summary stay within GitHub limits and say what they left out', async () => {
    const r = runner({ environment: 'dev', targets: hostileTarget('long-names', { tools: ['echo'] }) });
    const { stdout, exitCode } = await runActionInProcess(run, r.env);
    expect(exitCode).toBe(1);
    const outputs = r.outputs();
    expect(outputs['report-json'].length).toBeLessThanOrEqual(OUTPUT_LIMIT);
    const output = smokeReportSchema.parse(JSON.parse(outputs['report-json']));
    expect(output.targets[0].server?.name).toMatch(/^S+… \(1,048,\d{3} more characters not shown\)$/);
    // The 12 input schemas (128 KiB each) were left out, their hashes kept; the report file has them.
    expect(output.targets[0].tools?.every((t) => t.inputSchema === undefined && t.schemaHash)).toBe(true);
    const note = "report-json leaves out the input schemas of 12 tools (their hashes are kept), to stay within GitHub's output limit (250,000 characters)";
    expect(stdout).toContain(note);
    expect(r.summary()).toContain(note);
    const file = smokeReportSchema.parse(JSON.parse(fs.readFileSync(outputs['report-file'], 'utf8')));
    expect(file.targets[0].tools?.every((t) => t.inputSchema !== undefined)).toBe(true);
    expect(Buffer.byteLength(r.summary(), 'utf8')).toBeLessThan(100_000);
  });

  it('thousands of failing checks: the job summary is cut within its 1 MiB, with a count of what it left out', async () => {
    const calls = Array.from({ length: 2200 }, () => ({ tool: 'echo', arguments: { message: 'hi' } }));
    repo.write(
      'stackgate.yml',
      JSON.stringify({ smoke: { environments: { dev: JSON.parse(hostileTarget('echo', { env: { SG_ERROR_TEXT: '界'.repeat(400) }, calls })) } } }),
    );
    const r = runner({ environment: 'dev' });
    const { exitCode } = await runActionInProcess(run, r.env);
    expect(exitCode).toBe(1);
    const summary = r.summary();
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT);
    const shown = summary.split('\n').filter((l) => l.startsWith('| `call:echo')).length;
    expect(shown).toBeGreaterThan(1000);
    expect(summary).toMatch(
      new RegExp(
        `> … ${2200 - shown + 2} more lines \\([\\d,]+ characters\\) not shown: this text is limited to ${SUMMARY_LIMIT.toLocaleString('en-US')} bytes; the step log and the report file stackgate-smoke-dev.json have every check\\.\\n$`,
      ),
    );
    expect(r.outputs()['report-json'].length).toBeLessThanOrEqual(OUTPUT_LIMIT);
    expect(JSON.parse(fs.readFileSync(r.outputs()['report-file'], 'utf8')).summary.failedChecks).toBe(2200);
  });
});
