import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { awsAccessKeyId, githubToken, strongPassword } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';

const GH = githubToken(21);
const GH2 = githubToken(22);
const AWS = awsAccessKeyId(23);
const PW = strongPassword(24);
const b64 = (s: string) => Buffer.from(s).toString('base64');

const FILES = {
  'stacks/dev/.env': `GITHUB_TOKEN=${GH}\nLOG_LEVEL=debug\n`,
  'stacks/common/docker-compose.yml': `services:\n  memory:\n    image: mcp/memory:1.2.0\n    environment:\n      DATABASE_URL: postgres://mcp:${PW}@db:5432/memory\n      PLACEHOLDER: \${DB_PASSWORD}\n`,
  'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ndata:\n  AWS_ACCESS_KEY_ID: ${b64(AWS)}\n`,
  'README.md': 'Set `GITHUB_TOKEN=<your-token>` and AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE.\n',
};

function noValues(text: string): void {
  for (const v of [GH, GH2, AWS, PW]) expect(text).not.toContain(v);
}

describe('stackgate secrets', () => {
  let repo: GitRepo;
  afterEach(() => repo?.cleanup());

  test('tree: finds each planted secret, exit 1, never prints a value in any format', async () => {
    repo = gitRepo(FILES);
    repo.commit('base');
    const r = await runCli(
      ['secrets', '.', '-f', 'json', '-o', 'sarif=out.sarif', '-o', 'text=out.txt', '-o', 'junit=out.xml', '-o', 'markdown=out.md'],
      repo.root,
    );
    expect(r.exitCode).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { file: string; line: number; ruleId: string; redacted: string }) => [f.file, f.line, f.ruleId, f.redacted])).toEqual([
      ['k8s/secret.yaml', 6, 'aws-access-key-id', 'AKIA…(20 chars)'],
      ['stacks/common/docker-compose.yml', 5, 'generic-url-credentials', `${PW.slice(0, 4)}…(${PW.length} chars)`],
      ['stacks/dev/.env', 1, 'github-pat-classic', 'ghp_…(40 chars)'],
    ]);
    expect(json.summary).toMatchObject({ findings: 3, mode: 'tree', files: 4 });
    noValues(r.stdout + r.stderr);
    for (const content of Object.values(r.files)) noValues(content);
    expect(JSON.parse(r.files[path.join(repo.root, 'out.sarif')]).runs[0].results).toHaveLength(3);
  });

  test('inline suppression with a reason, config allowlists', async () => {
    repo = gitRepo({
      ...FILES,
      'stacks/dev/.env': `# stackgate-ignore secrets:github-pat-classic revoked test token kept for the integration fixture\nGITHUB_TOKEN=${GH}\n`,
      'stackgate.yml': 'secrets:\n  allow:\n    paths: ["k8s/**"]\n    rules: [generic-url-credentials]\n',
    });
    repo.commit('base');
    const r = await runCli(['secrets', '-f', 'json'], repo.root);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.exitCode).toBe(0);
  });

  test('baseline: accept current findings (fingerprints only), report only new ones', async () => {
    repo = gitRepo(FILES);
    repo.commit('base');
    const update = await runCli(['secrets', '--update-baseline'], repo.root);
    expect(update.exitCode).toBe(0);
    expect(update.stderr).toContain('wrote 3 accepted findings to .stackgate/secrets-baseline.json');
    const baselineText = fs.readFileSync(path.join(repo.root, '.stackgate/secrets-baseline.json'), 'utf8');
    noValues(baselineText);
    expect((await runCli(['secrets'], repo.root)).exitCode).toBe(0);
    repo.write('stacks/prod/.env', `GITHUB_TOKEN=${GH2}\n`);
    repo.commit('new secret');
    const again = await runCli(['secrets', '-f', 'json'], repo.root);
    expect(again.exitCode).toBe(1);
    expect(JSON.parse(again.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['stacks/prod/.env']);
    expect(JSON.parse(again.stdout).summary.baselined).toBe(3);
  });

  test('diff: only what the change adds; history: the commit that added it; staged', async () => {
    repo = gitRepo({ 'a.env': `OLD_TOKEN=${GH}\n` });
    const base = repo.commit('base');
    repo.write('b.env', `NEW_TOKEN=${GH2}\n`);
    const head = repo.commit('add b');
    const diff = await runCli(['secrets', '--mode', 'diff', '--base', base, '-f', 'json'], repo.root);
    expect(JSON.parse(diff.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['b.env']);
    expect(JSON.parse(diff.stdout).summary.range).toEqual({ base, head });
    const same = await runCli(['secrets', '--mode', 'diff', '--base', head], repo.root);
    expect(same.exitCode).toBe(0);
    const history = await runCli(['secrets', '--mode', 'history', '-f', 'json'], repo.root);
    expect(JSON.parse(history.stdout).findings.map((f: { file: string; commit: string }) => [f.file, f.commit])).toEqual([
      ['a.env', base],
      ['b.env', head],
    ]);
    repo.write('c.env', `STAGED_TOKEN=${GH}\n`);
    repo.git('add', 'c.env');
    const staged = await runCli(['secrets', '--mode', 'staged', '-f', 'json'], repo.root);
    expect(JSON.parse(staged.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['c.env']);
  });

  describe('no silent skips', () => {
    test('every file not scanned is listed with its reason in text, JSON, SARIF and Markdown', async () => {
      repo = gitRepo({ 'a.env': `GITHUB_TOKEN=${GH}\n`, 'big.env': `X=${'y'.repeat(3000)}\n`, 'stackgate.yml': 'secrets:\n  maxFileSizeKb: 2\n' });
      repo.write('logo.png', Buffer.from([0x89, 0x50, 0, 1, 2]));
      repo.commit('base');
      const r = await runCli(['secrets', '.', '--no-color', '-o', 'json=out.json', '-o', 'sarif=out.sarif', '-o', 'markdown=out.md'], repo.root);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain('not scanned (2 files):\n  big.env: larger than 2048 bytes\n  logo.png: binary (a NUL byte in its first 8 KB)\n');
      const out = (name: string) => r.files[path.join(repo.root, name)];
      expect(JSON.parse(out('out.json')).summary.skipped).toEqual([
        { file: 'big.env', reason: 'larger than 2048 bytes' },
        { file: 'logo.png', reason: 'binary (a NUL byte in its first 8 KB)' },
      ]);
      const notes = JSON.parse(out('out.sarif')).runs[0].invocations[0].toolExecutionNotifications;
      expect(
        notes.map((n: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
          n.message.text,
          n.locations[0].physicalLocation.artifactLocation.uri,
        ]),
      ).toEqual([
        ['big.env was not scanned: larger than 2048 bytes', 'big.env'],
        ['logo.png was not scanned: binary (a NUL byte in its first 8 KB)', 'logo.png'],
      ]);
      expect(out('out.md')).toContain(
        '**Not scanned** (2 files):\n\n- `big.env`: larger than 2048 bytes\n- `logo.png`: binary (a NUL byte in its first 8 KB)\n',
      );
      noValues(r.stdout + r.stderr + Object.values(r.files).join(''));
    });

    test('a directory git ignores is scanned when named explicitly', async () => {
      repo = gitRepo({ '.gitignore': 'build/\n', 'ok.txt': 'x\n' });
      repo.commit('base');
      repo.write('build/out/.env', `GITHUB_TOKEN=${GH}\n`);
      const r = await runCli(['secrets', 'build', '--mode', 'tree', '-f', 'json'], repo.root);
      expect(r.exitCode).toBe(1);
      expect(JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([['out/.env', 'github-pat-classic']]);
    });

    test('a tree run that scans no file says so and exits 2, unless --allow-empty', async () => {
      repo = gitRepo({ '.gitignore': 'build/\n', 'ok.txt': 'x\n' });
      repo.commit('base');
      fs.mkdirSync(path.join(repo.root, 'empty'));
      const r = await runCli(['secrets', 'empty', '--mode', 'tree'], repo.root);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain('nothing to scan: tree mode found 0 files to check');
      expect(r.stderr).toContain('--allow-empty');
      const allowed = await runCli(['secrets', 'empty', '--mode', 'tree', '--allow-empty', '--no-color'], repo.root);
      expect(allowed.exitCode).toBe(0);
      expect(allowed.stdout).toContain('0 files checked');
      repo.write('only.bin', Buffer.from([0, 1, 2]));
      repo.git('add', 'only.bin');
      repo.git('rm', '-q', 'ok.txt', '.gitignore');
      const binaryOnly = await runCli(['secrets', '.', '--mode', 'tree'], repo.root);
      expect(binaryOnly.exitCode).toBe(2);
      expect(binaryOnly.stderr).toContain('not scanned: only.bin: binary');
      // A diff that adds no line is a normal outcome, not an error.
      const head = repo.git('rev-parse', 'HEAD');
      expect((await runCli(['secrets', '--mode', 'diff', '--base', head, '--head', head], repo.root)).exitCode).toBe(0);
    });
  });

  test('usage errors exit 2', async () => {
    repo = gitRepo();
    for (const argv of [
      ['secrets', '--mode', 'everything'],
      ['secrets', '--format', 'yaml'],
      ['secrets', '--workers', '0'],
      ['secrets', 'missing-dir'],
    ]) {
      const r = await runCli(argv, repo.root);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/^stackgate: /);
    }
    const help = await runCli(['secrets', '--help'], repo.root);
    expect(help.stdout).toContain('--mode <mode>');
  });
});
