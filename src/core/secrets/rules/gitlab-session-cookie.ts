import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'gitlab-session-cookie',
  provider: 'GitLab',
  description: 'GitLab session cookie',
  keywords: ['_gitlab_session='],
  pattern: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![0-9a-z])/,
  minEntropy: 3,
});
