import { baselineOf, fingerprintOf, isInBaseline, newBaseline, parseBaseline, renderBaseline } from '../../../src/core/secrets/baseline';
import { UserError } from '../../../src/core/errors';

const f = { ruleId: 'github-pat-classic', file: 'a.env', value: 'the-secret-value-123' };

describe('secrets baseline', () => {
  test('stores rule, file and a salted fingerprint, never the value', () => {
    const b = baselineOf([f, f]);
    const text = renderBaseline(b);
    expect(text).not.toContain(f.value);
    expect(b.findings).toEqual([{ rule: f.ruleId, file: f.file, fingerprint: fingerprintOf(b.salt, f) }]);
    expect(isInBaseline(parseBaseline('b.json', text), f)).toBe(true);
  });

  test('the salt makes fingerprints differ between baselines', () => {
    expect(fingerprintOf(newBaseline().salt, f)).not.toBe(fingerprintOf(newBaseline().salt, f));
  });

  test('another value, file or rule is not accepted', () => {
    const b = baselineOf([f]);
    expect(isInBaseline(b, { ...f, value: 'other' })).toBe(false);
    expect(isInBaseline(b, { ...f, file: 'b.env' })).toBe(false);
    expect(isInBaseline(b, { ...f, ruleId: 'generic-secret-assignment' })).toBe(false);
  });

  test('updating keeps the salt', () => {
    const b = baselineOf([f]);
    expect(baselineOf([f], b).salt).toBe(b.salt);
  });

  test.each([
    '{',
    '{"version": 2}',
    '{"version": 1, "salt": "short", "findings": []}',
    '{"version": 1, "salt": "0123456789abcdef0123", "findings": [{"rule": "x"}]}',
  ])('invalid baseline %s is a UserError naming the file', (text) => {
    expect(() => parseBaseline('.stackgate/secrets-baseline.json', text)).toThrow(UserError);
    try {
      parseBaseline('.stackgate/secrets-baseline.json', text);
    } catch (e) {
      expect((e as UserError).file).toBe('.stackgate/secrets-baseline.json');
    }
  });
});
