import { describeOmitted, limitPerFile, omittedNote } from '../../../src/core/secrets/per-file-limit';

const findings = (file: string, n: number) => Array.from({ length: n }, (_, i) => ({ file, line: i + 1 }));

test('lists the first findings of each file up to the limit and counts the rest per file', () => {
  const { listed, omitted } = limitPerFile([...findings('a.env', 5), ...findings('b.env', 2), ...findings('c.env', 4)], 3);
  expect(listed.map((f) => `${f.file}:${f.line}`)).toEqual(['a.env:1', 'a.env:2', 'a.env:3', 'b.env:1', 'b.env:2', 'c.env:1', 'c.env:2', 'c.env:3']);
  expect(omitted).toEqual([
    { file: 'a.env', count: 2, limit: 3 },
    { file: 'c.env', count: 1, limit: 3 },
  ]);
});

test('a file at the limit has nothing omitted', () => {
  expect(limitPerFile(findings('a.env', 3), 3).omitted).toEqual([]);
});

test('the note names the count, the file and the limit, and carries no value', () => {
  const o = { file: 'dump/creds.env', count: 129_000, limit: 1000 };
  expect(describeOmitted(o)).toBe('129000 more findings in dump/creds.env not listed (limit 1000 per file)');
  expect(describeOmitted({ ...o, count: 1 })).toBe('1 more finding in dump/creds.env not listed (limit 1000 per file)');
  expect(omittedNote(o)).toMatchObject({ ruleId: 'findings-per-file-limit', file: 'dump/creds.env', line: 1, redacted: '', omitted: 129_000 });
});
