import { defineSecretRule } from '../rule';

/**
 * `xoxe-1-` + 146 base62 characters.
 */
export default defineSecretRule({
  id: 'slack-config-refresh-token',
  provider: 'Slack',
  description: 'Slack app configuration refresh token',
  keywords: ['xoxe-'],
  pattern: /\b(?<secret>xoxe-\d-[A-Za-z0-9]{146})\b/,
  minEntropy: 3,
});
