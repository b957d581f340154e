import { defineSecretRule } from '../rule';

/**
 * `xsmtpsib-` + 64 lowercase hex + `-` + 16 base62 characters.
 */
export default defineSecretRule({
  id: 'brevo-smtp-key',
  provider: 'Brevo',
  description: 'Brevo (Sendinblue) SMTP key',
  keywords: ['xsmtpsib-'],
  pattern: /\b(?<secret>xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b/,
  minEntropy: 3,
});
