import { indefiniteArticle, withIndefiniteArticle } from '../../src/core/indefinite-article';

describe('indefiniteArticle', () => {
  test.each([
    // A vowel sound: vowel letters, initialisms whose first letter is said with a vowel, a silent h.
    ['Adyen', 'an'],
    ['Anthropic', 'an'],
    ['EasyPost', 'an'],
    ['Infracost', 'an'],
    ['Okta', 'an'],
    ['OpenAI', 'an'],
    ['Uber', 'an'],
    ['age', 'an'],
    ['AWS', 'an'],
    ['IBM Cloud', 'an'],
    ['SSH key', 'an'],
    ['HTTP request', 'an'],
    ['npm', 'an'],
    ['xAI', 'an'],
    ['X (Twitter)', 'an'],
    ['hour', 'an'],
    ['8-bit value', 'an'],
    ['18 character key', 'an'],
    // A consonant sound: consonant letters, initialisms said from a consonant, vowels said as "y" or "w".
    ['GitHub', 'a'],
    ['HashiCorp', 'a'],
    ['JSON Web Token', 'a'],
    ['JFrog', 'a'],
    ['PyPI', 'a'],
    ['NASA', 'a'],
    ['URL', 'a'],
    ['unit', 'a'],
    ['user', 'a'],
    ['European', 'a'],
    ['OneLogin', 'a'],
    ['one-time token', 'a'],
    ['1Password', 'a'],
    ['100 keys', 'a'],
    ['credential', 'a'],
  ])('%s: %s', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  test('starts a sentence with a capital', () => {
    expect(withIndefiniteArticle('Adyen credential', true)).toBe('An Adyen credential');
    expect(withIndefiniteArticle('GitHub credential', true)).toBe('A GitHub credential');
    expect(withIndefiniteArticle('npm token')).toBe('an npm token');
  });
});
