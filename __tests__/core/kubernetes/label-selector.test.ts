import { matchesLabelMap, matchesLabelSelector } from '../../../src/core/kubernetes/label-selector';

const labels = { app: 'mcp', tier: 'api' };

test.each([
  [{}, true],
  [null, false],
  [{ matchLabels: { app: 'mcp' } }, true],
  [{ matchLabels: { app: 'web' } }, false],
  [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['api', 'web'] }] }, true],
  [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['api'] }] }, false],
  [{ matchExpressions: [{ key: 'canary', operator: 'DoesNotExist' }] }, true],
  [{ matchExpressions: [{ key: 'canary', operator: 'Exists' }] }, false],
  [{ matchExpressions: [{ key: 'tier', operator: 'Bogus' }] }, false],
  [{ matchLabels: 'app=mcp' }, false],
])('matchesLabelSelector(%j)', (selector, expected) => {
  expect(matchesLabelSelector(selector, labels)).toBe(expected);
});

test('matchesLabelMap: every pair must match; an empty map selects nothing', () => {
  expect(matchesLabelMap({ app: 'mcp' }, labels)).toBe(true);
  expect(matchesLabelMap({ app: 'mcp', tier: 'web' }, labels)).toBe(false);
  expect(matchesLabelMap({}, labels)).toBe(false);
  expect(matchesLabelMap(['app'], labels)).toBe(false);
});
