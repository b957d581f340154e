import { checkCallResult, subsetMismatch, textOf, type CallExpectation } from '../../../src/core/smoke/expect';

const text = (...texts: string[]) => ({ content: texts.map((t) => ({ type: 'text', text: t })) });
const ok: CallExpectation = { isError: false };

describe('textOf', () => {
  it('joins the text content items, one per line', () => {
    expect(textOf(text('first', 'second'))).toBe('first\nsecond');
  });

  it('skips content that is not text: images, resources, malformed items', () => {
    const result = {
      content: [
        { type: 'image', data: 'aGVsbG8=', mimeType: 'image/png' },
        { type: 'text', text: 'kept' },
        { type: 'resource', resource: { uri: 'file:///x', text: 'not this' } },
        { type: 'text', text: 42 },
        null,
        'text',
        { type: 'text', text: 'also kept' },
      ],
    };
    expect(textOf(result)).toBe('kept\nalso kept');
  });

  it('is empty without content', () => {
    expect(textOf({})).toBe('');
    expect(textOf({ content: [] })).toBe('');
  });
});

describe('checkCallResult', () => {
  it('accepts a successful result when no error was expected', () => {
    expect(checkCallResult(text('hello'), ok)).toEqual([]);
    expect(checkCallResult({ isError: false, content: [] }, ok)).toEqual([]);
  });

  it('reports an error result, with its text, when none was expected', () => {
    expect(checkCallResult({ isError: true, ...text('  permission\n denied ') }, ok)).toEqual(['returned isError: true ("permission denied")']);
    expect(checkCallResult({ isError: true }, ok)).toEqual(['returned isError: true (no text)']);
  });

  it('reports a successful result when an error was expected', () => {
    expect(checkCallResult(text('done'), { isError: true })).toEqual(['returned a result, but an error (isError: true) was expected']);
  });

  it('accepts an error result when one was expected, and checks its text', () => {
    expect(checkCallResult({ isError: true, ...text('unknown tool: nope') }, { isError: true, contains: 'unknown tool' })).toEqual([]);
    expect(checkCallResult({ isError: true, ...text('boom') }, { isError: true, contains: 'unknown tool' })).toEqual([
      'expected the text to contain "unknown tool", got "boom"',
    ]);
  });

  it('does not apply the text expectations to the wrong outcome', () => {
    const problems = checkCallResult({ isError: true, ...text('boom') }, { isError: false, contains: 'ok', regex: '^ok$', json: { a: 1 } });
    expect(problems).toEqual(['returned isError: true ("boom")']);
  });

  describe('contains', () => {
    it('passes when the text contains the string (case-sensitive)', () => {
      expect(checkCallResult(text('The answer is 42'), { ...ok, contains: 'answer is 4' })).toEqual([]);
      expect(checkCallResult(text('The answer is 42'), { ...ok, contains: 'ANSWER' })).toHaveLength(1);
    });

    it('looks across text items', () => {
      expect(checkCallResult(text('first', 'second'), { ...ok, contains: 'second' })).toEqual([]);
    });

    it('names the expected string and shows the text when it is missing', () => {
      expect(checkCallResult(text('echo: hi'), { ...ok, contains: 'bye' })).toEqual(['expected the text to contain "bye", got "echo: hi"']);
      expect(checkCallResult({ content: [] }, { ...ok, contains: 'bye' })).toEqual(['expected the text to contain "bye", got no text']);
    });

    it('shortens a long text in the message', () => {
      const [problem] = checkCallResult(text('x'.repeat(500)), { ...ok, contains: 'y' });
      expect(problem.length).toBeLessThan(220);
      expect(problem).toContain('…');
    });
  });

  describe('regex', () => {
    it('passes when the text matches', () => {
      expect(checkCallResult(text('sum: 5'), { ...ok, regex: '^sum: \\d+$' })).toEqual([]);
    });

    it('names the pattern when it does not match', () => {
      expect(checkCallResult(text('sum: five'), { ...ok, regex: '^sum: \\d+$' })).toEqual(['expected the text to match /^sum: \\d+$/, got "sum: five"']);
    });

    it('reports each failed expectation', () => {
      expect(checkCallResult(text('nope'), { ...ok, contains: 'yes', regex: 'y' })).toHaveLength(2);
    });
  });

  describe('json', () => {
    it('compares with the structured content when there is one', () => {
      const result = { structuredContent: { status: 'ok', items: [1, 2, 3], meta: { page: 1 } }, ...text('not json') };
      expect(checkCallResult(result, { ...ok, json: { status: 'ok', meta: { page: 1 } } })).toEqual([]);
      expect(checkCallResult(result, { ...ok, json: { status: 'down' } })).toEqual([
        'the JSON result does not contain the expected values: $.status: expected "down", got "ok"',
      ]);
    });

    it('parses the text as JSON without structured content', () => {
      expect(checkCallResult(text('{"count": 3, "names": ["a", "b"]}'), { ...ok, json: { names: ['b'] } })).toEqual([]);
      expect(checkCallResult(text('{"count": 3}'), { ...ok, json: { count: 4 } })).toEqual([
        'the JSON result does not contain the expected values: $.count: expected 4, got 3',
      ]);
    });

    it('says so when there is nothing to compare', () => {
      expect(checkCallResult(text('plain words'), { ...ok, json: { a: 1 } })).toEqual([
        'expected JSON, but the result has no structured content and its text is not JSON',
      ]);
    });

    it('compares JSON null and scalars', () => {
      expect(checkCallResult(text('null'), { ...ok, json: null })).toEqual([]);
      expect(checkCallResult(text('7'), { ...ok, json: 7 })).toEqual([]);
      expect(checkCallResult(text('null'), { ...ok, json: { a: 1 } })).toEqual([
        'the JSON result does not contain the expected values: $: expected an object, got null',
      ]);
    });
  });
});

