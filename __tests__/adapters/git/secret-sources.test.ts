import { collectSources } from '../../../src/adapters/git/secret-sources';
import { scanInline } from '../../../src/adapters/secrets/scan-pool';
import { UserError } from '../../../src/core/errors';
import { gitRepo, type GitRepo } from '../../helpers/git-repo';
import { tempRepo } from '../../helpers/temp-repo';

const opts = (root: string, mode: 'tree' | 'diff' | 'history' | 'staged', extra: Record<string, unknown> = {}) => ({ root, mode, maxFileBytes: 1024 * 1024, isAllowedPath: () => true, ...extra });

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
      expect(collectSources(opts(dir.root, 'tree')).sources.map((s) => s.file).sort()).toEqual(['.gitignore', 'a.txt']);
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

  test('an unknown base is a UserError with a hint, not a crash', () => {
    repo = gitRepo();
    repo.commit('one', { 'a.env': 'A=1\n' });
    expect(() => collectSources(opts(repo.root, 'diff', { base: 'no-such-ref' }))).toThrow(UserError);
  });
});
