import { defineSecretRule } from '../rule';

/**
 * `github_pat_` + 22 base62 characters, `_`, 59 base62 characters.
 */
export default defineSecretRule({
  id: 'github-fine-grained-pat',
  provider: 'GitHub',
  description: 'GitHub fine-grained personal access token',
  keywords: ['github_pat_'],
  pattern: /\b(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/,
  minEntropy: 4,
});
