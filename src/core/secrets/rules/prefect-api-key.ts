import { defineSecretRule } from '../rule';

/**
 * Prefect Cloud API keys: `pnu_` and 36 alphanumerics.
 */
export default defineSecretRule({
  id: 'prefect-api-key',
  provider: 'Prefect',
  description: 'Prefect Cloud API key',
  keywords: ['pnu_'],
  pattern: /\b(?<secret>pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
