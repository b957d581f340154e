import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-scim-token',
  provider: 'GitLab',
  description: 'GitLab SCIM token',
  keywords: ['glsoat-'],
  pattern: /\b(?<secret>glsoat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
