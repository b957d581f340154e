import { defineSecretRule } from '../rule';

/**
 * `key-` + 32 lowercase hex characters.
 */
export default defineSecretRule({
  id: 'mailgun-api-key',
  provider: 'Mailgun',
  description: 'Mailgun API key (key- format)',
  keywords: ['key-'],
  pattern: /\b(?<secret>key-[0-9a-f]{32})\b/,
  minEntropy: 3,
});
