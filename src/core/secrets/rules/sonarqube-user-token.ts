import { defineSecretRule } from '../rule';

/**
 * SonarQube user tokens: `squ_` and 40 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'sonarqube-user-token',
  provider: 'SonarQube',
  description: 'SonarQube / SonarCloud user token',
  keywords: ['squ_'],
  pattern: /\b(?<secret>squ_[a-f0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
