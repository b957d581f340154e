import { defineSecretRule } from '../rule';

/**
 * Doppler SCIM tokens: `dp.scim.` and 40 to 44 alphanumerics.
 */
export default defineSecretRule({
  id: 'doppler-scim-token',
  provider: 'Doppler',
  description: 'Doppler SCIM token',
  keywords: ['dp.scim.'],
  pattern: /\b(?<secret>dp\.scim\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
