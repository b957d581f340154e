import { defineSecretRule } from '../rule';

/**
 * `AQE` + a base64 block, `-`, a 44-character base64 block, then a short tail; the finding covers
 * the two base64 blocks.
 */
export default defineSecretRule({
  id: 'adyen-api-key',
  provider: 'Adyen',
  description: 'Adyen API key',
  keywords: ['aqe'],
  pattern: /\b(?<secret>AQE[A-Za-z0-9+/]{40,400}={0,2}-[A-Za-z0-9+/]{43}=)/,
  minEntropy: 4,
});
