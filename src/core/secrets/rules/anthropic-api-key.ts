import { defineSecretRule } from '../rule';

/**
 * `sk-ant-api03-` + 93 base64url characters + `AA`.
 */
export default defineSecretRule({
  id: 'anthropic-api-key',
  provider: 'Anthropic',
  description: 'Anthropic API key',
  keywords: ['sk-ant-api03-'],
  pattern: /\b(?<secret>sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
