import { displayPairs, displayValue, scalarText } from '../../src/core/display-value';

test('scalars show as written, other values as short JSON', () => {
  expect(displayValue('mcp')).toBe('mcp');
  expect(displayValue(12345)).toBe('12345');
  expect(displayValue(false)).toBe('false');
  expect(displayValue({ nested: true })).toBe('{"nested":true}');
  expect(displayValue(['a', 'b'])).toBe('["a","b"]');
  expect(displayValue(null)).toBe('(empty)');
  expect(displayValue(undefined)).toBe('(empty)');
  expect(displayValue('')).toBe('(empty)');
  expect(displayValue({ long: 'x'.repeat(100) })).toHaveLength(60);
});

test('scalarText only gives names that are written', () => {
  expect(scalarText('app')).toBe('app');
  expect(scalarText(7)).toBe('7');
  expect([scalarText({ a: 1 }), scalarText(null), scalarText(''), scalarText([1])]).toEqual([undefined, undefined, undefined, undefined]);
});

test('label pairs', () => {
  expect(displayPairs({ app: { nested: true }, tier: 3 })).toBe('app={"nested":true}, tier=3');
  expect(displayPairs({})).toBe('none');
});
