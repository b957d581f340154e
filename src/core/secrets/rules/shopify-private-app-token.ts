import { defineSecretRule } from '../rule';

/**
 * `shppa_` + 32 hex characters.
 */
export default defineSecretRule({
  id: 'shopify-private-app-token',
  provider: 'Shopify',
  description: 'Shopify private app access token',
  keywords: ['shppa_'],
  pattern: /\b(?<secret>shppa_[a-fA-F0-9]{32})\b/,
  minEntropy: 3,
});
