import { defineSecretRule } from '../rule';

/**
 * `sk-or-v1-` + 64 lowercase hex characters.
 */
export default defineSecretRule({
  id: 'openrouter-api-key',
  provider: 'OpenRouter',
  description: 'OpenRouter API key',
  keywords: ['sk-or-v1-'],
  pattern: /\b(?<secret>sk-or-v1-[a-f0-9]{64})\b/,
  minEntropy: 3,
});
