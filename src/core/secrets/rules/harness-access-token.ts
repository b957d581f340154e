import { defineSecretRule } from '../rule';

/**
 * Harness access tokens: `pat.` (personal) or `sat.` (service account), the account id (22),
 * the token id (24) and the secret (20), dot-separated.
 */
export default defineSecretRule({
  id: 'harness-access-token',
  provider: 'Harness',
  description: 'Harness personal or service account token',
  keywords: ['pat.', 'sat.'],
  pattern: /\b(?<secret>(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
