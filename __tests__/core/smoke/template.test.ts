import { thrown } from '../../helpers/user-error';
import { SECRET_NAME, displayUrl, expandTemplate, redact } from '../../../src/core/smoke/template';

describe('expandTemplate', () => {
  it('replaces ${VAR} with its value and leaves other text as it is', () => {
    expect(expandTemplate('https://${HOST}:8080/mcp', { HOST: 'mcp.internal' }, 'url', 'url')).toEqual({ value: 'https://mcp.internal:8080/mcp', secrets: [] });
    expect(expandTemplate('no references, $HOST or {HOST}', { HOST: 'x' }, 'url', 'url').value).toBe('no references, $HOST or {HOST}');
  });

  it('expands several references in one text', () => {
    expect(expandTemplate('${A}-${B}-${A}', { A: '1', B: '2' }, 'f', 'url').value).toBe('1-2-1');
  });

  it('uses the default of ${VAR:-default} when the variable is unset, and the value when it is set', () => {
    expect(expandTemplate('${PORT:-3000}', {}, 'f', 'url').value).toBe('3000');
    expect(expandTemplate('${PORT:-3000}', { PORT: '8080' }, 'f', 'url').value).toBe('8080');
    expect(expandTemplate('x${EMPTY:-}y', {}, 'f', 'url').value).toBe('xy');
  });

  it('uses the default of ${VAR:-default} for an empty value too, as shells and Compose do; ${VAR-default} only for an unset one', () => {
    // In GitHub Actions an unset secret reaches the environment as an empty string.
    expect(expandTemplate('${PORT:-3000}', { PORT: '' }, 'f', 'url').value).toBe('3000');
    expect(expandTemplate('${PORT-3000}', { PORT: '' }, 'f', 'url').value).toBe('');
    expect(expandTemplate('${PORT-3000}', {}, 'f', 'url').value).toBe('3000');
  });

  it('throws a UserError naming the field and the variable, with a hint, when a variable without default is unset', () => {
    const e = thrown(() => expandTemplate('Bearer ${API_TOKEN}', { OTHER: 'x' }, 'smoke.environments.prod.mcp.headers.Authorization', 'secret'));
    expect(e.message).toBe('smoke.environments.prod.mcp.headers.Authorization: ${API_TOKEN} is not set in the environment');
    expect(e.hint).toContain('export API_TOKEN');
    expect(e.hint).toContain('${{ secrets.API_TOKEN }}');
  });

  it('accepts a set but empty variable without a default', () => {
    expect(expandTemplate('a${EMPTY}b', { EMPTY: '' }, 'f', 'secret')).toEqual({ value: 'ab', secrets: [] });
  });

  it('in secret mode returns every substituted value for masking, whatever the variable is called', () => {
    const r = expandTemplate('Bearer ${API_TOKEN} ${REGION}', { API_TOKEN: 'tok-123456', REGION: 'eu-west-1' }, 'f', 'secret');
    expect(r.value).toBe('Bearer tok-123456 eu-west-1');
    expect(r.secrets).toEqual(['tok-123456', 'eu-west-1']);
  });

  it('in secret mode masks a default value too', () => {
    expect(expandTemplate('${API_TOKEN:-dev-token}', {}, 'f', 'secret').secrets).toEqual(['dev-token']);
  });

  it('in url mode returns only the values of secret-looking variables', () => {
    const r = expandTemplate(
      'https://${HOST}/mcp?key=${API_KEY}&u=${DB_PASSWORD}',
      { HOST: 'mcp.example.com', API_KEY: 'k-abcdef', DB_PASSWORD: 'pw-xyz' },
      'f',
      'url',
    );
    expect(r.value).toBe('https://mcp.example.com/mcp?key=k-abcdef&u=pw-xyz');
    expect(r.secrets).toEqual(['k-abcdef', 'pw-xyz']);
    expect(r.secrets).not.toContain('mcp.example.com');
  });

  it('does not treat literal text, only substituted values, as secrets', () => {
    expect(expandTemplate('Bearer literal-token', {}, 'f', 'secret').secrets).toEqual([]);
  });
});

