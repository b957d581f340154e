/**
 * `stackgate smoke` in-process: one-off targets, stackgate.yml targets, formats, drift, secrets,
 * protocol hygiene and strict, usage errors, and the one-off commands the README and docs/smoke.md
 * show, run against the reference server they name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { splitCommand } from '../../src/cli/split-command';
import { smokeReportSchema, type SmokeReport } from '../../src/core/smoke/report-schema';
import { runCli } from '../helpers/cli';
import { startEverything, startFixtureServer, type FixtureKind, type RunningServer } from '../helpers/mcp-fixtures';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';
import { parseXml, type XmlElement } from '../helpers/xml';

const servers: RunningServer[] = [];
let repo: TempRepo;
beforeEach(() => {
  repo = tempRepo();
});
afterEach(async () => {
  repo.cleanup();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(kind: FixtureKind): Promise<RunningServer> {
  const s = await startFixtureServer(kind);
  servers.push(s);
  return s;
}
const report = (stdout: string): SmokeReport => smokeReportSchema.parse(JSON.parse(stdout));
const FAST = ['--wait-timeout', '2s', '--timeout', '2s'];

describe('one-off target', () => {
  it('checks a URL with expectations from the flags and prints the table', async () => {
    const s = await serve('good');
    const r = await runCli(
      ['smoke', '--url', s.url, '--expect-tool', 'echo', '--call', 'echo {"message":"hi"}', '--expect-contains', 'Echo: hi', ...FAST],
      repo.root,
    );
    expect(r.stderr).toContain('pass');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/SERVICE\s+TRANSPORT\s+CHECKS/);
    expect(r.stdout).toContain(`127.0.0.1:${s.port}`);
    expect(r.stdout).toMatch(/^PASS$/m);
  });

  it('exits 1 and lists the failing check when an expectation is not met', async () => {
    const s = await serve('good');
    const r = await runCli(
      [
        'smoke',
        '--url',
        s.url,
        '--call',
        'echo {"message":"hi"}',
        '--expect-contains',
        'bye',
        '--call',
        'add {"a":1,"b":2}',
        '--expect-regex',
        'is 3$',
        ...FAST,
      ],
      repo.root,
    );
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/FAIL.*call:echo.*bye/);
    expect(r.stdout).not.toMatch(/FAIL.*call:add/);
  });

  it('--expect-json and --expect-error apply to the --call before them', async () => {
    const s = await serve('tool-error');
    const r = await runCli(['smoke', '--url', s.url, '--call', 'echo {"message":"x"}', '--expect-error', '-f', 'json', ...FAST], repo.root);
    expect(r.exitCode).toBe(0);
    expect(report(r.stdout).targets[0].checks.find((c) => c.id === 'call:echo')?.status).toBe('pass');
    const g = await serve('good');
    const j = await runCli(['smoke', '--url', g.url, '--call', 'add {"a":2,"b":2}', '--expect-json', '{"sum":4}', '-f', 'json', ...FAST], repo.root);
    expect(j.exitCode).toBe(0);
  });

  it('writes every format with -o, and JSON on stdout is the documented report', async () => {
    const s = await serve('good');
    const junit = path.join(repo.root, 'smoke.xml');
    const md = path.join(repo.root, 'smoke.md');
    const r = await runCli(['smoke', '--url', s.url, '--name', 'memory', '-f', 'json', '-o', `junit=${junit}`, '-o', `markdown=${md}`, ...FAST], repo.root);
    expect(r.exitCode).toBe(0);
    const parsed = report(r.stdout);
    expect(parsed.targets[0].service).toBe('memory');
    expect(parsed.environment).toBeNull();
    expect(r.files[junit]).toMatch(/<testsuites[^>]*tests="\d+"/);
    expect(r.files[junit]).toContain('name="memory"');
    expect(r.files[md]).toContain('| `memory` | streamable-http | stackgate-fixture-good 1.0.0 |');
  });

  it('a stdio server that floods stdout without a newline fails initialize with the limit it broke, and exits 1', async () => {
    const hostile = path.join(__dirname, '../helpers/hostile-stdio-server.cjs');
    const r = await runCli(['smoke', '--command', `${process.execPath} ${hostile} flood-no-newline`, '--name', 'yes', ...FAST], repo.root);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /FAIL\s+yes\s+initialize\s+initialize failed: the server sent more than 4 MiB in one stdout line \(one JSON-RPC message\), stackgate's limit; nothing more was read$/m,
    );
  });

  it('a stdio command is named after its package', async () => {
    const r = await runCli(
      ['smoke', '--command', `node ${path.resolve('node_modules/@modelcontextprotocol/server-memory/dist/index.js')}`, '-f', 'json', ...FAST],
      repo.root,
      { MEMORY_FILE_PATH: path.join(repo.root, 'm.jsonl') },
    );
    expect(r.exitCode).toBe(0);
    expect(report(r.stdout).targets[0]).toMatchObject({ service: 'server-memory', transport: 'stdio' });
  });
});

describe('targets from stackgate.yml', () => {
  function config(good: RunningServer, broken: RunningServer): void {
    repo.write(
      'stackgate.yml',
      [
        'smoke:',
        '  waitTimeout: 2s',
        '  environments:',
        '    dev:',
        '      memory:',
        `        url: ${good.url}`,
        '        tools: [echo, add]',
        '        calls:',
        '          - tool: add',
        '            arguments: { a: 2, b: 3 }',
        '            expect: { contains: "is 5" }',
        '      fetch:',
        `        url: ${broken.url}`,
        '        tools: [add]',
        '',
      ].join('\n'),
    );
  }

  it('checks every service of the environment; --service narrows it', async () => {
    config(await serve('good'), await serve('missing-tool'));
    const all = await runCli(['smoke', '--environment', 'dev', '-f', 'json'], repo.root);
    expect(all.exitCode).toBe(1);
    const r = report(all.stdout);
    expect(r.environment).toBe('dev');
    expect(r.targets.map((t) => [t.service, t.passed])).toEqual([
      ['memory', true],
      ['fetch', false],
    ]);
    const one = await runCli(['smoke', '-e', 'dev', '-s', 'memory'], repo.root);
    expect(one.exitCode).toBe(0);
    expect(one.stdout).not.toContain('fetch');
  });

  it('an unknown environment or service is a usage error naming the known ones', async () => {
    config(await serve('good'), await serve('good'));
    const env = await runCli(['smoke', '-e', 'prod'], repo.root);
    expect(env.exitCode).toBe(2);
    expect(env.stderr).toMatch(/no smoke targets for environment "prod"/);
    expect(env.stderr).toMatch(/dev/);
    const svc = await runCli(['smoke', '-e', 'dev', '-s', 'github'], repo.root);
    expect(svc.exitCode).toBe(2);
    expect(svc.stderr).toMatch(/"github".*\n?.*memory, fetch/s);
  });

  it('a mistyped key in the smoke section names file:line:column and suggests the key', async () => {
    repo.write('stackgate.yml', 'smoke:\n  environments:\n    dev:\n      memory:\n        url: http://127.0.0.1:1/mcp\n        tols: [echo]\n');
    const r = await runCli(['smoke', '-e', 'dev'], repo.root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/stackgate\.yml:6:9/);
    expect(r.stderr).toMatch(/did you mean/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("the rest of stackgate.yml is validate's business: smoke reads its own section", async () => {
    const s = await serve('good');
    repo.write('stackgate.yml', `checks:\n  compose/healthcheck-missing: off\nsmoke:\n  environments:\n    dev:\n      memory: { url: "${s.url}" }\n`);
    const r = await runCli(['smoke', '-e', 'dev'], repo.root);
    expect(r.exitCode).toBe(0);
  });
});

describe('tool-surface drift', () => {
  it('--compare fails when a service lost a tool since the previous environment', async () => {
    const staging = await serve('good');
    const prod = await serve('missing-tool');
    const before = await runCli(['smoke', '--url', staging.url, '--name', 'memory', '-f', 'json', ...FAST], repo.root, { GITHUB_SHA: 'a'.repeat(40) });
    expect(before.exitCode).toBe(0);
    repo.write('staging.json', before.stdout);
    const same = await runCli(['smoke', '--url', staging.url, '--name', 'memory', '--compare', 'staging.json', ...FAST], repo.root);
    expect(same.exitCode).toBe(0);
    const after = await runCli(['smoke', '--url', prod.url, '--name', 'memory', '--compare', 'staging.json', '-f', 'json', ...FAST], repo.root);
    expect(after.exitCode).toBe(1);
    const drift = report(after.stdout).targets[0].checks.find((c) => c.id === 'tool-surface');
    expect(drift).toMatchObject({ status: 'fail' });
    expect(drift?.message).toMatch(/missing add/);
    expect(report(after.stdout).comparedWith?.commit).toBe('a'.repeat(40));
  });

  it('a --compare file that is not a smoke report is a usage error naming it', async () => {
    const s = await serve('good');
    repo.write('old.json', '{"schema":"something else"}');
    const r = await runCli(['smoke', '--url', s.url, '--compare', 'old.json', ...FAST], repo.root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('old.json');
  });
});

describe('protocol hygiene: warnings by default, failures with strict', () => {
  const testcase = (junit: string, name: string): XmlElement => {
    const found = parseXml(junit)
      .children.flatMap((suite) => suite.children)
      .find((c) => c.attributes.name === name);
    if (!found) throw new Error(`no testcase ${name}`);
    return found;
  };

  it('400 for an unknown session id: a warning shown in text, counted in JSON, a warning in JUnit, exit 0', async () => {
    const s = await serve('session-400');
    const args = ['smoke', '--url', s.url, '--call', 'echo {"message":"hi"}', ...FAST];
    const junitFile = path.join(repo.root, 'smoke.xml');
    const text = await runCli([...args, '-o', `junit=${junitFile}`], repo.root);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/0 failed checks of \d+ \(1 warning\)/);
    expect(text.stdout).toMatch(/^ {2}warn +127\.0\.0\.1:\d+ +session-unknown +.*HTTP 400.*protocol hygiene: a warning/m);
    expect(text.stdout).toMatch(/^PASS$/m);
    const junit = parseXml(text.files[junitFile]);
    expect(junit.attributes).toMatchObject({ failures: '0' });
    expect(testcase(text.files[junitFile], 'session-unknown').children.map((c) => [c.name, c.text.slice(0, 9)])).toEqual([['system-out', 'warning: ']]);
    const json = await runCli([...args, '-f', 'json'], repo.root);
    expect(json.exitCode).toBe(0);
    const r = report(json.stdout);
    expect(r).toMatchObject({ passed: true, strict: false, summary: { failedChecks: 0, warnings: 1 } });
    expect(r.targets[0].checks.find((c) => c.id === 'session-unknown')?.status).toBe('warn');
  });

  it('--strict fails it: exit 1, a failure in text, JSON and JUnit', async () => {
    const s = await serve('session-400');
    const junitFile = path.join(repo.root, 'smoke.xml');
    const r = await runCli(['smoke', '--url', s.url, '--strict', '-f', 'json', '-o', `junit=${junitFile}`, ...FAST], repo.root);
    expect(r.exitCode).toBe(1);
    const parsed = report(r.stdout);
    expect(parsed).toMatchObject({ passed: false, strict: true, summary: { failedChecks: 1, warnings: 0 } });
    expect(parsed.targets[0].checks.find((c) => c.id === 'session-unknown')?.status).toBe('fail');
    expect(testcase(r.files[junitFile], 'session-unknown').children.map((c) => c.name)).toEqual(['failure']);
  });

  it("smoke.strict in stackgate.yml fails it for the environment's targets and for a one-off target with --config", async () => {
    const s = await serve('session-400');
    repo.write('stackgate.yml', `smoke:\n  strict: true\n  waitTimeout: 2s\n  environments:\n    dev:\n      memory: { url: "${s.url}" }\n`);
    const env = await runCli(['smoke', '-e', 'dev'], repo.root);
    expect(env.exitCode).toBe(1);
    expect(env.stdout).toMatch(/FAIL +memory +session-unknown +.*HTTP 400/);
    const withConfig = await runCli(['smoke', '--url', s.url, '--config', 'stackgate.yml', ...FAST], repo.root);
    expect(withConfig.exitCode).toBe(1);
    repo.write('stackgate.yml', `smoke:\n  waitTimeout: 2s\n  environments:\n    dev:\n      memory: { url: "${s.url}" }\n`);
    expect((await runCli(['smoke', '-e', 'dev'], repo.root)).exitCode).toBe(0);
  });

  it('a functional failure still fails without strict', async () => {
    const s = await serve('session-400');
    const r = await runCli(['smoke', '--url', s.url, '--expect-tool', 'nope', ...FAST], repo.root);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/FAIL +127\.0\.0\.1:\d+ +tools-list +missing tool nope/);
    expect(r.stdout).toMatch(/warn +127\.0\.0\.1:\d+ +session-unknown/);
  });
});

describe('the documented one-off commands against @modelcontextprotocol/server-everything (streamable HTTP, on 127.0.0.1)', () => {
  const ROOT = path.join(__dirname, '../..');
  /** `stackgate smoke --url …` lines of a document's shell examples, without the `npx ` and a trailing comment. */
  const documented = (file: string): string[] =>
    [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^(?:npx )?stackgate (smoke --url .*?)(?: {2,}#.*)?$/gm)].map((m) => m[1]);
  /** The command as argv, its URL pointed at the running server (same path, /mcp). */
  function argvFor(line: string, server: RunningServer): string[] {
    const argv = splitCommand(line, 'the documented command');
    const at = argv.indexOf('--url') + 1;
    expect(new URL(argv[at]).pathname).toBe(new URL(server.url).pathname);
    argv[at] = server.url;
    return argv;
  }
  const commands = [...documented('README.md').map((c) => ['README.md', c]), ...documented('docs/smoke.md').map((c) => ['docs/smoke.md', c])];

  it('the README and docs/smoke.md show one', () => {
    expect(commands.map(([file]) => file)).toEqual(expect.arrayContaining(['README.md', 'docs/smoke.md']));
  });

  it.each(commands)('%s: %s passes (exit 0), the 400 for an unknown session a warning; --strict fails it', async (_file, line) => {
    const server = await startEverything('streamableHttp');
    servers.push(server);
    const r = await runCli(argvFor(line, server), repo.root);
    expect(r.stderr).not.toMatch(/FAIL/);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^PASS$/m);
    expect(r.stdout).toMatch(/^ {2}warn +\S+ +session-unknown +.*HTTP 400/m);
    expect(r.stdout).not.toMatch(/^ {2}FAIL/m);
    const strict = await runCli([...argvFor(line, server), '--strict'], repo.root);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toMatch(/^ {2}FAIL +\S+ +session-unknown +.*HTTP 400/m);
  });
});

