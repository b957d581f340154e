import { defineSecretRule } from '../rule';

/**
 * Vault recovery-mode tokens: `hvr.` and a base64url body.
 */
export default defineSecretRule({
  id: 'vault-recovery-token',
  provider: 'HashiCorp',
  description: 'HashiCorp Vault recovery token',
  keywords: ['hvr.'],
  pattern: /\b(?<secret>hvr\.[A-Za-z0-9_-]{24,400})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
