import { defineSecretRule } from '../rule';

/**
 * SonarQube project analysis tokens: `sqp_` and 40 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'sonarqube-project-token',
  provider: 'SonarQube',
  description: 'SonarQube / SonarCloud project analysis token',
  keywords: ['sqp_'],
  pattern: /\b(?<secret>sqp_[a-f0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
