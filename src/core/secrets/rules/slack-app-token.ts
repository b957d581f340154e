import { defineSecretRule } from '../rule';

/**
 * `xapp-<version>-<app id>-<number>-<hex>` (Socket Mode and other app-level APIs).
 */
export default defineSecretRule({
  id: 'slack-app-token',
  provider: 'Slack',
  description: 'Slack app-level token',
  keywords: ['xapp-'],
  pattern: /\b(?<secret>xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[A-Za-z0-9]{40,80})\b/,
  minEntropy: 3,
});
