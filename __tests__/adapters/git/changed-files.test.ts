/** Changed files and lines of a real git history, as the validate action ranks annotations by them. */
import { changedFiles, changedLines } from '../../../src/adapters/git/changed-files';
import { gitRepo } from '../../helpers/git-repo';

test('files and head-side lines a branch changed since its merge base, not what main did meanwhile', () => {
  const repo = gitRepo();
  try {
    const base = repo.commit('base', { 'a.yml': 'one\ntwo\nthree\nfour\n', 'b.yml': 'x\n', 'naïve dir/c.yml': 'c\n', 'with space.yml': 'a\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.commit('change', { 'a.yml': 'one\nTWO\nthree\nfour\nfive\nsix\n', 'naïve dir/c.yml': 'c\nd\n', 'with space.yml': 'a\nb\n' });
    repo.git('rm', '-q', 'b.yml');
    const headAfterRemoval = repo.commit('remove b');
    repo.git('checkout', '-q', 'main');
    const mainMoved = repo.commit('main moves on', { 'a.yml': 'zero\none\ntwo\nthree\nfour\n' });
    repo.git('checkout', '-q', 'feature');

    expect(changedFiles(repo.root, { base: mainMoved, head: headAfterRemoval }).sort()).toEqual(['a.yml', 'b.yml', 'naïve dir/c.yml', 'with space.yml']);
    const lines = changedLines(repo.root, { base: mainMoved, head: headAfterRemoval });
    expect([...lines.get('a.yml')!]).toEqual([2, 5, 6]);
    expect([...lines.get('naïve dir/c.yml')!]).toEqual([2]);
    // git ends a name with a space with a tab on its +++ line.
    expect([...lines.get('with space.yml')!]).toEqual([2]);
    expect(lines.has('b.yml')).toBe(false); // deleted: no head-side lines
    expect(changedLines(repo.root, { base, head }).get('a.yml')).toEqual(new Set([2, 5, 6]));
  } finally {
    repo.cleanup();
  }
});
