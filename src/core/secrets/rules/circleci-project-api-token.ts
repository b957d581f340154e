import { defineSecretRule } from '../rule';

/**
 * CircleCI project API tokens: `CCIPRJ_`, 22 alphanumerics, `_`, 40 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'circleci-project-api-token',
  provider: 'CircleCI',
  description: 'CircleCI project API token',
  keywords: ['cciprj_'],
  pattern: /\b(?<secret>CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
