import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-oauth-app-secret',
  provider: 'GitLab',
  description: 'GitLab OAuth application secret',
  keywords: ['gloas-'],
  pattern: /\b(?<secret>gloas-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
