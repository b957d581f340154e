import { defineSecretRule } from '../rule';

/**
 * `api_org_` + 34 letters (mixed case).
 */
export default defineSecretRule({
  id: 'huggingface-org-token',
  provider: 'Hugging Face',
  description: 'Hugging Face organization API token (legacy)',
  keywords: ['api_org_'],
  pattern: /\b(?<secret>api_org_[A-Za-z]{34})\b/,
  minEntropy: 3.5,
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret),
});
