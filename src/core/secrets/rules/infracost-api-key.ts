import { defineSecretRule } from '../rule';

/**
 * Infracost API keys: `ico-` and 32 alphanumerics.
 */
export default defineSecretRule({
  id: 'infracost-api-key',
  provider: 'Infracost',
  description: 'Infracost API key',
  keywords: ['ico-'],
  pattern: /\b(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
