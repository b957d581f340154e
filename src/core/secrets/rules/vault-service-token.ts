import { defineSecretRule } from '../rule';

/**
 * Vault 1.10+ service tokens: `hvs.` and a base64url body of 90 characters or more.
 */
export default defineSecretRule({
  id: 'vault-service-token',
  provider: 'HashiCorp',
  description: 'HashiCorp Vault service token',
  keywords: ['hvs.'],
  pattern: /\b(?<secret>hvs\.[A-Za-z0-9_-]{90,200})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
