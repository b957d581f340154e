import { defineSecretRule } from '../rule';

/**
 * LinkedIn application client secrets: `WPL_AP0.` or `WPL_AP1.`, 16 alphanumerics, `.`, and a short
 * base64 tail.
 */
export default defineSecretRule({
  id: 'linkedin-client-secret',
  provider: 'LinkedIn',
  description: 'LinkedIn client secret',
  keywords: ['wpl_ap'],
  pattern: /\b(?<secret>WPL_AP[01]\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/]{6,24}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 3.5,
});
