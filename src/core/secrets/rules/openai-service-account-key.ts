import { defineSecretRule } from '../rule';

/**
 * `sk-svcacct-` + base64url characters with the `T3BlbkFJ` marker ("OpenAI" in base64) in the middle.
 */
export default defineSecretRule({
  id: 'openai-service-account-key',
  provider: 'OpenAI',
  description: 'OpenAI service account API key',
  keywords: ['sk-svcacct-'],
  pattern: /\b(?<secret>sk-svcacct-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
