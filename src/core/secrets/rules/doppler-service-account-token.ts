import { defineSecretRule } from '../rule';

/**
 * Doppler service account tokens: `dp.sa.` and 40 to 44 alphanumerics.
 */
export default defineSecretRule({
  id: 'doppler-service-account-token',
  provider: 'Doppler',
  description: 'Doppler service account token',
  keywords: ['dp.sa.'],
  pattern: /\b(?<secret>dp\.sa\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
