import { defineSecretRule } from '../rule';

/**
 * Vault 1.10+ batch tokens: `hvb.` and a base64url body of 138 characters or more.
 */
export default defineSecretRule({
  id: 'vault-batch-token',
  provider: 'HashiCorp',
  description: 'HashiCorp Vault batch token',
  keywords: ['hvb.'],
  pattern: /\b(?<secret>hvb\.[A-Za-z0-9_-]{138,400})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
