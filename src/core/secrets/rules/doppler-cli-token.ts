import { defineSecretRule } from '../rule';

/**
 * Doppler CLI tokens: `dp.ct.` and 40 to 44 alphanumerics.
 */
export default defineSecretRule({
  id: 'doppler-cli-token',
  provider: 'Doppler',
  description: 'Doppler CLI token',
  keywords: ['dp.ct.'],
  pattern: /\b(?<secret>dp\.ct\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
