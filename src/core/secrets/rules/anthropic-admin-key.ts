import { defineSecretRule } from '../rule';

/**
 * `sk-ant-admin01-` + 93 base64url characters + `AA`.
 */
export default defineSecretRule({
  id: 'anthropic-admin-key',
  provider: 'Anthropic',
  description: 'Anthropic Admin API key',
  keywords: ['sk-ant-admin01-'],
  pattern: /\b(?<secret>sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
