/**
 * Every pattern the scanner runs over a file's text has bounded repeats. An unbounded `{24,}` (or a
 * `+`/`*` V8 cannot run as a simple loop) pushes one backtracking entry per character, so a
 * multi-megabyte line (an inline data URI, a minified bundle) overflows the regular-expression
 * stack and the whole scan stops with "Maximum call stack size exceeded".
 */
import * as generic from '../../../src/core/secrets/generic';
import { SECRET_RULES } from '../../../src/core/secrets/rules/index';
import { BASE64_RUN, HEX_RUN, PERCENT_RUN } from '../../../src/core/secrets/scan';

/** The repeats in a pattern's source that have no upper bound: `*`, `+` and `{n,}` outside character classes. */
function unboundedRepeats(source: string): string[] {
  const found: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') found.push(source.slice(Math.max(0, i - 20), i + 1));
    else if (c === '{') {
      const open = /^\{\d+,\}/.exec(source.slice(i));
      if (open) found.push(source.slice(Math.max(0, i - 20), i + open[0].length));
    }
  }
  return found;
}

const TEXT_PATTERNS: [string, RegExp][] = [
  ...SECRET_RULES.map((r): [string, RegExp] => [`rule:${r.id}`, r.pattern]),
  ['generic:ASSIGNMENT', generic.ASSIGNMENT],
  ['generic:URL_CREDENTIALS', generic.URL_CREDENTIALS],
  ['generic:CLI_FLAG', generic.CLI_FLAG],
  ['generic:MYSQL_PASSWORD_FLAG', generic.MYSQL_PASSWORD_FLAG],
  ['decode:BASE64_RUN', BASE64_RUN],
  ['decode:HEX_RUN', HEX_RUN],
  ['decode:PERCENT_RUN', PERCENT_RUN],
];

test('the checker sees unbounded repeats and ignores bounded ones and those inside classes', () => {
  expect(unboundedRepeats(String.raw`a{24,}b+c*[+*]\+d{2,9}`)).toEqual(['a{24,}', 'a{24,}b+', 'a{24,}b+c*']);
});

test('no pattern that scans text has an unbounded repeat', () => {
  const offenders = TEXT_PATTERNS.map(([name, re]) => [name, unboundedRepeats(re.source)] as const).filter(([, u]) => u.length > 0);
  expect(offenders).toEqual([]);
});