describe('subsetMismatch', () => {
  it('allows extra keys in objects, at every depth', () => {
    expect(subsetMismatch({ a: 1, b: { c: 2, d: 3 }, e: 4 }, { b: { c: 2 } }, '$')).toBeUndefined();
    expect(subsetMismatch({ a: 1 }, {}, '$')).toBeUndefined();
  });

  it('names the path of a missing key', () => {
    expect(subsetMismatch({ a: { b: 1 } }, { a: { c: 1 } }, '$')).toBe('$.a.c: missing');
  });

  it('names the path and both values of a different value', () => {
    expect(subsetMismatch({ a: { b: 'x' } }, { a: { b: 'y' } }, '$')).toBe('$.a.b: expected "y", got "x"');
  });

  it('does not treat different types as equal', () => {
    expect(subsetMismatch({ n: '1' }, { n: 1 }, '$')).toBe('$.n: expected 1, got "1"');
    expect(subsetMismatch({ n: 0 }, { n: false }, '$')).toBe('$.n: expected false, got 0');
    expect(subsetMismatch({ n: null }, { n: 0 }, '$')).toBe('$.n: expected 0, got null');
  });

  it('expects an object where the expectation is one', () => {
    expect(subsetMismatch([1], { a: 1 }, '$')).toBe('$: expected an object, got an array');
    expect(subsetMismatch('text', { a: 1 }, '$')).toBe('$: expected an object, got "text"');
    expect(subsetMismatch(null, { a: 1 }, '$')).toBe('$: expected an object, got null');
  });

  it('expects an array where the expectation is one', () => {
    expect(subsetMismatch({ 0: 1 }, [1], '$')).toBe('$: expected an array, got an object');
  });

  it('matches array items in any order, extra items allowed', () => {
    expect(subsetMismatch([3, 1, 2], [1, 3], '$')).toBeUndefined();
    expect(
      subsetMismatch(
        [
          { id: 1, x: 'a' },
          { id: 2, x: 'b' },
        ],
        [{ id: 2 }],
        '$',
      ),
    ).toBeUndefined();
    expect(subsetMismatch([1, 2], [], '$')).toBeUndefined();
  });

  it('matches each expected item with a different actual item', () => {
    expect(subsetMismatch([1, 2], [1, 1], '$')).toBe('$[1]: no item matches 1');
    expect(subsetMismatch([1, 1, 2], [1, 1], '$')).toBeUndefined();
  });

  it('finds a matching when a first fit would take the item a later expected item needs', () => {
    // {a:1} fits both actual items; only the first has b: it must be left for the second expected item.
    expect(subsetMismatch([{ a: 1, b: 2 }, { a: 1 }], [{ a: 1 }, { a: 1, b: 2 }], '$')).toBeUndefined();
    expect(
      subsetMismatch(
        [
          { t: 'x', n: 1 },
          { t: 'x', n: 2 },
        ],
        [{ t: 'x' }, { n: 1 }],
        '$',
      ),
    ).toBeUndefined();
    expect(subsetMismatch([{ t: 'x', n: 1 }, { t: 'x', n: 2 }, { t: 'y' }], [{ t: 'x' }, { n: 1 }, { n: 2 }], '$')).toBe('$[2]: no item matches {"n":2}');
    expect(subsetMismatch([{ a: 1, b: 2 }, { c: 3 }], [{ a: 1 }, { a: 1, b: 2 }], '$')).toBe('$[1]: no item matches {"a":1,"b":2}');
  });

  it('names the expected item that no actual item matches, shortened when long', () => {
    expect(subsetMismatch([{ name: 'a' }], [{ name: 'b' }], '$.tools')).toBe('$.tools[0]: no item matches {"name":"b"}');
    const message = subsetMismatch([], ['y'.repeat(100)], '$') as string;
    expect(message.startsWith('$[0]: no item matches "yyy')).toBe(true);
    expect(message.endsWith('…')).toBe(true);
  });

  it('compares numbers exactly (as Object.is)', () => {
    expect(subsetMismatch(Number.NaN, Number.NaN, '$')).toBeUndefined();
    expect(subsetMismatch(1.5, 1.5, '$')).toBeUndefined();
    expect(subsetMismatch(1.5, 1.25, '$')).toBe('$: expected 1.25, got 1.5');
  });
});
