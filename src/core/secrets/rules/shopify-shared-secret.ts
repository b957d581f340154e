import { defineSecretRule } from '../rule';

/**
 * `shpss_` + 32 hex characters.
 */
export default defineSecretRule({
  id: 'shopify-shared-secret',
  provider: 'Shopify',
  description: 'Shopify app shared secret',
  keywords: ['shpss_'],
  pattern: /\b(?<secret>shpss_[a-fA-F0-9]{32})\b/,
  minEntropy: 3,
});
