import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-deploy-token',
  provider: 'GitLab',
  description: 'GitLab deploy token',
  keywords: ['gldt-'],
  pattern: /\b(?<secret>gldt-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
