/**
 * The base worktree of `score --base` is gone after an interrupted run: removed on SIGTERM/SIGINT,
 * and pruned by the next run when the process was killed outright.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addBaseWorktree, pruneStaleWorktrees } from '../../../src/adapters/git/base-worktree';
import { gitRepo, type GitRepo } from '../../helpers/git-repo';

const HOOK = path.join(__dirname, '../../helpers/ts-child.cjs');
const MODULE = path.join(__dirname, '../../../src/adapters/git/base-worktree.ts');

let repo: GitRepo;
let commit: string;
beforeEach(() => {
  repo = gitRepo();
  commit = repo.commit('base', { 'a.yml': 'a: 1\n' });
});
afterEach(() => repo.cleanup());

const worktrees = (): string[] =>
  repo
    .git('worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree '))
    .map((l) => l.slice(9));

test.each(['SIGTERM', 'SIGINT'] as const)('%s while the worktree exists removes it, and the process still ends by the signal', async (signal) => {
  const child = spawn(
    process.execPath,
    [
      '-r',
      HOOK,
      '-e',
      `const w = require(${JSON.stringify(MODULE)}).addBaseWorktree(${JSON.stringify(repo.root)}, ${JSON.stringify(commit)}); console.log(w.dir); setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const dir = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  expect(fs.existsSync(path.join(dir, 'a.yml'))).toBe(true);
  expect(worktrees()).toHaveLength(2);
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
  child.kill(signal);
  expect(await ended).toBe(signal);
  expect(fs.existsSync(dir)).toBe(false);
  expect(worktrees()).toEqual([fs.realpathSync(repo.root)]);
});

test('a worktree left by a killed run is pruned by the next; live and foreign ones are kept', () => {
  // A process that has ended: its pid is free.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const add = (prefix: string, reason?: string): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    repo.git('worktree', 'add', '--detach', '--force', ...(reason ? ['--lock', '--reason', reason] : []), dir, commit);
    return fs.realpathSync(dir);
  };
  const stale = add('stackgate-base-', `stackgate pid ${dead}`);
  const live = add('stackgate-base-', `stackgate pid ${process.pid}`);
  const foreign = add('my-feature-', 'someone else');
  try {
    expect(pruneStaleWorktrees(repo.root)).toEqual([stale]);
    expect(fs.existsSync(stale)).toBe(false);
    expect(worktrees().sort()).toEqual([fs.realpathSync(repo.root), live, foreign].sort());
  } finally {
    for (const d of [live, foreign]) fs.rmSync(d, { recursive: true, force: true });
  }
});

test('the normal path: remove() leaves nothing, and twice is harmless', async () => {
  const w = addBaseWorktree(repo.root, commit);
  expect(fs.existsSync(path.join(w.dir, 'a.yml'))).toBe(true);
  await w.remove();
  await w.remove();
  expect(fs.existsSync(w.dir)).toBe(false);
  expect(worktrees()).toHaveLength(1);
});

test('a signal that arrives during synchronous work still ends the process once the worktree is removed', async () => {
  // The child blocks its event loop (as scoring does), so the signal waits; remove() lets it through.
  const script = `const w = require(${JSON.stringify(MODULE)}).addBaseWorktree(${JSON.stringify(repo.root)}, ${JSON.stringify(commit)});
    console.log(w.dir);
    const t = Date.now(); while (Date.now() - t < 1500) {}
    w.remove().then(() => console.log('went on after the signal'));`;
  const child = spawn(process.execPath, ['-r', HOOK, '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.kill('SIGTERM');
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
  expect(signal).toBe('SIGTERM');
  expect(out).not.toContain('went on after the signal');
  expect(worktrees()).toEqual([fs.realpathSync(repo.root)]);
});
