import { defineSecretRule } from '../rule';

/**
 * `xoxa-` access and `xoxr-` refresh tokens of the retired workspace apps.
 */
export default defineSecretRule({
  id: 'slack-workspace-token',
  provider: 'Slack',
  description: 'Slack legacy workspace app token (xoxa/xoxr)',
  keywords: ['xoxa-', 'xoxr-'],
  pattern: /\b(?<secret>xox[ar]-(?:[0-9A-Za-z]{1,64}-){0,5}[0-9A-Za-z]{8,64})(?![0-9A-Za-z-])/,
  minEntropy: 3,
});
