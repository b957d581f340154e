import { defineSecretRule } from '../rule';

/**
 * 32 lowercase hex characters + `-us` + the data-center number.
 */
export default defineSecretRule({
  id: 'mailchimp-api-key',
  provider: 'Mailchimp',
  description: 'Mailchimp Marketing API key',
  keywords: ['-us'],
  pattern: /\b(?<secret>[0-9a-f]{32}-us[0-9]{1,2})\b/,
  minEntropy: 3,
});
