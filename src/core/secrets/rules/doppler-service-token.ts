import { defineSecretRule } from '../rule';

/**
 * Doppler service tokens: `dp.st.`, an optional config slug and `.`, then 40 to 44 alphanumerics.
 */
export default defineSecretRule({
  id: 'doppler-service-token',
  provider: 'Doppler',
  description: 'Doppler service token',
  keywords: ['dp.st.'],
  pattern: /\b(?<secret>dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
