import { defineSecretRule } from '../rule';

/**
 * `xoxb-<team id>-<bot id>-<24 characters>`, or the older `xoxb-<id>-<18 to 26 characters>`.
 */
export default defineSecretRule({
  id: 'slack-bot-token',
  provider: 'Slack',
  description: 'Slack bot token',
  keywords: ['xoxb-'],
  pattern: /\b(?<secret>xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-[A-Za-z0-9]{24}|[A-Za-z0-9]{18,26}))\b/,
  minEntropy: 3,
});
