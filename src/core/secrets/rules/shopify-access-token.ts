import { defineSecretRule } from '../rule';

/**
 * `shpat_` + 32 hex characters.
 */
export default defineSecretRule({
  id: 'shopify-access-token',
  provider: 'Shopify',
  description: 'Shopify Admin API access token',
  keywords: ['shpat_'],
  pattern: /\b(?<secret>shpat_[a-fA-F0-9]{32})\b/,
  minEntropy: 3,
});
