import { defineSecretRule } from '../rule';

/**
 * `sk-` + 20 + `T3BlbkFJ` + 20 base62 characters, or the `sk-None-…T3BlbkFJ…` user-key form.
 */
export default defineSecretRule({
  id: 'openai-api-key',
  provider: 'OpenAI',
  description: 'OpenAI API key (legacy user key)',
  keywords: ['t3blbkfj'],
  pattern: /\b(?<secret>sk-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|None-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}))(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
