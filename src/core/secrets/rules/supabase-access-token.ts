import { defineSecretRule } from '../rule';

/**
 * Supabase personal access tokens (Management API, CLI): `sbp_` and 40 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'supabase-access-token',
  provider: 'Supabase',
  description: 'Supabase personal access token',
  keywords: ['sbp_'],
  pattern: /\b(?<secret>sbp_[a-f0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
