import { defineSecretRule } from '../rule';

/**
 * Dynatrace API tokens: `dt0c01.`, a 24-character public part, `.`, and a 64-character secret,
 * both uppercase alphanumerics.
 */
export default defineSecretRule({
  id: 'dynatrace-api-token',
  provider: 'Dynatrace',
  description: 'Dynatrace API token',
  keywords: ['dt0c01.'],
  pattern: /\b(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
