import { defineSecretRule } from '../rule';

/**
 * Postman API keys: `PMAK-`, 24 hex digits, `-`, 34 hex digits.
 */
export default defineSecretRule({
  id: 'postman-api-key',
  provider: 'Postman',
  description: 'Postman API key',
  keywords: ['pmak-'],
  pattern: /\b(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
