/** Changed files and lines of a real git history, as the validate action ranks annotations by them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changeRangeFromEvent, changedFiles, changedLines } from '../../../src/adapters/git/changed-files';
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

describe('the event payload is untrusted', () => {
  const write = (payload: unknown): string => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-event-')), 'event.json');
    fs.writeFileSync(file, JSON.stringify(payload));
    return file;
  };
  const sha = 'a'.repeat(40);

  test.each([
    ['pull_request', { pull_request: { base: { sha: '--output=/tmp/x' }, head: { sha } } }],
    ['pull_request', { pull_request: { base: { sha }, head: { sha: 'HEAD~1' } } }],
    ['merge_group', { merge_group: { base_sha: sha, head_sha: `${sha} --no-index` } }],
    ['push', { before: sha, after: ['not', 'a', 'sha'] }],
  ])('a %s commit that is not a full SHA gives no range', (eventName, payload) => {
    expect(changeRangeFromEvent(eventName, write(payload))).toBeUndefined();
  });

  test('full SHA-1 and SHA-256 ids make a range', () => {
    const sha256 = 'b'.repeat(64);
    expect(changeRangeFromEvent('push', write({ before: sha, after: sha256 }))).toEqual({ base: sha, head: sha256 });
  });

  test('a range is passed to git as revisions only: an option-like base writes no file', () => {
    const repo = gitRepo();
    try {
      repo.commit('one', { 'a.yml': 'a\n' });
      const target = path.join(repo.root, 'pwned');
      expect(() => changedFiles(repo.root, { base: `--output=${target}`, head: 'HEAD' })).toThrow();
      expect(() => changedLines(repo.root, { base: `--output=${target}`, head: 'HEAD' })).toThrow(/git diff failed/);
      expect(fs.existsSync(target)).toBe(false);
    } finally {
      repo.cleanup();
    }
  });
});
