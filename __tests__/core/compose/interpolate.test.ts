import { parseEnvFile } from '../../../src/core/compose/env-file';
import { interpolateString } from '../../../src/core/compose/interpolate';

const vars = { SET: 'value', EMPTY: '' };

describe('interpolateString', () => {
  test.each([
    ['$SET and ${SET}', 'value and value'],
    ['${UNSET:-fallback}', 'fallback'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${UNSET-fallback}', 'fallback'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET:-${SET}-nested}', 'value-nested'],
    ['$$SET is literal', '$SET is literal'],
    ['port ${PORT:-8501}:8501', 'port 8501:8501'],
    ['no variables', 'no variables'],
  ])('%s', (input, expected) => {
    const r = interpolateString(input, vars);
    expect(r.value).toBe(expected);
    expect(r.issues).toEqual([]);
  });

  test('unset variables become empty strings and are reported', () => {
    expect(interpolateString('img:${TAG}', vars)).toEqual({ value: 'img:', issues: [expect.objectContaining({ kind: 'undefined', variable: 'TAG' })] });
  });

  test('required variables report their message', () => {
    const r = interpolateString('${TOKEN:?set TOKEN in .env}', vars);
    expect(r.issues).toEqual([expect.objectContaining({ kind: 'required', message: 'required variable "TOKEN" is missing a value: set TOKEN in .env' })]);
    expect(interpolateString('${EMPTY?x}', vars).issues).toEqual([]);
    expect(interpolateString('${EMPTY:?x}', vars).issues).toHaveLength(1);
  });

  test('malformed expressions are syntax issues', () => {
    expect(interpolateString('${SET', vars).issues[0].kind).toBe('syntax');
    expect(interpolateString('${1BAD}', vars).issues[0].kind).toBe('syntax');
    expect(interpolateString('${SET:x}', vars).issues[0].kind).toBe('syntax');
  });
});

describe('parseEnvFile', () => {
  test('Compose .env syntax', () => {
    const text = [
      '# comment',
      'export A=1',
      'B = two words # trailing comment',
      "C='literal ${A} # kept'",
      'D="line\\nbreak ${A}"',
      'E=${A}-${B}',
      'F=',
      'BARE',
      'G="multi',
      'line"',
    ].join('\n');
    const { vars: v, problems } = parseEnvFile(text);
    expect(problems).toEqual([]);
    expect(v).toEqual({ A: '1', B: 'two words', C: 'literal ${A} # kept', D: 'line\nbreak 1', E: '1-two words', F: '', G: 'multi\nline' });
  });

  test('malformed lines are reported with their line number', () => {
    expect(parseEnvFile('A=1\n=oops\n').problems).toEqual([
      { line: 2, message: 'expected KEY=VALUE, a comment or a bare name; the line is neither (not shown: env files hold credentials)' },
    ]);
  });
});
