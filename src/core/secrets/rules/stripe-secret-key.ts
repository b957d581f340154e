import { defineSecretRule } from '../rule';

/**
 * `sk_live_` + 24 to 247 base62 characters.
 */
export default defineSecretRule({
  id: 'stripe-secret-key',
  provider: 'Stripe',
  description: 'Stripe live secret key',
  keywords: ['sk_live_'],
  pattern: /\b(?<secret>sk_live_[0-9A-Za-z]{24,247})\b/,
  minEntropy: 3,
});
