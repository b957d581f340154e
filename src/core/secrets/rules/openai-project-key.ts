import { defineSecretRule } from '../rule';

/**
 * `sk-proj-` + base64url characters with the `T3BlbkFJ` marker ("OpenAI" in base64) in the middle.
 */
export default defineSecretRule({
  id: 'openai-project-key',
  provider: 'OpenAI',
  description: 'OpenAI project API key',
  keywords: ['sk-proj-'],
  pattern: /\b(?<secret>sk-proj-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
