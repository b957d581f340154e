import { defaultDetectors, detectSecret, shannonEntropy, type SecretDetector } from '../../../src/core/secrets/detector';
import { redactSecret } from '../../../src/core/secrets/redact';
import { awsAccessKeyId, githubToken } from '../../helpers/fake-secret';

const GH = githubToken(41);
const AWS = awsAccessKeyId(42);

describe('secret detectors (the interface validate checks use)', () => {
  test.each([
    [{ key: 'ANY', value: GH }, 'github-pat-classic', 'ghp_…(40 chars)'],
    [{ value: `token=${AWS}` }, 'aws-access-key-id', 'AKIA…(20 chars)'],
    [{ key: 'DB_PASSWORD', value: 'Tr0ub4dor&3-horse' }, 'secret-assignment', 'Tr0u…(17 chars)'],
  ])('%o -> %s', (input, ruleId, redacted) => {
    expect(detectSecret(input)).toEqual({ ruleId, description: expect.any(String), redacted });
  });

  test.each([
    { key: 'DB_PASSWORD', value: '${DB_PASSWORD}' },
    { key: 'DB_PASSWORD', value: 'changeme' },
    { key: 'DB_PASSWORD', value: '<set in portainer>' },
    { key: 'DB_PASSWORD_FILE', value: '/run/secrets/db_password' },
    { key: 'API_TOKEN', value: 'short' },
    { key: 'LOG_LEVEL', value: 'aB3dE5gH7jkLmN0p' },
    { key: 'SECRET_KEY', value: 'aaaaaaaaaaaaaaaa' },
    { value: 'ghp_tooshort' },
    { key: 'GITHUB_TOKEN', value: `${GH.slice(0, -1)}${GH.endsWith('A') ? 'B' : 'A'}` },
  ])('no finding for %o', (input) => {
    expect(detectSecret(input)).toBeUndefined();
  });

  test('redaction shows at most the first 4 characters, fewer for short values, and the length', () => {
    expect(redactSecret(GH)).toBe('ghp_…(40 chars)');
    expect(redactSecret('hunter2hunter2')).toBe('hun…(14 chars)');
    expect(redactSecret('abc')).toBe('…(3 chars)');
  });

  test('detectors run in order and a custom one can be plugged in', () => {
    const custom: SecretDetector = {
      id: 'custom',
      detect: ({ value }) => (value.startsWith('acme_') ? { ruleId: 'acme-token', description: 'ACME token', redacted: redactSecret(value) } : undefined),
    };
    expect(detectSecret({ value: 'acme_abc123def456' }, [custom, ...defaultDetectors])?.ruleId).toBe('acme-token');
    expect(detectSecret({ value: 'acme_abc123def456' })).toBeUndefined();
  });

  test('entropy', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});
