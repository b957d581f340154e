import { defineSecretRule } from '../rule';

/**
 * `hf_` + 34 letters (mixed case).
 */
export default defineSecretRule({
  id: 'huggingface-access-token',
  provider: 'Hugging Face',
  description: 'Hugging Face user access token',
  keywords: ['hf_'],
  pattern: /\b(?<secret>hf_[A-Za-z]{34})\b/,
  minEntropy: 3.5,
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret),
});
