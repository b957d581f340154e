import { defineSecretRule } from '../rule';

/**
 * `glrt-` + 20 characters (optionally after `t1_`…`t3_`), or the routable form with a `.`-separated checksum.
 */
export default defineSecretRule({
  id: 'gitlab-runner-token',
  provider: 'GitLab',
  description: 'GitLab runner authentication token',
  keywords: ['glrt-'],
  pattern: /\b(?<secret>glrt-(?:[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}\.?[0-9a-z]{7}|(?:t\d_)?[A-Za-z0-9_-]{20}))(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
