import { defineSecretRule } from '../rule';

/**
 * `xai-` + 80 base62 characters.
 */
export default defineSecretRule({
  id: 'xai-api-key',
  provider: 'xAI',
  description: 'xAI (Grok) API key',
  keywords: ['xai-'],
  pattern: /\b(?<secret>xai-[A-Za-z0-9]{80})\b/,
  minEntropy: 4,
});
