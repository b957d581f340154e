import { defineSecretRule } from '../rule';

/**
 * `xoxe.xoxp-1-` (or `xoxe.xoxb-1-`) + 163 to 166 base62 characters.
 */
export default defineSecretRule({
  id: 'slack-config-access-token',
  provider: 'Slack',
  description: 'Slack app configuration access token',
  keywords: ['xoxe.xoxp-', 'xoxe.xoxb-'],
  pattern: /\b(?<secret>xoxe\.xox[bp]-\d-[A-Za-z0-9]{163,166})\b/,
  minEntropy: 3,
});
