import { defineSecretRule } from '../rule';

/**
 * Scalingo API tokens: `tk-us-` and 48 base64url characters.
 */
export default defineSecretRule({
  id: 'scalingo-api-token',
  provider: 'Scalingo',
  description: 'Scalingo API token',
  keywords: ['tk-us-'],
  pattern: /\b(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
