import { defineSecretRule } from '../rule';

/**
 * ReadMe API keys: `rdme_` and 70 lowercase alphanumerics.
 */
export default defineSecretRule({
  id: 'readme-api-key',
  provider: 'ReadMe',
  description: 'ReadMe API key',
  keywords: ['rdme_'],
  pattern: /\b(?<secret>rdme_[a-z0-9]{70})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
