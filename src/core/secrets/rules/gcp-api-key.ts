import { defineSecretRule } from '../rule';

/**
 * `AIza` + 35 base64url characters (39 in all).
 */
export default defineSecretRule({
  id: 'gcp-api-key',
  provider: 'Google Cloud',
  description: 'Google API key',
  keywords: ['aiza'],
  pattern: /\b(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