describe('secrets from the environment', () => {
  it('sends header tokens from env vars and never prints them, in any format', async () => {
    const s = await serve('good');
    const token = 'sg-smoke-token-9f8e7d6c5b4a39281706';
    const args = [
      'smoke',
      '--url',
      `${s.url}?api_key=\${SMOKE_TOKEN}`,
      '--header',
      'Authorization: Bearer ${SMOKE_TOKEN}',
      '--call',
      'echo {"message":"x"}',
      '--expect-contains',
      'nope',
      ...FAST,
    ];
    for (const format of ['text', 'json', 'junit', 'markdown']) {
      const r = await runCli([...args, '-f', format, '-o', `json=${path.join(repo.root, 'r.json')}`], repo.root, { SMOKE_TOKEN: token });
      expect(r.exitCode).toBe(1);
      expect(r.stdout + r.stderr + Object.values(r.files).join('')).not.toContain(token);
    }
    expect(s.requests.some((q) => q.headers.authorization === `Bearer ${token}`)).toBe(true);
  });

  it('a header naming an unset variable is a usage error that names the variable, not a value', async () => {
    const r = await runCli(['smoke', '--url', 'http://127.0.0.1:9/mcp', '--header', 'Authorization: Bearer ${MISSING_TOKEN}'], repo.root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('MISSING_TOKEN');
  });
});

describe('usage errors exit 2 with one clear line', () => {
  const cases: [string, string[], RegExp][] = [
    ['an expectation before any --call', ['--url', 'http://127.0.0.1:9/mcp', '--expect-contains', 'x'], /applies to the --call before it/],
    ['call arguments that are not JSON', ['--url', 'http://127.0.0.1:9/mcp', '--call', 'echo {message:hi}'], /not JSON/],
    ['call arguments that are not an object', ['--url', 'http://127.0.0.1:9/mcp', '--call', 'echo [1]'], /must be a JSON object/],
    ['--url with --environment', ['--url', 'http://127.0.0.1:9/mcp', '-e', 'dev'], /not both/],
    ['a one-off flag without a target', ['--call', 'echo {}'], /give --url or --command/],
    ['no target at all', [], /no smoke targets/],
    ['an unknown format', ['--url', 'http://127.0.0.1:9/mcp', '-f', 'xml'], /unknown format "xml"/],
    ['a bad duration', ['--url', 'http://127.0.0.1:9/mcp', '--wait-timeout', 'soon'], /wait-timeout/],
    ['an unknown flag', ['--urls', 'x'], /--urls/],
    ['an unknown transport', ['--url', 'http://127.0.0.1:9/mcp', '--transport', 'websocket'], /transport/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const r = await runCli(['smoke', ...args], repo.root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('--help describes the flags', async () => {
    const r = await runCli(['smoke', '--help'], repo.root);
    expect(r.exitCode).toBe(0);
    for (const flag of ['--environment', '--url', '--command', '--call', '--expect-contains', '--wait-timeout', '--compare', '--format'])
      expect(r.stdout).toContain(flag);
  });
});

it('the stackgate.yml JSON Schema (with its smoke section) and the report schema are printed by `stackgate schema`', async () => {
  const config = await runCli(['schema', 'config'], repo.root);
  expect(config.exitCode).toBe(0);
  const smoke = (JSON.parse(config.stdout) as { properties: { smoke: { properties: Record<string, unknown> } } }).properties.smoke;
  expect(Object.keys(smoke.properties)).toEqual(expect.arrayContaining(['waitTimeout', 'timeout', 'concurrency', 'drift', 'environments']));
  expect(Object.keys(smoke.properties)).toContain('strict');
  const r = await runCli(['schema', 'smoke-report'], repo.root);
  expect(r.exitCode).toBe(0);
  const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown> };
  expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schema', 'targets', 'summary', 'passed', 'strict']));
  // The committed file is what the build writes from this command.
  expect(fs.readFileSync(path.join(__dirname, '../../schema/smoke-report.schema.json'), 'utf8')).toBe(r.stdout);
});
