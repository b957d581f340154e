import { defineSecretRule } from '../rule';

/**
 * Render API keys: `rnd_` and 32 alphanumerics.
 */
export default defineSecretRule({
  id: 'render-api-key',
  provider: 'Render',
  description: 'Render API key',
  keywords: ['rnd_'],
  pattern: /\b(?<secret>rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
