import { defineSecretRule } from '../rule';

/**
 * Doppler personal tokens: `dp.pt.` and 40 to 44 alphanumerics.
 */
export default defineSecretRule({
  id: 'doppler-personal-token',
  provider: 'Doppler',
  description: 'Doppler personal token',
  keywords: ['dp.pt.'],
  pattern: /\b(?<secret>dp\.pt\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
