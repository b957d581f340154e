import { defineSecretRule } from '../rule';

/**
 * Yandex Cloud API keys: `AQVN` and 35 to 38 base64url characters.
 */
export default defineSecretRule({
  id: 'yandex-cloud-api-key',
  provider: 'Yandex Cloud',
  description: 'Yandex Cloud API key',
  keywords: ['aqvn'],
  pattern: /\b(?<secret>AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
