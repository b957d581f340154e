import { defineSecretRule } from '../rule';

/**
 * Buildkite user API access tokens: `bkua_` and 40 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'buildkite-api-access-token',
  provider: 'Buildkite',
  description: 'Buildkite API access token',
  keywords: ['bkua_'],
  pattern: /\b(?<secret>bkua_[a-f0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
