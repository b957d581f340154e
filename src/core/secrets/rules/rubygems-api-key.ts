import { defineSecretRule } from '../rule';

/**
 * `rubygems_` + 48 lowercase hex characters.
 */
export default defineSecretRule({
  id: 'rubygems-api-key',
  provider: 'RubyGems',
  description: 'RubyGems API key',
  keywords: ['rubygems_'],
  pattern: /\b(?<secret>rubygems_[a-f0-9]{48})\b/,
  minEntropy: 3,
});
