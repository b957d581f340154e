import { defineSecretRule } from '../rule';

/**
 * `whsec_` + 32 or more base62/base64 characters (the same prefix is used by Svix-style webhook secrets).
 */
export default defineSecretRule({
  id: 'stripe-webhook-secret',
  provider: 'Stripe',
  description: 'Stripe webhook signing secret',
  keywords: ['whsec_'],
  pattern: /\b(?<secret>whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 3.5,
});
