import { defineSecretRule } from '../rule';

/**
 * `shippo_live_` + 40 hex characters.
 */
export default defineSecretRule({
  id: 'shippo-live-token',
  provider: 'Shippo',
  description: 'Shippo live API token',
  keywords: ['shippo_live_'],
  pattern: /\b(?<secret>shippo_live_[a-fA-F0-9]{40})\b/,
  minEntropy: 3,
});
