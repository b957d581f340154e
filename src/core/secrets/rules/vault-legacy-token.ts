import { characterClasses } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Pre-1.10 Vault service tokens: `s.` and 24 base62 characters. The shape is common, so it only
 * counts on a line that mentions Vault, and it must mix upper- and lowercase letters and digits.
 */
export default defineSecretRule({
  id: 'vault-legacy-token',
  provider: 'HashiCorp',
  description: 'HashiCorp Vault token (legacy format)',
  keywords: ['vault'],
  pattern: /(?<![\w.])(?<secret>s\.[A-Za-z0-9]{24})(?![\w.-])/,
  validate: (secret) => characterClasses(secret.slice(2)) === 3,
  minEntropy: 3.5,
});
