import { defineSecretRule } from '../rule';

/**
 * The `"private_key": "-----BEGIN PRIVATE KEY-----\n…"` member of a service-account JSON key file, with
 * its escaped newlines; the finding covers the header and the base64 that follows it on the line.
 */
export default defineSecretRule({
  id: 'gcp-service-account-key',
  provider: 'Google Cloud',
  description: 'Google Cloud service account private key (JSON key file)',
  keywords: ['private_key'],
  pattern: /"?private_key"?\s*[:=]\s*"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n)+[A-Za-z0-9+\/]{64}(?:[A-Za-z0-9+\/=]|\\n(?=[A-Za-z0-9+\/]))*)/,
  minEntropy: 4,
});
