import { buildKeywordAutomaton, findKeywords } from '../../../src/core/secrets/keyword-automaton';
import { findCandidates } from '../../../src/core/secrets/find-candidates';
import { createRandom } from '../../helpers/fake-secret';

/** Every occurrence of every keyword by brute force, as [keyword index, start], by start then index. */
function bruteForce(keywords: string[], text: string): [number, number][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  keywords.forEach((k, index) => {
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) found.push([index, at]);
  });
  return sorted(found);
}

const sorted = (hits: [number, number][]) => [...hits].sort((a, b) => a[1] - b[1] || a[0] - b[0]);

describe('keyword automaton', () => {
  test('finds every occurrence, overlapping and nested ones included, ignoring ASCII case', () => {
    const keywords = ['key', 'api_key', 'he', 'she', 'hers', 'sk-', 'sk-ant-', 'k'];
    const text = 'USHERS  API_KEY=sk-ant-x Key sk-';
    const a = buildKeywordAutomaton(keywords);
    expect(sorted(findKeywords(a, text))).toEqual(bruteForce(keywords, text));
    expect(findKeywords(a, text).filter(([i]) => keywords[i] === 'sk-ant-')).toEqual([[6, 16]]);
  });

  test('matches random texts as a brute-force search does', () => {
    const rnd = createRandom(7);
    const keywords = Array.from({ length: 40 }, () => Array.from({ length: rnd.int(1, 5) }, () => rnd.pick([...'abcab_-:/'])).join(''));
    const unique = [...new Set(keywords)];
    const a = buildKeywordAutomaton(unique);
    for (let n = 0; n < 50; n++) {
      const text = Array.from({ length: rnd.int(0, 200) }, () => rnd.pick([...'aAbBcC_-:/ é\n'])).join('');
      expect(sorted(findKeywords(a, text))).toEqual(bruteForce(unique, text));
    }
  });

  test('case folding is ASCII only, as a regular expression without the u flag', () => {
    const a = buildKeywordAutomaton(['sk', 'k']);
    // U+017F (long s) and U+212A (Kelvin sign) fold to s and k only under Unicode rules.
    expect(findKeywords(a, '\u017fk \u212a')).toEqual([[1, 1]]);
  });

  test('refuses empty and non-ASCII keywords', () => {
    expect(() => buildKeywordAutomaton([''])).toThrow('must not be empty');
    expect(() => buildKeywordAutomaton(['clé'])).toThrow('not ASCII');
  });
});

describe('findCandidates', () => {
  const a = buildKeywordAutomaton(['token']);

  test('lists keyword hits with start and end, and maximal base64 runs of at least 24 characters', () => {
    const run = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldY';
    const text = `TOKEN: ${run}=,${'a'.repeat(23)} ${run}`;
    const { hits, runs } = findCandidates(a, text, true);
    expect(hits).toEqual([0, 0, 5]);
    expect(runs).toEqual([7, 7 + run.length + 1, text.length - run.length, text.length]);
  });

  test('lists no runs when asked not to', () => {
    expect(findCandidates(a, 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldY', false).runs).toEqual([]);
  });
});
