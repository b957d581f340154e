import { defineSecretRule } from '../rule';

/**
 * `dckr_pat_` + 27 base64url characters.
 */
export default defineSecretRule({
  id: 'docker-hub-pat',
  provider: 'Docker',
  description: 'Docker Hub personal access token',
  keywords: ['dckr_pat_'],
  pattern: /\b(?<secret>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
