import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { scanSecrets } from '../../src/app/scan-secrets';
import { loadConfig } from '../../src/core/config/load';
import { configSchema } from '../../src/core/config/schema';
import { UserError } from '../../src/core/errors';
import { renderText } from '../../src/core/report/text';
import { renderSecretsJson, toFinding } from '../../src/core/secrets/report';
import { githubToken, randomString } from '../helpers/fake-secret';
import { gitRepo } from '../helpers/git-repo';
import { utf16le } from '../helpers/utf16';

const LIVE = githubToken(91);
const REVOKED = githubToken(92);

test('--verify-github asks the configured API about each GitHub token and records the answer, never the token', async () => {
  const seen: { path?: string; auth?: string }[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url, auth: req.headers.authorization });
    const live = req.headers.authorization === `Bearer ${LIVE}`;
    res.writeHead(live ? 200 : 401, { 'content-type': 'application/json' });
    res.end(JSON.stringify(live ? { login: 'octocat', id: 1 } : { message: 'Bad credentials' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const repo = gitRepo({ 'a.env': `LIVE_TOKEN=${LIVE}\nOLD_TOKEN=${REVOKED}\nDB_PASSWORD=Zq8#vLp2!xW9rT4mK\n` });
  try {
    repo.commit('base');
    const { port } = server.address() as AddressInfo;
    const config = configSchema.parse({ secrets: { verify: { github: true, apiUrl: `http://127.0.0.1:${port}/api/v3` } } });
    const result = await scanSecrets({ root: repo.root, config, mode: 'tree' });
    expect(result.findings.map((f) => [f.line, f.ruleId, f.verified])).toEqual([
      [1, 'github-pat-classic', 'valid'],
      [2, 'github-pat-classic', 'invalid'],
      [3, 'generic-secret-assignment', undefined],
    ]);
    // Only GitHub tokens are sent, each once, to the configured API.
    expect(seen.map((s) => s.path)).toEqual(['/api/v3/user', '/api/v3/user']);
    const json = renderSecretsJson(result.findings, result.summary);
    expect(json).toContain('"verified": "valid"');
    expect(json).not.toContain(LIVE);
    expect(json).not.toContain(REVOKED);
  } finally {
    repo.cleanup();
    await new Promise((r) => server.close(r));
  }
});

test('a file with 130,000 findings lists 1000 of them and one counted note; the scan and its outputs finish', async () => {
  // A generated credentials dump: every line a high-entropy value assigned to a secret-like key
  // (no x or o in the alphabet, so no value happens to hold a placeholder word such as "xxx" or "todo").
  const dump = Array.from({ length: 130_000 }, (_, i) => `pwd=${randomString(16, i, 'ABCDEFGHJKLMNPQRSTUVWYZabcdefghijkmnpqrsuvwyz23456789')}7`).join('\n');
  const repo = gitRepo({ 'dump.env': `${dump}\n`, 'app.env': `GITHUB_TOKEN=${LIVE}\nDB_PASSWORD=Zq8#vLp2!xW9rT4mK\n` });
  try {
    repo.commit('base');
    const result = await scanSecrets({ root: repo.root, config: configSchema.parse({}), mode: 'tree' });
    const inDump = result.findings.filter((f) => f.file === 'dump.env');
    expect(inDump.filter((f) => f.ruleId === 'generic-secret-assignment')).toHaveLength(1000);
    expect(inDump.filter((f) => f.ruleId === 'findings-per-file-limit').map((f) => [f.line, f.description])).toEqual([
      [1, '129000 more findings in dump.env not listed (limit 1000 per file)'],
    ]);
    // The other file is listed in full; the counts cover what the note stands for.
    expect(result.findings.filter((f) => f.file === 'app.env').map((f) => [f.line, f.ruleId])).toEqual([
      [1, 'github-pat-classic'],
      [2, 'generic-secret-assignment'],
    ]);
    expect(result.summary).toMatchObject({ findings: 130_002, omitted: 129_000, files: 2 });
    expect(renderText(result.findings.map(toFinding), { color: false, summary: { filesChecked: 2 } })).toContain(
      '129000 more findings in dump.env not listed (limit 1000 per file)',
    );
  } finally {
    repo.cleanup();
  }
});

test('an allow pattern that backtracks catastrophically on a committed value is refused at its stackgate.yml line, not left to hang the scan', async () => {
  // The repository chooses the values: 40 a's and a final character make (a+)+$ try 2^40 splits.
  const repo = gitRepo({
    'stackgate.yml': 'secrets:\n  allow:\n    patterns:\n      - "^sk_test_"\n      - "(a+)+$"\n',
    'app.env': `DB_PASSWORD=${randomString(32, 3)}${'a'.repeat(40)}!\n`,
  });
  try {
    repo.commit('base');
    const { config, file } = loadConfig(repo.root);
    await expect(scanSecrets({ root: repo.root, config, configFile: file, mode: 'tree' })).rejects.toMatchObject({
      name: 'UserError',
      file: 'stackgate.yml',
      line: 5,
      column: 9,
      message: expect.stringMatching(/^secrets\.allow\.patterns\[1\]: "\(a\+\)\+\$" ran for more than 1000 ms on one value/),
    });
  } finally {
    repo.cleanup();
  }
});

test('a committed UTF-16 .env holding a token is a finding at its line, not "0 files checked"', async () => {
  const repo = gitRepo();
  try {
    repo.write('.env', utf16le(`# written by PowerShell\r\nDEBUG=1\r\nGITHUB_TOKEN=${LIVE}\r\n`));
    repo.commit('base');
    const result = await scanSecrets({ root: repo.root, config: configSchema.parse({}), mode: 'tree' });
    expect(result.findings.map((f) => [f.file, f.line, f.column, f.ruleId])).toEqual([['.env', 3, 14, 'github-pat-classic']]);
    expect(result.summary).toMatchObject({ findings: 1, files: 1 });
  } finally {
    repo.cleanup();
  }
});

describe("the baseline is the repository's own file", () => {
  const config = configSchema.parse({});
  test.each([
    [
      'a link to /proc/self/environ',
      (root: string) => fs.symlinkSync('/proc/self/environ', path.join(root, '.stackgate/secrets-baseline.json')),
      /outside the repository/,
    ],
    ['a FIFO', (root: string) => execFileSync('mkfifo', [path.join(root, '.stackgate/secrets-baseline.json')]), /not a regular file \(a FIFO\)/],
  ])('a baseline that is %s is refused, naming the file, without reading it', async (_name, plant, message) => {
    const repo = gitRepo({ 'app.env': `GITHUB_TOKEN=${LIVE}\n` });
    try {
      repo.commit('one');
      fs.mkdirSync(path.join(repo.root, '.stackgate'));
      plant(repo.root);
      const e = await scanSecrets({ root: repo.root, config, mode: 'tree' }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).format()).toMatch(new RegExp(`^\\.stackgate/secrets-baseline\\.json: cannot use the secrets baseline: .*${message.source}`));
    } finally {
      repo.cleanup();
    }
  });

  test('--update-baseline does not write through a link out of the repository', async () => {
    const repo = gitRepo({ 'app.env': `GITHUB_TOKEN=${LIVE}\n` });
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-outside-'));
    try {
      repo.commit('one');
      fs.symlinkSync(outside, path.join(repo.root, '.stackgate'));
      const e = await scanSecrets({ root: repo.root, config, mode: 'tree', updateBaseline: true }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect((e as UserError).format()).toMatch(
        /^\.stackgate\/secrets-baseline\.json: cannot write the secrets baseline: its directory is outside the repository/,
      );
      expect(fs.readdirSync(outside)).toEqual([]);
    } finally {
      repo.cleanup();
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
