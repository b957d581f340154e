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
  pattern:
    /"?private_key"?\s{0,16}[:=]\s{0,16}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n){1,4}[A-Za-z0-9+/]{64}(?:[A-Za-z0-9+/=]|\\n(?=[A-Za-z0-9+/])){0,8192})/,
  minEntropy: 4,
});
