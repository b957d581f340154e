import { defineSecretRule } from '../rule';

/**
 * Linear personal API keys: `lin_api_` and 40 alphanumerics.
 */
export default defineSecretRule({
  id: 'linear-api-key',
  provider: 'Linear',
  description: 'Linear personal API key',
  keywords: ['lin_api_'],
  pattern: /\b(?<secret>lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
