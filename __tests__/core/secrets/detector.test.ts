import { defaultDetectors, detectSecret, redact, shannonEntropy, type SecretDetector } from '../../../src/core/secrets/detector';

// Built at run time so no complete token literal sits in the repository.
const GH = `ghp_${'aB3dE5gH7j'.repeat(4).slice(0, 36)}`;
const AWS = `AKIA${'QWERTYUIOPASDFGH'}`;

describe('secret detectors', () => {
  test.each([
    [{ key: 'ANY', value: GH }, 'github-token', 'ghp_…(40 chars)'],
    [{ value: `token=${AWS}` }, 'aws-access-key-id', 'AKIA…(20 chars)'],
    [{ value: '-----BEGIN OPENSSH PRIVATE KEY-----\nabc' }, 'private-key', '-----BEGIN … PRIVATE KEY-----…(35 chars)'],
    [{ key: 'DB_PASSWORD', value: 'Tr0ub4dor&3-horse' }, 'secret-assignment', '…(17 chars)'],
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
  ])('no finding for %o', (input) => {
    expect(detectSecret(input)).toBeUndefined();
  });

  test('the preview never contains the secret beyond the public prefix', () => {
    const m = detectSecret({ key: 'GITHUB_TOKEN', value: GH })!;
    expect(m.redacted).not.toContain(GH.slice(4, 10));
    expect(redact('hunter2hunter2')).toBe('…(14 chars)');
  });

  test('detectors run in order and a custom one can be plugged in', () => {
    const custom: SecretDetector = { id: 'portainer', detect: ({ value }) => (value.startsWith('ptr_') ? { ruleId: 'portainer-token', description: 'Portainer API token', redacted: redact(value, 'ptr_') } : undefined) };
    expect(detectSecret({ value: 'ptr_abc123def456' }, [custom, ...defaultDetectors])?.ruleId).toBe('portainer-token');
    expect(detectSecret({ value: 'ptr_abc123def456' })).toBeUndefined();
  });

  test('entropy', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});
