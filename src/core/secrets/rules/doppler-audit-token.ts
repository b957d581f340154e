import { defineSecretRule } from '../rule';

/**
 * Doppler audit tokens: `dp.audit.` and 40 to 44 alphanumerics.
 */
export default defineSecretRule({
  id: 'doppler-audit-token',
  provider: 'Doppler',
  description: 'Doppler audit token',
  keywords: ['dp.audit.'],
  pattern: /\b(?<secret>dp\.audit\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
