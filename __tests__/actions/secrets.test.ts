/**
 * actions/secrets as the runner runs it, and the never-leak guarantee: every output (log,
 * annotations, job summary, SARIF, outputs, CLI formats) is searched for the planted values.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../src/actions/secrets';
import { runCli } from '../helpers/cli';
import { githubToken, randomString, strongPassword } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { runActionInProcess } from '../helpers/run-action';
import { parseAnnotations, runnerEnv } from '../helpers/runner';
import { ANNOTATION_LIMIT } from '../../src/core/report/channel-budgets';

const ROOT = path.join(__dirname, '../..');
const GH = githubToken(31);
const GH_NEW = githubToken(32, 'ghs_');
const PW = strongPassword(33);
const PLANTED = [GH, GH_NEW, PW];

const runAction = (env: Record<string, string>) => runActionInProcess(run, env);

/** Lines mentioning a planted value must all be ::add-mask:: lines, and those come before anything else. */
function assertMaskedLog(stdout: string): void {
  const lines = stdout.split('\n');
  const firstOther = lines.findIndex((l) => l && !l.startsWith('::add-mask::'));
  lines.forEach((line, i) => {
    if (PLANTED.some((v) => line.includes(v))) {
      expect(line.startsWith('::add-mask::')).toBe(true);
      expect(i).toBeLessThan(firstOther);
    }
  });
}

function assertNoValues(text: string): void {
  for (const v of PLANTED) expect(text).not.toContain(v);
}

