import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-agent-token',
  provider: 'GitLab',
  description: 'GitLab agent for Kubernetes token',
  keywords: ['glagent-'],
  pattern: /\b(?<secret>glagent-[A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
