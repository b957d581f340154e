import { defineSecretRule } from '../rule';

/**
 * JFrog Artifactory API keys (deprecated but still accepted): `AKCp` and 69 or more alphanumerics.
 */
export default defineSecretRule({
  id: 'jfrog-api-key',
  provider: 'JFrog',
  description: 'JFrog Artifactory API key',
  keywords: ['akcp'],
  pattern: /\b(?<secret>AKCp[A-Za-z0-9]{69,80})(?![A-Za-z0-9])/,
  minEntropy: 4,
});
