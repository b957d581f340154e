import { defineSecretRule } from '../rule';

/**
 * `xoxp-<team>-<user>-<id>-<32 characters>`.
 */
export default defineSecretRule({
  id: 'slack-user-token',
  provider: 'Slack',
  description: 'Slack user token',
  keywords: ['xoxp-'],
  pattern: /\b(?<secret>xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,34})\b/,
  minEntropy: 3,
});
