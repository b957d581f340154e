import { defineSecretRule } from '../rule';

/**
 * Pulumi Cloud access tokens: `pul-` and 40 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'pulumi-access-token',
  provider: 'Pulumi',
  description: 'Pulumi access token',
  keywords: ['pul-'],
  pattern: /\b(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
