import { addedLineNumbers, parseBinaryChanges, parseUnifiedDiff } from '../../../src/core/secrets/unified-diff';

describe('parseUnifiedDiff', () => {
  test('added lines with their new line numbers; deletions, binaries and deleted files yield nothing', () => {
    const diff = [
      'diff --git a/a.env b/a.env',
      'index 1..2 100644',
      '--- a/a.env',
      '+++ b/a.env',
      '@@ -2,0 +3,2 @@ FOO=1',
      '+TOKEN=x',
      '+OTHER=y',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      'diff --git a/gone.txt b/gone.txt',
      'deleted file mode 100644',
      '--- a/gone.txt',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/img.png b/img.png',
      'Binary files a/img.png and b/img.png differ',
      'diff --git a/old name.yml b/new name.yml',
      'similarity index 90%',
      'rename from old name.yml',
      'rename to new name.yml',
      '--- a/old name.yml',
      '+++ b/new name.yml',
      '@@ -1 +1 @@',
      '-a: 1',
      '+a: 2',
      'diff --git "a/caf\\303\\251.yml" "b/caf\\303\\251.yml"',
      '--- "a/caf\\303\\251.yml"',
      '+++ "b/caf\\303\\251.yml"',
      '@@ -0,0 +1 @@',
      '+x: 1',
    ].join('\n');
    expect(parseUnifiedDiff(diff)).toEqual([
      {
        file: 'a.env',
        lines: [
          { line: 3, text: 'TOKEN=x' },
          { line: 4, text: 'OTHER=y' },
          { line: 12, text: 'new' },
        ],
      },
      { file: 'new name.yml', lines: [{ line: 1, text: 'a: 2' }] },
      { file: 'café.yml', lines: [{ line: 1, text: 'x: 1' }] },
    ]);
  });

  test('git log -p output attributes lines to commits', () => {
    const sha1 = 'a'.repeat(40);
    const sha2 = 'b'.repeat(40);
    const log = [
      `\u0000commit ${sha1}`,
      '',
      'diff --git a/x b/x',
      '--- /dev/null',
      '+++ b/x',
      '@@ -0,0 +1 @@',
      '+one',
      `\u0000commit ${sha2}`,
      '',
      'diff --git a/x b/x',
      '--- a/x',
      '+++ b/x',
      '@@ -1,0 +2 @@',
      '+two',
    ].join('\n');
    expect(parseUnifiedDiff(log)).toEqual([
      { file: 'x', commit: sha1, lines: [{ line: 1, text: 'one' }] },
      { file: 'x', commit: sha2, lines: [{ line: 2, text: 'two' }] },
    ]);
  });

  test('a name with a space (git ends it with a tab), a hunk without a count, a pure deletion', () => {
    const diff = [
      'diff --git a/a b.yml b/a b.yml',
      '--- a/a b.yml\t',
      '+++ b/a b.yml\t',
      '@@ -3 +3 @@',
      '-old',
      '+new',
      '@@ -10,2 +9,0 @@',
      '-gone',
      '-gone',
    ].join('\n');
    expect(parseUnifiedDiff(diff)).toEqual([{ file: 'a b.yml', lines: [{ line: 3, text: 'new' }] }]);
  });
});

describe('parseBinaryChanges', () => {
  test('files git only says "Binary files … differ" about, with their old path and commit', () => {
    const sha = 'c'.repeat(40);
    const log = [
      `\u0000commit ${sha}`,
      'diff --git a/new.env b/new.env',
      'new file mode 100644',
      'Binary files /dev/null and b/new.env differ',
      'diff --git a/old name.env b/moved.env',
      'rename from old name.env',
      'rename to moved.env',
      'Binary files a/old name.env and b/moved.env differ',
      'diff --git a/gone.env b/gone.env',
      'Binary files a/gone.env and /dev/null differ',
      'diff --git a/a.env b/a.env',
      '+++ b/a.env',
      '+Binary files x and y differ',
    ].join('\n');
    expect(parseBinaryChanges(log)).toEqual([
      { file: 'new.env', commit: sha },
      { file: 'moved.env', oldFile: 'old name.env', commit: sha },
    ]);
  });
});

describe('addedLineNumbers', () => {
  test('lines of the new text the old one does not have, counted as a multiset', () => {
    expect(addedLineNumbers('A=1\nB=2\n', 'A=1\nX=9\nB=2\nA=1\n')).toEqual([2, 4]);
    expect(addedLineNumbers('', 'A=1\r\nB=2\r\n')).toEqual([1, 2]);
    expect(addedLineNumbers('A=1\nB=2\n', 'B=2\nA=1\n')).toEqual([]);
  });
});
