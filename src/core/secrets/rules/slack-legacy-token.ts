import { defineSecretRule } from '../rule';

/**
 * `xoxs-` session and `xoxo-` legacy tokens: `xox[os]-<n>-<n>-<n>-<hex>`.
 */
export default defineSecretRule({
  id: 'slack-legacy-token',
  provider: 'Slack',
  description: 'Slack legacy or session token (xoxo/xoxs)',
  keywords: ['xoxs-', 'xoxo-'],
  pattern: /\b(?<secret>xox[os]-\d{5,15}-\d{5,15}-\d{5,15}-[a-fA-F0-9]{16,64})\b/,
  minEntropy: 3,
});
