import { MIN_WRAP_WIDTH, wrapWords } from '../../../src/core/report/wrap-words';

describe('wrapWords', () => {
  it('keeps the text on one line without a width, with too little of one, or when it fits', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(wrapWords(text, undefined)).toEqual([text]);
    expect(wrapWords(text, MIN_WRAP_WIDTH - 1)).toEqual([text]);
    expect(wrapWords(text, text.length)).toEqual([text]);
  });

  it('breaks between words at the width and keeps the spacing inside a line', () => {
    expect(wrapWords('aaaa bbbb cccc dddd eeee ffff gggg hhhh  check/id', 30)).toEqual(['aaaa bbbb cccc dddd eeee ffff', 'gggg hhhh  check/id']);
  });

  it('never cuts a word longer than the width: it gets a line of its own', () => {
    const url = `https://example.com/${'x'.repeat(40)}`;
    expect(wrapWords(`see ${url} for the details of it`, 30)).toEqual(['see', url, 'for the details of it']);
  });
});
