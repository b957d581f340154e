import { defineSecretRule } from '../rule';

/**
 * `access_token$sandbox$<16 characters>$<32 hex>`: sandbox only, reported separately from production.
 */
export default defineSecretRule({
  id: 'braintree-sandbox-access-token',
  provider: 'PayPal',
  description: 'PayPal Braintree sandbox access token',
  keywords: ['access_token$sandbox$'],
  pattern: /\b(?<secret>access_token\$sandbox\$[a-z0-9]{16}\$[a-f0-9]{32})\b/,
  minEntropy: 3,
});
