import { defineSecretRule } from '../rule';

/**
 * `access-production-<uuid>` (and the retired `access-development-`). Sandbox tokens are not reported.
 */
export default defineSecretRule({
  id: 'plaid-access-token',
  provider: 'Plaid',
  description: 'Plaid production access token',
  keywords: ['access-production-', 'access-development-'],
  pattern: /\b(?<secret>access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
  minEntropy: 3,
});
