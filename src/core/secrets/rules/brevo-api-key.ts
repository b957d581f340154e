import { defineSecretRule } from '../rule';

/**
 * `xkeysib-` + 64 lowercase hex + `-` + 16 base62 characters.
 */
export default defineSecretRule({
  id: 'brevo-api-key',
  provider: 'Brevo',
  description: 'Brevo (Sendinblue) API key',
  keywords: ['xkeysib-'],
  pattern: /\b(?<secret>xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b/,
  minEntropy: 3,
});
