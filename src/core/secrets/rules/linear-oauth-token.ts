import { defineSecretRule } from '../rule';

/**
 * Linear OAuth access tokens: `lin_oauth_` and 40 to 64 alphanumerics.
 */
export default defineSecretRule({
  id: 'linear-oauth-token',
  provider: 'Linear',
  description: 'Linear OAuth access token',
  keywords: ['lin_oauth_'],
  pattern: /\b(?<secret>lin_oauth_[A-Za-z0-9]{40,64})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
