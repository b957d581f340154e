import { isValidGitHubTokenChecksum } from '../checksum';
import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'github-pat-classic',
  provider: 'GitHub',
  description: 'GitHub personal access token (classic)',
  keywords: ['ghp_'],
  pattern: /\b(?<secret>ghp_[A-Za-z0-9]{36})\b/,
  validate: isValidGitHubTokenChecksum,
});
