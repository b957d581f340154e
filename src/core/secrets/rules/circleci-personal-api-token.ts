import { defineSecretRule } from '../rule';

/**
 * CircleCI personal API tokens: `CCIPAT_`, 22 alphanumerics, `_`, 40 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'circleci-personal-api-token',
  provider: 'CircleCI',
  description: 'CircleCI personal API token',
  keywords: ['ccipat_'],
  pattern: /\b(?<secret>CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