describe('SECRET_NAME', () => {
  it.each([
    'API_TOKEN',
    'api_key',
    'CLIENT_SECRET',
    'DB_PASSWORD',
    'SMTP_PASSWD',
    'PASS',
    'AUTH_HEADER',
    'GCP_CREDENTIALS',
    'BEARER',
    'SESSION_COOKIE',
    'sessionId',
    'apiKey',
  ])('treats %s as secret-looking', (name) => {
    expect(SECRET_NAME.test(name)).toBe(true);
  });

  it.each(['HOST', 'PORT', 'MCP_URL', 'REGION', 'q', 'page'])('does not treat %s as secret-looking', (name) => {
    expect(SECRET_NAME.test(name)).toBe(false);
  });
});

describe('displayUrl', () => {
  it('hides the user name and the password', () => {
    const shown = displayUrl('https://admin:s3cr3t-pw@mcp.example.com/mcp');
    expect(shown).toBe('https://***:***@mcp.example.com/mcp');
    expect(shown).not.toContain('admin');
    expect(shown).not.toContain('s3cr3t-pw');
  });

  it('hides a user name given alone (a token as the user name)', () => {
    const shown = displayUrl('https://ghp_tokenvalue@mcp.example.com/mcp');
    expect(shown).not.toContain('ghp_tokenvalue');
    expect(shown).toBe('https://***@mcp.example.com/mcp');
  });

  it('replaces the values of secret-looking query parameters and keeps the others', () => {
    const shown = displayUrl('https://mcp.example.com/sse?api_key=abc123&token=t0k&region=eu&sessionId=s-1');
    expect(shown).not.toMatch(/abc123|t0k|s-1/);
    const params = new URL(shown).searchParams;
    expect(params.get('api_key')).toBe('***');
    expect(params.get('token')).toBe('***');
    expect(params.get('sessionId')).toBe('***');
    expect(params.get('region')).toBe('eu');
  });

  it('replaces every value of a repeated secret-looking parameter', () => {
    const shown = displayUrl('https://h.example/mcp?token=first&token=second');
    expect(shown).not.toContain('first');
    expect(shown).not.toContain('second');
  });

  it('leaves a URL without credentials as it is', () => {
    expect(displayUrl('https://mcp.example.com/mcp')).toBe('https://mcp.example.com/mcp');
    expect(displayUrl('http://localhost:3000/mcp?page=2')).toBe('http://localhost:3000/mcp?page=2');
  });

  it('returns text that is not a URL unchanged, but still without user info', () => {
    expect(displayUrl('not a url')).toBe('not a url');
    const shown = displayUrl('https://me:hunter2@host:99999/mcp');
    expect(shown).not.toContain('hunter2');
    expect(shown).toBe('https://***@host:99999/mcp');
  });
});

describe('redact', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redact('token abc123 and again abc123, key xyz789', ['abc123', 'xyz789'])).toBe('token *** and again ***, key ***');
  });

  it('replaces the longest secret first, so a secret inside another does not leave a tail', () => {
    expect(redact('value: secret-long-part', ['secret', 'secret-long-part'])).toBe('value: ***');
  });

  it('ignores secrets shorter than 3 characters (they would mask ordinary text)', () => {
    expect(redact('a 1 ab abc', ['a', '1', 'ab'])).toBe('a 1 ab abc');
    expect(redact('a 1 ab abc', ['abc'])).toBe('a 1 ab ***');
  });

  it('treats secrets as plain text, not as patterns', () => {
    expect(redact('price $1.00 (a+b)', ['$1.00', '(a+b)'])).toBe('price *** ***');
    expect(redact('x.y.z', ['a.b'])).toBe('x.y.z');
  });

  it('returns the text unchanged without secrets', () => {
    expect(redact('nothing here', [])).toBe('nothing here');
  });
});
