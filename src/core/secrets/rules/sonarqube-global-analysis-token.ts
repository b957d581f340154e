import { defineSecretRule } from '../rule';

/**
 * SonarQube global analysis tokens: `sqa_` and 40 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'sonarqube-global-analysis-token',
  provider: 'SonarQube',
  description: 'SonarQube global analysis token',
  keywords: ['sqa_'],
  pattern: /\b(?<secret>sqa_[a-f0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
