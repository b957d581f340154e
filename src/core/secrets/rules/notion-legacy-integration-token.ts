import { defineSecretRule } from '../rule';

/**
 * Notion integration tokens before 2024: `secret_` and 43 alphanumerics. `secret_` is a common
 * word, so only on a line that mentions Notion.
 */
export default defineSecretRule({
  id: 'notion-legacy-integration-token',
  provider: 'Notion',
  description: 'Notion integration token (legacy secret_ format)',
  keywords: ['notion'],
  pattern: /\b(?<secret>secret_[A-Za-z0-9]{43})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
