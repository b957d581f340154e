import { defineSecretRule } from '../rule';

/**
 * `access_token$production$<16 characters>$<32 hex>`.
 */
export default defineSecretRule({
  id: 'braintree-access-token',
  provider: 'PayPal',
  description: 'PayPal Braintree production access token',
  keywords: ['access_token$production$'],
  pattern: /\b(?<secret>access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32})\b/,
  minEntropy: 3,
});
