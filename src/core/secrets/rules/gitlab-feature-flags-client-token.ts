import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-feature-flags-client-token',
  provider: 'GitLab',
  description: 'GitLab feature flags client token',
  keywords: ['glffct-'],
  pattern: /\b(?<secret>glffct-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
