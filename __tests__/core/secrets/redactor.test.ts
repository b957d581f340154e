import { MIN_FRAGMENT, SecretRedactor, redactSecrets } from '../../../src/core/secrets/redactor';
import { ALNUM, checksummedToken, fake } from '../../helpers/fake-secret';

const token = checksummedToken('ghp_', 'redactor');

describe('SecretRedactor', () => {
  test('a provider token in the text itself is shown as its preview', () => {
    const shown = redactSecrets(`RUN curl -H "Authorization: token ${token}" https://x`);
    expect(shown).toBe('RUN curl -H "Authorization: token ghp_…(40 chars)" https://x');
  });

  test('a value learned from the source line is redacted where the message cut it short or lost its key', () => {
    const password = fake(ALNUM, 24, 'redactor:pw');
    const r = new SecretRedactor();
    r.learn(`DB_PASSWORD=${password}`);
    // A message that quotes the value without its key, and one that truncates it.
    expect(r.redact(`got "${password}"`)).toBe(`got "${password.slice(0, 4)}…(24 chars)"`);
    expect(r.redact(`value ${password.slice(0, 15)}... is too long`)).toBe(`value ${password.slice(0, 4)}…(24 chars)... is too long`);
    // A piece from the middle or the end counts too.
    expect(r.redact(`…${password.slice(10)}`)).not.toContain(password.slice(10, 10 + MIN_FRAGMENT));
    expect(r.values).toEqual([password]);
  });

  test('pieces shorter than the minimum, unrelated text and already redacted previews stay as they are', () => {
    const r = new SecretRedactor();
    r.add(token);
    const text = `prefix ${token.slice(0, MIN_FRAGMENT - 1)} and ghp_…(40 chars) stay`;
    expect(r.redact(text)).toBe(text);
    expect(r.redact(r.redact(`x ${token} y`))).toBe('x ghp_…(40 chars) y');
  });

  test('a plain word a learned value begins with is a name, not a piece of it', () => {
    const r = new SecretRedactor();
    r.learn('      - POSTGRES_PASSWORD=postgres123');
    expect(r.values).toEqual(['postgres123']);
    expect(r.redact('service "postgresql" and "postgresql-mcp-server" have no memory limit')).toBe(
      'service "postgresql" and "postgresql-mcp-server" have no memory limit',
    );
    // The value itself, and a cut that keeps its digits, are still hidden.
    expect(r.redact('password postgres123 was rejected')).toBe('password po…(11 chars) was rejected');
    expect(r.redact('value "postgres12…" is too long')).toBe('value "po…(11 chars)…" is too long');
  });

  test('a plain word from the middle of a learned value is a piece of it', () => {
    const r = new SecretRedactor();
    r.learn('      - POSTGRES_PASSWORD=7Qmountainfolderlake9Z');
    expect(r.values).toEqual(['7Qmountainfolderlake9Z']);
    expect(r.redact('cut at "mountainfolder"')).toBe('cut at "7Qmo…(22 chars)"');
    // At either end of a value, the same word is a name.
    for (const value of ['mountainfolder42', 'Xy9mountainfolder']) {
      const atEdge = new SecretRedactor();
      atEdge.add(value);
      expect(atEdge.redact('volume "mountainfolder" is unused')).toBe('volume "mountainfolder" is unused');
    }
  });

  test('every occurrence, whole or in part, becomes one preview', () => {
    const r = new SecretRedactor();
    r.add(token);
    expect(r.redact(`${token}${token.slice(0, 20)} and ${token}`)).toBe('ghp_…(40 chars)ghp_…(40 chars) and ghp_…(40 chars)');
  });

  test('a short value given to it is redacted where it appears whole', () => {
    const r = new SecretRedactor();
    r.add('s3cr3t!');
    expect(r.redact('password s3cr3t! was rejected')).toBe('password s…(7 chars) was rejected');
  });

  test('many texts are learned in one pass; a secret in any of them is redacted in all', () => {
    const r = new SecretRedactor();
    const texts = Array.from({ length: 150_000 }, (_, i) => `service "web-${i}" has no healthcheck`);
    texts.push(`API_TOKEN=${token}`);
    r.learn(texts);
    expect(r.values).toEqual([token]);
    expect(r.redactKnown(`quoted: ${token.slice(0, 20)}`)).toBe('quoted: ghp_…(40 chars)');
  });
});
