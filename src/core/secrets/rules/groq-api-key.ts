import { defineSecretRule } from '../rule';

/**
 * `gsk_` + 52 base62 characters.
 */
export default defineSecretRule({
  id: 'groq-api-key',
  provider: 'Groq',
  description: 'Groq API key',
  keywords: ['gsk_'],
  pattern: /\b(?<secret>gsk_[A-Za-z0-9]{52})\b/,
  minEntropy: 4,
});
