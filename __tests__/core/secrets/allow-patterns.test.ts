import { acceptedValues, compileAllowPatterns } from '../../../src/core/secrets/allow-patterns';
import { UserError } from '../../../src/core/errors';
import { thrown } from '../../helpers/user-error';

const at = (i: number) => ({ file: 'stackgate.yml', line: 10 + i, column: 9 });

test('the values at least one pattern matches', () => {
  const patterns = compileAllowPatterns(['^sk_test_', 'EXAMPLE$']);
  expect(acceptedValues(patterns, ['sk_test_abc', 'sk_live_abc', 'AKIAEXAMPLE', 'example'])).toEqual(new Set(['sk_test_abc', 'AKIAEXAMPLE']));
  expect(acceptedValues([], ['sk_test_abc'])).toEqual(new Set());
});

test('an invalid pattern is a UserError at its line', () => {
  const e = thrown(() => compileAllowPatterns(['^ok', '(unclosed'], at));
  expect(e.format()).toMatch(/^stackgate\.yml:11:9: secrets\.allow\.patterns\[1\]: invalid regular expression/);
});

test('a pattern that backtracks catastrophically on a found value is refused at its line instead of hanging the scan', () => {
  // (a+)+$ against 40 a's and a final character it cannot match: 2^40 ways to split the run.
  const patterns = compileAllowPatterns(['^sk_test_', '(a+)+$'], at);
  const e = thrown(() => acceptedValues(patterns, ['sk_test_abc', `Zq8${'a'.repeat(40)}!`], { locate: at, budgetMs: 100 }));
  expect(e).toBeInstanceOf(UserError);
  expect(e.format()).toMatch(
    /^stackgate\.yml:11:9: secrets\.allow\.patterns\[1\]: "\(a\+\)\+\$" ran for more than 100 ms on one value \(catastrophic backtracking\), so it is refused/,
  );
  expect(e.hint).toContain('^sk_test_');
});

test('many quick tests that together take longer than the budget are not blamed on the pattern', () => {
  // Each test walks a 4 KiB value (microseconds); 400,000 of them take several budgets of 40 ms in all.
  const long = `${'b'.repeat(4095)}Q`;
  const values = [...Array.from({ length: 400_000 }, () => long.slice(0, -1)), long];
  expect(acceptedValues(compileAllowPatterns(['Q$']), values, { budgetMs: 40 })).toEqual(new Set([long]));
});
