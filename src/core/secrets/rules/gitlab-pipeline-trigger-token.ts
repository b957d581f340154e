import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-pipeline-trigger-token',
  provider: 'GitLab',
  description: 'GitLab pipeline trigger token',
  keywords: ['glptt-'],
  pattern: /\b(?<secret>glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
