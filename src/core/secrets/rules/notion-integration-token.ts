import { defineSecretRule } from '../rule';

/**
 * Notion integration tokens (since 2024): `ntn_`, 11 digits, then 35 alphanumerics.
 */
export default defineSecretRule({
  id: 'notion-integration-token',
  provider: 'Notion',
  description: 'Notion integration token',
  keywords: ['ntn_'],
  pattern: /\b(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
