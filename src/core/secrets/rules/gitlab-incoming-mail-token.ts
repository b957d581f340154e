import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-incoming-mail-token',
  provider: 'GitLab',
  description: 'GitLab incoming mail token',
  keywords: ['glimt-'],
  pattern: /\b(?<secret>glimt-[A-Za-z0-9_-]{25})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
