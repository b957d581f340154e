import { defineSecretRule } from '../rule';

/**
 * `rk_live_` + 24 to 247 base62 characters.
 */
export default defineSecretRule({
  id: 'stripe-restricted-key',
  provider: 'Stripe',
  description: 'Stripe live restricted key',
  keywords: ['rk_live_'],
  pattern: /\b(?<secret>rk_live_[0-9A-Za-z]{24,247})\b/,
  minEntropy: 3,
});
