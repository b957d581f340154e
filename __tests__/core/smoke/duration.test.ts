import { UserError } from '../../../src/core/errors';
import { formatMs, parseDurationMs } from '../../../src/core/smoke/duration';

describe('parseDurationMs', () => {
  it.each([
    ['500ms', 500],
    ['0ms', 0],
    ['10s', 10_000],
    ['1.5s', 1_500],
    ['2m', 120_000],
    ['0.5m', 30_000],
    ['  10s  ', 10_000],
    ['64h', 64 * 3_600_000],
    ['2d', 2 * 86_400_000],
    ['1h30m', 90 * 60_000],
    ['2d16h', 64 * 3_600_000],
    ['1m30s500ms', 90_500],
  ])('reads %j as %d ms', (text, ms) => {
    expect(parseDurationMs(text, 'timeout')).toBe(ms);
  });

  it('takes a non-negative number as milliseconds, unchanged', () => {
    expect(parseDurationMs(0, 'timeout')).toBe(0);
    expect(parseDurationMs(250, 'timeout')).toBe(250);
    expect(parseDurationMs(12.5, 'timeout')).toBe(12.5);
  });

  it.each([['thirty'], ['10'], ['10 s'], ['10w'], ['-5s'], ['s'], ['1e3ms'], [''], ['30m1h'], ['1h1h'], ['1h 30m']])(
    'rejects %j as a UserError naming the field and the value',
    (text) => {
      let error: unknown;
      try {
        parseDurationMs(text, 'smoke.timeout');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toBe(`smoke.timeout: expected a duration such as 500ms, 10s, 2m, 64h or 1h30m, got "${text}"`);
    },
  );

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('rejects the number %d', (n) => {
    expect(() => parseDurationMs(n, 'wait-timeout')).toThrow(UserError);
    expect(() => parseDurationMs(n, 'wait-timeout')).toThrow(/^wait-timeout: expected a duration/);
  });
});

describe('formatMs', () => {
  it.each([
    [0, '0.0 ms'],
    [4.26, '4.3 ms'],
    [9.94, '9.9 ms'],
    [42.4, '42 ms'],
    [850, '850 ms'],
    [999.4, '999 ms'],
  ])('shows %d as milliseconds: %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it.each([
    [1_000, '1.00 s'],
    [1_234, '1.23 s'],
    [9_994, '9.99 s'],
    [12_345, '12.3 s'],
    [59_949, '59.9 s'],
  ])('shows %d as seconds: %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it.each([
    [60_000, '1 m 0 s'],
    [125_000, '2 m 5 s'],
    [3_599_000, '59 m 59 s'],
  ])('shows %d as minutes and seconds: %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it.each([
    [3_600_000, '1 h 0 m'],
    [5_400_000, '1 h 30 m'],
    [86_340_000, '23 h 59 m'],
    [64 * 3_600_000, '2 d 16 h'],
  ])('shows %d as hours and minutes, or days and hours: %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it.each([
    [9.96, '10 ms'],
    [999.7, '1.00 s'],
    [9_996, '10.0 s'],
    [59_990, '1 m 0 s'],
    [119_999, '2 m 0 s'],
  ])('never shows a rounded value that belongs to the next unit: %d is %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
    expect(formatMs(ms)).not.toMatch(/^(1000 ms|60\.0 s|\d+ m 60 s|10\.0 ms|10\.00 s)$/);
  });
});
