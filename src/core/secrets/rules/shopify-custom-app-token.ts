import { defineSecretRule } from '../rule';

/**
 * `shpca_` + 32 hex characters.
 */
export default defineSecretRule({
  id: 'shopify-custom-app-token',
  provider: 'Shopify',
  description: 'Shopify custom app access token',
  keywords: ['shpca_'],
  pattern: /\b(?<secret>shpca_[a-fA-F0-9]{32})\b/,
  minEntropy: 3,
});
