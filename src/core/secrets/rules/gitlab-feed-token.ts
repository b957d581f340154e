import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-feed-token',
  provider: 'GitLab',
  description: 'GitLab feed token',
  keywords: ['glft-'],
  pattern: /\b(?<secret>glft-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
