import { defineSecretRule } from '../rule';

/**
 * `EZAK` + 54 base62 characters.
 */
export default defineSecretRule({
  id: 'easypost-api-key',
  provider: 'EasyPost',
  description: 'EasyPost production API key',
  keywords: ['ezak'],
  pattern: /\b(?<secret>EZAK[A-Za-z0-9]{54})\b/,
  minEntropy: 3.5,
});
