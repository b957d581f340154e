import { defineSecretRule } from '../rule';

/**
 * `EZTK` + 54 base62 characters.
 */
export default defineSecretRule({
  id: 'easypost-test-api-key',
  provider: 'EasyPost',
  description: 'EasyPost test API key',
  keywords: ['eztk'],
  pattern: /\b(?<secret>EZTK[A-Za-z0-9]{54})\b/,
  minEntropy: 3.5,
});
