import { defineSecretRule } from '../rule';

/**
 * `processor-production-<uuid>`, handed to a payment processor. Sandbox tokens are not reported.
 */
export default defineSecretRule({
  id: 'plaid-processor-token',
  provider: 'Plaid',
  description: 'Plaid production processor token',
  keywords: ['processor-production-'],
  pattern: /\b(?<secret>processor-production-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
  minEntropy: 3,
});
