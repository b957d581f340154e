/**
 * Adversarial: bounded work on hostile input. Files built to crash or stall the secret scanner,
 * configured patterns that backtrack, text in encodings that hid it, MCP servers that flood, redirect
 * or leave children behind, a GitHub API that fails in every way, and a run killed mid-way.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ALNUM, BASE64, checksummedToken, fake } from '../helpers/fake-secret';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { faults, pullRequestEvent } from '../helpers/github-payloads';
import { githubToken } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { flood, recorder, redirectAll, startHttpServer, type HttpServer } from '../helpers/hostile-http';
import { action, adversarial, BIN, expectHandled, stackgate, ROOT } from './harness';

const MB = 1024 * 1024;
const TOKEN = checksummedToken('ghp_', 'adversarial-bounded');
const HOSTILE_STDIO = path.join(ROOT, '__tests__/helpers/hostile-stdio-server.cjs');
const HEADER_SECRET = fake(ALNUM, 32, 'adversarial-header');

describe('secret scanner', () => {
  let repo: GitRepo;
  afterEach(() => repo?.cleanup());

  const secondLine = (first: string): GitRepo => {
    repo = gitRepo({ 'icon.svg': `${first}\nGITHUB_TOKEN=${TOKEN}\n` });
    repo.commit('hostile');
    return repo;
  };

  for (const [name, line] of [
    ['a 6 MB base64 data URI', () => `<svg><image href="data:image/png;base64,${fake(BASE64, 6 * MB, 'b64')}"/></svg>`],
    ['a 6 MB percent-encoded run', () => '%41'.repeat(2 * MB)],
    ['a 6 MB hex run', () => fake('0123456789abcdef', 6 * MB, 'hex')],
    ['a 6 MB JWT-shaped line', () => `eyJ${fake(ALNUM, 6 * MB, 'jwt')}.eyJ${fake(ALNUM, 1000, 'jwt2')} eyJ`],
  ] as const) {
    adversarial('bounded', `secrets on ${name}, then a token on line 2`, 'exit 1, the token found at line 2, no crash', async (record) => {
      secondLine(line());
      const r = await stackgate(['secrets', '.', '--mode', 'tree', '-f', 'json'], repo.root, { boundMs: 60_000 });
      record(r);
      expectHandled(r, [1], [TOKEN]);
      expect((JSON.parse(r.stdout) as { findings: { file: string; line: number; ruleId: string }[] }).findings).toContainEqual(
        expect.objectContaining({ file: 'icon.svg', line: 2, ruleId: 'github-pat-classic' }),
      );
    });
  }

  adversarial('bounded', 'secrets on a credentials dump of 130,000 findings in one file', 'exit 1, 1000 listed and one counted note', async (record) => {
    const dump = Array.from({ length: 130_000 }, (_, i) => `pwd=${fake('ABCDEFGHJKLMNPQRSTUVWYZabcdefghijkmnpqrsuvwyz23456789', 16, `dump${i}`)}7`).join('\n');
    repo = gitRepo({ 'dump.env': `${dump}\n` });
    repo.commit('dump');
    const r = await stackgate(['secrets', '.', '--mode', 'tree', '-f', 'json'], repo.root, { boundMs: 60_000 });
    record(r);
    expectHandled(r, [1]);
    const json = JSON.parse(r.stdout) as { findings: unknown[]; summary: { findings: number; omitted: number } };
    expect(json.summary).toMatchObject({ findings: 130_000, omitted: 129_000 });
    expect(json.findings.length).toBeLessThanOrEqual(1001);
  });

  adversarial(
    'bounded',
    'secrets.allow.patterns with catastrophic backtracking, (a+)+$',
    'exit 2 at its stackgate.yml line within the pattern time budget',
    async (record) => {
      repo = gitRepo({
        'stackgate.yml': 'secrets:\n  allow:\n    patterns:\n      - "^sk_test_"\n      - "(a+)+$"\n',
        'app.env': `DB_PASSWORD=${fake(ALNUM, 32, 'redos')}${'a'.repeat(40)}!\n`,
      });
      repo.commit('redos');
      const r = await stackgate(['secrets', '.', '--mode', 'tree'], repo.root);
      record(r);
      expectHandled(r, [2]);
      expect(r.stderr).toMatch(/^stackgate: stackgate\.yml:5:\d+: secrets\.allow\.patterns\[1\]: "\(a\+\)\+\$" ran for more than \d+ ms/);
    },
  );

  for (const [name, encode] of [
    ['UTF-16LE', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16BE', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
  ] as const) {
    adversarial('bounded', `a committed ${name} .env (with BOM) holding a token`, 'exit 1, the finding at .env:3, not "0 files checked"', async (record) => {
      repo = gitRepo();
      fs.writeFileSync(path.join(repo.root, '.env'), encode(`# x\r\nDEBUG=1\r\nGITHUB_TOKEN=${TOKEN}\r\n`));
      repo.commit('utf16');
      const r = await stackgate(['secrets', '.', '--mode', 'tree', '-f', 'json'], repo.root);
      record(r);
      expectHandled(r, [1], [TOKEN]);
      expect((JSON.parse(r.stdout) as { findings: { file: string; line: number }[] }).findings).toContainEqual(
        expect.objectContaining({ file: '.env', line: 3 }),
      );
    });
  }
});

describe('smoke against hostile MCP servers', () => {
  const cwd = ROOT;
  const smokeStdio = (mode: string, extra: string[] = []) =>
    stackgate(['smoke', '--command', `${process.execPath} ${HOSTILE_STDIO} ${mode}`, '--timeout', '20s', '--wait-timeout', '5s', ...extra], cwd, {
      boundMs: 60_000,
    });

  for (const [mode, message] of [
    ['flood-no-newline', /more than 4 MiB in one stdout line/],
    ['flood-lines', /more than 4 MiB of stdout lines that are not JSON-RPC/],
    ['huge-message', /more than 4 MiB in one stdout line/],
  ] as const) {
    adversarial('bounded', `smoke on a stdio server that sends ${mode}`, 'exit 1 naming the 4 MiB limit, memory bounded', async (record) => {
      const r = await smokeStdio(mode);
      record(r);
      expectHandled(r, [1]);
      expect(r.stdout + r.stderr).toMatch(message);
      expect(r.peakRssMb).toBeLessThan(400);
    });
  }

  adversarial('bounded', 'smoke on a stdio server that floods stderr', 'exit 0, memory bounded', async (record) => {
    const r = await smokeStdio('stderr-flood', ['--call', 'echo {"message":"hi"}', '--expect-contains', 'Echo: hi']);
    record(r);
    expectHandled(r, [0]);
    expect(r.peakRssMb).toBeLessThan(400);
  });

  adversarial(
    'bounded',
    'smoke on a stdio server whose grandchild holds stdout open',
    'exit 0, the grandchild killed with its process group',
    async (record) => {
      const pidFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-pid-')), 'pid');
      // A stdio server gets a minimal environment (the SDK's default): the pid file is set through env(1).
      const r = await stackgate(
        [
          'smoke',
          '--command',
          `env SG_PID_FILE=${pidFile} ${process.execPath} ${HOSTILE_STDIO} grandchild`,
          '--call',
          'echo {"message":"hi"}',
          '--wait-timeout',
          '5s',
        ],
        cwd,
        { boundMs: 60_000 },
      );
      record(r);
      expectHandled(r, [0]);
      const pid = Number(fs.readFileSync(pidFile, 'utf8'));
      expect(isRunning(pid)).toBe(false);
    },
  );

  adversarial(
    'bounded',
    'smoke on a server with 1 MiB names and messages (-f json)',
    'exit 1, names cut to 200 characters, messages to 2,000',
    async (record) => {
      const r = await smokeStdio('long-names', ['--expect-tool', 'echo', '-f', 'json']);
      record(r);
      expectHandled(r, [1]);
      const report = JSON.parse(r.stdout) as { targets: { server?: { name: string }; checks: { message: string }[] }[] };
      expect(report.targets[0].server?.name.length).toBeLessThanOrEqual(260);
      for (const c of report.targets[0].checks) expect(c.message.length).toBeLessThanOrEqual(2100);
      expect(r.stdout.length).toBeLessThan(2 * MB);
    },
  );

  describe('over HTTP', () => {
    let a: HttpServer | undefined;
    let b: HttpServer | undefined;
    afterEach(async () => {
      await a?.close();
      await b?.close();
      a = b = undefined;
    });

    for (const [name, args] of [
      ['a health check', (origin: string) => ['--health', `${origin}/health`, '--url', `${origin}/mcp`]],
      ['the streamable HTTP endpoint', (origin: string) => ['--url', `${origin}/mcp`]],
      ['the SSE endpoint', (origin: string) => ['--url', `${origin}/sse`, '--transport', 'sse']],
    ] as const) {
      adversarial(
        'bounded',
        `smoke where ${name} redirects to another origin, with an X-Api-Key header`,
        'exit 1, the other origin gets no request and never the header',
        async (record) => {
          b = await startHttpServer(recorder);
          a = await startHttpServer(redirectAll(b.origin));
          const r = await stackgate(['smoke', ...args(a.origin), '--header', 'X-Api-Key: ${SG_KEY}', '--timeout', '5s', '--wait-timeout', '2s'], cwd, {
            env: { SG_KEY: HEADER_SECRET },
            boundMs: 60_000,
          });
          record(r);
          expectHandled(r, [1], [HEADER_SECRET]);
          expect(b.requests).toEqual([]);
          // Refused by stackgate's fetch (health, session probes) or the SDK transport's own same-origin rule.
          expect(r.stdout + r.stderr).toMatch(/another origin|redirectPolicy: 'same-origin'/);
        },
      );
    }

    for (const [kind, url, message] of [
      ['sse-endless-line', '/sse', /more than 4 MiB in one SSE event/],
      ['json-huge', '/mcp', /more than 4 MiB in one HTTP body/],
      ['post-sse-endless-line', '/mcp', /more than 4 MiB in one SSE event/],
    ] as const) {
      adversarial('bounded', `smoke on an HTTP server that answers ${kind}`, 'exit 1 naming the limit, memory bounded', async (record) => {
        a = await startHttpServer(flood(kind));
        const r = await stackgate(
          ['smoke', '--url', `${a.origin}${url}`, ...(url === '/sse' ? ['--transport', 'sse'] : []), '--timeout', '20s', '--wait-timeout', '2s'],
          cwd,
          { boundMs: 60_000 },
        );
        record(r);
        expectHandled(r, [1]);
        expect(r.stdout + r.stderr).toMatch(message);
        expect(r.peakRssMb).toBeLessThan(400);
      });
    }
  });

  adversarial(
    'bounded',
    'actions/smoke on a server with 1 MiB names and schemas',
    'report-json within 250,000 characters, summary within 1 MiB, a counted note',
    async (record) => {
      const targets = `huge:\n  command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(HOSTILE_STDIO)}, long-names]\n  tools: [echo]\n`;
      const r = await action('smoke', ROOT, { targets, 'wait-timeout': '20s' }, { boundMs: 90_000 });
      record(r);
      expectHandled(r, [1]);
      const outputs = r.runner.outputs();
      expect(outputs['report-json'].length).toBeLessThanOrEqual(250_000);
      JSON.parse(outputs['report-json']);
      expect(Buffer.byteLength(r.runner.summary())).toBeLessThanOrEqual(1024 * 1024);
    },
  );
});

describe('the readiness action when GitHub fails', () => {
  const GH = githubToken(81, 'ghs_');
  let fake: FakeGitHub;
  let repo: GitRepo;
  beforeEach(async () => {
    fake = await startFakeGitHub({ token: GH });
    repo = gitRepo({ 'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n' });
    repo.commit('base');
  });
  afterEach(async () => {
    await fake.close();
    repo.cleanup();
  });

  for (const [name, fault, message] of [
    ['503 on listing the comments, past the retries', { ...faults.serverError(503), times: 3 }, /answered 503/],
    [
      '422 on posting the comment',
      { status: 422, body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest', status: '422' } },
      /answered 422/,
    ],
    ['200 with an HTML page instead of JSON', { ...faults.htmlPage(), times: 3 }, /not the JSON GitHub documents/],
  ] as const) {
    adversarial(
      'bounded',
      `actions/readiness: ${name}`,
      'a warning naming the request; summary, readiness.json and outputs still written; no internal error',
      async (record) => {
        const head = repo.git('rev-parse', 'HEAD');
        const pr = fake.state.seedPullRequest({ owner: 'octo-org', repo: 'fleet', number: 9, headSha: head, baseSha: head });
        fake.failNext(name.startsWith('422') ? 'issues/create-comment' : 'issues/list-comments', fault);
        const r = await action(
          'readiness',
          repo.root,
          { path: '.', 'github-token': GH, base: 'none', secrets: 'false' },
          {
            env: { GITHUB_REPOSITORY: 'octo-org/fleet', GITHUB_API_URL: fake.url, GITHUB_SHA: head },
            event: { name: 'pull_request', payload: pullRequestEvent(pr) },
            boundMs: 90_000,
          },
        );
        record(r);
        expectHandled(r, [0, 1], [GH]);
        expect(r.stdout).toMatch(new RegExp(`::warning::[^\\n]*${message.source}`));
        const outputs = r.runner.outputs();
        expect(outputs.score).toMatch(/^\d/);
        expect(fs.existsSync(outputs['report-json'])).toBe(true);
        expect(r.runner.summary()).toContain('stackgate readiness');
      },
    );
  }

  adversarial(
    'bounded',
    'actions/readiness: GitHub never answers listing the comments',
    'a warning within the 60 s comment deadline; the report is still written',
    async (record) => {
      const head = repo.git('rev-parse', 'HEAD');
      const pr = fake.state.seedPullRequest({ owner: 'octo-org', repo: 'fleet', number: 10, headSha: head, baseSha: head });
      fake.failNext('issues/list-comments', { hang: true, times: 10 });
      const r = await action(
        'readiness',
        repo.root,
        { path: '.', 'github-token': GH, base: 'none', secrets: 'false' },
        {
          env: { GITHUB_REPOSITORY: 'octo-org/fleet', GITHUB_API_URL: fake.url, GITHUB_SHA: head },
          event: { name: 'pull_request', payload: pullRequestEvent(pr) },
          boundMs: 80_000,
        },
      );
      record(r);
      expectHandled(r, [0, 1], [GH]);
      expect(r.stdout).toMatch(/::warning::[^\n]*(no answer|did not answer)/);
      expect(fs.existsSync(r.runner.outputs()['report-json'])).toBe(true);
    },
    80_000,
  );
});

adversarial(
  'bounded',
  'score --base interrupted by SIGTERM while the base is scored',
  'the process ends by the signal and leaves no worktree',
  async (record) => {
    const repo = gitRepo(
      Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`stacks/s${i}/docker-compose.yml`, `services:\n  web${i}:\n    image: nginx:1.27\n`])),
    );
    try {
      repo.commit('base');
      repo.git('checkout', '-q', '-b', 'feature');
      repo.commit('change', { 'docker-compose.yml': 'services:\n  web:\n    image: nginx:latest\n' });
      const started = Date.now();
      const child = spawn(process.execPath, [BIN, 'score', '.', '--base', 'main'], { cwd: repo.root, stdio: 'ignore' });
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
      const worktrees = () =>
        repo
          .git('worktree', 'list', '--porcelain')
          .split('\n')
          .filter((l) => l.startsWith('worktree ')).length;
      while (worktrees() < 2 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 20));
      expect(worktrees()).toBe(2);
      child.kill('SIGTERM');
      const signal = await ended;
      record({ code: null, stdout: '', stderr: '', everything: '', ms: Date.now() - started });
      expect(signal).toBe('SIGTERM');
      expect(worktrees()).toBe(1);
    } finally {
      repo.cleanup();
    }
  },
);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A killed process nobody reaps stays a zombie here (PID 1 of this sandbox does not reap): it is gone.
  return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
}
