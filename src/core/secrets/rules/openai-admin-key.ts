import { defineSecretRule } from '../rule';

/**
 * `sk-admin-` + base64url characters with the `T3BlbkFJ` marker ("OpenAI" in base64) in the middle.
 */
export default defineSecretRule({
  id: 'openai-admin-key',
  provider: 'OpenAI',
  description: 'OpenAI admin API key',
  keywords: ['sk-admin-'],
  pattern: /\b(?<secret>sk-admin-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
