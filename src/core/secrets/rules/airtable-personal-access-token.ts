import { defineSecretRule } from '../rule';

/**
 * Airtable personal access tokens: `pat`, a 14-character id, `.`, and 64 hex digits.
 */
export default defineSecretRule({
  id: 'airtable-personal-access-token',
  provider: 'Airtable',
  description: 'Airtable personal access token',
  keywords: ['pat'],
  pattern: /\b(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
