import { defineSecretRule } from '../rule';

/**
 * `glpat-` + 20 characters, or the routable form `glpat-<base64url payload>.<version><checksum>`.
 */
export default defineSecretRule({
  id: 'gitlab-pat',
  provider: 'GitLab',
  description: 'GitLab personal access token',
  keywords: ['glpat-'],
  pattern: /\b(?<secret>glpat-(?:[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}\.?[0-9a-z]{7}|[A-Za-z0-9_-]{20}))(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
