import { defineSecretRule } from '../rule';

/**
 * `mlsn.` + 64 lowercase hex characters.
 */
export default defineSecretRule({
  id: 'mailersend-api-token',
  provider: 'MailerSend',
  description: 'MailerSend API token',
  keywords: ['mlsn.'],
  pattern: /\b(?<secret>mlsn\.[a-f0-9]{64})\b/,
  minEntropy: 3,
});
