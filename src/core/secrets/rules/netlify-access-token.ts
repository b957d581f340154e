import { defineSecretRule } from '../rule';

/**
 * Netlify personal access tokens: `nfp_` and 36 to 40 alphanumerics.
 */
export default defineSecretRule({
  id: 'netlify-access-token',
  provider: 'Netlify',
  description: 'Netlify personal access token',
  keywords: ['nfp_'],
  pattern: /\b(?<secret>nfp_[A-Za-z0-9]{36,40})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
