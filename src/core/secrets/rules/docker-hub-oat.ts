import { defineSecretRule } from '../rule';

/**
 * `dckr_oat_` + base64url characters.
 */
export default defineSecretRule({
  id: 'docker-hub-oat',
  provider: 'Docker',
  description: 'Docker Hub organization access token',
  keywords: ['dckr_oat_'],
  pattern: /\b(?<secret>dckr_oat_[A-Za-z0-9_-]{27,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
