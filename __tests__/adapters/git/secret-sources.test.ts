import fs from 'node:fs';
import path from 'node:path';
import { collectSources } from '../../../src/adapters/git/secret-sources';
import { scanInline } from '../../../src/adapters/secrets/scan-pool';
import { UserError } from '../../../src/core/errors';
import { gitRepo, type GitRepo } from '../../helpers/git-repo';
import { githubToken } from '../../helpers/fake-secret';
import { tempRepo } from '../../helpers/temp-repo';
import { utf16be, utf16le } from '../../helpers/utf16';

const opts = (root: string, mode: 'tree' | 'diff' | 'history' | 'staged', extra: Record<string, unknown> = {}) => ({
  root,
  mode,
  maxFileBytes: 1024 * 1024,
  isAllowedPath: () => true,
  ...extra,
});

describe('secret sources', () => {
  let repo: GitRepo;
  afterEach(() => repo?.cleanup());

  test('tree: tracked files only, large files reported, binary files skipped when read', () => {
    repo = gitRepo({ '.gitignore': 'ignored.env\n', 'a.env': 'A=1\n', 'ignored.env': 'B=2\n', 'big.txt': 'x'.repeat(2000) });
    repo.write('bin.dat', Buffer.from([1, 0, 2]));
    repo.commit('base');
    repo.write('untracked.env', 'C=3\n');
    const c = collectSources(opts(repo.root, 'tree', { maxFileBytes: 1000 }));
    // Tree sources are read by the scanning thread, which skips binary content.
    expect(c.sources.map((s) => s.file).sort()).toEqual(['.gitignore', 'a.env', 'bin.dat']);
    expect(c.skipped).toEqual([{ file: 'big.txt', reason: 'larger than 1000 bytes' }]);
    const scanned = scanInline(c.sources);
    expect(scanned.binary).toBe(1);
  });

  test('tree outside a git repository: every file, .gitignore honoured', () => {
    const dir = tempRepo({ '.gitignore': 'skip/\n', 'a.txt': 'x\n', 'skip/b.txt': 'y\n' });
    try {
      expect(
        collectSources(opts(dir.root, 'tree'))
          .sources.map((s) => s.file)
          .sort(),
      ).toEqual(['.gitignore', 'a.txt']);
    } finally {
      dir.cleanup();
    }
  });

  test('diff: only lines added since the merge base, renames under their new path', () => {
    repo = gitRepo();
    const base = repo.commit('base', { 'a.env': 'ONE=1\nTWO=2\n', 'old.yml': 'x: 1\ny: 2\nz: 3\nw: 4\n' });
    repo.git('mv', 'old.yml', 'new.yml');
    repo.write('a.env', 'ONE=1\nADDED=3\nTWO=2\n');
    repo.write('new.yml', 'x: 1\ny: 2\nz: 3\nw: 4\nv: 5\n');
    const head = repo.commit('change');
    const c = collectSources(opts(repo.root, 'diff', { base, head }));
    expect(c.range).toEqual({ base, head });
    expect(c.sources.map((s) => [s.file, s.lines])).toEqual([
      ['a.env', [2]],
      ['new.yml', [5]],
    ]);
    expect(c.sources[0].text).toBe('ONE=1\nADDED=3\nTWO=2\n');
  });

  test('diff: base and head the same commit scans nothing and does not fail', () => {
    repo = gitRepo();
    const head = repo.commit('only', { 'a.env': 'A=1\n' });
    expect(collectSources(opts(repo.root, 'diff', { base: head, head })).sources).toEqual([]);
  });

  test('history: every commit, each line attributed to the commit that added it', () => {
    repo = gitRepo();
    const c1 = repo.commit('one', { 'a.env': 'A=1\n' });
    const c2 = repo.commit('two', { 'a.env': 'A=1\nB=2\n' });
    const c = collectSources(opts(repo.root, 'history'));
    expect(c.sources.map((s) => [s.file, s.commit, s.text, s.lineMap])).toEqual([
      ['a.env', c2, 'B=2', [2]],
      ['a.env', c1, 'A=1', [1]],
    ]);
  });

  test('staged: lines added to the index, content from the index', () => {
    repo = gitRepo();
    repo.commit('base', { 'a.env': 'A=1\n' });
    repo.write('a.env', 'A=1\nSTAGED=2\n');
    repo.git('add', 'a.env');
    repo.write('a.env', 'A=1\nSTAGED=2\nUNSTAGED=3\n');
    const c = collectSources(opts(repo.root, 'staged'));
    expect(c.sources.map((s) => [s.file, s.lines, s.text])).toEqual([['a.env', [2], 'A=1\nSTAGED=2\n']]);
  });

  describe('UTF-16 files (git shows them as binary) are decoded, and their findings have the right lines', () => {
    const TOKEN = githubToken(61);
    const found = (sources: Parameters<typeof scanInline>[0]) => scanInline(sources).findings.map((f) => [f.file, f.line, f.ruleId, f.commit]);

    test('tree: a committed UTF-16LE .env and a UTF-16BE compose override', () => {
      repo = gitRepo();
      repo.write('.env', utf16le(`# local\r\nDEBUG=1\r\nGITHUB_TOKEN=${TOKEN}\r\n`));
      repo.write('compose.override.yml', utf16be(`services:\n  app:\n    environment:\n      GH: ${TOKEN}\n`));
      repo.commit('base');
      expect(found(collectSources(opts(repo.root, 'tree')).sources)).toEqual([
        ['.env', 3, 'github-pat-classic', undefined],
        ['compose.override.yml', 4, 'github-pat-classic', undefined],
      ]);
    });

    test('diff and staged: only the lines the new version adds count', () => {
      repo = gitRepo();
      const base = repo.commit('base', { 'keep.txt': 'x\n' });
      repo.write('.env', utf16le(`OLD_TOKEN=${githubToken(62)}\r\nDEBUG=1\r\n`));
      const middle = repo.commit('add .env');
      repo.write('.env', utf16le(`OLD_TOKEN=${githubToken(62)}\r\nDEBUG=1\r\nGITHUB_TOKEN=${TOKEN}\r\n`));
      const head = repo.commit('add a token');
      expect(found(collectSources(opts(repo.root, 'diff', { base: middle, head })).sources)).toEqual([['.env', 3, 'github-pat-classic', undefined]]);
      expect(found(collectSources(opts(repo.root, 'diff', { base, head })).sources)).toEqual([
        ['.env', 1, 'github-pat-classic', undefined],
        ['.env', 3, 'github-pat-classic', undefined],
      ]);
      repo.write('staged.env', utf16be(`A=1\nGITHUB_TOKEN=${TOKEN}\n`));
      repo.git('add', 'staged.env');
      expect(found(collectSources(opts(repo.root, 'staged')).sources)).toEqual([['staged.env', 2, 'github-pat-classic', undefined]]);
    });

    test('history: the lines each commit adds, attributed to the commit', () => {
      repo = gitRepo();
      repo.write('.env', utf16le(`DEBUG=1\r\n`));
      repo.commit('add .env');
      repo.write('.env', utf16le(`DEBUG=1\r\nGITHUB_TOKEN=${TOKEN}\r\n`));
      const second = repo.commit('add a token');
      expect(found(collectSources(opts(repo.root, 'history')).sources)).toEqual([['.env', 2, 'github-pat-classic', second]]);
    });
  });

  describe('.gitattributes never hides a file: -diff, binary and textconv drivers are ignored', () => {
    const TOKEN = githubToken(63);
    const found = (sources: Parameters<typeof scanInline>[0]) =>
      scanInline(sources)
        .findings.map((f) => [f.file, f.line, f.ruleId, f.commit])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const attributes = '*.yml -diff\n*.env binary\n*.json diff=hide\n';

    test('diff, staged and history read such files as text and keep the added lines', () => {
      repo = gitRepo();
      repo.git('config', 'diff.hide.textconv', 'true');
      const base = repo.commit('base', { '.gitattributes': attributes, 'app.yml': 'a: 1\n', '.env': 'A=1\n', 'c.json': '{}\n' });
      const head = repo.commit('add tokens', {
        'app.yml': `a: 1\ntoken: ${TOKEN}\n`,
        '.env': `A=1\nGITHUB_TOKEN=${TOKEN}\n`,
        'c.json': `{"token": "${TOKEN}"}\n`,
      });
      expect(found(collectSources(opts(repo.root, 'diff', { base, head })).sources)).toEqual([
        ['.env', 2, 'github-pat-classic', undefined],
        ['app.yml', 2, 'github-pat-classic', undefined],
        ['c.json', 1, 'github-pat-classic', undefined],
      ]);
      expect(found(collectSources(opts(repo.root, 'history')).sources)).toEqual([
        ['.env', 2, 'github-pat-classic', head],
        ['app.yml', 2, 'github-pat-classic', head],
        ['c.json', 1, 'github-pat-classic', head],
      ]);
      repo.write('staged.yml', `x: 1\ntoken: ${TOKEN}\n`);
      repo.git('add', 'staged.yml');
      expect(found(collectSources(opts(repo.root, 'staged')).sources)).toEqual([['staged.yml', 2, 'github-pat-classic', undefined]]);
    });
  });

  test('binary files a change adds are listed as skipped in diff, staged and history, never passed over silently', () => {
    repo = gitRepo();
    const base = repo.commit('base', { 'a.txt': 'x\n' });
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const head = repo.commit('add a logo');
    const binary = 'binary (a NUL byte in its first 8 KB)';
    expect(collectSources(opts(repo.root, 'diff', { base, head })).skipped).toEqual([{ file: 'logo.png', reason: binary }]);
    expect(collectSources(opts(repo.root, 'history')).skipped).toEqual([{ file: 'logo.png', reason: `${binary} (in commit ${head.slice(0, 12)})` }]);
    repo.write('icon.ico', Buffer.from([0, 0, 1, 0]));
    repo.git('add', 'icon.ico');
    expect(collectSources(opts(repo.root, 'staged')).skipped).toEqual([{ file: 'icon.ico', reason: binary }]);
  });

  test('tree: a symbolic link is listed as skipped, not followed', () => {
    repo = gitRepo({ 'a.txt': 'x\n' });
    fs.symlinkSync('a.txt', path.join(repo.root, 'link.txt'));
    repo.commit('base');
    expect(collectSources(opts(repo.root, 'tree')).skipped).toEqual([{ file: 'link.txt', reason: 'symbolic link (not followed)' }]);
  });

  test('an unknown base is a UserError with a hint, not a crash', () => {
    repo = gitRepo();
    repo.commit('one', { 'a.env': 'A=1\n' });
    expect(() => collectSources(opts(repo.root, 'diff', { base: 'no-such-ref' }))).toThrow(UserError);
  });
});
