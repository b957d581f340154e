import { defineSecretRule } from '../rule';

/**
 * `glcbt-` + an optional partition prefix (`64_`) + 20 characters, or the routable form.
 */
export default defineSecretRule({
  id: 'gitlab-ci-job-token',
  provider: 'GitLab',
  description: 'GitLab CI/CD job token',
  keywords: ['glcbt-'],
  pattern: /\b(?<secret>glcbt-(?:[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}\.?[0-9a-z]{7}|(?:[0-9a-zA-Z]{1,5}_)?[0-9a-zA-Z_-]{20}))(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
