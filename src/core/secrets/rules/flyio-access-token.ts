import { defineSecretRule } from '../rule';

/**
 * Fly.io personal/org access tokens: `fo1_` and 43 base64url characters.
 */
export default defineSecretRule({
  id: 'flyio-access-token',
  provider: 'Fly.io',
  description: 'Fly.io access token',
  keywords: ['fo1_'],
  pattern: /\b(?<secret>fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
