import { defineSecretRule } from '../rule';

/**
 * `pplx-` + 48 base62 characters.
 */
export default defineSecretRule({
  id: 'perplexity-api-key',
  provider: 'Perplexity',
  description: 'Perplexity API key',
  keywords: ['pplx-'],
  pattern: /\b(?<secret>pplx-[A-Za-z0-9]{48})\b/,
  minEntropy: 4,
});
