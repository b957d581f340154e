import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-runner-registration-token',
  provider: 'GitLab',
  description: 'GitLab runner registration token (deprecated)',
  keywords: ['gr1348941'],
  pattern: /\b(?<secret>GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