describe('actions/secrets', () => {
  let repo: GitRepo;
  afterEach(() => repo?.cleanup());

  test('pull_request: scans what the PR adds, masks values first, annotates redacted, writes SARIF and outputs', async () => {
    repo = gitRepo({ 'old.env': `OLD_TOKEN=${GH}\n` });
    const base = repo.commit('base');
    repo.write('stacks/dev/.env', `GITHUB_TOKEN=${GH_NEW}\nDB_PASSWORD=${PW}\n`);
    const head = repo.commit('add dev env');
    const event = repo.write('.event.json', JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    const runner = runnerEnv(
      repo.root,
      { mode: 'auto', 'sarif-file': 'out/secrets.sarif', 'fail-on': 'error' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    try {
      const { stdout, exitCode } = await runAction(runner.env);
      expect(exitCode).toBe(1);
      assertMaskedLog(stdout);
      const annotations = parseAnnotations(stdout).filter((a) => a.props.file);
      expect(annotations.map((a) => [a.props.file, a.props.line])).toEqual([
        ['stacks/dev/.env', '1'],
        ['stacks/dev/.env', '2'],
      ]);
      expect(annotations[0].props.title).toMatch(/^secrets\/github-/);
      expect(annotations[1].props.title).toBe('secrets/generic-secret-assignment');
      const outputs = runner.outputs();
      expect(outputs.findings).toBe('2');
      const sarif = fs.readFileSync(outputs['sarif-file'], 'utf8');
      expect(JSON.parse(sarif).runs[0].results).toHaveLength(2);
      expect(JSON.parse(sarif).runs[0].automationDetails).toEqual({ id: 'stackgate/secrets/' });
      assertNoValues(sarif);
      assertNoValues(runner.summary());
      assertNoValues(JSON.stringify(outputs));
      expect(runner.summary()).toContain('stacks/dev/.env');
    } finally {
      runner.cleanup();
    }
  });

  test('push with before == after never fails', async () => {
    repo = gitRepo({ 'a.env': `T=${GH}\n` });
    const head = repo.commit('one');
    const event = repo.write('.event.json', JSON.stringify({ before: head, after: head }));
    const runner = runnerEnv(repo.root, { mode: 'auto', 'fail-on': 'error' }, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    try {
      const { exitCode } = await runAction(runner.env);
      expect(exitCode).toBeUndefined();
      expect(runner.outputs().findings).toBe('0');
    } finally {
      runner.cleanup();
    }
  });

  test('tree with no file to scan fails the step unless allow-empty; skipped files reach the log, annotations and summary', async () => {
    repo = gitRepo();
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0, 1]));
    repo.commit('only a binary');
    const strict = runnerEnv(repo.root, { mode: 'tree' });
    const relaxed = runnerEnv(repo.root, { mode: 'tree', 'allow-empty': 'true' });
    try {
      const failed = await runAction(strict.env);
      expect(failed.exitCode).toBe(1);
      expect(failed.stdout).toContain('nothing to scan: tree mode found 0 files to check');
      const passed = await runAction(relaxed.env);
      expect(passed.exitCode).toBeUndefined();
      expect(parseAnnotations(passed.stdout)).toContainEqual({
        level: 'warning',
        props: { file: 'logo.png', title: 'stackgate/file-not-scanned' },
        message: 'not scanned: binary (a NUL byte in its first 8 KB)',
      });
      expect(relaxed.summary()).toContain('- `logo.png`: binary (a NUL byte in its first 8 KB)');
    } finally {
      strict.cleanup();
      relaxed.cleanup();
    }
  });

  test('skipped files are annotated within the per-level budget; the log and the summary list every one', async () => {
    repo = gitRepo({ 'a.env': 'A=1\n' });
    const binaries = Array.from({ length: ANNOTATION_LIMIT + 3 }, (_, i) => `assets/img-${String(i).padStart(2, '0')}.png`);
    for (const file of binaries) repo.write(file, Buffer.from([0x89, 0x50, 0, 1]));
    repo.commit('images');
    const runner = runnerEnv(repo.root, { mode: 'tree' });
    try {
      const { stdout } = await runAction(runner.env);
      const notScanned = parseAnnotations(stdout).filter((a) => a.props.title === 'stackgate/file-not-scanned');
      expect(notScanned).toHaveLength(ANNOTATION_LIMIT);
      expect(stdout).toContain('3 more files not scanned are not annotated');
      for (const file of binaries) expect(runner.summary()).toContain(`- \`${file}\`: binary`);
    } finally {
      runner.cleanup();
    }
  });

  test('merge_group uses the group base and head', async () => {
    repo = gitRepo({ 'a.env': 'A=1\n' });
    const base = repo.commit('base');
    const head = repo.commit('add', { 'b.env': `TOKEN=${GH}\n` });
    const event = repo.write('.event.json', JSON.stringify({ merge_group: { base_sha: base, head_sha: head } }));
    const runner = runnerEnv(repo.root, { mode: 'auto', 'fail-on': 'never' }, { GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: event });
    try {
      const { exitCode, stdout } = await runAction(runner.env);
      expect(exitCode).toBeUndefined();
      expect(runner.outputs().findings).toBe('1');
      assertMaskedLog(stdout);
    } finally {
      runner.cleanup();
    }
  });

  test('every CLI format is free of the values', async () => {
    repo = gitRepo({ 'a.env': `TOKEN=${GH}\nDB_PASSWORD=${PW}\n`, 'b.yaml': `url: mysql://root:${PW}@db/app\n` });
    repo.commit('base');
    for (const format of ['text', 'json', 'sarif', 'junit', 'markdown']) {
      const r = await runCli(['secrets', '-f', format], repo.root);
      expect(r.exitCode).toBe(1);
      assertNoValues(r.stdout + r.stderr);
    }
  });
});

describe('dist/secrets/index.js as the runner runs it', () => {
  test('a large tree is scanned on worker threads; values are masked before anything else', () => {
    const repo = gitRepo();
    try {
      // Over the parallel threshold, so the bundle starts worker threads from itself.
      const filler = Array.from({ length: 3000 }, (_, i) => `const value${i} = compute(${i}); // ordinary code line number ${i}`).join('\n');
      for (let i = 0; i < 12; i++) repo.write(`src/module-${i}.js`, `${filler}\n`);
      repo.write('deploy/.env', `GITHUB_TOKEN=${GH}\nDB_PASSWORD=${PW}\n`);
      repo.commit('base');
      const runner = runnerEnv(repo.root, { mode: 'tree', 'fail-on': 'error', 'sarif-file': 'out.sarif' });
      try {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/secrets/index.js')], {
          env: { PATH: process.env.PATH ?? '', ...runner.env },
          encoding: 'utf8',
          timeout: 120_000,
        });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(1);
        assertMaskedLog(r.stdout);
        expect(runner.outputs().findings).toBe('2');
        assertNoValues(fs.readFileSync(runner.outputs()['sarif-file'], 'utf8'));
        assertNoValues(runner.summary());
      } finally {
        runner.cleanup();
      }
    } finally {
      repo.cleanup();
    }
  });
});

test('a file over the per-file cap: the output counts every secret, the note is not one, and only listed values are masked', async () => {
  const dump = Array.from({ length: 1500 }, (_, i) => `pwd=${randomString(16, i, 'ABCDEFGHJKLMNPQRSTUVWYZabcdefghijkmnpqrsuvwyz23456789')}7`).join('\n');
  const repo = gitRepo({ 'dump.env': `${dump}\n` });
  const runner = runnerEnv(repo.root, { mode: 'tree' });
  try {
    repo.commit('dump');
    const { stdout, exitCode } = await runAction(runner.env);
    expect(exitCode).toBe(1);
    expect(runner.outputs().findings).toBe('1500');
    expect(stdout).toContain('::error::stackgate found 1500 secrets;');
    expect(stdout).toContain('500 more findings in dump.env not listed (limit 1000 per file)');
    expect(stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))).toHaveLength(1000);
  } finally {
    runner.cleanup();
    repo.cleanup();
  }
});
